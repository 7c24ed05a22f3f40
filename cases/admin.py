import json
import re

import reversion
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from reversion_compare.admin import CompareVersionAdmin

from institutions.models import Region

from .importing import reread_metrics
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


class CaseOrderFormSet(BaseInlineFormSet):
    """Reordering the cases of a page: two cases may not share a place, and places may be swapped."""

    def clean(self):
        orders = [
            form.cleaned_data["order"]
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and "order" in form.cleaned_data
        ]
        if len(orders) != len(set(orders)):
            raise ValidationError("同一版面里两个案例的顺序号相同，请给每个案例不同的顺序号。")
        super().clean()

    def save(self, commit=True):
        # The (showcase, order) constraint holds after every row is written; moving the changed
        # rows out of the way first lets 1 and 2 swap places inside one transaction.
        with transaction.atomic():
            moving = [form.instance.pk for form in self.forms if form.instance.pk and "order" in form.changed_data]
            if moving:
                for n, pk in enumerate(moving):
                    Case.objects.filter(pk=pk).update(order=30000 + n)
            return super().save(commit)


class ShowcaseCaseInline(admin.TabularInline):
    model = Case
    formset = CaseOrderFormSet
    fields = ["order", "title", "institution", "status"]
    readonly_fields = ["institution", "status"]
    extra = 0
    show_change_link = True
    ordering = ["order"]
    verbose_name_plural = "本版案例（改顺序号即可调整先后）"

    def has_add_permission(self, request, obj=None):
        return False  # a case is added from the case form, where its body and metrics are


@admin.register(Showcase)
class ShowcaseAdmin(CompareVersionAdmin):
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
    verbose_name_plural = "正文（按顺序的段落与小标题）"


class PhotoInline(admin.TabularInline):
    model = Photo
    extra = 0
    fields = ["order", "image", "preview", "caption", "alt_text"]
    readonly_fields = ["preview"]

    @admin.display(description="预览")
    def preview(self, obj):
        thumb = obj.rendition("thumb") if obj.pk else None
        if not thumb:
            return "—"
        url, width, height = thumb
        return format_html('<img src="{}" width="{}" height="{}" alt="{}" style="max-width:160px;height:auto">', url, width, height, obj.alt)


class PersonInline(admin.TabularInline):
    model = Person
    extra = 0
    fields = ["order", "name", "role"]


class MetricInline(admin.TabularInline):
    model = Metric
    extra = 0
    fields = ["order", "label", "value", "unit", "qualifier", "category", "previous_value", "previous_unit", "phrase"]
    verbose_name_plural = "数说（数据指标，按顺序）"


class HasWarningsFilter(admin.SimpleListFilter):
    title = "导入提示"
    parameter_name = "warnings"

    def lookups(self, request, model_admin):
        return [("open", "有待处理的提示"), ("yes", "有提示（含已处理）"), ("no", "无提示")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(warnings=[])
        if self.value() == "no":
            return queryset.filter(warnings=[])
        if self.value() == "open":
            ids = [case.pk for case in queryset.exclude(warnings=[]).only("pk", "warnings") if case.open_warnings]
            return queryset.filter(pk__in=ids)
        return queryset


class ProvinceFilter(admin.SimpleListFilter):
    title = "省份"
    parameter_name = "province"

    def lookups(self, request, model_admin):
        return [(r.slug, r.name) for r in Region.objects.filter(level=Region.Level.PROVINCE).order_by("code")]

    def queryset(self, request, queryset):
        region = Region.objects.filter(slug=self.value()).first() if self.value() else None
        return queryset.in_region(region) if region else queryset


class BrandsField(forms.CharField):
    """党建品牌 as editors type them, separated by 、 or commas; stored as a list."""

    def prepare_value(self, value):
        if isinstance(value, str) and value.startswith("["):
            value = json.loads(value)
        return "、".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return [part.strip() for part in re.split(r"[、，,；;\n]+", super().to_python(value) or "") if part.strip()]


class CaseAdminForm(forms.ModelForm):
    brands = BrandsField(label="党建品牌", required=False, help_text="用顿号分隔，如 六大工程、五邻驿站")

    class Meta:
        model = Case
        fields = "__all__"


@admin.register(Case)
class CaseAdmin(CompareVersionAdmin):
    form = CaseAdminForm
    change_list_template = "admin/cases/case/change_list.html"
    list_display = ["title", "status_badge", "institution", "showcase", "published_on", "open_warning_count", "is_edited"]
    list_display_links = ["title"]
    list_filter = ["status", HasWarningsFilter, "institution__kind", ProvinceFilter, "themes", "showcase__publication", "is_edited"]
    list_select_related = ["institution", "showcase"]
    search_fields = ["title", "institution__name", "text__search_text"]
    date_hierarchy = "showcase__published_on"
    autocomplete_fields = ["institution", "showcase", "themes"]
    readonly_fields = ["status_badge", "published_at", "created_at", "updated_at", "warnings_list", "source_text"]
    inlines = [SectionInline, MetricInline, PhotoInline, PersonInline]
    actions = ["submit_for_review", "publish", "unpublish", "mark_reviewed", "reread_metrics"]
    fieldsets = [
        ("标题与来源", {"fields": ["showcase", "order", "title", "lead", "byline", "contributor", "credits"]}),
        ("机构", {"fields": ["institution"]}),
        ("分类", {"fields": ["themes", "brands"]}),
        ("发布", {"fields": ["status", "published_at", "is_edited", "warnings_list", "created_at", "updated_at"]}),
        ("原文对照", {"classes": ["source-panel"], "fields": ["source_text"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("showcase__publication")

    # --- columns -----------------------------------------------------------------------------

    @admin.display(description="状态", ordering="status")
    def status_badge(self, obj):
        return format_html('<span class="status status-{}">{}</span>', obj.status, obj.get_status_display())

    @admin.display(description="刊发日期", ordering="showcase__published_on")
    def published_on(self, obj):
        return obj.showcase.published_on

    @admin.display(description="待处理提示")
    def open_warning_count(self, obj):
        return len(obj.open_warnings)

    @admin.display(description="导入提示")
    def warnings_list(self, obj):
        if not obj.warnings:
            return "—"
        items = [
            format_html(
                "<li>{}{}</li>",
                w.get("message", ""),
                format_html("（已由 {} 于 {} 处理）", w["resolved_by"], w["resolved_at"][:16].replace("T", " "))
                if w.get("resolved_at")
                else "",
            )
            for w in obj.warnings
        ]
        return format_html("<ul class='warnings'>{}</ul>", mark_safe("".join(items)))

    @admin.display(description="原文（导入的版面全文）")
    def source_text(self, obj):
        if not obj.pk or not obj.showcase.source_text:
            return "—"
        return format_html('<pre class="source-text">{}</pre>', obj.showcase.source_text)

    # --- who may do what ---------------------------------------------------------------------------

    def has_publish_permission(self, request):
        return request.user.has_perm("cases.publish_case")

    def has_resolve_permission(self, request):
        return request.user.has_perm("cases.resolve_warning")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            fields.append("status")  # editors move a case on with 提交审核, not by picking a status
        return fields

    def get_changeform_initial_data(self, request):
        return {"status": Case.Status.DRAFT, **super().get_changeform_initial_data(request)}

    def save_model(self, request, obj, form, change):
        if not change and not self.has_publish_permission(request):
            obj.status = Case.Status.DRAFT
        if obj.status == Case.Status.PUBLISHED and "status" in form.changed_data:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        """Keep the search text in step with the saved body, and mark hand edits so re-imports keep them."""
        super().save_related(request, form, formsets, change)
        case = form.instance
        case.rebuild_search_text()
        fields = []
        edited = form.changed_data or any(formset.has_changed() for formset in formsets)
        if change and edited and "is_edited" not in form.changed_data and not case.is_edited:
            case.is_edited = True
            fields.append("is_edited")
        if fields:
            case.save(update_fields=fields)

    def view_on_site(self, obj):
        """在网站上查看: the public page once published, the staff preview before."""
        if obj.is_published:
            return obj.get_absolute_url()
        return reverse("cases:preview", args=[obj.pk])

    # --- actions -------------------------------------------------------------------------------

    @admin.action(description="提交审核（草稿 → 待审核）", permissions=["change"])
    def submit_for_review(self, request, queryset):
        count = queryset.filter(status=Case.Status.DRAFT).update(status=Case.Status.REVIEW, updated_at=timezone.now())
        self.message_user(request, f"已提交审核 {count} 个案例。", messages.SUCCESS)

    @admin.action(description="发布所选案例", permissions=["publish"])
    def publish(self, request, queryset):
        count = 0
        for case in queryset.exclude(status=Case.Status.PUBLISHED):
            with reversion.create_revision():
                case.status = Case.Status.PUBLISHED
                case.published_at = timezone.now()
                case.save(update_fields=["status", "published_at", "updated_at"])
                reversion.set_user(request.user)
                reversion.set_comment("发布")
            count += 1
        self.message_user(request, f"已发布 {count} 个案例。", messages.SUCCESS)

    @admin.action(description="撤回所选案例（改回草稿）", permissions=["publish"])
    def unpublish(self, request, queryset):
        count = 0
        for case in queryset.filter(status=Case.Status.PUBLISHED):
            with reversion.create_revision():
                case.status = Case.Status.DRAFT
                case.save(update_fields=["status", "updated_at"])
                reversion.set_user(request.user)
                reversion.set_comment("撤回")
            count += 1
        self.message_user(request, f"已撤回 {count} 个案例，改为草稿。", messages.SUCCESS)

    @admin.action(description="标记为已核对（处理全部导入提示）", permissions=["resolve"])
    def mark_reviewed(self, request, queryset):
        count = 0
        for case in queryset.exclude(warnings=[]):
            for index, _ in case.open_warnings:
                case.resolve_warning(index, user=request.user)
                count += 1
        self.message_user(request, f"已处理 {count} 条导入提示。", messages.SUCCESS)

    @admin.action(description="按正文重新读取数据指标", permissions=["change"])
    def reread_metrics(self, request, queryset):
        count = 0
        for case in queryset.prefetch_related("sections"):
            with reversion.create_revision():
                count += reread_metrics(case)
                case.save(update_fields=["updated_at"])
                reversion.set_user(request.user)
                reversion.set_comment("按正文重新读取数据指标")
        self.message_user(request, f"已重新读取，共 {count} 条数据指标。", messages.SUCCESS)

    # --- the review queue ------------------------------------------------------------------------

    def get_urls(self):
        urls = [
            path("review/", self.admin_site.admin_view(self.review_queue), name="cases_case_review"),
            path(
                "<int:pk>/resolve/<int:index>/",
                self.admin_site.admin_view(self.resolve_warning),
                name="cases_case_resolve",
            ),
        ]
        return urls + super().get_urls()

    def review_queue(self, request):
        """导入提示核对: cases with open warnings, each beside the text it was read from."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        cases = [
            case
            for case in Case.objects.exclude(warnings=[]).select_related("showcase", "institution").order_by("showcase_id", "order")
            if case.open_warnings
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": "导入提示核对",
            "cases": cases,
            "can_resolve": self.has_resolve_permission(request),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/cases/case/review_queue.html", context)

    def resolve_warning(self, request, pk, index):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_resolve_permission(request):
            raise PermissionDenied
        case = get_object_or_404(Case, pk=pk)
        if not 0 <= index < len(case.warnings):
            raise Http404("没有这条提示")
        case.resolve_warning(index, user=request.user)
        self.message_user(request, f"已处理《{case.title}》的一条导入提示。", messages.SUCCESS)
        return redirect(request.POST.get("next") or reverse("admin:cases_case_review"))


class CaseChildAdmin(CompareVersionAdmin):
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
    list_editable = ["value", "unit", "qualifier", "category"]
    list_filter = ["qualifier", "category"]
    search_fields = ["label", "unit", "phrase", "case__title"]

    @admin.display(description="刊印形式")
    def printed(self, obj):
        return obj.display_value
