"""Every rule table of the loader, run on the examples each row carries (rules as data)."""

from django.test import SimpleTestCase

from cases.loader.rules import tables


class RuleTableTests(SimpleTestCase):
    def test_every_row_matches_its_examples_and_not_its_counterexamples(self):
        for table, rows in tables().items():
            for row in rows:
                self.assertTrue(row.examples, f"{table}: “{row.meaning}” has no example")
                for example in row.examples:
                    with self.subTest(table=table, meaning=row.meaning, example=example):
                        self.assertIsNotNone(row.search(example))
                for counterexample in row.counterexamples:
                    with self.subTest(table=table, meaning=row.meaning, counterexample=counterexample):
                        self.assertIsNone(row.search(counterexample))
