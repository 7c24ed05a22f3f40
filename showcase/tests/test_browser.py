"""A reader's journey in a real browser, at desktop and phone widths, with screenshots to look at."""

from io import StringIO

from django.core.management import call_command

from selenium.webdriver.common.by import By

from cases.models import Case

from .browser import DESKTOP, PHONE, BrowserTestCase


class ReaderJourneyTests(BrowserTestCase):
    def setUp(self):
        call_command("load_articles", "--publish", stdout=StringIO(), stderr=StringIO())

    def find(self, css):
        return self.browser.find_element(By.CSS_SELECTOR, css)

    def journey(self, size, name):
        self.set_size(*size)

        self.open("/")
        self.assertIn("党建案例展播", self.browser.title)
        self.assertEqual(self.find(".figures li .figure-number").text, str(Case.objects.published().count()))
        self.screenshot(f"{name}-1-home")

        self.find(".showcase-card-title a").click()
        self.wait_until(lambda browser: "/showcases/" in browser.current_url)
        self.assertTrue(self.find(".page-index").is_displayed())
        self.screenshot(f"{name}-2-showcase")

        story = self.find(".page-story .story-title a")
        expected = story.text
        story.click()
        self.wait_until(lambda browser: "/cases/" in browser.current_url)
        title = self.find("h1.page-title").text
        self.assertEqual(title, expected)
        self.assertTrue(title)
        tools = self.find("[data-reader-tools]")
        self.assertTrue(tools.is_displayed(), "JavaScript shows the reader tools")
        self.screenshot(f"{name}-3-case")

        # font size: large, remembered on the next page
        before = self.browser.execute_script("return parseFloat(getComputedStyle(document.documentElement).fontSize)")
        self.find('button[data-font-size="large"]').click()
        after = self.browser.execute_script("return parseFloat(getComputedStyle(document.documentElement).fontSize)")
        self.assertGreater(after, before)
        self.assertEqual(self.find('button[data-font-size="large"]').get_attribute("aria-pressed"), "true")

        # back to a filtered list: a facet link, then a two-character search
        self.open("/cases/?q=疫苗")
        cards = self.browser.find_elements(By.CSS_SELECTOR, ".case-card")
        self.assertGreater(len(cards), 0)
        self.assertTrue(self.browser.find_elements(By.CSS_SELECTOR, ".case-card mark"))
        remembered = self.browser.execute_script("return document.documentElement.getAttribute('data-font-size')")
        self.assertEqual(remembered, "large")
        self.find('.facet a[href*="kind="]').click()
        self.wait_until(lambda browser: "kind=" in browser.current_url)
        self.assertTrue(self.browser.find_elements(By.CSS_SELECTOR, ".chips .chip"))
        self.screenshot(f"{name}-4-filtered-list")

        self.browser.execute_script("localStorage.clear()")  # the next journey starts at the default size

        # nothing on any page of the journey is wider than the window
        overflow = self.browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        self.assertLessEqual(overflow, 0)

    def test_desktop_journey(self):
        self.journey(DESKTOP, "desktop")

    def test_phone_journey(self):
        self.journey(PHONE, "phone")
