"""Benchmark: /stats/, a filtered /stats/ and /compare/ on 10,000 cases with 50,000 figures.

The statistics are grouped queries over the list's matching cases (a fixed number whatever the
size), cached per filter set until the archive changes (cases/caching.py); this measures each page
as the first reader after a change meets it (nothing cached) and as the next ones do, at ten times
the archive's expected size. Target: each page in under 1 s on this 2-core machine, uncached.
Run: make bench (DATABASE_URL to time PostgreSQL: an empty database of its own, it is filled).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = 10_000
TARGET = 1.0


def main() -> None:
    sys.path.insert(0, str(ROOT))
    tmp = tempfile.mkdtemp()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/stats.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "showcase.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from cases.models import Case, CaseText, Metric, Publication, Showcase, Theme
    from institutions.models import Institution, Region

    setup_test_environment()
    call_command("migrate", verbosity=0)
    names = [p["name"] for p in json.loads((ROOT / "showcase" / "data" / "china_provinces.json").read_text())["provinces"]]
    provinces = Region.objects.bulk_create(
        Region(name=name, level="province", slug=f"p{n}") for n, name in enumerate(names)
    )
    institutions = Institution.objects.bulk_create(
        Institution(name=f"基准第{n}人民医院", slug=f"bench-{n}", region=provinces[n % len(provinces)], sort_key=f"{n:05d}")
        for n in range(500)
    )
    papers = Publication.objects.bulk_create(Publication(name=f"基准日报{n}", slug=f"paper-{n}") for n in range(12))
    themes = Theme.objects.bulk_create(Theme(name=f"主题{n}", slug=f"theme-{n}") for n in range(20))
    from datetime import date

    pages = Showcase.objects.bulk_create(
        Showcase(title=f"基准版面{n}", slug=f"bench-{n}", source_file=f"bench-{n}", source_checksum="x",
                 publication=papers[n % 12], published_on=date(2015 + n % 10, 1 + n % 12, 1))
        for n in range(1000)
    )
    cases = Case.objects.bulk_create(
        Case(showcase=pages[n // 10], order=n % 10, institution=institutions[n % 500], title=f"基准案例{n}",
             status=Case.Status.PUBLISHED, published_on=pages[n // 10].published_on)
        for n in range(CASES)
    )
    from cases import search

    CaseText.objects.bulk_create(
        CaseText(case=case, search_text=text, search_grams=search.grams(text))
        for n, case in enumerate(cases)
        for text in ["党员 志愿服务" if n % 3 else "疫苗接种"]
    )
    Case.themes.through.objects.bulk_create(
        Case.themes.through(case_id=case.pk, theme_id=themes[(case.pk + k) % 20].pk) for case in cases for k in range(2)
    )
    figures = [("党员", "名", "party_members"), ("义诊", "场", "services"), ("接种", "针次", "services"),
               ("群众", "人", "people_served"), ("满意度", "%", "rate")]
    Metric.objects.bulk_create(
        Metric(case=case, order=k, label=label, value=(case.pk * 7 + k) % 900 + 1, unit=unit, category=category,
               qualifier="more_than" if case.pk % 5 == 0 else "exact")
        for case in cases for k, (label, unit, category) in enumerate(figures)
    )

    from cases import caching

    client = Client()
    worst = 0.0
    for url in ("/stats/", "/stats/?q=党员&theme=theme-3", f"/stats/?province=p{names.index('四川省')}",
                "/compare/?metric=党员", "/compare/?metric=党员&years=all"):
        client.get(url)  # warm: database pages, templates, code
        start = time.perf_counter()
        response = client.get(url)  # as readers meet it: what can be cached is
        warm = time.perf_counter() - start
        caching.changed()  # as the first reader after a change of the archive meets it: nothing cached
        start = time.perf_counter()
        client.get(url)
        cold = time.perf_counter() - start
        worst = max(worst, cold)
        print(f"{url}: {cold:.3f} s after a change, {warm:.3f} s cached, {len(response.content) / 1024:.0f} KB (target ≤ {TARGET} s)")
    if os.environ.get("PROFILE"):  # the slowest queries of the unfiltered page, and where a cached one spends its time
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        caching.changed()
        with CaptureQueriesContext(connection) as queries:
            client.get("/stats/")
        print(f"{len(queries.captured_queries)} queries after a change")
        for query in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:6]:
            print(f"{query['time']} s  {query['sql'][:160]}")
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.runcall(client.get, "/stats/")
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    sys.exit(0 if worst <= TARGET else 1)


if __name__ == "__main__":
    main()
