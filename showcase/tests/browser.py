"""Real-browser tests: headless Debian Chromium driven by Selenium against a live test server.

The browser and its driver are the system packages (`make browser` installs them); Selenium is
pointed at /usr/bin/chromedriver so it never tries to download one. Screenshots go to
screenshots/ (ignored by git) so a person can look at what the tests saw.
"""

import shutil
import tempfile
import unittest
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.testing import StaticLiveServerTestCase

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOTS = Path(settings.BASE_DIR) / "screenshots"
DESKTOP = (1366, 900)
PHONE = (390, 844)


@unittest.skipUnless(CHROMIUM and CHROMEDRIVER, "Chromium 未安装：运行 make browser")
class BrowserTestCase(StaticLiveServerTestCase):
    """A live server plus one headless Chromium per test class."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        cls.profile = tempfile.mkdtemp(prefix="showcase-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--lang=zh-CN",
            f"--user-data-dir={cls.profile}",
            f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
        ):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # console messages, for CSP checks
        cls.browser = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        cls.browser.implicitly_wait(3)

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        shutil.rmtree(cls.profile, ignore_errors=True)
        super().tearDownClass()

    def open(self, path):
        self.browser.get(self.live_server_url + path)

    def wait_until(self, condition, timeout=10):
        """Wait for a page that a click started loading: condition(browser) must come true."""
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.browser, timeout).until(condition)

    def csp_violations(self):
        """Console messages since the last call that say the Content-Security-Policy refused something."""
        return [
            entry["message"]
            for entry in self.browser.get_log("browser")
            if "Content Security Policy" in entry["message"] or "Content-Security-Policy" in entry["message"]
        ]

    def set_size(self, width, height):
        self.browser.set_window_size(width, height)

    def screenshot(self, name, full_page=True):
        """Save screenshots/<name>.png; full_page stretches the window to the page's height first."""
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        if full_page:
            width = self.browser.get_window_size()["width"]
            height = self.browser.execute_script("return document.documentElement.scrollHeight")
            self.browser.set_window_size(width, min(max(height, 600), 6000))
        self.browser.save_screenshot(str(path))
        return path
