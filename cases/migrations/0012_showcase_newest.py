"""The newest pages first without a sort: an index Django's Meta.indexes cannot say the same way on
both databases (see cases/indexes.py, which also makes it again after every migrate)."""

from django.db import migrations

import cases.indexes


def create_indexes(apps, schema_editor):
    cases.indexes.ensure_newest_index(schema_editor.connection)


def drop_showcase_index(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS showcase_newest")


class Migration(migrations.Migration):

    dependencies = [
        ("cases", "0011_case_status_updated"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_showcase_index),
    ]
