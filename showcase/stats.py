"""数据统计 and 比较: what the archive adds up to, for any slice the case list can make.

Every count here is a count of the case list's own results (CaseFilter), and every figure links
to the list that produces it, so the two always agree. Sums follow showcase.figures: one
category and one unit at a time, their qualifier kept in the label.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.shortcuts import render
from django.urls import reverse

from cases import caching
from cases.filters import CaseFilter
from cases.models import Case, Metric

from . import charts
from .figures import counted_only, metric_totals
from .querystrings import redirect_without_empty

TOP_INSTITUTIONS = 10
COMPARABLE_LISTED = 30
COMPARE_PER_PAGE = 100


def comparable_metrics(cases=None, limit=COMPARABLE_LISTED):
    """[(label, unit, institutions)]: figures reported by two or more institutions, most reported first."""
    figures = Metric.objects.filter(case__status=Case.Status.PUBLISHED, case__institution__isnull=False)
    if cases is not None:
        figures = figures.filter(case__in=cases)
    return list(
        figures.order_by()
        .values_list("label", "unit")
        .annotate(n=Count("case__institution", distinct=True))
        .filter(n__gte=2)
        .order_by("-n", "label", "unit")[:limit]
    )


compare_url = Metric.compare_url


def slice_figures(filterset) -> dict:
    """What /stats/ adds up for this slice, as plain data: computed once per filter set and archive
    generation (cases/caching.py), since each is a grouped query over every matching case."""

    def compute():
        cases = filterset.matching()
        metrics = Metric.objects.filter(case__in=cases)
        return {
            "total": cases.count(),
            "totals": metric_totals(metrics),
            "counted": counted_only(metrics),
            "institutions": list(
                cases.exclude(institution=None)
                .values_list("institution__slug", "institution__name")
                .annotate(n=Count("pk"))
                .order_by("-n", "institution__sort_key")[:TOP_INSTITUTIONS]
            ),
            "comparable": comparable_metrics(cases, 12),
        }

    return caching.cached("stats", filterset.applied(), compute)


def stats(request):
    if redirect := redirect_without_empty(request):
        return redirect
    filterset = CaseFilter(request.GET or None)
    facets = filterset.facets()
    figures = slice_figures(filterset)
    totals = [(t, filterset.url_with("category", t.category, unit=t.unit)) for t in figures["totals"]]
    counted = [  # a figure without a category cannot be filtered on: it is counted, without a link
        (label, n, filterset.url_with("category", category) if category else "")
        for category, label, n in figures["counted"]
    ]
    institutions = [(name, n, filterset.url_with("institution", slug)) for slug, name, n in figures["institutions"]]
    return render(
        request,
        "showcase/stats.html",
        {
            "filter": filterset,
            "chips": filterset.chips_for("stats"),
            "total": figures["total"],
            "list_url": filterset.url_with("page", None),
            "facets": facets,
            "province_bars": charts.bars(facets["province"]),
            "kind_bars": charts.bars(facets["kind"]),
            "theme_bars": charts.bars(facets["theme"]),
            "publication_bars": charts.bars(facets["publication"]),
            "year_line": charts.year_line(facets["year"]),
            "map": charts.province_map(facets["province"]),
            "totals": totals,
            "counted": counted,
            "institutions": institutions,
            "comparable": [(label, unit, n, compare_url(label, unit)) for label, unit, n in figures["comparable"]],
        },
    )


def compare(request):
    """/compare/?metric=党员&unit=名: institutions ranked by the same figure, in the same unit only.

    Each institution's latest report by default (figures of different years are not mixed
    silently: the year is shown, and ?years=all lists every report).
    """
    label = (request.GET.get("metric") or "").strip()[:50]
    unit = (request.GET.get("unit") or "").strip()[:20]
    every_year = request.GET.get("years") == "all"
    context = {"label": label, "unit": unit, "every_year": every_year}
    if not label:
        context["comparable"] = [(l, u, n, compare_url(l, u)) for l, u, n in comparable_metrics()]
        return render(request, "showcase/compare.html", context)
    figures = Metric.objects.filter(case__status=Case.Status.PUBLISHED, case__institution__isnull=False, label=label)
    units = list(figures.order_by().values_list("unit").annotate(n=Count("pk")).order_by("-n", "unit"))
    if not unit and units:
        unit = units[0][0]
    chosen = figures.filter(unit=unit)
    if not every_year:  # each institution's latest report: the first row of its partition, newest first
        chosen = chosen.annotate(
            nth=Window(
                RowNumber(),
                partition_by=[F("case__institution_id")],
                order_by=[F("case__showcase__published_on").desc(nulls_last=True), F("case_id").desc(), F("order").asc()],
            )
        ).filter(nth=1)
    ordered = chosen.order_by("-value", "case__institution__sort_key", "pk")
    # Ranks and years over every row (numbers only, one query), the rows themselves one page at a time.
    summary = list(ordered.values_list("value", "case__showcase__published_on"))
    ranks, rank = [], 0
    for i, (value, _) in enumerate(summary):
        if i == 0 or value != summary[i - 1][0]:
            rank = i + 1
        ranks.append(rank)
    paginator = Paginator(range(len(summary)), COMPARE_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    rows = list(
        ordered.select_related("case__showcase", "case__institution")
        .defer("case__showcase__source_text", "case__institution__description")
        [page.start_index() - 1 : page.end_index()]
    ) if summary else []
    context.update(
        unit=unit,
        rows=list(zip(ranks[page.start_index() - 1 :], rows)),
        page_obj=page,
        total=len(summary),
        years=sorted({day.year for _, day in summary if day}),
        other_units=[(u, n, compare_url(label, u)) for u, n in units if u != unit],
        all_years_url=compare_url(label, unit) + "&years=all",
        latest_url=compare_url(label, unit),
    )
    return render(request, "showcase/compare.html", context)
