"""Figures computed over all published cases (facet counts, result counts, headline figures), cached.

At 100,000 cases each facet is a grouped query over the whole archive; the same filter set asks
for the same counts until something a reader can see changes. Every cached figure carries the
archive's generation, which moves whenever a case, its metrics or themes, its page, institution
or region, a theme or a publication is saved or deleted (the receivers below), so a change shows
at once (a new search text changes what a search counts). Bulk writes that send no signals (generate_cases) call changed() themselves, and every
entry also expires after TIMEOUT. With several workers, set REDIS_URL so that they share one cache
(see docs/deploy.md); each worker's local memory would only see its own changes.
"""

from __future__ import annotations

import hashlib
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

GENERATION = "archive:generation"
TIMEOUT = 15 * 60


def generation() -> str:
    value = cache.get(GENERATION)
    if value is None:
        value = changed()
    return value


def changed(**kwargs) -> str:
    """Something readers see has changed: every cached figure and page is stale from now on, and
    again once the change is committed (a reader who read the rows before the commit may have
    cached them under the value set here)."""
    transaction.on_commit(_move)
    return _move()


def _move() -> str:
    value = str(time.time_ns())
    cache.set(GENERATION, value, None)
    return value


def cached(name: str, parts, compute):
    """compute() for this name and these parts, computed once per archive generation."""
    digest = hashlib.sha1(repr(parts).encode()).hexdigest()
    key = f"archive:{name}:{generation()}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def connect() -> None:
    from institutions.models import Institution, Region

    from .models import Case, CaseText, Metric, Publication, Showcase, Theme

    for model in (Case, CaseText, Metric, Showcase, Theme, Publication, Institution, Region):
        post_save.connect(changed, sender=model, dispatch_uid=f"archive-changed-save-{model.__name__}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"archive-changed-delete-{model.__name__}")
    m2m_changed.connect(changed, sender=Case.themes.through, dispatch_uid="archive-changed-themes")
