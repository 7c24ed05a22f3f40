"""The case list's filters: one FilterSet, applied by cases.views.CaseListView.

Besides filtering, the FilterSet tells the page what a reader needs around the results: the
count of each choice among the current results (facets), the active filters as chips that
remove themselves, and the values it could not accept.
"""

import django_filters
from django import forms
from django.db.models import Count, Exists, OuterRef, Q
from django.http import QueryDict
from django.urls import reverse

from institutions.models import Institution, InstitutionKind, Region

from . import caching, idsets, search
from .models import NEWEST_CASE, Case, Metric, Publication, Theme

INVALID_CHOICE = "没有这一项"


class YearField(forms.IntegerField):
    widget = forms.Select


class YearFilter(django_filters.Filter):
    field_class = YearField


class RegionSelect(forms.Select):
    """Each region option says its province (data-province), so that a script can narrow the list at once."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        region = getattr(value, "instance", None)
        if region is not None and region.parent_id:
            option["attrs"]["data-province"] = region.province.slug
        return option


def region_filter(level, label):
    return django_filters.ModelChoiceFilter(
        label=label,
        queryset=Region.objects.filter(level=level).select_related("parent__parent").order_by("code", "name"),
        to_field_name="slug",
        method="filter_region",
        empty_label=f"全部{label}",
        error_messages={"invalid_choice": INVALID_CHOICE},
        widget=RegionSelect(attrs={"data-follows": "province"} if level != Region.Level.PROVINCE else {}),
    )


class CaseFilter(django_filters.FilterSet):
    ORDERINGS = {
        "relevance": ("最相关（检索时）", ["-rank", NEWEST_CASE, "showcase_id", "order"]),
        "newest": ("最新刊发", [NEWEST_CASE, "showcase_id", "order"]),
        "metrics": ("数据最多", ["-metric_count", NEWEST_CASE, "order"]),
        "institution": ("机构名称", ["institution__sort_key", NEWEST_CASE]),
    }

    q = django_filters.CharFilter(label="关键词", method="filter_text", max_length=100)
    province = region_filter(Region.Level.PROVINCE, "省份")
    city = region_filter(Region.Level.CITY, "城市")
    district = region_filter(Region.Level.DISTRICT, "区县")
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
        field_name="published_on",
        lookup_expr="year",
        min_value=1900,
        max_value=2100,
        error_messages={"invalid": "应为四位数年份", "min_value": "年份超出范围", "max_value": "年份超出范围"},
    )
    category = django_filters.ChoiceFilter(
        label="数据类别",
        choices=Metric.Category.choices,
        method="filter_category",
        empty_label="全部类别",
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    unit = django_filters.CharFilter(label="单位", method="filter_unit", max_length=20)
    institution = django_filters.ModelChoiceFilter(
        label="机构",
        field_name="institution",
        queryset=Institution.objects.all(),
        to_field_name="slug",
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    ordering = django_filters.ChoiceFilter(
        label="排序",
        choices=[(key, label) for key, (label, _) in ORDERINGS.items()],
        method="order",
        empty_label=None,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )

    class Meta:
        model = Case
        fields = [
            "q", "province", "city", "district", "kind", "theme", "publication", "year", "category", "unit",
            "institution", "ordering",
        ]

    # Set by links from /stats/ (a total's cases, an institution's cases), not chosen in the form.
    LINKED_ONLY = ("unit", "institution")

    def __init__(self, data=None, queryset=None, **kwargs):
        # Only published cases are public: that is the default, not something each caller must remember.
        if queryset is None:
            queryset = Case.objects.published().for_listing()
        super().__init__(data, queryset, **kwargs)
        self.form.fields["year"].widget.choices = [("", "全部年份")] + [(y, f"{y}年") for y in self.years()]
        self._narrow_place_choices()
        for name in ("province", "theme", "publication"):  # short lists that change rarely: cached
            field = self.form.fields[name]
            field.widget.choices = [("", field.empty_label)] + caching.cached(
                f"choices-{name}", (), lambda: [(getattr(o, "slug"), str(o)) for o in field.queryset]
            )

    def _narrow_place_choices(self):
        """Cities are offered once a province is chosen, counties once a city (or a municipality) is.

        The country has some 450 cities and 2,900 counties: one list of them all is of no use to a
        reader and slow to send. Any place is still accepted from the address (a region page links
        to ?district=…), and the place chosen stays in its list.
        """
        data = self.data or {}
        for name, parents in (("city", ["province"]), ("district", ["city", "province"])):
            field = self.form.fields[name]
            parent = next((data.get(p) for p in parents if data.get(p)), None)
            wanted = Q(parent__slug=parent) if parent else Q(pk__in=[])
            if data.get(name):
                wanted |= Q(slug=data.get(name))
            field.queryset = field.queryset.filter(wanted)  # each option says its province (RegionSelect)

    @staticmethod
    def years():
        """The years cases were published in, newest first: the year facet's values."""
        return sorted((int(year) for year in idsets.facet("year")), reverse=True)

    # --- filtering ------------------------------------------------------------------------

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("ordering"):
            queryset = self.order(queryset, "ordering", "relevance" if self.search_terms else "newest")
        return queryset

    def filter_text(self, queryset, name, value):
        return search.search(queryset, value)

    def filter_region(self, queryset, name, region):
        return queryset.in_region(region)

    def filter_category(self, queryset, name, value):
        """Cases reporting a figure of this category (and of the unit, when one is given too)."""
        figures = Metric.objects.filter(case=OuterRef("pk"), category=value)
        if unit := self.form.cleaned_data.get("unit"):
            figures = figures.filter(unit=unit)
        return queryset.filter(Exists(figures))

    def filter_unit(self, queryset, name, value):
        if self.form.cleaned_data.get("category"):
            return queryset  # filter_category takes the unit with the category: the same figure has both
        return queryset.filter(Exists(Metric.objects.filter(case=OuterRef("pk"), unit=value)))

    def order(self, queryset, name, value):
        """Best match first when searching, else newest first, unless the reader chose an order."""
        if value == "relevance" and not self.search_terms:
            value = "newest"  # nothing to rank without a search
        if value == "metrics":
            queryset = queryset.annotate(metric_count=Count("metrics", distinct=True))
        return queryset.order_by(*self.ORDERINGS[value][1])

    @property
    def search_terms(self):
        if not self.is_bound:
            return []
        self.form.is_valid()
        return search.terms(self.form.cleaned_data.get("q") or "")

    # --- what the page shows around the results -------------------------------------------------

    # Each facet and the filters it stands for. A facet's counts apply every other filter and none
    # of its own, and its links replace its own filters, so the number beside a link is the number
    # of cases the link leads to (the rule of Solr's tagged filters and Elasticsearch's post_filter).
    # Choosing a province drops the city and district chosen inside another one.
    FACETS = {
        "province": ("province", "city", "district"),
        "kind": ("kind",),
        "theme": ("theme",),
        "publication": ("publication",),
        "year": ("year",),
        "category": ("category",),
    }

    def applied(self, own=()):
        """The accepted filters but those in `own`, as plain values: what a cached count depends on."""
        if not self.is_bound:
            return ()
        self.form.is_valid()
        return tuple(
            (name, getattr(value, "pk", value))
            for name, value in sorted(self.form.cleaned_data.items())
            if name not in own and name != "ordering" and value not in (None, "", [])
        )

    MAX_LISTED_IDS = 20_000  # SQLite allows 32,766 parameters (3.32+)

    def matching(self):
        """The current results as a plain queryset over their ids, for grouping queries (/stats/).

        With a text search, the ids come from the result set (cases/idsets.py), so that no grouping
        runs the search again; without one, or past MAX_LISTED_IDS, a subquery (plain filters are
        cheap to repeat, thousands of ids make every query slow to bind, and SQLite caps them)."""
        if not hasattr(self, "_matching"):
            results = self.results() if self.search_terms else None
            listed = results is not None and len(results) <= self.MAX_LISTED_IDS
            ids = idsets.ranking().ids_at(results) if listed else self.qs.order_by().values("pk")
            self._matching = Case.objects.filter(pk__in=ids)
        return self._matching

    def count(self):
        """How many cases the filters give: the size of their sets' intersection."""
        return len(self.results())

    def results(self, own=()):
        """The positions (cases/idsets.py) of the published cases every accepted filter but those in `own` gives."""
        if not self.is_bound:
            return idsets.ranking().everything
        self.form.is_valid()
        data = self.form.cleaned_data
        sets = []
        for name, value in data.items():
            if name in own or name == "ordering" or value in (None, "", []):
                continue
            if name == "q":
                for word in search.terms(value):  # each term's cases once per generation, whatever it is searched with
                    sets.append(idsets.remembered("search", (word,), lambda word=word: idsets.of_found(word, search.found_ids(word))))
            elif name in self.FACETS and not (name == "category" and data.get("unit")):
                # a facet's own value: the set its count was read from (the filter's query gives the same cases)
                sets.append(idsets.facet(name).get(str(getattr(value, "slug", value)), (None, idsets.ranking().nothing))[1])
            elif not (name == "unit" and data.get("category")):  # filter_category takes the unit with the category
                parts = (name, getattr(value, "pk", value), data.get("unit") if name == "category" else None)
                sets.append(idsets.of_queryset("filter", parts, self.filters[name].filter(Case.objects.published(), value)))
        return idsets.intersection(sets)

    def ranked(self):
        """The results in the page's order as a sliceable sequence of ids (idsets.Ranked), for the
        orders the sets keep (newest first, and best match first); None for the others."""
        if self.is_bound:
            self.form.is_valid()
        ordering = (self.form.cleaned_data.get("ordering") if self.is_bound else None) or "relevance"
        words = self.search_terms
        if ordering == "relevance" and not words:
            ordering = "newest"
        results = self.results()
        if ordering == "newest":
            return idsets.Ranked([results])
        if ordering != "relevance":
            return None
        # search.search's rank: a title hit first, then an institution hit, then the rest, each newest first
        published = Case.objects.published()
        in_title = idsets.of_queryset("in-title", tuple(words), published.filter(search.anywhere(words, "title")))
        institutions = Institution.objects.filter(search.anywhere(words, "name")).values("pk")  # the few institutions first
        in_institution = idsets.of_queryset("in-institution", tuple(words), published.filter(institution__in=institutions))
        titled = results & in_title
        named = (results & in_institution) - titled
        return idsets.Ranked([titled, named, results - titled - named])

    def facets(self, names=tuple(FACETS)):
        """{facet name: [(value, label, count, url, is_active)]}, each count what its link would list.

        A facet's counts are the sizes of its values' sets (read once per generation) intersected
        with the results of every other filter: no query, however many cases match.
        """
        facets = {}
        for name in names:
            base = self.results(self.FACETS[name])
            choices = [
                (value, label, base.intersection_cardinality(members)) for value, (label, members) in idsets.facet(name).items()
            ]
            choices = [choice for choice in choices if choice[2]]
            if name == "year":
                choices.sort(reverse=True)
            else:
                choices.sort(key=lambda c: (-c[2], c[0]))
            selected = self.form.data.get(name) if self.is_bound else None
            facets[name] = [(v, l, n, self.facet_url(name, v), selected == v) for v, l, n in choices]
        return facets

    def facet_url(self, name, value):
        """Where a facet's choice leads: the current query with that facet's own filters replaced by it."""
        return self.url_with(name, value, without=self.FACETS[name])

    def url_with(self, name, value, view="cases:list", without=(), **more):
        """The current query with one filter set (or removed, for value None), back on page one.

        Empty parameters never appear (no ?q=&province=); without: filters dropped with it; more:
        further filters to set at once.
        """
        changed = {name: value, **more}
        params = QueryDict(mutable=True)
        for key, values in (self.data if self.data is not None else QueryDict()).lists():
            kept = [v for v in values if v]
            if key not in changed and key not in ("page", *without) and kept:
                params.setlist(key, kept)
        for key, val in changed.items():
            if val not in (None, ""):
                params[key] = val
        return reverse(view) + ("?" + params.urlencode() if params else "")

    @property
    def chips(self):
        return self.chips_for("cases:list")

    def chips_for(self, view):
        """The filters given and accepted, each as (label, shown value, url of the view without it)."""
        if not self.is_bound:
            return []
        data = self.form.cleaned_data if self.is_valid() else getattr(self.form, "cleaned_data", {})
        chips = []
        for name, value in data.items():
            if value in (None, "", []) or name == "ordering":
                continue
            field = self.form.fields[name]
            if name == "kind":
                shown = InstitutionKind(value).label
            elif name == "category":
                shown = Metric.Category(value).label
            elif name == "year":
                shown = f"{value}年"
            elif isinstance(value, Region):
                shown = value.full_name
            elif name == "institution":
                shown = value.name
            else:
                shown = str(value)
            chips.append((field.label, shown, self.url_with(name, None, view=view)))
        return chips

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
