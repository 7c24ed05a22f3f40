"""Load test: the portal under gunicorn as `make serve` starts it, driven by wrk on the loopback.

Called by bench/pages.py (or alone: .venv/bin/python bench/load.py sqlite). Starts gunicorn with
2 workers on a free local port against a benchmark database, with the shared Redis cache when one
answers at 127.0.0.1:6379 (database 13), warms each page, then runs wrk for --duration seconds at
--connections connections per page: a page that touches no database (robots.txt), the case list
and a case. Reports requests per second, errors and each worker's memory; stops its gunicorn.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/13"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _wrk(url: str, duration: int, connections: int) -> dict:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        check=True, text=True, stdout=subprocess.PIPE,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1, "s": 1000}
    return {
        "rps": rps,
        "errors": errors + (int(non2xx.group(1)) if non2xx else 0),
        "p50_ms": float(p50.group(1)) * scale[p50.group(2)] if p50 else None,
    }


def run(env: dict, paths: list[tuple[str, str]], *, duration: int = 20, connections: int = 16) -> dict:
    """{"pages": [(label, wrk result)], "workers_mb": [...], "redis": bool}."""
    port = _free_port()
    env = dict(env)
    redis = redis_answers()
    if redis:
        env["REDIS_URL"] = REDIS_URL
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "showcase.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}",
         "--timeout", "30", "--max-requests", "100000"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        for _, path in paths:
            for _ in range(6):  # both workers see each page (and fill their caches) before timing
                urllib.request.urlopen(base + path, timeout=30).read()
        results = [(label, _wrk(base + path, duration, connections)) for label, path in paths]
        children = subprocess.run(["pgrep", "-P", str(server.pid)], text=True, stdout=subprocess.PIPE).stdout.split()
        workers = [_rss_mb(int(pid)) for pid in children]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    return {"pages": results, "workers_mb": workers, "redis": redis}


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))
    import pages

    name = sys.argv[1] if len(sys.argv) > 1 else "sqlite"
    print(run(pages.environment(pages.DATABASES[name]), [("robots.txt", "/robots.txt"), ("/cases/", "/cases/")], duration=5))
