"""Writing what the loader read: one institution however it is printed."""

from django.test import TestCase

from cases.importing import save_institution
from cases.loader.entities import institution_from
from institutions.models import Institution, InstitutionAlias


class SameInstitutionTests(TestCase):
    def test_full_and_short_printings_are_one_institution(self):
        full = save_institution(institution_from("重庆市永川区人民医院"))
        short = save_institution(institution_from("永川区人民医院"))
        self.assertEqual(full, short)
        self.assertEqual(Institution.objects.count(), 1)
        alias = InstitutionAlias.objects.get()
        self.assertEqual((alias.name, alias.kind, alias.institution), ("永川区人民医院", "short", full))
        # once known, the other printing finds it by its alias too
        self.assertEqual(save_institution(institution_from("永川区人民医院")), full)

    def test_a_short_name_first_gains_its_full_name(self):
        short = save_institution(institution_from("綦江区中医院"))
        full = save_institution(institution_from("重庆市綦江区中医院"))
        self.assertEqual(short, full)
        self.assertEqual(InstitutionAlias.objects.get().kind, "full")

    def test_same_kind_of_name_in_another_place_or_of_another_rank_stays_apart(self):
        save_institution(institution_from("成都市双流区第一人民医院"))
        save_institution(institution_from("双流区第二人民医院"))
        save_institution(institution_from("重庆市江津区人民医院"))
        save_institution(institution_from("江北区人民医院", context="重庆日报 江北区"))
        self.assertEqual(Institution.objects.count(), 4)
        self.assertFalse(InstitutionAlias.objects.exists())
