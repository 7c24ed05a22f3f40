from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from cases.filters import CaseFilter
from cases.models import Case, Showcase

from . import cards
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


def case_card(request, pk):
    """/cases/<pk>/card.png: the share image of a published case without a photo; cached by its last change."""
    case = get_object_or_404(Case.objects.published().select_related("institution", "showcase"), pk=pk)
    key = f"case-card:{case.pk}:{case.updated_at.timestamp()}"
    png = cache.get(key)
    if png is None:
        printed = case.showcase.published_on
        png = cards.case_card(
            case.title, case.institution.name if case.institution else "", f"{printed:%Y年%-m月%-d日}" if printed else ""
        )
        cache.set(key, png, 60 * 60 * 24 * 30)
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    return response
