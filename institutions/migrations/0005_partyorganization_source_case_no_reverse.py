"""Step one of moving the case link to the case's side: the old column gives up the name
Case.party_organizations (no change in the database), so that cases 0008 can use it for the new
many-to-many field."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('institutions', '0004_institution_honours'),
        ('cases', '0007_case_text_published_on'),
    ]

    operations = [
        migrations.AlterField(
            model_name='partyorganization',
            name='source_case',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='cases.case', verbose_name='出自案例'),
        ),
    ]
