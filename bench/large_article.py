"""Benchmark: the loader's time grows linearly with an article's size.

Builds articles of 250 KB, 500 KB and 1 MB from the test articles' paragraphs and times
read_text on each (the analyser warmed up first). Target: a 1 MB article in seconds, and about
twice the time for twice the text. Run: .venv/bin/python bench/large_article.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cases.loader import read_text  # noqa: E402
from cases.loader.names import words  # noqa: E402


def paragraphs() -> str:
    found = []
    for path in sorted((ROOT / "cases" / "tests" / "articles").glob("*.txt")):
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        found += [line.strip() for line in text.splitlines() if len(line) > 60 and "。" in line]
    return "\n\n".join(found)


def main() -> None:
    words("预热分词")
    body = paragraphs()
    for size in (250_000, 500_000, 1_000_000):
        text = body
        while len(text) < size:
            text += "\n\n" + body
        start = time.perf_counter()
        read_text(text[:size])
        print(f"{size // 1000:>5} KB: {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
