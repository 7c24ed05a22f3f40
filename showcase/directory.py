"""机构名录 and 地区: pages about institutions and regions that list their cases.

They read both apps, so they live in the site layer; `institutions` itself knows nothing of cases.
The URL names stay in the `institutions` namespace (see showcase/urls.py).
"""

import itertools

from django.db.models import Case as CaseWhen
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Value, When, prefetch_related_objects
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.functional import SimpleLazyObject, cached_property
from django.views.generic import DetailView, ListView, TemplateView

from cases import caching
from cases.models import NEWEST_CASE, Case, Metric
from cases.views import KnownCountPaginator
from institutions.models import Institution, InstitutionKind, PartyOrganization, Region, organization_tree, province_field

from .figures import states_party_members
from .pagination import LazyPageMixin
from .text import pinyin_key

PUBLISHED_CASES = Q(cases__status=Case.Status.PUBLISHED)


class InstitutionListView(LazyPageMixin, ListView):
    """The directory: institutions with published cases by kind or by province (in the order of the
    provinces' codes), by pinyin within, a page at a time: an archive names tens of thousands of
    institutions. The groups and their counts (one grouped query, cached per archive generation)
    link to the page where each group begins. The body is a fragment per page and generation."""

    template_name = "institutions/institution_list.html"
    context_object_name = "institutions"
    paginate_by = 100

    def get_queryset(self):
        self.by_region = self.request.GET.get("by") == "region"
        listed = Institution.objects.filter(Exists(Case.objects.published().filter(institution=OuterRef("pk"))))
        if self.by_region:
            listed = listed.annotate(group=province_field("name"), group_order=province_field("code"))
            order = [F("group_order").asc(nulls_last=True), F("group").asc(nulls_last=True)]
        else:
            kinds = [kind for kind, _ in InstitutionKind.choices]
            listed = listed.annotate(
                group=F("kind"),
                group_order=CaseWhen(*(When(kind=kind, then=Value(n)) for n, kind in enumerate(kinds)), default=Value(len(kinds))),
            )
            order = ["group_order"]
        self.group_counts = caching.cached(
            "directory-groups", (self.by_region,),
            lambda: list(listed.order_by(*order).values_list("group").annotate(n=Count("pk")).values_list("group", "n")),
        )
        return listed.with_related().order_by(*order, "sort_key", "pk")

    def get_paginator(self, queryset, per_page, **kwargs):
        return KnownCountPaginator(queryset, per_page, count=sum(n for _, n in self.group_counts), **kwargs)

    def label(self, group):
        if self.by_region:
            return group or "地区不详"
        return InstitutionKind(group).label if group in InstitutionKind.values else group

    def get_context_data(self, **kwargs):
        context = super().get_context_data(by_region=self.by_region, **kwargs)
        results = context["institutions"]
        grouped = SimpleLazyObject(lambda: self.grouped(results))
        context["institutions"] = SimpleLazyObject(lambda: grouped["institutions"])
        context["groups"] = SimpleLazyObject(lambda: grouped["groups"])
        context["region_groups" if self.by_region else "kind_groups"] = SimpleLazyObject(lambda: grouped["on_page"])
        return context

    def grouped(self, institutions):
        """The page's institutions with their case counts, every group, and the groups on this page."""
        page = list(institutions)
        counts = dict(
            Case.objects.published().filter(institution__in=page).values_list("institution").annotate(n=Count("pk")).order_by()
        )
        for institution in page:
            institution.case_count = counts.get(institution.pk, 0)
        prefix = "region" if self.by_region else "kind"
        keys = {group: f"{prefix}-{n if self.by_region else group}" for n, (group, _) in enumerate(self.group_counts)}
        groups, start = [], 0
        for group, n in self.group_counts:
            groups.append({"key": keys[group], "label": self.label(group), "count": n, "page": start // self.paginate_by + 1})
            start += n
        by_group = {entry["key"]: entry for entry in groups}
        on_page = [
            {**by_group[keys[group]], "institutions": list(members)}
            for group, members in itertools.groupby(page, key=lambda institution: institution.group)
        ]
        return {"institutions": page, "groups": groups, "on_page": on_page}


class InstitutionDetailView(DetailView):
    """An institution's page. Its head is read once per generation; its body (party organisations,
    every published case, the figures) is a fragment per institution and generation, and what only
    the body needs is handed to the template lazily."""

    template_name = "institutions/institution_detail.html"
    context_object_name = "institution"

    def get_queryset(self):
        return Institution.objects.with_related()

    def get_object(self, queryset=None):
        return caching.cached(
            "institution-head", (self.kwargs["slug"],), lambda: super(InstitutionDetailView, self).get_object(queryset)
        )

    @cached_property
    def full_institution(self):
        institution = self.object
        prefetch_related_objects(
            [institution],
            "aliases",
            Prefetch("party_organizations", queryset=PartyOrganization.objects.top_down()),
            Prefetch(
                "cases",
                queryset=Case.objects.published()
                .select_related("showcase__publication")
                .defer("showcase__source_text")
                .prefetch_related("themes", "metrics")
                .order_by(NEWEST_CASE, "order"),
                to_attr="published_cases",
            ),
        )
        return institution

    def metrics(self):
        institution = self.full_institution
        metrics = [(case, metric) for case in institution.published_cases for metric in case.metrics.all()]
        comparable = Metric.objects.reported_elsewhere([m.label for _, m in metrics], institution.pk)
        for _, metric in metrics:
            if (metric.label, metric.unit) in comparable:
                metric.comparison_url = Metric.compare_url(metric.label, metric.unit)
        return metrics

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            full_institution=SimpleLazyObject(lambda: self.full_institution),
            organization_tree=SimpleLazyObject(
                lambda: organization_tree(list(self.full_institution.party_organizations.all()))
            ),
            metrics=SimpleLazyObject(self.metrics),
            party_members=SimpleLazyObject(self.party_members),
            **kwargs,
        )

    def party_members(self):
        """(members, case stating them or None): the stated total where a report gives one."""
        institution = self.full_institution
        for case in institution.published_cases:  # newest first
            for metric in case.metrics.all():
                if states_party_members(metric):
                    return int(metric.value), case
        counts = [org.member_count for org in institution.party_organizations.all() if org.member_count is not None]
        return (max(counts), None) if counts else None


class RegionListView(TemplateView):
    """地区: the provinces and cities with published cases, with counts; a city's page lists its districts."""

    template_name = "institutions/region_list.html"

    def get_context_data(self, **kwargs):
        top = SimpleLazyObject(lambda: caching.cached(
            "region-index", (), lambda: [(region, depth) for region, depth in region_tree() if depth <= 1]
        ))
        return super().get_context_data(tree=top, **kwargs)


def region_tree():
    """[(region, depth)] of every region with published cases, with case_count and url on each,
    computed once per archive generation: the count is grouped over every case, and thousands of
    regions are sorted by pinyin."""
    return caching.cached("region-tree", (), _region_tree)


def _region_tree():
    counts = {}
    rows = Case.objects.published().exclude(institution__region=None).values_list("institution__region").annotate(n=Count("pk"))
    regions = {region.pk: region for region in Region.objects.all()}
    for region_id, n in rows:
        region = regions.get(region_id)
        while region is not None:  # a case counts for its region and every region above it
            counts[region.pk] = counts.get(region.pk, 0) + n
            region = regions.get(region.parent_id)
    children = {}
    for region in sorted(regions.values(), key=lambda r: (r.code or "9", pinyin_key(r.name))):
        if region.pk in counts:
            region.case_count = counts[region.pk]
            region.url = region.get_absolute_url()
            children.setdefault(region.parent_id, []).append(region)
    tree = []

    def walk(region, depth):
        tree.append((region, depth))
        for child in children.get(region.pk, []):
            walk(child, depth + 1)

    for region in children.get(None, []):
        walk(region, 0)
    return tree


class RegionDetailView(LazyPageMixin, ListView):
    """One region's page: its published cases, below it too (a fragment per page and generation)."""

    template_name = "institutions/region_detail.html"
    context_object_name = "cases"
    paginate_by = 20

    def get_queryset(self):
        self.region = caching.cached(
            "region", (self.kwargs["slug"],),
            lambda: get_object_or_404(Region.objects.select_related("parent__parent"), slug=self.kwargs["slug"]),
        )
        return Case.objects.published().in_region(self.region).for_listing().order_by(NEWEST_CASE, "order")

    def get_paginator(self, queryset, per_page, **kwargs):
        """A province holds thousands of cases: counted once per archive generation."""
        count = caching.cached("region-case-count", (self.region.pk,), queryset.count)
        return KnownCountPaginator(queryset, per_page, count=count, **kwargs)

    def get_context_data(self, **kwargs):
        children = SimpleLazyObject(lambda: caching.cached(
            "region-children", (self.region.pk,), lambda: [r for r, _ in region_tree() if r.parent_id == self.region.pk]
        ))
        return super().get_context_data(region=self.region, children=children, **kwargs)


urlpatterns = [
    path("institutions/", InstitutionListView.as_view(), name="list"),
    path("institutions/<slug:slug>/", InstitutionDetailView.as_view(), name="detail"),
    path("regions/", RegionListView.as_view(), name="regions"),
    path("regions/<slug:slug>/", RegionDetailView.as_view(), name="region"),
]
