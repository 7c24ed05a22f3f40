"""机构名录 and 地区: pages about institutions and regions that list their cases.

They read both apps, so they live in the site layer; `institutions` itself knows nothing of cases.
The URL names stay in the `institutions` namespace (see showcase/urls.py).
"""

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.urls import path
from django.views.generic import DetailView, ListView, TemplateView

from cases.models import NEWEST_CASE, Case, Metric
from institutions.models import Institution, InstitutionKind, PartyOrganization, Region, organization_tree

from .figures import states_party_members
from .pagination import ForgivingPaginationMixin
from .text import pinyin_key

PUBLISHED_CASES = Q(cases__status=Case.Status.PUBLISHED)


class InstitutionListView(ListView):
    """The directory: institutions with published cases, grouped by kind or by province, by pinyin within."""

    template_name = "institutions/institution_list.html"
    context_object_name = "institutions"

    def get_queryset(self):
        return (
            Institution.objects.with_related()
            .annotate(case_count=Count("cases", filter=PUBLISHED_CASES))
            .filter(case_count__gt=0)
            .order_by("sort_key")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        institutions = context["institutions"]
        by_kind, by_province = {}, {}
        for institution in institutions:
            by_kind.setdefault(institution.kind, []).append(institution)
            province = institution.region.province if institution.region else None
            by_province.setdefault(province.name if province else "地区不详", []).append(institution)
        context["by_region"] = self.request.GET.get("by") == "region"
        context["kind_groups"] = [
            {"key": f"kind-{kind}", "label": label, "institutions": by_kind[kind]}
            for kind, label in InstitutionKind.choices
            if kind in by_kind
        ]
        context["region_groups"] = [
            {"key": f"region-{n}", "label": name, "institutions": by_province[name]}
            for n, name in enumerate(sorted(by_province, key=lambda name: (name == "地区不详", pinyin_key(name))))
        ]
        return context


class InstitutionDetailView(DetailView):
    template_name = "institutions/institution_detail.html"
    context_object_name = "institution"

    def get_queryset(self):
        return Institution.objects.with_related().prefetch_related(
            "aliases",
            Prefetch("party_organizations", queryset=PartyOrganization.objects.top_down()),
            Prefetch(
                "cases",
                queryset=Case.objects.published()
                .select_related("showcase__publication")
                .prefetch_related("themes", "metrics")
                .order_by(NEWEST_CASE, "order"),
                to_attr="published_cases",
            ),
        )

    def get_context_data(self, **kwargs):
        institution = self.object
        metrics = [(case, metric) for case in institution.published_cases for metric in case.metrics.all()]
        comparable = Metric.objects.reported_elsewhere([m.label for _, m in metrics], institution.pk)
        for _, metric in metrics:
            if (metric.label, metric.unit) in comparable:
                metric.comparison_url = Metric.compare_url(metric.label, metric.unit)
        return super().get_context_data(
            organization_tree=organization_tree(list(institution.party_organizations.all())),
            metrics=metrics,
            party_members=self.party_members(),
            **kwargs,
        )

    def party_members(self):
        """(members, case stating them or None): the stated total where a report gives one."""
        institution = self.object
        for case in institution.published_cases:  # newest first
            for metric in case.metrics.all():
                if states_party_members(metric):
                    return int(metric.value), case
        counts = [org.member_count for org in institution.party_organizations.all() if org.member_count is not None]
        return (max(counts), None) if counts else None


class RegionListView(TemplateView):
    """地区: the regions with published cases, as a tree of provinces, cities and districts with counts."""

    template_name = "institutions/region_list.html"

    def get_context_data(self, **kwargs):
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
                children.setdefault(region.parent_id, []).append(region)
        tree = []

        def walk(region, depth):
            tree.append((region, depth))
            for child in children.get(region.pk, []):
                walk(child, depth + 1)

        for region in children.get(None, []):
            walk(region, 0)
        return super().get_context_data(tree=tree, **kwargs)


class RegionDetailView(ForgivingPaginationMixin, ListView):
    """One region's page: its published cases, below it too."""

    template_name = "institutions/region_detail.html"
    context_object_name = "cases"
    paginate_by = 20

    def get_queryset(self):
        self.region = get_object_or_404(Region.objects.select_related("parent__parent"), slug=self.kwargs["slug"])
        return Case.objects.published().in_region(self.region).for_listing().order_by(NEWEST_CASE, "order")

    def get_context_data(self, **kwargs):
        return super().get_context_data(region=self.region, **kwargs)


urlpatterns = [
    path("institutions/", InstitutionListView.as_view(), name="list"),
    path("institutions/<slug:slug>/", InstitutionDetailView.as_view(), name="detail"),
    path("regions/", RegionListView.as_view(), name="regions"),
    path("regions/<slug:slug>/", RegionDetailView.as_view(), name="region"),
]
