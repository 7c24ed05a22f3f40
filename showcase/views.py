import sys

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.db.models import Prefetch
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject
from django.views.decorators.cache import never_cache

from cases import caching
from cases.filters import CaseFilter
from cases.models import Case, Showcase
from cases.views import KnownCountPaginator

from . import cards
from .figures import headline_figures


def home(request):
    """The front page: headline figures, ways in by theme, region and kind, and the newest pages.
    Its body is a fragment per ?page= and archive generation; what it shows is read lazily."""
    showcases = (
        Showcase.objects.with_published_cases()
        .select_related("publication")
        .defer("source_text")
        .prefetch_related(
            Prefetch(
                "cases",
                queryset=Case.objects.published().select_related("institution").order_by("order"),
                to_attr="published_cases",
            )
        )
    )

    def page():
        count = caching.cached("home-pages", (), showcases.count)
        return KnownCountPaginator(showcases, 6, count=count).get_page(request.GET.get("page"))

    page_obj = SimpleLazyObject(page)
    return render(
        request,
        "showcase/home.html",
        {
            "fragment_key": request.GET.get("page", ""),
            "page_obj": page_obj,
            "showcases": SimpleLazyObject(lambda: page_obj.object_list),
            "figures": SimpleLazyObject(lambda: caching.cached("headline-figures", (), headline_figures)),
            "ways_in": SimpleLazyObject(lambda: CaseFilter().facets(names=("theme", "province", "kind"))),
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


@never_cache
def healthz(request):
    """For the load balancer: 200 when the database answers, 503 when it does not. No session, no template."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except (OperationalError, InterfaceError):
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def server_error(request):
    """handler500: a database that is down or restarting is a Chinese 503 page that asks the reader
    to wait (the next request opens a new connection, so the site recovers by itself); anything
    else is the 500 page. Both render without touching the database."""
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)) and not _query_fault(error):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(render_to_string("500.html"))


def _query_fault(error) -> bool:
    """An OperationalError that is the query's own fault (SQLite's "no such column") is a bug, not an outage."""
    return any(words in str(error) for words in ("no such", "syntax error"))


def locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout page: in Chinese, saying for how long (HTTP 429)."""
    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
        "title": "登录已暂停",
    }
    return render(request, "registration/locked_out.html", context, status=429)
