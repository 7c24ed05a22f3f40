"""RSS and Atom feeds of the newest published cases."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from .models import NEWEST_CASE, Case


class LatestCasesFeed(Feed):
    title = "党建案例展播 · 最新案例"
    description = "报刊上的基层党建工作报道，按刊发时间排列的最新案例。"
    language = "zh-hans"

    def link(self):
        return reverse("cases:list")

    def items(self):
        return Case.objects.published().for_listing().order_by(NEWEST_CASE, "-published_at", "order")[:30]

    def item_title(self, case):
        return f"{case.institution.name}：{case.title}" if case.institution else case.title

    def item_description(self, case):
        return case.lead or case.search_text[:200]

    def item_pubdate(self, case):
        return case.published_at

    def item_categories(self, case):
        return [theme.name for theme in case.themes.all()]


class LatestCasesAtomFeed(LatestCasesFeed):
    feed_type = Atom1Feed
    subtitle = LatestCasesFeed.description
