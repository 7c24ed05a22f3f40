"""数据统计 and 比较: every figure equals a count or sum computed here from the database."""

import io
import re
from collections import defaultdict
from datetime import date
from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from cases.models import Case, Metric
from cases.tests import factories as f
from cases.tests.test_views import page_text
from institutions.models import InstitutionKind, PartyOrganization
from showcase.figures import SUMMABLE, bound_of

SERVICES, PEOPLE, RATE = Metric.Category.SERVICES, Metric.Category.PEOPLE_SERVED, Metric.Category.RATE
MORE, ABOUT = Metric.Qualifier.MORE_THAN, Metric.Qualifier.ABOUT


class StatsData:
    @classmethod
    def setUpTestData(cls):
        cls.sichuan, cls.chengdu, cls.shuangliu = f.make_region_chain("四川省", "成都市", "双流区", "510116")
        cls.chongqing = f.make_region("重庆市", code="500000")
        cls.dazu = f.make_region("大足区", level="district", parent=cls.chongqing, code="500111")
        cls.vaccines = f.make_theme("疫苗接种")
        cls.hospital = f.make_institution("成都市双流区第二人民医院", region=cls.shuangliu)
        cls.center = f.make_institution("安靖社区卫生服务中心", kind=InstitutionKind.COMMUNITY_HEALTH_CENTER, region=cls.chengdu)
        cls.dazu_hospital = f.make_institution("重庆市大足区人民医院", region=cls.dazu)
        old_page = f.make_showcase(publication=f.make_publication("华西都市报"), published_on=date(2021, 6, 1))
        new_page = f.make_showcase(publication=f.make_publication("重庆日报"), published_on=date(2022, 7, 1))
        cls.old = f.make_case(old_page, "去年的案例", institution=cls.hospital, themes=[cls.vaccines])
        cls.new = f.make_case(new_page, "今年的案例", institution=cls.hospital)
        cls.center_case = f.make_case(old_page, "社区的案例", institution=cls.center, themes=[cls.vaccines])
        cls.dazu_case = f.make_case(new_page, "大足的案例", institution=cls.dazu_hospital)
        cls.draft = f.make_case(new_page, "草稿", institution=cls.center, status=Case.Status.DRAFT)
        m = f.make_metric
        m(cls.old, "新冠疫苗接种", "43177", "针次", category=SERVICES, phrase="接种新冠疫苗43177针次")
        m(cls.center_case, "院内外共接种", "85965", "剂次", category=SERVICES, order=1)
        m(cls.center_case, "义诊", "100", "件", category=SERVICES, qualifier=MORE, order=2)
        m(cls.dazu_case, "义诊", "25", "件", category=SERVICES, order=1)
        m(cls.dazu_case, "群众", "30", "人", category=PEOPLE, qualifier=ABOUT, order=2)
        m(cls.new, "群众", "62000", "人", category=PEOPLE, order=3)
        m(cls.new, "患者满意度", "95", "%", category=RATE, order=4)
        m(cls.draft, "义诊", "999", "件", category=SERVICES)
        # 党员: the hospital states its total twice (the newer one counts), the centre only in a figure
        m(cls.old, "党员", "120", "名", category=Metric.Category.PARTY_MEMBERS, order=5, phrase="现有党员120名")
        m(cls.new, "党员", "126", "名", category=Metric.Category.PARTY_MEMBERS, order=5, phrase="现有党员126名")
        m(cls.dazu_case, "党员", "430", "名", category=Metric.Category.PARTY_MEMBERS, order=5, phrase="现有党员430名")
        m(cls.center_case, "党员志愿者", "36", "名", category=Metric.Category.PARTY_MEMBERS, order=5)
        f.make_party_organization(cls.hospital, "医院党委", member_count=80)  # smaller than the stated 126
        f.make_party_organization(cls.center, "中心党支部", level=PartyOrganization.Level.BRANCH, member_count=36)

    def published_metrics(self):
        return [m for m in Metric.objects.select_related("case") if m.case.status == Case.Status.PUBLISHED]


class StatsPageTests(StatsData, TestCase):
    def test_each_total_is_a_sum_over_one_category_and_one_unit(self):
        expected = defaultdict(lambda: [Decimal(0), set(), set()])
        for metric in self.published_metrics():
            if metric.category in SUMMABLE:
                entry = expected[(metric.category, metric.unit)]
                entry[0] += metric.value
                entry[1].add(metric.qualifier)
                entry[2].add(metric.case_id)
        totals = self.client.get(reverse("stats")).context["totals"]
        self.assertEqual({(t.category, t.unit) for t, _ in totals}, set(expected))
        for total, url in totals:
            value, qualifiers, cases = expected[(total.category, total.unit)]
            self.assertEqual(total.total, value, total)
            self.assertEqual(total.bound, bound_of(qualifiers))
            self.assertEqual(total.cases, len(cases))
            self.assertEqual(self.client.get(url).context["paginator"].count, len(cases), url)

    def test_mixed_units_and_rates_are_never_added(self):
        text = page_text(self.client.get(reverse("stats")))
        self.assertIn("43,177 针次", text)
        self.assertIn("85,965 剂次", text)
        self.assertNotIn("129,142", text)  # 针次 + 剂次
        self.assertIn("不少于 125 件", text)  # 100余件 + 25件, the draft's 999 left out
        self.assertIn("约 62,030 人", text)  # 62000人 + 近30人
        self.assertNotIn("62,030 人次", text)
        self.assertIn("1 个案例报告了比率数据（不相加）", text)
        self.assertNotIn("95 %", text)

    def test_every_count_links_to_a_list_of_that_many_cases(self):
        response = self.client.get(reverse("stats"))
        published = Case.objects.published()
        self.assertEqual(response.context["total"], published.count())
        charts = ("province_bars", "kind_bars", "theme_bars", "publication_bars")
        for chart in charts:
            for bar in response.context[chart]["bars"]:
                with self.subTest(chart=chart, bar=bar.label):
                    self.assertEqual(self.client.get(bar.url).context["paginator"].count, bar.count)
        by_province = {bar.label: bar.count for bar in response.context["province_bars"]["bars"]}
        self.assertEqual(by_province, {"四川省": published.in_region(self.sichuan).count(), "重庆市": 1})
        for point in response.context["year_line"]["points"]:
            self.assertEqual(point["count"], published.filter(showcase__published_on__year=point["year"]).count())
        for name, n, url in response.context["institutions"]:
            self.assertEqual(self.client.get(url).context["paginator"].count, n)
        self.assertEqual(response.context["institutions"][0][:2], (self.hospital.name, 2))

    def test_the_map_draws_every_province_and_shades_those_with_cases(self):
        response = self.client.get(reverse("stats"))
        provinces = response.context["map"]["provinces"]
        self.assertEqual(len(provinces), 34)
        shaded = {p["name"]: p["count"] for p in provinces if p["count"]}
        self.assertEqual(shaded, {"四川省": 3, "重庆市": 1})
        self.assertEqual(response.content.decode().count('class="province"'), 32)  # drawn, unshaded, no link
        sichuan = next(p for p in provinces if p["name"] == "四川省")
        self.assertEqual(self.client.get(sichuan["url"]).context["paginator"].count, 3)
        self.assertContains(response, "四川省：3 个案例")

    def test_filters_give_the_same_page_for_a_slice(self):
        params = {"province": self.sichuan.slug, "theme": self.vaccines.slug}
        response = self.client.get(reverse("stats"), params)
        listed = self.client.get(reverse("cases:list"), params).context["paginator"].count
        self.assertEqual(response.context["total"], listed)
        self.assertEqual(listed, 2)
        units = {t.unit for t, _ in response.context["totals"]}
        self.assertEqual(units, {"针次", "剂次", "件", "名"})
        self.assertContains(response, "主题：疫苗接种")

    def test_the_figures_are_cached_per_slice_until_the_archive_changes(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        params = {"province": self.sichuan.slug}
        first = self.client.get(reverse("stats"), params)
        with CaptureQueriesContext(connection) as again:
            second = self.client.get(reverse("stats"), params)
        self.assertEqual(len(again), 2)  # the generation, the province filter's own lookup; every figure from the cache
        self.assertEqual(second.context["total"], first.context["total"])
        other = self.client.get(reverse("stats"), {"province": self.chongqing.slug})
        self.assertEqual(other.context["total"], 1)  # another slice, its own entry

        f.make_metric(self.new, "义诊", "5", "件", category=SERVICES, order=9)  # readers can see it: the figures follow
        text = page_text(self.client.get(reverse("stats"), params))
        self.assertIn("不少于 105 件", text)
        self.assertEqual(self.client.get(reverse("stats"), params).context["total"], first.context["total"])

    def test_a_bad_filter_is_reported_not_a_500(self):
        response = self.client.get(reverse("stats"), {"year": "abc", "province": "nowhere"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("无法识别", page_text(response))

    def test_party_members_of_an_institution_come_from_the_stated_total(self):
        response = self.client.get(reverse("home"))
        # hospital: its newest stated total 126 (not the 党委's 80, not 120 + 126); 大足: 430;
        # the centre states no total, so its 党支部's 36 (a 党员志愿者 figure is not a total).
        self.assertEqual(response.context["figures"]["party_members"], 126 + 430 + 36)
        page = self.client.get(self.hospital.get_absolute_url())
        self.assertIn("党员126 名", page_text(page).replace(" 126", "126"))


class CompareTests(StatsData, TestCase):
    def test_ranks_each_institutions_latest_figure_in_one_unit(self):
        response = self.client.get(reverse("compare"), {"metric": "党员"})
        rows = [(rank, m.case.institution.name, m.value) for rank, m in response.context["rows"]]
        self.assertEqual(rows, [(1, self.dazu_hospital.name, 430), (2, self.hospital.name, 126)])
        text = page_text(response)
        self.assertIn("现有党员430名", text)
        self.assertIn("2022", text)
        self.assertContains(response, f'href="{self.new.get_absolute_url()}"')

    def test_every_year_on_request(self):
        response = self.client.get(reverse("compare"), {"metric": "党员", "years": "all"})
        self.assertEqual([m.value for _, m in response.context["rows"]], [430, 126, 120])

    def test_other_units_are_offered_not_mixed(self):
        f.make_metric(self.center_case, "义诊", "7", "场", category=SERVICES, order=9)
        response = self.client.get(reverse("compare"), {"metric": "义诊"})
        self.assertEqual(response.context["unit"], "件")
        self.assertEqual({m.unit for _, m in response.context["rows"]}, {"件"})
        self.assertEqual([u for u, _, _ in response.context["other_units"]], ["场"])
        self.assertNotIn(999, [m.value for _, m in response.context["rows"]])  # the draft's

    def test_without_a_metric_lists_what_can_be_compared(self):
        response = self.client.get(reverse("compare"))
        self.assertIn(("党员", "名", 2), [c[:3] for c in response.context["comparable"]])

    def test_unknown_metric_says_so(self):
        response = self.client.get(reverse("compare"), {"metric": "没有这项"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("没有机构报告", page_text(response))


class SeedStatsTests(TestCase):
    """With the seed articles: no headline or total on any page adds up different units."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_articles", "--publish", stdout=StringIO(), stderr=StringIO())

    def test_front_page_has_no_mixed_unit_sum(self):
        services = Metric.objects.filter(category=SERVICES, case__status=Case.Status.PUBLISHED)
        mixed = int(sum(m.value for m in services))
        self.assertGreater(len({m.unit for m in services}), 1)
        text = page_text(self.client.get(reverse("home")))
        for shown in (str(mixed), f"{mixed:,}", f"{mixed / 10000:.1f}万"):
            self.assertNotIn(shown, text)

    def test_stats_totals_match_the_database(self):
        totals = self.client.get(reverse("stats")).context["totals"]
        for total, _ in totals:
            figures = Metric.objects.filter(category=total.category, unit=total.unit, case__status=Case.Status.PUBLISHED)
            self.assertEqual(total.total, sum(m.value for m in figures))
            self.assertEqual(total.figures, figures.count())


class QueryCountTests(StatsData, TestCase):
    def add_more(self, n):
        for i in range(3):
            page = f.make_showcase(publication=f.make_publication(), published_on=date(2019 + i, 1, 1))
            institution = f.make_institution(region=self.dazu)
            case = f.make_case(page, institution=institution, themes=[f.make_theme()])
            f.make_metric(case, "党员", str(10 + n + i), "名", category=Metric.Category.PARTY_MEMBERS)
            f.make_metric(case, "义诊", "3", "场", category=SERVICES, order=1)

    def assert_fixed(self, url, expected, params=None):
        for n in range(2):
            with self.assertNumQueries(expected):
                self.assertEqual(self.client.get(url, params or {}).status_code, 200)
            self.add_more(n)

    def test_stats(self):
        self.assert_fixed(reverse("stats"), 14)  # the archive's sets (4), the matching cases' ids from them

    def test_stats_filtered(self):
        # the archive's sets (4), the search's (the change log's ends, then the index or the cases written since)
        self.assert_fixed(reverse("stats"), 17, {"province": self.chongqing.slug, "q": "案例"})

    def test_sitemap(self):
        self.assert_fixed("/sitemap.xml", 11)  # the index: each section's count and lastmod (the grouped ones cached per generation)

    def test_case_card(self):
        self.assert_fixed(reverse("case-card", args=[self.old.pk]), 2)

    def test_compare(self):
        self.assert_fixed(reverse("compare"), 2)
        self.assert_fixed(reverse("compare"), 4, {"metric": "党员"})  # units, every row's value and year, the page's rows
        self.assert_fixed(reverse("compare"), 4, {"metric": "党员", "years": "all"})


class CasePageCompareLinkTests(StatsData, TestCase):
    def test_a_figure_other_institutions_report_links_to_the_comparison(self):
        response = self.client.get(self.dazu_case.get_absolute_url())
        self.assertContains(response, 'href="/compare/?metric=%E5%85%9A%E5%91%98&amp;unit=%E5%90%8D">与其他单位比较</a>')
        self.assertContains(response, "与其他单位比较", count=3)  # 党员, 义诊 (件), 群众 (人)

    def test_a_figure_nobody_else_reports_has_no_link(self):
        response = self.client.get(self.old.get_absolute_url())  # 新冠疫苗接种; 党员 only this hospital's again
        text = page_text(response)
        self.assertEqual(text.count("与其他单位比较"), 1)  # 党员: 大足 reports it too


class SharingTests(StatsData, TestCase):
    def test_sitemap_lists_every_public_page_with_lastmod(self):
        index = self.client.get("/sitemap.xml").content.decode()
        sections = re.findall(r"<loc>http://testserver(/sitemap-[a-z]+\.xml)</loc>", index)
        self.assertTrue(sections)
        xml = "".join(self.client.get(section).content.decode() for section in sections)
        for url in (reverse("stats"), reverse("compare"), reverse("data"), reverse("cases:themes"),
                    self.vaccines.get_absolute_url(), self.sichuan.get_absolute_url(), self.shuangliu.get_absolute_url(),
                    self.hospital.get_absolute_url(), reverse("cases:archive-month", args=[self.old.showcase.publication.slug, 2021, 6])):
            self.assertIn(f"<loc>http://testserver{url}</loc>", xml)
        self.assertEqual(xml.count("<url>"), xml.count("<lastmod>"))
        self.assertNotIn(self.draft.get_absolute_url() + "<", xml)

    def test_case_page_is_an_article_with_its_print_date(self):
        response = self.client.get(self.new.get_absolute_url())
        self.assertContains(response, '<meta property="og:type" content="article">')
        self.assertContains(response, '<meta property="article:published_time" content="2022-07-01">')
        showcase = self.client.get(self.new.showcase.get_absolute_url())
        self.assertContains(showcase, '<meta property="og:type" content="article">')


class CityFollowsProvinceTests(StatsData, TestCase):
    def test_each_place_option_says_its_province_for_the_script(self):
        response = self.client.get(reverse("cases:list"), {"province": self.sichuan.slug})
        self.assertContains(response, f'data-province="{self.sichuan.slug}"', count=1)  # 成都市 (its counties once it is chosen)
        self.assertContains(response, 'data-follows="province"', count=2)

    def test_the_city_choice_lists_the_chosen_provinces_cities_only(self):
        f.make_region("重庆郊县", level="city", parent=self.chongqing)
        form = self.client.get(reverse("cases:list"), {"province": self.sichuan.slug}).context["filter"].form
        self.assertEqual([c.name for c in form.fields["city"].queryset], ["成都市"])
        # with no province chosen, no city is offered: some 450 cities in one list help no reader
        everything = self.client.get(reverse("cases:list")).context["filter"].form
        self.assertEqual(list(everything.fields["city"].queryset), [])


class EmptyParametersTests(StatsData, TestCase):
    def test_empty_parameters_are_dropped_by_a_redirect(self):
        for name in ("cases:list", "stats"):
            with self.subTest(name):
                response = self.client.get(reverse(name) + f"?q=&province={self.sichuan.slug}&theme=")
                self.assertRedirects(response, reverse(name) + f"?province={self.sichuan.slug}")
                self.assertRedirects(self.client.get(reverse(name) + "?q=&year="), reverse(name))

    def test_no_link_on_the_pages_carries_an_empty_parameter(self):
        for url in (reverse("cases:list") + f"?province={self.sichuan.slug}&q=案例", reverse("stats") + "?year=2021"):
            html = self.client.get(url).content.decode()
            links = re.findall(r'href="([^"]*\?[^"]*)"', html)
            self.assertTrue(links)
            for link in links:
                self.assertIsNone(re.search(r"(?:\?|&amp;)[a-z_]+=(?:&amp;|$)", link), link)


class ShareCardTests(StatsData, TestCase):
    def test_a_case_without_a_photo_shares_a_card_of_its_title(self):
        from PIL import Image

        page = self.client.get(self.new.get_absolute_url())
        card_url = reverse("case-card", args=[self.new.pk])
        self.assertContains(page, f'<meta property="og:image" content="http://testserver{card_url}">')
        with self.assertNumQueries(2):  # the archive's generation, the case
            response = self.client.get(card_url)
        self.assertEqual(response["Content-Type"], "image/png")
        image = Image.open(io.BytesIO(response.content))
        self.assertEqual(image.size, (1200, 630))
        self.assertEqual(self.client.get(reverse("case-card", args=[self.draft.pk])).status_code, 404)

    def test_long_titles_wrap_without_a_line_starting_with_punctuation(self):
        from PIL import Image, ImageDraw, ImageFont

        from showcase import cards

        draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
        lines = cards._wrap(draw, "甲" * 9 + "，乙" * 5, ImageFont.load_default(size=10), 90, 5)
        self.assertTrue(all(not line.startswith("，") for line in lines), lines)
        self.assertEqual("".join(lines), "甲" * 9 + "，乙" * 5)



class ComparePagesTests(StatsData, TestCase):
    def test_a_long_ranking_comes_a_hundred_rows_a_page_with_ranks_across_pages(self):
        page = f.make_showcase(published_on=date(2023, 1, 1))
        for n in range(150):
            case = f.make_case(page, institution=f.make_institution(), order=n)
            f.make_metric(case, "党员", str(1000 - n // 2), "名", category=Metric.Category.PARTY_MEMBERS)
        first = self.client.get(reverse("compare"), {"metric": "党员"})
        self.assertEqual(len(first.context["rows"]), 100)
        self.assertEqual(first.context["total"], 152)
        second = self.client.get(reverse("compare"), {"metric": "党员", "page": "2"})
        ranks = [rank for rank, _ in second.context["rows"]]
        values = [m.value for _, m in second.context["rows"]]
        self.assertEqual(ranks[0], 101)  # 1000, 1000, 999, 999 …: the 101st and 102nd share a value
        self.assertEqual(values[0], values[1])
        self.assertEqual(ranks[1], 101)
        self.assertEqual(second.context["rows"][-1][1].value, 126)  # the hospital's latest, then 大足's 430 above


class InstitutionPageCompareTests(StatsData, TestCase):
    def test_the_profiles_figures_that_others_report_link_to_the_comparison(self):
        response = self.client.get(self.dazu_hospital.get_absolute_url())
        self.assertContains(response, 'href="/compare/?metric=%E5%85%9A%E5%91%98&amp;unit=%E5%90%8D">比较</a>')
        self.assertContains(response, ">比较</a>", count=3)  # 党员, 义诊 (件), 群众 (人)
