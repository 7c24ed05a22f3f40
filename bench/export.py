"""Benchmark: the case list exported as CSV for 100,000 cases, streamed, within a memory budget.

The export (showcase/exports.py) writes rows as they come from .values().iterator() in chunks of
1,000, so its memory should not grow with the number of cases. Target: the peak of Python
allocations (tracemalloc) while streaming all 100,000 rows stays under 40 MB, and every row
arrives. Run: make bench (DATABASE_URL to measure PostgreSQL instead of a fresh SQLite file).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = 100_000
BUDGET_MB = 40


def main() -> None:
    sys.path.insert(0, str(ROOT))
    tmp = tempfile.mkdtemp()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/export.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "showcase.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from cases.models import Case, Metric, Publication, Showcase, Theme
    from institutions.models import Institution, Region

    setup_test_environment()
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    province = Region.objects.create(name="四川省", level="province", slug="si-chuan-sheng")
    publication = Publication.objects.create(name="华西都市报")
    theme = Theme.objects.create(name="便民服务")
    institutions = Institution.objects.bulk_create(
        Institution(name=f"成都市第{n}人民医院", slug=f"yi-yuan-{n}", region=province) for n in range(1000)
    )
    pages = Showcase.objects.bulk_create(
        Showcase(slug=f"page-{n}", title=f"我为群众办实事 优秀案例展播（{n}）", publication=publication,
                 source_file=f"bench-{n}.txt", source_checksum=f"{n:064d}")
        for n in range(CASES // 10)
    )
    for start in range(0, CASES, 10_000):
        Case.objects.bulk_create(
            Case(showcase=pages[n // 10], order=n % 10, institution=institutions[n % 1000], status="published",
                 title=f"党建引领 为群众办实事（{n}）")
            for n in range(start, start + 10_000)
        )
    ids = list(Case.objects.values_list("pk", flat=True))
    Case.themes.through.objects.bulk_create(Case.themes.through(case_id=pk, theme_id=theme.pk) for pk in ids)
    Metric.objects.bulk_create(
        Metric(case_id=pk, label="党员", value=100, unit="名", category="party_members") for pk in ids
    )
    print(f"{CASES:,} cases made in {time.perf_counter() - started:.1f} s")

    client = Client()
    tracemalloc.start()
    started = time.perf_counter()
    response = client.get("/data/cases.csv")
    lines = size = 0
    for chunk in response.streaming_content:
        lines += chunk.count(b"\n")
        size += len(chunk)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak_mb = peak / 1024 / 1024
    print(f"CSV of {lines - 1:,} rows, {size / 1024 / 1024:.1f} MB, in {elapsed:.1f} s; peak Python memory {peak_mb:.1f} MB (budget {BUDGET_MB} MB)")
    ok = lines - 1 == CASES and peak_mb < BUDGET_MB
    print("OK" if ok else "OVER BUDGET OR ROWS MISSING")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
