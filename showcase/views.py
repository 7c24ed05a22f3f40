from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import render

from cases.filters import CaseFilter
from cases.models import Case, Showcase

from .figures import headline_figures


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
            "figures": headline_figures(),
            "ways_in": CaseFilter().facets(names=("theme", "province", "kind")),
        },
    )
