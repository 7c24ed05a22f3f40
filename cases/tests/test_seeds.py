"""The loader on the five seed articles, against what a careful human read out of them (expected.json)."""

import json
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase

from cases.loader import read_article
from cases.loader.text import normalize

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def same(text):
    """Compare as the loader stores text: normalised punctuation and spaces."""
    return normalize(text).strip()


class SeedArticleTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.read = {
            entry["file"]: read_article((FIXTURES / "articles" / entry["file"]).read_bytes())
            for entry in EXPECTED["files"]
        }

    def each_case(self):
        for entry in EXPECTED["files"]:
            article = self.read[entry["file"]]
            self.assertEqual(len(article.cases), len(entry["cases"]), entry["file"])
            for case, expected in zip(article.cases, entry["cases"]):
                yield entry["file"], case, expected

    def test_showcase_metadata(self):
        for entry in EXPECTED["files"]:
            showcase = self.read[entry["file"]].showcase
            for key, value in entry["showcase"].items():
                with self.subTest(file=entry["file"], field=key):
                    got = getattr(showcase, key)
                    if isinstance(value, list):
                        self.assertEqual(got, value)
                    else:
                        self.assertEqual(same(got or ""), same(value))

    def test_titles_institutions_kinds_and_regions(self):
        for name, case, expected in self.each_case():
            with self.subTest(file=name, case=expected["title"]):
                self.assertEqual(case.title, same(expected["title"]))
                names = expected.get("institution_any_of") or [expected["institution"]]
                self.assertIn(case.institution.name, names)
                self.assertEqual(case.institution.kind, expected["kind"])
                region, want = case.institution.region, expected["region"]
                self.assertEqual(region.province, want["province"])
                self.assertTrue(region.district and region.district.startswith(want["district"][:2]), region)
                if want["city"]:
                    self.assertEqual(region.city, want["city"])

    def test_sections_captions_and_joins(self):
        for name, case, expected in self.each_case():
            with self.subTest(file=name, case=expected["title"]):
                headings = [s.heading for s in case.sections]
                for heading in expected.get("sections") or []:
                    self.assertIn(same(heading), headings)
                if "captions" in expected:
                    self.assertEqual(case.captions, [same(c) for c in expected["captions"]])
                body = case.body_text
                for joined in expected.get("joined") or []:
                    self.assertIn(same(joined), body)
                for absent in expected.get("not_in_body") or []:
                    self.assertNotIn(same(absent), body)

    def test_bylines_contributors_and_flags(self):
        for name, case, expected in self.each_case():
            with self.subTest(file=name, case=expected["title"]):
                if "byline" in expected:
                    self.assertEqual(case.byline, expected["byline"])
                if "contributor" in expected:
                    self.assertEqual(case.contributor, expected["contributor"])
                flag = {"duplicate": "重复", "truncated": "不完整"}.get(expected.get("flagged"))
                if flag:
                    self.assertTrue(any(flag in w for w in case.warnings), case.warnings)
                else:
                    self.assertEqual(case.warnings, [])

    def test_people_grade_founded_and_party_organisations(self):
        for name, case, expected in self.each_case():
            with self.subTest(file=name, case=expected["title"]):
                people = {(p.name, p.role) for p in case.people}
                for person, role in expected.get("people") or []:
                    self.assertIn((person, role), people)
                if "grade" in expected:
                    self.assertEqual(case.institution.grade, expected["grade"])
                if "founded" in expected:
                    self.assertEqual(case.institution.founded, expected["founded"])
                party = expected.get("party")
                if party:
                    org = case.party_organizations[0]
                    self.assertEqual(org.members, party["members"])
                    units = {"general_branches": "党总支", "branches": "党支部", "groups": "党小组"}
                    for key, level in units.items():
                        if key in party:
                            self.assertEqual(org.units.get(level), party[key])

    def test_metrics_recall_and_never_metrics(self):
        found = wanted = 0
        for name, case, expected in self.each_case():
            got = {(m.value, m.unit, m.qualifier) for m in case.metrics}
            for metric in expected.get("metrics") or []:
                wanted += 1
                found += (Decimal(str(metric["value"])), metric["unit"], metric["qualifier"]) in got
            for metric in case.metrics:
                with self.subTest(file=name, metric=metric.phrase):
                    self.assertNotEqual(metric.unit, "岁")
                    self.assertFalse(metric.unit == "年" and 1900 <= metric.value <= 2100)
                    self.assertNotIn("版", metric.unit)
        self.assertGreaterEqual(found / wanted, 0.9, f"{found}/{wanted}")
