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


class ResultSetTests(FacetData, TestCase):
    """The list's count and pages come from sets of positions (cases/idsets.py): the same cases, in the
    same order, as the database query of the same filters."""

    def listed(self, params):
        """Every case the list shows for these filters, page after page."""
        shown, page = [], 1
        while True:
            response = self.client.get(reverse("cases:list"), {**params, "page": page})
            shown += [case.pk for case in response.context["cases"]]
            if not response.context["page_obj"].has_next():
                return shown, response.context["page_obj"].paginator.count
            page += 1

    def test_every_filtered_page_lists_what_the_database_query_gives(self):
        more_pages = [{"ordering": "newest", "q": "案例"}, {"q": "测试机构1"}, {"q": "案例 党员", "ordering": "relevance"}]
        found = []
        for params in FacetLinkTests.FILTERED_PAGES + more_pages:
            params = {k: v for k, v in params.items() if k != "page"}
            with self.subTest(params=params):
                filterset = CaseFilter(params)
                filterset.is_valid()
                ordering = filterset.form.cleaned_data.get("ordering") or ("relevance" if filterset.search_terms else "newest")
                expected = list(filterset.qs.order_by(*CaseFilter.ORDERINGS[ordering][1], "pk").values_list("pk", flat=True))
                shown, count = self.listed(params)
                self.assertEqual(count, len(expected))
                if ordering in ("newest", "relevance"):
                    self.assertEqual(shown, expected)
                else:  # an order the sets do not keep: the database's, ties in any order
                    self.assertCountEqual(shown, expected)
                found.append(bool(expected))
        self.assertGreaterEqual(sum(found), 10)  # most of these pages list something

    def test_a_title_hit_comes_first_then_an_institution_hit_then_the_rest_each_newest_first(self):
        named = f.make_institution("家庭医生服务站")
        days = [date(2023, month, 1) for month in range(1, 7)]
        in_text, in_title, in_name = [], [], []
        for n, day in enumerate(days):  # the three kinds of hit interleaved in time
            page = f.make_showcase(published_on=day)
            if n % 3 == 0:
                in_text.append(f.make_case(page, "服务群众", sections=[("", "签约家庭医生团队。")]))
            elif n % 3 == 1:
                in_title.append(f.make_case(page, "家庭医生进社区"))
            else:
                in_name.append(f.make_case(page, "健康服务", institution=named))
        newest_first = lambda cases: [c.pk for c in reversed(cases)]  # noqa: E731
        for params, expected in (
            ({"q": "家庭医生"}, newest_first(in_title) + newest_first(in_name) + newest_first(in_text)),
            ({"q": "家庭医生", "ordering": "newest"}, [c.pk for c in sorted(in_text + in_title + in_name, key=lambda c: c.published_on, reverse=True)]),
        ):
            with self.subTest(params=params):
                self.assertEqual(self.listed(params), (expected, 6))


class CachedCountTests(FacetData, TestCase):
    def test_counts_are_computed_once_per_filter_set_and_follow_changes(self):
        params = {"province": "si-chuan-sheng", "theme": "lao-nian-you-shan"}
        first = self.client.get(reverse("cases:list"), params)
        # the archive's generation, and nothing else: the form, the counts, the facets and the page of
        # cases are one fragment, cached per query string until the archive changes
        with self.assertNumQueries(1):
            again = self.client.get(reverse("cases:list"), params)
        self.assertEqual(again.context["facets"], first.context["facets"])
        self.assertEqual(again.context["page_obj"].paginator.count, first.context["page_obj"].paginator.count)

        case = again.context["cases"][0]
        case.status = Case.Status.DRAFT  # unpublished: one case fewer everywhere it was counted
        case.save()
        after = self.client.get(reverse("cases:list"), params)
        self.assertEqual(after.context["page_obj"].paginator.count, first.context["page_obj"].paginator.count - 1)
        kinds = lambda response: {v: n for v, _, n, _, _ in response.context["facets"]["kind"]}  # noqa: E731
        kind = case.institution.kind
        self.assertEqual(kinds(after).get(kind, 0), kinds(first)[kind] - 1)

    def test_a_new_theme_on_a_case_is_counted_at_once(self):
        theme = self.themes[4]
        before = {v: n for v, _, n, _, _ in self.client.get(reverse("cases:list")).context["facets"]["theme"]}
        case = Case.objects.published().exclude(themes=theme).first()
        case.themes.add(theme)
        after = {v: n for v, _, n, _, _ in self.client.get(reverse("cases:list")).context["facets"]["theme"]}
        self.assertEqual(after[theme.slug], before.get(theme.slug, 0) + 1)


class PlaceChoiceTests(FacetData, TestCase):
    def options(self, response, name):
        return [value for value, _ in response.context["filter"].form.fields[name].widget.choices if value]

    def test_cities_appear_once_a_province_is_chosen_and_counties_once_a_city_is(self):
        response = self.client.get(reverse("cases:list"))
        self.assertEqual(self.options(response, "city"), [])
        self.assertEqual(self.options(response, "district"), [])
        response = self.client.get(reverse("cases:list"), {"province": self.sichuan.slug})
        self.assertEqual(set(self.options(response, "city")), {self.chengdu.slug, self.mianyang.slug})
        response = self.client.get(reverse("cases:list"), {"province": self.sichuan.slug, "city": self.chengdu.slug})
        self.assertEqual(self.options(response, "district"), [self.shuangliu.slug])
        response = self.client.get(reverse("cases:list"), {"province": self.chongqing.slug})  # a municipality
        self.assertEqual(self.options(response, "district"), [self.dazu.slug])

    def test_a_place_from_the_address_is_accepted_and_stays_listed(self):
        response = self.client.get(reverse("cases:list"), {"district": self.shuangliu.slug})
        self.assertEqual(response.context["filter"].problems, [])
        self.assertEqual(self.options(response, "district"), [self.shuangliu.slug])
        self.assertRegex(response.content.decode(), rf'<option value="{self.shuangliu.slug}"[^>]*selected[^>]*>')
