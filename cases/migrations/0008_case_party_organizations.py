"""A case lists the party organisations it reports (Case.party_organizations): the link that
PartyOrganization.source_case held the other way round, so that institutions depends on nothing
in cases. Each organisation's source case becomes that case's link; institutions 0006 then drops
the old column."""

from django.db import migrations, models


def copy_links(apps, schema_editor):
    PartyOrganization = apps.get_model("institutions", "PartyOrganization")
    Link = apps.get_model("cases", "Case").party_organizations.through
    pairs = PartyOrganization.objects.exclude(source_case=None).order_by("pk").values_list("pk", "source_case_id")
    Link.objects.bulk_create(
        (Link(partyorganization_id=org, case_id=case) for org, case in pairs.iterator(chunk_size=2000)), batch_size=2000
    )


def copy_links_back(apps, schema_editor):
    """Backwards: each organisation's source case is the newest case that reports it."""
    PartyOrganization = apps.get_model("institutions", "PartyOrganization")
    Link = apps.get_model("cases", "Case").party_organizations.through
    for link in Link.objects.order_by("partyorganization_id", "case_id").iterator(chunk_size=2000):
        PartyOrganization.objects.filter(pk=link.partyorganization_id).update(source_case_id=link.case_id)


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0007_case_text_published_on'),
        ('institutions', '0005_partyorganization_source_case_no_reverse'),
    ]

    operations = [
        migrations.AddField(
            model_name='case',
            name='party_organizations',
            field=models.ManyToManyField(blank=True, help_text='报道写到的党组织及其党员、支部数字出自本案例', related_name='cases', to='institutions.partyorganization', verbose_name='报道的党组织'),
        ),
        migrations.RunPython(copy_links, copy_links_back),
    ]
