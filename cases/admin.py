from django.contrib import admin, messages
from django.db.models import Count

from .models import Case, Metric, Person, Photo, Publication, Section, Showcase, Theme


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug", "showcase_count"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(showcase_count=Count("showcases"))

    @admin.display(description="版面数", ordering="showcase_count")
    def showcase_count(self, obj):
        return obj.showcase_count


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "case_count"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(case_count=Count("cases"))

    @admin.display(description="案例数", ordering="case_count")
    def case_count(self, obj):
        return obj.case_count


class ShowcaseCaseInline(admin.TabularInline):
    model = Case
    fields = ["order", "title", "status"]
    extra = 0
    show_change_link = True
    ordering = ["order"]


@admin.register(Showcase)
class ShowcaseAdmin(admin.ModelAdmin):
    list_display = ["title", "kicker", "publication", "published_on", "edition", "case_count"]
    list_filter = ["publication", "published_on"]
    list_select_related = ["publication"]
    search_fields = ["title", "kicker", "subtitle", "column", "source_file"]
    date_hierarchy = "published_on"
    readonly_fields = ["source_file", "source_checksum", "created_at", "updated_at"]
    inlines = [ShowcaseCaseInline]
    fieldsets = [
        (None, {"fields": ["column", "series_number", "kicker", "title", "subtitle", "slug"]}),
        ("出处", {"fields": ["publication", "channel", "published_on", "published_time", "edition", "pages"]}),
        ("署名", {"fields": ["guided_by", "hosted_by", "author", "editors", "credits"]}),
        ("来源", {"classes": ["collapse"], "fields": ["source_file", "source_checksum", "source_text", "created_at", "updated_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(case_count=Count("cases"))

    @admin.display(description="案例数", ordering="case_count")
    def case_count(self, obj):
        return obj.case_count

    def get_readonly_fields(self, request, obj=None):
        # An editor adding a page by hand names its source; an imported page keeps the loader's.
        if obj is None:
            return ["source_checksum", "created_at", "updated_at"]
        return self.readonly_fields

    def save_model(self, request, obj, form, change):
        if not obj.source_checksum:
            obj.source_checksum = "manual"
        super().save_model(request, obj, form, change)


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0
    fields = ["order", "heading", "body"]


class PhotoInline(admin.TabularInline):
    model = Photo
    extra = 0
    fields = ["order", "caption", "image"]


class PersonInline(admin.TabularInline):
    model = Person
    extra = 0
    fields = ["order", "name", "role"]


class MetricInline(admin.TabularInline):
    model = Metric
    extra = 0
    fields = ["order", "label", "value", "unit", "qualifier", "category", "previous_value", "previous_unit", "phrase"]


class HasWarningsFilter(admin.SimpleListFilter):
    title = "导入提示"
    parameter_name = "warnings"

    def lookups(self, request, model_admin):
        return [("yes", "有提示待核对"), ("no", "无提示")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(warnings=[])
        if self.value() == "no":
            return queryset.filter(warnings=[])
        return queryset


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["title", "institution", "showcase", "order", "status", "warning_count", "is_edited"]
    list_display_links = ["title"]
    list_filter = ["status", HasWarningsFilter, "is_edited", "themes", "showcase__publication", "institution__kind"]
    list_select_related = ["institution", "showcase"]
    search_fields = ["title", "institution__name", "search_text"]
    autocomplete_fields = ["institution", "showcase"]
    filter_horizontal = ["themes"]
    readonly_fields = ["published_at", "created_at", "updated_at", "warnings_list"]
    inlines = [SectionInline, PhotoInline, PersonInline, MetricInline]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["showcase", "order", "institution", "title", "lead"]}),
        ("署名", {"fields": ["byline", "contributor", "credits"]}),
        ("分类", {"fields": ["themes", "brands"]}),
        ("状态", {"fields": ["status", "is_edited", "published_at", "warnings_list", "created_at", "updated_at"]}),
    ]

    @admin.display(description="提示数")
    def warning_count(self, obj):
        return len(obj.warnings or [])

    @admin.display(description="导入提示")
    def warnings_list(self, obj):
        return "；".join(str(w) for w in obj.warnings) if obj.warnings else "—"

    @admin.action(description="发布所选案例")
    def publish(self, request, queryset):
        count = 0
        for case in queryset.exclude(status=Case.Status.PUBLISHED):
            case.status = Case.Status.PUBLISHED
            case.save(update_fields=["status", "published_at", "updated_at"])
            count += 1
        self.message_user(request, f"已发布 {count} 个案例。", messages.SUCCESS)

    @admin.action(description="撤回所选案例（改为待审核）")
    def unpublish(self, request, queryset):
        count = queryset.filter(status=Case.Status.PUBLISHED).update(status=Case.Status.REVIEW)
        self.message_user(request, f"已撤回 {count} 个案例。", messages.SUCCESS)

    def save_related(self, request, form, formsets, change):
        """Keep the search text in step with the saved body, and mark hand edits so re-imports keep them."""
        super().save_related(request, form, formsets, change)
        case = form.instance
        case.rebuild_search_text()
        fields = ["search_text"]
        edited = form.changed_data or any(formset.has_changed() for formset in formsets)
        if change and edited and "is_edited" not in form.changed_data and not case.is_edited:
            case.is_edited = True
            fields.append("is_edited")
        case.save(update_fields=fields)


class CaseChildAdmin(admin.ModelAdmin):
    list_select_related = ["case"]
    autocomplete_fields = ["case"]


@admin.register(Section)
class SectionAdmin(CaseChildAdmin):
    list_display = ["__str__", "case", "order"]
    search_fields = ["heading", "body", "case__title"]


@admin.register(Photo)
class PhotoAdmin(CaseChildAdmin):
    list_display = ["caption", "case", "order", "has_image"]
    search_fields = ["caption", "case__title"]

    @admin.display(description="有图片", boolean=True)
    def has_image(self, obj):
        return bool(obj.image)


@admin.register(Person)
class PersonAdmin(CaseChildAdmin):
    list_display = ["name", "role", "case"]
    search_fields = ["name", "role", "case__title"]


@admin.register(Metric)
class MetricAdmin(CaseChildAdmin):
    list_display = ["label", "value", "unit", "qualifier", "category", "printed", "case"]
    list_filter = ["qualifier", "category"]
    search_fields = ["label", "unit", "phrase", "case__title"]

    @admin.display(description="刊印形式")
    def printed(self, obj):
        return obj.display_value
