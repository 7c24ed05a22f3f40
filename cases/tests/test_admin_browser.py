"""An editor adds a case with one metric in the admin, in a real browser, in Chinese."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from cases.models import Case
from cases.roles import EDITOR
from showcase.tests.browser import BrowserTestCase

from . import factories as f


class AddCaseInBrowserTests(BrowserTestCase):
    def setUp(self):
        call_command("setup_roles", stdout=open(os.devnull, "w"))
        user = get_user_model().objects.create_user("bianji", password="Hong-qi-2024!", is_staff=True)
        user.groups.add(Group.objects.get(name=EDITOR))
        self.showcase = f.make_showcase("我为群众办实事 优秀案例展播")
        self.institution = f.make_institution("成都市青羊区人民医院")

    def test_add_a_case_with_one_metric(self):
        self.set_size(1366, 900)
        self.open("/admin/login/?next=/admin/cases/case/add/")
        self.browser.find_element(By.NAME, "username").send_keys("bianji")
        self.browser.find_element(By.NAME, "password").send_keys("Hong-qi-2024!")
        self.browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
        self.wait_until(lambda browser: "增加 案例" in browser.title)

        # showcase and institution are autocompletes (select2); the underlying selects take values
        for name, value in (("showcase", self.showcase.pk), ("institution", self.institution.pk)):
            self.browser.execute_script(
                "const s=document.getElementById(arguments[0]);"
                "s.add(new Option(arguments[2], arguments[1], true, true));"
                "s.dispatchEvent(new Event('change'));",
                f"id_{name}", str(value), "x",
            )
        self.browser.find_element(By.ID, "id_title").send_keys("家门口的健康守护")
        self.assertEqual(self.browser.find_element(By.ID, "id_order").get_attribute("value"), "")  # 留空则排在本版最后
        self.browser.find_element(By.ID, "id_order").send_keys("2")

        self.browser.find_element(By.CSS_SELECTOR, "#metrics-group .add-row a").click()
        self.browser.find_element(By.ID, "id_metrics-0-label").send_keys("家庭医生团队")
        self.browser.find_element(By.ID, "id_metrics-0-value").send_keys("12")
        self.browser.find_element(By.ID, "id_metrics-0-unit").send_keys("个")
        Select(self.browser.find_element(By.ID, "id_metrics-0-qualifier")).select_by_visible_text("余/多")
        self.browser.find_element(By.ID, "id_metrics-0-phrase").send_keys("组建家庭医生团队12余个")
        self.browser.find_element(By.CSS_SELECTOR, "#photos-group .add-row a").click()
        self.browser.find_element(By.ID, "id_photos-0-caption").send_keys("家庭医生上门服务")
        for group in ("metrics-group", "photos-group"):  # the inlines fit a 1366 px screen, no sideways scrolling
            widths = self.browser.execute_script(
                "const g=document.getElementById(arguments[0]); const t=g.querySelector('table');"
                "return [t.getBoundingClientRect().right, document.documentElement.clientWidth, g.querySelector('.tabular').scrollWidth, g.querySelector('.tabular').clientWidth];",
                group,
            )
            self.assertLessEqual(widths[0], widths[1], (group, widths))
            self.assertLessEqual(widths[2], widths[3], (group, widths))
        self.screenshot("admin-add-case", full_page=True)

        self.browser.find_element(By.NAME, "_save").click()
        self.wait_until(lambda browser: browser.current_url.endswith("/admin/cases/case/"))
        self.assertIn("成功添加了 案例“家门口的健康守护”", self.browser.find_element(By.CSS_SELECTOR, ".messagelist").text)
        case = Case.objects.get(title="家门口的健康守护")
        self.assertEqual(case.status, Case.Status.DRAFT)
        metric = case.metrics.get()
        self.assertEqual((metric.label, metric.display_value), ("家庭医生团队", "12余个"))
        self.screenshot("admin-case-list", full_page=False)
