"""Case.search_grams and the bigram index over it (FTS5 on SQLite, GIN on PostgreSQL); see cases/search.py."""

import cases.search
from django.db import migrations


def fill_grams(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    batch = []
    for case in Case.objects.only("pk", "search_text").iterator(chunk_size=2000):
        case.search_grams = cases.search.grams(case.search_text)
        batch.append(case)
        if len(batch) == 2000:
            Case.objects.bulk_update(batch, ["search_grams"])
            batch = []
    Case.objects.bulk_update(batch, ["search_grams"])


def install_index(apps, schema_editor):
    cases.search.install_index(schema_editor.connection)


def drop_index(apps, schema_editor):
    cases.search.drop_index(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0004_case_workflow_permissions_photo_renditions'),
    ]

    operations = [
        migrations.AddField(
            model_name='case',
            name='search_grams',
            field=cases.search.GramsField(blank=True, editable=False, help_text='search_text 的双字切分，供全文索引', verbose_name='检索索引词'),
        ),
        migrations.RunPython(fill_grams, migrations.RunPython.noop),
        migrations.RunPython(install_index, drop_index),
    ]
