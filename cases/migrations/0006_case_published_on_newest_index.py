"""Case.published_on (its page's date) and an index that lists published cases newest first without a sort."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

NULLS_LAST = {"sqlite": "DESC", "postgresql": "DESC NULLS LAST"}  # SQLite puts NULLs last in DESC already


def copy_dates(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    Showcase = apps.get_model("cases", "Showcase")
    Case.objects.update(published_on=Subquery(Showcase.objects.filter(pk=OuterRef("showcase_id")).values("published_on")[:1]))


def create_index(apps, schema_editor):
    order = NULLS_LAST.get(schema_editor.connection.vendor, "DESC")
    schema_editor.execute(
        f'CREATE INDEX case_newest ON cases_case (status, published_on {order}, showcase_id, "order", institution_id)'
    )


def drop_index(apps, schema_editor):
    schema_editor.execute("DROP INDEX case_newest")


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0005_case_search_grams'),
    ]

    operations = [
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
        migrations.RunPython(create_index, drop_index),
    ]
