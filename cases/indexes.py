"""Indexes Django's Meta.indexes cannot say the same way on both databases, made idempotently.

case_newest lists published cases newest first without a sort, showcase_newest pages: SQLite puts
NULLs last in DESC order by itself and refuses NULLS LAST in an index, PostgreSQL needs it said.
Made by the migrations and again after every migrate, since SQLite drops what Django does not know
of when a later migration rebuilds the table.
"""

NEWEST_ORDER = {"sqlite": "DESC", "postgresql": "DESC NULLS LAST"}


def ensure_newest_index(connection) -> None:
    with connection.cursor() as cursor:
        columns = [c.name for c in connection.introspection.get_table_description(cursor, "cases_case")]
        if "published_on" not in columns:
            return  # migrated back to before the column
        order = NEWEST_ORDER.get(connection.vendor, "DESC")
        cursor.execute(
            f'CREATE INDEX IF NOT EXISTS case_newest ON cases_case (status, published_on {order}, showcase_id, "order", institution_id)'
        )
        # the newest pages first (the home page, 上一版/下一版) without sorting every page
        cursor.execute(f"CREATE INDEX IF NOT EXISTS showcase_newest ON cases_showcase (published_on {order}, id DESC)")


def indexes_after_migrate(sender, using, **kwargs):
    from django.db import connections

    ensure_newest_index(connections[using])
