"""The institution directory and institution pages."""

from datetime import date
from unittest import mock

from django.test import TestCase
from django.urls import reverse

from cases.models import Case
from cases.tests import factories as f
from cases.tests.test_views import page_text
from institutions.models import InstitutionAlias, InstitutionKind, PartyOrganization
from showcase.directory import InstitutionListView


class InstitutionPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        _, _, cls.district = f.make_region_chain("四川省", "成都市", "双流区", "510116")
        cls.hospital = f.make_institution(
            "成都市双流区第二人民医院", region=cls.district, grade="二级甲等", founded="1952-07"
        )
        InstitutionAlias.objects.create(institution=cls.hospital, name="双流二医院")
        committee = f.make_party_organization(
            cls.hospital,
            "成都市双流区第二人民医院党委",
            member_count=126,
            general_branch_count=3,
            branch_count=12,
            secretary="张明",
            as_of=date(2022, 3, 1),
        )
        f.make_party_organization(
            cls.hospital, "门诊党支部", level=PartyOrganization.Level.BRANCH, parent=committee, member_count=18
        )
        cls.center = f.make_institution("安靖街道社区卫生服务中心", kind=InstitutionKind.COMMUNITY_HEALTH_CENTER)
        cls.hidden = f.make_institution("只有草稿的医院")

        page = f.make_showcase(publication=f.make_publication("华西都市报"))
        cls.case = f.make_case(page, "聚焦难点 打造老年人就医温馨港湾", institution=cls.hospital)
        cls.second = f.make_case(page, "医院第二个案例", institution=cls.hospital)
        f.make_case(page, "社区案例", institution=cls.center)
        cls.draft = f.make_case(page, "医院的草稿", institution=cls.hospital, status=Case.Status.DRAFT)
        f.make_case(page, "草稿", institution=cls.hidden, status=Case.Status.DRAFT)

    def test_directory_groups_by_kind_with_published_case_counts(self):
        response = self.client.get(reverse("institutions:list"))
        self.assertEqual(response.status_code, 200)
        text = page_text(response)
        self.assertLess(text.index("医院"), text.index("社区卫生服务中心"))
        self.assertIn("成都市双流区第二人民医院 四川省成都市双流区 · 医院 2 个案例", text)
        self.assertIn("安靖街道社区卫生服务中心 1 个案例", text)
        self.assertContains(response, f'href="{self.hospital.get_absolute_url()}"')
        self.assertNotContains(response, self.hidden.name)

    def test_directory_pages_through_every_institution_once(self):
        page = f.make_showcase()
        for n in range(3):
            f.make_case(page, institution=f.make_institution(f"第{n}人民医院"))
        with mock.patch.object(InstitutionListView, "paginate_by", 2):
            for by in ("kind", "region"):
                with self.subTest(by=by):
                    first = self.client.get(reverse("institutions:list"), {"by": by})
                    self.assertEqual(first.context["paginator"].count, 5)
                    self.assertEqual(sum(group["count"] for group in first.context["groups"]), 5)
                    listed = []
                    for number in first.context["paginator"].page_range:
                        response = self.client.get(reverse("institutions:list"), {"by": by, "page": number})
                        listed += [institution.name for institution in response.context["institutions"]]
                    self.assertEqual(len(listed), 5)
                    self.assertEqual(len(set(listed)), 5)
                    self.assertNotIn(self.hidden.name, listed)
                    for group in first.context["groups"]:  # each group's link leads to the page it begins on
                        response = self.client.get(reverse("institutions:list"), {"by": by, "page": group["page"]})
                        on_page = response.context["region_groups" if by == "region" else "kind_groups"]
                        self.assertIn(group["key"], [entry["key"] for entry in on_page])

    def test_institution_page(self):
        response = self.client.get(self.hospital.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        text = page_text(response)
        for shown in ("四川省成都市双流区", "二级甲等", "1952-07", "双流二医院（简称）", "张明", "126 名", "党支部 12 个"):
            self.assertIn(shown, text)
        self.assertIn("门诊党支部隶属成都市双流区第二人民医院党委", text)
        self.assertLess(text.index("成都市双流区第二人民医院党委"), text.index("门诊党支部"))
        self.assertContains(response, f'href="{self.case.get_absolute_url()}"')
        self.assertContains(response, self.second.title)
        self.assertNotContains(response, self.draft.title)

    def test_directory_by_region(self):
        response = self.client.get(reverse("institutions:list"), {"by": "region"})
        groups = [(g["label"], [i.name for i in g["institutions"]]) for g in response.context["region_groups"]]
        self.assertEqual(groups, [("四川省", ["成都市双流区第二人民医院"]), ("地区不详", ["安靖街道社区卫生服务中心"])])
        self.assertContains(response, '<span aria-current="page">按地区</span>', html=True)

    def test_honours_are_listed_with_their_dates(self):
        self.hospital.honours = [["2020年9月", "“抗疫先进集体”称号"], ["", "“全国文明单位”"]]
        self.hospital.save()
        text = page_text(self.client.get(self.hospital.get_absolute_url()))
        self.assertIn("荣誉与大事 2020年9月“抗疫先进集体”称号“全国文明单位” 党组织", text)

    def test_organisation_tree_and_metrics_table(self):
        f.make_metric(self.case, "便民举措", "65", "条", phrase="推出65条便民举措")
        f.make_metric(self.draft, "草稿里的指标", "1", "个")
        response = self.client.get(self.hospital.get_absolute_url())
        tree = [(org.name, depth) for org, depth in response.context["organization_tree"]]
        self.assertEqual(tree, [("成都市双流区第二人民医院党委", 0), ("门诊党支部", 1)])
        text = page_text(response)
        self.assertIn("数据一览", text)
        self.assertIn("便民举措 65条 其他 聚焦难点 打造老年人就医温馨港湾 推出65条便民举措", text)
        self.assertNotIn("草稿里的指标", text)

    def test_region_pages(self):
        index = self.client.get(reverse("institutions:regions"))
        self.assertEqual([(r.name, d, r.case_count) for r, d in index.context["tree"]], [("四川省", 0, 2), ("成都市", 1, 2)])
        city = self.client.get(self.district.parent.get_absolute_url())  # a city's page lists its districts
        self.assertEqual([(r.name, r.case_count) for r in city.context["children"]], [("双流区", 2)])
        self.assertContains(city, f'href="{self.district.get_absolute_url()}"')
        page = self.client.get(self.district.get_absolute_url())
        self.assertEqual({c.title for c in page.context["cases"]}, {self.case.title, self.second.title})
        self.assertContains(page, self.district.get_search_url().replace("?", "?"))
        self.assertEqual(self.client.get(reverse("institutions:region", args=["nowhere"])).status_code, 404)

    def test_theme_pages(self):
        theme = f.make_theme("老年友善")
        self.case.themes.add(theme)
        self.draft.themes.add(theme)
        index = self.client.get(reverse("cases:themes"))
        self.assertEqual([(t.name, t.case_count) for t in index.context["themes"]], [("老年友善", 1)])
        page = self.client.get(theme.get_absolute_url())
        self.assertEqual(list(page.context["cases"]), [self.case])
        self.assertEqual(self.client.get(reverse("cases:theme", args=["nothing"])).status_code, 404)

    def test_unknown_slug_is_404(self):
        self.assertEqual(self.client.get(reverse("institutions:detail", args=["no-such-place"])).status_code, 404)

    def test_names_are_escaped(self):
        odd = f.make_institution("<script>alert(1)</script>医院")
        f.make_case(f.make_showcase(), institution=odd)
        for url in (reverse("institutions:list"), odd.get_absolute_url()):
            response = self.client.get(url)
            self.assertNotContains(response, "<script>alert(1)</script>")
            self.assertContains(response, "&lt;script&gt;")


class InstitutionQueryCountTests(TestCase):
    """Fixed query counts, measured with two cases and asserted again with many more rows."""

    @classmethod
    def setUpTestData(cls):
        _, _, cls.district = f.make_region_chain()
        cls.hospital = f.make_institution("测试医院", region=cls.district)
        f.make_party_organization(cls.hospital, member_count=10)
        InstitutionAlias.objects.create(institution=cls.hospital, name="测医")
        page = f.make_showcase(publication=f.make_publication())
        f.make_case(page, institution=cls.hospital, themes=[f.make_theme()])
        f.make_case(page, institution=f.make_institution(region=cls.district))

    def add_many_more(self, round_):
        themes = [f.make_theme() for _ in range(3)]
        for n in range(4):
            page = f.make_showcase(publication=f.make_publication())
            f.make_case(page, institution=self.hospital, themes=themes)
            f.make_case(page, institution=f.make_institution(region=self.district, kind=InstitutionKind.COMMUNITY))
            f.make_party_organization(self.hospital, f"第{round_}-{n}党支部", level=PartyOrganization.Level.BRANCH)
            InstitutionAlias.objects.create(institution=self.hospital, name=f"别名{round_}-{n}")

    def assert_fixed(self, url, expected):
        for round_ in range(2):
            with self.assertNumQueries(expected):
                self.assertEqual(self.client.get(url).status_code, 200)
            self.add_many_more(round_)

    def test_directory(self):
        self.assert_fixed(reverse("institutions:list"), 4)  # the groups' counts, a page, its case counts

    def test_institution_page(self):
        self.assert_fixed(self.hospital.get_absolute_url(), 7)

    def test_region_index(self):
        self.assert_fixed(reverse("institutions:regions"), 3)

    def test_region_page(self):
        self.assert_fixed(self.district.get_absolute_url(), 7)  # with the region tree (2), cached per archive generation
