import json
import re
from contextlib import nullcontext
from decimal import Decimal

import reversion
import tablib
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from import_export import resources
from import_export.admin import ExportMixin
from import_export.fields import Field
from import_export.formats.base_formats import CSV, JSON
from reversion.models import Version
from reversion_compare.admin import CompareVersionAdmin

from institutions.models import Region

from . import exports, workflow
from .importing import reread_metrics
from .models import Case, ImportWarning, Metric, PendingChange, Person, Photo, Publication, Section, Showcase, Theme


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
    readonly_fields = ["title", "institution", "status"]  # the title is corrected in the case form, under review
    extra = 0
    show_change_link = True
    ordering = ["order"]
    verbose_name_plural = "本版案例（改顺序号即可调整先后）"

    def has_add_permission(self, request, obj=None):
        return False  # a case is added from the case form, where its body and metrics are


class ExplicitRevisionAdmin(CompareVersionAdmin):
    """Revisions are written by the code that saves (cases.workflow for cases), one object's worth
    each, rather than one revision of everything a request happened to save."""

    def create_revision(self, request):
        return nullcontext()

    # History: GET shows the old version in the form (reversion's preview, rolled back); POST
    # restores or recovers through restore_version/recover_version, never reversion's whole revert.

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "POST":
            return super().revision_view(request, object_id, version_id, extra_context)
        version = get_object_or_404(Version, pk=version_id, object_id=object_id)
        obj = get_object_or_404(self.model, pk=object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        info = self.model._meta.app_label, self.model._meta.model_name
        try:
            message, level = self.restore_version(request, obj, version)
        except workflow.WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
            return redirect("admin:%s_%s_history" % info, obj.pk)
        self.message_user(request, message, level)
        return redirect("admin:%s_%s_change" % info, obj.pk)

    def recover_view(self, request, version_id, extra_context=None):
        if request.method != "POST":
            return super().recover_view(request, version_id, extra_context)
        if not self.has_add_permission(request):
            raise PermissionDenied
        version = get_object_or_404(Version, pk=version_id)
        info = self.model._meta.app_label, self.model._meta.model_name
        try:
            obj, message = self.recover_version(request, version)
        except workflow.WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
            return redirect("admin:%s_%s_changelist" % info)
        self.message_user(request, message, messages.SUCCESS)
        return redirect("admin:%s_%s_change" % info, obj.pk)


@admin.register(Showcase)
class ShowcaseAdmin(ExplicitRevisionAdmin):
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

    def has_change_permission(self, request, obj=None):
        """A page readers can see (one with a published case) is changed by a reviewer: its title,
        masthead and the order of its cases are public too. Editors still see it."""
        if obj is not None and not workflow.can_publish(request.user) and obj.cases.published().exists():
            return False
        return super().has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        # An editor adding a page by hand names its source; an imported page keeps the loader's.
        if obj is None:
            return ["source_checksum", "created_at", "updated_at"]
        return self.readonly_fields

    def save_model(self, request, obj, form, change):
        if not obj.source_checksum:
            obj.source_checksum = "manual"
        super().save_model(request, obj, form, change)
        workflow.showcase_revision(showcase=obj, user=request.user, reason="修改" if change else "新建")

    def save_formset(self, request, form, formset, change):
        """A case moved on its page is marked as edited (a re-import keeps it where the editor put it)."""
        moved = [f.instance for f in formset.forms if f.instance.pk and f.has_changed()]
        super().save_formset(request, form, formset, change)
        for case in moved:
            workflow.moved(case=case, user=request.user)

    def restore_version(self, request, showcase, version):
        """Restoring a page brings back the page's own fields only, never its cases."""
        workflow.restore_showcase(showcase=showcase, version=version, user=request.user)
        return "已恢复版面信息（版面内的案例不受影响）。", messages.SUCCESS

    def recover_version(self, request, version):
        showcase = workflow.recover_showcase(version=version, user=request.user)
        return showcase, "已恢复版面；其中的案例需在案例的“恢复”页逐一恢复，恢复后为草稿。"


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
        return format_html('<img src="{}" width="{}" height="{}" alt="{}" class="photo-preview">', url, width, height, obj.alt)


class PersonInline(admin.TabularInline):
    model = Person
    extra = 0
    fields = ["order", "name", "role"]


class PlainDecimalField(forms.DecimalField):
    """86, not 86.0000: the value as an editor would type it (the column keeps four places)."""

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return format(value.normalize(), "f")
        return super().prepare_value(value)


class MetricInline(admin.TabularInline):
    model = Metric
    extra = 0
    formfield_overrides = {models.DecimalField: {"form_class": PlainDecimalField, "widget": forms.TextInput(attrs={"inputmode": "decimal", "size": 8})}}
    fields = ["order", "label", "value", "unit", "qualifier", "category", "previous_value", "previous_unit", "phrase"]
    verbose_name_plural = "数说（数据指标，按顺序）"


class HasWarningsFilter(admin.SimpleListFilter):
    title = "导入提示"
    parameter_name = "warnings"

    def lookups(self, request, model_admin):
        return [("open", "有待处理的提示"), ("yes", "有提示（含已处理）"), ("no", "无提示")]

    def queryset(self, request, queryset):
        any_warning = Exists(ImportWarning.objects.filter(case=OuterRef("pk")))
        if self.value() == "yes":
            return queryset.filter(any_warning)
        if self.value() == "no":
            return queryset.exclude(any_warning)
        if self.value() == "open":
            return queryset.filter(Exists(ImportWarning.objects.open().filter(case=OuterRef("pk"))))
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "order" in self.fields:
            self.fields["order"].required = False
            self.fields["order"].help_text = "留空则排在本版最后"
            if self.instance.pk is None:
                self.initial["order"] = None

    def clean(self):
        data = super().clean()
        showcase, order = data.get("showcase"), data.get("order")
        if showcase is not None and order is None:
            data["order"] = self.instance.order = workflow.next_free_order(showcase.pk)
        elif showcase is not None and Case.objects.filter(showcase=showcase, order=order).exclude(pk=self.instance.pk).exists():
            self.add_error("order", f"本版已有顺序号为 {order} 的案例；留空则排在本版最后（{workflow.next_free_order(showcase.pk)}）。")
        return data


class HasPendingChangeFilter(admin.SimpleListFilter):
    title = "待审核的修改"
    parameter_name = "pending"

    def lookups(self, request, model_admin):
        return [("yes", "有待审核的修改")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(pending_changes__state=PendingChange.State.PENDING)
        return queryset


# Form buttons: POST name -> (workflow step, label, who sees it)
FORM_STEPS = {
    "_submit_review": (workflow.submit, "提交审核"),
    "_publish": (workflow.publish, "发布"),
    "_request_changes": (workflow.request_changes, "退回修改"),
    "_unpublish": (workflow.unpublish, "撤回"),
}


class ColumnsResource(resources.Resource):
    """An export with the open-data columns of cases.exports (the same as /data/ and the CSV downloads)."""

    table = "cases"

    @classmethod
    def get_display_name(cls):
        return exports.TABLES[cls.table][0]

    def export(self, queryset=None, **kwargs):
        _, columns, _ = exports.TABLES[self.table]
        selected = kwargs.get("export_fields") or [column.name for column in columns]
        dataset = tablib.Dataset(headers=selected)
        for row in exports.ROWS_OF_OWN[self.table](queryset.order_by("pk")):
            dataset.append([row[name] for name in selected])
        return dataset


def columns_resource(table):
    _, columns, _ = exports.TABLES[table]
    fields = {column.name: Field(attribute=column.name, column_name=column.name) for column in columns}
    return type(f"{table.title()}Resource", (ColumnsResource,), {"table": table, **fields})


class OpenDataExport(ExportMixin):
    """导出 downloads the list as filtered, at once, as CSV, with the columns of that table on /data/
    (set resource_classes = [columns_resource(table)])."""

    export_formats = [CSV, JSON]
    skip_export_form = True

    def get_export_data(self, file_format, request, queryset, **kwargs):
        data = super().get_export_data(file_format, request, queryset, **kwargs)
        if isinstance(file_format, CSV) and isinstance(data, str):
            return "\ufeff" + data  # a BOM, as the public CSV has, so that Excel reads the Chinese right
        return data


@admin.register(Case)
class CaseAdmin(OpenDataExport, ExplicitRevisionAdmin):
    resource_classes = [columns_resource("cases")]
    form = CaseAdminForm
    compare_exclude = ["search_text", "updated_at"]  # derived fields: not what an editor changed
    change_list_template = "admin/cases/case/change_list.html"
    list_display = ["title", "status_badge", "institution", "showcase", "published_on", "open_warning_count", "is_edited"]
    list_display_links = ["title"]
    list_filter = ["status", HasPendingChangeFilter, HasWarningsFilter, "institution__kind", ProvinceFilter, "themes", "showcase__publication", "is_edited"]
    list_select_related = ["institution", "showcase"]
    search_fields = ["title", "institution__name", "text__search_text"]
    date_hierarchy = "showcase__published_on"
    autocomplete_fields = ["institution", "partners", "party_organizations", "showcase", "themes"]
    readonly_fields = ["status", "status_badge", "published_at", "created_at", "updated_at", "warnings_list", "source_text"]
    inlines = [SectionInline, MetricInline, PhotoInline, PersonInline]
    actions = ["submit_for_review", "publish", "request_changes", "unpublish", "mark_reviewed", "reread_metrics"]
    fieldsets = [
        ("标题与来源", {"fields": ["showcase", "order", "title", "lead", "byline", "contributor", "credits"]}),
        ("机构", {"fields": ["institution", "partners", "party_organizations"]}),
        ("分类", {"fields": ["themes", "brands"]}),
        ("发布", {"fields": ["status", "published_at", "is_edited", "warnings_list", "created_at", "updated_at"]}),
        ("原文对照", {"classes": ["source-panel"], "fields": ["source_text"]}),
    ]

    def get_queryset(self, request):
        open_count = Count("import_warnings", filter=Q(import_warnings__resolved_at=None))
        return super().get_queryset(request).select_related("showcase__publication").annotate(open_warning_count=open_count)

    # --- columns -----------------------------------------------------------------------------

    @admin.display(description="状态", ordering="status")
    def status_badge(self, obj):
        return format_html('<span class="status status-{}">{}</span>', obj.status, obj.get_status_display())

    @admin.display(description="刊发日期", ordering="showcase__published_on")
    def published_on(self, obj):
        return obj.showcase.published_on

    @admin.display(description="待处理提示", ordering="open_warning_count")
    def open_warning_count(self, obj):
        return obj.open_warning_count

    @admin.display(description="导入提示")
    def warnings_list(self, obj):
        warnings = list(obj.import_warnings.select_related("resolved_by")) if obj.pk else []
        if not warnings:
            return "—"
        items = [
            format_html(
                "<li>{}{}</li>",
                w.message,
                format_html("（已由 {} 于 {} 处理）", w.resolved_by or "—", timezone.localtime(w.resolved_at).strftime("%Y-%m-%d %H:%M"))
                if w.resolved_at
                else "",
            )
            for w in warnings
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

    # --- saving: through cases.workflow, never by setting status here ---------------------------------

    def save_model(self, request, obj, form, change):
        """Nothing yet: the case is written with its inlines in save_related, through the workflow."""

    def save_related(self, request, form, formsets, change):
        case = form.instance

        def write():
            case.save()
            super(CaseAdmin, self).save_related(request, form, formsets, change)

        if not change:
            workflow.create(case=case, user=request.user, write=write)
        elif form.has_changed() or any(formset.has_changed() for formset in formsets):
            held = workflow.edit(case=case, user=request.user, write=write, reason=request.POST.get("reason", ""))
            if held is not None:
                self.message_user(
                    request, "修改已保存为待审核版本：审核通过前，读者看到的仍是已发布的内容。", messages.WARNING
                )
        else:
            super().save_related(request, form, formsets, change)  # nothing changed: nothing is written
        step = next((name for name in FORM_STEPS if name in request.POST), None)
        if step:
            self._run_step(request, FORM_STEPS[step][0], case, reason=request.POST.get("reason", ""))

    def _run_step(self, request, step, case, *, reason=""):
        try:
            step(case=case, user=request.user, reason=reason)
        except PermissionDenied:
            self.message_user(request, f"《{case.title}》：没有这项操作的权限。", messages.ERROR)
            return False
        except workflow.WorkflowError as error:
            self.message_user(request, str(error), messages.WARNING)
            return False
        return True

    def add_view(self, request, form_url="", extra_context=None):
        steps = [("_submit_review", FORM_STEPS["_submit_review"][1])]
        return super().add_view(request, form_url, {**(extra_context or {}), "form_steps": steps})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """An editor reopening a published case with a change waiting sees that change, not the live text."""
        case = self.get_object(request, object_id)
        if case is None:
            return super().change_view(request, object_id, form_url, extra_context)
        pending = case.pending_changes.pending().select_related("created_by").first()
        extra_context = {
            **(extra_context or {}),
            "pending_change": pending,
            "form_steps": self._form_steps(request, case, pending),
        }
        if pending is not None and not workflow.can_publish(request.user):
            showing = workflow.showing_pending if request.method == "GET" else workflow.over_pending
            with showing(case):
                response = super().change_view(request, object_id, form_url, extra_context)
                if hasattr(response, "render"):
                    response.render()
            return response
        return super().change_view(request, object_id, form_url, extra_context)

    def _form_steps(self, request, case, pending):
        steps = []
        if case.status == Case.Status.DRAFT:
            steps.append("_submit_review")
        if workflow.can_publish(request.user):
            if not case.is_published or pending:
                steps.append("_publish")
            if case.status == Case.Status.REVIEW or pending:
                steps.append("_request_changes")
            if case.is_published:
                steps.append("_unpublish")
        return [(name, FORM_STEPS[name][1]) for name in steps]

    def view_on_site(self, obj):
        """在网站上查看: the public page once published, the staff preview before."""
        if obj.is_published:
            return obj.get_absolute_url()
        return reverse("cases:preview", args=[obj.pk])

    # --- history: restore and recover through the workflow ------------------------------------------

    def restore_version(self, request, case, version):
        """This case's own content only, never its status: on a published case an editor's restore
        waits for review like any other change."""
        if workflow.restore(case=case, version=version, user=request.user) is not None:
            return "已恢复为待审核版本：审核通过前，读者看到的仍是已发布的内容。", messages.WARNING
        return "已恢复到所选版本（状态不变）。", messages.SUCCESS

    def recover_version(self, request, version):
        """A deleted case comes back as a draft, whoever recovers it."""
        case = workflow.recover(version=version, user=request.user)
        return case, f"已恢复《{case.title}》，为草稿：需审核后才会发布。"

    # --- actions -------------------------------------------------------------------------------

    def _bulk(self, request, queryset, step, done):
        count = sum(self._run_step(request, step, case) for case in queryset)
        self.message_user(request, done.format(count=count), messages.SUCCESS)

    @admin.action(description="提交审核（草稿 → 待审核）", permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._bulk(request, queryset.filter(status=Case.Status.DRAFT), workflow.submit, "已提交审核 {count} 个案例。")

    @admin.action(description="发布所选案例（含已发布案例待审核的修改）", permissions=["publish"])
    def publish(self, request, queryset):
        self._bulk(request, queryset, workflow.publish, "已发布 {count} 个案例。")

    @admin.action(description="退回修改", permissions=["publish"])
    def request_changes(self, request, queryset):
        self._bulk(request, queryset, workflow.request_changes, "已退回 {count} 个案例。")

    @admin.action(description="撤回所选案例（改回草稿）", permissions=["publish"])
    def unpublish(self, request, queryset):
        self._bulk(request, queryset.filter(status=Case.Status.PUBLISHED), workflow.unpublish, "已撤回 {count} 个案例，改为草稿。")

    @admin.action(description="标记为已核对（处理全部导入提示）", permissions=["resolve"])
    def mark_reviewed(self, request, queryset):
        count = ImportWarning.objects.open().filter(case__in=queryset).update(resolved_by=request.user, resolved_at=timezone.now())
        self.message_user(request, f"已处理 {count} 条导入提示。", messages.SUCCESS)

    @admin.action(description="按正文重新读取数据指标", permissions=["change"])
    def reread_metrics(self, request, queryset):
        count = held = 0
        for case in queryset.prefetch_related("sections"):
            found = []
            change = workflow.edit(
                case=case, user=request.user, write=lambda: found.append(reread_metrics(case)), reason="按正文重新读取数据指标"
            )
            count += sum(found)
            held += change is not None
        message = f"已重新读取，共 {count} 条数据指标。" + (f"其中 {held} 个已发布案例的修改待审核。" if held else "")
        self.message_user(request, message, messages.SUCCESS)

    # --- the review queue ------------------------------------------------------------------------

    def get_urls(self):
        urls = [
            path("review/", self.admin_site.admin_view(self.review_queue), name="cases_case_review"),
            path("<int:pk>/pending/", self.admin_site.admin_view(self.pending_change_view), name="cases_case_pending"),
            path(
                "warnings/<int:pk>/resolve/",
                self.admin_site.admin_view(self.resolve_warning),
                name="cases_case_resolve",
            ),
        ]
        return urls + super().get_urls()

    def review_queue(self, request):
        """导入提示核对: cases with open warnings, each beside the text it was read from."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        warnings = ImportWarning.objects.open().order_by("start", "pk")
        cases = list(
            Case.objects.filter(Exists(warnings.filter(case=OuterRef("pk"))))
            .select_related("showcase", "institution")
            .prefetch_related(Prefetch("import_warnings", queryset=warnings, to_attr="open_rows"))
            .order_by("showcase_id", "order")
        )
        for case in cases:
            case.source_parts = source_with_passages(case.showcase.source_text, case.open_rows)
        context = {
            **self.admin_site.each_context(request),
            "title": "导入提示核对",
            "cases": cases,
            "pending_changes": PendingChange.objects.pending().select_related("case", "created_by").order_by("created_at"),
            "can_resolve": self.has_resolve_permission(request),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/cases/case/review_queue.html", context)

    def pending_change_view(self, request, pk):
        """The reviewer's page for an editor's change to a published case: what changes, publish or send back."""
        case = get_object_or_404(Case, pk=pk)
        if not self.has_view_or_change_permission(request, case):
            raise PermissionDenied
        change = case.pending_changes.pending().select_related("created_by").first()
        if request.method == "POST":
            step = next((FORM_STEPS[name][0] for name in ("_publish", "_request_changes") if name in request.POST), None)
            if step is not None and change is not None and self._run_step(request, step, case, reason=request.POST.get("reason", "")):
                self.message_user(request, f"《{case.title}》：已{'发布修改' if step is workflow.publish else '退回修改'}。", messages.SUCCESS)
            return redirect("admin:cases_case_change", case.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": f"待审核的修改：{case.title}",
            "case": case,
            "change": change,
            "rows": workflow.pending_diff(change) if change else [],
            "can_publish": workflow.can_publish(request.user),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/cases/case/pending_change.html", context)

    def resolve_warning(self, request, pk):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_resolve_permission(request):
            raise PermissionDenied
        warning = get_object_or_404(ImportWarning.objects.select_related("case"), pk=pk)
        warning.resolve(user=request.user)
        self.message_user(request, f"已处理《{warning.case.title}》的一条导入提示。", messages.SUCCESS)
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
            next_url = reverse("admin:cases_case_review")  # only the site's own pages
        return redirect(next_url)


def source_with_passages(source: str, warnings) -> list[tuple[str, object]]:
    """The source cut into (text, warning) pieces: warning is set on the passage a warning is about,
    None elsewhere; overlapping passages keep the first."""
    parts, at = [], 0
    for warning in sorted((w for w in warnings if w.start is not None), key=lambda w: w.start):
        if warning.start < at:
            continue
        parts += [(source[at : warning.start], None), (source[warning.start : warning.end], warning)]
        at = warning.end
    parts.append((source[at:], None))
    return [(text, warning) for text, warning in parts if text]


class CaseChildAdmin(admin.ModelAdmin):
    """Sections, photos, people and metrics are looked up here but changed only in their case's form,
    where the change is marked, reindexed and (on a published case) held for review."""

    list_select_related = ["case"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    # Deleting one here is refused too, but the delete permission stays: deleting a whole case
    # checks it for the rows that go with the case.
    def delete_view(self, request, object_id, extra_context=None):
        raise PermissionDenied

    def get_actions(self, request):
        return {}

    def render_change_form(self, request, context, *args, **kwargs):
        return super().render_change_form(request, {**context, "show_delete": False}, *args, **kwargs)

    @admin.display(description="在案例中修改")
    def case_link(self, obj):
        return format_html('<a href="{}">{}</a>', reverse("admin:cases_case_change", args=[obj.case_id]), obj.case)


@admin.register(Section)
class SectionAdmin(CaseChildAdmin):
    list_display = ["__str__", "case_link", "order"]
    search_fields = ["heading", "body", "case__title"]


@admin.register(Photo)
class PhotoAdmin(CaseChildAdmin):
    list_display = ["caption", "case_link", "order", "has_image"]
    search_fields = ["caption", "case__title"]

    @admin.display(description="有图片", boolean=True)
    def has_image(self, obj):
        return bool(obj.image)


@admin.register(Person)
class PersonAdmin(CaseChildAdmin):
    list_display = ["name", "role", "case_link"]
    search_fields = ["name", "role", "case__title"]


@admin.register(Metric)
class MetricAdmin(OpenDataExport, CaseChildAdmin):
    resource_classes = [columns_resource("metrics")]
    list_display = ["label", "printed", "qualifier", "category", "case_link"]
    list_filter = ["qualifier", "category"]
    search_fields = ["label", "unit", "phrase", "case__title"]

    @admin.display(description="刊印形式")
    def printed(self, obj):
        return obj.display_value
