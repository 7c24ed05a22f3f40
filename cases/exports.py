"""The open-data columns of cases, institutions and metrics, as rows read in chunks.

One definition serves the streamed CSV/JSON downloads (showcase/exports.py), the data package
(manage.py build_datapackage) and the admin's export (django-import-export): the same columns,
the same order, the same meaning (described on /data/ from DESCRIPTIONS). Rows come from
.values() read with .iterator(), so an export of 100,000 cases never holds them all in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator

from django.db.models import Count, Q
from django.urls import reverse

from institutions.models import Institution, InstitutionKind, Region

from .models import Case, Metric, Theme

CHUNK = 1000
_REGION_PATHS = ("region", "region__parent", "region__parent__parent")


@dataclass(frozen=True)
class Column:
    name: str  # ASCII, for CSV headers, JSON keys and the data package schema
    title: str  # Chinese, for /data/ and the admin
    type: str  # a Frictionless field type: integer, number, string, date
    description: str


def _regions(row: dict, prefix: str) -> dict:
    """province, city, district from the region and the two above it, whatever level it sits at."""
    found = {"province": "", "city": "", "district": ""}
    levels = {Region.Level.PROVINCE: "province", Region.Level.CITY: "city", Region.Level.DISTRICT: "district"}
    for path in _REGION_PATHS:
        level = row.get(f"{prefix}{path}__level")
        if level in levels:
            found[levels[level]] = row[f"{prefix}{path}__name"]
        elif level == Region.Level.TOWN:
            found["district"] = found["district"] or row[f"{prefix}{path}__name"]
    return found


def _region_fields(prefix: str) -> list[str]:
    return [f"{prefix}{path}__{field}" for path in _REGION_PATHS for field in ("name", "level")]


def _chunks(iterable: Iterable, size: int = CHUNK) -> Iterator[list]:
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _detail_path(name: str, placeholder="0") -> Callable[[object], str]:
    """reverse() once: /cases/0/ -> a function that fills in the key."""
    pattern = reverse(name, args=[placeholder])
    head, _, tail = pattern.rpartition(placeholder)
    return lambda key: f"{head}{key}{tail}"


KINDS = dict(InstitutionKind.choices)
CATEGORIES = dict(Metric.Category.choices)
QUALIFIERS = dict(Metric.Qualifier.choices)

# --- cases -----------------------------------------------------------------------------------

CASE_COLUMNS = [
    Column("id", "编号", "integer", "案例在本站的编号"),
    Column("title", "标题", "string", "案例标题，按报道刊印"),
    Column("institution", "机构", "string", "案例所属机构的名称"),
    Column("institution_kind", "机构类型", "string", "医院、社区、乡镇卫生院等"),
    Column("province", "省份", "string", "机构所在的省级行政区"),
    Column("city", "城市", "string", "机构所在的地级行政区（直辖市下为空）"),
    Column("district", "区县", "string", "机构所在的县级行政区"),
    Column("themes", "主题", "string", "案例的主题，多个时以“、”分隔"),
    Column("publication", "刊物", "string", "刊发的报纸或网站"),
    Column("published_on", "刊发日期", "date", "版面的刊发日期；报道未载明时为空"),
    Column("edition", "版次", "string", "如 第015版:重庆新闻"),
    Column("showcase", "版面标题", "string", "案例所在展播版面的主标题"),
    Column("metric_count", "数据指标数", "integer", "从报道中读出的数字个数"),
    Column("url", "网址", "string", "案例页面在本站的路径"),
]


def case_rows(cases) -> Iterator[dict]:
    """One dict per case of the queryset, in its order; themes and metric counts fetched per chunk."""
    path = _detail_path("cases:detail")
    fields = [
        "pk", "title", "institution__name", "institution__kind", "showcase__publication__name",
        "showcase__published_on", "showcase__edition", "showcase__title", *_region_fields("institution__"),
    ]
    for chunk in _chunks(cases.prefetch_related(None).values(*fields).iterator(chunk_size=CHUNK)):
        ids = [row["pk"] for row in chunk]
        themes: dict[int, list[str]] = {}
        for case_id, name in Theme.cases.through.objects.filter(case_id__in=ids).order_by("theme__name").values_list(
            "case_id", "theme__name"
        ):
            themes.setdefault(case_id, []).append(name)
        metric_counts = dict(
            Metric.objects.filter(case_id__in=ids).order_by().values_list("case_id").annotate(n=Count("pk"))
        )
        for row in chunk:
            yield {
                "id": row["pk"],
                "title": row["title"],
                "institution": row["institution__name"] or "",
                "institution_kind": KINDS.get(row["institution__kind"], ""),
                **_regions(row, "institution__"),
                "themes": "、".join(themes.get(row["pk"], [])),
                "publication": row["showcase__publication__name"] or "",
                "published_on": row["showcase__published_on"].isoformat() if row["showcase__published_on"] else None,
                "edition": row["showcase__edition"],
                "showcase": row["showcase__title"],
                "metric_count": metric_counts.get(row["pk"], 0),
                "url": path(row["pk"]),
            }


# --- institutions ----------------------------------------------------------------------------

INSTITUTION_COLUMNS = [
    Column("id", "编号", "integer", "机构在本站的编号"),
    Column("name", "名称", "string", "机构全称，按报道刊印"),
    Column("kind", "类型", "string", "医院、社区、乡镇卫生院等"),
    Column("province", "省份", "string", "所在的省级行政区"),
    Column("city", "城市", "string", "所在的地级行政区"),
    Column("district", "区县", "string", "所在的县级行政区"),
    Column("grade", "等级", "string", "如 三级甲等"),
    Column("founded", "成立时间", "string", "YYYY、YYYY-MM 或 YYYY-MM-DD"),
    Column("case_count", "案例数", "integer", "已发布的案例数（导出时按所选条件）"),
    Column("url", "网址", "string", "机构页面在本站的路径"),
]


def institution_rows(cases) -> Iterator[dict]:
    """The institutions of these cases, each with how many of them it has."""
    institutions = Institution.objects.filter(cases__in=cases).annotate(case_count=Count("cases", filter=Q(cases__in=cases)))
    return _institution_rows(institutions.order_by("sort_key", "pk"))


def rows_of_institutions(institutions) -> Iterator[dict]:
    """These institutions (the admin's list), each with its published cases; none left out for having none."""
    published = Q(cases__status=Case.Status.PUBLISHED)
    chosen = Institution.objects.filter(pk__in=institutions.order_by().values("pk"))
    return _institution_rows(chosen.annotate(case_count=Count("cases", filter=published)).order_by("sort_key", "pk"))


def _institution_rows(institutions) -> Iterator[dict]:
    path = _detail_path("institutions:detail", "slug-placeholder")
    rows = institutions.values("pk", "name", "slug", "kind", "grade", "founded", "case_count", *_region_fields(""))
    for row in rows.iterator(chunk_size=CHUNK):
        yield {
            "id": row["pk"],
            "name": row["name"],
            "kind": KINDS.get(row["kind"], ""),
            **_regions(row, ""),
            "grade": row["grade"],
            "founded": row["founded"],
            "case_count": row["case_count"],
            "url": path(row["slug"]),
        }


# --- metrics -----------------------------------------------------------------------------------

METRIC_COLUMNS = [
    Column("id", "编号", "integer", "数据指标在本站的编号"),
    Column("case_id", "案例编号", "integer", "出自哪个案例（cases 的 id）"),
    Column("case_title", "案例标题", "string", "出自的案例标题"),
    Column("institution", "机构", "string", "案例所属机构"),
    Column("province", "省份", "string", "机构所在的省级行政区"),
    Column("city", "城市", "string", "机构所在的地级行政区"),
    Column("district", "区县", "string", "机构所在的县级行政区"),
    Column("category", "类别", "string", "党员、组织、服务、服务人数、设施、资金、比率、时间或其他"),
    Column("label", "指标", "string", "数字所计的对象，如 党员、便民举措"),
    Column("value", "数值", "number", "数字本身（“6.2万”记为 62000）"),
    Column("unit", "单位", "string", "如 名、件、针次、%"),
    Column("qualifier", "限定", "string", "精确、余/多、以上/不少于、近/约：带限定的数字不是确数"),
    Column("previous_value", "原数值", "number", "“由2个工作日缩短为半个工作日”中的 2"),
    Column("previous_unit", "原单位", "string", "原数值的单位"),
    Column("phrase", "原文", "string", "读出这个数字的原句"),
    Column("published_on", "刊发日期", "date", "案例所在版面的刊发日期"),
]


def metric_rows(cases) -> Iterator[dict]:
    return rows_of_metrics(Metric.objects.filter(case__in=cases))


def rows_of_metrics(metrics) -> Iterator[dict]:
    """These figures (the metrics of the chosen cases, or the admin's list), in their cases' order."""
    figures = (
        metrics.order_by("case_id", "order", "pk")
        .values(
            "pk", "case_id", "case__title", "case__institution__name", "category", "label", "value", "unit",
            "qualifier", "previous_value", "previous_unit", "phrase", "case__showcase__published_on",
            *_region_fields("case__institution__"),
        )
    )
    for row in figures.iterator(chunk_size=CHUNK):
        published_on = row["case__showcase__published_on"]
        yield {
            "id": row["pk"],
            "case_id": row["case_id"],
            "case_title": row["case__title"],
            "institution": row["case__institution__name"] or "",
            **_regions(row, "case__institution__"),
            "category": CATEGORIES.get(row["category"], ""),
            "label": row["label"],
            "value": _number(row["value"]),
            "unit": row["unit"],
            "qualifier": QUALIFIERS.get(row["qualifier"], ""),
            "previous_value": _number(row["previous_value"]),
            "previous_unit": row["previous_unit"],
            "phrase": row["phrase"],
            "published_on": published_on.isoformat() if published_on else None,
        }


def _number(value):
    """430.0000 -> 430, 86400.8100 -> 86400.81: a number in JSON, plain digits in CSV; None stays None."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value.normalize())


TABLES = {
    "cases": ("案例", CASE_COLUMNS, case_rows),
    "institutions": ("机构", INSTITUTION_COLUMNS, institution_rows),
    "metrics": ("数据指标", METRIC_COLUMNS, metric_rows),
}

# The admin exports its own list: rows of the objects of that table, with the same columns.
ROWS_OF_OWN = {"cases": case_rows, "institutions": rows_of_institutions, "metrics": rows_of_metrics}


def published_cases():
    return Case.objects.published().order_by("pk")
