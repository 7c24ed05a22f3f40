"""Content-Security-Policy: the header is sent, and the reader pages and the admin load in a real
browser without a single violation (no inline script or style anywhere)."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from reversion.models import Version
from selenium.webdriver.common.by import By

from cases import workflow
from cases.models import Case, ImportWarning, Showcase
from cases.roles import REVIEWER
from institutions.models import Institution

from .browser import BrowserTestCase


class HeaderTests(TestCase):
    def test_every_page_says_its_policy(self):
        policy = self.client.get(reverse("home"))["Content-Security-Policy"]
        for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"):
            self.assertIn(directive, policy)
        self.assertNotIn("unsafe-inline", policy)
        self.assertIn("Content-Security-Policy", self.client.get(reverse("admin:login")))


class NoViolationsInABrowserTests(BrowserTestCase):
    def setUp(self):
        call_command("load_articles", "--publish", stdout=StringIO(), stderr=StringIO())
        call_command("setup_roles", stdout=StringIO())
        self.user = get_user_model().objects.create_user("shenhe", password="Hong-qi-2024!", is_staff=True)
        self.user.groups.add(Group.objects.get(name=REVIEWER))

    def visit(self, path):
        self.open(path)
        self.assertEqual(self.csp_violations(), [], path)

    def test_reader_pages_and_the_admin(self):
        case = Case.objects.published().first()
        for path in (
            "/", reverse("cases:list") + "?q=党员", case.get_absolute_url(), Showcase.objects.first().get_absolute_url(),
            reverse("institutions:list"), Institution.objects.first().get_absolute_url(), reverse("cases:archive"),
            reverse("cases:themes"), "/no-such-page/",
        ):
            with self.subTest(path=path):
                self.visit(path)

        self.open(reverse("admin:login"))
        self.browser.find_element(By.NAME, "username").send_keys("shenhe")
        self.browser.find_element(By.NAME, "password").send_keys("Hong-qi-2024!")
        self.browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
        self.wait_until(lambda browser: "/admin/login/" not in browser.current_url)
        self.assertEqual(self.csp_violations(), [])

        warned = Case.objects.filter(import_warnings__resolved_at=None).first() or case
        workflow.edit(case=case, user=self.user, write=lambda: Case.objects.filter(pk=case.pk).update(lead="改过的导语"))
        versions = Version.objects.get_for_object(case)
        for path in (
            reverse("admin:index"),
            reverse("admin:cases_case_changelist"),
            reverse("admin:cases_case_change", args=[warned.pk]),
            reverse("admin:cases_case_add"),
            reverse("admin:cases_case_history", args=[case.pk]),
            reverse("admin:cases_case_compare", args=[case.pk]) + f"?version_id1={versions[1].pk}&version_id2={versions[0].pk}",
            reverse("admin:cases_case_review"),
            reverse("admin:cases_case_pending", args=[case.pk]),
            reverse("admin:cases_showcase_change", args=[case.showcase_id]),
            reverse("admin:institutions_institution_changelist"),
        ):
            with self.subTest(path=path):
                self.visit(path)
        self.assertTrue(ImportWarning.objects.exists())

        # the review queue shows each warning's passage marked, scrolled into its source panel
        self.open(reverse("admin:cases_case_review"))
        marks = self.browser.execute_script(
            "return [...document.querySelectorAll('.review-source .source-text')].map(panel => {"
            "  const mark = panel.querySelector('mark'); if (!mark) return null;"
            "  const p = panel.getBoundingClientRect(), m = mark.getBoundingClientRect();"
            "  return m.top >= p.top && m.bottom <= p.bottom + 1; })"
        )
        self.assertTrue(marks and all(marks), marks)
        self.screenshot("admin-review-queue", full_page=False)
