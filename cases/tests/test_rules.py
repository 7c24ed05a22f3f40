"""Every rule table of the loader, run on the examples each row carries (rules as data)."""

from django.test import SimpleTestCase

from cases.loader.metrics import NOT_COUNTED, extract_metrics, figure_at, parse_number
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


class NotCountedTests(SimpleTestCase):
    """Each NOT_COUNTED row: the number marked 〔〕 in its examples is that and is not read as a
    figure; in its counterexamples the row does not hold."""

    def test_every_row_refuses_its_examples_and_not_its_counterexamples(self):
        for row in NOT_COUNTED:
            self.assertTrue(row.examples, f"“{row.meaning}” has no example")
            for example in row.examples:
                with self.subTest(meaning=row.meaning, example=example):
                    clause, figure = self._marked(example)
                    self.assertTrue(row.test(figure))
                    read = {m.value for m in extract_metrics([clause])}
                    value = parse_number(figure.number)
                    self.assertFalse(read & {value, value * 10, value * 1000, value * 10000}, read)
            for counterexample in row.counterexamples:
                with self.subTest(meaning=row.meaning, counterexample=counterexample):
                    self.assertFalse(row.test(self._marked(counterexample)[1]))

    def _marked(self, example: str):
        clause = example.replace("〔", "").replace("〕", "")
        figure = figure_at(clause, example.index("〔"))
        self.assertIsNotNone(figure, f"no number read at 〔〕 in {example}")
        return clause, figure
