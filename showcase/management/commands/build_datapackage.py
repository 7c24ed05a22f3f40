"""Write the open-data bundle: cases.csv, institutions.csv, metrics.csv and datapackage.json.

A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): the data files
with a schema for each, and the licence the operator configured (OPEN_DATA_LICENSE). Meant to
run nightly; the new bundle is written beside the old one and swapped in whole, so a download
never sees half a package.
"""

import csv
import json
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cases import caching
from cases.exports import TABLES, published_cases


def build(target: Path) -> dict:
    """Write the package into target (a folder that must not exist yet); its descriptor."""
    target.mkdir(parents=True)
    resources, counts = [], []
    cases = published_cases()
    for name, (title, columns, rows) in TABLES.items():
        path = target / f"{name}.csv"
        count = 0
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([column.name for column in columns])
            for row in rows(cases):
                writer.writerow([row[column.name] for column in columns])
                count += 1
        counts.append((title, count))
        resources.append(
            {
                "name": name,
                "profile": "tabular-data-resource",
                "title": title,
                "path": f"{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": c.name, "title": c.title, "type": c.type, "description": c.description}
                        for c in columns
                    ],
                    "primaryKey": ["id"],
                    **(
                        {"foreignKeys": [{"fields": ["case_id"], "reference": {"resource": "cases", "fields": ["id"]}}]}
                        if name == "metrics"
                        else {}
                    ),
                },
            }
        )
    licence = settings.OPEN_DATA_LICENSE
    descriptor = {
        "profile": "tabular-data-package",
        "name": "dangjian-cases",
        "title": "党建案例展播 · 案例数据",
        "description": licence["line"],
        "created": timezone.now().isoformat(timespec="seconds"),
        "licenses": [{"name": licence["name"], "title": licence["title"], "path": licence["path"]}],
        "resources": resources,
    }
    (target / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2), encoding="utf-8")
    return {**descriptor, "_counts": counts}


class Command(BaseCommand):
    help = "写出开放数据包（cases.csv、institutions.csv、metrics.csv 和 datapackage.json），可每晚重建。"

    def add_arguments(self, parser):
        parser.add_argument("--output", help="写到哪个文件夹（默认 OPEN_DATA_ROOT）")
        parser.add_argument("--dry-run", action="store_true", help="只统计行数，不替换已发布的数据包")

    def handle(self, *args, output=None, dry_run=False, **options):
        target = Path(output or settings.OPEN_DATA_ROOT)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".datapackage-", dir=target.parent))
        except OSError as error:
            raise CommandError(f"无法写入 {target.parent}：{error}") from error
        try:
            descriptor = build(staging / "package")
            summary = "，".join(f"{title} {n} 行" for title, n in descriptor.pop("_counts"))
            if dry_run:
                self.stdout.write(f"试运行：{summary}；未替换 {target}")
                return
            old = None
            if target.exists():
                old = staging / "old"
                target.rename(old)
            (staging / "package").rename(target)
            caching.changed()  # /data/ describes the new package at once, not a cached page of the old one
            self.stdout.write(self.style.SUCCESS(f"数据包已写到 {target}：{summary}"))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
