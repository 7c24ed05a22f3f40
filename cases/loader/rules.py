"""Rules as data: each stage of the loader keeps its text-reading rules as tables of Rule rows.

A row says what a pattern means and carries examples it must match and examples it must not;
one parametrised test (cases/tests/test_rules.py) walks every table listed in TABLES, so a new
shape of article is a new row with its examples, rarely new code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    meaning: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...] = ()

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text)


def rule(pattern: str, meaning: str, examples: tuple[str, ...] | list[str], counterexamples=()) -> Rule:
    return Rule(re.compile(pattern), meaning, tuple(examples), tuple(counterexamples))


def first_match(rules: list[Rule], text: str) -> Rule | None:
    return next((r for r in rules if r.search(text)), None)


def tables() -> dict[str, list[Rule]]:
    """Every rule table of the loader, by name, for the test that runs their examples."""
    from . import furniture, metadata, metrics

    return {
        "furniture.LINES": furniture.LINES,
        "furniture.TAIL_MARKERS": furniture.TAIL_MARKERS,
        "furniture.TEASER_PREFIX": [furniture.TEASER_PREFIX],
        "furniture.ANY_LENGTH": [furniture.ANY_LENGTH],
        "metadata.LINE_RULES": metadata.LINE_RULES,
        "metrics.NOT_FIGURES": metrics.NOT_FIGURES,
        "metrics.CATEGORY_RULES": [r for r, _ in metrics.CATEGORY_RULES],
    }
