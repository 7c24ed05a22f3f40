from django.db.models import Case as CaseWhen, Count, Prefetch, Q, Value, When
from django.views.generic import DetailView, ListView

from cases.models import Case
from showcase.text import pinyin_key

from .models import Institution, InstitutionKind, PartyOrganization

PUBLISHED_CASES = Q(cases__status=Case.Status.PUBLISHED)


def party_organizations():
    """Party organisations from the top of the hierarchy down (党委 before 党总支 before 党支部)."""
    rank = CaseWhen(
        *(When(level=level, then=Value(i)) for i, level in enumerate(PartyOrganization.Level.values)),
        default=Value(99),
    )
    return PartyOrganization.objects.select_related("parent").order_by(rank, "name")


class InstitutionListView(ListView):
    """The directory: institutions with published cases, grouped by kind, by pinyin within a kind."""

    template_name = "institutions/institution_list.html"
    context_object_name = "institutions"

    def get_queryset(self):
        return (
            Institution.objects.with_related()
            .annotate(case_count=Count("cases", filter=PUBLISHED_CASES))
            .filter(case_count__gt=0)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        by_kind = {}
        for institution in context["institutions"]:
            by_kind.setdefault(institution.kind, []).append(institution)
        context["groups"] = [
            {"kind": kind, "label": label, "institutions": sorted(by_kind[kind], key=lambda i: pinyin_key(i.name))}
            for kind, label in InstitutionKind.choices
            if kind in by_kind
        ]
        return context


class InstitutionDetailView(DetailView):
    template_name = "institutions/institution_detail.html"
    context_object_name = "institution"

    def get_queryset(self):
        return Institution.objects.with_related().prefetch_related(
            "aliases",
            Prefetch(
                "party_organizations",
                queryset=party_organizations(),
            ),
            Prefetch(
                "cases",
                queryset=Case.objects.published().select_related("showcase__publication").prefetch_related("themes"),
                to_attr="published_cases",
            ),
        )
