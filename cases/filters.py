"""The case list's filters: one FilterSet, applied by cases.views.CaseListView."""

import django_filters
from django import forms
from django.db.models import Q
from django.db.models.functions import ExtractYear

from institutions.models import InstitutionKind, Region

from .models import Case, Publication, Theme

INVALID_CHOICE = "没有这一项"


class RegionChoiceField(forms.ModelChoiceField):
    """Regions as an indented tree (ordered by division code), without a query per label."""

    INDENT = {Region.Level.CITY: 1, Region.Level.DISTRICT: 2, Region.Level.TOWN: 3}

    def label_from_instance(self, region):
        return "\u3000" * self.INDENT.get(region.level, 0) + region.name


class RegionFilter(django_filters.ModelChoiceFilter):
    field_class = RegionChoiceField


class YearField(forms.IntegerField):
    widget = forms.Select


class YearFilter(django_filters.Filter):
    field_class = YearField


class CaseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="关键词", method="filter_text", max_length=100)
    region = RegionFilter(
        label="地区",
        queryset=Region.objects.select_related("parent__parent").order_by("code", "name"),
        method="filter_region",
        empty_label="全部地区",
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    kind = django_filters.ChoiceFilter(
        label="机构类型",
        field_name="institution__kind",
        choices=InstitutionKind.choices,
        empty_label="全部类型",
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    theme = django_filters.ModelChoiceFilter(
        label="主题",
        field_name="themes",
        queryset=Theme.objects.all(),
        to_field_name="slug",
        empty_label="全部主题",
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    publication = django_filters.ModelChoiceFilter(
        label="刊物",
        field_name="showcase__publication",
        queryset=Publication.objects.all(),
        to_field_name="slug",
        empty_label="全部刊物",
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    year = YearFilter(
        label="年份",
        field_name="showcase__published_on",
        lookup_expr="year",
        min_value=1900,
        max_value=2100,
        error_messages={"invalid": "应为四位数年份", "min_value": "年份超出范围", "max_value": "年份超出范围"},
    )

    class Meta:
        model = Case
        fields = ["q", "region", "kind", "theme", "publication", "year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = (
            Case.objects.published()
            .exclude(showcase__published_on=None)
            .annotate(year=ExtractYear("showcase__published_on"))
            .values_list("year", flat=True)
            .distinct()
            .order_by("-year")
        )
        self.form.fields["year"].widget.choices = [("", "全部年份")] + [(y, f"{y}年") for y in years]

    def filter_text(self, queryset, name, value):
        for term in value.split():
            queryset = queryset.filter(
                Q(search_text__icontains=term) | Q(title__icontains=term) | Q(institution__name__icontains=term)
            )
        return queryset

    def filter_region(self, queryset, name, region):
        return queryset.in_region(region)

    @property
    def active(self):
        """The filters that were given and accepted, for the 'results for …' line."""
        if not self.is_bound:
            return []
        data = self.form.cleaned_data if self.is_valid() else getattr(self.form, "cleaned_data", {})
        active = []
        for name, value in data.items():
            if value in (None, "", []):
                continue
            field = self.form.fields[name]
            if name == "kind":
                shown = InstitutionKind(value).label
            elif name == "region":
                shown = value.full_name
            elif name == "year":
                shown = f"{value}年"
            else:
                shown = str(value)
            active.append((field.label, shown))
        return active

    @property
    def problems(self):
        """Rejected values, each as (label, submitted value, reason), in the form's field order."""
        if not self.is_bound or self.is_valid():
            return []
        problems = []
        for name, errors in self.form.errors.items():
            field = self.form.fields.get(name)
            label = field.label if field else name
            problems.append((label, self.form.data.get(name, ""), "；".join(errors)))
        return problems
