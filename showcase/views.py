from django.core.paginator import Paginator
from django.db.models import Max, Prefetch, Sum
from django.shortcuts import render

from cases import caching
from cases.filters import CaseFilter
from cases.models import Case, Metric, Showcase
from institutions.models import Institution, PartyOrganization


def home(request):
    """The front page: headline figures, ways in by theme, region and kind, and the newest pages."""
    showcases = (
        Showcase.objects.with_published_cases()
        .select_related("publication")
        .prefetch_related(
            Prefetch(
                "cases",
                queryset=Case.objects.published().select_related("institution").order_by("order"),
                to_attr="published_cases",
            )
        )
    )
    page_obj = Paginator(showcases, 6).get_page(request.GET.get("page"))
    return render(
        request,
        "showcase/home.html",
        {
            "page_obj": page_obj,
            "showcases": page_obj.object_list,
            "figures": caching.cached("headline-figures", (), headline_figures),
            "ways_in": CaseFilter().facets(names=("theme", "province", "kind")),
        },
    )


def headline_figures():
    """Across all published cases: how many cases and institutions, party members, services delivered.

    Party members are counted once per institution (its largest organisation, so a 党委 and the
    党支部 under it are not added up); services are the figures the loader filed as services.
    """
    published = Case.objects.published()
    members_by_institution = (
        PartyOrganization.objects.filter(institution__cases__in=published)
        .values("institution")
        .annotate(largest=Max("member_count"))
        .values_list("largest", flat=True)
    )
    services = Metric.objects.filter(case__in=published, category=Metric.Category.SERVICES).aggregate(total=Sum("value"))
    return {
        "cases": published.count(),
        "institutions": Institution.objects.filter(cases__in=published).distinct().count(),
        "party_members": sum(n for n in members_by_institution if n),
        "services": int(services["total"] or 0),
    }
