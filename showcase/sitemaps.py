"""sitemap.xml: every public page a search engine should know, with lastmod from the content.

sitemap.xml is an index of sections (sitemap-cases.xml?p=2 …), each of at most LIMIT addresses:
the protocol allows 50,000 per file, and a smaller file is quicker to build and to fetch.
"""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views
from django.http import HttpResponse
from django.db.models import Exists, Max, OuterRef, Q, Subquery
from django.db.models.functions import TruncMonth
from django.urls import reverse

from cases import caching
from cases.models import Case, Showcase, Theme
from cases.views import KnownCountPaginator
from institutions.models import Institution, Region

PUBLISHED = Q(cases__status=Case.Status.PUBLISHED)


LIMIT = 10_000


def latest_published_change():
    """The newest change to a published case: read from the index on (status, updated_at), once per archive generation."""
    return caching.cached("sitemap-latest", (), lambda: Case.objects.published().aggregate(last=Max("updated_at"))["last"])


class LargeSitemap(Sitemap):
    """A section of thousands of addresses: its size and its newest change, which sitemap.xml lists,
    are computed once per archive generation (Django's default for the latter reads every item)."""

    limit = LIMIT

    @property
    def paginator(self):
        count = caching.cached("sitemap-count", (type(self).__name__,), lambda: self.items().count())
        return KnownCountPaginator(self._items(), self.limit, count=count)

    def get_latest_lastmod(self):
        return caching.cached("sitemap-lastmod", (type(self).__name__,), self.newest_change)

    def newest_change(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class CaseSitemap(LargeSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Case.objects.published().only("pk", "updated_at").order_by("pk")

    def lastmod(self, case):
        return case.updated_at

    def newest_change(self):
        return latest_published_change()


class ShowcaseSitemap(LargeSitemap):
    changefreq = "monthly"

    def items(self):
        return Showcase.objects.with_published_cases().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, showcase):
        return showcase.updated_at


class InstitutionSitemap(LargeSitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        """Institutions with a published case; the newest change to one of them read per institution
        (a subquery: counting the section needs no grouping of every case)."""
        published = Case.objects.published().filter(institution=OuterRef("pk"))
        return (
            Institution.objects.filter(Exists(published))
            .annotate(changed=Subquery(published.values("institution").annotate(last=Max("updated_at")).values("last")))
            .order_by("pk")
        )

    def lastmod(self, institution):
        return max(institution.changed, institution.updated_at)

    def newest_change(self):
        latest = [latest_published_change(), super().newest_change()]
        return max((value for value in latest if value is not None), default=None)


class ThemeSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        """Grouped over every published case: once per archive generation."""
        return caching.cached("sitemap-themes", (), lambda: list(
            Theme.objects.annotate(changed=Max("cases__updated_at", filter=PUBLISHED)).exclude(changed=None).order_by("pk")
        ))

    def lastmod(self, theme):
        return theme.changed


class RegionSitemap(Sitemap):
    """Regions whose institutions have published cases (a case also shows on the regions above its own)."""

    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return caching.cached("sitemap-regions", (), self.regions_with_changes)

    @staticmethod
    def regions_with_changes():
        """Grouped over every published case: once per archive generation."""
        changed = {}
        rows = Case.objects.published().exclude(institution__region=None).values_list("institution__region").annotate(
            last=Max("updated_at")
        )
        regions = {region.pk: region for region in Region.objects.all()}
        for region_id, last in rows:
            region = regions.get(region_id)
            while region is not None:
                changed[region.pk] = max(changed.get(region.pk, last), last)
                region = regions.get(region.parent_id)
        for pk, last in changed.items():
            regions[pk].changed = last
        return [regions[pk] for pk in sorted(changed)]

    def lastmod(self, region):
        return region.changed


class ArchiveMonthSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        """[((publication slug, year, month), newest change)], grouped in SQL once per archive generation."""
        pages = Showcase.objects.with_published_cases().exclude(published_on=None).exclude(publication=None)
        return caching.cached("sitemap-months", (), lambda: [
            ((slug, month.year, month.month), last)
            for slug, month, last in pages.annotate(month=TruncMonth("published_on"))
            .values_list("publication__slug", "month")
            .annotate(last=Max("updated_at"))
            .order_by("publication__slug", "month")
        ])

    def location(self, item):
        (slug, year, month), _ = item
        return reverse("cases:archive-month", args=[slug, year, month])

    def lastmod(self, item):
        return item[1]


class PageSitemap(Sitemap):
    priority = 0.9
    changefreq = "daily"

    def items(self):
        return ["home", "cases:list", "institutions:list", "institutions:regions", "cases:themes", "cases:archive",
                "stats", "compare", "data"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        """The site-wide pages change when any published case does."""
        return latest_published_change()


SITEMAPS = {
    "pages": PageSitemap,
    "cases": CaseSitemap,
    "showcases": ShowcaseSitemap,
    "institutions": InstitutionSitemap,
    "themes": ThemeSitemap,
    "regions": RegionSitemap,
    "archive": ArchiveMonthSitemap,
}


def cached_sitemap(view):
    """The index and each section, rendered once per archive generation (per host, section and page):
    the index alone asks every section for its size and newest change."""

    def cached_view(request, **kwargs):
        parts = (view.__name__, request.scheme, request.get_host(), kwargs.get("section"), request.GET.get("p"))

        def render():
            response = view(request, **kwargs)
            response.render()
            return response.content, list(response.headers.items())

        content, headers = caching.cached("sitemap", parts, render)
        response = HttpResponse(content)
        for name, value in headers:
            response.headers[name] = value
        return response

    return cached_view


index = cached_sitemap(views.index)
section = cached_sitemap(views.sitemap)
