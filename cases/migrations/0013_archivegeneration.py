"""The archive's generation in the database (cases/caching.py): shared by every worker, whatever its cache."""

import secrets

from django.db import migrations, models


def first_generation(apps, schema_editor):
    apps.get_model("cases", "ArchiveGeneration").objects.using(schema_editor.connection.alias).get_or_create(
        pk=1, defaults={"value": secrets.token_hex(8)}
    )


class Migration(migrations.Migration):

    dependencies = [
        ("cases", "0012_showcase_newest"),
    ]

    operations = [
        migrations.CreateModel(
            name="ArchiveGeneration",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("value", models.CharField(max_length=32, verbose_name="代次")),
            ],
            options={"verbose_name": "缓存代次", "verbose_name_plural": "缓存代次"},
        ),
        migrations.RunPython(first_generation, migrations.RunPython.noop),
    ]
