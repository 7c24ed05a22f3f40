"""Rebuild every case's search text and the bigram index over it, in one pass.

    python manage.py rebuild_search_index [--dry-run]

Editing or importing a case keeps its search text and index entry up to date; this is for after
a change to how search text is made, or a bulk load that went around Case.rebuild_search_text.
"""

import contextlib
import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import Prefetch

from cases import search
from cases.models import Case, CaseText, Section

BATCH = 1000


def rebuild_all(*, dry_run=False):
    """(cases read, cases whose search text changed); the index is rebuilt around the writes."""
    seen = changed = 0
    cases = (
        Case.objects.select_related("institution", "text")
        .prefetch_related(Prefetch("sections", queryset=Section.objects.order_by("order")))
        .order_by("pk")
    )
    with transaction.atomic(), (contextlib.nullcontext() if dry_run else search.index_suspended(connection)):
        batch = []
        for case in cases.iterator(chunk_size=BATCH):
            seen += 1
            old = getattr(case, "text", None)
            before = (old.search_text, old.search_grams) if old else None
            text = CaseText.for_case(case, case.sections.all())  # (which becomes case.text)
            if (text.search_text, text.search_grams) != before:
                changed += 1
                if not dry_run:
                    batch.append(text)
            if len(batch) == BATCH:
                _replace(batch)
                batch = []
        _replace(batch)
    return seen, changed


def _replace(texts):
    CaseText.objects.filter(case__in=[t.case_id for t in texts]).delete()
    CaseText.objects.bulk_create(texts)


class Command(BaseCommand):
    help = "重建全部案例的检索文本和双字全文索引。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只统计会改变的案例，不写入")

    def handle(self, *args, dry_run=False, **options):
        started = time.monotonic()
        seen, changed = rebuild_all(dry_run=dry_run)
        verb = "将更新" if dry_run else "已更新"
        self.stdout.write(
            self.style.SUCCESS(f"共 {seen} 个案例，{verb} {changed} 个的检索文本；用时 {time.monotonic() - started:.1f} 秒")
        )
