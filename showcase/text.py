"""Small helpers for Chinese text shared by every app."""

from django.utils.text import slugify
from pypinyin import lazy_pinyin


def pinyin_slug(text, max_length=60):
    """A readable ASCII slug for a Chinese name: 双流区第二人民医院 -> shuang-liu-qu-di-er-..."""
    slug = slugify(" ".join(lazy_pinyin(text or "")))
    return slug[:max_length].strip("-") or "item"


def pinyin_key(text):
    """Sort key that orders Chinese by pinyin, as readers expect in a directory."""
    return " ".join(lazy_pinyin(text or "")).lower()
