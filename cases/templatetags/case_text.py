"""Filters for case text on the public pages: search-term highlighting and snippets."""

from django import template

from cases import search

register = template.Library()


@register.filter
def highlight(text, words):
    """{{ case.title|highlight:terms }}: escaped text with the search terms in <mark>."""
    return search.highlight(str(text or ""), words or [])


@register.filter
def snippet(text, words):
    """{{ case.search_text|snippet:terms|highlight:terms }}: the body around the first term."""
    return search.snippet(str(text or ""), words or [])


@register.filter
def cn_number(value):
    """139212 -> 13.9万, 2.3亿 for 230000000: how a Chinese paper prints a large round figure."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    for unit, size in (("亿", 100_000_000), ("万", 10_000)):
        if abs(number) >= size:
            return f"{number / size:.1f}".rstrip("0").rstrip(".") + unit
    return f"{number:.0f}" if number == int(number) else f"{number:g}"
