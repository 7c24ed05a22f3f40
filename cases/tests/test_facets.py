"""Facet counts mean what they say: the number beside a choice is the number of cases its link lists."""

import random
from datetime import date

from django.test import TestCase
from django.urls import reverse

from cases.filters import CaseFilter
from cases.models import Case, Metric
from institutions.models import InstitutionKind, Region

from . import factories as f


class FacetData:
    """Forty cases spread over two provinces, four kinds, five themes, three papers, three years, metrics."""

    @classmethod
    def setUpTestData(cls):
        rng = random.Random(13)
        cls.sichuan, cls.chengdu, cls.shuangliu = f.make_region_chain("四川省", "成都市", "双流区", "510116")
        cls.mianyang = f.make_region("绵阳市", level=Region.Level.CITY, parent=cls.sichuan, code="510700")
        cls.chongqing = f.make_region("重庆市", code="500000")
        cls.dazu = f.make_region("大足区", level=Region.Level.DISTRICT, parent=cls.chongqing, code="500111")
        regions = [cls.sichuan, cls.chengdu, cls.shuangliu, cls.mianyang, cls.chongqing, cls.dazu]
        kinds = [InstitutionKind.HOSPITAL, InstitutionKind.COMMUNITY, InstitutionKind.TCM_HOSPITAL, InstitutionKind.GOVERNMENT]
        institutions = [f.make_institution(f"测试机构{n}", kind=kinds[n % 4], region=regions[n % 6]) for n in range(12)]
        cls.themes = [f.make_theme(name) for name in ("老年友善", "网格化管理", "疫苗接种", "家庭医生", "乡村振兴")]
        publications = [f.make_publication(name) for name in ("华西都市报", "重庆日报", "健康报")]
        pages = [
            f.make_showcase(publication=publications[n % 3], published_on=date(2020 + n % 3, 1 + n, 1)) for n in range(6)
        ]
        categories = list(Metric.Category.values)
        words = ["党员", "网格", "义诊", "疫苗"]
        for n in range(40):
            case = f.make_case(
                pages[n % 6],
                f"案例{n}{rng.choice(words)}",
                institution=rng.choice(institutions),
                themes=rng.sample(cls.themes, rng.randint(0, 3)),
                status=Case.Status.PUBLISHED if n % 9 else Case.Status.DRAFT,
            )
            for order, category in enumerate(rng.sample(categories, rng.randint(0, 3))):
                f.make_metric(case, order=order, category=category)


class FacetLinkTests(FacetData, TestCase):
    FILTERED_PAGES = [
        {},
        {"province": "si-chuan-sheng"},
        {"city": "cheng-du-shi", "kind": "hospital"},
        {"district": "da-zu-qu"},
        {"theme": "lao-nian-you-shan", "category": "party_members"},
        {"q": "党员", "year": "2021"},
        {"province": "chong-qing-shi", "publication": "hua-xi-du-shi-bao", "theme": "wang-ge-hua-guan-li"},
        {"kind": "community", "category": "services", "year": "2020", "ordering": "metrics", "page": "2"},
        {"q": "网格 案例", "province": "si-chuan-sheng", "year": "1999"},  # a year nothing has
        {"kind": "no-such-kind", "theme": "jia-ting-yi-sheng"},  # a rejected value is ignored
    ]

    def count(self, url):
        return self.client.get(url).context["page_obj"].paginator.count

    def every_value(self, name):
        """Every value the facet could offer, with or without cases behind it."""
        return {
            "province": [r.slug for r in Region.objects.filter(level=Region.Level.PROVINCE)],
            "kind": list(InstitutionKind.values),
            "theme": [t.slug for t in self.themes],
            "publication": ["hua-xi-du-shi-bao", "chong-qing-ri-bao", "jian-kang-bao"],
            "year": ["2019", "2020", "2021", "2022"],
            "category": list(Metric.Category.values),
        }[name]

    def test_the_slugs_used_here_exist(self):
        response = self.client.get(reverse("cases:list"), {"province": "si-chuan-sheng", "theme": "lao-nian-you-shan"})
        self.assertEqual(response.context["filter"].problems, [])

    def test_every_facet_link_lists_the_number_beside_it(self):
        for params in self.FILTERED_PAGES:
            response = self.client.get(reverse("cases:list"), params)
            total = response.context["page_obj"].paginator.count
            facets = response.context["facets"]
            self.assertEqual(set(facets), set(CaseFilter.FACETS))
            for name, choices in facets.items():
                offered = {value: (count, url, active) for value, _, count, url, active in choices}
                for value, (count, url, active) in offered.items():
                    with self.subTest(page=params, facet=name, value=value):
                        self.assertGreater(count, 0)
                        self.assertEqual(self.count(url), count)
                        if active:
                            self.assertEqual(count, total)
                # and a value left out of the facet is one whose link would list nothing
                filterset = CaseFilter(response.wsgi_request.GET)
                for value in set(self.every_value(name)) - set(offered):
                    with self.subTest(page=params, facet=name, missing=value):
                        self.assertEqual(self.count(filterset.facet_url(name, value)), 0)

    def test_a_facet_ignores_its_own_filter(self):
        """With a theme chosen, the other themes still count what choosing them instead would list."""
        elderly = self.themes[0]
        response = self.client.get(reverse("cases:list"), {"theme": elderly.slug, "province": "si-chuan-sheng"})
        themes = {value: count for value, _, count, _, _ in response.context["facets"]["theme"]}
        in_sichuan = Case.objects.published().in_region(self.sichuan)
        for theme in self.themes:
            expected = in_sichuan.filter(themes=theme).count()
            self.assertEqual(themes.get(theme.slug, 0), expected, theme.name)
        self.assertGreater(len(themes), 1)

    def test_a_province_link_drops_the_city_and_district_inside_another(self):
        response = self.client.get(reverse("cases:list"), {"city": "cheng-du-shi", "kind": "hospital"})
        province = {value: url for value, _, _, url, _ in response.context["facets"]["province"]}
        self.assertEqual(province["chong-qing-shi"], "/cases/?kind=hospital&province=chong-qing-shi")

    def test_the_home_page_ways_in_count_all_published_cases(self):
        facets = CaseFilter().facets(names=("theme", "kind"))
        published = Case.objects.published()
        for value, _, count, _, _ in facets["theme"]:
            self.assertEqual(count, published.filter(themes__slug=value).count())
        self.assertEqual(sum(count for _, _, count, _, _ in facets["kind"]), published.count())
