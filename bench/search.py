"""Benchmark: the case list searched for two-character terms, on a database of 10,000 cases.

Search (cases/search.py) asks a bigram index over CaseText.search_grams; this bench keeps the first
measure of it, on 10,000 cases (bench/pages.py measures every page at 100,000). Target: a
filtered, faceted /cases/?q=… page in under 0.5 s on this 2-core machine. Run: make bench
Set DATABASE_URL to time PostgreSQL instead of a fresh SQLite file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = 10_000
TARGET = 0.5


def main() -> None:
    sys.path.insert(0, str(ROOT))
    tmp = tempfile.mkdtemp()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/search.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "showcase.settings.test"  # DEBUG off, no static manifest needed
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from cases.loader import read_article
    from cases.models import Case, CaseText, Section, Showcase
    from cases.search import grams
    from institutions.models import Institution

    setup_test_environment()
    call_command("migrate", verbosity=0)
    paragraphs = [
        p
        for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
        for case in read_article(path.read_bytes()).cases
        for section in case.sections
        for p in section.paragraphs
    ]
    institutions = Institution.objects.bulk_create(Institution(name=f"基准第{n}人民医院", slug=f"bench-{n}") for n in range(200))
    pages = Showcase.objects.bulk_create(
        Showcase(title=f"基准版面{n}", slug=f"bench-{n}", source_file=f"bench-{n}", source_checksum="x") for n in range(1000)
    )
    texts = ["\n".join(paragraphs[(n * 7 + k) % len(paragraphs)] for k in range(6)) for n in range(CASES)]
    cases = Case.objects.bulk_create(
        Case(
            showcase=pages[n // 10],
            order=n % 10,
            institution=institutions[n % 200],
            title=f"基准案例{n}",
            status=Case.Status.PUBLISHED,
        )
        for n in range(CASES)
    )
    Section.objects.bulk_create(Section(case=case, body="正文。") for case in cases)
    CaseText.objects.bulk_create(CaseText(case=case, search_text=texts[n], search_grams=grams(texts[n])) for n, case in enumerate(cases))

    client = Client()
    timings = {}
    for query in ("党员", "疫苗", "网格", "家庭医生 服务"):
        client.get("/cases/", {"q": query})  # warm
        start = time.perf_counter()
        response = client.get("/cases/", {"q": query})
        timings[query] = (time.perf_counter() - start, response.context["page_obj"].paginator.count)
    for query, (seconds, count) in timings.items():
        print(f"/cases/?q={query}: {seconds:.3f} s, {count} of {CASES} cases (target ≤ {TARGET} s)")
    if max(seconds for seconds, _ in timings.values()) > TARGET:
        sys.exit(1)


if __name__ == "__main__":
    main()
