"""Writing what the loader read into the database, one source file at a time.

Re-running an import is safe: a showcase is found by its source file, an unchanged file (same
checksum) is skipped, a changed one is updated in place, and a case an editor has changed
(Case.is_edited, or a change of theirs waiting for review) keeps the editor's version unless force
is given. The checksum is taken over the
normalised text, so the same article under another path, in another encoding or with other line
endings is recognised as a copy and not loaded twice.

Each case written gets its own revision and its status from cases.workflow.imported: a case with
an open warning waits for review, and only a clean case of a trusted run (publish=True) is
published directly. New text for a published case is likewise held as a pending change unless the
run is trusted and the case clean: readers keep the published text until a reviewer publishes it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, time

from django.db import transaction

from institutions import gazetteer
from institutions.models import Institution, InstitutionAlias, PartyOrganization, Region

from . import workflow
from .loader.metrics import extract_metrics
from .loader.entities import PARTY_ORGANISATION_ENDING, institution_from
from .loader.types import ArticleData, CaseData, InstitutionData, MetricData, RegionPath
from .models import Case, ImportWarning, Metric, Person, Photo, Publication, Section, Showcase, Theme


@dataclass
class ImportResult:
    showcase: Showcase
    status: str  # created / updated / unchanged / duplicate (showcase is then the page already loaded)
    cases_written: int = 0
    cases_kept: int = 0  # edited by an editor (or published, gone from an untrusted re-read), left as they are


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_checksum(text: str) -> str:
    """The article's identity: its text once encoding, line endings, trailing spaces and Unicode
    forms no longer matter."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    lines = [line.rstrip() for line in text.split("\n")]
    return checksum("\n".join(lines).strip().encode("utf-8"))


@transaction.atomic
def save_article(
    article: ArticleData, *, source_file: str, source_checksum: str = "", force: bool = False, publish: bool = False
) -> ImportResult:
    source_checksum = content_checksum(article.text) if article.text else source_checksum
    showcase = Showcase.objects.select_for_update().filter(source_file=source_file).first()
    if showcase and showcase.source_checksum == source_checksum and not force:
        return ImportResult(showcase=showcase, status="unchanged")
    copy = Showcase.objects.filter(source_checksum=source_checksum).exclude(source_file=source_file).first()
    if copy is not None:
        return ImportResult(showcase=copy, status="duplicate")
    status = "updated" if showcase else "created"
    # Readers see the page's title, paper and date beside its published cases: an untrusted run
    # does not change them (a reviewer corrects them in the admin); it keeps the new source.
    keep_page = showcase is not None and not publish and showcase.cases.filter(status=Case.Status.PUBLISHED).exists()
    showcase, page_changed = _save_showcase(article, showcase, keep_page=keep_page, source_file=source_file, source_checksum=source_checksum)
    if keep_page and page_changed:
        status = "updated-page-held"
    result = ImportResult(showcase=showcase, status=status)
    existing = {case.order: case for case in showcase.cases.all()}
    for order, data in enumerate(article.cases):
        case = existing.pop(order, None)
        if case is not None and workflow.is_edited(case) and not force:
            result.cases_kept += 1
            continue
        _save_case(data, case, showcase=showcase, order=order, publish=publish)
        result.cases_written += 1
    for case in existing.values():  # cases the new reading no longer has
        if workflow.is_edited(case) and not force:
            continue
        if case.is_published and not publish:  # readers keep it: a reviewer unpublishes or deletes it
            result.cases_kept += 1
            continue
        case.delete()
    workflow.showcase_revision(showcase=showcase, user=None, reason=f"由导入程序写入：{source_file}")
    return result


def _save_showcase(article: ArticleData, showcase: Showcase | None, *, keep_page: bool = False, **source) -> tuple[Showcase, bool]:
    """The page as read (and whether what readers see of it differs from what was there)."""
    data = article.showcase
    publication = None
    if data.publication:
        publication, _ = Publication.objects.get_or_create(
            name=data.publication,
            defaults={"kind": Publication.Kind.WEBSITE if data.channel else Publication.Kind.NEWSPAPER},
        )
    fields = dict(
        title=data.title[:200],
        kicker=data.kicker[:200],
        subtitle=data.subtitle[:200],
        column=data.column[:100],
        series_number=data.series_number[:20],
        guided_by=data.guided_by[:200],
        hosted_by=data.hosted_by[:200],
        publication=publication,
        channel=data.channel[:100],
        published_on=date.fromisoformat(data.date) if data.date else None,
        published_time=time.fromisoformat(data.time) if data.time else None,
        edition=data.edition[:50],
        pages=data.pages[:50],
        author=data.author[:100],
        editors="、".join(data.editors)[:100],
        credits=data.credits[:300],
        source_text=article.text,
        **source,
    )
    if showcase is None:
        from institutions.models import unique_slug
        from showcase.text import pinyin_slug

        base = pinyin_slug(f"{data.date or ''} {data.title}", 70)
        return Showcase.objects.create(slug=unique_slug(Showcase, base), **fields), True
    seen = {name: value for name, value in fields.items() if name not in ("source_text", *source)}
    changed = any(getattr(showcase, name) != value for name, value in seen.items())
    for name, value in fields.items():
        if not (keep_page and name in seen):
            setattr(showcase, name, value)
    showcase.save()
    return showcase, changed


def _save_case(data: CaseData, case: Case | None, *, showcase: Showcase, order: int, publish: bool) -> Case:
    """The case as read, through workflow.imported: it decides whether the new reading goes live,
    and on a published case holds it for review unless the run is trusted and the case clean."""
    created = case is None
    if created:
        case = Case(showcase=showcase, order=order, status=Case.Status.REVIEW)
    # What the case points at is written first, outside a change that may wait for review, so that
    # the waiting change's links (institution, themes, partners, party organisations) exist.
    institution = save_institution(data.institution)
    links = dict(
        themes=[Theme.objects.get_or_create(name=name)[0] for name in data.themes],
        partners=_partner_institutions(data),
        # a published case's new reading may wait for review: its figures for organisations that
        # readers already see wait with it (only organisations not yet known are added)
        party_organizations=_save_party_organizations(data, institution, update=created or not case.is_published or (publish and not data.warnings)),
    )
    return workflow.imported(
        case=case,
        created=created,
        write=lambda: _write_case(data, case, institution=institution, links=links, created=created),
        warn=lambda: save_warnings(case, data.warnings, source=showcase.source_text),
        publish=publish,
        source=showcase.source_file,
    )


def _write_case(data: CaseData, case: Case, *, institution: Institution, links: dict, created: bool) -> None:
    fields = dict(
        title=data.title[:200],
        institution=institution,
        byline=data.byline[:100],
        contributor=data.contributor[:100],
        credits=data.credits[:200],
        brands=data.brands,
        is_edited=False,
    )
    for name, value in fields.items():
        setattr(case, name, value)
    if not created:
        case.sections.all().delete()
        case.photos.filter(image="").delete()
        case.people.all().delete()
        case.metrics.all().delete()
    case.save()
    sections = Section.objects.bulk_create(
        Section(case=case, order=i, heading=s.heading[:200], body="\n\n".join(s.paragraphs))
        for i, s in enumerate(data.sections)
        if s.paragraphs
    )
    Photo.objects.bulk_create(Photo(case=case, order=i, caption=c[:300]) for i, c in enumerate(data.captions))
    Person.objects.bulk_create(
        Person(case=case, order=i, name=p.name[:20], role=p.role[:50]) for i, p in enumerate(data.people)
    )
    save_metrics(case, data.metrics)
    for name, rows in links.items():
        getattr(case, name).set(rows)
    case.rebuild_search_text(sections)


def _partner_institutions(data: CaseData) -> list[Institution]:
    """共建单位 as institutions: 城关街道党工委 is the street's, 某医院内科党支部 the hospital's."""
    partners = []
    for printed in data.partners:
        name = PARTY_ORGANISATION_ENDING.sub("", printed)
        if name and name != data.institution.name:
            partners.append(save_institution(institution_from(name, context=data.body_text)))
    return partners


# What a loader warning is about, by how its message starts.
WARNING_KINDS = [
    ("正文在句中结束", ImportWarning.Kind.TRUNCATED),
    ("段落在小标题前中断", ImportWarning.Kind.BROKEN),
    ("重复段落", ImportWarning.Kind.DUPLICATE),
    ("未能确定机构", ImportWarning.Kind.INSTITUTION),
]
QUOTED = re.compile(r"“…?(?P<text>[^“”…]{2,})…?”")


def save_warnings(case: Case, messages: list[str], *, source: str) -> bool:
    """The loader's warnings as rows, each with the passage of the source it is about; one an editor
    already resolved stays resolved. Returns whether any is open."""
    resolved = {w.message: w for w in case.import_warnings.exclude(resolved_at=None)}
    case.import_warnings.exclude(pk__in=[w.pk for m, w in resolved.items() if m in messages]).delete()
    origin = max(source.find(case.title), 0) if case.title else 0
    for message in messages:
        start, end = warning_passage(message, source, origin=origin, title=case.title)
        kind = next((kind for prefix, kind in WARNING_KINDS if message.startswith(prefix)), ImportWarning.Kind.OTHER)
        if message in resolved:
            ImportWarning.objects.filter(pk=resolved[message].pk).update(start=start, end=end, kind=kind)
        else:
            ImportWarning.objects.create(case=case, kind=kind, message=message[:300], start=start, end=end)
    return any(message not in resolved for message in messages)


def warning_passage(message: str, source: str, *, origin: int = 0, title: str = "") -> tuple[int | None, int | None]:
    """Where in the source the warning's quoted words are (looking from the case's own heading on),
    else the case's heading; (None, None) when neither is found."""
    quoted = QUOTED.search(message)
    if quoted:
        text = quoted.group("text")
        at = source.find(text, origin)
        if at < 0:
            at = source.find(text)
        if at >= 0:
            return at, at + len(text)
    if title and (at := source.find(title)) >= 0:
        return at, at + len(title)
    return None, None


def save_metrics(case: Case, metrics: list[MetricData]) -> None:
    """Write the loader's figures as the case's metrics, in reading order."""
    Metric.objects.bulk_create(
        Metric(
            case=case,
            order=i,
            label=m.label[:50],
            value=m.value,
            unit=m.unit[:20],
            previous_value=m.previous_value,
            previous_unit=m.previous_unit[:20],
            qualifier=m.qualifier,
            category=m.category,
            phrase=m.phrase[:300],
        )
        for i, m in enumerate(metrics)
    )


@transaction.atomic
def reread_metrics(case: Case) -> int:
    """Replace a case's metrics with what the loader reads in its current lead and body; how many."""
    paragraphs = [p for section in case.sections.all() for p in section.paragraphs]
    found = extract_metrics([case.lead, *paragraphs] if case.lead else paragraphs)
    case.metrics.all().delete()
    save_metrics(case, found)
    return len(found)


def save_institution(data: InstitutionData) -> Institution:
    """One institution per name, whether printed in full, short, or by a name we already know."""
    region = save_region(data.region)
    institution = _known_institution(data.name, region)
    if institution is None:
        institution = Institution(name=data.name[:100], kind=data.kind)
    elif data.name != institution.name:
        kind = InstitutionAlias.Kind.SHORT if len(data.name) < len(institution.name) else InstitutionAlias.Kind.FULL
        InstitutionAlias.objects.get_or_create(name=data.name[:100], defaults={"institution": institution, "kind": kind})
    # Fill what is still blank; never overwrite an editor's correction.
    if not institution.region_id:
        institution.region = region
    institution.grade = institution.grade or (data.grade or "")[:20]
    institution.founded = institution.founded or (data.founded or "")
    if institution.kind == "other":
        institution.kind = data.kind
    known = [list(h) for h in institution.honours]
    institution.honours = known + [list(h) for h in data.honours if list(h) not in known]
    institution.save()
    for name, kind in data.aliases:
        if name != institution.name:
            InstitutionAlias.objects.get_or_create(name=name[:100], defaults={"institution": institution, "kind": kind})
    return institution


def _known_institution(name: str, region: Region | None) -> Institution | None:
    """By its name or another name of it; else the institution of the same region whose name is
    the same once the places it opens with are cut (重庆市大足区人民医院 = 大足区人民医院)."""
    alias = InstitutionAlias.objects.select_related("institution").filter(name=name).first()
    if alias:
        return alias.institution
    institution = Institution.objects.filter(name=name).first()
    if institution or region is None:
        return institution
    core = gazetteer.without_leading_places(name)
    if core == name:
        return None
    for candidate in Institution.objects.filter(region=region):
        if gazetteer.without_leading_places(candidate.name) == core:
            return candidate
    return None


def save_region(path: RegionPath) -> Region | None:
    parent = None
    levels = [(path.province, Region.Level.PROVINCE), (path.city, Region.Level.CITY), (path.district, Region.Level.DISTRICT)]
    for name, level in levels:
        if not name:
            continue
        code = path.code if level == Region.Level.DISTRICT or name == (path.district or path.city or path.province) else ""
        parent, _ = Region.objects.get_or_create(parent=parent, name=name, defaults={"level": level, "code": code or ""})
    return parent


def _save_party_organizations(data: CaseData, institution: Institution, *, update: bool = True) -> list[PartyOrganization]:
    """The institution's party organisations the case reports, with the figures it gives for them."""
    saved = []
    write = PartyOrganization.objects.update_or_create if update else PartyOrganization.objects.get_or_create
    for org in data.party_organizations:
        saved.append(write(
            institution=institution,
            name=org.name[:100],
            defaults=dict(
                level=org.level,
                secretary=(org.secretary or "")[:20],
                member_count=org.members,
                general_branch_count=org.units.get("党总支"),
                branch_count=org.units.get("党支部"),
                group_count=org.units.get("党小组"),
            ),
        )[0])
    return saved
