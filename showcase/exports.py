"""Open data: the case list's current slice as CSV or JSON, streamed; the /data/ page.

The same filters and search as /cases/ (CaseFilter), so a download holds exactly the cases the
reader sees listed. Rows are produced chunk by chunk (cases.exports) and written as they come:
StreamingHttpResponse never holds the whole file.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from django.conf import settings
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from cases.exports import TABLES
from cases.filters import CaseFilter

BOM = "\ufeff"  # so that Excel opens the Chinese right


class _Echo:
    def write(self, value):
        return value


def stream_csv(columns, rows):
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow([column.name for column in columns])
    for row in rows:
        yield writer.writerow([row[column.name] for column in columns])


def stream_json(rows):
    yield "["
    for n, row in enumerate(rows):
        yield ("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"


def export(request, table, fmt):
    if table not in TABLES or fmt not in ("csv", "json"):
        raise Http404("没有这种导出")
    _, columns, rows = TABLES[table]
    filterset = CaseFilter(request.GET or None)
    # The case list in its own order; institutions and metrics of those cases.
    cases = filterset.qs if table == "cases" else filterset.qs.order_by().values("pk")
    produced = rows(cases)
    stamp = timezone.localtime().strftime("%Y%m%d")
    if fmt == "csv":
        response = StreamingHttpResponse(stream_csv(columns, produced), content_type="text/csv; charset=utf-8")
    else:
        response = StreamingHttpResponse(stream_json(produced), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{table}-{stamp}.{fmt}"'
    return response


def open_data_url():
    """Where the web server serves OPEN_DATA_ROOT: MEDIA_URL + its path under MEDIA_ROOT."""
    relative = Path(settings.OPEN_DATA_ROOT).relative_to(settings.MEDIA_ROOT)
    return settings.MEDIA_URL + relative.as_posix() + "/"


def data_page(request):
    """/data/: what each field means, the downloads, the data package and the licence."""
    package_dir = Path(settings.OPEN_DATA_ROOT)
    descriptor = package_dir / "datapackage.json"
    package = None
    if descriptor.exists():
        meta = json.loads(descriptor.read_text(encoding="utf-8"))
        package = {
            "created": meta.get("created", ""),
            "url": open_data_url() + "datapackage.json",
            "files": [(r["name"], open_data_url() + r["path"]) for r in meta.get("resources", [])],
        }
    tables = [(name, title, columns) for name, (title, columns, _) in TABLES.items()]
    return render(
        request,
        "showcase/data.html",
        {"tables": tables, "package": package, "licence": settings.OPEN_DATA_LICENSE},
    )
