"""Full-text search of cases that finds Chinese words of any length, on SQLite and PostgreSQL alike.

Chinese has no spaces between words, so a tokenising index misses short terms: SQLite's FTS5
trigram tokenizer needs three characters and PostgreSQL's default parser takes a whole run of
Chinese as one token, so 党员, 疫苗 or 网格 would not be found. The archive holds thousands of
cases, not millions, so a substring match over the denormalised Case.search_text (title,
institution, lead, body) is both correct and fast enough (see bench/search.py); each term must
occur, and title or institution hits rank above body-only hits.
"""

from __future__ import annotations

import re

from django.db.models import Case as CaseWhen, IntegerField, Q, QuerySet, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_TERMS = 5


def terms(query: str) -> list[str]:
    """The words of a query: split on spaces (ASCII or full-width), each once, at most five."""
    found: list[str] = []
    for term in re.split(r"[\s\u3000]+", query.strip()):
        if term and term not in found:
            found.append(term)
    return found[:MAX_TERMS]


def search(queryset: QuerySet, query: str) -> QuerySet:
    """Cases containing every term, with .rank: 2 for a title hit, 1 for an institution hit."""
    words = terms(query)
    if not words:
        return queryset
    for word in words:
        queryset = queryset.filter(**{f"search_text__{_lookup(word)}": word})
    in_title = Q()
    in_institution = Q()
    for word in words:
        in_title |= Q(**{f"title__{_lookup(word)}": word})
        in_institution |= Q(**{f"institution__name__{_lookup(word)}": word})
    rank = CaseWhen(
        When(in_title, then=Value(2)),
        When(in_institution, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    return queryset.annotate(rank=rank)


def _lookup(word: str) -> str:
    """Chinese has no letter case: a plain LIKE spares PostgreSQL an UPPER() of every row's text."""
    return "icontains" if any(ch.isascii() and ch.isalpha() for ch in word) else "contains"


def highlight(text: str, words: list[str]) -> str:
    """The text escaped, with each term marked: escaping first, so nothing from a case is markup."""
    escaped = escape(text)
    if not words:
        return mark_safe(escaped)
    pattern = "|".join(re.escape(escape(w)) for w in sorted(words, key=len, reverse=True))
    return mark_safe(re.sub(f"({pattern})", r"<mark>\1</mark>", escaped, flags=re.IGNORECASE))


def snippet(text: str, words: list[str], width: int = 60) -> str:
    """About `width` characters of text around the first term found, with … where it was cut."""
    lowered = text.lower()
    hits = [lowered.find(w.lower()) for w in words if w.lower() in lowered]
    if not hits:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, min(hits) - width // 3)
    end = min(len(text), start + width)
    body = text[start:end].replace("\n", " ")
    return ("…" if start else "") + body + ("…" if end < len(text) else "")
