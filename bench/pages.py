"""Benchmark: every reader page on a 100,000-case archive, on SQLite and on PostgreSQL, in one run.

    make bench                      # or: .venv/bin/python bench/pages.py [--databases sqlite,postgresql]

Builds bench/out/showcase_bench.sqlite3 and the PostgreSQL database showcase_bench once (migrate,
load_articles, generate_cases --count 100000 --seed 1; the build is timed) and reuses them after.
Each page is requested in-process through Django's test client under the production settings
(DEBUG off, cached template loader, whitenoise manifest): two warm-up requests, then --rounds
timed ones; the table gives the first (cold) request, the median and the 95th percentile, and the
number of SQL queries, beside robots.txt, a page that touches no database, timed in the same run.
The results and the targets of issue 13 go to docs/performance.md, with the machine, versions
and date. Speed targets live here, never in timed unit tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PY = sys.executable
COUNT = 100_000
SEED = 1
DATABASES = {
    "sqlite": f"sqlite:///{OUT / 'showcase_bench.sqlite3'}",
    "postgresql": os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/showcase_bench"),
}
# (page, target median in ms): the targets of issue 13
TARGETS = {
    "cases": 10,
    "search": 20,
    "detail": 2,
    "page": 10,
    "feed": 50,
}


# One Redis namespace per run: the first request of each page is cold, and no other run's pages are read.
CACHE_KEY_PREFIX = f"bench-{os.getpid()}-{int(time.time())}"


def environment(url: str) -> dict:
    """As in production: the shared cache (Redis at 127.0.0.1:6379, database 13, when it answers),
    hence the page cache for anonymous readers."""
    sys.path.insert(0, str(ROOT / "bench"))
    import load

    database = url.rsplit("/", 1)[-1]  # one namespace per database too: both serve the same addresses
    redis = {"REDIS_URL": load.REDIS_URL, "CACHE_KEY_PREFIX": f"{CACHE_KEY_PREFIX}-{database}"} if load.redis_answers() else {}
    return {
        **os.environ,
        **redis,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "showcase.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-secret-key-never-used-in-production-0123456789"),
        "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on the loopback: no proxy ends HTTPS here
        "CONN_MAX_AGE": "600",
        "PYTHONUTF8": "1",
    }


def manage(url: str, *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=environment(url), check=True, text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout or ""


def ensure_database(name: str, url: str) -> float | None:
    """Build the archive unless it is there; the seconds the build took, or None when reused."""
    if name == "postgresql":
        subprocess.run(
            ["psql", url.rsplit("/", 1)[0] + "/postgres", "-qc", f"CREATE DATABASE {url.rsplit('/', 1)[1]}"],
            stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=False,
        )
    OUT.mkdir(exist_ok=True)
    manage(url, "migrate", "--noinput", "-v0")
    counted = manage(url, "shell", "--no-imports", "-c", "from cases.models import Case; print(Case.objects.count())", capture=True)
    have = int(counted.split()[-1])
    if have >= COUNT:
        return None
    print(f"[{name}] building a {COUNT:,}-case archive…", flush=True)
    started = time.monotonic()
    manage(url, "load_articles", "--publish")  # generate_cases recombines published cases
    manage(url, "generate_cases", "--count", str(COUNT), "--seed", str(SEED))
    return time.monotonic() - started


# --- in the measuring process ------------------------------------------------------------------------


def pages_to_measure():
    """(kind, label, url): the pages a reader meets, chosen from the archive itself."""
    from django.db.models import Count

    from cases.models import Case, Showcase, Theme
    from institutions.models import Institution, Region

    province = (
        Region.objects.filter(level=Region.Level.PROVINCE)
        .annotate(n=Count("children__children__institutions__cases"))
        .order_by("-n")
        .first()
    )
    theme = Theme.objects.annotate(n=Count("cases")).order_by("-n").first()
    case = Case.objects.published().order_by("pk")[Case.objects.count() // 2]
    institution = Institution.objects.annotate(n=Count("cases")).order_by("-n").first()
    showcase = case.showcase
    return [
        ("none", "robots.txt (no database)", "/robots.txt"),
        ("page", "home", "/"),
        ("cases", "/cases/", "/cases/"),
        ("cases", "/cases/ province + kind", f"/cases/?province={province.slug}&kind=hospital"),
        ("cases", "/cases/ province + kind, page 3", f"/cases/?province={province.slug}&kind=hospital&page=3"),
        ("cases", "/cases/ theme + category + year", f"/cases/?theme={theme.slug}&category=party_members&year=2021"),
        ("cases", "/cases/ page 500", "/cases/?page=500"),
        ("search", "/cases/?q=党员", "/cases/?q=党员"),
        ("search", "/cases/?q=家庭医生", "/cases/?q=家庭医生"),
        ("search", "/cases/?q=疫苗 接种", "/cases/?q=疫苗+接种"),
        ("search", "/cases/?q=网格 + province + year", f"/cases/?q=网格&province={province.slug}&year=2022"),
        ("detail", "a case", case.get_absolute_url()),
        ("page", "a showcase", showcase.get_absolute_url()),
        ("page", f"an institution ({institution.n} cases)", institution.get_absolute_url()),
        ("page", "a province", province.get_absolute_url()),
        ("page", "a theme", theme.get_absolute_url()),
        ("page", "/themes/", "/themes/"),
        ("page", "/institutions/", "/institutions/"),
        ("page", "/regions/", "/regions/"),
        ("page", "/archive/", "/archive/"),
        ("feed", "RSS feed", "/cases/feed/"),
        ("feed", "Atom feed", "/cases/feed/atom/"),
        ("feed", "sitemap.xml", "/sitemap.xml"),
    ]


def measure(rounds: int) -> dict:
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from cases import idsets, search
    from cases.models import Case

    client = Client()
    # A session cookie (as every logged-in editor has) passes by the page cache: the page rendered,
    # with the archive's figures already cached.
    uncached = Client()
    uncached.cookies[settings.SESSION_COOKIE_NAME] = "bench-uncached"
    results = []
    for kind, label, url in pages_to_measure():
        queries = []
        start = time.perf_counter()
        with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
            response = client.get(url)
        cold = time.perf_counter() - start
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")
        client.get(url)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            client.get(url)
            times.append(time.perf_counter() - start)
        times.sort()
        rendered = []
        uncached.get(url)
        for _ in range(rounds):
            start = time.perf_counter()
            uncached.get(url)
            rendered.append(time.perf_counter() - start)
        results.append({
            "kind": kind, "label": label, "url": url, "queries": len(queries), "cold": cold * 1000,
            "median": statistics.median(times) * 1000, "p95": times[int(len(times) * 0.95) - 1] * 1000,
            "uncached": statistics.median(rendered) * 1000,
        })
        print(f"  {label:40} {results[-1]['median']:8.1f} ms  uncached {results[-1]['uncached']:8.1f} ms"
              f"  {len(queries):3} queries", file=sys.stderr, flush=True)

    def timed(count):
        best = None
        for _ in range(3):
            start = time.perf_counter()
            n = count()
            seconds = time.perf_counter() - start
            best = seconds if best is None else min(best, seconds)
        return n, best * 1000

    published = Case.objects.published()
    idsets.ranking()  # the archive's order, read once per generation (by the pages above already)
    versus_scan = []
    edited = published.order_by("-pk").first()
    for term in ("党员", "网格", "家庭医生"):
        n_scan, scan_ms = timed(published.filter(text__search_text__contains=term).count)
        # the case list's own way, from the index itself (nothing remembered)
        n_index, index_ms = timed(lambda: len(idsets.ranking().of(search.found_now(term))))
        # and as a reader meets it: the term remembered, then a case written (its text saved again)
        idsets.of_found(term, search.found_ids(term))

        def after_an_edit():
            edited.rebuild_search_text()
            idsets.ranking()  # the new generation's order of cases, read once for every page (not the search's cost)
            start = time.perf_counter()
            n = len(idsets.of_found(term, search.found_ids(term)))
            return n, time.perf_counter() - start

        n_edit, edit_ms = min((after_an_edit() for _ in range(3)), key=lambda r: r[1])
        versus_scan.append({"term": term, "scan_ms": scan_ms, "index_ms": index_ms, "edit_ms": edit_ms * 1000,
                            "same": n_scan == n_index == n_edit, "n": n_index})
    with connection.cursor() as cursor:
        cursor.execute("SELECT SUM(LENGTH(CAST(search_text AS BLOB))) FROM cases_casetext" if connection.vendor == "sqlite"
                       else "SELECT SUM(OCTET_LENGTH(search_text)) FROM cases_casetext")
        text_bytes = cursor.fetchone()[0]
        if connection.vendor == "sqlite":
            # the index's own tables: its doclists (_data) and their terms (_idx); no _docsize (columnsize=0)
            cursor.execute(f"SELECT (SELECT SUM(LENGTH(block)) FROM {search.SQLITE_TABLE}_data)"
                           f" + (SELECT SUM(LENGTH(term)) + 16 * COUNT(*) FROM {search.SQLITE_TABLE}_idx)")
        else:
            cursor.execute(f"SELECT pg_relation_size('{search.POSTGRESQL_INDEX}')")
        index_bytes = cursor.fetchone()[0]
        version = connection.Database.sqlite_version if connection.vendor == "sqlite" else connection.pg_version
    return {
        "page_cache": settings.PAGE_CACHE, "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        "cases": Case.objects.count(), "pages": results, "versus_scan": versus_scan,
        "text_bytes": text_bytes, "index_bytes": index_bytes, "version": version, "vendor": connection.vendor,
    }


# --- the report ---------------------------------------------------------------------------------------


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    return f"{os.cpu_count()} × {cpu}, {int(memory) // 1024 // 1024} GB RAM, {platform.system()} {platform.release()}"


def verdict(kind: str, median: float, uncached: float) -> str:
    target = TARGETS.get(kind)
    if target is None:
        return ""
    def mark(value):
        return "met" if value <= target else "**missed**"
    return f"≤ {target}: {mark(median)}; uncached {mark(uncached)}"


def report(runs: dict, builds: dict, rounds: int) -> str:
    import django

    lines = [
        "# Performance at archive scale",
        "",
        "Written by `make bench` (bench/pages.py); do not edit by hand.",
        "",
        f"- Date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()} (shared with other work: read the figures as orders of magnitude)",
        f"- Python {platform.python_version()}, Django {django.get_version()}",
    ]
    for name, run in runs.items():
        version = run["version"] if name == "sqlite" else f"{run['version'] // 10000}.{run['version'] % 100}"
        lines.append(f"- {name}: {version}, {run['cases']:,} cases")
    for name, seconds in builds.items():
        lines.append(f"- Built the {name} archive in {seconds / 60:.1f} min" if seconds else f"- {name} archive reused")
    caches = {f"{run['cache']}, page cache {'on' if run['page_cache'] else 'off'}" for run in runs.values()}
    lines += [
        "",
        f"In-process (Django test client, production settings; cache: {', '.join(sorted(caches))}), "
        f"{rounds} requests after two warm-ups. Times in ms.",
        "",
        "- **cold**: the page's first request of the run (its queries are counted): nothing of it",
        "  cached yet (neither the page nor its fragments), though figures an earlier page computed",
        "  (facet counts, the region tree) may be. This is what the first reader after a change pays:",
        "  every cached page, fragment and figure carries the archive's generation.",
        "- **median**, **p95**: an anonymous reader asking again: the page comes from the page cache",
        "  (one read of the archive's generation from the database), until the next change.",
        "- **uncached**: the same page for a visitor with a session cookie (every logged-in editor),",
        "  which passes by the page cache: the view runs and the page is rendered, with its fragments",
        "  (the case body, the list's form, facets and cards, the other pages' bodies) and the",
        "  archive's figures already cached by the requests before.",
        "- Under gunicorn below, the anonymous requests are served by the page cache; robots.txt",
        "  passes by it (it reads nothing of the archive) and is rendered each time.",
        "",
    ]
    names = list(runs)
    header = "| page | " + " | ".join(f"{n} cold | {n} median | {n} p95 | {n} uncached | {n} queries" for n in names) + " | target (median) |"
    lines += [header, "|" + "---|" * (2 + 5 * len(names))]
    for i, page in enumerate(runs[names[0]]["pages"]):
        cells = []
        worst = worst_uncached = 0.0
        for n in names:
            p = runs[n]["pages"][i]
            cells.append(f"{p['cold']:.1f} | {p['median']:.1f} | {p['p95']:.1f} | {p['uncached']:.1f} | {p['queries']}")
            worst = max(worst, p["median"])
            worst_uncached = max(worst_uncached, p["uncached"])
        lines.append(f"| {page['label']} | " + " | ".join(cells) + f" | {verdict(page['kind'], worst, worst_uncached)} |")
    lines += [
        "", "## Search: the bigram index against a substring scan (COUNT of matches, best of 3)", "",
        "Both columns count the published cases whose search text holds the term, by two different queries:",
        "**scan** is `LIKE '%term%'` over every published case's text (what search would cost without the index);",
        "**index** is what the case list does (`cases.search.found_ids`, then `cases/idsets.py`): the ids of the",
        "cases holding every bigram of the term, straight from the index (an FTS5 `AND` on SQLite, a GIN `&` on",
        "PostgreSQL: neither keeps positions), then, for a term of three or more characters, `LIKE` over those",
        "candidates' text only (its bigrams in any order are not the term); the ids become positions among the",
        "published cases, which drops the others, and the count is the set's size. Best of 3, so both read from",
        "memory. **after an edit** is what a reader meets once the term was asked before: `found_ids` remembers",
        "each term's cases in the shared cache with the change log's last row (a trigger on the search text logs",
        "every write), so after a case is written (here: one case's text saved again, before each of 3 timed",
        "calls) it checks only the cases written since. The list keeps each term's set for the archive",
        "generation; the search page (first page, count and facets) is in the table above.",
        "",
    ]
    lines += [
        "| database | term | matches | scan ms | index ms | faster | after an edit ms | faster | same result |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, run in runs.items():
        for row in run["versus_scan"]:
            edit_ms = row.get("edit_ms", row["index_ms"])
            lines.append(
                f"| {name} | {row['term']} | {row['n']:,} | {row['scan_ms']:.1f} | {row['index_ms']:.1f} | "
                f"{row['scan_ms'] / max(row['index_ms'], 0.001):.0f}× | {edit_ms:.1f} | "
                f"{row['scan_ms'] / max(edit_ms, 0.001):.0f}× | {'yes' if row['same'] else '**no**'} |"
            )
    lines += ["", "| database | search text | index | index / text |", "|---|---|---|---|"]
    for name, run in runs.items():
        lines.append(
            f"| {name} | {run['text_bytes'] / 2**20:.0f} MB | {run['index_bytes'] / 2**20:.0f} MB | "
            f"{run['index_bytes'] / run['text_bytes']:.2f} |"
        )
    loaded = {name: run["load"] for name, run in runs.items() if "load" in run}
    if loaded:
        lines += [
            "",
            "## Under gunicorn (2 workers, as `make serve`), wrk at 16 connections on the loopback",
            "",
            "| database | page | requests/s | of the no-database page | errors | median latency ms |",
            "|---|---|---|---|---|---|",
        ]
        for name, result in loaded.items():
            baseline = result["pages"][0][1]["rps"]
            for label, row in result["pages"]:
                share = row["rps"] / baseline if baseline else 0
                mark = "" if label.startswith("robots") else (" (≥ 50 %: met)" if share >= 0.5 else " (≥ 50 %: **missed**)")
                lines.append(
                    f"| {name} | {label} | {row['rps']:.0f} | {share:.0%}{mark} | {row['errors']} | {row['p50_ms'] or 0:.1f} |"
                )
            workers = ", ".join(f"{mb:.0f} MB" for mb in result["workers_mb"])
            lines.append(f"| {name} | worker memory after the run | {workers} | ≤ 300 MB | | |")
        cache = "Redis (shared)" if all(r["redis"] for r in loaded.values()) else "local memory per worker"
        lines += ["", f"Cache under gunicorn: {cache}. The load generator shares the 2 cores with the server."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--load-seconds", type=int, default=20, help="wrk per page under gunicorn; 0 to skip")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", default=str(ROOT / "docs" / "performance.md"))
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(measure(args.rounds)))
        return
    builds, runs = {}, {}
    for name in args.databases.split(","):
        url = DATABASES[name]
        builds[name] = ensure_database(name, url)
        manage(url, "collectstatic", "--noinput", "-v0")
        print(f"[{name}] measuring…", flush=True)
        output = subprocess.run(
            [PY, __file__, "--measure", "--rounds", str(args.rounds)], cwd=ROOT, env=environment(url),
            check=True, text=True, stdout=subprocess.PIPE,
        ).stdout
        runs[name] = json.loads(output)
        if args.load_seconds:
            import load

            by_label = {p["label"]: p["url"] for p in runs[name]["pages"]}
            paths = [("robots.txt (no database)", "/robots.txt"), ("/cases/", "/cases/"),
                     ("/cases/?q=党员", "/cases/?q=%E5%85%9A%E5%91%98"), ("a case", by_label["a case"])]
            print(f"[{name}] under gunicorn…", flush=True)
            runs[name]["load"] = load.run(environment(url), paths, duration=args.load_seconds)
    Path(args.out).parent.mkdir(exist_ok=True)
    Path(args.out).write_text(report(runs, builds, args.rounds), encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
