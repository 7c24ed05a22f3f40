"""Every public page with the seed articles loaded: answers 200, stays under 100 KB, is one language."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, Showcase, Theme
from cases.tests import factories as f
from institutions.models import Institution, Region


class SeedSitePagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_articles", "--publish", stdout=StringIO(), stderr=StringIO())

    def public_urls(self):
        urls = [reverse("home"), reverse("cases:list"), reverse("cases:list") + "?q=党员", reverse("cases:themes"),
                reverse("institutions:list"), reverse("institutions:list") + "?by=region", reverse("institutions:regions"),
                reverse("cases:archive"), reverse("cases:feed"), "/sitemap.xml", "/robots.txt",
                reverse("stats"), reverse("compare"), reverse("compare") + "?metric=党员", reverse("data")]
        urls += [c.get_absolute_url() for c in Case.objects.published()]
        urls += [s.get_absolute_url() for s in Showcase.objects.with_published_cases()]
        urls += [i.get_absolute_url() for i in Institution.objects.all()]
        urls += [t.get_absolute_url() for t in Theme.objects.all()]
        urls += [r.get_absolute_url() for r in Region.objects.all()]
        return urls

    def test_every_page_answers_and_stays_small(self):
        for url in self.public_urls():
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertLess(len(response.content), 100_000)

    def test_only_cases_with_an_open_warning_wait_for_review(self):
        waiting = Case.objects.exclude(status=Case.Status.PUBLISHED)
        self.assertTrue(all(case.open_warnings for case in waiting))
        self.assertTrue(all(not case.open_warnings for case in Case.objects.published()))
        for case in waiting:
            self.assertEqual(case.status, Case.Status.REVIEW)
            self.assertEqual(self.client.get(case.get_absolute_url()).status_code, 404)

    def test_every_published_case_is_reachable_from_the_home_page(self):
        home = self.client.get(reverse("home")).content.decode()
        pages = [s for s in Showcase.objects.all() if s.get_absolute_url() in home]
        reachable = set()
        for showcase in pages:
            html = self.client.get(showcase.get_absolute_url()).content.decode()
            reachable |= {c.pk for c in Case.objects.all() if f'href="{c.get_absolute_url()}"' in html}
        self.assertEqual(reachable, set(Case.objects.published().values_list("pk", flat=True)))
        self.assertGreaterEqual(len(reachable), 13)


class ConditionalGetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # a feed without items is dated "now", so it changes every second: give it one
        f.make_case(title="社区网格员", published_at=timezone.now())

    def test_an_unchanged_page_or_feed_is_not_sent_again(self):
        for url in ("/cases/", "/cases/feed/", "/robots.txt"):
            with self.subTest(url=url):
                first = self.client.get(url)
                self.assertTrue(first.has_header("ETag"))
                again = self.client.get(url, headers={"if-none-match": first["ETag"]})
                self.assertEqual(again.status_code, 304)
                self.assertEqual(again.content, b"")
