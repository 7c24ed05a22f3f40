"""Data migrations keep what editors did: the loader's warnings move from JSON into rows."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TransactionTestCase

BEFORE = [("cases", "0005_case_partners")]
AFTER = [("cases", "0006_pending_changes_and_import_warnings")]


class WarningsToRowsTests(TransactionTestCase):
    def migrate(self, target):
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(target)
        return executor.loader.project_state(target).apps

    def tearDown(self):
        self.migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    def test_each_warning_becomes_a_row_with_its_passage_and_who_resolved_it(self):
        apps = self.migrate(BEFORE)
        user = get_user_model().objects.create(username="shenhe")
        showcase = apps.get_model("cases", "Showcase").objects.create(
            slug="p", title="版面", source_file="p.txt", source_checksum="x", source_text="标题甲\n\n医院坚持党建引领，努力建设成为\n"
        )
        apps.get_model("cases", "Case").objects.create(
            showcase=showcase,
            title="标题甲",
            warnings=[
                {"message": "正文在句中结束，疑似不完整：“…努力建设成为”", "resolved_by": "", "resolved_at": None},
                {"message": "未能确定机构，请编辑核对", "resolved_by": "shenhe", "resolved_at": "2026-01-02T03:04:05+00:00"},
            ],
        )
        apps = self.migrate(AFTER)
        rows = {w.kind: w for w in apps.get_model("cases", "ImportWarning").objects.all()}
        self.assertEqual(set(rows), {"truncated", "institution"})
        self.assertEqual(showcase.source_text[rows["truncated"].start : rows["truncated"].end], "努力建设成为")
        self.assertIsNone(rows["truncated"].resolved_at)
        self.assertEqual(rows["institution"].resolved_by_id, user.pk)
        self.assertEqual((rows["institution"].start, rows["institution"].end), (0, 3))  # the case's heading


class PartyOrganizationLinkTests(TransactionTestCase):
    """institutions 0005, cases 0008, institutions 0006: the organisation's source case becomes the case's link."""

    BEFORE = [("cases", "0007_case_text_published_on"), ("institutions", "0004_institution_honours")]
    AFTER = [("institutions", "0006_remove_partyorganization_source_case")]

    migrate = WarningsToRowsTests.migrate
    tearDown = WarningsToRowsTests.tearDown

    def test_each_source_case_becomes_a_link_from_that_case_and_back(self):
        apps = self.migrate(self.BEFORE)
        Case, Institution = apps.get_model("cases", "Case"), apps.get_model("institutions", "Institution")
        PartyOrganization = apps.get_model("institutions", "PartyOrganization")
        showcase = apps.get_model("cases", "Showcase").objects.create(slug="p", title="版面", source_file="p.txt", source_checksum="x")
        hospital = Institution.objects.create(name="某某医院", slug="mou-yiyuan")
        first = Case.objects.create(showcase=showcase, order=0, title="甲", institution=hospital)
        second = Case.objects.create(showcase=showcase, order=1, title="乙", institution=hospital)
        committee = PartyOrganization.objects.create(institution=hospital, name="医院党委", level="党委", source_case=first)
        branch = PartyOrganization.objects.create(institution=hospital, name="门诊党支部", level="党支部", source_case=second)
        PartyOrganization.objects.create(institution=hospital, name="后勤党支部", level="党支部")  # from no case

        apps = self.migrate(self.AFTER)
        Case = apps.get_model("cases", "Case")
        self.assertEqual([o.pk for o in Case.objects.get(pk=first.pk).party_organizations.all()], [committee.pk])
        self.assertEqual([o.pk for o in Case.objects.get(pk=second.pk).party_organizations.all()], [branch.pk])
        self.assertEqual(Case.party_organizations.through.objects.count(), 2)
        self.assertNotIn("source_case", [f.name for f in apps.get_model("institutions", "PartyOrganization")._meta.get_fields()])

        apps = self.migrate(self.BEFORE)
        links = dict(apps.get_model("institutions", "PartyOrganization").objects.values_list("name", "source_case_id"))
        self.assertEqual(links, {"医院党委": first.pk, "门诊党支部": second.pk, "后勤党支部": None})
