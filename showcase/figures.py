"""Figures that can honestly be added up, and the ones that can only be counted.

A total is only ever a sum of figures of the same category AND the same unit: 43,177 针次 of
vaccine and 62,000 people served are different things, and 100余件 plus 25件 is “at least 125”,
not 125. Rates (95%), spans of time (半个工作日) and figures the loader could not place in a
category are never summed: a page counts the cases that report them instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, F, Sum

from cases.models import Case, Metric
from institutions.models import PartyOrganization

# Categories whose figures are counts of the same kind of thing, so that a sum means something.
SUMMABLE = (
    Metric.Category.PARTY_MEMBERS,
    Metric.Category.ORGANIZATIONS,
    Metric.Category.SERVICES,
    Metric.Category.PEOPLE_SERVED,
    Metric.Category.FACILITIES,
    Metric.Category.MONEY,
)

# The label under which a report states an institution's whole membership (“现有党员430名”).
PARTY_MEMBERS_TOTAL_LABEL = "党员"


def states_party_members(metric: Metric) -> bool:
    """Whether a figure states an institution's whole membership, not a part (党员志愿者, 新发展党员)."""
    return metric.category == Metric.Category.PARTY_MEMBERS and metric.label == PARTY_MEMBERS_TOTAL_LABEL


@dataclass(frozen=True)
class Total:
    category: str
    category_label: str
    unit: str
    total: Decimal
    bound: str  # "" (exact), "不少于" (some figure was 余/以上) or "约" (some figure was 近/约)
    figures: int
    cases: int

    @property
    def number(self) -> str:
        """12345.5000 -> 12345.5, without exponent notation."""
        return format(self.total.normalize(), "f")

    @property
    def label(self) -> str:
        """“不少于 43,177 针次”: the bound is part of the figure, never dropped."""
        integer, _, fraction = self.number.partition(".")
        shown = f"{int(integer):,}" + (f".{fraction}" if fraction else "")
        return f"{self.bound} {shown} {self.unit}".strip() if self.bound else f"{shown} {self.unit}".strip()


def bound_of(qualifiers) -> str:
    """What a sum of figures with these qualifiers is: exact, at least, or about."""
    qualifiers = set(qualifiers)
    if Metric.Qualifier.ABOUT in qualifiers:
        return "约"
    if qualifiers & {Metric.Qualifier.MORE_THAN, Metric.Qualifier.AT_LEAST}:
        return "不少于"
    return ""


def metric_totals(metrics) -> list[Total]:
    """Sums over one category and one unit, in one grouped query; largest number of cases first."""
    rows = (
        metrics.filter(category__in=SUMMABLE)
        .order_by()
        .values("category", "unit", "qualifier")
        .annotate(total=Sum("value"), figures=Count("pk"))
    )
    groups: dict[tuple[str, str], dict] = {}
    for row in rows:
        group = groups.setdefault((row["category"], row["unit"]), {"total": Decimal(0), "figures": 0, "qualifiers": set()})
        group["total"] += row["total"]
        group["figures"] += row["figures"]
        group["qualifiers"].add(row["qualifier"])
    case_counts = dict(
        ((c, u), n)
        for c, u, n in metrics.filter(category__in=SUMMABLE)
        .order_by()
        .values_list("category", "unit")
        .annotate(n=Count("case", distinct=True))
    )
    labels = dict(Metric.Category.choices)
    totals = [
        Total(
            category=category,
            category_label=labels[category],
            unit=unit,
            total=group["total"],
            bound=bound_of(group["qualifiers"]),
            figures=group["figures"],
            cases=case_counts.get((category, unit), 0),
        )
        for (category, unit), group in groups.items()
    ]
    order = {c: i for i, c in enumerate(SUMMABLE)}
    return sorted(totals, key=lambda t: (order[t.category], -t.cases, -t.total, t.unit))


def counted_only(metrics) -> list[tuple[str, str, int]]:
    """(category, label, cases) for the categories that are counted, never summed."""
    labels = dict(Metric.Category.choices)
    rows = (
        metrics.exclude(category__in=SUMMABLE)
        .order_by()
        .values_list("category")
        .annotate(n=Count("case", distinct=True))
        .order_by("-n", "category")
    )
    unsure = {Metric.Category.OTHER, ""}  # the loader files a figure it is not sure of as 其他: no category
    return [(category, "未能归类的" if category in unsure else labels.get(category, category), n) for category, n in rows]


def party_members(cases) -> dict[int, int]:
    """{institution id: members}: each institution's membership.

    Where a report states the institution's total (“现有党员430名”) the latest such statement is
    the figure; otherwise the largest of its party organisations' member counts (a 党委 and the
    党支部 under it are not added up). Two queries of plain values, whatever the number of institutions.
    """
    stated = (
        Metric.objects.filter(
            case__in=cases,
            category=Metric.Category.PARTY_MEMBERS,
            label=PARTY_MEMBERS_TOTAL_LABEL,
            case__institution__isnull=False,
        )
        .order_by("case__institution_id", F("case__showcase__published_on").desc(nulls_last=True), "-case_id")
        .values_list("case__institution_id", "value")
    )
    members: dict[int, int] = {}
    for institution, value in stated:
        members.setdefault(institution, int(value))
    counted_by_organizations: dict[int, int] = {}
    organizations = (
        PartyOrganization.objects.filter(institution__cases__in=cases, member_count__isnull=False)
        .order_by()
        .values_list("institution", "member_count")
        .distinct()
    )
    for institution, count in organizations:
        if institution not in members:
            counted_by_organizations[institution] = max(counted_by_organizations.get(institution, 0), count)
    return members | counted_by_organizations


def headline_figures() -> dict:
    """The front page's figures: only counts, and party members counted once per institution."""
    published = Case.objects.published()
    return {
        "cases": published.count(),
        "institutions": published.exclude(institution=None).values("institution").distinct().count(),
        "party_members": sum(party_members(published).values()),
        "cases_with_services": published.filter(metrics__category=Metric.Category.SERVICES).values("pk").distinct().count(),
    }
