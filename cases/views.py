import calendar
import mimetypes

from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject, cached_property

from django.db.models import Count, Prefetch, Q, prefetch_related_objects
from django.db.models.functions import TruncMonth
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.shortcuts import get_object_or_404
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView, TemplateView

from institutions.models import PartyOrganization, Region
from showcase.pagination import LazyPageMixin
from showcase.querystrings import redirect_without_empty

from . import caching, workflow
from .filters import CaseFilter
from .models import NEWEST_CASE, NEWEST_PAGE, Case, Metric, Photo, Publication, Showcase, Theme


class KnownCountPaginator(Paginator):
    """Told the number of results (counted once per archive generation), it runs no COUNT(*)."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


class CountedPaginator(KnownCountPaginator):
    """Pages of a large list of cases: it orders and slices the ids alone (or is given them, sliced
    from the result sets: cases/idsets.py), then reads the page's twenty cases by id (a "deferred
    join"), so that a deep page does not carry every skipped case's full row through the sort."""

    def page(self, number):
        page = super().page(number)
        ids = page.object_list if isinstance(page.object_list, list) else list(page.object_list.values_list("pk", flat=True))
        by_id = Case.objects.for_listing().in_bulk(ids)
        page.object_list = [by_id[pk] for pk in ids]
        return page


class CaseListView(LazyPageMixin, ListView):
    """/cases/: the search form, the facets, the page's twenty cards and the pagination are one
    fragment cached per query string and archive generation; everything they need (the filters'
    validation, counts, the page of cases) is handed to the template lazily, so on a cached
    fragment none of it is read."""

    template_name = "cases/case_list.html"
    context_object_name = "cases"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        return redirect_without_empty(request) or super().get(request, *args, **kwargs)

    @cached_property
    def filterset(self):
        return CaseFilter(self.request.GET or None)

    def get_queryset(self):
        return SimpleLazyObject(lambda: self.filterset.qs)

    def get_paginator(self, queryset, per_page, **kwargs):
        ranked = self.filterset.ranked()  # the ids in the page's order, from the result sets, where they keep it
        return CountedPaginator(queryset if ranked is None else ranked, per_page, count=self.filterset.count(), **kwargs)

    def get_context_data(self, **kwargs):
        def extras():
            query = self.filterset.url_with("page", None).partition("?")[2]  # the filters, without empty ones
            return {
                "downloads": [
                    (label, reverse("export", args=["cases", fmt]) + (f"?{query}" if query else ""))
                    for label, fmt in (("CSV", "csv"), ("JSON", "json"))
                ],
                "stats_url": reverse("stats") + (f"?{query}" if query else ""),
            }

        links = SimpleLazyObject(extras)
        return super().get_context_data(
            filter=SimpleLazyObject(lambda: self.filterset),
            facets=SimpleLazyObject(lambda: self.filterset.facets()),
            terms=SimpleLazyObject(lambda: self.filterset.search_terms),
            downloads=SimpleLazyObject(lambda: links["downloads"]),
            stats_url=SimpleLazyObject(lambda: links["stats_url"]),
            **kwargs,
        )


class CaseDetailView(DetailView):
    """One case. Its head reads the case with its page and institution (one query); the body (text,
    figures, people, the aside, 延伸阅读) is a fragment cached per case and archive generation, and
    what only the body needs is handed to the template lazily, so it is read only when rendered."""

    template_name = "cases/case_detail.html"
    context_object_name = "case"
    head_cached = True
    BODY_PREFETCH = (
        "sections", "photos", "people", "metrics", "partners", "themes",
        Prefetch("institution__party_organizations", queryset=PartyOrganization.objects.top_down()),
    )

    def cases(self):
        return Case.objects.published()

    def get_queryset(self):
        return self.cases().select_related("showcase__publication", "institution").defer("showcase__source_text")

    def get_object(self, queryset=None):
        """A published case's head (the case, its page, paper and institution) is read once per generation."""
        if not self.head_cached:
            return super().get_object(queryset)
        return caching.cached("case-head", (self.kwargs["pk"],), lambda: super(CaseDetailView, self).get_object(queryset))

    @cached_property
    def full_case(self):
        """The case with all its body shows (read once, and only when the body is rendered)."""
        case = self.object
        prefetch_related_objects([case], *self.BODY_PREFETCH)
        if case.institution and case.institution.region_id:  # its region and the two above, in one query
            case.institution.region = Region.objects.select_related("parent__parent").get(pk=case.institution.region_id)
        return case

    def metrics(self):
        case = self.full_case
        metrics = case.metrics.all()
        comparable = Metric.objects.reported_elsewhere([m.label for m in metrics], case.institution_id)
        for metric in metrics:
            if (metric.label, metric.unit) in comparable:
                metric.comparison_url = Metric.compare_url(metric.label, metric.unit)
            metric.previous_display = (
                format(metric.previous_value.normalize(), "f") + metric.previous_unit
                if metric.previous_value is not None
                else ""
            )
        return metrics

    def story(self):
        """The case's place on its page: the other published cases, the one before and the one after."""
        case = self.object
        in_showcase = list(
            case.showcase.cases.published().select_related("institution").order_by("order").only(
                "pk", "title", "order", "showcase_id", "institution__name", "institution__slug"
            )
        )
        at = next((i for i, other in enumerate(in_showcase) if other.pk == case.pk), None)
        return {
            "siblings": [other for other in in_showcase if other.pk != case.pk],
            "previous": in_showcase[at - 1] if at else None,
            "next": in_showcase[at + 1] if at is not None and at + 1 < len(in_showcase) else None,
        }

    def get_context_data(self, **kwargs):
        story = SimpleLazyObject(self.story)
        return super().get_context_data(
            full_case=SimpleLazyObject(lambda: self.full_case),
            metrics=SimpleLazyObject(self.metrics),
            siblings=SimpleLazyObject(lambda: story["siblings"]),
            previous_case=SimpleLazyObject(lambda: story["previous"]),
            next_case=SimpleLazyObject(lambda: story["next"]),
            related=SimpleLazyObject(lambda: list(Case.objects.published().related_to(self.full_case)[:5])),
            **kwargs,
        )


class ShowcaseDetailView(DetailView):
    """A showcase laid out as the printed page: masthead details, then each published case in order.
    The page (with its paper) is read once per generation; its body, the cases as printed, is a
    fragment per page and generation, and its cases are read only when the body is rendered."""

    template_name = "cases/showcase_detail.html"
    context_object_name = "showcase"

    def get_object(self, queryset=None):
        return caching.cached("showcase-head", (self.kwargs["slug"],), self.find_showcase)

    def find_showcase(self):
        return get_object_or_404(
            Showcase.objects.with_published_cases().select_related("publication").defer("source_text"),
            slug=self.kwargs["slug"],
        )

    @cached_property
    def published_cases(self):
        return list(
            self.object.cases.published()
            .select_related("institution")
            .prefetch_related("sections", "photos", "people")
            .order_by("order")
        )

    def get_context_data(self, **kwargs):
        showcase = self.object
        return super().get_context_data(
            published_cases=SimpleLazyObject(lambda: self.published_cases),
            previous_page=SimpleLazyObject(lambda: Showcase.objects.before(showcase)),
            next_page=SimpleLazyObject(lambda: Showcase.objects.after(showcase)),
            **kwargs,
        )


class ArchiveView(TemplateView):
    """往期版面: each publication's months with their number of pages, and a month as a calendar whose
    days with pages are links. The index counts pages per month in SQL: an archive of 20,000 pages
    listed page by page would be a megabyte of links."""

    template_name = "cases/archive.html"

    @staticmethod
    def months(pages):
        """[{publication, year, month, count, url}]: one query, the links made once per archive generation
        (a thousand {% url %} tags cost more than the query)."""
        return [
            {"publication": {"name": row["publication__name"], "slug": row["publication__slug"]},
             "year": row["month"].year, "month": row["month"].month, "count": row["count"],
             "url": reverse("cases:archive-month", args=[row["publication__slug"], row["month"].year, row["month"].month])}
            for row in pages.annotate(month=TruncMonth("published_on"))
            .values("publication__name", "publication__slug", "month")
            .annotate(count=Count("pk"))
            .order_by("publication__name", "-month")
        ]

    def get_context_data(self, **kwargs):
        """The publication is looked up at once (a 404 for an unknown one); the rest, lazily, for the
        page's fragment (one per address and archive generation)."""
        pages = Showcase.objects.with_published_cases().exclude(published_on=None).exclude(publication=None)
        publication = None
        if "publication" in self.kwargs:
            publication = caching.cached(
                "publication", (self.kwargs["publication"],),
                lambda: get_object_or_404(Publication, slug=self.kwargs["publication"]),
            )
            pages = pages.filter(publication=publication)
        months = SimpleLazyObject(
            lambda: caching.cached("archive-months", (publication and publication.pk,), lambda: self.months(pages))
        )
        context = super().get_context_data(**kwargs)
        context["publication"] = publication  # the object, in place of the slug from the URL
        context["fragment_key"] = tuple(sorted(self.kwargs.items()))
        year, month = self.kwargs.get("year"), self.kwargs.get("month")
        if year is None:
            context["months"] = months
            if publication is None:  # pages that print no date or paper still belong in the archive
                context["undated"] = Showcase.objects.with_published_cases().filter(
                    Q(published_on=None) | Q(publication=None)
                ).order_by("title")
            return context
        if not 1 <= month <= 12:
            raise Http404("没有这个月份")

        def calendar_of_month():
            by_day = {}
            for page in pages.filter(published_on__year=year, published_on__month=month).order_by("published_on", "pk"):
                by_day.setdefault(page.published_on.day, []).append(page)
            return {
                "weeks": [
                    [(day, by_day.get(day, [])) for day in week]
                    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
                ],
                "pages_in_month": sum(len(items) for items in by_day.values()),
            }

        in_month = SimpleLazyObject(calendar_of_month)
        context.update(
            year=year,
            month=month,
            weeks=SimpleLazyObject(lambda: in_month["weeks"]),
            pages_in_month=SimpleLazyObject(lambda: in_month["pages_in_month"]),
            other_months=SimpleLazyObject(lambda: [(entry["year"], entry["month"]) for entry in months]),
        )
        return context


class ThemeListView(ListView):
    """主题: the taxonomy, each theme with its number of published cases."""

    template_name = "cases/theme_list.html"
    context_object_name = "themes"

    def get_queryset(self):
        """Counted over the whole archive: once per archive generation."""
        return caching.cached("theme-counts", (), lambda: list(
            Theme.objects.annotate(case_count=Count("cases", filter=Q(cases__status=Case.Status.PUBLISHED)))
            .order_by("-case_count", "name")
        ))


class ThemeDetailView(LazyPageMixin, ListView):
    """One theme's page: its description and its published cases, newest first (a fragment per page and generation)."""

    template_name = "cases/theme_detail.html"
    context_object_name = "cases"
    paginate_by = 20

    def get_queryset(self):
        self.theme = caching.cached("theme", (self.kwargs["slug"],), lambda: get_object_or_404(Theme, slug=self.kwargs["slug"]))
        return Case.objects.published().filter(themes=self.theme).for_listing().order_by(NEWEST_CASE, "order")

    def get_paginator(self, queryset, per_page, **kwargs):
        """A theme may hold tens of thousands of cases: counted once per archive generation."""
        count = caching.cached("theme-case-count", (self.theme.pk,), queryset.count)
        return KnownCountPaginator(queryset, per_page, count=count, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(theme=self.theme, **kwargs)


@method_decorator(staff_member_required, name="dispatch")
class CasePreviewView(PermissionRequiredMixin, CaseDetailView):
    """预览: editors see a case of any status as readers will, under a banner that says it is a preview."""

    permission_required = "cases.view_case"
    head_cached = False  # any status, and a pending change applied: never kept for readers
    raise_exception = True  # a logged-in member of staff without the right gets 403, not a login loop

    def cases(self):
        return Case.objects.all()

    def get(self, request, *args, **kwargs):
        """A published case with a change waiting for review previews as that change would make it."""
        case = get_object_or_404(Case, pk=kwargs["pk"])
        with workflow.showing_pending(case) as pending:
            self.pending_change = pending
            response = super().get(request, *args, **kwargs)
            response.render()
        return response

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, pending_change=self.pending_change, **kwargs)


@require_safe
def media(request, path):
    """Uploaded photos, served through Django in every environment: a file is sent only if it is a
    stored photo (or one of its renditions) of a published case, or to staff who may view cases
    (who also see the photos of a change waiting for review).
    So a photo of a draft is not reachable however its URL is guessed. Published files are
    marked cacheable for a day, so a front server or CDN can keep them; the rest are private."""
    photo = (
        Photo.objects.select_related("case")
        .filter(Q(image=path) | Q(thumb=path) | Q(column=path) | Q(full=path))
        .first()
    )
    staff = request.user.has_perm("cases.view_case")
    public = photo is not None and photo.case.is_published
    # Staff also see the files of a change held for review (no live row points at them yet).
    if not public and not (staff and path.startswith("photos/")):
        raise Http404("没有这个文件")
    storage = Photo._meta.get_field("image").storage
    try:
        if not storage.exists(path):
            raise Http404("没有这个文件")
    except SuspiciousFileOperation:
        raise Http404("没有这个文件") from None
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = FileResponse(storage.open(path, "rb"), content_type=content_type)
    if public:
        patch_cache_control(response, public=True, max_age=86400)
    else:
        patch_cache_control(response, private=True, no_store=True)
    response["X-Content-Type-Options"] = "nosniff"
    return response
