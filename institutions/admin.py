from django.contrib import admin
from django.db.models import Count
from reversion_compare.admin import CompareVersionAdmin

from .models import Institution, InstitutionAlias, PartyOrganization, Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "level", "parent", "code", "institution_count"]
    list_filter = ["level"]
    list_select_related = ["parent__parent__parent"]
    search_fields = ["name", "code"]
    autocomplete_fields = ["parent"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(institution_count=Count("institutions"))

    @admin.display(description="机构数", ordering="institution_count")
    def institution_count(self, obj):
        return obj.institution_count


class InstitutionAliasInline(admin.TabularInline):
    model = InstitutionAlias
    extra = 0


class PartyOrganizationInline(admin.StackedInline):
    model = PartyOrganization
    fk_name = "institution"
    extra = 0
    autocomplete_fields = ["parent"]
    fields = [
        ("name", "level", "parent"),
        ("secretary", "member_count", "as_of"),
        ("general_branch_count", "branch_count", "group_count"),
    ]


@admin.register(Institution)
class InstitutionAdmin(CompareVersionAdmin):
    list_display = ["name", "kind", "region", "grade", "case_count"]
    list_filter = ["kind", "region__level"]
    list_select_related = ["region__parent__parent"]
    search_fields = ["name", "aliases__name"]
    autocomplete_fields = ["region"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [InstitutionAliasInline, PartyOrganizationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(case_count=Count("cases", distinct=True))

    @admin.display(description="案例数", ordering="case_count")
    def case_count(self, obj):
        return obj.case_count


@admin.register(InstitutionAlias)
class InstitutionAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "institution"]
    list_filter = ["kind"]
    list_select_related = ["institution"]
    search_fields = ["name", "institution__name"]
    autocomplete_fields = ["institution"]


@admin.register(PartyOrganization)
class PartyOrganizationAdmin(CompareVersionAdmin):
    list_display = ["name", "level", "institution", "member_count", "branch_count", "secretary", "as_of"]
    list_filter = ["level"]
    list_select_related = ["institution"]
    search_fields = ["name", "secretary", "institution__name"]
    autocomplete_fields = ["institution", "parent"]
