"""The published cases as sets of positions (roaring bitmaps): what the case list counts and pages.

At 100,000 cases a facet's counts are a grouped query over every matching case, run again for
each filter set, and a search's page runs the search again. Here each facet value's cases, each
other filter's and each search's are read from the database once per archive generation, as a
set; a page's count is then the size of the sets' intersection, a facet's counts the sizes of its
values' intersections with it (microseconds each, however many cases match), and a page of
results a slice of it.

A set holds positions, not ids: a case's position is its rank among the published cases, newest
first (the list's default order), so that the n-th page of a set is simply its n-th twenty
members, as fast on page 500 as on page 1. Everything here is keyed by the archive's generation
(cases/caching.py), so a change shows at once.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from operator import itemgetter

from django.core.cache import cache
from django.db.models import Aggregate, TextField
from pyroaring import BitMap, FrozenBitMap

from . import caching

KEPT = 512  # sets kept in each process's memory (most a few KB; the archive's own about 2 MB per 100,000 cases)
NONE = 0xFFFFFFFF  # the position of an id that is not a published case of this generation

_kept: OrderedDict[str, object] = OrderedDict()
_lock = threading.Lock()


def remembered(name: str, parts, compute: Callable[[], object]):
    """compute() once per archive generation: from this process's memory, else the shared cache, else computed."""
    key = caching.key(f"idsets-{name}", parts)
    with _lock:
        if key in _kept:
            _kept.move_to_end(key)
            return _kept[key]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, caching.TIMEOUT)
    with _lock:
        _kept[key] = value
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
    return value


def forget() -> None:
    """Drop what this process remembers (tests: a rolled-back test may reuse a generation)."""
    with _lock:
        _kept.clear()
        _current.clear()
        _found.clear()


class Ranking:
    """The published cases of one generation in the list's default order (newest first): position <-> id."""

    def __init__(self, ids: Iterable[int]):
        self.ids = array("q", ids)  # position -> id
        self.positions = array("I", [NONE]) * ((max(self.ids) + 1) if self.ids else 0)  # id -> position
        for position, pk in enumerate(self.ids):
            self.positions[pk] = position
        self.everything = FrozenBitMap(range(len(self.ids)))
        self.nothing = FrozenBitMap()

    def of(self, ids: Iterable[int]) -> FrozenBitMap:
        """The positions of these ids (an id that is not a published case of this generation has none)."""
        size = len(self.positions)
        ids = ids if isinstance(ids, (BitMap, FrozenBitMap)) else BitMap(ids)
        if ids and ids.max() >= size:  # (a case made after this generation's order was read)
            ids = BitMap(ids)
            ids.remove_range(size, ids.max() + 1)
        if not ids:
            return self.nothing
        lookup = self._lookup()
        found = BitMap(itemgetter(*ids.to_array())(lookup) if len(ids) > 1 else [lookup[ids.min()]])
        found.discard(NONE)
        return FrozenBitMap(found)

    def _lookup(self) -> list[int]:
        """positions as a list: a common term's 77,000 ids are looked up in half the time of the array
        (made in each process on first use, never pickled into the shared cache)."""
        if self.__dict__.get("_positions_list") is None:
            self._positions_list = list(self.positions)
        return self._positions_list

    def __getstate__(self):
        return {**self.__dict__, "_positions_list": None}

    def ids_at(self, positions: Iterable[int]) -> list[int]:
        return [self.ids[p] for p in positions]


class Archive:
    """The published cases of one generation: their order, and each facet value's cases as a set."""

    def __init__(self, ranking: Ranking, facets: dict[str, dict[str, tuple[str, FrozenBitMap]]]):
        self.ranking = ranking
        self.facets = facets


_current: dict[str, Ranking] = {}  # this process's last ranking


def archive() -> Archive:
    found = remembered("archive", (), _read_archive)
    last = _current.get("ranking")
    if last is not None and found.ranking is not last and found.ranking.ids == last.ids:
        # an edit that left the order as it was (most do): the ranking this process already holds,
        # with its id -> position list, serves the new generation too
        found.ranking = last
    _current["ranking"] = found.ranking
    return found


def ranking() -> Ranking:
    return archive().ranking


def facet(name: str) -> dict[str, tuple[str, FrozenBitMap]]:
    """{value: (label, positions)} of one facet of the case list (cases.filters.CaseFilter.FACETS)."""
    return archive().facets[name]


_FOUND_KEPT, _FEW_CHANGED = 64, 2_000
_found: OrderedDict[str, tuple[Ranking, BitMap, FrozenBitMap]] = OrderedDict()  # term -> (ranking, its ids, their positions)


def of_found(word: str, ids: BitMap) -> FrozenBitMap:
    """The positions of a search term's cases: ranking().of(ids), but where this process placed the
    term's cases in the same ranking before (an edit that changed no case's place), only the few
    cases that came or went since are placed (a common term's 77,000 are not looked up again)."""
    current = ranking()
    with _lock:
        kept = _found.get(word)
    if kept is not None and kept[0] is current:
        _, before, positions = kept
        gone, came = before - ids, ids - before
        if len(gone) + len(came) <= _FEW_CHANGED:
            placed = BitMap(positions)
            placed.difference_update(current.of(gone))
            placed.update(current.of(came))
            positions = FrozenBitMap(placed)
        else:
            positions = current.of(ids)
    else:
        positions = current.of(ids)
    with _lock:
        _found[word] = (current, BitMap(ids), positions)
        _found.move_to_end(word)
        while len(_found) > _FOUND_KEPT:
            _found.popitem(last=False)
    return positions


def of_queryset(name: str, parts, queryset) -> FrozenBitMap:
    """The positions of the cases this queryset gives, computed once per generation under (name, parts)."""
    return remembered(name, parts, lambda: ranking().of(queryset.order_by().values_list("pk", flat=True)))


def intersection(sets: Iterable[FrozenBitMap]) -> FrozenBitMap:
    """Every case in all these sets (all published cases when there are none)."""
    sets = sorted(sets, key=len)
    if not sets:
        return ranking().everything
    return sets[0].intersection(*sets[1:]) if len(sets) > 1 else sets[0]


class Ranked:
    """Sets one after the other, each in position order (newest first): a list's ids, sliced as a
    sequence without reading the cases before or after the slice."""

    def __init__(self, parts: Iterable[FrozenBitMap]):
        self.parts = [part for part in parts if part]

    def __len__(self) -> int:
        return sum(len(part) for part in self.parts)

    def __getitem__(self, index: slice) -> list[int]:
        start, stop, _ = index.indices(len(self))
        positions: list[int] = []
        for part in self.parts:
            if stop <= 0:
                break
            if start < len(part):
                positions.extend(part[start:min(stop, len(part))])
            start, stop = max(0, start - len(part)), stop - len(part)
        return ranking().ids_at(positions)


# --- reading the archive's sets -------------------------------------------------------------------


class Ids(Aggregate):
    """A group's case ids as one string ("3,17,42"): a facet value's members in one row, not one row each."""

    function = "GROUP_CONCAT"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, function="STRING_AGG", template="%(function)s(%(expressions)s::text, ',')")


def _read_archive() -> Archive:
    """Four queries: the cases newest first, then the facets' values with their cases' ids (the single-valued
    facets together, then themes, then figures' categories)."""
    from django.db import connection
    from django.db.models import IntegerField
    from django.db.models.functions import Cast, ExtractYear, Substr

    from institutions.models import InstitutionKind, province_field

    from .filters import CaseFilter
    from .models import Case, Metric

    published = Case.objects.published()
    ranking = Ranking(published.order_by(*CaseFilter.ORDERINGS["newest"][1], "pk").values_list("pk", flat=True))
    # SQLite keeps a date as ISO text, its year the first four characters (ExtractYear would call a
    # Python function for each row)
    year = Cast(Substr("published_on", 1, 4), IntegerField()) if connection.vendor == "sqlite" else ExtractYear("published_on")
    kinds, categories = dict(InstitutionKind.choices), dict(Metric.Category.choices)
    members: dict[str, dict[str, list[int]]] = {name: {} for name in CaseFilter.FACETS}
    labels: dict[str, dict[str, str]] = {name: {} for name in CaseFilter.FACETS}

    def add(name, value, label, ids):
        if value not in (None, ""):
            members[name].setdefault(str(value), []).extend(ids)
            labels[name][str(value)] = label

    # the single-valued facets in one query: a group per combination of their values
    single = published.annotate(y=year, province=province_field("slug", "institution__region"), province_name=province_field("name", "institution__region")).values_list(
        "institution__kind", "showcase__publication__slug", "showcase__publication__name", "y", "province", "province_name"
    )
    for kind, publication, publication_name, y, province, province_name, ids in single.order_by().annotate(ids=Ids("pk")):
        ids = list(map(int, ids.split(",")))
        add("kind", kind, kinds.get(kind, kind), ids)
        add("publication", publication, publication_name, ids)
        add("year", y, f"{y}年", ids)
        add("province", province, province_name, ids)
    for slug, name, ids in published.values_list("themes__slug", "themes__name").order_by().annotate(ids=Ids("pk")):
        add("theme", slug, name, map(int, ids.split(",")))
    for category, ids in published.values_list("metrics__category").order_by().annotate(ids=Ids("pk")):
        add("category", category, categories.get(category, category), map(int, ids.split(",")))
    facets = {
        name: {value: (labels[name][value], ranking.of(ids)) for value, ids in values.items()} for name, values in members.items()
    }
    return Archive(ranking, facets)
