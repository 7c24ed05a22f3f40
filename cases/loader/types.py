"""Plain data the loader reads out of an article; no Django here, so it is tested without a database."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

from institutions.gazetteer import RegionPath


@dataclass
class PartyOrgData:
    name: str  # e.g. "医院党委", "社区党总支"
    level: str  # 党委 / 党总支 / 党支部 / 党小组 / 党组
    members: int | None = None
    secretary: str | None = None
    units: dict[str, int] = field(default_factory=dict)  # {"党总支": 5, "党支部": 48}


@dataclass
class InstitutionData:
    name: str
    kind: str = "other"  # institutions.models.InstitutionKind value
    region: RegionPath = field(default_factory=RegionPath)
    grade: str | None = None  # 三级甲等
    founded: str | None = None  # "1941-07", "1984", "1956-12-30"
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (name, "short"|"additional"|"former")
    honours: list[tuple[str, str]] = field(default_factory=list)  # (when, honour): ("2020年9月", "“…先进集体”称号")


@dataclass
class PersonData:
    name: str
    role: str


@dataclass
class MetricData:
    label: str
    value: Decimal
    unit: str
    qualifier: str = "exact"  # exact / more_than / at_least / about
    category: str = "other"  # cases.models.Metric.Category value
    phrase: str = ""  # the source phrase the figure was read from
    previous_value: Decimal | None = None  # before -> after pairs
    previous_unit: str = ""


@dataclass
class SectionData:
    heading: str = ""
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class CaseData:
    title: str
    institution: InstitutionData
    sections: list[SectionData] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    byline: str = ""
    contributor: str = ""
    credits: str = ""
    people: list[PersonData] = field(default_factory=list)
    party_organizations: list[PartyOrgData] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    brands: list[str] = field(default_factory=list)
    metrics: list[MetricData] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)  # 共建单位: the other bodies of a partnership

    @property
    def lead(self) -> str:
        """The paragraphs before the first subheading."""
        if self.sections and not self.sections[0].heading:
            return "\n\n".join(self.sections[0].paragraphs)
        return ""

    @property
    def body_text(self) -> str:
        return "\n".join(p for s in self.sections for p in s.paragraphs)


@dataclass
class ShowcaseData:
    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    column: str = ""
    series_number: str = ""
    publication: str = ""
    channel: str = ""
    date: str | None = None  # YYYY-MM-DD
    time: str | None = None  # HH:MM
    edition: str = ""
    pages: str = ""
    guided_by: str = ""
    hosted_by: str = ""
    author: str = ""
    editors: list[str] = field(default_factory=list)
    credits: str = ""


@dataclass
class ArticleData:
    """Everything read out of one source file."""

    showcase: ShowcaseData
    cases: list[CaseData]
    encoding: str = "utf-8"
    text: str = ""  # the decoded, normalised source

    def as_dict(self) -> dict:
        return asdict(self)
