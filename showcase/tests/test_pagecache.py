"""The whole-page cache for anonymous readers (showcase/pagecache.py): what it keeps and what it must not."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import Context, Template
from django.test import TestCase, override_settings
from django.urls import path, reverse

from cases import workflow
from cases.models import Case
from cases.roles import REVIEWER
from cases.tests import factories as f
from showcase.urls import urlpatterns as site_urlpatterns

FORM = Template('<form method="post">{% csrf_token %}<button>提交</button></form>')
calls = []


def form_page(request):
    calls.append(request)
    return HttpResponse(FORM.render(Context({"csrf_token": get_token(request)})))


urlpatterns = [path("form/", form_page), *site_urlpatterns]


@override_settings(PAGE_CACHE=True)
class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.reviewer = get_user_model().objects.create_user("shenhe", password="pw", is_staff=True)
        cls.reviewer.groups.set(Group.objects.filter(name=REVIEWER))
        page = f.make_showcase(publication=f.make_publication("华西都市报"))
        cls.hospital = f.make_institution("成都市双流区第二人民医院")
        cls.case = f.make_case(page, "老年人就医温馨港湾", institution=cls.hospital)
        cls.draft = f.make_case(page, "还没审核的草稿", institution=cls.hospital, status=Case.Status.DRAFT)

    def test_a_second_anonymous_request_reads_only_the_archives_generation(self):
        for url in (reverse("home"), reverse("cases:list"), self.case.get_absolute_url(), "/sitemap.xml"):
            with self.subTest(url=url):
                first = self.client.get(url)
                with self.assertNumQueries(1):
                    second = self.client.get(url)
                self.assertEqual(second.status_code, 200)
                self.assertEqual(second.content, first.content)
                self.assertEqual(second["Content-Type"], first["Content-Type"])
                self.assertIn("Content-Security-Policy", second)  # added again on every request
                self.assertIn("ETag", second)

    def test_the_query_string_is_normalised_but_kept(self):
        url = reverse("cases:list")
        self.client.get(url, {"kind": "hospital", "year": "2021"})
        with self.assertNumQueries(1):
            self.client.get(f"{url}?year=2021&kind=hospital")
        with self.assertNumQueries(1):
            self.client.head(f"{url}?year=2021&kind=hospital")
        filtered = self.client.get(url, {"q": "港湾"})
        self.assertEqual(list(filtered.context["cases"]), [self.case])  # another query string renders afresh

    def test_a_published_change_shows_at_once(self):
        url = self.case.get_absolute_url()
        self.assertContains(self.client.get(url), "老年人就医温馨港湾")
        self.assertContains(self.client.get(reverse("cases:list")), "老年人就医温馨港湾")
        self.case.title = "改过的标题"
        self.case.save()
        self.assertContains(self.client.get(url), "改过的标题")
        self.assertContains(self.client.get(reverse("cases:list")), "改过的标题")
        self.hospital.name = "改过名的医院"
        self.hospital.save()
        self.assertContains(self.client.get(url), "改过名的医院")

    def test_unpublished_cases_never_leak(self):
        self.assertEqual(self.client.get(self.draft.get_absolute_url()).status_code, 404)
        self.client.force_login(self.reviewer)
        preview = self.client.get(reverse("cases:preview", args=[self.draft.pk]))
        self.assertContains(preview, "还没审核的草稿")
        self.client.logout()
        self.assertEqual(self.client.get(reverse("cases:preview", args=[self.draft.pk])).status_code, 302)
        self.assertEqual(self.client.get(self.draft.get_absolute_url()).status_code, 404)
        self.assertNotContains(self.client.get(reverse("cases:list")), "还没审核的草稿")

        url = self.case.get_absolute_url()
        self.assertEqual(self.client.get(url).status_code, 200)  # now cached
        workflow.unpublish(case=self.case, user=self.reviewer, reason="核实中")
        self.assertEqual(self.client.get(url).status_code, 404)
        self.assertNotContains(self.client.get(reverse("cases:list")), "老年人就医温馨港湾")

    def test_editors_always_get_fresh_pages_and_leave_none_behind(self):
        url = self.case.get_absolute_url()
        self.client.get(url)  # cached for readers
        editor = self.client_class()
        editor.force_login(self.reviewer)
        for _ in range(2):
            self.assertIsNotNone(editor.get(url).context, "an editor was served a cached page")
        editor.get(reverse("institutions:list"))
        self.assertIsNotNone(self.client.get(reverse("institutions:list")).context, "a reader got the editor's page")
        self.assertIsNone(self.client.get(reverse("institutions:list")).context)  # the reader's own is kept

    @override_settings(ROOT_URLCONF=__name__)
    def test_a_page_with_a_csrf_token_is_never_served_to_another_visitor(self):
        calls.clear()
        first = self.client_class().get("/form/")
        second = self.client_class().get("/form/")
        self.assertEqual(len(calls), 2)
        self.assertIn("csrftoken", first.cookies)
        self.assertNotEqual(first.cookies["csrftoken"].value, second.cookies["csrftoken"].value)

    @override_settings(PAGE_CACHE=False)
    def test_off_when_turned_off(self):
        self.client.get(reverse("cases:list"))
        self.assertIsNotNone(self.client.get(reverse("cases:list")).context)

    def test_responses_that_set_cookies_or_are_private_are_not_stored(self):
        self.client.get(reverse("healthz"))  # never_cache
        with self.assertNumQueries(1):
            self.client.get(reverse("healthz"))


def worker(name):
    """A worker process of its own: its own local-memory cache, the one database shared by all."""
    return override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"worker-{name}"}}
    )


@override_settings(PAGE_CACHE=True)
class TwoWorkersTests(TestCase):
    """Two workers, each with its own local-memory cache (no Redis): a change made through one shows
    at once on the next request to the other."""

    @classmethod
    def setUpTestData(cls):
        cls.reviewer = get_user_model().objects.create_user("shenhe", password="pw", is_staff=True)
        cls.reviewer.groups.set(Group.objects.filter(name=REVIEWER))
        cls.page = f.make_showcase(publication=f.make_publication("华西都市报"))
        cls.hospital = f.make_institution("成都市双流区第二人民医院")
        cls.case = f.make_case(cls.page, "老年人就医温馨港湾", institution=cls.hospital)
        cls.draft = f.make_case(cls.page, "还没审核的草稿", institution=cls.hospital, status=Case.Status.REVIEW)

    def setUp(self):
        for name in ("a", "b"):
            with worker(name):
                from django.core.cache import cache

                cache.clear()
        self.pages = [reverse("home"), reverse("cases:list"), self.case.get_absolute_url(), self.page.get_absolute_url(),
                      self.hospital.get_absolute_url(), "/sitemap.xml"]

    def read_everywhere(self):
        """Every page read twice through each worker, so that both hold it in their caches."""
        for name in ("a", "b"):
            with worker(name):
                for url in self.pages:
                    self.client.get(url)
                    self.assertIsNone(self.client.get(url).context, f"{url} was not cached by worker {name}")

    def test_unpublishing_through_one_worker_shows_at_once_on_the_other(self):
        self.read_everywhere()
        with worker("b"):
            workflow.unpublish(case=self.case, user=self.reviewer, reason="核实中")
        with worker("a"):
            self.assertEqual(self.client.get(self.case.get_absolute_url()).status_code, 404)
            self.assertNotContains(self.client.get(reverse("cases:list")), "老年人就医温馨港湾")
            self.assertNotContains(self.client.get(self.hospital.get_absolute_url()), "老年人就医温馨港湾")

    def test_publishing_through_one_worker_shows_at_once_on_the_other(self):
        self.read_everywhere()
        self.assertEqual(self.client.get(self.draft.get_absolute_url()).status_code, 404)
        with worker("a"):
            workflow.publish(case=self.draft, user=self.reviewer)
        with worker("b"):
            self.assertEqual(self.client.get(self.draft.get_absolute_url()).status_code, 200)
            self.assertContains(self.client.get(reverse("cases:list")), "还没审核的草稿")
            self.assertContains(self.client.get(self.page.get_absolute_url()), "还没审核的草稿")

    def test_an_edit_through_one_worker_shows_at_once_on_the_other(self):
        self.read_everywhere()
        with worker("a"):
            self.case.title = "改过的标题"
            self.case.save()
            self.hospital.name = "改过名的医院"
            self.hospital.save()
        with worker("b"):
            for url in self.pages[:-1]:
                with self.subTest(url=url):
                    page = self.client.get(url)
                    self.assertContains(page, "改过的标题")
                    self.assertNotContains(page, "老年人就医温馨港湾")
            self.assertContains(self.client.get(self.case.get_absolute_url()), "改过名的医院")

    def test_a_change_rolled_back_leaves_both_workers_as_they_were(self):
        from django.db import transaction

        self.read_everywhere()

        class Abandoned(Exception):
            pass

        with worker("a"), self.assertRaises(Abandoned), transaction.atomic():
            self.case.title = "没有保存的标题"
            self.case.save()
            raise Abandoned
        with worker("b"):
            self.assertContains(self.client.get(self.case.get_absolute_url()), "老年人就医温馨港湾")
