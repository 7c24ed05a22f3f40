"""Plain functions that make rows for tests: each fills in what the test does not care about."""

import itertools
from datetime import date
from decimal import Decimal

from cases.models import Case, Metric, Person, Photo, Publication, Section, Showcase, Theme
from institutions.models import Institution, InstitutionKind, PartyOrganization, Region

_numbers = itertools.count(1)


def make_region(name, *, level=Region.Level.PROVINCE, parent=None, code=""):
    return Region.objects.create(name=name, level=level, parent=parent, code=code)


def make_region_chain(province="四川省", city="成都市", district="双流区", code="510116"):
    """province -> city -> district, coded the way the national division codes nest."""
    p = make_region(province, level=Region.Level.PROVINCE, code=code[:2] + "0000")
    c = make_region(city, level=Region.Level.CITY, parent=p, code=code[:4] + "00")
    d = make_region(district, level=Region.Level.DISTRICT, parent=c, code=code)
    return p, c, d


def make_institution(name=None, *, kind=InstitutionKind.HOSPITAL, region=None, **fields):
    name = name or f"测试第{next(_numbers)}人民医院"
    return Institution.objects.create(name=name, kind=kind, region=region, **fields)


def make_party_organization(institution, name=None, *, level=PartyOrganization.Level.COMMITTEE, **fields):
    return PartyOrganization.objects.create(
        institution=institution, name=name or f"{institution.name}{level}", level=level, **fields
    )


def make_publication(name=None, **fields):
    return Publication.objects.create(name=name or f"测试日报{next(_numbers)}", **fields)


def make_theme(name=None, **fields):
    return Theme.objects.create(name=name or f"主题{next(_numbers)}", **fields)


def make_showcase(title=None, *, publication=None, published_on=date(2021, 6, 23), **fields):
    n = next(_numbers)
    fields.setdefault("slug", f"showcase-{n}")
    fields.setdefault("source_file", f"test_{n}.txt")
    fields.setdefault("source_checksum", f"{n:064d}")
    return Showcase.objects.create(
        title=title or f"我为群众办实事 优秀案例展播（{n}）", publication=publication, published_on=published_on, **fields
    )


def make_case(showcase=None, title=None, *, institution=None, order=None, themes=(), sections=(), **fields):
    """A case; sections are (heading, body) pairs, and search_text is built as the importer builds it."""
    showcase = showcase or make_showcase()
    if order is None:
        order = showcase.cases.count()
    fields.setdefault("status", Case.Status.PUBLISHED)
    case = Case.objects.create(
        showcase=showcase, title=title or f"测试案例{next(_numbers)}", institution=institution, order=order, **fields
    )
    made = [make_section(case, heading, body, order=i) for i, (heading, body) in enumerate(sections)]
    if themes:
        case.themes.set(themes)
    case.rebuild_search_text(made)
    return case


def make_section(case, heading="", body="正文。", *, order=0):
    return Section.objects.create(case=case, heading=heading, body=body, order=order)


def make_metric(case, label="党员", value="100", unit="名", *, qualifier=Metric.Qualifier.EXACT, order=0, **fields):
    return Metric.objects.create(
        case=case, label=label, value=Decimal(value), unit=unit, qualifier=qualifier, order=order, **fields
    )


def make_photo(case, caption="医护人员为老人测量血压。", *, order=0, **fields):
    return Photo.objects.create(case=case, caption=caption, order=order, **fields)


def make_person(case, name="秦涛", role="院长", *, order=0):
    return Person.objects.create(case=case, name=name, role=role, order=order)


def make_full_case(showcase, *, institution, title=None, themes=()):
    """A case with every kind of child row, for pages that show them all."""
    case = make_case(
        showcase,
        title,
        institution=institution,
        themes=themes,
        lead="导语：医院坚持党建引领。",
        byline="李思佳",
        sections=[("抓落实 建设老年友善医疗机构", "第一段。\n\n第二段。"), ("办实事 解决急难愁盼", "第三段。")],
    )
    make_metric(case, "便民举措", "100", "件", qualifier=Metric.Qualifier.MORE_THAN, phrase="推出100余件便民举措")
    make_metric(case, "满意度", "90", "%", qualifier=Metric.Qualifier.AT_LEAST, order=1)
    make_photo(case)
    make_person(case)
    return case
