"""数据统计 and 比较: what the archive adds up to, for any slice the case list can make.

Every count here is a count of the case list's own results (CaseFilter), and every figure links
to the list that produces it, so the two always agree. Sums follow showcase.figures: one
category and one unit at a time, their qualifier kept in the label.
"""

from __future__ import annotations

from collections import Counter

from django.db.models import Count, F
from django.http import QueryDict
from django.shortcuts import render
from django.urls import reverse

from cases.filters import CaseFilter
from cases.models import Case, Metric

from . import charts
from .figures import counted_only, metric_totals
from .querystrings import redirect_without_empty

TOP_INSTITUTIONS = 10
COMPARABLE_LISTED = 30


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


def compare_url(label, unit=""):
    params = QueryDict(mutable=True)
    params["metric"] = label
    if unit:
        params["unit"] = unit
    return reverse("compare") + "?" + params.urlencode()


def stats(request):
    if redirect := redirect_without_empty(request):
        return redirect
    filterset = CaseFilter(request.GET or None)
    cases = filterset.matching()
    facets = filterset.facets()
    total = cases.count()
    metrics = Metric.objects.filter(case__in=cases)
    totals = [
        (t, filterset.url_with("category", t.category, unit=t.unit)) for t in metric_totals(metrics)
    ]
    counted = [  # a figure without a category cannot be filtered on: it is counted, without a link
        (label, n, filterset.url_with("category", category) if category else "") for category, label, n in counted_only(metrics)
    ]
    institutions = [
        (name, n, filterset.url_with("institution", slug))
        for slug, name, n in cases.exclude(institution=None)
        .values_list("institution__slug", "institution__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "institution__sort_key")[:TOP_INSTITUTIONS]
    ]
    return render(
        request,
        "showcase/stats.html",
        {
            "filter": filterset,
            "chips": filterset.chips_for("stats"),
            "total": total,
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
            "comparable": [(label, unit, n, compare_url(label, unit)) for label, unit, n in comparable_metrics(cases, 12)],
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
    figures = list(
        Metric.objects.filter(case__status=Case.Status.PUBLISHED, case__institution__isnull=False, label=label)
        .select_related("case__showcase", "case__institution__region__parent__parent")
        .order_by("case__institution_id", F("case__showcase__published_on").desc(nulls_last=True), "-case_id", "order")
    )
    units = Counter(metric.unit for metric in figures)
    if not unit and units:
        unit = units.most_common(1)[0][0]
    rows, seen = [], set()
    for metric in figures:
        if metric.unit != unit:
            continue
        if not every_year:
            if metric.case.institution_id in seen:
                continue
            seen.add(metric.case.institution_id)
        rows.append(metric)
    rows.sort(key=lambda m: (-m.value, m.case.institution.sort_key))
    ranked, rank = [], 0
    for i, metric in enumerate(rows):
        if i == 0 or metric.value != rows[i - 1].value:
            rank = i + 1
        ranked.append((rank, metric))
    years = {m.case.showcase.published_on.year for m in rows if m.case.showcase.published_on}
    context.update(
        unit=unit,
        rows=ranked,
        years=sorted(years),
        other_units=[(u, n, compare_url(label, u)) for u, n in units.most_common() if u != unit],
        all_years_url=compare_url(label, unit) + "&years=all",
        latest_url=compare_url(label, unit),
    )
    return render(request, "showcase/compare.html", context)
