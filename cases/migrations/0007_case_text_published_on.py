"""Archive scale: a case's search text moves to CaseText with a bigram index over it (FTS5 on SQLite,
GIN on PostgreSQL; see cases/search.py), and a case carries its page's date with an index that lists
published cases newest first without a sort."""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery

import cases.indexes
import cases.search


def move_texts(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    CaseText = apps.get_model("cases", "CaseText")
    batch = []
    for case in Case.objects.only("pk", "search_text").order_by("pk").iterator(chunk_size=2000):
        batch.append(CaseText(case_id=case.pk, search_text=case.search_text, search_grams=cases.search.grams(case.search_text)))
        if len(batch) == 2000:
            CaseText.objects.bulk_create(batch)
            batch = []
    CaseText.objects.bulk_create(batch)


def copy_dates(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    Showcase = apps.get_model("cases", "Showcase")
    Case.objects.update(published_on=Subquery(Showcase.objects.filter(pk=OuterRef("showcase_id")).values("published_on")[:1]))


def create_newest_index(apps, schema_editor):
    cases.indexes.ensure_newest_index(schema_editor.connection)


def drop_newest_index(apps, schema_editor):
    schema_editor.execute("DROP INDEX case_newest")


def install_search_index(apps, schema_editor):
    cases.search.install_index(schema_editor.connection)


def drop_search_index(apps, schema_editor):
    cases.search.drop_index(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0006_pending_changes_and_import_warnings'),
    ]

    operations = [
        migrations.CreateModel(
            name='CaseText',
            fields=[
                ('case', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='text', serialize=False, to='cases.case', verbose_name='案例')),
                ('search_text', models.TextField(blank=True, verbose_name='检索文本')),
                ('search_grams', models.TextField(blank=True, help_text='检索文本的双字切分，供全文索引（cases/search.py）', verbose_name='检索索引词')),
            ],
            options={
                'verbose_name': '案例检索文本',
                'verbose_name_plural': '案例检索文本',
            },
        ),
        migrations.RunPython(move_texts, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='case',
            name='search_text',
        ),
        migrations.RunPython(install_search_index, drop_search_index),
        migrations.AlterModelOptions(
            name='case',
            options={'get_latest_by': 'published_at', 'ordering': [models.OrderBy(models.F('published_on'), descending=True, nulls_last=True), 'showcase_id', 'order'], 'permissions': [('publish_case', '可以发布和撤回案例'), ('resolve_warning', '可以处理导入提示')], 'verbose_name': '案例', 'verbose_name_plural': '案例'},
        ),
        migrations.AddField(
            model_name='case',
            name='published_on',
            field=models.DateField(blank=True, editable=False, help_text='所在版面的刊发日期，随版面更新，排序用', null=True, verbose_name='刊发日期'),
        ),
        migrations.RunPython(copy_dates, migrations.RunPython.noop),
        migrations.RunPython(create_newest_index, drop_newest_index),
    ]
