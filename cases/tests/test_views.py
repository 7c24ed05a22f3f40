"""The public pages of cases and showcases, and the home page: content, filters, 404s, query counts."""

import re
from datetime import date

from django.test import TestCase
from django.urls import reverse
from django.utils.html import strip_tags

from cases.models import Case, Metric
from institutions.models import InstitutionKind, PartyOrganization

from . import factories as f


def page_text(response):
    """What a reader sees: the page without tags, whitespace collapsed."""
    return re.sub(r"\s+", " ", strip_tags(response.content.decode()))


class SiteData:
    """Two provinces, two papers, three published cases, and drafts that must never show."""

    @classmethod
    def setUpTestData(cls):
        cls.sichuan, cls.chengdu, cls.shuangliu = f.make_region_chain("四川省", "成都市", "双流区", "510116")
        cls.chongqing = f.make_region("重庆市", code="500000")
        cls.dazu = f.make_region("大足区", level="district", parent=cls.chongqing, code="500111")

        cls.huaxi = f.make_publication("华西都市报")
        cls.cqdaily = f.make_publication("重庆日报")
        cls.elderly = f.make_theme("老年友善")
        cls.grid = f.make_theme("网格化管理")

        cls.hospital = f.make_institution("成都市双流区第二人民医院", region=cls.shuangliu)
        cls.committee = f.make_party_organization(
            cls.hospital, "成都市双流区第二人民医院党委", member_count=126, branch_count=12, secretary="张明"
        )
        cls.center = f.make_institution(
            "成都市安靖街道社区卫生服务中心", kind=InstitutionKind.COMMUNITY_HEALTH_CENTER, region=cls.chengdu
        )
        cls.dazu_hospital = f.make_institution("重庆市大足区人民医院", region=cls.dazu)

        cls.chengdu_page = f.make_showcase(
            "我为群众办实事 优秀案例展播",
            publication=cls.huaxi,
            published_on=date(2022, 4, 2),
            kicker="党建引领成都基层医疗卫生服务论坛暨",
            guided_by="成都市卫生健康委员会",
            hosted_by="四川日报报业集团·华西社区传媒",
        )
        cls.elder_case = f.make_full_case(
            cls.chengdu_page, institution=cls.hospital, title="聚焦难点 打造老年人就医温馨港湾", themes=[cls.elderly]
        )
        cls.grid_case = f.make_case(
            cls.chengdu_page,
            "党员网格化管理 让社区居民幸福满格",
            institution=cls.center,
            themes=[cls.grid],
            sections=[("盘活党建一张网", "中心划分18个网格，组建家庭医生团队。")],
        )
        cls.draft = f.make_case(cls.chengdu_page, "尚未发布的草稿案例", institution=cls.center, status=Case.Status.DRAFT)

        cls.chongqing_page = f.make_showcase(
            "党旗高高飘扬 健康守护百姓",
            publication=cls.cqdaily,
            published_on=date(2021, 6, 23),
            kicker="百年伟业 精彩巴渝",
            edition="第015版:重庆新闻",
        )
        cls.dazu_case = f.make_case(cls.chongqing_page, "红色引擎激活发展动能", institution=cls.dazu_hospital)

        cls.draft_page = f.make_showcase("只有草稿的版面", publication=cls.cqdaily)
        cls.review = f.make_case(cls.draft_page, "待审核的案例", status=Case.Status.REVIEW)


class HomePageTests(SiteData, TestCase):
    def test_lists_showcases_newest_first_with_their_published_cases(self):
        response = self.client.get(reverse("home"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="zh-Hans">')
        self.assertContains(response, "党建案例展播")
        text = page_text(response)
        self.assertLess(text.index(self.chengdu_page.title), text.index(self.chongqing_page.title))
        self.assertContains(response, self.chengdu_page.kicker)
        self.assertContains(response, "《重庆日报》")
        self.assertContains(response, "2021年06月23日")
        self.assertContains(response, f'href="{self.elder_case.get_absolute_url()}"')
        self.assertContains(response, self.dazu_case.title)

    def test_pages_without_a_date_come_last_on_every_database(self):
        undated = f.make_showcase("没有日期的版面", published_on=None)
        f.make_case(undated, "没有日期的案例", institution=self.hospital)
        self.assertEqual(list(self.client.get(reverse("home")).context["showcases"])[-1], undated)
        self.assertEqual(list(self.client.get(reverse("cases:list")).context["cases"])[-1].showcase, undated)

    def test_hides_drafts_and_showcases_without_published_cases(self):
        response = self.client.get(reverse("home"))
        self.assertNotContains(response, self.draft.title)
        self.assertNotContains(response, self.draft_page.title)


class ShowcasePageTests(SiteData, TestCase):
    def test_shows_the_page_as_printed(self):
        response = self.client.get(self.chongqing_page.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        self.assertIn("《重庆日报》 2021年06月23日 第015版:重庆新闻", page_text(response))
        self.assertContains(response, "百年伟业 精彩巴渝")
        self.assertContains(response, self.dazu_case.title)

    def test_shows_cases_in_order_with_their_body(self):
        response = self.client.get(self.chengdu_page.get_absolute_url())
        text = page_text(response)
        self.assertIn("本版标题", text)
        self.assertIn("指导单位成都市卫生健康委员会", text)
        self.assertIn("主办单位四川日报报业集团·华西社区传媒", text)
        self.assertLess(text.index(self.elder_case.title), text.index(self.grid_case.title))
        self.assertContains(response, "抓落实 建设老年友善医疗机构")
        self.assertContains(response, "<p>第一段。</p><p>第二段。</p>", html=False)
        self.assertContains(response, "医护人员为老人测量血压。")
        self.assertContains(response, "本报记者 李思佳")
        self.assertContains(response, self.hospital.name)
        self.assertNotContains(response, self.draft.title)

    def test_unknown_slug_and_page_of_drafts_are_404(self):
        self.assertEqual(self.client.get(reverse("cases:showcase", args=["no-such-page"])).status_code, 404)
        self.assertEqual(self.client.get(self.draft_page.get_absolute_url()).status_code, 404)


class CaseDetailTests(SiteData, TestCase):
    def test_shows_the_case_with_metrics_as_printed(self):
        response = self.client.get(self.elder_case.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        text = page_text(response)
        self.assertIn(self.elder_case.title, text)
        self.assertIn("100余件", text)
        self.assertIn("90%以上", text)
        self.assertContains(response, "原文：推出100余件便民举措")
        self.assertContains(response, 'tabindex="0" aria-describedby="metric-phrase-1"')
        self.assertIn("便民举措", text)
        self.assertIn("2022年04月02日 来源：《华西都市报》", text)
        self.assertIn("导语：医院坚持党建引领。", text)
        self.assertIn("院长秦涛", text.replace(" ", ""))
        self.assertIn("成都市双流区第二人民医院党委党员 126 名", text)
        self.assertContains(response, f'href="{self.elderly.get_absolute_url()}"')
        self.assertContains(response, f'href="{self.chengdu_page.get_absolute_url()}#case-{self.elder_case.pk}"')
        self.assertContains(response, f'href="{self.hospital.get_absolute_url()}"')
        breadcrumb = response.content.decode().split('aria-label="当前位置"')[1].split("</nav>")[0]
        self.assertIn(f'href="{self.chengdu_page.get_absolute_url()}"', breadcrumb)
        self.assertIn(f'href="{self.hospital.get_absolute_url()}"', breadcrumb)

    def test_story_navigation_related_reading_and_citation(self):
        response = self.client.get(self.elder_case.get_absolute_url())
        self.assertEqual(response.context["next_case"], self.grid_case)  # the draft between is skipped
        self.assertFalse(response.context["previous_case"])
        self.assertContains(response, "本篇是版面第一篇")
        self.assertContains(response, f'rel="next" href="{self.grid_case.get_absolute_url()}"')
        back = self.client.get(self.grid_case.get_absolute_url())
        self.assertContains(back, f'rel="prev" href="{self.elder_case.get_absolute_url()}"')

        related = f.make_case(self.chongqing_page, "同一主题的另一个案例", institution=self.dazu_hospital, themes=[self.elderly])
        response = self.client.get(self.elder_case.get_absolute_url())
        self.assertIn(related, response.context["related"])  # shares a theme
        self.assertIn(self.grid_case, response.context["related"])  # the same city
        self.assertNotIn(self.draft, response.context["related"])
        text = page_text(response)
        self.assertIn("延伸阅读", text)
        self.assertIn("成都市双流区第二人民医院：聚焦难点 打造老年人就医温馨港湾[N]. 华西都市报, 2022-04-02.", text)

    def test_reader_tools_need_javascript_and_the_page_describes_itself(self):
        response = self.client.get(self.elder_case.get_absolute_url())
        self.assertContains(response, '<div class="reader-tools" data-reader-tools hidden>', html=False)
        self.assertContains(response, 'data-font-size="large"')
        self.assertContains(response, '<meta property="og:type" content="article">', html=False)
        self.assertContains(response, f'<meta property="og:title" content="{self.elder_case.title}">', html=False)
        self.assertContains(response, f'<link rel="canonical" href="http://testserver{self.elder_case.get_absolute_url()}">', html=False)

    def test_qualifier_about_is_printed_before_the_number(self):
        f.make_metric(self.dazu_case, "志愿者", "30", "人", qualifier=Metric.Qualifier.ABOUT)
        self.assertIn("近30人", page_text(self.client.get(self.dazu_case.get_absolute_url())))

    def test_unpublished_and_unknown_cases_are_404(self):
        self.assertEqual(self.client.get(self.draft.get_absolute_url()).status_code, 404)
        self.assertEqual(self.client.get(self.review.get_absolute_url()).status_code, 404)
        self.assertEqual(self.client.get(reverse("cases:detail", args=[999999])).status_code, 404)


class CaseListTests(SiteData, TestCase):
    def titles(self, **params):
        response = self.client.get(reverse("cases:list"), params)
        self.assertEqual(response.status_code, 200)
        return {case.title for case in response.context["cases"]}

    def test_lists_published_cases_only(self):
        self.assertEqual(self.titles(), {self.elder_case.title, self.grid_case.title, self.dazu_case.title})

    def test_text_search_covers_body_title_and_institution(self):
        self.assertEqual(self.titles(q="家庭医生"), {self.grid_case.title})
        self.assertEqual(self.titles(q="温馨港湾"), {self.elder_case.title})
        self.assertEqual(self.titles(q="大足区人民医院"), {self.dazu_case.title})
        self.assertEqual(self.titles(q="成都 网格"), {self.grid_case.title})
        self.assertEqual(self.titles(q="草稿"), set())

    def test_region_covers_the_regions_below(self):
        self.assertEqual(self.titles(province=self.sichuan.slug), {self.elder_case.title, self.grid_case.title})
        self.assertEqual(self.titles(city=self.chengdu.slug), {self.elder_case.title, self.grid_case.title})
        self.assertEqual(self.titles(district=self.shuangliu.slug), {self.elder_case.title})
        self.assertEqual(self.titles(province=self.chongqing.slug), {self.dazu_case.title})
        # a region's search link is the list filtered at its level
        self.assertEqual(len(self.client.get(self.chengdu.get_search_url()).context["cases"]), 2)

    def test_kind_theme_publication_year(self):
        self.assertEqual(self.titles(kind="community_health_center"), {self.grid_case.title})
        self.assertEqual(self.titles(theme=self.elderly.slug), {self.elder_case.title})
        self.assertEqual(self.titles(publication=self.cqdaily.slug), {self.dazu_case.title})
        self.assertEqual(self.titles(year=2022), {self.elder_case.title, self.grid_case.title})
        self.assertEqual(self.titles(year=2021, kind="hospital"), {self.dazu_case.title})

    def test_form_shows_chinese_choices_and_keeps_the_selection(self):
        response = self.client.get(reverse("cases:list"), {"kind": "hospital"})
        self.assertContains(response, '<option value="hospital" selected>医院</option>', html=True)
        self.assertContains(response, "全部省份")
        self.assertContains(response, "2021年")

    def test_invalid_values_are_reported_and_ignored(self):
        response = self.client.get(
            reverse("cases:list"), {"year": "abc", "province": "nowhere", "kind": "nope", "theme": "zz", "publication": "x"}
        )
        self.assertEqual(response.status_code, 200)
        text = page_text(response)
        self.assertIn("以下筛选条件无法识别，已忽略", text)
        for shown in ("年份“abc”", "省份“nowhere”", "机构类型“nope”", "主题“zz”", "刊物“x”"):
            self.assertIn(shown, text)
        self.assertEqual(len(response.context["cases"]), 3)

    def test_the_valid_part_of_a_query_still_applies(self):
        response = self.client.get(reverse("cases:list"), {"year": "2021", "kind": "nope"})
        self.assertEqual([c.title for c in response.context["cases"]], [self.dazu_case.title])
        self.assertIn("机构类型“nope”", page_text(response))

    def test_malformed_page_number_does_not_fail(self):
        for page in ("abc", "999"):
            self.assertEqual(self.client.get(reverse("cases:list"), {"page": page}).status_code, 200)


class PaginationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.paper = f.make_publication("人民日报")
        other = f.make_publication("其他日报")
        page = f.make_showcase(publication=cls.paper, published_on=date(2020, 5, 1))
        for n in range(25):
            f.make_case(page, f"分页案例{n:02d}", order=n)
        f.make_case(f.make_showcase(publication=other, published_on=date(2020, 5, 1)), "别的报纸")

    def test_filters_are_kept_in_page_links(self):
        url = reverse("cases:list")
        response = self.client.get(url, {"publication": self.paper.slug, "year": "2020"})
        self.assertEqual(len(response.context["cases"]), 20)
        self.assertEqual(response.context["paginator"].count, 25)
        self.assertContains(response, f'href="?publication={self.paper.slug}&amp;year=2020&amp;page=2"')

        second = self.client.get(url, {"publication": self.paper.slug, "year": "2020", "page": "2"})
        self.assertEqual(len(second.context["cases"]), 5)
        self.assertContains(second, f'href="?publication={self.paper.slug}&amp;year=2020&amp;page=1"')
        self.assertNotContains(second, "别的报纸")


class EscapingTests(TestCase):
    def test_titles_are_escaped_everywhere(self):
        page = f.make_showcase("<b>版面</b>")
        case = f.make_case(page, "<script>alert(1)</script>", lead="<img src=x onerror=alert(1)>")
        for url in (reverse("home"), reverse("cases:list"), case.get_absolute_url(), page.get_absolute_url()):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            self.assertNotContains(response, "<script>alert(1)</script>")
            self.assertNotContains(response, "<img src=x")
            self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")


class QueryCountTests(TestCase):
    """Each page runs a fixed number of queries: measured with two cases, asserted again with many more."""

    @classmethod
    def setUpTestData(cls):
        _, _, district = f.make_region_chain()
        cls.region = district
        cls.paper = f.make_publication("华西都市报")
        cls.theme = f.make_theme("老年友善")
        cls.hospital = f.make_institution("测试医院", region=district)
        f.make_party_organization(cls.hospital, member_count=10)
        cls.page = f.make_showcase(publication=cls.paper)
        cls.case = f.make_full_case(cls.page, institution=cls.hospital, themes=[cls.theme])
        f.make_full_case(cls.page, institution=f.make_institution(region=district), themes=[cls.theme])

    def add_many_more(self):
        """More of everything a page might loop over: cases, showcases, institutions, child rows."""
        self.rounds = getattr(self, "rounds", 0) + 1
        _, city, district = f.make_region_chain(f"测试省{self.rounds}", "测试市", "测试区", f"{self.rounds:02d}0101")
        themes = [f.make_theme() for _ in range(3)]
        for region in (city, district, self.region):
            for _ in range(2):
                page = f.make_showcase(publication=f.make_publication())
                for _ in range(3):
                    institution = f.make_institution(region=region)
                    f.make_party_organization(institution)
                    f.make_full_case(page, institution=institution, themes=themes)
                f.make_full_case(page, institution=self.hospital, themes=themes)
        for n in range(3):
            f.make_full_case(self.page, institution=self.hospital, themes=themes)
            f.make_metric(self.case, f"指标{n}", "5", "个", order=n + 5)
            f.make_section(self.case, f"小标题{n}", "正文。", order=n + 5)
            f.make_photo(self.case, f"图片{n}", order=n + 5)
            f.make_person(self.case, f"人物{n}", order=n + 5)
            f.make_party_organization(self.hospital, f"第{self.rounds}-{n}党支部", level=PartyOrganization.Level.BRANCH)
        self.case.themes.add(*themes)

    def assert_fixed(self, url, expected, **params):
        for _ in range(2):
            with self.assertNumQueries(expected):
                response = self.client.get(url, params)
            self.assertEqual(response.status_code, 200)
            self.add_many_more()

    def test_home(self):
        self.assert_fixed(reverse("home"), 16)  # party members: stated totals, then organisations; the archive's sets (4)

    def test_case_list(self):
        self.assert_fixed(reverse("cases:list"), 10)  # the archive's sets: its order, then its facets' values (4)

    def test_case_list_with_every_filter(self):
        params = {"q": "案例", "district": self.region.slug, "kind": "hospital", "theme": self.theme.slug}
        params |= {"publication": self.paper.slug, "year": "2021", "category": "other", "ordering": "metrics"}
        # the archive's sets (4), then one per filter outside the facets (the search: the change log's ends, then the index or the cases written since)
        self.assert_fixed(reverse("cases:list"), 18, **params)

    def test_case_detail(self):
        self.assert_fixed(self.case.get_absolute_url(), 13)  # with its partners (共建单位), what compares, its region chain

    def test_showcase(self):
        self.assert_fixed(self.page.get_absolute_url(), 8)

    def test_archive(self):
        self.assert_fixed(reverse("cases:archive"), 3)  # the generation, pages per month, pages without a date

    def test_archive_month(self):
        day = self.page.published_on
        self.assert_fixed(reverse("cases:archive-month", args=[self.paper.slug, day.year, day.month]), 4)


class SearchTests(SiteData, TestCase):
    """Two-character Chinese terms, ranking of title and institution hits, safe highlighting."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.vaccine_body = f.make_case(
            cls.chongqing_page,
            "家门口的健康守护",
            institution=cls.dazu_hospital,
            sections=[("", "医院组建小分队进村入户开展疫苗接种，共接种<b>3000</b>剂次。")],
        )
        cls.vaccine_title = f.make_case(
            cls.chengdu_page, "疫苗接种小分队进村入户", institution=cls.center, sections=[("", "小分队走村串户。")]
        )

    def get(self, **params):
        return self.client.get(reverse("cases:list"), params)

    def test_two_character_terms_are_found(self):
        for term, expected in (
            ("疫苗", {self.vaccine_body, self.vaccine_title}),
            ("网格", {self.grid_case}),
            ("党员", {self.grid_case}),
            ("港湾", {self.elder_case}),
        ):
            with self.subTest(term=term):
                cases = set(self.get(q=term).context["cases"])
                self.assertEqual(cases, expected)

    def test_latin_letters_match_in_any_case(self):
        case = f.make_case(self.chengdu_page, "开通HPV疫苗在线预约", institution=self.center)
        self.assertIn(case, set(self.get(q="hpv").context["cases"]))
        self.assertIn(case, set(self.get(q="Hpv 预约").context["cases"]))

    def test_title_hits_rank_above_body_hits(self):
        cases = list(self.get(q="疫苗").context["cases"])
        self.assertEqual(cases, [self.vaccine_title, self.vaccine_body])
        # the reader may still ask for newest first
        cases = list(self.get(q="疫苗", ordering="newest").context["cases"])
        self.assertEqual(cases[0], self.vaccine_title)  # 2022 before 2021
        self.assertEqual(list(self.get(q="疫苗 接种", ordering="newest").context["cases"])[-1], self.vaccine_body)

    def test_matches_are_marked_and_text_stays_escaped(self):
        response = self.get(q="疫苗")
        self.assertContains(response, "<mark>疫苗</mark>接种小分队进村入户", html=False)
        self.assertContains(response, "开展<mark>疫苗</mark>接种", html=False)
        self.assertNotContains(response, "<b>3000</b>", html=False)
        self.assertContains(response, "&lt;b&gt;3000&lt;/b&gt;", html=False)

    def test_markup_in_the_query_is_not_markup_on_the_page(self):
        response = self.get(q="<script>alert(1)</script>")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<script>alert(1)</script>", html=False)

    def test_empty_results_explain_and_offer_to_widen(self):
        response = self.get(q="疫苗", kind="community")
        self.assertEqual(response.context["page_obj"].paginator.count, 0)
        text = page_text(response)
        self.assertIn("没有找到符合条件的案例", text)
        self.assertIn("去掉“机构类型：社区”", text)
        self.assertContains(response, 'href="/cases/?q=%E7%96%AB%E8%8B%97"')  # the search without the kind


class FacetTests(SiteData, TestCase):
    def test_each_choice_counts_the_current_results(self):
        facets = self.client.get(reverse("cases:list")).context["facets"]
        self.assertEqual({(v, n) for v, _, n, _, _ in facets["province"]}, {(self.sichuan.slug, 2), (self.chongqing.slug, 1)})
        self.assertEqual({(l, n) for _, l, n, _, _ in facets["kind"]}, {("医院", 2), ("社区卫生服务中心", 1)})
        self.assertEqual({(v, n) for v, _, n, _, _ in facets["year"]}, {("2022", 2), ("2021", 1)})
        self.assertEqual({(l, n) for _, l, n, _, _ in facets["publication"]}, {("华西都市报", 2), ("重庆日报", 1)})

        narrowed = self.client.get(reverse("cases:list"), {"province": self.sichuan.slug}).context["facets"]
        self.assertEqual({(l, n) for _, l, n, _, _ in narrowed["kind"]}, {("医院", 1), ("社区卫生服务中心", 1)})
        self.assertEqual({(v, n) for v, _, n, _, _ in narrowed["year"]}, {("2022", 2)})

    def test_counts_and_links_are_on_the_page(self):
        response = self.client.get(reverse("cases:list"), {"year": "2022"})
        text = page_text(response)
        self.assertIn("医院 1", text)
        self.assertIn("社区卫生服务中心 1", text)
        self.assertContains(response, 'href="/cases/?year=2022&amp;kind=hospital"')

    def test_active_filters_are_chips_that_remove_themselves(self):
        response = self.client.get(reverse("cases:list"), {"kind": "hospital", "year": "2022", "page": "1"})
        chips = response.context["filter"].chips
        self.assertEqual([(label, shown) for label, shown, _ in chips], [("机构类型", "医院"), ("年份", "2022年")])
        self.assertEqual(chips[0][2], "/cases/?year=2022")
        self.assertEqual(chips[1][2], "/cases/?kind=hospital")
        self.assertContains(response, "去掉条件：机构类型 医院")

    def test_metric_category_and_ordering(self):
        f.make_metric(self.dazu_case, "党员", "430", "名", category=Metric.Category.PARTY_MEMBERS)
        response = self.client.get(reverse("cases:list"), {"category": "party_members"})
        self.assertEqual(list(response.context["cases"]), [self.dazu_case])
        by_metrics = list(self.client.get(reverse("cases:list"), {"ordering": "metrics"}).context["cases"])
        self.assertEqual(by_metrics[0], self.elder_case)  # two metrics
        by_name = list(self.client.get(reverse("cases:list"), {"ordering": "institution"}).context["cases"])
        # by pinyin: Chengdu Anjing (cheng-du-shi-an) < Chengdu Shuangliu (cheng-du-shi-shuang) < Chongqing
        self.assertEqual(by_name, [self.grid_case, self.elder_case, self.dazu_case])

    def test_pagination_keeps_every_filter(self):
        for n in range(25):
            f.make_case(self.chengdu_page, f"双流案例{n}", institution=self.hospital)
        response = self.client.get(reverse("cases:list"), {"q": "双流", "kind": "hospital"})
        self.assertContains(response, 'href="?q=%E5%8F%8C%E6%B5%81&amp;kind=hospital&amp;page=2"')
        second = self.client.get(reverse("cases:list"), {"q": "双流", "kind": "hospital", "page": 2})
        self.assertEqual(second.context["page_obj"].number, 2)
        self.assertTrue(all("双流" in c.title or "双流" in c.institution.name for c in second.context["cases"]))


class SiteFurnitureTests(SiteData, TestCase):
    def test_feeds_list_the_newest_published_cases(self):
        rss = self.client.get(reverse("cases:feed"))
        self.assertEqual(rss.status_code, 200)
        body = rss.content.decode()
        self.assertIn("成都市双流区第二人民医院：聚焦难点 打造老年人就医温馨港湾", body)
        self.assertNotIn(self.draft.title, body)
        atom = self.client.get(reverse("cases:atom"))
        self.assertContains(atom, "http://www.w3.org/2005/Atom")

    def sitemap(self):
        """Every address listed by the sections that sitemap.xml points to."""
        index = self.client.get("/sitemap.xml")
        self.assertContains(index, "<sitemapindex")
        listed = []
        for section in re.findall(r"<loc>http://testserver(/sitemap-[^<]+)</loc>", index.content.decode()):
            page = self.client.get(section.replace("&amp;", "&"))
            self.assertEqual(page.status_code, 200)
            listed += re.findall(r"<loc>http://testserver([^<]+)</loc>", page.content.decode())
        return listed

    def test_sitemap_and_robots(self):
        listed = self.sitemap()
        self.assertIn(self.elder_case.get_absolute_url(), listed)
        self.assertIn(self.chengdu_page.get_absolute_url(), listed)
        self.assertIn(self.hospital.get_absolute_url(), listed)
        self.assertNotIn(self.draft.get_absolute_url(), listed)
        self.assertNotIn(self.draft_page.get_absolute_url(), listed)
        robots = self.client.get("/robots.txt")
        self.assertEqual(robots["Content-Type"], "text/plain; charset=utf-8")
        self.assertContains(robots, "Sitemap: http://testserver/sitemap.xml")
        self.assertContains(robots, "Disallow: /admin/")

    def test_sitemap_sections_split_at_their_limit(self):
        from unittest import mock

        from showcase.sitemaps import CaseSitemap

        with mock.patch.object(CaseSitemap, "limit", 2):
            listed = self.sitemap()
            self.assertContains(self.client.get("/sitemap.xml"), "sitemap-cases.xml?p=2")
        cases = [url for url in listed if url.startswith("/cases/") and url != "/cases/"]
        self.assertEqual(sorted(cases), sorted(c.get_absolute_url() for c in Case.objects.published()))

    def test_not_found_page_is_chinese_in_the_sites_style(self):
        response = self.client.get("/no/such/page/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "没有找到这个页面", status_code=404)
        self.assertContains(response, '<html lang="zh-Hans">', status_code=404)
        self.assertContains(response, "跳到正文", status_code=404)

    def test_server_error_page_renders_without_a_request(self):
        from django.template.loader import render_to_string

        html = render_to_string("500.html")
        self.assertIn("服务器暂时出了点问题", html)
        self.assertNotIn('rel="canonical"', html)


class FrontPageAndArchiveTests(SiteData, TestCase):
    def test_headline_figures_and_ways_in(self):
        f.make_metric(self.elder_case, "义诊", "30", "场", category=Metric.Category.SERVICES, order=5)
        f.make_metric(self.draft, "义诊", "999", "场", category=Metric.Category.SERVICES)
        f.make_party_organization(self.hospital, "双流区第二人民医院第一党支部", level="党支部", member_count=20)
        response = self.client.get(reverse("home"))
        figures = response.context["figures"]
        # the draft's figures are not counted; the 党支部 is inside the 党委's 126 members
        self.assertEqual(figures, {"cases": 3, "institutions": 3, "party_members": 126, "cases_with_services": 1})
        text = page_text(response)
        self.assertIn("3个案例", text)
        self.assertIn("126名党员", text)
        self.assertIn("1个案例报告了服务数据", text)
        self.assertIn("社区卫生服务中心 1", text)  # the draft of the centre is not counted
        self.assertContains(response, f'href="/cases/?theme={self.elderly.slug}"')
        self.assertContains(response, f'href="/cases/?province={self.sichuan.slug}"')
        self.assertContains(response, 'href="/cases/?kind=hospital"')

    def test_page_turning_within_a_publication(self):
        later = f.make_showcase("下一期版面", publication=self.cqdaily, published_on=date(2021, 6, 30), edition="第016版")
        f.make_case(later, "七月的案例", institution=self.dazu_hospital)
        response = self.client.get(self.chongqing_page.get_absolute_url())
        self.assertEqual(response.context["next_page"], later)
        self.assertFalse(response.context["previous_page"])
        self.assertContains(response, f'rel="next" href="{later.get_absolute_url()}"')
        self.assertContains(response, "上一版：没有更早的版面")
        # the draft-only page of the same paper is never a neighbour
        back = self.client.get(later.get_absolute_url())
        self.assertEqual(back.context["previous_page"], self.chongqing_page)

    def test_archive_month_view_links_days_with_pages(self):
        undated = f.make_showcase("没有日期的版面", published_on=None)
        f.make_case(undated, "案例", institution=self.hospital)
        index = self.client.get(reverse("cases:archive"))
        self.assertContains(index, "2021年6月")
        self.assertNotContains(index, self.draft_page.title)
        self.assertEqual(list(index.context["undated"]), [undated])
        self.assertContains(index, f'href="{undated.get_absolute_url()}"')
        month = self.client.get(reverse("cases:archive-month", args=[self.cqdaily.slug, 2021, 6]))
        self.assertEqual(month.status_code, 200)
        cells = [cell for week in month.context["weeks"] for cell in week]
        linked = [day for day, pages in cells if pages]
        self.assertEqual(linked, [23])
        self.assertContains(month, f'href="{self.chongqing_page.get_absolute_url()}"')
        self.assertEqual(self.client.get(reverse("cases:archive-month", args=[self.cqdaily.slug, 2021, 13])).status_code, 404)
        self.assertEqual(self.client.get(reverse("cases:archive-publication", args=["no-such-paper"])).status_code, 404)


class OrderingEdgeTests(SiteData, TestCase):
    def test_relevance_without_a_search_is_newest_first(self):
        response = self.client.get(reverse("cases:list"), {"ordering": "relevance"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(list(response.context["cases"])[-1], self.dazu_case)

    def test_large_figures_read_as_a_paper_prints_them(self):
        from cases.templatetags.case_text import cn_number

        self.assertEqual([cn_number(n) for n in (671, 139212, 10000, 230000000, "x")], ["671", "13.9万", "1万", "2.3亿", "x"])


class ReportedElsewhereTests(TestCase):
    """The figures a case page links to /compare/: reported by a published case of another institution."""

    def test_only_other_institutions_published_figures_count(self):
        page = f.make_showcase()
        mine, other, third = (f.make_institution() for _ in range(3))
        own = f.make_case(page, institution=mine)
        f.make_metric(own, "党员", "100", "名")
        f.make_metric(own, "义诊", "3", "场", order=1)
        f.make_metric(own, "床位", "50", "张", order=2)
        f.make_metric(f.make_case(page, institution=other), "党员", "80", "名")
        f.make_metric(f.make_case(page, institution=other), "义诊", "5", "次")  # another unit
        f.make_metric(f.make_case(page, institution=third, status=Case.Status.DRAFT), "床位", "9", "张")
        f.make_metric(f.make_case(page, institution=None), "床位", "7", "张")
        labels = ["党员", "义诊", "床位"]
        self.assertEqual(Metric.objects.reported_elsewhere(labels, mine.pk), {("党员", "名"), ("义诊", "次")})
        self.assertEqual(Metric.objects.reported_elsewhere(labels, other.pk), {("党员", "名"), ("义诊", "场"), ("床位", "张")})
        f.make_metric(f.make_case(page, institution=mine), "义诊", "4", "次")  # now both report 次
        self.assertEqual(Metric.objects.reported_elsewhere(["义诊"], other.pk), {("义诊", "场"), ("义诊", "次")})
        self.assertEqual(Metric.objects.reported_elsewhere(["义诊"], mine.pk), {("义诊", "次")})
