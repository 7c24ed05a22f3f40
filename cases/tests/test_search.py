"""The bigram index finds exactly what a substring scan of the search text finds, on either database."""

import random
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.db.models import Q
from django.test import TestCase
from django.urls import reverse

from cases import search
from cases.models import Case, CaseText

from . import factories as f

CJK = "党员群众服务网格疫苗医生家庭社区村民健康"
LATIN = "abcABC"
DIGITS = "0123"
OTHER = "，。、-·ＡＢａ１①𠀀 \n"  # punctuation, full-width letters and digit, a circled one, a rare ideograph, breaks
ALPHABET = CJK * 3 + LATIN + DIGITS + OTHER


def scan(words):
    """The reference: every term is a substring of search_text (letter case ignored where a term has Latin)."""
    condition = Q()
    for word in words:
        lookup = "icontains" if any(ch.isascii() and ch.isalpha() for ch in word) else "contains"
        condition &= Q(**{f"text__search_text__{lookup}": word})
    return set(Case.objects.filter(condition).values_list("pk", flat=True))


def found(query):
    return set(search.search(Case.objects.all(), query).values_list("pk", flat=True))


class GramTests(TestCase):
    def test_text_becomes_bigrams_in_order_then_its_characters(self):
        self.assertEqual(search.grams("党员活动"), "党员 员活 活动 党 员 活 动")
        self.assertEqual(search.grams("Ab1，党员"), "ab b1 党员 a b 1 党 员")
        self.assertEqual(search.grams("，。"), "")


class SearchMatchesScanTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        rng = random.Random(2026)
        page = f.make_showcase()
        cls.texts = []
        for n in range(150):
            body = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(10, 300)))
            title = "".join(rng.choice(CJK + LATIN) for _ in range(rng.randint(2, 12)))
            f.make_case(page, title, order=n, sections=[("", body)])
            cls.texts.append(title + body)
        if connection.vendor == "postgresql":  # as autovacuum would: the planner knows the table's size
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE cases_casetext")

    def sample_terms(self, rng, length, count):
        """Substrings of the cases' text (so most are found) and random strings (so some are not)."""
        terms = []
        while len(terms) < count:
            text = rng.choice(self.texts)
            if len(text) < length:
                continue
            start = rng.randrange(len(text) - length + 1)
            term = text[start : start + length] if rng.random() < 0.7 else "".join(rng.choice(ALPHABET) for _ in range(length))
            if search.terms(term) == [term]:
                terms.append(term)
        return terms

    def test_single_terms_of_every_length(self):
        rng = random.Random(1)
        checked = hits = 0
        for length in (1, 2, 3, 4, 5, 8):
            for term in self.sample_terms(rng, length, 40):
                with self.subTest(term=term):
                    expected = scan([term])
                    self.assertEqual(found(term), expected)
                    checked += 1
                    hits += bool(expected)
        self.assertEqual(checked, 240)
        self.assertGreater(hits, 120)  # the comparison is not only of empty results

    def test_the_case_list_s_sets_of_each_term_equal_the_scan(self):
        """What the case list counts and pages (cases/idsets.py: each term's ids from the index) is the scan's."""
        rng = random.Random(3)
        for length in (1, 2, 3, 5):
            for term in self.sample_terms(rng, length, 25):
                with self.subTest(term=term):
                    self.assertEqual(set(search.found_ids(term)), scan([term]))
        for words in (["党员", "群众"], ["网格疫苗", "ab"]):
            with self.subTest(words=words):
                listed = self.client.get(reverse("cases:list"), {"q": " ".join(words)}).context["page_obj"].paginator.count
                self.assertEqual(listed, len(scan(words)))

    def test_several_terms_must_all_occur(self):
        rng = random.Random(2)
        for _ in range(60):
            words = self.sample_terms(rng, rng.randint(1, 4), rng.randint(2, 3))
            with self.subTest(words=words):
                self.assertEqual(found(" ".join(words)), scan(search.terms(" ".join(words))))

    def test_known_shapes(self):
        for term in ["党员", "党", "员群众", "网格疫苗医生", "ab", "AB", "aB1", "1", "群众，", "ａ", "①", "𠀀", "党员-a", "x0x"]:
            with self.subTest(term=term):
                self.assertEqual(found(term), scan([term]))

    def test_a_term_of_gram_characters_needs_no_scan(self):
        def text_columns(query):  # one for each scan
            return str(search.search(Case.objects.all(), query).query).count('"cases_casetext"."search_text"')

        # Both indexes keep no positions: a longer term's grams come from the index, the term
        # itself is checked in the text of those cases only.
        self.assertEqual(text_columns("党员 aB1 家庭医生"), 2)
        self.assertEqual(text_columns("党员"), 0)
        self.assertEqual(text_columns("群众，"), 1)


class IndexFollowsEditsTests(TestCase):
    def test_edits_deletions_and_the_rebuild_command(self):
        case = f.make_case(title="社区网格员", sections=[("", "开展疫苗接种。")])
        other = f.make_case(title="家庭医生签约", sections=[("", "入户随访。")])
        self.assertEqual(found("疫苗接种"), {case.pk})

        section = case.sections.get()
        section.body = "组织义诊活动。"
        section.save()
        case.rebuild_search_text()
        self.assertEqual(found("疫苗接种"), set())
        self.assertEqual(found("义诊"), {case.pk})

        other.delete()
        self.assertEqual(found("家庭医生"), set())

        CaseText.objects.update(search_text="", search_grams="")  # as a bulk load that went around the model would leave it
        self.assertEqual(found("义诊"), set())
        out = StringIO()
        call_command("rebuild_search_index", stdout=out)
        self.assertIn("共 1 个案例，已更新 1 个", out.getvalue())
        self.assertEqual(found("义诊"), {case.pk})
        self.assertEqual(found("网格员"), {case.pk})

    def test_dry_run_changes_nothing(self):
        case = f.make_case(title="社区网格员")
        CaseText.objects.update(search_grams="")
        out = StringIO()
        call_command("rebuild_search_index", "--dry-run", stdout=out)
        self.assertIn("将更新 1 个", out.getvalue())
        self.assertEqual(found("网格"), set())
        self.assertEqual(CaseText.objects.get(case=case).search_grams, "")

    def test_an_index_made_with_positions_is_made_again_without(self):
        if connection.vendor != "sqlite":
            self.skipTest("the FTS5 table is SQLite's")
        case = f.make_case(title="社区网格员", sections=[("", "开展疫苗接种。")])
        search.drop_index(connection)
        with connection.cursor() as cursor:  # as an earlier version made it
            cursor.execute(
                f"CREATE VIRTUAL TABLE {search.SQLITE_TABLE} USING fts5(search_grams, content='cases_casetext', "
                "content_rowid='case_id', tokenize='unicode61 remove_diacritics 0')"
            )
        self.assertTrue(search.install_index(connection))
        with connection.cursor() as cursor:
            cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [search.SQLITE_TABLE])
            self.assertIn("detail=none", cursor.fetchone()[0])
        self.assertEqual(found("疫苗接种"), {case.pk})
        self.assertFalse(search.install_index(connection))


class RememberedResultsTests(TestCase):
    """found_ids() remembers a term's cases and, asked again after edits, checks only the cases
    written since (the change log the database's triggers keep): the answer is still the scan's."""

    def test_edits_new_and_deleted_cases_after_a_term_was_remembered(self):
        first = f.make_case(title="社区网格员", sections=[("", "党员开展疫苗接种。")])
        second = f.make_case(title="家庭医生签约", sections=[("", "党员入户随访。")])
        self.assertEqual(set(search.found_ids("党员")), {first.pk, second.pk})

        section = first.sections.get()
        section.body = "群众开展疫苗接种。"
        section.save()
        first.rebuild_search_text()
        third = f.make_case(title="党员先锋岗", sections=[("", "义诊。")])
        second.delete()
        with self.assertNumQueries(2):  # the log's ends, then the cases written since and whether their text holds the term
            found = set(search.found_ids("党员"))
        self.assertEqual(found, scan(["党员"]))
        self.assertEqual(found, {third.pk})
        with self.assertNumQueries(1):  # nothing written since: the remembered answer
            self.assertEqual(set(search.found_ids("党员")), {third.pk})

    def test_a_bulk_load_makes_every_remembered_term_be_found_anew(self):
        case = f.make_case(title="社区网格员", sections=[("", "开展疫苗接种。")])
        self.assertEqual(set(search.found_ids("疫苗")), {case.pk})
        with search.index_suspended(connection):  # as generate_cases writes: no trigger fires
            CaseText.objects.filter(case=case).update(search_text="组织义诊。", search_grams=search.grams("组织义诊。"))
        self.assertEqual(set(search.found_ids("疫苗")), set())
        self.assertEqual(set(search.found_ids("义诊")), {case.pk})

    def test_a_result_remembered_of_another_start_of_the_log_is_not_taken(self):
        case = f.make_case(title="社区网格员", sections=[("", "开展疫苗接种。")])
        self.assertEqual(set(search.found_ids("疫苗")), {case.pk})
        with connection.cursor() as cursor:  # a database made anew under the same cache: the log starts again
            cursor.execute(f"DELETE FROM {search.CHANGE_TABLE}")
            search.everything_changed(cursor)
        CaseText.objects.filter(case=case).delete()
        with connection.cursor() as cursor:  # as if the new database's log had reached the old one's length
            cursor.execute(f"DELETE FROM {search.CHANGE_TABLE} WHERE case_id > 0")
        self.assertEqual(set(search.found_ids("疫苗")), set())

    def test_the_list_after_an_edit_that_moved_no_case_places_only_the_cases_written(self):
        from unittest import mock

        from cases import caching, idsets
        from cases.idsets import Ranking

        self.addCleanup(idsets.forget)  # (this process's ranking and positions belong to this test's rolled-back cases)
        cases = [f.make_case(title=f"入户随访{n}", sections=[("", "党员入户随访。")]) for n in range(6)]
        list_count = lambda: self.client.get(reverse("cases:list"), {"q": "党员"}).context["page_obj"].paginator.count  # noqa: E731
        self.assertEqual(list_count(), len(scan(["党员"])))
        section = cases[2].sections.get()
        section.body = "群众入户随访。"
        section.save()
        cases[2].rebuild_search_text()
        caching.forget()  # (as another request would: the page's own fragments are not this test's concern)
        self.assertIsNotNone(idsets.ranking())  # the new generation's order: the same as before
        with mock.patch.object(Ranking, "of", autospec=True, side_effect=Ranking.of) as placed:
            self.assertEqual(list_count(), len(scan(["党员"])))
        self.assertEqual(list_count(), len(cases) - 1)
        self.assertLessEqual(max(len(call.args[1]) for call in placed.call_args_list), 1)  # the one case written, not all six
