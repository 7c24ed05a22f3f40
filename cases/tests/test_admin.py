"""Every admin page an editor opens answers, for every registered model of the portal."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from cases.models import Case, ImportWarning
from institutions.models import InstitutionAlias

from . import factories as f
from .admin_forms import admin_form_data

APPS = {"cases", "institutions"}
# Changed only in their case's form, so that every change is marked, reindexed and reviewed.
CASE_CHILDREN = {"Section", "Photo", "Person", "Metric"}


class AdminPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
        _, _, district = f.make_region_chain()
        institution = f.make_institution("测试医院", region=district)
        InstitutionAlias.objects.create(institution=institution, name="测医")
        organization = f.make_party_organization(institution)
        cls.case = f.make_full_case(f.make_showcase(publication=f.make_publication()), institution=institution)
        cls.case.party_organizations.add(organization)
        cls.case.themes.add(f.make_theme())
        ImportWarning.objects.create(case=cls.case, message="机构名称未能确认")
        cls.models = [m for m in admin.site._registry if m._meta.app_label in APPS]

    def setUp(self):
        self.client.force_login(self.user)

    def url(self, model, view, *args):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)

    def test_every_model_is_registered(self):
        names = {m.__name__ for m in self.models}
        expected = {"Publication", "Theme", "Showcase", "Case", "Section", "Photo", "Person", "Metric"}
        expected |= {"Region", "Institution", "InstitutionAlias", "PartyOrganization"}
        self.assertEqual(names, expected)

    def test_changelist_add_and_change_pages(self):
        for model in self.models:
            with self.subTest(model=model.__name__):
                self.assertEqual(self.client.get(self.url(model, "changelist")).status_code, 200)
                self.assertEqual(self.client.get(self.url(model, "changelist"), {"q": "测试"}).status_code, 200)
                add = self.client.get(self.url(model, "add")).status_code
                self.assertEqual(add, 403 if model.__name__ in CASE_CHILDREN else 200)
                obj = model.objects.first()
                page = self.client.get(self.url(model, "change", obj.pk))
                self.assertEqual(page.status_code, 200)
                if model.__name__ in CASE_CHILDREN:
                    self.assertContains(page, reverse("admin:cases_case_change", args=[self.case.pk]))
                    self.assertNotContains(page, 'name="_save"')

    def test_case_changelist_filters(self):
        url = self.url(Case, "changelist")
        response = self.client.get(url, {"warnings": "yes"})
        self.assertContains(response, self.case.title)
        self.assertNotContains(self.client.get(url, {"warnings": "no"}), f">{self.case.title}<")
        self.assertContains(self.client.get(url, {"status__exact": "published"}), self.case.title)

    def test_unpublish_and_publish_actions(self):
        url = self.url(Case, "changelist")
        self.client.post(url, {"action": "unpublish", "_selected_action": [self.case.pk]})
        self.case.refresh_from_db()
        self.assertEqual(self.case.status, Case.Status.DRAFT)
        self.client.post(url, {"action": "publish", "_selected_action": [self.case.pk]})
        self.case.refresh_from_db()
        self.assertEqual(self.case.status, Case.Status.PUBLISHED)


class CaseEditTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
        cls.case = f.make_full_case(f.make_showcase(), institution=f.make_institution("测试医院"))

    def test_editing_a_section_rebuilds_search_text_and_marks_the_case_edited(self):
        self.client.force_login(self.user)
        url = reverse("admin:cases_case_change", args=[self.case.pk])
        data = admin_form_data(self.client.get(url))
        data["sections-0-body"] = "编辑改写后的正文。"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.context and response.context["errors"])
        self.case.refresh_from_db()
        self.assertIn("编辑改写后的正文", self.case.search_text)
        self.assertTrue(self.case.is_edited)
