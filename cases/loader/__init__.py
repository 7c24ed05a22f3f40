"""The article loader: bytes of one source file in, plain data out. No database here.

read_article() is the whole pipeline: decode and normalise the text, read its layout into a
showcase and its cases (structure), then read each case's institution, party organisations,
people, themes, brands and metrics (entities, themes, metrics). The management command
load_articles only writes what this returns.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from institutions import gazetteer

from .entities import PARTY_ORGANISATION_ENDING, SELF_REFERENCES, brands, institution_from, institution_kind, is_institution_name, party_organizations, people, suffix_of
from .metrics import extract_metrics
from .names import (
    VILLAGE_BY_ITS_KIND,
    Actor,
    canonical_forms,
    choose_actor,
    epitome_of,
    fullest_place,
    institution_mentions,
    is_place_name,
    is_placed_form,
    is_town,
    names_whole,
    opens_with_town,
    place_in_full,
    place_mentions,
    printed_in_full,
    printed_towns,
    split_signed_headline,
    without_province_short,
    without_short_places,
)
from .structure import NoCaseFound, RawCase, read_layout
from .metadata import BadFrontMatter, apply_known_facts, read_front_matter
from .tables import rewrite_tables
from .text import (
    UnreadableText,
    decode,
    html_to_text,
    is_html,
    join_bracketed_labels,
    join_broken_names,
    join_phrase_lines,
    join_wrapped_lines,
    label_run_in_heads,
    normalize,
    split_post_headline,
    split_run_on,
    split_side_captions,
    to_simplified,
    without_json_records,
    without_script_markers,
    without_tag_residue,
)
from .themes import themes_for
from .types import ArticleData, CaseData, SectionData, ShowcaseData
from .vocabulary import HEALTH_BODIES, HEALTH_KINDS, HELPED_KINDS, NEVER_IN_NAME, OPENERS, OTHER_TRADE_BODIES

__all__ = ["ArticleError", "read_article", "read_text"]

NO_INSTITUTION = "未能确定机构，请编辑核对"


class ArticleError(ValueError):
    """The file cannot be loaded; str() is the one-line reason shown to the operator."""


def read_article(data: bytes, *, known: dict[str, str] | None = None) -> ArticleData:
    """`known`: what the operator says of the file (publication, date, edition), used where the
    text's own metadata says nothing."""
    try:
        text, encoding = decode(data)
    except UnreadableText as error:
        raise ArticleError(str(error)) from None
    if is_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise ArticleError("网页中没有正文文字")
    article = read_text(text, known=known)
    article.encoding = encoding
    return article


def read_text(text: str, *, known: dict[str, str] | None = None) -> ArticleData:
    try:
        front, text = read_front_matter(text.lstrip("\ufeff"))
    except BadFrontMatter as error:
        raise ArticleError(str(error)) from None
    text = without_json_records(without_script_markers(without_tag_residue(text)))
    page_text = normalize(text)
    # Layout is read from the lines as they came (indentation marks captions), in Simplified.
    reading = to_simplified(rewrite_tables(join_bracketed_labels(join_broken_names(join_phrase_lines(join_wrapped_lines(split_side_captions(split_run_on(split_signed_headline(split_post_headline(label_run_in_heads(text.replace("\r\n", "\n").replace("\r", "\n"))))))))))))
    try:
        layout = read_layout(reading)
    except NoCaseFound as error:
        raise ArticleError(str(error)) from None
    apply_known_facts(layout.showcase, {**(known or {}), **front})
    first = layout.cases[0]
    under_first = len(layout.cases) == 1 or layout.showcase.title in ("", first.title)
    if under_first and layout.showcase.subtitle and layout.showcase.subtitle not in first.subtitle_lines:
        # 某旗某苏木党委推进…: the deck names who acts (on a page of several reports, the deck of the first)
        first.subtitle_lines.append(layout.showcase.subtitle)
    headlines = _headline_lines(reading, layout.showcase)
    raws = layout.cases
    page_text_read = _without_neighbours(normalize(reading))
    content = normalize(layout.content)

    def read_cases(raws: list[RawCase]) -> list[CaseData]:
        return [_case_data(raw, page_text_read, content, owner=layout.owner, paper=layout.showcase.publication, headlines=headlines, notes=layout.notes) for raw in raws]

    cases = read_cases(raws)
    if _same_report_split(cases):
        # 某卫生院是全镇唯一…: a paragraph that opens on the case's own name is more of its report,
        # not a unit of a round-up (one report, one case per institution)
        raws = _joined_reports(raws, cases)
        cases = read_cases(raws)
    if _one_unit_s_briefs_apart(cases):
        # ★ 县人民医院… / ★ 某镇卫生院… / ★ 县人民医院…: a column's two briefs of one unit are one case of it
        raws = _briefs_of_one_unit_joined(raws, cases)
        cases = read_cases(raws)
    if len(cases) > 1:
        # A page of several reports: one that names no institution and no party body (a port's
        # new shipping line, a basketball final) is another story of the page, not a case.
        cases = [c for c in cases if not _off_the_subject(c)] or cases
    if len(cases) > 2 and not cases[0].metrics and cases[0].title == layout.showcase.title:
        # 关于命名…的通报 over the units it names, each with its results: the notice's own opening, no case
        cases = cases[1:]
    if len(cases) >= 2 and layout.showcase.title == cases[0].title:
        # 【我为群众办实事·优秀案例展播】第七期 / 一、某县中医医院：“…”送医进瑶寨 / 二、…: the column's page is
        # titled by its own line, not by its first unit's heading (which stays that case's title)
        _title_the_column_page(layout.showcase)
    if not layout.showcase.title and cases:
        layout.showcase.title = cases[0].title if len(cases) == 1 else f"{cases[0].institution.name or cases[0].title}等{len(cases)}个案例"
    return ArticleData(showcase=layout.showcase, cases=cases, text=page_text)


_SHOWCASE_PAGE = re.compile(r"展播|选登|巡礼|风采录|风采展|案例|专版|专栏|集锦|掠影|撷英|展示|(?<![新诗])篇$|[（(]第?[一二三四五六七八九十\d]+期?[）)]$|第[一二三四五六七八九十\d]+期$")


_DECK_DASH = re.compile(r"^[—－\-]{1,2}\s*")
_COLUMN_LABEL = re.compile(r"^专栏\s*[｜|·：:]\s*")


def _title_the_column_page(showcase: ShowcaseData) -> None:
    """The line over a page of several units' cases that names the page (…党建品牌巡礼, …优秀案例展播（三）,
    健康某地·某县篇), where the layout took it for the first unit's kicker; a deck (——某县卫健系统党建品牌巡礼)
    under the page's own headline (擦亮党建品牌 守护百姓健康) leaves the headline the title, itself the subtitle."""
    lines = [line for line in (showcase.kicker, showcase.column) if line and _reads_as_a_page_s_line(line)]
    named = [line for line in lines if len(line) >= 6 and _SHOWCASE_PAGE.search(line)]
    if not named:
        return
    chosen = max(named, key=len)
    other = next((line for line in lines if line != chosen and not _DECK_DASH.match(line)), "")
    deck = bool(_DECK_DASH.match(chosen))
    if deck and other:
        showcase.title, showcase.subtitle = other, showcase.subtitle or _DECK_DASH.sub("", chosen)
    else:
        showcase.title = _COLUMN_LABEL.sub("", _DECK_DASH.sub("", chosen)) or chosen  # (专栏｜党建领航·健康某地: the column's name)
    if showcase.kicker in (chosen, other):
        showcase.kicker = ""
    if showcase.column in (chosen, other):
        showcase.column = ""


def _reads_as_a_page_s_line(line: str) -> bool:
    """A headline's line, not a sentence (现将部分单位做法展示如下：) nor a site's menu run into one."""
    return len(line) <= 50 and not re.search(r"[，。：:！？]$|，|首页", line)


_CREDITED_UNIT = re.compile(r"[（(]作者单位[：:]\s*(?P<name>[\u4e00-\u9fff]{4,30})[）)]|(?<![\u4e00-\u9fff])(?P<photo>[\u4e00-\u9fff]{4,30}?)(?:党委|党支部|党总支)?(?:供图|供稿)(?=[）)]|$)", re.MULTILINE)
_NO_NAME_WITHOUT_ITS_COUNTY = re.compile(r"^[县市区旗](?![\u4e00-\u9fff]{0,2}(?:镇|乡|街道))")


# ·上一篇：某区召开…会议: the site's links to the articles before and after, other reports' headlines
_NEIGHBOUR_LINK = re.compile(r"^[·•>»\s]*(?:上一篇|下一篇|前一篇|后一篇|上一条|下一条|上篇|下篇)\s*[：:].*$", re.MULTILINE)


def _county_of_its_level(name: str, region) -> str:
    """县疾控中心, 市人民医院: the county (or city) of the level the name opens with, where the page
    located the unit there; none for a name that opens with a place (市北区…)."""
    if gazetteer.opens_with_place(name):
        return ""
    if region.district and region.district.endswith(name[0]):
        return region.district
    return region.city if name[0] == "市" and not region.district and region.city and region.city.endswith("市") else ""


def _without_neighbours(page_text: str) -> str:
    """The page as the naming reads it: not the headlines of the articles it links to (a county in
    ·上一篇：某区召开… is no place of this report's units)."""
    return _NEIGHBOUR_LINK.sub("", page_text)


def _same_report_split(cases: list[CaseData]) -> bool:
    return any(_same_report(a, b) for a, b in zip(cases, cases[1:]))


def _same_report(first: CaseData, then: CaseData) -> bool:
    """Two cases in a row of one institution under one title are one report read as two; so are two
    entries of a list headed by two of its departments' branches (某医院心血管内科党支部, 某医院护理第二党支部)."""
    if not first.institution.name or first.institution.name != then.institution.name:
        return False
    bare = gazetteer.without_leading_places(first.institution.name)
    branches = all(re.search(r"(?:党支部|党总支)$", case.title) and bare in case.title and case.title != first.institution.name for case in (first, then))
    # (a hospital paper's page of briefs, 外科党支部举办…, ◎药剂科党员…, each a few lines: one hospital's news)
    departments = [_DEPARTMENT_S_BRIEF.match(case.title) is not None for case in (first, then)]
    briefs = any(departments) and all(by_department or len(case.body_text) <= _BRIEF for case, by_department in zip((first, then), departments))
    return first.title == then.title or branches or briefs or _section_head_read_as_a_headline(first, then)


def _health_body_opening(title: str) -> str:
    """县人民医院“党建+专科”…, 蒙医医院党支部走进牧区…: the health body under a commission the title opens on."""
    opening = institution_mentions(title)
    if opening and opening[0].start == 0:
        name = opening[0].name
    else:
        by_kind = _HEALTH_BODY_BY_ITS_KIND.match(title)
        name = by_kind.group(1) if by_kind else ""
    return name if institution_kind(name) in HEALTH_KINDS and institution_kind(name) != "health_commission" else ""


_HEALTH_BODY_BY_ITS_KIND = re.compile(r"^((?!乡镇|全县|全市|各|县级|基层)[\u4e00-\u9fff]{0,3}(?:人民医院|中医医院|中医院|蒙医医院|藏医院|妇幼保健院|疾控中心|卫生院|医院))(?:党委|党总支|党支部|(?=“))")  # (蒙医医院“…”走进嘎查: its brand)
# 某县卫生健康局党组组织…, 卫健委举办…培训班: the commission acts itself (its label heads its own report)
_COMMISSION_HOLDS = re.compile(r"(?:卫健局|卫健委|卫生健康局|卫生健康委员会|卫生健康委)(?:党组|党委)?(?:书记)?[\u4e00-\u9fff]{0,4}?(?:举办|组织|召开|举行|主办)")


def _one_unit_s_briefs_apart(cases: list[CaseData]) -> bool:
    names = [c.institution.name for c in cases if c.institution.name and len(c.body_text) <= _BRIEF]
    return len(cases) > 2 and len(names) > len(set(names))


def _briefs_of_one_unit_joined(raws: list[RawCase], cases: list[CaseData]) -> list[RawCase]:
    """Each later brief of a unit the column has a brief of already goes under that first one, headed by its title
    (a brief, not a house paper's report: both short)."""
    joined: list[RawCase] = []
    first_of: dict[str, RawCase] = {}
    for raw, case in zip(raws, cases):
        name = case.institution.name if len(case.body_text) <= _BRIEF else ""
        head = first_of.get(name) if name else None
        if head is None:
            joined.append(raw)
            if name:
                first_of[name] = raw
            continue
        if raw.sections and not raw.sections[0].heading:
            raw.sections[0].heading = raw.title
        head.sections = [*head.sections, *raw.sections]
        head.captions = [*head.captions, *raw.captions]
    return joined


def _section_head_read_as_a_headline(first: CaseData, then: CaseData, *, after_a_head: bool = False) -> bool:
    """“红色药箱”走进千家万户 / a scene in two paragraphs / 支部建在科室上 党员站在最前排 / 某卫生院辐射…:
    a feature's section head over more of its report, not another report's headline (it names no one,
    has no byline of its own, and the opening above it counts nothing)."""
    opening_counts_nothing = (after_a_head and first.institution.name == then.institution.name) or (not first.metrics and len(first.body_text) <= 400)
    head = _SECTION_HEAD.match(then.title) is not None
    return head and opening_counts_nothing and not then.byline and not institution_mentions(then.title) and not printed_towns(then.title)


# 支部建在科室上 党员站在最前排, 借力共建: a feature's section head, two short phrases set side by side or one
_SECTION_HEAD = re.compile(r"^[\u4e00-\u9fff“”]{3,12}\s+[\u4e00-\u9fff“”]{3,12}$|^[\u4e00-\u9fff“”]{2,10}$")


_BRIEF = 260
_DEPARTMENT_S_BRIEF = re.compile(r"^[◎●■▲◆★☆○\s]*[\u4e00-\u9fff]{1,6}?(?:科|部|室|中心|机关|后勤|病区)?(?:党支部|党总支|支部|党员|党小组)")


def _joined_reports(raws: list[RawCase], cases: list[CaseData]) -> list[RawCase]:
    joined = [raws[0]]
    feature = False  # (a feature's sections, once one head was read as a headline: its next heads too)
    for raw, before, case in zip(raws[1:], cases, cases[1:]):
        # (a feature's later heads follow its first, whatever the sections between them count)
        section_head = _section_head_read_as_a_headline(before, case, after_a_head=feature)
        if _same_report(before, case) or section_head:
            head = joined[-1]
            feature = feature or section_head
            if section_head and raw.sections and not raw.sections[0].heading:
                raw.sections[0].heading = raw.title  # (the section head it is, over its paragraphs)
            head.sections = [*head.sections, *raw.sections]
            head.captions = [*head.captions, *raw.captions]
            head.warnings = [*head.warnings, *(w for w in raw.warnings if w not in head.warnings)]
            head.credits = head.credits or raw.credits
            head.byline = head.byline or raw.byline
        else:
            joined.append(raw)
            feature = False
    return joined


def _headline_lines(text: str, showcase: ShowcaseData) -> tuple[str, ...]:
    """The page's headline and deck as printed: 靖边县张家畔街道：把实事办到群众心坎上, whose
    label the showcase's title leaves out, names the place of every unit under it."""
    lines = [line.strip() for line in text.splitlines()[:40]]
    return tuple(
        next((line for line in lines if line.endswith(wanted)), wanted)
        for wanted in (showcase.title, showcase.kicker, showcase.subtitle)
        if wanted
    )


def _case_data(raw: RawCase, page_text: str, content: str, *, owner: str = "", paper: str = "", headlines: tuple[str, ...] = (), notes: str = "") -> CaseData:
    body = raw.text()
    heading = _town_under(without_province_short(raw.institution), raw.title, body) if raw.institution else ""
    village = VILLAGE_BY_ITS_KIND.match(raw.title)
    named_village = village and any(m.name.endswith(village["kind"]) and institution_kind(m.name) == "community" for m in institution_mentions(body))
    if heading and not (is_town(heading) and named_village):
        heading = _acting_institution(heading, body)  # (not 某镇：嘎查“两委”牵手卫生院…, its village's report, not its centre's)
    if heading and institution_kind(heading) == "health_commission" and (under := _health_body_opening(raw.title)) and not _COMMISSION_HOLDS.search(body[:120]):
        # 县卫健局：县人民医院“党建+专科”…: the commission's column label over a hospital's own report (蒙医医院 as the
        # body prints it in full)
        heading = max((m.name for m in institution_mentions(body) if m.name.endswith(under)), key=len, default=under)
    elif heading and institution_kind(heading) == "government" and gazetteer.is_division_name(heading) and (under := _health_body_opening(raw.title)):
        # 某旗：蒙医医院“…”走进嘎查: the county's label over its hospital's own report, the hospital as the body prints it
        # in full after the county (else the county's own report stays the county's)
        heading = max((m.name for m in institution_mentions(body) if m.name.endswith(under) and m.name.startswith(heading)), key=len, default=heading)
    actor = choose_actor(heading, " ".join([raw.title, *raw.subtitle_lines]), body, owner=owner, source=paper, label=raw.named_by_label)
    # (a headline or its label that prints the branch in full, 某区人民医院某分院：…, files it so)
    if actor.name.endswith("分院") and actor.name != heading and actor.name not in raw.title and (centre := _branch_s_centre(actor.name, body)):
        actor = Actor(centre, actor.partners)
    if not actor.name and notes:
        # 编者按：某县中医医院党委以…。本报记者近日走进医院…: a report that says only 医院 is of the one
        # institution the editors' note names
        # (not the commission that published a list the report's hospital is on)
        named = {m.name for m in institution_mentions(notes)}
        reported = len(named) == 1 and institution_kind(next(iter(named))) in (*HEALTH_KINDS, "community")
        actor = choose_actor("", raw.title, notes + "\n" + body, owner=owner, source=paper, label=raw.named_by_label) if reported else actor
    if not actor.name:
        # 大山里的“红马甲”医生 over a doctor's profile that says only 卫生院, its photo 某县某镇中心卫生院供图 or
        # （作者单位：某街道社区卫生服务中心）: the one unit the page credits is the report's
        # (a photo's credit only for a unit of the kind the report names its subject by: not 某县人民医院供图
        # over a village doctor's story; the writer's own unit whatever the report calls it)
        credited = {
            name
            for m in _CREDITED_UNIT.finditer("\n".join([*raw.captions, page_text]))
            if names_whole(name := m["name"] or m["photo"]) and institution_kind(name) in (*HEALTH_KINDS, "community")
            and (m["name"] or any(word in body for word in SELF_REFERENCES[institution_kind(name)]))
        }
        actor = Actor(credited.pop(), actor.partners) if len(credited) == 1 else actor
    # (a county the page prints only in its masthead, its footer or its 来源 line is the site's, not the name's)
    # (an editors' lead, 【导读】…某县某镇中心卫生院用…, prints the name in full as the page does)
    name = printed_in_full(actor.name, raw.title + "\n" + body, headlines, page=content + "\n" + notes) if actor.name else ""
    name = _from_its_county(name)
    if owner and (name == owner or (is_placed_form(owner, name) and not gazetteer.opens_with_place(name))):
        # 某城中西医结合医院报 over a brief that says only 我院: the paper's owner, as its page prints it in full (某城县…);
        # 某镇卫生院 in the post of 某县某镇卫生院's own account: the account's name, with its county (a name
        # that opens with its county gets no city from it: 天河区卫生健康局)
        fuller = printed_in_full(owner, page_text)
        name = fuller if institution_kind(fuller) == institution_kind(owner) else owner
    institution = institution_from(name or raw.title, context=body + "\n" + page_text)
    placed = printed_in_full(actor.name, raw.title + "\n" + body, headlines, page=page_text) if actor.name else ""
    if placed != name and _NO_NAME_WITHOUT_ITS_COUNTY.match(name):
        # (县人民医院: a unit named by its county's level says which only with the county)
        name = placed
        institution = institution_from(name, context=body + "\n" + page_text)
    elif placed != name:
        # (the site's county, left out of the name, still says where the institution is; a whole
        # page naming more places than the report leaves the name the report gives it)
        site_s = gazetteer.locate(placed, body + "\n" + page_text)
        institution.region = site_s if site_s.province or not name.endswith(placed) else institution.region
    town = re.match(r"^[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)", institution.name)
    if not institution.region.district and town and is_town(town.group(0)):
        # 八廓街道社区卫生服务中心 … 拉萨市城关区八廓街道: the town's county, as the body prints it
        printed = gazetteer.locate(fullest_place(town.group(0), body), context=body)
        if printed.district and institution.region.province in (None, printed.province):
            institution.region = printed
    if not institution.region.district and name:
        # 某公司位于堆龙德庆区 (where the text says it stands), 版权所有：某市第三人民医院 地址：某区某街
        # (its own site's footer): a place said of the institution itself, within its province
        for said in (_SEAT.format(name=re.escape(name)), _ADDRESS.format(name=re.escape(name))):
            place = re.search(said, page_text)
            located = gazetteer.locate(place.group(1), context=body) if place else None
            if located and located.district and institution.region.province in (None, located.province) and institution.region.city in (None, located.city):
                institution.region = located
                break
    if not institution.region.province:
        # 桔乡社区, 城南医院: a name without its place is where the case, or else the page, says it is.
        case_region, page_region = _region_named_in(raw.title + "\n" + body), _region_named_in(page_text[:600])
        if not gazetteer.place_mentions(institution.name):
            case_region = _more_specific(case_region, page_region)
        institution.region = case_region or page_region or institution.region
    if not institution.region.province and paper:
        institution.region = _paper_place(paper, page_text) or institution.region
    institution.region = _university_hospital_s(institution.name, institution.region, page_text)
    county = _county_of_its_level(institution.name, institution.region) if _NO_NAME_WITHOUT_ITS_COUNTY.match(institution.name) else ""
    if county:
        # 县疾控中心 in a county paper's brief (建湖日报) that never prints its county: the county the page is of
        institution.name = county + institution.name[1:]
    if not name:
        raw.warnings.append(NO_INSTITUTION)
    sections = [SectionData(heading=s.heading, paragraphs=[p.text for p in s.paragraphs]) for s in raw.sections]
    raw.title = re.sub(r"^[●▲■◆□◇★☆▶►•·]\s*(?=\S)", "", raw.title)  # ●健康知识走进校园: a column's brief's mark, not its title's
    if not raw.title:
        raw.title = _title_from_body(sections)
        raw.warnings.append("原文没有标题，标题取自正文，请编辑核对")
    # (沿河县人民医院：… over a body that prints 沿河土家族自治县人民医院: the case itself, in another form, is no partner)
    partners = [p for p in actor.partners if not _same_body(PARTY_ORGANISATION_ENDING.sub("", p), institution.name)]
    stems = _partner_stems(partners, own=institution.name)
    # (where the report's own narration says 我院 of itself, 该院 is another; a quoted 我院 is a speaker's)
    we_speak = bool(re.search(r"我院|本院", re.sub(r"“[^“”]*”", "", body)))
    # (a body the case's text never prints by the name it is filed under may be misnamed: then another
    # named body's work is not set aside as another's, lest it be the case's own)
    sure = bool(name) and (institution.name in body or gazetteer.without_leading_places(institution.name) in body)
    paragraphs = [p for s in sections for p in s.paragraphs]
    # (a community's partner 社区卫生服务中心 is the 中心 its report speaks of)
    centre_partner = any(institution_kind(PARTY_ORGANISATION_ENDING.sub("", p)) == "community_health_center" for p in partners)
    # (渠县人民医院（渠县总医院）: the name it goes by too, printed in brackets after its own)
    aliases = _aliases(institution.name, body) if name else ()
    titles = raw.title + "\n" + "\n".join(headlines)
    if _PLAN_DOCUMENT.search(titles) and not re.search(r"总结|成效|回顾|综述", raw.title + "\n" + (headlines[0] if headlines else "")):
        # 2025年全县卫生健康系统党建工作要点: a plan; only what it says of the year gone (2024年，全系统现有…) is done
        paragraphs = [p for p in paragraphs if _YEAR_GONE_OPENS.match(p)]
    metrics = extract_metrics([_without_partners_make_up(_without_wider_context(p, institution.name), stems, institution.kind, institution.name, we_speak, sure, centre_partner, aliases) for p in paragraphs])
    return CaseData(
        title=raw.title,
        institution=institution,
        sections=sections,
        captions=raw.captions,
        byline=raw.byline,
        contributor=raw.contributor,
        credits=raw.credits,
        people=people(body),
        party_organizations=party_organizations(body, institution.name),
        themes=themes_for(" ".join([raw.title] + [s.heading for s in sections if s.heading]), body),
        brands=brands(raw.title + "\n" + body),
        metrics=metrics,
        warnings=raw.warnings,
        partners=partners,
    )


_ALIAS = re.compile(r"[（(]([\u4e00-\u9fff]{3,20})[）)]")


# (…工作要点 as the title, or 关于印发《…工作要点》的通知; not 部署落实《…工作要点》, news about one)
_PLAN_DOCUMENT = re.compile(r"^(?:关于印发《[^》]*(?:工作要点|工作计划|实施方案|行动方案|工作安排)》的通知|[^《》\n]*(?:工作要点|工作计划|实施方案|行动方案|工作安排))$", re.M)
_YEAR_GONE_OPENS = re.compile(r"^(?:(?:19|20)\d{2}年(?!.{0,6}(?:要|将|力争|计划))|去年|上年|过去一年|一年来)")


def _aliases(name: str, body: str) -> tuple[str, ...]:
    """渠县人民医院（渠县总医院）: the names printed in brackets right after the case's own (found by
    plain search: a pattern made of each case's name would be compiled anew for every case)."""
    found, at = [], body.find(name)
    while at >= 0:
        alias = _ALIAS.match(body, at + len(name))
        if alias:
            found.append(alias.group(1))
        at = body.find(name, at + 1)
    # (某县总医院西城分院（西城镇卫生院）地处…: the branch the health centre is, named before it)
    bare = gazetteer.without_leading_places(name)
    for pattern in _IS_THE_BRANCH if name.endswith(("卫生院", "卫生服务中心")) else ():
        found += [told["branch"] for told in pattern.finditer(body) if told["unit"].endswith(bare)]
    return tuple(found)


_SEAT = r"{name}[^，。；\n]{{0,8}}?(?:位于|地处|坐落于|坐落在|地址在)([^，。；\n]{{2,24}})"
_ADDRESS = r"{name}[^\n]{{0,20}}?地址\s*[：:]\s*(\S{{4,30}})"
_PARTNER_PLACE_HAS = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:村|社区|居民区|嘎查)(?:现)?(?:有|共有|辖|下辖|常住|户籍|位于|地处)")
_MAKE_UP = re.compile(r"现有|共有|拥有|开放床位|设有|下设|是一(?:所|家|座)(?:拥)?有|有员工|有职工|有党员|有(?:专职)?社工|有医[护务]人员[\d一二三四五六七八九十百]+(?:名|人)|党员人数|是一家有着|有学生|有师生|在校生|教职工|^该[\u4e00-\u9fff]{2,4}(?:目前|现)?入住(?:老人|人员|儿童)")
_WHOLE_SYSTEM = re.compile(r"^(?:全县|全市|全区|全旗|全州|全盟|全省)(?:卫生健康|卫健|卫生|医疗卫生)系统")
_WIDER_THAN_A_VILLAGE = re.compile(r"^(?:全镇|全乡|全苏木|全街道|全县|全区|全市|全旗)(?:今年|目前|现在|如今)?(?:共有|现有|共辖|下辖|辖)")
# 县人民医院是全县唯一一家三级医院，年门诊量逾80万人次: another body described, with what it has
_DESCRIBED = re.compile(r"^[^，。；]{2,24}?是[^，。；]{0,24}?(?:医院|卫生院|医疗机构|医疗中心|医学中心)[，,]")
_GENERIC_STEM = re.compile(r"(?:第[一二三四五六七八九十\d]+)?(?:人民|中心|中医|中西医结合|妇幼|社区卫生服务|卫生|街道|社区)?")
# What names another body at a clause's start: 该院 is the hospital itself in a hospital's report,
# another body in a community's or a government's; 该公司 is a firm's own report's subject.
# (某某养老院现有入住老人86名, 该养老院目前入住老人68名: a home, a school the case serves has its own people)
_SERVED_BODY = (
    r"|(?:该|[\u4e00-\u9fff]{0,10}?)(?:养老院|敬老院|福利院|养老中心|幼儿园|小学|中学|学校)(?:目前)?(?:现有|共有)"
    r"|该(?:养老院|敬老院|福利院|养老中心)(?:目前|现)?(?:入住|住有)"
)
# (该学院现有在校学生1.2万人, 该支行党员人数达50名, 合作方某物流企业有员工2000余人: a partner school's, bank's or firm's)
_THAT_FIRM = (
    r"(?:该|这家)(?:公司|企业|学院|学校|高校|大学|支行|分行|银行)|对方|合作方|机构本身"
    # (社区引入的某社工服务中心, 新引入的某物业: a firm or an agency the place brought in)
    r"|(?:社区|街道|村)?(?:新)?(?:引入|引进|入驻|进驻|聘请)的[\u4e00-\u9fff]{2,16}?(?:物业|公司|企业|机构|社工服务中心|服务社)"
)
_ANOTHER_BODY = re.compile(r"^(?:" + _THAT_FIRM + _SERVED_BODY + ")")
_ANOTHER_BODY_OR_HOSPITAL = re.compile(
    r"^(?:该院|" + _THAT_FIRM + _SERVED_BODY + r"|(?:其中)?(?:一家)?(?:作为)?(?:驻区|联建|共建|结对|帮扶|签约|合作)(?:单位|医院)"
    r"|(?:此次|本次|这次)?(?:签约|结对|共建|联建|合作)的[\u4e00-\u9fff]{2,20}?(?:医院|卫生院|卫生服务中心|公司|企业|学校|学院|银行|支行))"  # 此次签约的某康复医院开放床位1200张
)
# 医院现有党员312名 opening a sentence of a street's or a community's report: its partner hospital
_HOSPITAL_OPENS = re.compile(r"^(?:(?:蒙医|藏医|维医)?医院|(?:蒙医|藏医|维医)院)(?:党委|党总支)?(?!党)")  # (蒙医医院有职工160余名: by its kind)
# 卫生院有医护人员22名 in a town's or a village's report: the health centre's own people
_CENTRE_HAS = re.compile(r"^(?:镇|乡|苏木)?(?:中心)?卫生院(?:现|共|目前)?有")
# 联建医院派出专家26名: in a community's report, what its partner sends is the partner's work
_SENDS = re.compile(r"派出|派驻|选派|下派")


def _same_body(name: str, own: str) -> bool:
    """琼中县人民医院 and 琼中黎族苗族自治县人民医院, 县人民医院 and 某县人民医院: one body, printed two ways."""
    forms = canonical_forms([name, own])
    if name in own or own.endswith(name) or forms[name] == forms[own] or place_in_full(name, own) == own:
        return True
    # (上海闵行古美社区卫生服务中心 and 闵行区古美社区卫生服务中心: one body after places printed two ways)
    rest = gazetteer.without_leading_places(name)
    if rest == name or rest != gazetteer.without_leading_places(own) or len(rest) <= len(suffix_of(rest)) + 1:
        return False
    theirs, ours = gazetteer.locate(name), gazetteer.locate(own)
    return bool(theirs.district) and theirs.district == ours.district and theirs.province == ours.province


def _partner_stems(partners: list[str], own: str) -> list[str]:
    """How a partner is named in the sentence that tells what it has: its name without its kind
    (and without its places and town, where what stays is a name of its own: 银川市凤城医院 is 凤城,
    乔官镇北岩村 北岩; not 中心医院, nor a part of the case's own name)."""
    names_ = [PARTY_ORGANISATION_ENDING.sub("", p) for p in partners]
    stems = [stem[: len(stem) - len(suffix_of(stem))] or stem for stem in names_]
    # (秦安县中医医院 leaves 秦安县, a place the case's own name may open with too: no partner's stem)
    # (贡江镇卫生院 beside 于都县贡江镇岭背村: the partner's town is the case's own, no partner's stem)
    stems = [stem for stem in stems if not ((is_place_name(stem) and own.startswith(stem)) or (len(stem) >= 2 and stem in own))]
    for name in names_:
        bare = gazetteer.without_leading_places(name)
        if name.endswith(("村", "社区", "嘎查")):
            bare = re.sub(r"^.*?(?:镇|乡|街道|苏木)(?=[\u4e00-\u9fff]{2})", "", bare)
        stem = bare[: len(bare) - len(suffix_of(bare))]
        if bare != name and len(stem) >= 2 and not _GENERIC_STEM.fullmatch(stem) and stem not in own:
            stems.append(stem)
    return stems


# 据国家卫生健康委统计，截至2023年底全国共有乡镇卫生院3.4万个; 会议通报，全国…326个集体获评先进，贵州省有11个:
# the country's or the province's figures, told around a unit's own
_WIDER_CONTEXT = re.compile(
    r"^(?:[^，。；]{0,12}(?:通报|统计|显示|介绍|指出|悉|了解)[，,：:]\s*)?(?:截至[^，。；]{0,12}[，,]?\s*)?(?:全国|我国|(?:[\u4e00-\u9fff]{2,3}省)?全省|我省|省内)"
)
# 此次全县共表彰先进基层党组织60个: the county's awards, told around a unit's own (a county's own
# government or commission awards them itself)
_COUNTY_S_AWARDS = re.compile(r"(?:^\s*|(?<=[，,]))(?:此次|本次|会上|大会)?[，,]?(?:全县|全市|全区|全旗)(?:共|一共)(?:表彰|评选出|授予)[^，,。！？；]*")


def _without_wider_context(paragraph: str, own: str) -> str:
    """The sentences that tell the country's or the province's figures are left out of the figures
    (the body keeps them), unless the case is a province's own body (某省人民医院, 省卫生健康委)."""
    if re.match(r"^(?:省|[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}自治区)", own):
        return paragraph
    awarded_by_another = institution_kind(own) not in ("health_commission", "government")
    kept = (s for s in re.split(r"(?<=[。！？；;])", paragraph) if not _WIDER_CONTEXT.match(s.strip()))
    return "".join(_COUNTY_S_AWARDS.sub("", s) if awarded_by_another else s for s in kept)


_PLACE_ASIDE = re.compile(r"[（(](?:该|全)(?:村|社区|嘎查)(?:共|现)?有?(?=[^（）()]{0,30}?(?:户|人口|常住|亩))(?![^（）()]*(?:签约|体检|服务|随访|接诊|义诊|率))[^（）()]{2,40}[）)]")  # (a village's households and people, told aside: not what the centre did there)


def _without_partners_make_up(
    paragraph: str,
    stems: list[str],
    kind: str,
    own: str = "",
    we_speak: bool = False,
    sure: bool = False,
    centre_partner: bool = False,
    aliases: tuple[str, ...] = (),
) -> str:
    """霍城县人民医院是我院对口支援单位，现有职工420余名: a partner's staff, beds and members are
    the partner's, not the case's. A sentence that opens on a partner (or 该公司 in a
    community's report) and tells what it has is left out of the figures (the body keeps it);
    so are the clauses that tell what a partner hospital sends, and, in a hospital's or a health
    centre's report, those that tell a place's make-up (its households, people, area, crops)."""
    if kind in HEALTH_KINDS:
        paragraph = _PLACE_ASIDE.sub("", paragraph)  # 与某镇某村（该村共430户、1700余人）结对: the partner place's make-up, told aside
    kept = []
    told_of, previous = "own", ""  # whose the last sentence's last clause was (a sentence left out: another's)
    read = ""  # the paragraph up to the sentence
    # (…效率高多了。”该院现有…: a quote's closing mark stays with the sentence it closes)
    for sentence in re.split(r"(?<=[。！？；;]”)|(?<=[。！？；;])(?!”)", paragraph):
        before, read = read, read + sentence
        # 某镇卫生院去年门诊量…；住院1800人次… / 该院现有职工50人: after a semicolon, and in a sentence
        # that opens on 该院, the body the sentence before was about goes on
        going_on = told_of if previous.endswith(("；", ";")) or _THAT_ONE.match(sentence.strip()) else "own"
        # (…某医院外科第二党支部将选派骨干医师到卫生院坐诊。该支部共有党员26名 in a health centre's report too)
        that_branch = kind in _RECEIVING and re.match(r"^该(?:党)?支部", sentence.strip()) and _another_s_branch_last(before, own)
        # (某市人民医院退休党支部老专家来到中心坐诊。该退休支部现有党员37名: that hospital's retired members)
        that_branch = that_branch or (kind in _RECEIVING and re.match(r"^该(?:离退休|退休|离休)(?:党)?支部", sentence.strip()) and _another_s_retired_branch_last(before, own))
        # (…市人民医院心血管内科党支部每月安排2名专家到中心坐诊。该科室现有医护人员68名: the hospital's department)
        that_branch = that_branch or (kind in _RECEIVING and re.match(r"^该科室?(?![普学技研目长员创教协])", sentence.strip()) and _another_s_department_last(before, own))
        if (kind in ("community", "government") and told_of == "another" and _THAT_PARTNER_AGAIN.match(sentence.strip()) and _partner_named_last(sentence.strip(), before, own)) or that_branch:
            continue  # …某医院第五党支部将每月选派2名专家到社区坐诊。该支部有党员27名…: the partner still
        if _VISIT_SCENE.search(previous) and _visited_has(sentence.strip(), own, kind):
            continue  # 调研组在某镇卫生院实地查看了…。某镇卫生院服务人口1.4万人…: on a visit, what the unit it visits has
        told_of, previous = "another", sentence
        # (某某介绍了村情村况：全村共有… — what the speaker says opens after the colon)
        clauses = re.split(r"[，,]|(?<=" + _SITUATION + r")[：:]|(?<=说|示|绍|言|账)[：:](?=“)", sentence)  # (某所长说：“…, 某书记算了一笔账：“…: the quote after the speaker)
        opener = next((c for c in clauses if c.strip()), "")
        # 某某在座谈中介绍，翠屏社区现有居民2860户 (座谈会上，…介绍，…; later in the sentence only where the speaker tells
        # a place's state, 活动中，…，某书记介绍了村情：…): what is said opens after the speaker
        speaker = next((i for i, c in enumerate(clauses[:4]) if _SPEAKER.search(c.strip()) and (i < 2 or re.search(f"(?:{_SITUATION})$", c.strip()))), None)
        openers = [opener] if speaker is None else [opener, *clauses[speaker + 1 : speaker + 2]]
        if re.fullmatch(r"(?:另)?据(?:悉|了解|介绍|[\u4e00-\u9fff]{0,4}统计)", opener.strip()) and len(clauses) > 1:
            openers.append(clauses[1])  # 据悉，某医院开放床位120张: the subject after what is heard
        if (opener.strip().startswith("作为") or _AGREEMENT_FRAME.fullmatch(opener.strip())) and len(clauses) > 1:
            openers.append(clauses[1])  # 作为全市规模最大的综合医院，某医院现有…, 根据协议，某医院将…: the subject after the frame
        by_partner = any(len(stem) >= 2 and stem in o[: len(stem) + 4] for stem in stems for o in openers)
        another = _ANOTHER_BODY_OR_HOSPITAL if kind in ("community", "government", "health_commission") else _ANOTHER_BODY
        # (a school's own report says what it has; a CDC's or a firm's of a school, not)
        # (a bank's, a court's or a school's report: the hospital it pairs with is another body too)
        place_or_firm = kind in ("community", "government") or (kind == "other" and not re.search(r"(?:医院|卫生院|中心|疾控|保健院)$", own))
        # (a school's, a bank's or a firm's own report says what it has: 该支行现有党员18名)
        other_body = (not re.search(r"(?:学校|中学|小学|学院|大学|幼儿园|公司|企业|支行|分行|银行|分局)$", own) and any(another.match(c.strip()) for c in clauses)) or (
            place_or_firm and (bool(_HOSPITAL_OPENS.match(opener.strip())) or any(_HOSPITAL_OPENS.match(o.strip()) or _another_hospital(o.strip(), own) for o in openers))
        )
        # (该中心现有家庭医生团队9支 in a street's report, the centre last named a health one: that centre)
        other_body = other_body or (kind in ("community", "government") and opener.strip().startswith("该中心") and _last_centre_is_health(before))
        sends = kind in ("community", "government") and _SENDS.search(sentence)
        if (by_partner or other_body) and (_MAKE_UP.search(sentence) or sends):
            # (仁寿社区现有60岁以上老人1100余人，…，中心团队负责上门服务，今年以来累计上门服务1600余人次: the
            # partner's make-up, then the case's own body at work in it, which stays)
            place_has = by_partner and kind in HEALTH_KINDS and _PARTNER_PLACE_HAS.match(opener.strip())
            ours = next((i for i, c in enumerate(clauses) if i and _BODY_OPENS.match(c.strip())), None) if place_has else None
            if ours is not None:
                kept.append("，".join(clauses[ours:]))
                told_of = "own"
            continue
        if other_body and kind in ("community", "government") and _DESCRIBED.match(sentence.strip()):
            # 县人民医院是全县唯一一家三级医院，年门诊量逾80万人次: what the other hospital is and has (what
            # the two of them do after it, ，双方今年联合开展…, is the case's)
            ours = next((i for i, c in enumerate(clauses) if i and (c.strip().startswith(("双方", "两家", "我们", "共同", "联合")) or _CASE_SIDE_OPENS.match(c.strip()))), None)
            if ours is not None:
                kept.append("，".join(clauses[ours:]))
                told_of = "own"
            continue
        if kind in ("community", "government") and any(_CENTRE_HAS.match(o.strip()) for o in openers) and _MAKE_UP.search(sentence):
            continue  # (某院长表示，卫生院有医护人员22名: what the centre has, told by its own head too)
        if by_partner and _PARTNER_PLACE_HAS.match(opener.strip()) and _PLACES_MAKE_UP.search(sentence):
            # 金桥湾居民区有居民2400余户，党员186名: the partner place's people (what the two of them,
            # or the case, do after it, ，双方联合开设…, is the case's)
            ours = next((i for i, c in enumerate(clauses) if i and (_BODY_OPENS.match(c.strip()) or c.strip().startswith(("双方", "两家", "我们")))), None)
            if ours is not None:
                kept.append("，".join(clauses[ours:]))
                told_of = "own"
            continue
        # 全镇共有嘎查村58个 in a village's or a community's report: its town's make-up; (…在讲话中指出，)全县卫生健康
        # 系统现有基层党组织97个 in a hospital's: the county system's (the case's own clauses after it stay)
        wider = _WIDER_THAN_A_VILLAGE if kind == "community" else _WHOLE_SYSTEM if kind in HEALTH_KINDS and kind != "health_commission" else None
        if wider and any(wider.match(c.strip()) for c in clauses):
            end = sentence[-1:] if sentence[-1:] in "。！？；" else ""
            clauses = [c for c in clauses if not wider.match(c.strip())]
            sentence = "，".join(clauses).rstrip("。！？；") + end
        if speaker is not None and _speaks_for_another(clauses[speaker], clauses[speaker + 1 : speaker + 2], own):
            continue  # 某镇卫生院院长介绍，卫生院服务辖区3.1万人口…: in a hospital's report, the partner's own figures
        subject = next((c.strip().lstrip("“") for c in clauses if c.strip() and not _FRAME.match(c.strip())), "")  # (“医院每周…”某负责人介绍: a quote's words)
        if kind not in ("community", "government") and _PLACE_BODY_HAS.match(subject):
            continue  # 社区党委有党员142名，下设网格党支部6个: in a health body's report, the partner place's make-up
        acts = _HEALTH_BODY_ACTS.match(subject)
        if kind in ("community", "government") and acts and not _BROUGHT_BY_THE_CASE.search(acts["before"] or acts["staff_of"] or ""):
            # 卫生院流动诊室先后26次到村巡诊, 县人民医院也…已累计为村民义诊600余人次: in a
            # community's or a street's report, the health body's own work (unless the case brought
            # it); what the case's own people do after it in the sentence stays (，村里的5名党员志愿者…)
            ours = next((i for i, c in enumerate(clauses) if _CASE_SIDE_OPENS.match(c.strip())), len(clauses))
            kept.append("，".join(clauses[ours:]))
            told_of = "own"  # (what is kept of it is the case's own)
            continue
        if kind not in ("community", "government") and _PARTNER_PLACE_ACTS.match(subject):
            # 结对的某社区党委也积极配合，组织40余名楼栋长…: in a health body's report, the partner's;
            # (…，医院今年为该村协调产业资金20万元: what the report's own body does for it, after it, is its own)
            ours = next((i for i, c in enumerate(clauses) if i and _BODY_OPENS.match(c.strip())), None)
            if ours is not None:
                kept.append("，".join(c for c in clauses[ours:] if not (_LATER_MAKE_UP.match(c.strip()) or re.match(_PLACE_S_BODY, c.strip()) or _opens_on_a_place(c.strip()) or re.match(r"(?:村里|村上|全村|该村|村集体)", c.strip()))))
                told_of = "own"
            continue
        # (市一医院每周派出专家3名到中心坐诊，中心今年门诊量达4万人次: what it sends goes clause by clause
        # below, where the case's own clause after it stays)
        if kind in _RECEIVING and any(_another_hospital(o.strip(), own) for o in openers) and (_MAKE_UP.search(sentence) or (_SENDS.search(sentence) and not _OWN_CLAUSE_AFTER.search(sentence))):
            continue  # 县人民医院现有职工1600余人，每周派出…: the hospital that helps, in a health centre's report
        if kind in _LEADING and _another_hospital(subject, own) and _SENDS.search(sentence) and _HELPS.search(sentence):
            continue  # 省人民医院作为对口帮扶单位，今年派出专家18名常驻…: in a hospital's report, the hospital that helps it
        if kind == "health_commission" and _helper_from_beyond(subject, own, sentence):
            continue  # 某市医院作为对口支援单位，今年向某县派出专家9人次: in a county commission's report, the hospital that helps it
        if kind in _LEADING and _member_unit(opener.strip(), own):
            continue  # 杨桥镇中心卫生院今年上半年门诊量达4.1万人次: a member unit's own figure, in its leading hospital's report
        partner_last = False
        sent = [
            c
            for c in clauses
            if _PARTNER_SENDS.search(c)
            or (kind in _RECEIVING and _another_hospital(c.strip(), own, sentence[: sentence.find(c)]) and _SENDS.search(c))
            or (kind in ("community", "government") and _HEALTH_BODY_SENDS.match(c.strip()) and not (own.endswith(("镇", "乡", "苏木")) and _TOWN_S_OWN_CENTRE.match(c.strip())))
            or (kind in _LEADING and _another_hospital(c.strip(), own) and _SENDS.search(c) and _HELPS.search(c))
        ]
        if sent:
            # 与该院结对帮扶的省级医院今年派出专家12名, …，县人民医院先后派出专家46人次到社区坐诊: what the partner sends
            # (and what its people do there after it, 为居民提供…服务260余人次, until the case's own side opens)
            first = clauses.index(sent[0])
            # (，该中心今年在全镇完成签约2.1万人: in a place's report, the health body that sent them goes on)
            back = next(
                (i for i in range(first + 1, len(clauses)) if not (_GOES_ON.match(clauses[i].strip()) or (kind in ("community", "government") and _THAT_ONE.match(clauses[i].strip())))),
                len(clauses),
            )
            gone = set(sent) | (set(clauses[first:back]) if kind in ("community", "government", "health_commission", *_LEADING, *_RECEIVING) else set())
            # (…派出2名专家到中心坐诊，一年来已累计下派专家96人次: the sending told again, without its subject)
            gone |= {c for c in clauses[first + 1 :] if _SENT_AGAIN.match(c.strip())}
            sentence = "，".join(c for c in clauses if c not in gone)
            partner_last = clauses[-1] in gone  # (the sentence ends on what the partner sends: 该支部… after it is the partner's)
        place_said = any(_opens_on_a_place(o.strip()) for o in openers) or (not subject.startswith("辖区") and _opens_on_a_place(subject))
        if kind not in ("community", "government") and not place_said:
            # 工作队帮助村里…，村里今年国庆期间接待游客4800多人次，民宿收入约6.5万元: the place's
            # economy told after the body's work, with what goes on with it
            at = next((i for i, c in enumerate(clauses) if i and _PLACE_ECONOMY_OPENS.match(c.strip())), None)
            if at is not None:
                upto = next((i for i, c in enumerate(clauses) if i > at and not _PLACE_ECONOMY_GOES_ON.match(c.strip()) and extract_metrics([c])), len(clauses))
                end = sentence[-1:] if sentence[-1:] in "。！？；" else ""
                clauses = clauses[:at] + clauses[upto:]
                sentence = "，".join(clauses).rstrip("。！？；") + end
        # (全镇常住人口家庭医生签约率达72.4%: the residents the case serves, no make-up of the place)
        if kind not in ("community", "government") and place_said and _PLACES_MAKE_UP.search(_serves_its_residents(sentence, kind)):
            # 白鹤村地处…，全村有1200余户: in a hospital's report, the people of a place it serves;
            # what the report's own body does after it (，卫生院组建家庭医生团队8个) stays
            if speaker is not None and _opens_on_a_place(clauses[speaker + 1 : speaker + 2][0].strip() if clauses[speaker + 1 : speaker + 2] else ""):
                # 村党支部书记介绍，全村共有农户486户…，今年村集体经济收入达12万元: the rest of what the
                # place's own speaker tells is the place's, but for what the report's body does in it
                told = "，".join(clauses[: speaker + 1] + [c for c in clauses[speaker + 1 :] if _HEALTH_WORK.search(c)])
                kept.append(told.rstrip("。！？；") + sentence[-1:] if sentence[-1:] in "。！？；" else told)
                told_of = "own"  # (what is kept of it is the case's own)
                continue
            # (…，外出务工人员较多，留守老人约400人: a clause of how the place is, without a figure, goes on with it)
            # (截至目前，某村人均纯收入达到1.3万元: the place's clause comes after the frame)
            subject_at = next((i for i, c in enumerate(clauses) if c.strip() and not _FRAME.match(c.strip())), 0)
            subject_at = subject_at if _PLACE_CLAUSE.search(clauses[subject_at].strip()) else 0
            # (，卫生院承担着全镇3.6万人口的…: the report's own body, after the place; ，近年来发展大鹅养殖: a
            # clause with no figure and no health body goes on with the place)
            told = next(
                (
                    i
                    for i, c in enumerate(clauses)
                    if i > subject_at
                    and (
                        _BODY_OPENS.match(c.strip())
                        or (not _PLACE_CLAUSE.search(c.strip()) and not _PLACE_STATE.fullmatch(c.strip()) and (extract_metrics([c]) or _HEALTH_WORK.search(c)))
                    )
                ),
                len(clauses),
            )
            # (…，距县城约70公里，辖区10个行政村均为边境村: a later clause of the place's make-up goes too)
            # (，社区党委为活动组织了志愿者20名: the place's own body, acting, is the place still)
            kept.append("，".join(c for c in clauses[told:] if not _LATER_MAKE_UP.match(c.strip()) and not re.match(_PLACE_S_BODY, c.strip())))
            told_of = "own"  # (what is kept of it is the case's own)
            continue
        # 据了解，朝阳区今年共梳理区级民生实事项目31项: in a street's report, the district's own total
        # (a county's health system, 某县卫健系统共有…, is its commission's own)
        if kind != "health_commission" and _wider_place_s_total(subject, own):
            ours = next((i for i, c in enumerate(clauses) if i and c.strip() != subject and _OWN_BODY_AGAIN.match(c.strip())), None)
            if ours is not None:
                kept.append("，".join(clauses[ours:]))
            continue
        if kind in ("community", "government"):
            sentence, theirs_last = _place_s_own_clauses(sentence, own, centre_partner, before)
            partner_last = partner_last or theirs_last
        if kind != "health_commission":
            # 区卫生健康局党委一行15人到中心调研: the size of a commission's visiting party, not the case's
            sentence = _COMMISSION_PARTY.sub("", sentence)
        sentence = _PARTY_OF.sub(lambda party: "" if _another_s(party.group(0), own) else party.group(0), sentence)
        told_of = "another" if partner_last else "own"
        if kind in HEALTH_BODIES or re.search(r"(?:疾控中心|疾病预防控制中心)$", own):  # (a CDC is a health body, whatever its kind)
            # (…穆阳镇卫生院现有职工92人。今年该院党支部…: 该院 right after the case's own name is the case, whoever says 本院)
            speaks = we_speak and not _named_last(before, own)
            sentence, told_of = _own_clauses(sentence, own, places_only=kind == "health_commission", going_on=going_on, we_speak=speaks, sure=sure, aliases=aliases)
        kept.append(sentence)
    return "".join(kept)


# 某区今年…, 某街道全街道今年以来…, 某县卫健系统共有…: a place, then the time its total covers (or its
# system), opens the sentence
_PLACE_THEN_ITS_PERIOD = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{2,8}?(?:(?<!社)区|县|市|旗|街道|镇|乡))(?:全区|全县|全市|全旗|全街道|全镇|全乡)?"
    r"(?:今年|去年|年内|全年|上半年|\d{4}年|\d{1,2}至\d{1,2}月|近年来|近三年|(?:卫健|卫生健康|卫生)系统(?:共有|现有))"
    # (目前某区已建成各类党建联盟31个, 某区共组建家庭医生团队128个: what a county or a district has built up to now; not a town's, which
    # may be the case's own place under a name read short)
    r"|^(?:目前|截至目前|当前)?[，,]?(?P<county>[\u4e00-\u9fff]{2,8}?(?:(?<!社)区|县|市|旗))(?:全区|全县|全市|全旗)?(?:目前|现)?(?:已|共)(?:累计)?(?:建成|建立|组建|成立|培育|打造|有)"
)
# (…，医院向23家乡镇卫生院派驻专家68名: the case's own body, after a wider place's total in its sentence)
_OWN_BODY_AGAIN = re.compile(r"^(?:我院|该院|本院|医院|中心|卫生院|街道|社区|村)(?:党委|党工委|党总支|党支部)?(?!\d)")


def _wider_place_s_total(subject: str, own: str) -> bool:
    """The total of a wider place the case lies in (the case's name holds it: 朝阳区 of 朝阳区劲松街道,
    粤海街道 of 南山区粤海街道海韵社区), told as the report's context: that place's own figure, not the case's."""
    match = _PLACE_THEN_ITS_PERIOD.match(subject)
    place = match and (match["place"] or match["county"])
    if not place or place not in own or own.endswith(place):
        return False
    # (某街道社区卫生服务中心, 某镇卫生院: the town or street a health body is named after is the area it serves)
    return not (institution_kind(own) in HEALTH_KINDS and not place.endswith(("区", "县", "市", "旗")))


# 该村…: the village the report's body serves (not its clinic, its doctors or its signing: the body's work there)
_THAT_VILLAGE = r"^该(?:村|嘎查)(?!卫生|医|诊|家庭医生|签约|村医)"
# 介绍了村情：…: what a speaker tells of a place opens after the colon
_SITUATION = r"情况|村况|村情|概况|村貌|民情|社情"
# A village's, a community's or a 嘎查's own party body or committee (not its secretary, who may speak of another)
_PLACE_S_BODY = r"(?:村|社区|嘎查)(?:党委|党总支|党支部|两委|“两委”|居委会)(?!书记)"
# Who a clause is about, in a health body's report. A place: 全村524户, 村里有村民860户, 乡里有常住人口,
# 村党支部现有党员37名, 大溪村是旅游村 (a named place, then what it is or has).
_WHERE_IT_STANDS = re.compile(r"^[\u4e00-\u9fff]{0,4}?所在(?:的|地)?[\u4e00-\u9fff]{2,8}?(?:镇|乡|苏木|街道|村|社区|嘎查)(?=有|共有|现有|辖|下辖|常住|户籍|总?人口)")
_PLACE_SUBJECT = re.compile(
    r"^(?:全|该|本|两|三|四|各)?(?:村|乡|镇|社区|嘎查)(?:里|内|上|子)?(?:均|都)?(?=有|共有|现有|常住|户籍|人口|总人口|共|辖|下辖|地处|位于|\d(?!\d*岁(?:及以上|以上|及以下|以下|至\d+岁)?的?[\u4e00-\u9fff]{0,8}?(?:健康)?(?:体检|规范管理|健康管理|签约|随访|接种|筛查))|[两三四五六七八九十百千]|(?:今年|去年|年内)?(?:新生儿|出生人口)(?=约?\d|[一二两三四五六七八九十百千]|共|有))"
    # (全县辖19个乡镇、3个街道, 某市国土面积3118平方公里, 全区户籍人口140万: the county's own make-up)
    r"|^(?:全|该|本)?(?:县|市|区|旗)现?(?:辖|下辖|总面积|国土面积|户籍人口|常住人口|总人口)(?![\u4e00-\u9fff]{0,8}?率)|^(?!服务|为|覆盖|全)[\u4e00-\u9fff]{2,6}(?<![辖社城小园景街])(?:县|市|区|旗)现?(?:辖|下辖|总面积|国土面积|户籍人口|常住人口|总人口)(?=\d|[一二两三四五六七八九十]|约|共|有|达|超)"
    r"|^村(?:党支部|党总支|两委|“两委”|委会|集体)|^" + _PLACE_S_BODY + r"|^(?:当地(?=[\u4e00-\u9fff]{0,4}(?:人口|居民|群众|村民|有|共有|常住|户籍))|村民人均|农民人均|全村人均)"
    r"|^[\u4e00-\u9fff]{1,8}?(?:村|社区|嘎查)(?=是|地处|位于|有|共有|现有|常住|户籍|总?人口|辖)"
    # 该村大力发展…产业, 某镇地处…、下辖20多个行政村: the village or the town the report's body serves
    r"|" + _THAT_VILLAGE + r"|^(?!服务|覆盖|为|负责|承担|惠及|辐射)[\u4e00-\u9fff]{2,6}?(?:镇|乡|苏木|街道)(?=地处|位于|下辖|辖区内有|常住人口|户籍人口|总人口)"
    # 翠园社区60岁以上老人有2100余名 (not 为农村65岁以上老年人体检…, 为社区65岁以上老人…: the work's)
    r"|^(?![为向给对在于把])[\u4e00-\u9fff]{1,8}?(?<!农)(?:村|社区|嘎查)\d+岁(?:及)?以上[\u4e00-\u9fff]{1,4}?(?:有|共有|约有|约|达)"
)
# 渠县常住人口约105万人, 全县户籍人口…: a county's or a town's people (服务街道常住人口约8万人: the people the body serves)
_PLACE_S_PEOPLE = re.compile(r"^(?:据统计|据了解|目前)?，?(?!服务|覆盖|负责|承担|惠及|辐射)(?P<place>[\u4e00-\u9fff]{2,8}?)(?:常住人口|户籍人口|总人口|人口)(?![\u4e00-\u9fff]{0,8}?率)")  # (全县常住人口签约率达42.6%: the body's rate)
_UNIT_S_PEOPLE = re.compile(
    r"^(?:(?!服务|为|帮|覆盖|惠及|走访|联系|已|累计|共|全|本|辖区|我|签约|建档|新增|随访|体检)[\u4e00-\u9fff]){2,6}(?:居民区|社区|小区|村|嘎查|街道(?:辖区)?)(?:\d+岁以上的?)?(?:独居|空巢|高龄|留守|失能|孤寡)?(?:老人|老年人|居民|村民|人口)(?:有|约|共|达|超过?|近)?\d"
)
# 三里庵街道辖区60岁以上老人1.1万余人: a street's or a town's own people, before anything the case's name says
_STREET_S_PEOPLE = re.compile(r"^(?P<town>[\u4e00-\u9fff]{2,8}?(?:街道|镇|乡))(?:辖区|全街|全镇)?(?:内)?(?:共有|有)?\d+岁(?:以上|及以上)的?(?:老人|老年人|居民)")
# 辖区60岁以上老人约9000人 in a health body's report: the people of the area it serves, not whom it served
# (全县35至64岁适龄妇女约8.6万人: a county's people of an age, in its commission's report too; a
# clause that stops at the count, not 辖区65岁以上老人1200人接受免费体检, whom the body served)
_AREA_S_PEOPLE_OF_AN_AGE = re.compile(
    r"^(?:辖区|全县|全市|全区|全旗|全镇|全乡)(?:内)?(?:共有|有)?(?:常住|户籍)?\d+(?:(?:至|到|-|～|~)\d+)?岁(?:及)?(?:以上)?的?(?:适龄)?(?:老人|老年人|居民|妇女|儿童)"
    r"(?:有|约有|约|共|共有|达|近|超过?)?约?[\d.]+万?(?:余|多)?(?:人|名)(?:左右)?[，,。；;]?$"
)
# Another body: a health body the case helps or is helped by (帮扶的某乡卫生院, 结对医院, 省人民医院…)
# 医院对口帮扶的某乡某村有农户680户: the village a health body helps, and what it has
_HELPED_PLACE_HAS = re.compile(r"^(?:医院|我院|该院|中心|卫生院)?(?:对口)?(?:帮扶|结对|共建|联建|包联)的[\u4e00-\u9fff]{1,12}?(?:村|社区|嘎查)(?=是|地处|位于|有|共有|现有|常住|户籍|总?人口|辖)")
_HELPED_SUBJECT = re.compile(r"^(?:(?:医院|我院|该院|中心|卫生院)?(?:帮扶|结对|支援|对口|共建|联建|托管|协作)的|受援的?)[\u4e00-\u9fff]{0,14}?(?:医院|卫生院|中心|分院|卫生室)")
# The report's own body again: 服务队就把…, 医院党委…, 中心还…, 我们…
# 党员27名, 职工64人: a count with its noun and nothing else, an item of the list before it
_BARE_ITEM = re.compile(r"(?:党员|预备党员|职工|在职职工|员工|医护人员|医务人员|床位|村民小组|党小组|网格|人口|常住人口|户籍人口|耕地|牧户|农户)(?:约|近)?\d+(?:\.\d+)?万?[余多]?[\u4e00-\u9fff]{1,2}[。！？；，,]?")
_OWN_SUBJECT = re.compile(
    r"^(?:(?:带动|帮助|助力|推动|促进)(?=我院|本院|医院))?(?:全(?:县|市|区|旗)?(?:卫生健康|卫健|卫生)?系统|我院|该院|本院|我们|院|医院|中心|卫生院|保健院|服务队|医疗队|小分队|团队|党员|医生|医护|医务|专家|党支部|党委|党总支|支部|志愿者|家庭医生|院党委|院领导"
    r"|服务点|工作站|驿站|服务站|诊室|巡诊车)"
)


# 该帮扶单位去年共向全县派出专家210人次: the partner, by its role
_THAT_PARTNER = re.compile(r"^该(?:帮扶|共建|结对|支援|对口|联建|合作|签约)(?:帮扶|支援)?(?:单位|医院|方|企业)|^后者")  # (…与区人民医院结对，后者派驻专家3名)
_THAT_ONE = re.compile(r"^(?:该院|该中心|该卫生院)(?!党)")


def _partner_named_last(sentence: str, before: str, own: str) -> bool:
    """该支部, 该中心, 该院 after a partner's clause: the partner's, where the last body of that kind the
    text named is not the case (炭子冲村党支部对接某医院…。该支部… is the village's own branch; a
    党群服务中心 named last makes 该中心 the place's own)."""
    word = re.match(r"^该(?:党)?(支部|总支|中心|卫生院|医院|院)", sentence)
    if not word:
        return False
    if word.group(1) == "中心":
        return _last_centre_is_health(before)
    named = [m.group(0) for m in re.finditer(r"[\u4e00-\u9fff]{2,16}?(?:党支部|党总支|支部)" if word.group(1) in ("支部", "总支") else r"[\u4e00-\u9fff]{2,16}?(?:卫生院|医院)", before)]
    if not named:
        return False
    bare = gazetteer.without_leading_places(own)
    last = re.sub(r"^.*?[，。；、与和同]", "", named[-1])
    return not (bare[-3:] in last or re.match(r"^(?:村|社区|居委会|嘎查)(?:党支部|党总支|支部)", last))


def _another_s_branch_last(before: str, own: str) -> bool:
    """…某市第一医院外科第二党支部将选派…: the last party branch the text named is another body's, named with it
    (not the case's own, nor an honour's 五星级党支部)."""
    branches = re.findall(r"[\u4e00-\u9fff]{2,24}?(?:医院|卫生院|中心)[\u4e00-\u9fff]{0,8}?(?:党支部|党总支)|[\u4e00-\u9fff]{2,12}?(?:党支部|党总支)", before)
    if not branches or not re.search(r"(?:医院|卫生院|中心)", branches[-1]):
        return False
    bare = gazetteer.without_leading_places(own)
    return bare not in branches[-1] and bare[-3:] not in branches[-1].split("院")[-1]


def _another_s_retired_branch_last(before: str, own: str) -> bool:
    """…某市人民医院退休党支部…: the last retired members' branch the text named is another hospital's, its name
    printed right before it (not 卫生院退休党支部, the case's own)."""
    retired = [m.start() for m in re.finditer(r"(?:离)?退休(?:第[一二三四五六七八九十]{1,2})?(?:党)?支部", before)]
    if not retired:
        return False
    named = [m for m in institution_mentions(before[: retired[-1]]) if m.end == retired[-1]]
    return bool(named) and not _same_body(named[-1].name, own)


_DEPARTMENT = re.compile(r"科(?![普学技研目长员创教协])")


def _another_s_department_last(before: str, own: str) -> bool:
    """…某市人民医院心血管内科党支部…: the last department the text named is a hospital's that is not the case
    (not 卫生院去年新建康复科, nor 中心在某医院指导下开设了全科门诊: the case's own)."""
    sentence = next((s for s in reversed(re.split(r"[。；！？]", before)) if _DEPARTMENT.search(s)), "")
    if not sentence:
        return False
    at = [m.start() for m in _DEPARTMENT.finditer(sentence)][-1]
    department = re.search(r"(?<!卫生)医院([\u4e00-\u9fff]{0,8})$", sentence[:at])
    named_with = department is not None and not re.search(r"[的了在下帮助扶指导支持依托建设开新成立为与和同对向把]", department.group(1))
    return named_with and gazetteer.without_leading_places(own) not in sentence


_THAT_PARTNER_AGAIN = re.compile(r"^(?:该院|该医院|该中心|该卫生院|该支部|该党支部|该党总支|该院党委)(?![\u4e00-\u9fff]{0,2}(?:与|和|同)(?:社区|村|街道))")  # (not 该院与社区…: the two of them)


def _named_last(before: str, own: str) -> bool:
    """The last institution the paragraph named before here is the case's own."""
    mentions = institution_mentions(before)
    return bool(mentions) and (own.endswith(mentions[-1].name) or mentions[-1].name.endswith(own))


def _own_clauses(
    sentence: str, own: str, places_only: bool = False, going_on: str = "own", we_speak: bool = False, sure: bool = False, aliases: tuple[str, ...] = ()
) -> tuple[str, str]:
    """全村524户1690人，其中60岁以上老人410人，村党支部现有党员37名 (what a village a hospital visits
    has), 医院帮扶的川口乡卫生院今年门诊量同比增长两成 (what the body it helps achieved): in a health
    body's report, clauses about a place or another body are theirs, until the report's body is the
    subject again (，服务队就把血压计…搬进农家小院). A clause with no subject of its own goes on with
    the one before it; the sentence opens on the report's body. In a health commission's summary
    (places_only) its system's units are its own, but a place's people are still the place's."""
    clauses = re.split(r"(?<=[，,；])", sentence)
    theirs, subject = [], going_on
    for number, clause in enumerate(clauses):
        # (“全镇21个村，我们…: a quote opens on its subject; not “流动医院”开通以来…, a name in quotes)
        text = clause.strip()
        text = re.sub(r"^(?:今年|去年|目前|近年来|如今|现在|截至目前)(?:以来)?，?", "", text if "”" in text else text.lstrip("“"))
        label = re.match(r"^【([^】]{1,8})】", text)
        text = text[label.end() :] if label else text  # (【对口支援】某附属医院作为托管单位…: a paragraph's label)
        if not number and going_on == "another" and _THAT_ONE.match(text):
            pass  # 该院现有职工50人 after a sentence about the health centre it helps: that centre still
        elif number and _BARE_ITEM.fullmatch(text):
            pass  # 该嘎查共有牧户430户，党员27名: a bare item of a list goes on with the list's subject
        elif not places_only and _HELPED_SUBJECT.match(text):  # (医院帮扶的某乡卫生院…: not the hospital itself)
            subject = "another"
        elif text.startswith("其中") and institution_kind(own) in _LEADING and _member_unit(text[2:], own):
            subject = "another"  # …帮扶乡镇卫生院开展新技术，其中某镇卫生院今年已完成手术30余台: the member unit's own
        elif (we_speak and text.startswith("该院")) or _aiding_place(text, own) or _helper_pairs_with(text, own) or re.match(r"^(?:医院|我院|该院|本院|中心)的?对口(?:支援|帮扶)?单位", text):
            # 该院此前已累计派出帮扶专家19名 in a report that says 我院 of itself; 温州市累计选派医疗专家86名
            # 到理塘…, 上海市闵行区…对口支援某县人民医院, 医院对口帮扶单位某医院先后派驻…: the body or the place that helps
            subject = "another"
        elif _HELPED_PLACE_HAS.match(text):
            subject = "place"
        elif subject == "another" and re.match(r"^(?:向上|向下)?(?:上转|下转|转诊|转出|转回)", text) and institution_kind(own) in HELPED_KINDS:
            subject = "own"  # …带教查房48次，上转患者310人次: the referrals are the health centre's own
        elif (_VISITORS_THIS_TRIP.match(text) or _EXPERTS_FROM_ABOVE.match(text) or _partner_experts_come(text, "".join(clauses[:number]))) and institution_kind(own) in HELPED_KINDS:
            # 专家团队此行共接诊患者150余人次, 上级专家累计坐诊96天 in a health centre's report: the visitors' work
            subject = "another"
        elif _AREA_S_PEOPLE_OF_AN_AGE.match(text):
            theirs.append(True)  # 辖区60岁以上老人约9000人，已签约7200人: that clause alone is the area's
            continue
        elif _WHERE_IT_STANDS.match(text):
            subject = "place"  # 卫生院所在的某镇有45个行政村: the town where the report's body stands
        elif _STREET_S_PEOPLE.match(text) and is_town(_STREET_S_PEOPLE.match(text)["town"]):
            subject = "place"  # 三里庵街道辖区60岁以上老人1.1万余人 in the report of the street's own health centre: the street's people
        elif _OWN_SUBJECT.match(text) or _names_own(text, own) or any(_names_own(text, alias) for alias in aliases):
            subject = "own"
        elif _COMES_TO_US.search(text) and not _WE_INVITE.search(text):
            # 某附院专家来郸坐诊140余人次, 昆医大一附院累计派来专家41名, 派出专家团队7人常驻我院: a body that
            # helps, told as it comes to the report's own (not 邀请省级专家来院坐诊, the case's own doing)
            subject = "another"
        elif _serves_its_residents(text, institution_kind(own)) == text and (_PLACE_SUBJECT.match(text) or _names_a_place_s_people(text) or (not places_only and (_county_wide(text) or _told_by_another(text, own) or _wider_place(text, own, below_county=True)))):
            subject = "place"
        elif _AID_TEAM.match(text) or (_THAT_PARTNER.match(text) and institution_kind(own) in HELPED_KINDS) or _other_organisation_acts(text, own) or (not places_only and (
            _firm_acts(text, own) or _names_another(text, own, acting=sure) or _that_other_body(text, own) or _COMMISSION_ACTS.match(text)
            or (institution_kind(own) in HELPED_KINDS and _another_hospital(text, own))
        )):
            # (an aid team sent from afar is no unit of a commission's system either)
            subject = "another"
        theirs.append(subject != "own")
    return _without_theirs(sentence, clauses, theirs), subject


# 邮政公司提供配送网点260个, 某农商银行为村民…: a firm or a bank acting, in a health body's report
# (a name's characters, not a verb the case acts with before it: 赴城关小学为…, 深入县自来水公司…)
_NAME_CHAR = r"(?:(?!向|为|给|到|进|和|与|同|在|赴|深入|走进|走访|推出|组织|开展|联合|协调|依托|带动|动员|牵头|推动|指导|争取|邀请|引进|借助|对接|联系)[\u4e00-\u9fff])"
# (not 积分银行, 时间银行, 爱心银行: a place's own scheme by a bank's name)
_NOT_A_SCHEME = r"(?<!时间|爱心|积分|道德|志愿|美德|孝心)"
# 某中学组织…, 该校有在校生…: a school (not a place's own 老年大学 or 四点半学校)
_SCHOOL = r"(?!社区|村|街道|镇|乡)(?![^，。；]{0,14}?(?:老年|四点半|家长|党校|夜校|农民|业余|兴趣))" + _NAME_CHAR + r"{2,14}?(?:中学|小学|学校|学院|大学|幼儿园)"
_FIRM_SUBJECT = re.compile(
    r"^该(?:校|公司|企业)|^(?:学院|学校|中队|支队|部队)(?=现有|共有|有在校|有学生|有师生|有教职工|有官兵)|^(?:这|\d+|[两三四五六七八九十]+)所(?:中学|小学|学校|幼儿园)(?:共有|现有|有)|^" + _SCHOOL + r"(?:党支部|党委|党总支)?(?:组织|安排|还|也|向|为|捐赠|现有|共有|有在校|有学生|有师生|有教职工|是|地处|位于)"
    r"|^(?:该|这家)?" + _NAME_CHAR + r"{0,12}(?:有限公司|有限责任公司|公司|集团|" + _NOT_A_SCHEME + r"银行|信用社|农商行)(?![\u4e00-\u9fff]{0,2}(?:党|员工们?的))"
    r"|^(?:该所|所里|" + _NAME_CHAR + r"{0,10}(?:派出所|公安局|交警大队|消防救援站|供电所|供电站|供电公司|司法所|税务所|部队|(?:武警|消防|交警|公安)[\u4e00-\u9fff]{0,4}(?:中队|支队)))(?:党支部|党总支|党委)?(?:现有|共有|有|辖区|全年|今年|去年|累计|共|先后|已|开展|为|向|协助|组织|还|也|派出|选派)"  # (某派出所现有民警辅警23名, 派出所全年开展…巡查52次)
    r"|^" + _NAME_CHAR + r"{0,10}(?:法院|检察院)(?:现有|共有|有|去年|今年|共|已)"  # (市法院现有干警112人，去年共审结…)
    r"|^" + _NAME_CHAR + r"{0,10}(?:妇联|团委|总工会|工会|残联|红十字会|协会|商会)(?:共|还|也|组织|动员|发动|为|向|捐赠|累计|先后|今年|去年|派出|选派|已|现有|吸纳)"  # (某镇妇联共动员妇女400余人: a people's organisation at work beside the case)
)


def _firm_acts(text: str, own: str) -> bool:
    """邮政公司提供…, 该校有在校生…: a firm or a school acting, in a health body's report (where 该集团
    is its own medical group, and 该公司 a company's own clinic's)."""
    if text.startswith("该集团") or (text.startswith(("该公司", "该企业")) and own.endswith(("公司", "企业"))):
        return False
    return bool(_FIRM_SUBJECT.match(text))


# 临安区第二人民医院党委书记某某一行8人来院…: a party on a visit (another body's, where it names one)
# (某委机关第二党支部党员18名参加活动: a party body's people at the event, the same)
_PARTY_OF = re.compile(r"[^，,。；]*?(?:一行\d+人|(?:党委|党总支|党支部)的?(?:党员|党员干部)\d+(?:名|人)(?=参加|参与|出席))")
# 温州市累计选派…, 上海市闵行区按照…要求，整建制对口支援…: a place that sends aid
_AIDING_PLACE = re.compile(
    # (无锡市疾控中心先后派出8名专家来化隆…: the place's own body that sends them)
    r"^(?P<place>[\u4e00-\u9fff]{2,10}?[省市区县州]|[\u4e00-\u9fff]{2,3}(?=方面))(?:方面|(?:疾控中心|疾病预防控制中心|卫健委|卫生健康委员会|人民医院|中医院|中医医院))?(?:(?:按照[^，]{0,16})?(?:累计|先后|共|已|还|整建制|持续|每年)*(?:对口支援|对口帮扶|选派|派出|派驻|援建|投入援|捐赠)"
    r"|(?:按照|根据)[^，]{0,12}(?:帮扶|支援|援[藏疆青宁黔滇蒙]))"
)


# 北京市一家三级甲等医院与林西县医院建立京蒙对口帮扶关系，先后派驻专家5名: the helper, then what it sends
_HELPER_PAIRS_WITH = re.compile(
    r"^(?P<helper>[\u4e00-\u9fff]{2,24}?(?:医院|疾控中心|疾病预防控制中心|卫生院))与(?P<helped>[\u4e00-\u9fff]{2,24}?(?:医院|中心|卫生院))"
    r"(?:建立|结成|开展|签订|确立)[^，。]{0,12}(?:帮扶|支援|对口|协作)"
)


def _helper_pairs_with(text: str, own: str) -> bool:
    pair = _HELPER_PAIRS_WITH.match(text)
    return bool(pair) and not _names_own(pair["helper"], own) and _names_own(pair["helped"], own)


def _aiding_place(text: str, own: str) -> bool:
    aid = _AIDING_PLACE.match(text)
    return bool(aid) and is_place_name(aid["place"]) and aid["place"] not in own and gazetteer.short_name(aid["place"]) not in own


def _another_s(party: str, own: str) -> bool:
    """某医院党委书记某某一行8人: the party of a body the text names, not the case."""
    other = re.match(r"^[\u4e00-\u9fff]{0,8}?(?P<kind>" + _OTHER_BODY_KINDS + r")", party.strip())
    if other and own and other["kind"] not in own:
        return True  # 部队政治委员、后勤保障处负责同志一行12人: a unit's or a firm's party
    organ = re.match(r"^(?:(?!医院|卫生院|中心)[\u4e00-\u9fff]){0,10}?(?:组织部|宣传部|统战部|纪委|监委|政法委|机关工委|人大|政协|党校)", party.strip())
    if organ and own and organ.group(0) not in own:
        return True  # 某市委组织部组织二科科长某某一行4人…莅临: a party organ's visitors, not the host's people
    mentions = institution_mentions(party)
    if not mentions or not own or institution_kind(mentions[0].name) == "government" or _names_own(party[mentions[0].start :], own):
        return False
    # (南开区王顶堤街道社区卫生服务中心 and the case filed as 南开区王顶堤社区卫生服务中心: one body)
    bare = gazetteer.without_leading_places(mentions[0].name)
    stem = re.sub(r"(?:镇|乡|街道)$", "", bare[: len(bare) - len(suffix_of(bare))])
    return not (len(stem) >= 3 and stem in own)


def _without_theirs(sentence: str, clauses: list[str], theirs: list[bool]) -> str:
    """The sentence without the clauses marked as another's (its end mark kept when none is left)."""
    if not any(theirs):
        return sentence
    return "".join(c for c, other in zip(clauses, theirs) if not other) or sentence[-1:]


# In a community's, a village's or a street's report: a health body's people at work (卫生院医护人员走进
# 蒙古包开展义诊, 结对医院的12名医护党员在驿站…, 某县藏医院党支部到村…, 医院专家为居民…), unless the
# case brings them in (协调县人民医院为村民…: the case acts)
# 医疗队当天接诊300余人次 in a village's report: the visiting health body's team, named by its kind alone
# (not 医疗队共巡回入户78户, which may be the place's own team over the season)
_HEALTH_TEAM_AT_WORK = re.compile(r"^(?:医疗队|义诊队|医疗小分队|专家团队|专家组|专家们|医生们)(?:当天|当日|现场|此次|此行)")
_HEALTH_BODY_AT_WORK = re.compile(
    r"^(?!协调|争取|邀请|联系|推动|促成|引进|引入|请来|联合|组织|依托|与|同|和|村|社区(?!卫生服务中心)|街道|在[^，]{0,16}(?:带领|帮助|支持|指导)下)(?:结对|共建|签约|帮扶|派驻)?(?:单位)?的?"
    r"(?:(?!协调|争取|邀请|联系|推动|促成|引进|引入|组织|依托|引导|带动)[\u4e00-\u9fff]){0,14}?(?:医院|卫生院|卫生服务中心)(?:党支部|党总支|党委)?(?:班子成员|领导班子|主要负责人)?"
    r"(?:[\u4e00-\u9fff、]{2,24}?等?科室|[\u4e00-\u9fff]{1,6}?科(?=党支部|党总支))?(?:党支部|党总支)?的?(?:\d+名|[两三四五六七八九十]+名)?(?:党员)?"  # (医院心内科、骨科等科室的8名专家…, 医院检验科党支部18名党员…)
    r"(?:随队|驻村|派驻|巡诊)?(?:医护人员|医务人员|医护党员|党员医生|家庭医生团队|家庭医生|医生|专家团队|专家|医师|护士|医疗队|团队|志愿者|志愿服务队)?们?(?:一行(?:\d+|[两三四五六七八九十]+)?人?)?(?:当天|当日|当年|现场|同期|此次|此行|这次)?"  # (…中心当天为参加活动的党员…, 医院党员医疗队一行9人来到…)
    r"(?:来了(?=\d|[两三四五六七八九十])|派出|选派|坐诊|义诊|接诊|巡诊|也|则|还|都|先后|每月|每周|每季度|每半月|每年|每天|定期|今年|去年|全年|一年来|已|累计|共(?=[\u4e00-\u9fff]{0,2}(?:接诊|诊疗|服务|义诊|发放|开展))|为|给|向|到|来到|走进|深入|在|进|带领(?=[\u4e00-\u9fff]{0,6}(?:党员|医护|专家|医生|团队|志愿者))|现有|共有|下设|下属|所属|拥有|与[^，。；]{1,8}?(?:结对|共建|签约|联建))"
    r"|^[\u4e00-\u9fff]{0,14}?(?:医院|卫生院|卫生服务中心|保健院)方面[，,]?$"  # (庄里镇中心卫生院方面，每周四派医生…: what it does)
    # 县人民医院党委组织医疗队走进…, 医院组建服务队深入社区: a hospital (not the place's own health
    # centre, nor one the case works with: 嘎查党支部配合卫生院组织…) sets its people to work
    r"|^(?!社区|村|街道|居委)(?:结对|共建|签约|帮扶)?(?:单位)?的?(?:(?!配合|联合|协同|协调|会同|与|和|同|邀请|争取|对接|联系|引进|请来|推动|促成)[\u4e00-\u9fff]){0,12}?医院(?:党支部|党总支|党委)?(?:组建|组织)"
)


# 该公司年加工能力3万吨、员工300多人, 该集团旗下有酒店20余家: a firm the place works with, and what it has
# (企业方面介绍，某公司现有员工800余人: the firm speaking of itself; 结对企业之一的某建材有限公司2022年实现产值…,
# 某县农商银行与某镇开展党建共建，今年为镇域农户发放贷款…: a firm or a bank opening the sentence acts for itself)
# (社区党委发动辖区内的爱心企业…, 村里引进了总投资5000万元的食品加工企业…: the place acting, the firm its object)
_NOT_BROUGHT_IN = r"(?:(?!发动|动员|组织|引进|引入|招引|协调|争取|邀请|带领|号召)[^，。；])"
_FIRM_OPENS = re.compile(
    r"^(?:该|这家)(?:公司|企业|集团|合作方|院|医院|行(?!政|业|动)|支行|营业部)(?!党)|^(?:企业|公司|集团|厂方)方面"
    r"|^企业(?:党委|党支部|党总支)?(?=先后|累计|还|也|出资|捐资|捐赠|捐建|投入|派出|选派)"  # (…与某能源公司党委签订共建协议，企业先后派出…)
    r"|^(?:" + _NOT_BROUGHT_IN + r"{0,20}的)?(?!集体|村办|村级|村集体|社区|村里|村上)(?:(?!协调|引进|联合|争取|邀请|与|和|同|向|为|组织|依托|带动|动员|牵头|推动|指导|对接|联系|的)[\u4e00-\u9fff]){2,16}(?:有限公司|有限责任公司|股份公司|公司|集团|企业|农商银行|农村商业银行|银行|信用社|支行|分行)"
    # (某农商银行某支行党支部与某村党支部结成共建对子，为合作社授信…: the bank's party body pairs, then its lending;
    # 物业公司党支部派出12名党员…, 某物业服务企业党支部书记带领…, 某物业公司党支部现有党员11名: a firm's party body at work
    # in the place, or what it has)
    r"(?:(?:党支部|党委|党总支)(?:书记)?(?=出资|捐资|捐赠|捐款|投入|派出|选派|组织|带领|(?:也|还)?与))?(?![\u4e00-\u9fff]{0,2}(?:党|员工们?的))"
    r"(?:出资|捐资|捐赠|捐款|投入|派出|选派|组织|带领|向|为|新招聘|招聘|则|(?:19|20)\d{2}年|今年|去年|现有|拥有|共有|旗下|年[\u4e00-\u9fff]{0,4}(?:产值|产能|能力|收入|销售)|与|还|也|先后|累计|已)"
    r"|^" + _NOT_BROUGHT_IN + r"{2,20}的(?!集体|村办|村级|村集体|社区)[\u4e00-\u9fff]{2,16}(?:有限公司|有限责任公司|公司|企业)[，,]?$"  # (承接某社区6个小区物业服务的某物业公司，公司党支部现有…)
    r"|^(?:" + _NOT_BROUGHT_IN + r"{0,20}的)?(?!集体|村办|村级|村集体|社区|村里|村上)[\u4e00-\u9fff]{2,16}(?:有限公司|有限责任公司|公司|集团|企业)(?:党支部|党委|党总支)(?:现有|共有|下设)"  # (某物业公司党支部现有党员11名，在管项目27个: what the firm has)
)
# 中心已在社区建档签约居民达3200人: the partner centre, by its kind alone, at work in the community
_THE_CENTRE_ACTS = re.compile(
    r"^(?:该|卫生服务)?中心(?:党支部|的)?(?:家庭医生团队|家庭医生|医生|医护人员|医务人员|专家)?们?(?:已|还|也|则|今年|去年|全年|累计|先后|共|为|向|在|现场|派出|组织|开展|安排|每周|每月|定期)"
)
# 城固县第二中学组织300余名学生志愿者…: a school the place works with, acting
_SCHOOL_ACTS = re.compile(r"^(?:该校|" + _SCHOOL + r")(?:党支部|党委|党总支)?"
    r"(?:组织|安排|还|也|向|为|捐赠|选派|派出|现有|共有|有在校|有学生|有师生|有教职工|是)")
# 与嘎查结对共建的某旗人民医院第二党支部来到…: the partner body comes, and what follows is its work
_PARTNER_BODY_COMES = re.compile(r"^与[^，。；]{1,10}?(?:结对|共建|联建|签约|帮扶)[^，。；]{0,4}?的[\u4e00-\u9fff]{2,20}?(?:医院|卫生院|中心|公司|单位|局|卫健委|卫生健康委)")
# 全旗已建立党员中心户412户, 全市今年已有3.2万名在职党员, 某县全县…: a wider place than the case's own
_WIDER_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4}?)?全(?P<level>省|自治区|市|州|盟|县|区|旗)(?![县区市旗镇乡]|委|党|政府|人民|医院|卫生)")
def _wider_place(text: str, own: str, below_county: bool = False) -> bool:
    """Does the clause open on a place wider than the case's own (全县… in a village's report)? A
    county's own report says 全县 of itself; so may a county-level hospital (全县孕产妇系统管理率, for
    a county's maternal hospital): in a health body's report (below_county) only a town's or a
    community's health centre is below the county for certain."""
    wider = _WIDER_PLACE.match(text)
    place = wider["place"] if wider else ""
    # (某池全县 for 某池县, 鹤山市全市 printed with its level twice)
    named = place and (is_place_name(place + wider["level"][0]) or (place.endswith(wider["level"][0]) and is_place_name(place)))
    if not wider or not own or (place and not place.startswith(("该县", "该区", "该市", "该旗", "该州")) and not named):
        return False  # (某池全县 for 某池县, 该县正在全县… are the county; 成功完成全区首例… is no place's clause)
    if below_county and institution_kind(own) not in HELPED_KINDS:
        return False
    # (a village's or a town's report: the county and above are wider, and its town's 全乡已有9个村
    # 建起… may be its example followed, so that is left to it)
    return not _county_level(own)


def _county_level(own: str) -> bool:
    """某县, 某区委: a county's own body (not 幸福社区, 某小区, whose 区 is no district's)."""
    return own.endswith(("县", "区", "市", "旗", "县委", "区委", "市委", "旗委", "州", "盟")) and not own.endswith(("社区", "小区", "城区", "辖区", "居民区"))


def _place_s_own_clauses(sentence: str, own: str = "", centre_partner: bool = False, before: str = "") -> tuple[str, bool]:
    """当天，卫生院医护人员走进蒙古包开展义诊，服务牧民150余人次，村里的党员志愿者…: the health body's
    clauses are its work (and the clauses that go on with them), as a partner firm's are what it has
    and does, and what a wider place has (全旗已建立党员中心户412户, 全市已有3.2万名在职党员) is that
    place's, until the place's own side opens again. Says too whether the sentence ends on theirs."""
    # (not inside a list of departments: 医院心内科、内分泌科、骨科等科室的8名专家…)
    clauses = re.split(r"(?<=[，,])|(?<=、)(?![\u4e00-\u9fff]{1,6}(?:科|室)[、等])", sentence)
    theirs, another_speaks = [], False
    bare_own = gazetteer.without_leading_places(own) if own else ""
    bare_own = re.sub(r"^[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|苏木)(?=[\u4e00-\u9fff]{2,}(?:村|社区|嘎查)$)", "", bare_own)  # (某镇骆驼湾村 -> 骆驼湾村)
    for number, clause in enumerate(clauses):
        text = re.sub(r"^(?:今年|去年|目前|当天|当日|随后|同时|此外|其中|据了解|据统计)[^，,]{0,4}?[，,]?", "", clause.strip())
        # (中心 alone is the partner health centre where the last centre the text named is one, not 党群服务中心)
        # (a community's own report: any health centre it names is another body)
        partner_centre = centre_partner or own.endswith(("社区", "村", "嘎查", "居民区"))
        centre = partner_centre and _THE_CENTRE_ACTS.match(text) and _last_centre_is_health(before + "".join(clauses[:number]))
        # (黑龙江省卫生健康委员会先后协调帮扶资金50万元, in a village's report: the sending commission's)
        # (not what the place's own-named body of another kind has: 某镇卫生院现有医务人员52名 in the town's report)
        own_again = bool(_OWN_PLACE_AGAIN.match(text)) or (len(bare_own) >= 3 and text.startswith(bare_own) and not _NAMED_AFTER_THE_PLACE.match(text[len(bare_own) :]))
        head = next((clauses[k] for k in range(number, 0, -1) if not clauses[k - 1].endswith("、")), clauses[0])
        if number and clauses[number - 1].endswith("、") and _CASE_JOINS.match(head.strip()):
            pass  # 联合镇卫生院、县医院组织义诊队…: the case joins the bodies it lists, and the work after the list is its own
        elif own_again:
            another_speaks = False
        elif (_HEALTH_BODY_AT_WORK.match(text) and not (institution_kind(own) == "government" and _TOWN_S_CENTRE_SENDS.match(text))) or _HEALTH_TEAM_AT_WORK.match(text) or _PARTNER_BODY_COMES.match(text) or _towns_make_up(text, own) or (_COMMISSION_ACTS.match(text) and not _county_level(own) and not _names_own(text, own)) or _SCHOOL_ACTS.match(text) or _POLICE_ACT.match(text) or (_BUREAU_ACTS.match(text) and not _county_level(own)) or _other_organisation_acts(text, own) or centre or _THAT_PARTNER.match(text) or _FIRM_OPENS.match(text) or _firm_again(text, before + "".join(clauses[:number])) or _wider_place(text, own) or (_county_wide(text) and not _county_level(own)):
            another_speaks = True
        elif _CASE_SIDE_OPENS.match(text):
            another_speaks = False
        theirs.append(another_speaks)
    return _without_theirs(sentence, clauses, theirs), bool(theirs) and theirs[-1]


_CASE_JOINS = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?(?:党委|党工委|党支部|党总支))?(?:联合|会同|携手|邀请|协调)")


# 镇卫生院党支部派出党员医生9名 in the town's own report: the town sends its own centre's people
# (in a village's report, the same sentence is the centre's work, not the village's)
_TOWN_S_CENTRE_SENDS = re.compile(r"^(?:镇|乡|街道)(?:中心)?(?:卫生院|社区卫生服务中心)(?:党支部|党总支)?(?:派出|选派)")
_NAMED_AFTER_THE_PLACE = re.compile(
    r"(?:中心)?(?:卫生院|医院|社区卫生服务中心|卫生服务中心|派出所|小学|中学|学校|幼儿园|供电所|司法所)(?:党支部|党总支)?(?:现有|共有|拥有|有职工|有医务人员|有在校|编制)"
)


# 集团负责设计和运营，目前在全省运营民宿品牌11个 after 村党总支与某文旅集团结成对子: the group named before, by its kind
# (not 公司: a village's own company is told of so too)
_FIRM_AGAIN = re.compile(r"^(?P<kind>集团|银行|支行|分行)(?:党支部|党委|党总支)?(?=负责|还|也|在|目前|现有|有|今年|去年|为|旗下|累计|已|先后)")


def _firm_again(text: str, told: str) -> bool:
    again = _FIRM_AGAIN.match(text)
    return bool(again) and re.search(r"[\u4e00-\u9fff]{2,}" + _NOT_A_SCHEME + again["kind"], told) is not None


# 龙泉关镇共有行政村14个, 歧坪镇27个村均已…, 北湖街道辖14个社区, 某镇目前已有37个村… in a village's or a community's report:
# its town's or street's make-up, not its own
_TOWN_S_MAKE_UP = re.compile(r"^(?P<town>[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|苏木))(?:目前|当前|现已|已经|已|累计)*(?:共有|共(?=\d)|辖|下辖|现有|有(?=\d|[一二两三四五六七八九十百]|行政村|村|社区)|\d+个(?:行政村|村|社区))")
# (，骆驼湾村是其中…, ，全村有农户268户: the case's own place again, after its town's make-up)
_OWN_PLACE_AGAIN = re.compile(r"^(?:全村|本村|该村|全社区|本社区|该社区|全嘎查|该嘎查)")


def _towns_make_up(text: str, own: str) -> bool:
    town = _TOWN_S_MAKE_UP.match(text)
    return bool(town) and own.endswith(("村", "社区", "嘎查", "居民区")) and is_town(town["town"]) and not own.endswith(town["town"])


# 社区警务室民警今年在网格内开展反诈宣传40余场: the police post at its own work, in a community's report
# 调研组在某镇卫生院实地查看了…, 督导组采取听取汇报、实地查看…: a commission's party on a visit, looking at a unit
_VISIT_SCENE = re.compile(r"(?:调研|督导|督查|检查|考察|走访|评审)组|一行(?:\d+人|人)?(?:先后)?(?:来到|到|走进|深入|察看|查看|参观)|参观了|党员们?(?:先后)?(?:走进|来到|深入)[^，。]{2,20}?(?:卫生院|医院|中心)")
# 该院服务人口5.2万人, 某镇卫生院服务人口1.4万人，编制床位30张, 某镇共有村卫生室19个, 卫生院院长介绍，该院编制床位60张:
# what the unit or the town it visits has (told by its own head, too)
_VISITED_HAS = re.compile(
    r"^(?:(?P<speaker>[^，。]{0,16}?)(?:介绍|汇报|表示)[，,：:])?(?P<subject>[该全](?:医院|院|中心|卫生院|村卫生室|卫生室|镇|乡|村|社区|街道)|[\u4e00-\u9fff]{0,16}?(?:卫生院|医院|卫生服务中心|中心|卫生室|镇|乡|街道|村|社区|嘎查))"
    r"(?:现有|共有|有|辖|下辖|辖区服务人口|服务(?:辖区)?人口|服务(?:全镇)?[\u4e00-\u9fff]{0,6}\d|开放床位|编制床位|床位|常住人口|户籍人口|人口)"
)


def _own_by_its_kind(subject: str, own: str) -> bool:
    """该村, 全镇, 该医院: the case itself, told by its kind's word."""
    if not subject.startswith(("该", "全", "本")):
        return False
    word = subject[1:]
    return own.endswith(word) or (word == "医院" and own.endswith("院"))  # (该医院 of a 卫生院, too)


def _visited_has(sentence: str, own: str, kind: str) -> bool:
    """What the unit a visit looks round has, in the visitor's report (a commission's, or another body's
    than the one it visits: not 该院现有… in a hospital's report of its own day)."""
    has = _VISITED_HAS.match(sentence)
    if not has or re.match(r"^[\u4e00-\u9fff]{0,10}(?:卫健|卫生健康)", sentence):
        return False
    if kind == "health_commission":
        return True
    subject = has["subject"]
    speaker = re.match(r"^(?:该|本)?(?P<unit>卫生院|中心|卫生室|村|社区|医院)", has["speaker"] or "")
    if speaker and subject.startswith("该") and not own.endswith(speaker["unit"]):
        return True  # 卫生院院长介绍，该院编制床位60张 in a hospital's report: the visited unit's head on its own
    if _own_by_its_kind(subject, own):
        return False  # 该村现有党员68名, 全镇现有行政村31个, 该医院现有编制床位800张: the case's own, visited
    return subject.startswith(("该", "全")) or not (_names_own(subject, own) or own.endswith(subject))


# 路南派出所通报，该所去年化解矛盾纠纷420余起; 市场监管所当月受理投诉18件; 银行党支部现场发放资料1200份;
# 团结小学今年在校生520名: a body of another trade (the police, a fire station, market regulation, a bank,
# a school, a court, an association) at work or telling what it has, in any report of the genre
_OTHER_ORGANISATION = (
    r"(?:" + OTHER_TRADE_BODIES + r"|农商银行|农村商业银行|(?<=[\u4e00-\u9fff])(?<!时间|爱心|积分|道德|志愿|美德|孝心)银行|^银行(?=党支部|党委|党总支|工作人员|员工|志愿者)"
    r"|小学|中学|学校|幼儿园|税务(?:局|所)|供电(?:所|公司|局)|(?<!党建)协会|(?<!红色)物业(?:服务)?(?:公司|企业))"
)
_OTHER_ORGANISATION_ACTS = re.compile(
    r"^(?![^，。；]{0,12}?(?:社区|村|街道|中心|医院|卫生院|党委|党支部|党总支|党工委|我们)和)(?P<named>(?:(?!与|同|联合|邀请|协调|组织|配合|携手|为|向|到|进|走进|深入|在|赴|走访|指导|帮助|协助|督促|推动|带动|动员|依托|对接|联系|引进|争取|开展)[\u4e00-\u9fff]){0,14}?"
    + _OTHER_ORGANISATION + r")(?:党支部|党委|党总支)?(?:负责人|所长|站长|行长|校长|书记|经理|民警|干警|辅警)?"
    r"(?:(?:通报|介绍|表示)[，,：:]?$|(?:通报|介绍|表示)?[，,：:]?(?:今年|去年|当天|当月|现场|上半年|全年|已|共(?!同)|累计|还|也|则|检查|抽检|受理|发放|投放|化解|排查|开展|现有|共有|有|在校生|学生|会员))"
)
_THAT_ORGANISATION = re.compile(r"^该(?P<kind>站|行|校)(?:今年|去年|当天|当月|上半年|全年|已|共|累计|现有|共有|有|还|也)")


def _other_organisation_acts(text: str, own: str) -> bool:
    """What a body of another trade does or has (not the case's own, a 社区卫生服务站 saying 该站)."""
    acts = _OTHER_ORGANISATION_ACTS.match(text)
    if acts:
        # (社区老年协会, 村幼儿园, 学校 by its kind alone in a village's report: the place's own)
        prefix = acts["named"]
        bare = gazetteer.without_leading_places(own)
        if re.search(r"社区|村|居委|老年|志愿|老龄|乡贤|红白理事", prefix) or (len(bare) >= 3 and bare[:3] in prefix):
            return False
        if re.fullmatch(r"(?:学校|幼儿园|小学|中学)", prefix) and institution_kind(own) in ("community", "government") and not re.match(r"^[^，,]{0,8}(?:书记|负责人|校长|园长)", text[len(prefix) :]):
            return False  # (学校今年开设培训班… in a village's report: the school it runs)
        return not re.search(_OTHER_ORGANISATION + r"$", own)
    that = _THAT_ORGANISATION.match(text)
    return bool(that) and not own.endswith(that["kind"]) and not own.endswith("服务站")


# 辖区内的某区市场监督管理局今年在商圈开展检查300余次, 某区住建局投入资金540万元: a department of the
# district at work in the place (not the case bringing it in: 协调区住建局…)
_BUREAU_ACTS = re.compile(
    r"^(?!镇|乡|街道|该镇|该街道|全镇)(?:辖区内?的)?(?:(?!联合|邀请|协调|组织|配合|携手|争取|推动|与|同|请|由|(?<=[\u4e00-\u9fff])(?<!的)和(?!城))[\u4e00-\u9fff]){1,16}?(?<!卫生健康)(?<!卫健)(?<!卫计)"
    r"(?:局|监督管理所|监管所|执法大队|执法中队|救援大队|供电所|税务所)(?:党组|党委|党支部|党总支)?"
    r"(?:今年|去年|全年|先后|累计|共|已|还|也|为|在|向|投入|投资|拨付|开展|排查|派出|选派)"
)
_POLICE_ACT = re.compile(r"^(?:社区|辖区|(?:(?!联合|邀请|协调|组织|配合|携手|与|和|同|请)[\u4e00-\u9fff]){1,8}?)?(?:警务室|派出所|民警|辅警|交警(?:大队|支队)?|消防救援站|消防员)[\u4e00-\u9fff]{0,6}?(?:今年|去年|累计|共|先后|已|在|开展|为|向|派出|选派)")


def _last_centre_is_health(text: str) -> bool:
    # (在社区党群服务中心设立工作站: the hall where the centre works, no body 该中心 points back to)
    text = re.sub(r"(?:在|到|于)[\u4e00-\u9fff]{0,10}?(?:(?:党群|便民|为民|政务)服务|文明实践|活动)中心", "", text)
    # (听取了中心负责人…: the centre told again by its kind, no other centre)
    named = [n for n in re.findall(r"[\u4e00-\u9fff]{2,8}中心", text) if not re.search(r"[了的到在向与和对]中心$", n)]
    return bool(named) and named[-1].endswith("卫生服务中心")


# (the helpers, not 患者来院会诊, 群众来院开展体检, 进修医生来院带教学习: those it serves or trains)
_COMES_TO_US = re.compile(
    r"(?<!进修)(?<!规培)(?:专家|医生|医师|团队|医疗队|专家组|骨干|附院|医院)[^，。；]{0,10}?(?:来院|来我院|到我院|来(?![村镇乡户])[\u4e00-\u9fff])"
    r"(?:坐诊|指导|查房|会诊|带教|帮扶|义诊|开展)|派来|常驻我院|驻我院"
)
_WE_INVITE = re.compile(r"邀请|请来|聘请|引进|争取|组织|协调")
_EXPERTS_FROM_ABOVE = re.compile(
    r"^(?:上级|县级|市级|省级|省市|县里的?|市里的?)(?:医院)?(?:专家|医生|医师)(?:团队|们)?(?:累计|先后|共|今年|已|此行)"
    # (帮扶专家累计接诊患者1200余人次, 派驻专家在卫生院累计…, 专家组今年已在某镇卫生院开展带教手术22台: those sent to
    # help; not 下沉专家累计坐诊…, which a centre's report tells as its own clinic's work)
    r"|^(?:帮扶|派驻|对口帮扶|对口支援)的?(?:专家|医生|医师)(?:组|团队|们)?(?:在[\u4e00-\u9fff]{1,12}?)?(?:累计|先后|共|今年|已|此行)"
    r"|^专家组(?:今年|已|累计|先后|共)"
    r"|^(?:来访|到访|前来)(?:医院|单位)?的(?:专家|医生|医护人员|党员)"  # (当天，来访医院的专家为群众测血压78人次)
)
# (…与某医院建立医联体，专家每周四到中心坐诊，今年已接诊患者约1400人次: the partner's experts, where the
# sentence has named the partnership or the expert's side; not a centre's own 专家团队每月到社区…)
_PARTNER_EXPERTS_COME = re.compile(
    r"^(?P<side>医联体|合作医院|牵头医院|对方)?的?专家(?:团队|们)?(?:每周[一二三四五六日]?|每月|定期|轮流)(?:到|来|下沉到?)(?:中心|卫生院)"
)
def _partner_experts_come(text: str, before: str) -> bool:
    come = _PARTNER_EXPERTS_COME.match(text)
    return bool(come) and (bool(come["side"]) or re.search(r"医联体|结对|帮扶|对口|共建|合作", before) is not None)


_VISITORS_THIS_TRIP = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:专家团队|专家组|专家们|医疗队|帮扶团队|义诊团队))(?:此行|此番)")
# A health commission by the names reports give it (县卫健局, 市卫生健康委员会, 卫计委)
_COMMISSION = r"(?:卫健局|卫健委|卫生健康局|卫生健康委员会|卫生健康委|卫计局|卫计委)"
_COMMISSION_PARTY = re.compile(r"[^，,。；]*" + _COMMISSION + r"[^，,。；]{0,12}?一行\d+人")
# 对方今年派驻专家4名, 某市援疆专家年内开展手术带教200台次: the partner, or the aid team it sends
# (对口支援的某自治区人民医院今年派驻…, 某附属医院作为托管单位，派驻…: the body that helps, by its role)
_AID_TEAM = re.compile(r"^(?:(?:对口支援|对口帮扶|结对帮扶|托管|帮扶)(?:我院|本院|医院|中心|卫生院)?的[\u4e00-\u9fff]{2,24}?(?:医院|中心)|[\u4e00-\u9fff]{2,24}?(?:医院|中心)作为(?:托管|帮扶|支援|对口支援|对口帮扶)单位)"
    r"|^(?:[\u4e00-\u9fff]{2,3}(?=帮扶方|援建方|专家团队(?:先后|累计|共|今年)))?(?:对方|(?:医院|我院|该院|本院|中心)?(?:的)?对口(?:支援|帮扶)?单位|帮扶方|援建方|专家团队(?=先后|累计|共|今年)|[\u4e00-\u9fff]{0,6}?援(?:疆|藏|青|宁|黔|滇|蒙|外|建)(?:专家|医生|医疗队|团队|干部|人才|医院))")
# 县卫健局今年向全县投放筛查专项资金180万元, in a hospital's report: the commission's own work
_COMMISSION_ACTS = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?[省市县区州旗])?(?:" + _COMMISSION + r"|人民政府|政府)(?:今年|去年|先后|累计|已|还|也|向|为|投入|投放|拨付|下达|安排)")
_THAT_BODY = re.compile(r"^该(?P<kind>社区卫生服务中心|卫生院|中心|医院)")


def _that_other_body(text: str, own: str) -> bool:
    """该卫生院新开设中医馆1个, 该中心当年门诊量… in a hospital's report: that body is another kind than the report's."""
    that = _THAT_BODY.match(text)
    return bool(that) and bool(own) and not own.endswith(that["kind"])


# 据县卫健委介绍，某县共有19家乡镇卫生院, 全县重点人群签约率为88%: the county's, told by another
_COUNTY_WIDE = re.compile(r"^(?:据[^，。]{0,12}(?:介绍|统计|了解|数据显示)|[^，。]{0,10}从[^，。]{2,12}了解到)?，?(?P<place>全县|全区|全市|全旗|全州|全省|[\u4e00-\u9fff]{2,10}?[县区市旗])(?:目前|当前|现)?(?:共有|现有|共(?=\d|[一二两三四五六七八九十百千])|辖|有\d|[\u4e00-\u9fff]{0,4}?人口|(?:地域|国土|总|辖区)?面积)")


# 记者从县卫健局了解到，全县县域内就诊率…: what a commission or a government tells, in a health body's report
_TOLD_BY = re.compile(r"^(?:记者)?(?:从|据)(?P<body>[^，。；]{2,16}?)(?:了解到|获悉|介绍|统计|通报|数据显示)")


def _told_by_another(text: str, own: str) -> bool:
    told = _TOLD_BY.match(text)
    return bool(told) and re.search(r"卫健|卫生健康|卫计|政府|县委|市委|区委|统计局|医保局|医疗保障局", told["body"]) is not None and told["body"] not in own


def _county_wide(text: str) -> bool:
    wide = _COUNTY_WIDE.match(text)
    return bool(wide) and (wide["place"].startswith("全") or is_place_name(wide["place"]))


def _names_a_place_s_people(text: str) -> bool:
    if _UNIT_S_PEOPLE.match(text):
        return True  # 钦苑居民区独居老人有130多位: a neighbourhood's own people, in a health body's report
    people = _PLACE_S_PEOPLE.match(text)
    place = people["place"] if people else ""
    return bool(place) and (place in ("全县", "全市", "全区", "全旗", "全镇", "全乡") or is_place_name(place) or is_town(place))


def _names_own(text: str, own: str) -> bool:
    mentions = institution_mentions(text[:30])
    if not mentions or mentions[0].start != 0 or not own:
        return False
    if institution_kind(mentions[0].name) == "community" and institution_kind(own) != "community":
        return False  # 某社区现有居民小区14个 in the report of 某社区卫生服务中心: the place it is named after
    return _same_body(mentions[0].name, own)


def _names_another(text: str, own: str, acting: bool = False) -> bool:
    """光泽县医院门诊量同比增长14%, 省人民医院已累计派出专家…: another named health body opens the clause
    and tells what it achieved, or (acting: where the case's own name is printed in its text, so the
    case is surely not that body) whatever it does."""
    mentions = institution_mentions(text[:30])
    if not mentions or mentions[0].start != 0 or not own:
        return False
    name = mentions[0].name
    # (县疾控中心派出4名公卫人员… in a hospital's report: a CDC is a health body too, whatever its kind;
    # in a CDC's own report, the CDC it pairs with works with it)
    cdc = re.search(r"(?:疾控中心|疾病预防控制中心)$", name) is not None and not re.search(r"(?:疾控中心|疾病预防控制中心)$", own)
    if (institution_kind(name) not in HEALTH_KINDS and not cdc) or len(name) <= len(suffix_of(name)) + (0 if cdc else 1):
        return False
    if re.search(r"^(?:各|基层|全县|全市|全区|县级|市级|村级|辖区)|乡镇|带动|帮助|推动|指导|协助", name):
        return False  # the units at large, not one of them
    if not (gazetteer.opens_with_place(name) or opens_with_town(name) or name[0] in "省市县区州旗"):
        return False  # one body by its place (光泽县医院, 川口乡卫生院, 省人民医院), not words run into a kind (带动乡镇卫生院)
    # what it achieved itself (its patients, its growth, its new techniques), or what it does (城门镇卫生院
    # 先后派出6批14名医生…): its own, unless the name may be the case's printed another way
    # (_own_clauses asks _names_own first: the case's own name never gets here)
    return bool(_OWN_RESULTS.match(text[mentions[0].end :])) or (acting and not (_runs_through(own, name) or _runs_through(name, own)))


def _runs_through(short: str, full: str) -> bool:
    """市四医院 in 九江市第四人民医院, 岳麓区中医院 in 长沙市岳麓区中医医院: the short form's characters
    in the full one's order (a name cut or filed short, not another body)."""
    rest = iter(full)
    return all(ch in rest for ch in short)


_OWN_RESULTS = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:门诊量|门急诊量|住院量|手术量|诊疗量|出院人次|业务收入|就诊率|同比|较上年|较去年|新开展|开展新技术|现有|拥有|共有|有职工|有党员|编制床位|承担着?(?=[\u4e00-\u9fff]{0,6}\d))")


# 结对帮扶的省级医院今年派出…, 对口支援医院今年已选派…: a partner hospital sends, whoever the clause's subject is
_PARTNER_SENDS = re.compile(r"(?:结对|帮扶|支援|对口|共建|协作)[^，。；]{0,10}?(?:医院|医疗队|医联体|医共体)[^，。；]{0,8}?(?:派出|选派|派驻|下派)")
# 医院派出专家8名, 由卫生院每周派2名医生坐诊, 中心派出家庭医生团队5支: in a community's or a
# street's report, the health body that sends its people is the one whose work that is (not where
# the case brought that about: 协调县人民医院派驻专家3名)
_HEALTH_BODY_SENDS = re.compile(
    r"^(?![^，。；]{0,8}?(?:协调|争取|邀请|联系|推动|促成|引进|请来))(?:由|经)?[\u4e00-\u9fff]{0,14}?(?:医院|卫生院|保健院|服务中心|服务站|中心)(?:党支部|党总支|党委)?(?:的)?"
    r"(?:每周|每月|每季度|每季|每年|每天|定期|先后|累计|今年|年内|全年|已|还)?(?:派出|派驻|选派|下派|派)(?!出所)"
)
# 镇卫生院党支部派出党员医生9名 in a town's report: the town's own health centre, its own work
_TOWN_S_OWN_CENTRE = re.compile(r"^(?:镇|乡|苏木|全镇|全乡)(?:中心)?卫生院")
_SENT_AGAIN = re.compile(r"^(?:该院(?:党委|党总支)?)?(?:[\u4e00-\u9fff]{1,3}来|目前|截至目前|今年|全年|上半年|下半年)?，?(?:已|累计|共|先后|还)*(?:向[\u4e00-\u9fff]{1,6})?(?:下派|派驻|选派|下沉)")
# A clause that only sets the time or the frame (今年1至8月, 在…框架下): the subject comes after it
_FRAME = re.compile(r"^(?:今年|去年|近年来|近年|目前|如今|截至目前|此外|同时|另外|据了解|据介绍|据悉|据[\u4e00-\u9fff]{0,4}统计|与此同时|其中)?(?:\d{4}年)?(?:\d{1,2}(?:至\d{1,2})?月(?:\d{1,2}日|上旬|中旬|下旬|初|底|中)?)?(?:以来|份|期间|起)?$|^在[^，。；]{1,16}(?:下|中|上|期间)$|^依托[^，。；]{1,12}$"
                    r"|^(?:当天|当日)[\u4e00-\u9fff]{0,6}(?:中|上|里)$|^(?:活动|义诊|体检)?现场$|^(?:活动|义诊|签约|仪式)(?:当天|当日)$|^(?:签约|揭牌|启动)?仪式(?:结束)?后$|^[\u4e00-\u9fff]{1,6}以来$")
# 卫生院流动诊室先后26次到村巡诊, 第一书记所在的县人民医院也…, 镇中心卫生院派出的医疗队则…,
# 结对医院还为社区…: a health body (not a village's own clinic) opens the sentence and acts
_HEALTH_BODY_ACTS = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}的)?(?P<before>[\u4e00-\u9fff]{0,12}?)(?:医院|卫生院|卫生服务中心|保健院)(?:派出的医疗队|的?[\u4e00-\u9fff]{0,4}?|驻[\u4e00-\u9fff]{1,3}(?:医生|医疗队|专家|工作队)|[\u4e00-\u9fff]{0,6}?(?:党支部|党总支|党委))"
    r"(?:也|则|还|都|先后|每月|每周|定期|今年|已|累计|作为|组织|带领|共组建|组建了|同步开展|共派出)"  # (县人民医院内科党支部组织18名党员医生到村…; 某镇卫生院组建了9支家庭医生团队)
    # 医院8名医生为居民提供…, 卫生院医护人员为牧民体检…: the body's people at work for the residents
    r"|^(?P<staff_of>[\u4e00-\u9fff]{0,12}?)(?:医院|卫生院|保健院|(?<!党群|便民|政务)服务中心)(?:[\u4e00-\u9fff]{0,6}?(?:党支部|党总支|党委))?的?(?:\d+余?多?名|[两三四五六七八九十]名)?(?:党员)?(?:家庭医生团队|医疗团队|医生|医护人员|医务人员|专家|医师)们?(?:同期|定期|每月|每周|今年|还|也|则)?(?:为|给|向|在)"
)
# (not where the case brings the body in, nor a body named after a community: 社区党委协调县医院…, 某社区卫生服务中心)
_BROUGHT_BY_THE_CASE = re.compile(r"协调|争取|邀请|联系|推动|促成|引进|请来|社区|村|街道|党委|党支部|党工委|党总支")
# ，为居民提供…服务260余人次 after 医院派出12名党员专家在社区开展义诊: the sent people's work goes on
# (…派驻专家3名，每周一至周五轮流坐诊，累计诊疗群众1600余人次: when the ones sent work goes on with them)
_GOES_ON = re.compile(r"^(?:每周[一二三四五六日七至到、周]{0,8}|每月|定期|轮流)+(?:到[\u4e00-\u9fff]{1,8})?(?:坐诊|出诊|值守|查房|带教|接诊)|^(?:(?:今年|去年|当天|当日|目前|一年来|两年来)(?:以来)?(?=累计|共|先后|已|在)|当天|当日|现场)?(?:累计|共|先后|已)*(?:在(?=[\u4e00-\u9fff]{1,6}(?:完成|开展|举办))|在(?:社区|村|嘎查)?(?:党群服务中心|新时代文明实践站|活动室|广场)(?=开展|举办|设立|为|义诊|坐诊)|完成|为|向|给|对|开展|提供|免费|义诊|诊治|诊疗|接诊|接待|服务|帮助|指导|协助|发放|赠送|捐赠|测量|检查|宣讲|讲解|培训|带教|(?:来到|走进|深入|前往|赶到)(?:村里|村上|社区|嘎查))")
# 村里的5名党员志愿者负责…, 社区党委组织…: the community's own side, after the health body's clause
_CASE_SIDE_OPENS = re.compile(r"^(?:(?:目前|如今|现在)?全村|在(?:村|社区|嘎查)(?:党委|党总支|党支部|两委|“两委”)[^，。；]{0,6}(?:动员|带领|组织|号召)下|村里的?|村(?:党支部|两委|“两委”|委会)|社区(?:党委|党支部|居委会)?|街道|网格员|党员志愿者|志愿者|居民)")
# 结对的文萃社区党委也积极配合: the partner place acts, in a health body's report
# (兴园社区则为中心提供1处固定服务场地: the other side of the pairing, by 则, 也 or 还)
_PARTNER_PLACE_ACTS = re.compile(
    r"^(?:结对|共建|联建|签约|帮扶)(?:帮扶|共建|联建)?的[\u4e00-\u9fff]{1,12}?(?:社区|村|街道|嘎查)"
    r"|^[\u4e00-\u9fff]{2,8}?(?:社区|村|嘎查)(?:党委|党总支|党支部|居委会|村委会)?(?:则|也|还)(?:为|向|组织|提供|发动|动员|安排|协调)"
)
# A hospital sending its people to help another (the case): 对口帮扶, 向医院派驻
_HELPS = re.compile(r"帮扶|支援|对口|协作|向(?:医院|我院|该院|本院)(?:派驻|派出|选派|下派)|(?:建立|组建|结成)[\u4e00-\u9fff]{0,8}(?:联盟|医联体|医共体)")
# Who receives a hospital's experts: what the hospital has and sends is the hospital's work.
_RECEIVING = ("township_health_center", "community_health_center", "community", "government")
_SPEAKER = re.compile(r"^(?:[他她]|[\u4e00-\u9fff“”]{2,16}|[\u4e00-\u9fff“”]{2,12}、[\u4e00-\u9fff“”]{2,18})(?:介绍|表示|说|坦言|告诉记者|算了?一笔账|(?:介绍|汇报)了?[\u4e00-\u9fff]{0,14}(?:" + _SITUATION + r"))$")  # (他介绍: the speaker named the sentence before)
# 外出务工人员较多, 老龄化程度高: how a place is, in words, between the figures of its make-up
_PLACE_STATE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:外出务工|老龄化|留守|青壮年)[\u4e00-\u9fff]{0,8}(?:较多|较高|严重|突出|多|高)")
# 全镇常住人口家庭医生签约率 in a health centre's report, 全县… in a commission's: the residents the case serves
_SERVICE_OF_RESIDENTS = re.compile(r"(?P<place>全镇|全乡|全街道|该镇|该乡|辖区|全县|全区|全市|全旗)(?:常住|户籍)?人口的?(?:家庭医生)?(?:签约|健康档案|电子健康档案|建档|健康管理|规范管理|体检)")


def _serves_its_residents(text: str, kind: str) -> str:
    """The clause (or sentence) without where it tells of the residents of the case's own place."""
    level = ("全镇", "全乡", "全街道", "该镇", "该乡", "辖区") if kind in HELPED_KINDS else ("全县", "全区", "全市", "全旗") if kind == "health_commission" else ()
    return _SERVICE_OF_RESIDENTS.sub(lambda m: "" if m["place"] in level else m.group(0), text)


# What a health body does, in what a place's speaker tells (卫生院的医生每月来义诊2次)
_HEALTH_WORK = re.compile(r"医院|卫生院|卫生室|服务中心|医生|医护|义诊|巡诊")
_OPENING_TIME = re.compile(r"^(?:今年以来|近年来|近年|同时|此外|目前|其中|今年|去年|两年来|多年来)")


# 社区党委有党员142名, 村里现有党员36名: a place's body and what it holds (in a health body's report, its partner's)
_PLACE_BODY_HAS = re.compile(r"^(?:该|这个)?(?:社区|村|嘎查|居民区)(?:党委|党总支|党支部|两委)?(?:现)?(?:有|共有|拥有)(?:党员|居民|村民|网格|\d)")


def _speaks_for_another(speaker: str, said: list[str], own: str) -> bool:
    """某镇卫生院院长郭某介绍，卫生院服务辖区3.1万人口: the head of another body tells of their
    own (the clause after opens on that body's kind), not of the case (医院派来的专家…)."""
    mentions = institution_mentions(speaker)
    if not said or not own or re.match(r"^[他她]", speaker):
        return False  # (他介绍，该支部…: who 他 is, the sentence before said; not another body by itself)
    # (所长说：“今年以来我们所…: what is said, past its quote mark and the time it sets)
    told = _OPENING_TIME.sub("", said[0].strip().lstrip("“"))
    that_branch = _THAT_BRANCH.match(said[0].strip())
    if that_branch and not mentions:
        # 学院党支部书记介绍，该支部现有党员56名: the speaker's own body, not the case's
        kind_word = re.search(r"(?:卫生院|服务中心|医院|社区|村|嘎查|街道|镇|乡)$", own)
        return not re.search(rf"{re.escape(kind_word.group(0) if kind_word else own)}|我们|本", speaker)
    health_official = _HEALTH_OFFICIAL.search(speaker)
    if health_official and not mentions and not own.endswith(health_official["kind"]) and institution_kind(own) not in HEALTH_KINDS:
        # 医院第三党支部书记介绍，支部现有党员31名，全院拥有…: in a place's report, the partner's own
        # (县医院内科党支部书记说，他们今年已为村民…: they are the speaker's hospital)
        return bool(re.match(r"^(?:该|本|我们)?(?:支部|总支|党委|全院|我院|医院|院|中心|卫生院)|^(?:他们|我们)(?!村|社区)", told))
    official = _PLACE_OFFICIAL.match(speaker)
    if official and not mentions and not own.endswith(official["kind"]):
        # 某村党总支书记介绍，村里去年产业收入达420万元: in a health body's report, the village's own
        # (共建以来社区新增了2处…: what the place's official tells, after the time it sets)
        since = re.sub(r"^[\u4e00-\u9fff]{1,6}以来", "", said[0].strip().lstrip("“"))
        # (社区党委书记某某介绍，辖区高血压患者约1500人: the place's own people in its 辖区 too)
        return bool(re.match(rf"^(?:我们|我|该|本|全)?{official['kind']}(?!医|卫|社区卫生|社区医)|^辖区内?(?:有|共有|现有)?[\u4e00-\u9fff、\d]{{0,12}}?(?:患者|老(?:年)?人|居民|人口|群众)(?:约|近|有|共有|超)?\d", since))
    member = _MEMBER_OFFICIAL.search(speaker)
    # (医院新蒲分院院长…, 东院区分院: the hospital's own campus, not a member unit)
    if member and institution_kind(own) in _LEADING and not own.endswith(member["kind"]) and not re.search(r"(?:医院|我院|本院|院区)[\u4e00-\u9fff]{0,4}分院", speaker):
        # 某分院负责人介绍，分院辖区常住人口4.1万人: in its leading hospital's report, the member unit's own
        return bool(re.match(r"^(?:该|本|我们)?(?:分院|卫生院|中心|院里)|^辖区|^该院", told))  # (…负责人介绍，该院服务全镇1.1万余人)
    other = _OTHER_OFFICIAL.search(speaker)
    if other and not own.endswith(other["kind"]):
        # 某派出所教导员某某表示，派出所辖区内有医疗机构23家; 某中学校长介绍，学校现有在校生2600余名: theirs
        # (所长说：“今年以来我们所调处纠纷43起, 民警某某说，今年他们协助…: we and they are the speaker's body)
        if re.search(r"村集体|村办|村级|社区", speaker) or (other["kind"] == "合作社" and (institution_kind(own) in ("community", "government") or _PLACE_OFFICIAL.match(speaker))):
            return False  # 村集体公司董事长某某说，我们村…, 村党支部书记兼合作社负责人: the place's own firm speaks for the place
        return bool(re.match(rf"^(?:该|我们|他们|我|本)?(?:{other['kind']}|学校|公司|所里|所|校|部|院里|园里|辖区|现有|共有|有|目前|官兵)|^(?:我们|他们)(?!村|社区|街道|镇|嘎查)", told))
    if _TEACHER.search(speaker) and not own.endswith(("学校", "中学", "小学", "幼儿园")):
        # 四年级班主任陈老师说：“我们班42个孩子…: the teacher's class, not the case's
        return bool(re.match(r"^(?:我们|我)(?:班|学校|校|园)|^(?:班里|园里|学校|全校|全班)", told))
    if not mentions:
        return False
    name = mentions[0].name
    kind_word = re.search(r"(?:卫生院|服务中心|医院|社区|村|嘎查|街道|镇|乡)$", name)
    if not kind_word or name in own or own.endswith(name) or own.endswith(kind_word.group(0)):
        return False
    kind_word = kind_word.group(0)
    # (县医院内科党支部书记说，他们今年已为村民义诊6次, in a village's report: they are the hospital)
    # (a place's secretary saying 他们 means the case's own doctors: only a health body's speaker's we and they)
    theirs = r"|^(?:他们|我们)(?!村|社区|街道|镇)|^该院" if kind_word in ("医院", "卫生院", "服务中心") else ""  # (某医院负责人介绍，该院现有党员680余名)
    return bool(re.match(rf"^(?:该|我们|我|本)?{re.escape(kind_word)}{theirs}", told))


_HEALTH_OFFICIAL = re.compile(r"(?:^|[，,])(?:[\u4e00-\u9fff]{0,8}?[省市县区])?(?P<kind>医院|卫生院|中医院)[\u4e00-\u9fff]{0,6}?(?:党委|党总支|党支部)?(?:书记|院长|负责人)(?=介绍|表示|说|坦言|告诉)")
_PLACE_OFFICIAL = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?P<kind>村|社区|嘎查|街道)(?:党总支|党支部|党委|党工委|两委|“两委”|委会|居委会|办事处)?(?:相关|有关)?(?:书记|主任|负责人|委员|干部)")
# (中队 alone is a police, fire or army unit's, not a volunteers' or a rescue team's: 志愿服务中队, 应急救援中队)
_OTHER_BODY_KINDS = r"合作社|派出所|公安局|中学|小学|学校|(?:学院|大学|高校)(?![\u4e00-\u9fff]{0,6}(?:医院|卫生院))|支行|分行|幼儿园|敬老院|养老院|福利院|公司|银行|企业|部队|(?<![愿务员逻格援急])(?:中队|大队|支队)|武警|消防救援站|供电所"
_OTHER_OFFICIAL = re.compile(r"(?P<kind>" + _OTHER_BODY_KINDS + r")(?![\u4e00-\u9fff]{0,4}(?:驻村|第一书记|帮扶))[\u4e00-\u9fff]{0,8}?(?:书记|校长|园长|院长|所长|教导员|指导员|政委|政治委员|经理|董事长|负责人|负责同志|行长|队长|民警|老师)")
_TEACHER = re.compile(r"班主任|教师|老师(?=[\u4e00-\u9fff]{0,4}(?:介绍|表示|说|坦言|告诉记者)$)")
_MEMBER_OFFICIAL = re.compile(r"(?P<kind>分院|卫生院|社区卫生服务中心)(?:党支部|党总支)?(?:负责人|院长|主任|书记)")
_THAT_BRANCH = re.compile(r"^该(?:党)?(?:支部|总支|党委|校|公司|单位|企业|学院)")


# Who leads a 医共体: a member unit's own results are the unit's (a health bureau's summary of its
# system counts its units' results as the system's).
_LEADING = ("hospital", "tcm_hospital")


def _member_unit(opener: str, own: str) -> bool:
    """杨桥镇中心卫生院今年上半年门诊量…, 其中兴国镇卫生院…: a health centre, not the case, opens the clause."""
    mentions = institution_mentions(_OPENING_TIME.sub("", opener))
    if not mentions or mentions[0].start != 0 or institution_kind(mentions[0].name) not in ("township_health_center", "community_health_center"):
        return False
    name = mentions[0].name
    # one named unit (杨桥镇中心卫生院), not the units at large (乡镇卫生院, 各社区卫生服务中心)
    named = (is_town(re.sub(r"(?:中心)?卫生院$|社区卫生服务中心$", "", name)) or gazetteer.opens_with_place(name)) and not any(ch in NEVER_IN_NAME for ch in name)
    return named and not own.endswith(name) and name not in own


# 根据协议，某医院将…: the terms of a partnership frame the clause that names who does what
_AGREEMENT_FRAME = re.compile(r"(?:根据|按照|依据|依照)(?:双方)?(?:签订的|所签)?(?:共建|结对|帮扶|合作|签约)?(?:协议|约定|方案)")
# 作为对口支援单位, 对口帮扶某县, 依托某医院对口帮扶: a hospital's help to another's county
_HELPS_A_COUNTY = re.compile(r"作为[^，。；]{0,8}(?:支援|帮扶|结对|对口|协作)[^，。；]{0,4}(?:单位|医院)|对口(?:支援|帮扶)|结对帮扶")


# …，卫生院门诊量同比增长25%, …，中心今年门诊量达4万人次: the case's own clause, after a partner's
_OWN_CLAUSE_AFTER = re.compile(r"[，,](?:我院|本院|(?:该|本)?(?:卫生院|中心|社区|村)(?!党)(?=今年|去年|全年|门诊|住院|共|累计|已|还|也|先后|现有|签约|服务|完成|开展|新增))")


def _helper_from_beyond(subject: str, own: str, sentence: str) -> bool:
    """赤峰市医院作为对口支援单位，今年向某县派出专家9人次 (依托某医科大学附属医院对口帮扶，该院…) in a
    county commission's report: a hospital from beyond the commission's county helps it; what it
    sends is its own work (the county's own 县人民医院 helping its health centres is the commission's)."""
    if not (_HELPS_A_COUNTY.search(sentence) and (_SENDS.search(sentence) or _MAKE_UP.search(sentence))):
        return False
    subject = re.sub(r"^(?:依托|借助|借力|在|由)", "", _OPENING_TIME.sub("", subject))
    mentions = institution_mentions(subject)
    if not mentions or mentions[0].start != 0 or institution_kind(mentions[0].name) not in ("hospital", "tcm_hospital"):
        return False
    name = mentions[0].name
    if re.search(r"大学|医学院|医科", name):
        return True  # (a university's hospital: a province's or the country's)
    theirs, ours = gazetteer.locate(name), gazetteer.locate(own)
    if not theirs.province or not ours.province:
        return False  # (县人民医院: the county's own, by its kind alone)
    if ours.district:
        return theirs.district != ours.district
    return bool(ours.city) and theirs.city != ours.city


def _another_hospital(opener: str, own: str, before: str = "") -> bool:
    """支援医院先后派出…, 县人民医院现有职工… in a health centre's report: a hospital, not the
    case's own, is the clause's subject (not 卫生院作为某县总医院的成员单位, whose subject is the case)."""
    opener = _OPENING_TIME.sub("", opener)
    if re.match(r"^(?:支援|帮扶|对口|上级|牵头|共建|结对)医院", opener):
        return True
    if re.match(r"^该院(?!党)", opener) and (institution_kind(own) in ("community", "government") or (institution_kind(own) == "community_health_center" and "医院" in before)):
        # 与某人民医院开展共建，该院每月派出专家…, in a centre's report: 该院 is the hospital the sentence
        # named before it, not the centre (which a sentence of its own may call 该院, by its 社区医院 name)
        return True
    if re.match(r"^该(?:三甲|三级甲等|三级|省级|市级|省属|市属)医院", opener) and institution_kind(own) not in _LEADING:
        return True  # 该三甲医院有开放床位3000余张 in a centre's report: the hospital it named before
    if re.match(r"^(?:省|市|县|区)(?:[一二三四五六七八九十]院|[一二三四五六七八九十]医院|人医|中医院|妇幼)", opener) and institution_kind(own) not in _LEADING:
        return True  # 市二院外科党支部有党员48名 in a health centre's report: a hospital by its short name
    if re.match(r"^(?:医共体|医联体)?总院(?!党)", opener) and institution_kind(own) not in _LEADING:
        return True  # 总院影像中心为分院…, in a member unit's report: the leading hospital of its 医共体
    opener = re.sub(r"^(?:医共体|医联体)(?:总院|牵头医院|牵头单位)", "", opener)  # 医共体总院某县人民医院今年向…派驻
    mentions = institution_mentions(opener)
    if not mentions or mentions[0].start != 0 or institution_kind(mentions[0].name) not in ("hospital", "tcm_hospital"):
        return False
    name = mentions[0].name
    return bool(own) and not own.endswith(name) and name not in own and not _own_by_its_level(name, own)


def _own_by_its_level(name: str, own: str) -> bool:
    """县医院 (县人民医院, 县中医院) in 某县人民医院's own report: the case, named by its county's level."""
    rest = gazetteer.without_leading_places(own)
    county = own[: len(own) - len(rest)]
    return bool(county) and county.endswith(name[:1]) and name[:1] in "县区市旗" and (name[1:] == rest or (name[1:] == "医院" and rest == "人民医院"))


# A clause that opens on a place (a village, a community, a street, a town) and what it holds.
# 某村油茶产值达260万元, 某嘎查牛羊存栏1.1万头, 某村接待游客3.8万人次: a place's economy (in a health
# body's report, the village it helps: what the village earns, grows and hosts is the village's)
# (石桥镇卫生院门诊收入…, 乡村医生人均收入…: a health body's or its doctors' own, no place's economy)
_PLACE_S_ECONOMY = r"(?:(?!卫生|医|中心|服务站)[\u4e00-\u9fff]){0,6}?(?:产值|产量|(?<!低)(?<!医疗)(?<!业务)收入|种植面积|存栏|出栏|接待游客)"
# (，同比增长15%, 比2021年增加了11万元, 户均年增收3600元: how the place's figure grew)
_PLACE_S_GROWTH = r"^(?:同比|环比|(?:比|较)[^，。；]{0,14}?)(?:增长|增加|提高|翻|增产|增收|多了?)|^(?:户均|人均)年?(?:增收|收入)"
_PLACE_OPENS = re.compile(
    r"^(?:(?:[\u4e00-\u9fff]{0,10}?(?:县|区|市|旗))?[\u4e00-\u9fff]{1,8}?(?:村|社区|街道|镇|乡|嘎查|苏木|居民区|小区)(?=地处|位于|是|辖|有|共有|现有|常住|户籍|总?人口|总?面积|辖区|居民|全|老年人口|老龄人口|，|,|(?:(?:19|20)\d{2}年|去年|今年)?(?:人均|村集体|集体经济)|(?:(?:19|20)\d{2}年)?"
    + _PLACE_S_ECONOMY
    + r")"
    r"|(?:全村|全镇|全乡|全社区|全嘎查|该村|该社区|该街道|该镇|该嘎查|辖区内?)(?=[\u4e00-\u9fff])|(?:村里|嘎查|村子|社区)(?=共有|有|现有|常住|户籍|总?人口|(?:去年|今年)?(?:人均|村集体|集体经济)))"
    r"|^(?:这个|这座|这片|这里)?(?:有|拥有)[\d.一二三四五六七八九十百千万余多]+户人家的"  # (这个有540户人家的山村，距县城40多公里)
    r"|^[\u4e00-\u9fff]{0,8}?(?:园区|产业园|工业园|开发区|集聚区)内?(?=集聚|聚集|入驻|共有|有|现有)"  # (集聚区共有规上企业60余家: a park's firms)
)
_PLACE_CLAUSE = re.compile(
    r"^(?:(?:全|该)(?:村|镇|乡|社区|街道)|(?:两|三|四|各)(?:村|社区|嘎查)(?:均|都)?|村里|村内|村上|社区里|社区内)?(?:辖|下辖|有|共有|现有|其中|地处|位于|是|总?人口|常住|户籍)|^(?:全|该)(?:村|镇|乡|社区|嘎查)共?\d"  # (全镇辖21个行政村, 全村5个社)
    r"|^(?:村|社区|嘎查)(?:党委|党总支|党支部|两委|“两委”)(?:现)?(?:有|共有)"  # (，村里有党员45名, 村党支部有党员31名: still the place)
    r"|^(?:园区|产业园|工业园|开发区|集聚区)内?(?:集聚|聚集|入驻|共有|有|现有)"  # (，园区内集聚企业1400余家: the place's park)
    r"|" + _THAT_VILLAGE  # (，该村大力发展稻虾共养产业，面积达3000余亩: still the place)
    + r"|常住|户籍|人口|^(?:辖区|全县|全村|全镇|全区|全市)?(?:\d+[—\-－~～至]\d+岁)?适龄(?:妇女|儿童|人群|老人)(?:约|近|有|共)?\d|面积|平方公里|占比|约占|^(?:\d+(?:周)?岁以上的?)?(?:独居|空巢|留守|高龄|失能)[^，。；]{0,6}?老(?:年)?人(?:有|约|近|超)?\d|人均(?:纯|可支配)?收入|集体经济收入|\d+(?:\.\d+)?万?余?多?(?:户|亩)|^(?:[\u4e00-\u9fff]{0,10}?(?:村|嘎查|社区|镇|乡))?(?:(?:19|20)\d{2}年)?"
    + _PLACE_S_ECONOMY
    # (how the place's figure grew; 全村近八成农户种茶: its share)
    + r"|"
    + _PLACE_S_GROWTH
    + r"|^(?:背靠|紧邻|毗邻|坐落|地处)|^以[^，。；]{1,24}为主|^(?:村里|村上|全村)的[\u4e00-\u9fff]{1,10}?(?:有|共有|现有)|^(?:全村|全镇|该村)?(?:近|约|超|逾)?[一二三四五六七八九]成(?:以上)?的?(?:农户|村民|居民|群众|家庭|人口)"
    r"|^\d+岁以上[\u4e00-\u9fff]{0,4}占|^[\u4e00-\u9fff]{1,6}(?:群众|人口|老人)占"  # (，60岁以上老人占三成多: its people's make-up)
    # (，留守老人约400人, 其中脱贫户126户: the groups of its people)
    r"|^(?:其中)?(?:全村|全镇|该村|村里|辖区)?(?:留守|独居|空巢|高龄|失能|外出务工|脱贫|低保|残疾)[\u4e00-\u9fff]{0,6}?(?:约|近|有|共|达|超过?)?\d"
    r"|^(?:其中)?(?:[\u4e00-\u9fff]{2,6}(?:街道|社区|村)?辖区)?\d+岁(?:以上|及以上)的?(?:老人|老年人|居民)(?:约|近|有|共|达|超过?)?\d"  # (，60岁以上老人1400余人, 某街道辖区60岁以上…)
    # (全村现有420户，党员29名: a bare item of the list, with no subject or verb of its own)
    r"|^(?:距|离)(?:县城|城区|市区|镇区|镇上|乡镇|镇政府|乡政府|卫生院|医院)"  # (，距县城约90公里，全村460户…)
    r"|^(?:党员|村民小组|村民组|自然村|网格|小区|楼栋|党小组|党支部|耕地|人口|村民|居民|常住人口|户籍人口)(?:约|近|有|共|达)?\d+(?:\.\d+)?万?[余多]?[\u4e00-\u9fff]{1,2}[。！？；]?$"
)
# 湄潭是全国重点产茶县, 某镇地处…: a county's or a town's name, then what it is
_PLACE_IS = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8}?)(?:是|地处|位于|辖|下辖|共辖|总?面积|总?人口)")


def _opens_on_a_place(opener: str) -> bool:
    opener = _PLACE_TIME.sub("", opener)  # (2022年全村中药材收入…: the place after the year it tells of)
    if re.match(r"^[\u4e00-\u9fff]{0,12}?(?:卫生院|医院|中心|卫生室)(?:服务|覆盖|承担|辐射)", opener):
        return False  # 卫生院服务全镇人口约6.1万人: the health body's own people it serves, not a place opening
    if _PLACE_OPENS.match(opener):
        return True
    place = _PLACE_IS.match(opener)
    return bool(place) and (is_place_name(place["place"]) or is_town(place["place"]))


# 卫生院承担着…, 中心卫生院服务人口3.8万人: the report's health body, after the place it serves
_BODY_OPENS = re.compile(r"^(?:我院|该院|本院|[\u4e00-\u9fff]{0,4}?(?:医院|卫生院|中心))(?:党委|党总支|党支部|团队|家庭医生团队|党员|医生|医护人员)?(?=承担|服务|负责|覆盖|组建|组织|派出|开展|为|今年|去年|累计|先后|共|现有|有)")
_PLACE_ECONOMY_OPENS = re.compile(
    r"^(?:(?:19|20)\d{2}年|去年|今年|目前|如今)?(?:[\u4e00-\u9fff]{1,8}?(?<![乡农驻进下])(?:村|嘎查)|村里|村上|全村|该村|村集体)(?:(?:19|20)\d{2}年)?" + _PLACE_S_ECONOMY
)
# …，同比增长58%, …，村集体经营性收入达到42万元: the place's economy goes on (and nothing else with a figure)
_PLACE_ECONOMY_GOES_ON = re.compile(_PLACE_S_GROWTH + r"|^(?:(?:19|20)\d{2}年|去年|今年)?(?:村集体|集体经济)|^(?:(?:19|20)\d{2}年|去年|今年)?" + _PLACE_S_ECONOMY)
_PLACE_TIME = re.compile(r"^(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|去年|今年|目前|如今)(?=全|该|[\u4e00-\u9fff]{1,8}?(?:村|嘎查))")
_PLACES_MAKE_UP = re.compile(_PLACE_S_ECONOMY + r"|常住|户籍|人口|(?:^|[，,])(?:辖区|全县|全村|全镇|全区|全市)?(?:\d+[—\-－~～至]\d+岁)?适龄(?:妇女|儿童|人群|老人)(?:约|近|有|共)?\d|面积|平方公里|边境线|海拔|人均(?:纯|可支配)?收入|集体经济收入|\d+(?:\.\d+)?万?余?多?(?:户|亩)|(?:有|共有)?(?:居民|村民|牧民)(?:约|近|共)?\d|占比|约占|占全|老人占|老年人占|\d+岁以上(?:的)?(?:老人|老年人)(?:近|约|超|有)?\d|\d+个(?:行政村|自然村|村|社区|乡镇)"
    r"|(?:有|共有|[、，,])[\u4e00-\u9fff]{0,6}(?:企业|商户|个体工商户|从业人员|务工人员)(?:约|近|共|逾|超)?\d")  # (某镇有电商企业6000余家、从业人员3万多人; 园区内集聚企业1400余家、务工人员逾8万人)
# 县域总人口170余万, 辖区10个行政村均为边境村: what a place holds, after what it is
_LATER_MAKE_UP = re.compile(r"^(?:县域|全县|全镇|全乡|全村|全区|辖区|该县|该镇)内?(?:共有|共|现有|有|辖|下辖)?(?:总人口|户籍人口|常住人口|人口|\d+(?:\.\d+)?万?余?多?个(?:乡镇|镇|乡|行政村|村|社区|自然村))")


_HEALTH_BODY_NAMED = re.compile(r"卫生院|医院|卫生服务中心|卫健|卫生健康")


def _off_the_subject(case: CaseData) -> bool:
    body = "\n".join(p for s in case.sections for p in s.paragraphs)
    if 3 <= len(case.title) <= 12 and is_institution_name(case.title) and case.institution.name.endswith(case.title) and not _HEALTH_BODY_NAMED.search(body):
        return False  # 吴北村：村集体流转河滩地…: a round-up's entry under its unit's own label, naming no other body, is the unit's
    opening = case.title + re.split(r"[。！？]", body, maxsplit=1)[0]
    acts = bool(case.institution.name) and case.institution.name in opening
    serves = re.search(r"服务|义诊|健康|医疗|签约|帮扶|关爱|诊疗|就医", case.title + body)
    party_work = re.search(r"党|支部|办实事|志愿|先锋|红色|共建|结对", case.title + body)
    if len(case.metrics) <= 1 and not (acts and serves) and not party_work:
        return True  # a health tip, a flood drill of the page: nothing of party work or of serving people by the one acting
    if case.institution.kind in ("government", "other") and not party_work:
        return True  # 某区启动冬季供暖“回头看”，共排查供热管网46公里: a government's work of another kind
    if NO_INSTITUTION in case.warnings and not case.metrics and len(body) < 80:
        return True  # 本报讯 全市组织系统业务培训班在市委党校开班。: a brief of the page naming no one, with nothing counted
    return NO_INSTITUTION in case.warnings and not re.search(r"党|群众|居民|患者|健康", case.title + body)


def _title_from_body(sections: list[SectionData]) -> str:
    """A copy with no headline: its first subheading, else its first sentence's opening clause."""
    heading = next((s.heading for s in sections if s.heading), "")
    if heading:
        return heading
    first = next((p for s in sections for p in s.paragraphs), "")
    clause = re.split(r"[。！？]", first, maxsplit=1)[0]
    return clause if len(clause) <= 40 else clause[:40] + "…"


# 徐州医科大学附属医院, 南昌大学第二附属医院: a university's hospital, named by its university's city or province
_UNIVERSITY = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8}?)(?:医科大学|中医药大学|医学院|中医学院|大学)(?=[\u4e00-\u9fff]*医院$)")


def _university_hospital_s(name: str, region, page_text: str):
    """A university's hospital stands in its university's city, not in a county its report names (its
    experts' destination): the place its university's name opens with, else the text's city alone
    (unless the text says where the hospital stands, or its name names a place of its own: 某医科大学附属沭阳医院)."""
    university = _UNIVERSITY.match(name)
    if not university or gazetteer.locate(name).district or gazetteer.place_mentions(name[university.end() :]):
        return region
    seat = re.search(_SEAT.format(name=re.escape(name)), page_text) or re.search(r"位于[^，。；\n]{2,16}?的" + re.escape(name), page_text)
    if seat:
        return region
    # (吉林大学: a university named after its province, where a city shares the province's short name)
    own = gazetteer.named_short(university["place"])
    own = own if own.province else gazetteer.province_by_short(university["place"])
    if own and own.province and not own.district:
        return own  # (not 南华大学 of 南华县's name)
    if region.district:
        return gazetteer.RegionPath(province=region.province, city=region.city, code=region.code[:4] if region.code else None)
    return region


def _more_specific(case_region, page_region):
    """The case's own place, or the page's where it is that place, more precisely (宁海路街道 in
    南京 on 南京市鼓楼区人民政府's site: 鼓楼区); the page's alone where the case names none."""
    if case_region is None:
        return page_region
    if page_region and page_region.province == case_region.province and case_region.city in (None, page_region.city):
        deeper = (page_region.district is not None, page_region.city is not None) > (case_region.district is not None, case_region.city is not None)
        return page_region if deeper else case_region
    return case_region


# 浙江省湖州市安吉县…: a province and its city before a county (not a city's district: 成都市郫都区…)
_PROVINCE_AND_CITY = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:省|自治区)[\u4e00-\u9fff]{2,9}?(?:市|地区|自治州|州|盟)(?=[\u4e00-\u9fff]{1,8}?(?:县|旗|市)[\u4e00-\u9fff])")


def _is_county(name: str) -> bool:
    """安吉县, 互助县: a county-level division named whole (not 番禺区市, a district and a street's first character)."""
    district = gazetteer.locate(name).district
    return bool(district) and gazetteer.short_name(district) == gazetteer.short_name(name)


def _from_its_county(name: str) -> str:
    """浙江省湖州市安吉县中医医院 -> 安吉县中医医院: a name printed with its province and city before a
    county is filed from the county, as editors do (the region keeps the province and the city)."""
    chain = _PROVINCE_AND_CITY.match(name)
    if not chain or not gazetteer.locate(chain.group(0)).city:
        return name
    rest = name[chain.end() :]
    county = next((rest[:k] for k in range(2, min(len(rest), 10) + 1) if rest[:k].endswith(("县", "旗", "市")) and _is_county(rest[:k])), "")
    return rest if county and len(rest) > len(county) else name


def _paper_place(paper: str, page_text: str):
    """侯镇卫生院 in 寿光日报, whose report says 地处寿光北部: a local paper's place, where the text
    names it too (光明日报 is no paper of 光明区). A county's own outlet (临桂报, 温岭新闻网, 沂南周报,
    某县融媒体中心) reports on its county whether or not the text names it again."""
    stem = _PAPER_ENDING.sub("", paper)
    place = gazetteer.named_short(stem) if len(stem) >= 2 else None
    if not place or not place.province:
        return None
    county_outlet = place.district is not None and _COUNTY_OUTLET.search(paper) and stem not in _NATIONAL_PAPERS_NAMED_LIKE_A_DISTRICT
    return place if county_outlet or stem in page_text.replace(paper, "") else None


_PAPER_ENDING = re.compile(r"(?:日报|晚报|都市报|周报|报|新闻网|发布|融媒|融媒体中心|广播电视台)$")
_COUNTY_OUTLET = re.compile(r"(?<!晚)(?:日报|周报|(?<!日)报|新闻网|发布|融媒|融媒体中心|广播电视台)$")  # (宝安日报: a district's own daily)
# 光明日报, 新华日报, 解放日报: national and provincial dailies whose names a district shares
_NATIONAL_PAPERS_NAMED_LIKE_A_DISTRICT = frozenset({"光明", "新华", "解放", "人民", "工人", "农民", "法治", "经济", "科技", "中国", "青年", "东方", "滨海", "中原", "江南", "南方", "北方", "长江", "黄河", "珠江", "海峡"})


def _region_named_in(text: str):
    """The most specific place the text names, where every mention agrees with it; else None."""
    text = gazetteer.without_destinations(text[:20_000])  # (where a report says it is, it says early: a page may run to megabytes)
    paths = []
    settle = cache(lambda place: gazetteer.locate(place, context=text))  # each shared name settled once
    for place, candidates in gazetteer.place_mentions(text):
        # 南京市鼓楼区: a name shared by several cities is the one in a city already named, or
        # the one whose province or city the text names (江北区 … 发表于重庆)
        inside = [c for c in candidates if any(c.province == p.province and c.city == p.city and p.district is None for p in paths)]
        settled = settle(place) if len(candidates) > 1 and not inside else None
        if len(candidates) == 1 or len(inside) == 1:
            paths.append(candidates[0] if len(candidates) == 1 else inside[0])
        elif settled and settled.code in {c.code for c in candidates}:
            paths.append(settled)  # (one of the readings, not only what they share)
    if not paths:
        return None
    best = max(paths, key=lambda p: (p.district is not None, p.city is not None))
    agree = all(p.province == best.province and p.city in (None, best.city) for p in paths)
    if agree and len({p.district for p in paths if p.district}) > 1:
        # two counties of one city named (the village visited, the firm's own): only the city is sure
        return gazetteer.RegionPath(province=best.province, city=best.city, code=best.code[:4] if best.code else None)
    return best if agree else None


def _acting_institution(name: str, body: str) -> str:
    """A title that names only a place (某县：…) is about the body the text keeps naming.

    Of the institutions named after that place, the place's own authority (its 卫健委) stands
    for it before any one hospital under it; a name must recur (three times) to count. Else the
    institution the report opens with, as the subject of its first sentence, is the one.
    """
    if name.endswith("乡"):
        # 拉乌乡：… over 拉乌彝族乡党委…: an ethnic township's short name, as the body prints it in full
        bare = gazetteer.without_leading_places(name)
        ethnic = re.search(re.escape(bare[:-1]) + r"(?:(?![各民])[\u4e00-\u9fff]{1,4}?族){1,3}乡(?![亲村])", body) if len(bare) >= 3 else None
        name = name[: len(name) - len(bare)] + ethnic.group(0) if ethnic and is_town(ethnic.group(0)) else name
    if re.search(r"(?:镇|乡|街道|苏木)$", name):
        return _town_s_body(name, body)
    if institution_kind(name) != "government" and not is_place_name(name):
        return name  # an institution's label
    mentions = [m.name for m in institution_mentions(body) if institution_kind(m.name) != "government"]
    forms = canonical_forms(mentions)  # 乌兰宝力格嘎查 again and again: the 某旗某苏木乌兰宝力格嘎查 printed once
    mentions = [forms[m] for m in mentions]
    first = _first_sentence(body)
    # (the body whose work the opening scene shows before the one it walks into: …这是某县卫健委…的缩影)
    at = body.find(first)
    opening = [m.name for m in sorted(institution_mentions(first), key=lambda m: not (at >= 0 and epitome_of(body, m.start + at, m.end + at)))]
    for start in range(len(name) - 1):
        place = name[start:]
        if len(place) < 2:
            break
        named = [m for m in mentions if place in m]
        # 长治市潞州区：… -> the form that opens with the heading's place as printed, if the text has it
        counts = Counter(_as_headed(m, name, named) for m in named)
        recurring = [n for n, count in counts.items() if count >= 3]
        if recurring:
            return max(recurring, key=lambda n: (institution_kind(n) == "health_commission", counts[n]))
        subject = next((m for m in opening if place in m and institution_kind(m) != "government"), None)
        if subject:
            return _as_headed(subject, name, named)
        if len(counts) == 1 and sum(counts.values()) >= 2:
            return next(iter(counts))  # 新巴尔虎右旗：… on its one 嘎查, named twice, whatever else it names in passing
        if counts:
            break
    # No institution carries the heading's place: the one the report opens with, if any (某县：…
    # 某乡卫生院党支部…); else the place itself, whose government acts.
    return next((m for m in opening if institution_kind(m) != "government"), name)


# 某镇中心卫生院是某县人民医院医共体某分院, 作为…医共体某分院，某镇中心卫生院…, 某县总医院某分院（某镇卫生院）:
# a 医共体's branch and the health centre it is, the name a report files it under
_CENTRE = r"[\u4e00-\u9fff]{2,30}?(?:中心卫生院|卫生院|社区卫生服务中心)"
_BRANCH = r"(?:医共体|医联体|医疗集团|总医院|分院)?(?P<branch>[^\W\d_医共体]{2,6}分院)"
_IS_THE_BRANCH = (
    re.compile(r"(?:^|(?<=[，。；！？\n]))(?P<unit>" + _CENTRE + r")(?:是|即|为|作为)[\u4e00-\u9fff]{2,24}?" + _BRANCH),
    re.compile(r"作为[\u4e00-\u9fff]{0,24}?" + _BRANCH + r"[，,](?P<unit>" + _CENTRE + r")(?=党|今年|去年|近年|在|把|以|坚持)"),
    re.compile(_BRANCH + r"[（(](?P<unit>" + _CENTRE + r")[）)]"),
    re.compile(r"(?P<unit>" + _CENTRE + r")[（(](?:医共体|医联体)?" + _BRANCH + r"[）)]"),  # 湖山乡卫生院（医共体湖山分院）
)


def _branch_s_centre(branch: str, body: str) -> str:
    """永兴分院 over 作为某县人民医院医共体永兴分院，永兴镇中心卫生院党支部…: the health centre the branch is."""
    for pattern in _IS_THE_BRANCH:
        for told in pattern.finditer(body):
            if branch.endswith(told["branch"]) and not told["unit"].endswith(branch):
                return told["unit"]
    return ""


_BARE_TOWN_AUTHORITY_ACTS = re.compile(r"(?:^|[，。；！？\n])(?:近年来，|今年以来，)?(?:街道|镇|乡)(?:党工委|党委)(?!相关|负责人|副?书记|副?主任)")
_SPEAKS_OF_IT = re.compile(r"(?:相关)?(?:负责人|副?书记|副?主任)[\u4e00-\u9fff]{0,4}?(?:表示|说|介绍|称)")
_TOWN_AUTHORITY = re.compile(r"(?:镇|乡|街道|苏木)?(?:党委|党工委|人民政府|政府|办事处|党政)")


def _town_s_body(town: str, body: str) -> str:
    """会川镇：… over a report in which the town's health centre acts (会川镇中心卫生院党支部…) and
    the town's own committee or government never does: the health centre. Else the town acts."""
    # (于都县梓山镇：… over 梓山镇卫生院…: the town's own name, without its county)
    bare = without_short_places(gazetteer.without_leading_places(town))
    stem = re.sub(r"(?:镇|乡|街道|苏木)$", "", bare)
    if len(stem) < 2:
        return town
    # (not 某街道党工委相关负责人表示…: the town's officer who speaks of the unit's work, no deed of the town's)
    if any((acts := _TOWN_AUTHORITY.match(body, at.end())) and not _SPEAKS_OF_IT.match(body, acts.end()) for at in re.finditer(re.escape(stem), body)):
        return town
    if _BARE_TOWN_AUTHORITY_ACTS.search(body):
        return town  # (…。街道党工委统筹建立…: the town's own committee acting, by its level's word alone)
    ours = [m.name for m in institution_mentions(body) if stem in m.name and institution_kind(m.name) in HEALTH_KINDS]
    # (某镇中心卫生院是某县人民医院医共体某分院: the branch is the centre, by the name it goes by)
    ours = [(_branch_s_centre(name, body) or name) if name.endswith("分院") else name for name in ours]
    forms = canonical_forms(ours)
    counts = Counter(forms[m] for m in ours)
    if counts and counts.most_common(1)[0][1] >= 2:
        body_s = counts.most_common(1)[0][0]
        return town + body_s[len(bare) :] if body_s.startswith(bare) else body_s  # (as the heading places it)
    # 湖南路街道：医院党支部结对社区 on a district's portal, over a report whose first sentence is a
    # hospital's (the street only the address of the community it pairs with): the street's column
    # on the portal, not who acts
    mentions = institution_mentions(body)
    spans = [(m.start, m.end) for m in mentions if stem in m.name and m.name != bare and not m.name.endswith(bare)]
    only_an_address = all(any(start <= at.start() and at.end() < end for start, end in spans) for at in re.finditer(re.escape(bare), body))
    opening = institution_mentions(_first_sentence(body))
    if opening and bare not in opening[0].name and institution_kind(opening[0].name) in HEALTH_KINDS and only_an_address:
        return opening[0].name
    # 道里区新阳路街道：“红色物业”… over a report on one of its communities (家住某街道安升社区…，安升社区是…，
    # 社区党委推动…), the street never acting: that community, as the body prints it most fully
    units = {m.name[m.name.index(bare) + len(bare) :] for m in mentions if bare in m.name and not m.name.endswith(bare) and institution_kind(m.name) == "community"}
    if only_an_address and len(units) == 1:
        unit = units.pop()
        again = len(re.findall(re.escape(unit) + r"(?:党委|党总支|党支部|居委会|是|有|现有|辖区|把|推动|组织)", body))
        if len(unit) >= 3 and again >= 1:
            return town + unit
    return town


def _town_under(place: str, title: str, body: str) -> str:
    """厦门思明：鹭江街道党建联盟打造…: a county's heading over a title that opens with one of its
    towns or streets is about that town, named as fully as the body prints it; over a title that
    opens with a kind of institution (天水麦积：社区卫生服务中心党员…), about the one the body names."""
    if institution_kind(place) == "government" or is_place_name(place):
        opening = institution_mentions(title)
        if opening and opening[0].start == 0:
            # 湖北麻城：龟山镇卫生院党支部…: the institution the title opens with, as the body prints it
            fuller = [m.name for m in institution_mentions(body) if m.name.endswith(opening[0].name)]
            return max(fuller, key=len, default=opening[0].name)
        generic = re.sub(r"^(?:乡镇|基层|县级|市级|区级|街道)", "", title)  # 乡镇卫生院党支部“送医上山”
        kind = next((suffix for suffix in _GENERIC_OPENINGS if generic.startswith(suffix)), "")
        named = [m.name for m in institution_mentions(body) if m.name.endswith(kind)] if kind else []
        if named:
            return max(named, key=len)
        if not institution_mentions(title) and not re.search(r"(?:镇|乡|街道|苏木)$", place):
            # 贵州瓮安：山乡小镇织密“健康网” over 瓮安县银盏镇党委把…: the one town that acts
            towns = Counter(m.name for m in place_mentions(body))
            if len(towns) == 1:
                return next(iter(towns))
    town = re.match(r"^[\u4e00-\u9fff]{2,4}?(?:镇|乡(?!村)|街道)", title)  # (下营镇：党建引领乡村治理…: no 党建引领乡)
    if not (institution_kind(place) == "government" or is_place_name(place)) or not town or not is_town(town.group(0)):
        return place
    return fullest_place(town.group(0), body)


_GENERIC_OPENINGS = ("社区卫生服务中心", "中心卫生院", "卫生院", "人民医院", "中医院", "中医医院", "妇幼保健院", "卫健局", "卫健委")


def _as_headed(mention: str, place: str, named: list[str]) -> str:
    """The institution as the heading places it: 某市某区：… and 某省某市某区卫生健康局
    -> 某市某区卫生健康局 (the heading's place, then the rest of the printed name); a heading
    in short forms (天水麦积：…) leaves the name as the body prints it."""
    if place not in mention or not place.endswith(("省", "市", "区", "县", "旗", "州", "盟")):
        return mention
    return mention[mention.index(place) :]


def _first_sentence(body: str) -> str:
    """The report's first sentence, past the openings (近年来，…) and a resident's words (“…！”) that carry no subject."""
    first = re.sub(r"^“[^“”]{0,120}”", "", body.split("\n")[0].strip())
    for sentence in re.split(r"(?<=[。！？])", first):
        clause = re.sub(rf"^(?:{OPENERS})，", "", sentence.strip())
        if len(clause) > 8:
            return clause[:40]
    return ""
