"""generate_cases: a large archive recombined from the loaded cases, searchable and browsable."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.test import TestCase
from django.urls import reverse

from cases.models import Case, Metric
from institutions.models import Region

from . import factories as f


class GenerateCasesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        theme = f.make_theme("家庭医生")
        page = f.make_showcase("我为群众办实事 优秀案例展播")
        for n in range(3):
            case = f.make_case(
                page,
                f"聚焦难点{n} 打造温馨港湾{n}",
                lead="医院坚持党建引领。",
                themes=[theme],
                sections=[(f"小标题{n}", f"组建家庭医生团队{n}个，开展义诊活动，服务群众。" * 4)],
            )
            f.make_metric(case, "党员", "120", "名", category=Metric.Category.PARTY_MEMBERS)

    def generate(self, *args):
        out = StringIO()
        call_command("generate_cases", *args, stdout=out)
        return out.getvalue()

    def test_makes_published_cases_over_real_regions_searchable_at_once(self):
        output = self.generate("--count", "60", "--seed", "7")
        self.assertIn("cases 60", output)
        generated = Case.objects.exclude(pk__in=Case.objects.filter(showcase__slug__startswith="showcase-"))
        self.assertEqual(generated.count(), 60)
        self.assertEqual(generated.published().count(), 60)
        case = generated.select_related("institution__region__parent").first()
        self.assertEqual(case.institution.region.level, Region.Level.DISTRICT)
        self.assertGreaterEqual(case.metrics.count(), 1)
        self.assertTrue(case.sections.exists())
        self.assertGreater(Region.objects.filter(level=Region.Level.PROVINCE).count(), 30)
        listed = self.client.get(reverse("cases:list"), {"q": "家庭医生"}).context["page_obj"].paginator.count
        self.assertEqual(listed, 63)  # the generated text is in the search index without a rebuild
        self.assertEqual(self.client.get(case.get_absolute_url()).status_code, 200)

    def test_a_second_run_adds_more_from_the_loaded_cases_only(self):
        self.generate("--count", "20", "--seed", "1")
        self.generate("--count", "20", "--seed", "2")
        self.assertEqual(Case.objects.count(), 43)

    def test_dry_run_writes_nothing(self):
        output = self.generate("--count", "10", "--dry-run")
        self.assertIn("将写入", output)
        self.assertEqual(Case.objects.count(), 3)

    def test_without_loaded_cases_it_says_what_to_do(self):
        Case.objects.all().delete()
        with self.assertRaisesMessage(CommandError, "load_articles"):
            self.generate("--count", "10")
        with self.assertRaisesMessage(CommandError, "--count"):
            self.generate("--count", "0")
