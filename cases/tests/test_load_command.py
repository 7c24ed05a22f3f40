"""The load_articles command against the database: seeds, re-runs, broken files, reports."""

import contextlib
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

    def test_cases_wait_for_review_with_sections_and_searchable_text(self):
        case = Case.objects.get(title="党员网格化管理 让社区居民幸福“满格”")
        self.assertEqual(case.status, Case.Status.REVIEW)  # no --publish: a reviewer publishes
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


NEW_ARTICLE = """人民网>>某省频道>>地方动态

河北省正定县：党建引领 家门口看好病

2023年08月18日10:20 | 来源：人民网-河北频道
小字号

近年来，正定县人民医院坚持党建引领，医院党委现有党员152名，下设9个党支部。

便民服务再提速

医院推出便民举措36项，开放床位620张，门诊等候时间由原来的40分钟缩短为15分钟。(周航)

(责编：杜娟)

分享让更多人看到
"""


class ChangedAndForeignFilesTests(TestCase):
    def setUp(self):
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)
        self.path = self.folder / "zhengding.txt"

    def test_a_gb18030_article_it_has_never_seen(self):
        self.path.write_bytes(NEW_ARTICLE.replace("\n", "\r\n").encode("gb18030"))
        output, _ = load(str(self.path), "--report", "json")
        entry = json.loads(output)["files"][0]
        self.assertEqual((entry["status"], entry["encoding"]), ("ok", "gb18030"))
        self.assertEqual(entry["showcase"]["publication"], "人民网")
        self.assertEqual(entry["showcase"]["date"], "2023-08-18")
        self.assertEqual(entry["showcase"]["editors"], ["杜娟"])
        case = entry["cases"][0]
        self.assertEqual(case["title"], "党建引领 家门口看好病")
        self.assertEqual(case["institution"]["region"], {"province": "河北省", "city": "石家庄市", "district": "正定县"})
        org = case["party_organizations"][0]
        self.assertEqual((org["level"], org["members"], org["units"]), ("党委", 152, {"党支部": 9}))
        figures = {(m["label"], m["value"], m["unit"]) for m in case["metrics"]}
        self.assertLessEqual({("便民举措", 36, "项"), ("床位", 620, "张")}, figures)
        waiting = next(m for m in case["metrics"] if m["unit"] == "分钟")
        self.assertEqual((waiting["value"], waiting["previous_value"]), (15, 40))
        self.assertEqual(Case.objects.get().title, "党建引领 家门口看好病")

    def test_a_folder_holding_a_saved_web_page_loads_it(self):
        page = "".join(f"<p>{line}</p>" for line in NEW_ARTICLE.splitlines())
        (self.folder / "zhengding.html").write_text(f"<html><head><title>t</title></head><body>{page}</body></html>", encoding="utf-8")
        output, _ = load(str(self.folder), "--report", "json")
        entry = json.loads(output)["files"][0]
        self.assertEqual((entry["path"].rsplit("/", 1)[-1], entry["status"]), ("zhengding.html", "ok"))
        self.assertEqual(Case.objects.get().title, "党建引领 家门口看好病")

    def test_a_changed_file_updates_its_showcase_in_place_and_keeps_edited_cases(self):
        self.path.write_text(NEW_ARTICLE, encoding="utf-8")
        load(str(self.path))
        showcase = Showcase.objects.get()
        case = showcase.cases.get()
        case.title = "编辑改过的标题"
        case.is_edited = True
        case.save()

        self.path.write_text(NEW_ARTICLE.replace("家门口看好病", "群众少跑腿"), encoding="utf-8")
        output, _ = load(str(self.path))
        self.assertIn("已更新", output)
        showcase.refresh_from_db()
        self.assertEqual(Showcase.objects.get().pk, showcase.pk)
        self.assertEqual(showcase.title, "党建引领 群众少跑腿")
        self.assertEqual(showcase.cases.get().title, "编辑改过的标题")

        load(str(self.path), "--force")
        self.assertEqual(showcase.cases.get().title, "党建引领 群众少跑腿")
        self.assertEqual(Case.objects.count(), 1)


class ReportSchemaTests(TestCase):
    """--report json is what operators script against: every key of the documented schema."""

    def test_schema(self):
        output, _ = load("--dry-run", "--report", "json")
        report = json.loads(output)
        self.assertEqual(set(report), {"files", "totals"})
        self.assertEqual(report["totals"]["files"], 5)
        for entry in report["files"]:
            self.assertLessEqual({"path", "status", "error", "encoding", "showcase", "cases"}, set(entry))
            self.assertLessEqual(
                {"title", "kicker", "subtitle", "column", "publication", "date", "edition", "guided_by", "hosted_by", "credits"},
                set(entry["showcase"]),
            )
            for case in entry["cases"]:
                self.assertLessEqual(
                    {"title", "institution", "party_organizations", "people", "themes", "brands", "sections",
                     "captions", "byline", "contributor", "warnings", "metrics"},
                    set(case),
                )
                self.assertLessEqual({"name", "kind", "grade", "founded", "region"}, set(case["institution"]))
                self.assertEqual(set(case["institution"]["region"]), {"province", "city", "district"})
                for org in case["party_organizations"]:
                    self.assertLessEqual({"name", "level", "members", "secretary", "units"}, set(org))
                for person in case["people"]:
                    self.assertEqual(set(person), {"name", "role"})
                for section in case["sections"]:
                    self.assertEqual(set(section), {"heading", "paragraphs"})
                for metric in case["metrics"]:
                    self.assertLessEqual({"label", "value", "unit", "qualifier", "category", "phrase"}, set(metric))
                    self.assertIsInstance(metric["value"], (int, float))
                    self.assertIn(metric["qualifier"], {"exact", "more_than", "at_least", "about"})
        error = load_error_entry()
        self.assertEqual((error["status"], error["showcase"], error["cases"]), ("error", None, []))
        self.assertTrue(error["error"])


def load_error_entry():
    folder = Path(tempfile.mkdtemp())
    try:
        (folder / "empty.txt").write_bytes(b"")
        out = StringIO()
        with contextlib.suppress(CommandError):
            call_command("load_articles", str(folder), "--report", "json", stdout=out, stderr=StringIO())
        return json.loads(out.getvalue())["files"][0]
    finally:
        shutil.rmtree(folder)


class OperatorFactsTests(TestCase):
    """--publication/--date/--edition fill what a text does not print; the text's own metadata wins."""

    def write(self, folder, name, text):
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    def test_options_fill_a_page_without_paper_or_date(self):
        with tempfile.TemporaryDirectory() as folder:
            path = self.write(folder, "a.txt", "平利县人民医院：党建引领暖民心\n平利县人民医院党委现有党员50名，开展义诊20场。\n")
            load(path, "--publication", "某某日报", "--date", "2024-05-16", "--edition", "第A03版")
        showcase = Showcase.objects.get()
        self.assertEqual(
            (showcase.publication.name, str(showcase.published_on), showcase.edition), ("某某日报", "2024-05-16", "第A03版")
        )

    def test_the_texts_date_wins(self):
        with tempfile.TemporaryDirectory() as folder:
            path = self.write(folder, "b.txt", "平利县人民医院：党建引领\n2023年10月09日 来源：某某网\n医院党委现有党员50名。\n")
            load(path, "--date", "2024-05-16")
        self.assertEqual(str(Showcase.objects.get().published_on), "2023-10-09")

    def test_a_bad_date_is_refused_before_anything_is_written(self):
        with self.assertRaisesMessage(CommandError, "--date"):
            load(str(SEEDS), "--date", "16/05/2024x")
        self.assertEqual(Showcase.objects.count(), 0)


class PartnerTests(TestCase):
    """A 共建 report: the case belongs to the body the report is about; the other is its partner."""

    def test_the_partner_is_kept_on_the_case_and_shown_on_its_page(self):
        text = (
            "平利县人民医院与城关镇卫生院结对共建 优质医疗资源下沉\n"
            "近日，平利县人民医院党委与城关镇卫生院党支部签订党建共建协议。\n"
            "平利县人民医院党委现有党员210名，组建专家服务队6支，今年以来到城关镇卫生院坐诊120余天。\n"
            "下一步，平利县人民医院将持续深化共建。\n"
        )
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "partner.txt"
            path.write_text(text, encoding="utf-8")
            load(str(path), "--publish")
        case = Case.objects.get()
        self.assertEqual(case.institution.name, "平利县人民医院")
        self.assertEqual([p.name for p in case.partners.all()], ["城关镇卫生院"])
        committee = case.party_organizations.get()  # the case points at what it reports, not the reverse
        self.assertEqual((committee.institution, committee.member_count), (case.institution, 210))
        page = self.client.get(case.get_absolute_url()).content.decode()
        self.assertIn("共建单位", page)
        self.assertIn("城关镇卫生院", page)
