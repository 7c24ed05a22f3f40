"""The change log of search texts (cases/search.py): its table, then the triggers that keep it."""

from django.db import migrations, models


def install_change_log(apps, schema_editor):
    from cases import search

    search.install_change_log(schema_editor.connection)


def drop_change_log(apps, schema_editor):
    from cases import search

    search.drop_change_log(schema_editor.connection)  # before its table goes: a trigger would write to no table


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0013_archivegeneration'),
    ]

    operations = [
        migrations.CreateModel(
            name='TextChange',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('case_id', models.BigIntegerField(verbose_name='案例编号')),
            ],
            options={
                'verbose_name': '检索文本变动',
                'verbose_name_plural': '检索文本变动',
            },
        ),
        migrations.RunPython(install_change_log, drop_change_log),
    ]
