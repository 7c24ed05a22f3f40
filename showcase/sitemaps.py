"""sitemap.xml: every public page a search engine should know.

sitemap.xml is an index of sections (sitemap-cases.xml?p=2 …), each of at most LIMIT addresses:
the protocol allows 50,000 per file, and a smaller file is quicker to build and to fetch.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, Max, OuterRef
from django.urls import reverse

from cases.models import Case, Showcase
from institutions.models import Institution


LIMIT = 10_000


class CaseSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8
    limit = LIMIT

    def items(self):
        return Case.objects.published().only("pk", "updated_at").order_by("pk")

    def lastmod(self, case):
        return case.updated_at

    def get_latest_lastmod(self):
        """For sitemap.xml's index: one MAX() instead of Django's default, which reads every item."""
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class ShowcaseSitemap(Sitemap):
    changefreq = "monthly"
    limit = LIMIT

    def items(self):
        return Showcase.objects.with_published_cases().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, showcase):
        return showcase.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class InstitutionSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6
    limit = LIMIT

    def items(self):
        published = Case.objects.published().filter(institution=OuterRef("pk"))
        return Institution.objects.filter(Exists(published)).only("pk", "slug").order_by("pk")


class PageSitemap(Sitemap):
    priority = 0.9
    changefreq = "daily"

    def items(self):
        return ["home", "cases:list", "institutions:list"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "cases": CaseSitemap, "showcases": ShowcaseSitemap, "institutions": InstitutionSitemap}
