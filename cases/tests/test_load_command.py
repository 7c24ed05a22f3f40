"""The load_articles command against the database: seeds, re-runs, broken files, reports."""

import json
import shutil
import tempfile
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase

from cases.models import Case, Metric, Section, Showcase
from institutions.models import Institution, PartyOrganization, Region

SEEDS = Path(settings.ARTICLES_DIR)
EXPECTED = json.loads((Path(settings.BASE_DIR) / "fixtures" / "expected.json").read_text(encoding="utf-8"))


def load(*args):
    out, err = StringIO(), StringIO()
    call_command("load_articles", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def database_counts():
    return {
        model.__name__: model.objects.count()
        for model in (Showcase, Case, Section, Metric, Institution, Region, PartyOrganization)
    }


class SeedLoadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output, _ = load()

    def test_fifteen_cases_with_institution_kind_and_region(self):
        self.assertEqual(Showcase.objects.count(), 5)
        self.assertEqual(Case.objects.count(), 15)
        for entry in EXPECTED["files"]:
            showcase = Showcase.objects.get(source_file__endswith=entry["file"])
            cases = list(showcase.cases.select_related("institution__region__parent__parent").order_by("order"))
            self.assertEqual(len(cases), len(entry["cases"]), entry["file"])
            for case, expected in zip(cases, entry["cases"]):
                with self.subTest(file=entry["file"], case=expected["title"]):
                    self.assertEqual(case.title, expected["title"])
                    names = expected.get("institution_any_of") or [expected["institution"]]
                    self.assertIn(case.institution.name, names)
                    self.assertEqual(case.institution.kind, expected["kind"])
                    region = case.institution.region
                    chain = []
                    while region is not None:
                        chain.append(region.name)
                        region = region.parent
                    self.assertEqual(chain[-1], expected["region"]["province"])
                    self.assertTrue(chain[0].startswith(expected["region"]["district"][:2]))
                    if expected["region"]["city"]:
                        self.assertIn(expected["region"]["city"], chain)

    def test_cases_are_published_with_sections_and_searchable_text(self):
        case = Case.objects.get(title="党员网格化管理 让社区居民幸福“满格”")
        self.assertEqual(case.status, Case.Status.PUBLISHED)
        self.assertEqual(
            [s.heading for s in case.sections.exclude(heading="")],
            ["盘活党建“一张网” 链接资源促发展", "下好网格“一盘棋” 创新善治优服务"],
        )
        self.assertIn("网格", case.search_text)
        self.assertTrue(case.metrics.filter(label__contains="床位", value=300).exists())

    def test_running_again_creates_nothing(self):
        before = database_counts()
        output, _ = load()
        self.assertEqual(database_counts(), before)
        self.assertIn("未改变", output)

    def test_forced_rerun_rewrites_without_duplicates(self):
        before = database_counts()
        load("--force")
        self.assertEqual(database_counts(), before)


class BrokenFileTests(TestCase):
    def setUp(self):
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)
        shutil.copy(SEEDS / "003_6d23525f89f0f1db.txt", self.folder / "good.txt")
        (self.folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
        (self.folder / "empty.txt").write_bytes(b"   \n")

    def test_bad_files_fail_alone_with_a_reason_and_a_non_zero_exit(self):
        err = StringIO()
        with self.assertRaises(CommandError) as raised:
            call_command("load_articles", str(self.folder), stdout=StringIO(), stderr=err)
        self.assertEqual(raised.exception.returncode, 1)
        lines = err.getvalue().strip().splitlines()
        self.assertEqual(len(lines), 2, lines)
        self.assertTrue(any("binary.txt" in line and "二进制" in line for line in lines))
        self.assertTrue(any("empty.txt" in line and "空" in line for line in lines))
        self.assertEqual(Showcase.objects.count(), 1)  # the good file still loaded

    def test_a_file_failing_while_writing_leaves_nothing(self):
        from unittest import mock

        with mock.patch("cases.importing._save_party_organizations", side_effect=RuntimeError("boom")):
            with self.assertRaises(CommandError):
                load(str(self.folder / "good.txt"))
        self.assertEqual(database_counts()["Showcase"], 0)
        self.assertEqual(database_counts()["Case"], 0)
        self.assertEqual(database_counts()["Institution"], 0)

    def test_missing_path_is_a_clear_error(self):
        with self.assertRaisesMessage(CommandError, "找不到"):
            load(str(self.folder / "nope.txt"))


class ReportTests(TestCase):
    def test_dry_run_json_report_writes_nothing(self):
        output, _ = load("--dry-run", "--report", "json")
        report = json.loads(output)
        self.assertEqual(database_counts()["Case"], 0)
        self.assertEqual(report["totals"]["cases"], 15)
        self.assertEqual(report["totals"]["errors"], 0)
        epaper = next(f for f in report["files"] if f["path"].endswith("003_6d23525f89f0f1db.txt"))
        self.assertEqual(epaper["showcase"]["publication"], "重庆日报")
        self.assertEqual(epaper["showcase"]["date"], "2021-06-23")
        self.assertEqual(epaper["showcase"]["edition"], "第015版:重庆新闻")
        metric = epaper["cases"][0]["metrics"][0]
        self.assertEqual(set(metric) >= {"label", "value", "unit", "qualifier", "category", "phrase"}, True)
        self.assertIsInstance(metric["value"], (int, float))
