"""What a reader sees of a case: the byline once, a citation that reads right with what is known
and never shows a file path, captions without pictures as text; editors see plain numbers."""

import re

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from cases.models import Publication

from . import factories as f


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


class CaseReadingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.paper = f.make_publication("华西都市报", kind=Publication.Kind.NEWSPAPER)
        cls.page = f.make_showcase("展播", publication=cls.paper, source_file="fixtures/articles/000_secret.txt")
        cls.institution = f.make_institution("成都市青羊区人民医院")

    def test_a_byline_that_names_the_role_is_not_doubled(self):
        for byline, printed in (("记者 张三", "记者 张三"), ("本报记者 张三", "本报记者 张三"), ("张三", "本报记者 张三"),
                                ("通讯员 李四", "通讯员 李四")):
            with self.subTest(byline=byline):
                case = f.make_case(self.page, institution=self.institution, byline=byline)
                text = text_of(self.client.get(case.get_absolute_url()))
                self.assertIn(printed, text)
                self.assertNotIn("记者 记者", text)
                self.assertNotIn("本报记者 本报记者", text)

    def test_the_citation_never_shows_the_source_file(self):
        case = f.make_case(self.page, "家门口的健康守护", institution=self.institution, byline="张三")
        response = self.client.get(case.get_absolute_url())
        self.assertNotContains(response, "000_secret")
        self.assertNotContains(response, "来源文件")
        self.assertIn("成都市青羊区人民医院：家门口的健康守护[N]. 华西都市报, 2021-06-23. 作者：张三.", text_of(response))

    def test_the_citation_reads_right_without_paper_or_date(self):
        bare = f.make_showcase("网络专栏", publication=None, published_on=None)
        case = f.make_case(bare, "家门口的健康守护", institution=self.institution, byline="张三")
        text = text_of(self.client.get(case.get_absolute_url()))
        self.assertIn("成都市青羊区人民医院：家门口的健康守护[N]. 作者：张三.", text)
        self.assertNotIn(". .", text)
        alone = f.make_case(bare, "没有作者的案例", institution=None)
        self.assertEqual(alone.citation(), "没有作者的案例[N].")

    def test_a_caption_without_its_picture_is_text_not_a_photo(self):
        case = f.make_case(self.page, institution=self.institution)
        f.make_photo(case, "医护人员为老人测量血压。")
        response = self.client.get(case.get_absolute_url())
        self.assertContains(response, "医护人员为老人测量血压。")
        self.assertContains(response, "原版面配图（图片未收录）")
        self.assertNotContains(response, '<figure class="photo">', html=False)


class MetricFormTests(TestCase):
    def test_metric_values_are_shown_without_trailing_zeros_in_the_case_form(self):
        admin = get_user_model().objects.create_superuser("admin", "a@example.com", "pw")
        case = f.make_case(f.make_showcase(), institution=f.make_institution())
        f.make_metric(case, "党员", "86", "名")
        f.make_metric(case, "满意度", "98.5", "%", order=1)
        self.client.force_login(admin)
        response = self.client.get(reverse("admin:cases_case_change", args=[case.pk]))
        self.assertContains(response, 'name="metrics-0-value" value="86"', html=False)
        self.assertContains(response, 'name="metrics-1-value" value="98.5"', html=False)
        self.assertNotContains(response, "86.0000")
