"""Full-text search of cases that finds Chinese words of any length, on SQLite and PostgreSQL alike.

Chinese has no spaces between words, so a word index misses short terms: SQLite's FTS5 trigram
tokenizer needs three characters, and PostgreSQL's default parser takes a whole run of Chinese as
one token, so 党员, 疫苗 or 网格 would not be found. CaseText.search_grams therefore spells the search
text as overlapping two-character grams ("党员活动" -> "党员 员活 活动"), then each character once,
and each database indexes those space-separated tokens with its own tokenizer: an FTS5 table
(unicode61, no positions) on SQLite, a GIN index over to_tsvector('simple', ...) on PostgreSQL. A
term of two characters is its gram, a one-character term its character; a longer term asks for
all its grams, and the few cases holding them all are checked for the term itself.

Grams are made only of characters both tokenizers keep whole (ASCII letters and digits, lowered, and
the common CJK ideographs); anything else breaks a run. For a term made only of such characters the
index answers exactly what a substring scan of search_text would; a term with other characters
(punctuation, full-width letters, rarer scripts) is narrowed by the index on its runs, then checked
by the scan, so results are always those of the scan. Title or institution hits rank first.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets

from django.core.cache import cache
from django.db import connection
from django.db.models import Case as CaseWhen, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe
from pyroaring import BitMap

MAX_TERMS = 5
SQLITE_TABLE = "cases_case_grams"

# Characters kept whole by SQLite's unicode61 (Unicode 6.1 tables) and by PostgreSQL's parser.
_GRAM_CHARS = re.compile(r"[0-9a-z\u3400-\u4db5\u4e00-\u9fcc]+")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    """Only ASCII: str.lower() also turns a few other letters (the Kelvin sign K) into ASCII ones."""
    return text.translate(_ASCII_LOWER)


def _runs(text: str) -> list[str]:
    return _GRAM_CHARS.findall(_ascii_lower(text))


def grams(text: str) -> str:
    """The text as index tokens: each run's overlapping bigrams, then each character once.

    Neither index keeps positions, so nothing needs to mark where one run ends (an index built
    before may still hold such marks, x0x: no query asks for them)."""
    runs = _runs(text)
    tokens = [run[i : i + 2] for run in runs for i in range(len(run) - 1)]
    tokens.extend(dict.fromkeys(ch for run in runs for ch in run))
    return " ".join(tokens)


def _term_grams(term: str) -> list[str]:
    """The index tokens a term needs: each run's bigrams (a one-character run: its character)."""
    return [gram for run in _runs(term) for gram in ([run[i : i + 2] for i in range(len(run) - 1)] or [run])]


def _exact(term: str) -> bool:
    """Whether the index alone answers the term as a scan would: one run covering the whole term."""
    return _GRAM_CHARS.fullmatch(_ascii_lower(term)) is not None


def terms(query: str) -> list[str]:
    """The words of a query: split on spaces (ASCII or full-width), each once, at most five."""
    found: list[str] = []
    for term in re.split(r"[\s\u3000]+", query.strip()):
        if term and term not in found:
            found.append(term)
    return found[:MAX_TERMS]


def matching(queryset: QuerySet, words: list[str]) -> QuerySet:
    """Cases whose search text holds every term: the gram index first, the scan only where it must check."""
    for word in words:
        grams_ = _term_grams(word)
        if grams_:
            queryset = queryset.filter(pk__in=_indexed(grams_))
        # the grams in any order are not the term: a run of three or more characters is checked in the text
        if not _exact(word) or any(len(run) > 2 for run in _runs(word)):
            queryset = queryset.filter(**{f"text__search_text__{_lookup(word)}": word})
    return queryset


# How far back the change log is read again: a write committed after a later one (two loads at
# once) is still checked; and how many changed cases are checked rather than the term found anew.
_LOG_OVERLAP = 500
_MOST_CHECKED = 5000


def found_ids(word: str) -> BitMap:
    """The ids of the cases (published or not) whose search text holds the term.

    Remembered per term in the shared cache with the change log's last row at the time; asked
    again, the result is brought up to date by checking only the cases written since (one edit
    after another leaves a common term's 77,000 ids a few rows away from current), and is found
    anew (found_now) the first time, after a bulk load, or when many cases changed."""
    from .models import CaseText, TextChange

    key = f"search-found:{hashlib.sha1(word.encode()).hexdigest()}"
    with connection.cursor() as cursor:  # the log's first row names its start; its last, how far it goes
        cursor.execute(f"SELECT (SELECT case_id FROM {CHANGE_TABLE} ORDER BY id LIMIT 1), (SELECT MAX(id) FROM {CHANGE_TABLE})")
        start, last = cursor.fetchone()
    kept = cache.get(key)
    found = None
    if kept is not None and kept[:2] == (start, last):
        return BitMap.deserialize(kept[2])  # nothing written since: as remembered
    if kept is not None and kept[0] == start and last is not None and kept[1] < last:
        # each case written since, and whether its text (if it still has one) holds the term: one query
        holds = CaseText.objects.filter(case_id=OuterRef("case_id"), **{f"search_text__{_lookup(word)}": word})
        written = TextChange.objects.filter(id__gt=kept[1] - _LOG_OVERLAP, case_id__gt=0).annotate(holds=Exists(holds))
        rows = list(written.values_list("case_id", "holds")[: _MOST_CHECKED + 1])
        if len(rows) <= _MOST_CHECKED:
            found = BitMap.deserialize(kept[2])
            found.difference_update(BitMap(case for case, _ in rows))
            found.update(case for case, hit in rows if hit)
    if found is None:
        found = BitMap(found_now(word))
    cache.set(key, (start, last, found.serialize()), 24 * 60 * 60)
    return found


def found_now(word: str) -> list[int]:
    """found_ids() from the index itself (and, where the index alone cannot tell, the text of its
    candidates only): no join with the cases' table, so that a common term's 77,000 ids at
    100,000 cases are read in one pass."""
    from .idsets import Ids
    from .models import CaseText

    grams_ = _term_grams(word)
    checked = not _exact(word) or any(len(run) > 2 for run in _runs(word))
    if grams_ and not checked:
        # the index's own answer, its ids joined in one string (tens of thousands of rows cost more
        # to hand over one by one than to find)
        column, source, params = _index_query(grams_)
        together = f"GROUP_CONCAT({column})" if connection.vendor == "sqlite" else f"STRING_AGG({column}::text, ',')"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {together} {source}", params)
            joined = cursor.fetchone()[0]
    else:
        texts = CaseText.objects.filter(**{f"search_text__{_lookup(word)}": word})
        if grams_:
            texts = texts.filter(case_id__in=_indexed(grams_))
        joined = texts.aggregate(ids=Ids("case_id"))["ids"]
    return list(map(int, joined.split(","))) if joined else []


def _index_query(grams_: list[str]) -> tuple[str, str, list]:
    """(the id column, FROM … WHERE …, its parameters): the cases whose index holds every gram."""
    if connection.vendor == "sqlite":
        # The index keeps no positions (detail=none), which makes it a quarter of the size and
        # its lookups faster; matching() checks a longer term in the text itself.
        query = " AND ".join(f'"{gram}"' for gram in grams_)
        return "rowid", f"FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE} MATCH %s", [query]
    if connection.vendor == "postgresql":
        # Every gram, not the phrase: a GIN index answers & from the index alone, while <-> makes
        # PostgreSQL rebuild each candidate's tsvector to check positions (家庭医生: 4 s at 100,000
        # cases); matching() then checks the term in the text itself, so results equal a scan.
        query = " & ".join(grams_)
        source = (
            "FROM cases_casetext WHERE "
            "to_tsvector('simple'::regconfig, search_grams) @@ to_tsquery('simple'::regconfig, %s)"
        )
        return "case_id", source, [query]
    raise NotImplementedError(f"no gram index on {connection.vendor}")


def _indexed(grams_: list[str]) -> RawSQL:
    """The ids of the cases whose index holds every one of these grams, as a subquery."""
    column, source, params = _index_query(grams_)
    # PostgreSQL: OFFSET 0 keeps the planner from pulling the subquery up into a join that tests
    # each filtered case's text one by one (to_tsvector of ~11 KB of grams per row: 7 s for 网格
    # within a province at 100,000 cases): the ids come from the GIN index in one pass and are
    # hashed. (A table never analysed, a test's rows, may still be planned row by row.)
    offset = " OFFSET 0" if connection.vendor == "postgresql" else ""
    return RawSQL(f"SELECT {column} {source}{offset}", params)


def search(queryset: QuerySet, query: str) -> QuerySet:
    """Cases containing every term, with .rank: 2 for a title hit, 1 for an institution hit."""
    words = terms(query)
    if not words:
        return queryset
    queryset = matching(queryset, words)
    rank = CaseWhen(
        When(anywhere(words, "title"), then=Value(2)),
        When(anywhere(words, "institution__name"), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    return queryset.annotate(rank=rank)


def anywhere(words: list[str], field: str) -> Q:
    """The field holds any of the terms: what ranks a case first (a title hit) or second (an institution hit)."""
    found = Q()
    for word in words:
        found |= Q(**{f"{field}__{_lookup(word)}": word})
    return found


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


# --- the index itself --------------------------------------------------------------------------

# SQLite: an FTS5 table over CaseText.search_grams (external content: the tokens are stored once, in
# cases_casetext), kept in step by triggers. PostgreSQL: a GIN index over the tsvector of the column.
_SQLITE_TRIGGERS = {
    f"{SQLITE_TABLE}_insert": f"""AFTER INSERT ON cases_casetext BEGIN
        INSERT INTO {SQLITE_TABLE}(rowid, search_grams) VALUES (new.case_id, new.search_grams); END""",
    f"{SQLITE_TABLE}_delete": f"""AFTER DELETE ON cases_casetext BEGIN
        INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}, rowid, search_grams) VALUES ('delete', old.case_id, old.search_grams); END""",
    f"{SQLITE_TABLE}_update": f"""AFTER UPDATE OF search_grams ON cases_casetext BEGIN
        INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}, rowid, search_grams) VALUES ('delete', old.case_id, old.search_grams);
        INSERT INTO {SQLITE_TABLE}(rowid, search_grams) VALUES (new.case_id, new.search_grams); END""",
}
# The change log (TextChange): every write of a case's search text, whatever wrote it (a save, a bulk
# load, a cascade, a restore), so that a remembered result is brought up to date by checking only
# the cases written since (found_ids).
CHANGE_TABLE = "cases_textchange"
_CHANGE_TRIGGERS = {
    "sqlite": {
        f"{CHANGE_TABLE}_insert": f"AFTER INSERT ON cases_casetext BEGIN INSERT INTO {CHANGE_TABLE}(case_id) VALUES (new.case_id); END",
        f"{CHANGE_TABLE}_update": f"AFTER UPDATE OF search_text ON cases_casetext BEGIN INSERT INTO {CHANGE_TABLE}(case_id) VALUES (new.case_id); END",
        f"{CHANGE_TABLE}_delete": f"AFTER DELETE ON cases_casetext BEGIN INSERT INTO {CHANGE_TABLE}(case_id) VALUES (old.case_id); END",
    },
    "postgresql": {
        f"{CHANGE_TABLE}_write": "AFTER INSERT OR DELETE OR UPDATE OF search_text ON cases_casetext FOR EACH ROW "
        f"EXECUTE FUNCTION {CHANGE_TABLE}_write()",
    },
}
_POSTGRESQL_CHANGE_FUNCTION = f"""CREATE OR REPLACE FUNCTION {CHANGE_TABLE}_write() RETURNS trigger AS $$
    BEGIN INSERT INTO {CHANGE_TABLE}(case_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END); RETURN NULL; END
    $$ LANGUAGE plpgsql"""


def install_change_log(connection) -> None:
    """Put back whichever of the change log's triggers is missing (after a migrate or a bulk load)."""
    triggers = _CHANGE_TRIGGERS.get(connection.vendor, {})
    with connection.cursor() as cursor:
        if not triggers or CHANGE_TABLE not in connection.introspection.table_names(cursor):
            return
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s", [f"{CHANGE_TABLE}%"])
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE tgname LIKE %s", [f"{CHANGE_TABLE}%"])
        present = {row[0] for row in cursor.fetchall()}
        if triggers.keys() <= present:
            return
        if connection.vendor == "postgresql":
            cursor.execute(_POSTGRESQL_CHANGE_FUNCTION)
        for name, body in triggers.items():
            if name not in present:
                cursor.execute(f"CREATE TRIGGER {name} {body}" if connection.vendor == "postgresql" else f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
        everything_changed(cursor)


def drop_change_log(connection) -> None:
    with connection.cursor() as cursor:
        for name in _CHANGE_TRIGGERS.get(connection.vendor, {}):
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}" + (" ON cases_casetext" if connection.vendor == "postgresql" else ""))


def everything_changed(cursor) -> None:
    """Every remembered result is to be found again (the log was just made, or a bulk load wrote
    texts with the triggers off): the log starts anew with a row for no case, whose random number
    names this start (found_ids keeps it beside each result, so that a result remembered of another
    database, or of this one before, is never taken for current)."""
    cursor.execute(f"INSERT INTO {CHANGE_TABLE}(case_id) VALUES (%s)", [-1 - secrets.randbelow(2**31)])
    cursor.execute(f"DELETE FROM {CHANGE_TABLE} WHERE id < (SELECT MAX(id) FROM {CHANGE_TABLE})")


# No positions and no column sizes: search asks only which cases hold every gram, never ranks by BM25.
_SQLITE_OPTIONS = "detail=none, columnsize=0"
POSTGRESQL_INDEX = "case_search_grams_gin"


def install_index(connection) -> bool:
    """Create whatever part of the gram index is missing, filling it from the table; True if anything was.

    Run by the migration that makes CaseText and again after every migrate: SQLite drops a table's
    triggers when a later migration rebuilds the table, and this puts them back.
    """
    with connection.cursor() as cursor:
        if "cases_casetext" not in connection.introspection.table_names(cursor):
            return False  # migrated back to before the table
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE 'cases_case_grams%'")
            present = dict(cursor.fetchall())
            if {SQLITE_TABLE, *_SQLITE_TRIGGERS} <= present.keys() and _SQLITE_OPTIONS in present[SQLITE_TABLE]:
                return False
            if SQLITE_TABLE in present and _SQLITE_OPTIONS not in present[SQLITE_TABLE]:
                cursor.execute(f"DROP TABLE {SQLITE_TABLE}")  # made by an earlier version, with positions
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {SQLITE_TABLE} USING fts5(search_grams, content='cases_casetext', "
                f"content_rowid='case_id', tokenize='unicode61 remove_diacritics 0', {_SQLITE_OPTIONS})"
            )
            for name, body in _SQLITE_TRIGGERS.items():
                cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
            cursor.execute(f"INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}) VALUES ('rebuild')")
            return True
        if connection.vendor == "postgresql":
            if POSTGRESQL_INDEX in connection.introspection.get_constraints(cursor, "cases_casetext"):
                return False
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {POSTGRESQL_INDEX} ON cases_casetext "
                "USING gin (to_tsvector('simple'::regconfig, search_grams))"
            )
            return True
    return False


def drop_index(connection) -> None:
    drop_change_log(connection)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for name in _SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute(f"DROP TABLE IF EXISTS {SQLITE_TABLE}")
        elif connection.vendor == "postgresql":
            cursor.execute(f"DROP INDEX IF EXISTS {POSTGRESQL_INDEX}")


@contextlib.contextmanager
def index_suspended(connection):
    """For writing many rows at once: the index is dropped, then built in one pass at the end.

    Kept up row by row, a GIN index over 100,000 texts of a thousand tokens each takes most of an
    hour. PostgreSQL builds no index while foreign-key checks are pending in the transaction, so
    they are run first.
    """
    drop_index(connection)
    yield
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    install_index(connection)
    install_change_log(connection)  # (its triggers were off: the log starts anew, everything_changed)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}) VALUES ('optimize')")
        elif connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute("ANALYZE")  # the planner must know the new rows, or it reads every text for a common term


def index_after_migrate(sender, using, **kwargs):
    from django.db import connections

    install_index(connections[using])
    install_change_log(connections[using])
