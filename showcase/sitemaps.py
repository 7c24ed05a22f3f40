"""sitemap.xml: every public page a search engine should know."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from cases.models import Case, Showcase
from institutions.models import Institution


class CaseSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Case.objects.published().order_by("pk")

    def lastmod(self, case):
        return case.updated_at


class ShowcaseSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Showcase.objects.with_published_cases().order_by("pk")

    def lastmod(self, showcase):
        return showcase.updated_at


class InstitutionSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Institution.objects.filter(cases__status=Case.Status.PUBLISHED).distinct().order_by("pk")


class PageSitemap(Sitemap):
    priority = 0.9
    changefreq = "daily"

    def items(self):
        return ["home", "cases:list", "institutions:list"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "cases": CaseSitemap, "showcases": ShowcaseSitemap, "institutions": InstitutionSitemap}
