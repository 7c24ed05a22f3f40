"""Figures, fragments and pages computed from published cases, cached under the archive's generation.

At 100,000 cases each facet is a grouped query over the whole archive; the same filter set asks
for the same counts until something a reader can see changes. Every cached figure, fragment and
page carries the archive's generation, which moves whenever a case, its sections, photos,
people, metrics or themes, its page, institution or region, a theme or a publication is saved or
deleted (the receivers below), so a change shows at once. Bulk writes that send no signals
(generate_cases, restore) call changed() themselves, and every entry also expires after TIMEOUT.

The generation is one row in the database (ArchiveGeneration), moved in the same transaction as
the change, so every worker sees it the moment the change is committed whatever its cache: Redis
shared by all, or each process's own memory. A request reads it once, at its start (the page
cache middleware does so before any view reads a case), so that nothing it reads from the
archive is older than the generation it caches under.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import secrets
import threading
from collections import OrderedDict

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DatabaseError, InterfaceError, connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

TIMEOUT = 15 * 60
RECENT, RECENT_BYTES = 300, 256 * 1024  # values kept in each process's own memory, and the largest kept

logger = logging.getLogger(__name__)

_recent: OrderedDict[str, str | bytes] = OrderedDict()
_lock = threading.Lock()

_request = Local()  # the generation read by the current request, if it is one
_written = Local()  # the value this thread's transaction moved the generation to, while no one has read it


def generation() -> str:
    """The archive's generation: read from the database once per request (outside a request, each time)."""
    value = getattr(_request, "generation", None)
    if value is None:
        value = _read()
        if getattr(_request, "active", False):
            _request.generation = value
    _written.value = None  # handed out: something may be cached under it now
    return value


def _read() -> str:
    from .models import ArchiveGeneration

    # Plain SQL: read on every request, it need not be compiled each time. It is also the request's
    # first query, so where connections are kept and checked (CONN_HEALTH_CHECKS in production) it
    # is the check: a connection the database dropped since the last request is opened anew and the
    # read made again, instead of Django sending a "SELECT 1" before it on every request.
    checks = _takes_the_health_check()
    try:
        row = _fetch_generation(ArchiveGeneration._meta.db_table)
    except (DatabaseError, InterfaceError) as error:
        if not checks:
            raise
        logger.info("connection to the database lost since the last request, opening it anew: %s", error)
        connection.close()
        row = _fetch_generation(ArchiveGeneration._meta.db_table)
    value = row[0] if row else None
    if value is None:  # a database emptied by a test or a restore: start a generation
        value = ArchiveGeneration.objects.get_or_create(pk=1, defaults={"value": secrets.token_hex(8)})[0].value
    return value


def _fetch_generation(table: str):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {table} WHERE id = 1")
        return cursor.fetchone()


def _takes_the_health_check() -> bool:
    """Whether the read about to be made stands for the connection's health check that is due."""
    due = connection.health_check_enabled and not connection.health_check_done and connection.connection is not None
    if due and not connection.in_atomic_block:  # (in a transaction a lost connection cannot be replaced)
        connection.health_check_done = True
        return True
    return False


def changed(**kwargs) -> str:
    """Something readers see has changed: every cached figure, fragment and page is stale from now on.

    A new random value, never a counter: a rolled-back change leaves a value nobody will use again.
    Within one transaction the generation moves once (a loaded article saves dozens of rows), and
    again only if it was read since, as something may have been cached under it. Rows written by
    loaddata (raw) are skipped: the restore moves the generation once at the end.
    """
    from .models import ArchiveGeneration

    if kwargs.get("raw"):
        return generation()
    db = transaction.get_connection()
    unread = getattr(_written, "value", None)
    if unread is not None and db.in_atomic_block and _moved_in_this_transaction(db):
        return unread
    value = secrets.token_hex(8)
    if not ArchiveGeneration.objects.filter(pk=1).update(value=value):
        ArchiveGeneration.objects.update_or_create(pk=1, defaults={"value": value})
    if db.in_atomic_block:
        transaction.on_commit(_moved)  # a marker: gone when the transaction (or its savepoint) ends
    _written.value = value
    if getattr(_request, "active", False):
        _request.generation = value
    return value


def _moved():
    """Nothing to do on commit: its presence among the commit hooks marks a transaction that moved the generation."""


def _moved_in_this_transaction(db) -> bool:
    return any(hook[1] is _moved for hook in db.run_on_commit)


def key(name: str, parts) -> str:
    """The cache key of this name and these parts in the current generation."""
    return f"archive:{name}:{generation()}:{hashlib.sha1(repr(parts).encode()).hexdigest()}"


def cached(name: str, parts, compute):
    """compute() for this name and these parts, computed once per archive generation."""
    return cached_at(key(name, parts), compute)


def cached_at(key: str, compute):
    """The value under this key: from this process's memory, else the cache, else compute() (stored in both).

    A key carries the generation, so what is stored under it never changes: each process keeps the
    RECENT values it used last (pickled, so that no two requests share an object; fragments as they
    are), which spares a shared cache (Redis) a round trip for each.
    """
    with _lock:
        kept = _recent.get(key)
        if kept is not None:
            _recent.move_to_end(key)
    if kept is not None:
        return kept if isinstance(kept, str) else pickle.loads(kept)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    kept = value if isinstance(value, str) else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    if len(kept) <= RECENT_BYTES:
        with _lock:
            _recent[key] = kept
            while len(_recent) > RECENT:
                _recent.popitem(last=False)
    return value


def forget() -> None:
    """Drop what this process remembers (tests: a rolled-back test reuses a generation)."""
    with _lock:
        _recent.clear()


def _request_started(**kwargs):
    _request.active = True
    _request.generation = None


def _request_finished(**kwargs):
    _request.active = False
    _request.generation = None


def connect() -> None:
    from institutions.models import Institution, PartyOrganization, Region

    from .models import Case, CaseText, Metric, Person, Photo, Publication, Section, Showcase, Theme

    models = (Case, CaseText, Section, Photo, Person, Metric, Showcase, Theme, Publication, Institution, Region, PartyOrganization)
    for model in models:
        post_save.connect(changed, sender=model, dispatch_uid=f"archive-changed-save-{model.__name__}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"archive-changed-delete-{model.__name__}")
    for relation in (Case.themes, Case.partners, Case.party_organizations):
        m2m_changed.connect(changed, sender=relation.through, dispatch_uid=f"archive-changed-{relation.field.name}")
    request_started.connect(_request_started, dispatch_uid="archive-generation-request-started")
    request_finished.connect(_request_finished, dispatch_uid="archive-generation-request-finished")
