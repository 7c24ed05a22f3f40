"""Open data: CSV and JSON downloads of the list's exact slice, the data package, the admin export."""

import csv
import io
import json
import shutil
import tempfile
from io import StringIO
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from cases.exports import CASE_COLUMNS, INSTITUTION_COLUMNS, METRIC_COLUMNS
from cases.models import Case, Metric
from institutions.models import Institution

from .test_stats import StatsData


def body(response):
    return b"".join(response.streaming_content).decode("utf-8")


class ExportTests(StatsData, TestCase):
    def read_csv(self, table, params=None):
        response = self.client.get(reverse("export", args=[table, "csv"]), params or {})
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.streaming)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        text = body(response)
        self.assertTrue(text.startswith("\ufeff"), "a BOM so that Excel reads UTF-8")
        return list(csv.DictReader(io.StringIO(text[1:])))

    def test_case_csv_has_the_columns_and_chinese_intact(self):
        rows = self.read_csv("cases")
        self.assertEqual(list(rows[0]), [c.name for c in CASE_COLUMNS])
        by_title = {row["title"]: row for row in rows}
        self.assertEqual(set(by_title), set(Case.objects.published().values_list("title", flat=True)))
        old = by_title["去年的案例"]
        self.assertEqual(old["institution"], "成都市双流区第二人民医院")
        self.assertEqual((old["province"], old["city"], old["district"]), ("四川省", "成都市", "双流区"))
        self.assertEqual(old["themes"], "疫苗接种")
        self.assertEqual(old["published_on"], "2021-06-01")
        self.assertEqual(old["url"], self.old.get_absolute_url())

    def test_rows_equal_the_lists_count_for_the_same_filters_and_search(self):
        for params in ({}, {"province": self.sichuan.slug}, {"q": "案例", "theme": self.vaccines.slug}, {"year": "2022"},
                       {"category": "services", "unit": "件"}, {"province": "", "q": ""}):
            with self.subTest(params=params):
                listed = self.client.get(reverse("cases:list"), params, follow=True).context["paginator"].count
                self.assertEqual(len(self.read_csv("cases", params)), listed)
                data = json.loads(body(self.client.get(reverse("export", args=["cases", "json"]), params)))
                self.assertEqual(len(data), listed)

    def test_metrics_one_row_per_figure_of_the_slice(self):
        rows = self.read_csv("metrics", {"province": self.chongqing.slug})
        self.assertEqual(list(rows[0]), [c.name for c in METRIC_COLUMNS])
        expected = Metric.objects.filter(case__status=Case.Status.PUBLISHED, case__institution=self.dazu_hospital)
        self.assertEqual(len(rows), expected.count())
        party = next(row for row in rows if row["label"] == "党员")
        self.assertEqual((party["value"], party["unit"], party["category"], party["phrase"]), ("430", "名", "党员", "现有党员430名"))
        self.assertEqual(next(r for r in rows if r["label"] == "群众")["qualifier"], "近/约")

    def test_json_numbers_are_numbers_and_missing_values_null(self):
        data = json.loads(body(self.client.get(reverse("export", args=["metrics", "json"]))))
        party = next(row for row in data if row["phrase"] == "现有党员430名")
        self.assertEqual((party["value"], party["previous_value"], party["published_on"]), (430, None, "2022-07-01"))
        cases = json.loads(body(self.client.get(reverse("export", args=["cases", "json"]))))
        self.assertIsInstance(cases[0]["metric_count"], int)

    def test_institutions_with_their_case_counts(self):
        rows = self.read_csv("institutions")
        self.assertEqual(list(rows[0]), [c.name for c in INSTITUTION_COLUMNS])
        counts = {row["name"]: int(row["case_count"]) for row in rows}
        self.assertEqual(counts, {self.hospital.name: 2, self.center.name: 1, self.dazu_hospital.name: 1})  # the draft not

    def test_unknown_table_is_404(self):
        self.assertEqual(self.client.get("/data/secrets.csv").status_code, 404)
        self.assertEqual(self.client.get("/data/cases.xml").status_code, 404)

    def test_the_list_offers_the_download_of_its_slice_without_empty_params(self):
        response = self.client.get(reverse("cases:list"), {"province": self.sichuan.slug, "page": "1"})
        self.assertContains(response, f'href="/data/cases.csv?province={self.sichuan.slug}"')
        self.assertNotContains(response, "q=&amp;")

    def test_data_page_explains_every_field_and_shows_the_licence(self):
        response = self.client.get(reverse("data"))
        for column in CASE_COLUMNS + INSTITUTION_COLUMNS + METRIC_COLUMNS:
            self.assertContains(response, f"<code>{column.name}</code>")
        self.assertContains(response, "CC BY 4.0")
        self.assertContains(response, "数据包尚未生成")

    def test_query_counts_do_not_grow_with_rows(self):
        with self.assertNumQueries(11):  # the generation, the form's short lists, the archive's sets (its years: 4), then per 1,000 cases: rows, themes, metric counts
            body(self.client.get(reverse("export", args=["cases", "csv"])))
        with self.assertNumQueries(2):  # the generation; the form's lists are cached by now
            body(self.client.get(reverse("export", args=["metrics", "csv"])))
        with self.assertNumQueries(1):  # the generation: /data/ reads the package descriptor, not the cases
            self.client.get(reverse("data"))


class DataPackageTests(StatsData, TestCase):
    def test_the_package_is_valid_for_frictionless(self):
        from frictionless import Package, validate

        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "open-data"
            call_command("build_datapackage", output=str(target), stdout=StringIO())
            report = validate(str(target / "datapackage.json"))
            self.assertTrue(report.valid, report.flatten(["type", "note"]))
            package = Package(str(target / "datapackage.json"))
            self.assertEqual(package.licenses[0]["name"], "CC-BY-4.0")
            self.assertEqual(len(package.get_resource("cases").read_rows()), Case.objects.published().count())
            self.assertEqual(
                len(package.get_resource("metrics").read_rows()),
                Metric.objects.filter(case__status=Case.Status.PUBLISHED).count(),
            )
            # built again, it replaces the old package whole
            call_command("build_datapackage", output=str(target), stdout=StringIO())
            self.assertEqual(sorted(p.name for p in target.iterdir()), ["cases.csv", "datapackage.json", "institutions.csv", "metrics.csv"])

    def test_dry_run_leaves_nothing(self):
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "open-data"
            out = StringIO()
            call_command("build_datapackage", output=str(target), dry_run=True, stdout=out)
            self.assertIn("案例 4 行", out.getvalue())
            self.assertFalse(target.exists())
            self.assertEqual(list(Path(folder).iterdir()), [])

    def test_data_page_links_the_built_package(self):
        from django.conf import settings

        call_command("build_datapackage", stdout=StringIO())
        self.addCleanup(shutil.rmtree, settings.OPEN_DATA_ROOT, ignore_errors=True)
        response = self.client.get(reverse("data"))
        self.assertContains(response, f'href="{settings.MEDIA_URL}open-data/datapackage.json"')
        self.assertContains(response, f'href="{settings.MEDIA_URL}open-data/metrics.csv"')


class AdminExportTests(StatsData, TestCase):
    def test_editors_export_the_same_columns(self):
        user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
        self.client.force_login(user)
        changelist = self.client.get(reverse("admin:cases_case_changelist"))
        self.assertContains(changelist, reverse("admin:cases_case_export"))
        response = self.client.get(reverse("admin:cases_case_export"))
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.content.startswith("\ufeff".encode()))
        text = response.content.decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text)))
        self.assertEqual(list(rows[0]), [c.name for c in CASE_COLUMNS])
        self.assertEqual(len(rows), Case.objects.count())  # editors see drafts too

    def admin_export(self, model, user):
        self.client.force_login(user)
        info = model._meta.app_label, model._meta.model_name
        self.assertContains(self.client.get(reverse("admin:%s_%s_changelist" % info)), reverse("admin:%s_%s_export" % info))
        response = self.client.get(reverse("admin:%s_%s_export" % info))
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response["Content-Disposition"])
        content = response.content
        self.assertTrue(content.startswith("\ufeff".encode()), "a BOM so that Excel reads UTF-8")
        return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))

    def test_institutions_and_metrics_export_the_columns_of_their_open_data_files(self):
        editor = get_user_model().objects.create_user("bianji", is_staff=True)
        call_command("setup_roles", stdout=StringIO())
        editor.groups.add(Group.objects.get(name="编辑"))

        rows = self.admin_export(Institution, editor)
        self.assertEqual(list(rows[0]), [c.name for c in INSTITUTION_COLUMNS])
        by_name = {row["name"]: row for row in rows}
        self.assertEqual(set(by_name), set(Institution.objects.values_list("name", flat=True)))
        hospital = by_name[self.hospital.name]  # Chinese intact: names, kinds and places
        self.assertEqual(hospital["kind"], self.hospital.get_kind_display())
        self.assertEqual(hospital["province"], self.hospital.region.province.name)
        self.assertEqual(int(hospital["case_count"]), self.hospital.cases.published().count())

        rows = self.admin_export(Metric, editor)
        self.assertEqual(list(rows[0]), [c.name for c in METRIC_COLUMNS])
        self.assertEqual(len(rows), Metric.objects.count())
        metric = Metric.objects.exclude(phrase="").select_related("case").first()
        row = next(row for row in rows if int(row["id"]) == metric.pk)
        self.assertEqual((row["label"], row["unit"], row["phrase"], row["case_title"]), (metric.label, metric.unit, metric.phrase, metric.case.title))
        self.assertEqual(row["category"], metric.get_category_display())
