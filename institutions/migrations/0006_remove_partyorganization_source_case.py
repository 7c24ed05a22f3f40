"""The link to the case that reported an organisation now lives on the case's side
(Case.party_organizations, filled from this column by cases 0008): institutions no longer points at cases."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('institutions', '0005_partyorganization_source_case_no_reverse'),
        ('cases', '0008_case_party_organizations'),  # the links are copied before the column goes
    ]

    operations = [
        migrations.RemoveField(
            model_name='partyorganization',
            name='source_case',
        ),
    ]
