"""Admin pieces that read both apps: the institution list exports the open-data columns of
/data/institutions.csv (which count each institution's cases), so its export is added here rather
than in institutions, which knows nothing of cases."""

from django.contrib import admin

from cases.admin import OpenDataExport, columns_resource
from institutions.admin import InstitutionAdmin
from institutions.models import Institution

admin.site.unregister(Institution)


@admin.register(Institution)
class InstitutionExportAdmin(OpenDataExport, InstitutionAdmin):
    resource_classes = [columns_resource("institutions")]
