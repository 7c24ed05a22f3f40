"""Whole articles the loader was not built on, one per shape, written for these tests.

Each file is read as an operator would load it (bytes in, any encoding); the assertions are
what a careful editor reads out of it. The files are in cases/tests/articles/.
"""

from decimal import Decimal
from pathlib import Path

from django.test import SimpleTestCase

from cases.loader import read_article

ARTICLES = Path(__file__).resolve().parent / "articles"


def read(name):
    return read_article((ARTICLES / name).read_bytes())


def figures(case):
    return {(m.label, m.value, m.unit, m.qualifier) for m in case.metrics}


class UnseenColumnPageTests(SimpleTestCase):
    """A special-column page: two institutions, “机构：标题” headings, a subtitle with its series number."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.article = read("column_changsha_foshan.txt")

    def test_page(self):
        show = self.article.showcase
        self.assertEqual((show.kicker, show.title), ("健康湖南 基层行", "党建引领 守护群众健康"))
        self.assertEqual((show.subtitle, show.series_number), ("“我为群众办实事”实践活动巡礼（三）", "三"))
        self.assertEqual(len(self.article.cases), 2)

    def test_community_health_center(self):
        case = self.article.cases[0]
        self.assertEqual(case.title, "小网格撑起健康大服务")
        institution = case.institution
        self.assertEqual((institution.name, institution.kind), ("长沙市岳麓区望城坡街道社区卫生服务中心", "community_health_center"))
        self.assertEqual((institution.region.province, institution.region.city, institution.region.district), ("湖南省", "长沙市", "岳麓区"))
        self.assertEqual((institution.founded, institution.aliases), ("1958", [("岳麓区第二人民医院", "additional")]))
        org = case.party_organizations[0]
        self.assertEqual((org.level, org.members, org.units), ("党支部", 42, {"党小组": 3}))
        self.assertEqual([(p.name, p.role) for p in case.people], [("刘建华", "中心主任")])
        self.assertEqual(case.captions, ["家庭医生为老人上门测血压"])
        self.assertIn("网格化管理", case.themes)
        self.assertLessEqual(
            {
                ("签约居民", 32000, "人", "exact"),
                ("义诊活动", 120, "场", "more_than"),
                ("服务群众", 2000, "户", "about"),
                ("居民满意度", Decimal("98.6"), "%", "exact"),
            },
            figures(case),
        )
        waiting = next(m for m in case.metrics if m.unit == "分钟")
        self.assertEqual((waiting.value, waiting.previous_value), (15, 40))
        # the founding year and the 加挂 name's ordinal are not figures
        self.assertFalse(any(m.value in (1958, 2019, 2) and m.unit in ("年", "人") for m in case.metrics))

    def test_hospital(self):
        case = self.article.cases[1]
        self.assertEqual((case.institution.name, case.institution.grade), ("佛山市南海区人民医院", "三级甲等"))
        org = case.party_organizations[0]
        self.assertEqual((org.level, org.members, org.secretary), ("党委", 860, "陈志强"))
        self.assertEqual(org.units, {"党总支": 12, "党支部": 65})
        self.assertEqual((case.byline, case.credits), ("王晓 李青", "医院供图"))
        self.assertIn("五心工程", case.brands)
        self.assertLessEqual({("健康讲座", 200, "场", "at_least"), ("服务患者", 35000, "人次", "exact")}, figures(case))
        for metric in case.metrics:  # the hotline, the house number and the 24-hour service are not figures
            self.assertNotIn(metric.unit, ("小时", "号"))
            self.assertLess(metric.value, 100000)


class UnseenEpaperPageTests(SimpleTestCase):
    """An e-paper page in UTF-8 with BOM and CRLF: navigation, a 本报讯 dateline, a caption inside a paragraph."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.article = read("epaper_shouguang.txt")

    def test_page_metadata(self):
        show = self.article.showcase
        self.assertEqual(self.article.encoding, "utf-8-sig")
        self.assertEqual((show.publication, show.date, show.edition), ("寿光日报", "2023-09-12", "第A03版:民生"))

    def test_case(self):
        (case,) = self.article.cases
        self.assertEqual((case.title, case.institution.name), ("党建领航 让群众看病更舒心", "寿光市人民医院"))
        region = case.institution.region
        self.assertEqual((region.province, region.city, region.district), ("山东省", "潍坊市", "寿光市"))
        self.assertEqual((case.institution.grade, case.institution.founded), ("三级乙等", "1948"))
        self.assertEqual(case.byline, "孙丽 王强")
        self.assertEqual(case.captions, ["医院党员志愿者在门诊大厅引导患者", "医护人员为群众义诊"])
        self.assertEqual([s.heading for s in case.sections], ["", "一站式服务解难题", "党员先锋当表率"])
        body = case.body_text
        self.assertIn("开展免费体检，受到群众普遍欢迎", body)  # joined around the caption
        for noise in ("上一版", "寿光推进医养结合", "版权所有", "邮编", "本报讯"):
            self.assertNotIn(noise, body)
        self.assertLessEqual(
            {("日均服务患者", 3000, "人次", "more_than"), ("党员", 520, "名", "exact"), ("服务岗位", 86, "个", "exact")},
            figures(case),
        )


class UnseenPortalArticleTests(SimpleTestCase):
    """A portal article in GB18030 whose title names only a place: the report opens with its institution."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.article = read("portal_sanjiang_gb18030.txt")

    def test_page_metadata(self):
        show = self.article.showcase
        self.assertEqual(self.article.encoding, "gb18030")
        self.assertEqual((show.publication, show.channel, show.date, show.time), ("新华网", "广西频道", "2024-03-20", "09:45"))
        self.assertEqual((show.author, show.editors), ("韦丽华", ["覃明", "李娟"]))

    def test_case(self):
        (case,) = self.article.cases
        institution = case.institution
        self.assertEqual((institution.name, institution.kind), ("三江侗族自治县古宜镇中心卫生院", "township_health_center"))
        self.assertEqual((institution.region.province, institution.region.district), ("广西壮族自治区", "三江侗族自治县"))
        org = case.party_organizations[0]
        self.assertEqual((org.name, org.members, org.secretary), ("三江侗族自治县古宜镇中心卫生院党支部", 26, "杨秀芬"))
        self.assertLessEqual(
            {
                ("党员", 26, "名", "exact"),
                ("上门服务", 2300, "次", "more_than"),
                ("联系群众", 16000, "户", "more_than"),
            },
            figures(case),
        )
        satisfaction = next(m for m in case.metrics if m.unit == "%")
        self.assertEqual((satisfaction.value, satisfaction.previous_value), (97, 85))
        self.assertFalse(any(m.unit == "岁" or m.value == 68 for m in case.metrics))
        for noise in ("返回顶部", "分享", "小字号", "韦丽华"):
            self.assertNotIn(noise, case.body_text)


class UnseenContinuedColumnTests(SimpleTestCase):
    """“机构：标题” cases at ## with ### sections, contributor lines, and a case continued on the next page."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.article = read("column_continued_across_pages.txt")

    def test_page_and_cases(self):
        show = self.article.showcase
        self.assertEqual((show.column, show.title, show.pages), ("喜迎二十大 奋进新征程", "党建引领基层治理 优秀案例选登", "A3-A4"))
        names = [(c.institution.name, c.institution.kind, c.contributor) for c in self.article.cases]
        self.assertEqual(
            names,
            [
                ("山东省寿光市圣城街道卫生院", "township_health_center", "中共寿光市委组织部"),
                ("湖南省长沙市岳麓区观沙岭街道茶子山社区", "community", "中共岳麓区委组织部"),
            ],
        )

    def test_the_continued_sentence_goes_back_to_its_case(self):
        first, second = self.article.cases
        self.assertIn("团队已上门服务老年人2000余人次，开展健康讲座不少于40场", first.body_text)
        self.assertNotIn("2000余人次", second.body_text)
        self.assertEqual(first.warnings, [])
        self.assertLessEqual({("上门服务老年人", 2000, "人次", "more_than"), ("群众满意度", 95, "%", "at_least")}, figures(first))

    def test_institution_facts(self):
        first, second = self.article.cases
        self.assertEqual((first.institution.grade, first.institution.founded), ("二级乙等", "1958"))
        self.assertEqual(first.institution.aliases, [("寿光市第五人民医院", "additional")])
        org = second.party_organizations[0]
        self.assertEqual((org.level, org.members, org.units, org.secretary), ("党委", 312, {"党支部": 6}, "李红梅"))
        satisfaction = next(m for m in second.metrics if m.unit == "%")
        self.assertEqual((satisfaction.value, satisfaction.previous_value), (96, 72))
