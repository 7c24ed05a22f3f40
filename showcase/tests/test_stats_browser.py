"""/stats/, its map and /compare/ in a real browser at desktop and phone widths (screenshots to look at)."""

from io import StringIO

from django.core.management import call_command
from selenium.webdriver.common.by import By

from .browser import DESKTOP, PHONE, BrowserTestCase


class StatsInBrowserTests(BrowserTestCase):
    def setUp(self):
        call_command("load_articles", "--publish", stdout=StringIO(), stderr=StringIO())

    def test_stats_map_and_compare_at_both_widths(self):
        for size, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
            with self.subTest(name):
                self.set_size(*size)
                self.open("/stats/")
                self.assertIn("数据统计", self.browser.title)
                provinces = self.browser.find_elements(By.CSS_SELECTOR, ".china-map path.province")
                self.assertEqual(len(provinces), 34)
                shaded = self.browser.find_elements(By.CSS_SELECTOR, ".china-map a path.has-cases")
                self.assertEqual(len(shaded), 6)
                width = self.browser.execute_script("return document.documentElement.scrollWidth")
                self.assertLessEqual(width, size[0], "nothing wider than the window")
                self.screenshot(f"stats-{name}")
                self.browser.execute_script("document.querySelector('.china-map').scrollIntoView()")
                self.screenshot(f"stats-map-{name}", full_page=False)

                self.open("/compare/?metric=党员")
                rows = self.browser.find_elements(By.CSS_SELECTOR, ".compare-table tbody tr")
                self.assertEqual(len(rows), 4)
                width = self.browser.execute_script("return document.documentElement.scrollWidth")
                self.assertLessEqual(width, size[0])
                self.screenshot(f"compare-{name}")


class CityFollowsProvinceInBrowserTests(BrowserTestCase):
    def setUp(self):
        call_command("load_articles", "--publish", stdout=StringIO(), stderr=StringIO())

    def test_choosing_a_province_narrows_the_cities_at_once_and_submits_no_empty_fields(self):
        from selenium.webdriver.support.ui import Select

        self.set_size(*DESKTOP)
        self.open("/cases/")
        self.browser.find_element(By.CSS_SELECTOR, ".filters-more summary").click()
        Select(self.browser.find_element(By.NAME, "province")).select_by_visible_text("四川省")
        # the page listed no province's cities: choosing one asks the server for that province's
        self.wait_until(lambda browser: "province=" in browser.current_url)
        options = Select(self.browser.find_element(By.NAME, "city")).options
        shown = [o.get_attribute("textContent") for o in options if not o.get_property("hidden")]
        self.assertEqual(shown, ["全部城市", "四川省成都市"])
        from urllib.parse import parse_qsl, urlsplit

        query = parse_qsl(urlsplit(self.browser.current_url).query, keep_blank_values=True)
        self.assertIn(("province", "si-chuan-sheng"), query)
        self.assertEqual([name for name, value in query if not value], [], self.browser.current_url)
        self.screenshot("cases-province-chosen", full_page=False)
