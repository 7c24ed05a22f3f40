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
