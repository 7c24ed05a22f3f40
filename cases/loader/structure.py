"""The shape of an article: its showcase metadata, its cases, and each case's sections.

Three shapes of source are read (see the module docstrings of blocks and metadata):
- special-column pages in Markdown-ish text, several institutions' cases under #/##/### headings;
- e-paper page dumps: a list of the page's headlines, the edition and date, then one article;
- news-portal articles: breadcrumb, title, date and 来源 line, body, (责编).

Print layout breaks text in ways an editor would repair by hand; the repairs here are general
rules about that layout: a paragraph that stops mid-sentence continues in the next one; a short
line standing where a photo stood is its caption; (上接…版) text continues the case left
unfinished; a section whose headings run in parallel with another case's belongs to it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from institutions import gazetteer

from . import furniture, names
from . import metadata as meta
from .blocks import Block, to_blocks
from .metrics import extract_metrics, parse_number
from .entities import _ORDINAL_PREFIX, BRANCH_DEPARTMENT, PARTY_ORGANISATION_ENDING, guest_s_unit, institution_kind, is_institution_name, is_person_name, split_institution_title, suffix_of
from .types import ShowcaseData
from .vocabulary import HEALTH_BODIES, HEALTH_KINDS, INSTITUTION_SUFFIX as _INSTITUTION_SUFFIX, NEVER_IN_NAME, NOT_A_VILLAGE, OFFICES, OTHER_TRADE_BODIES, OUTLET, find_date

TERMINAL = "。！？!?…”」』）)；;：:"
_LEADING_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,7}?(?:省|自治区|市|自治州|盟|(?<!社)区|县|旗)(?=[\u4e00-\u9fff]{2})")
_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{2,8}(\s+[\u4e00-\u9fff]{2,8})+$")


@dataclass
class Paragraph:
    text: str
    block: Block | None = None

    @property
    def dangles(self) -> bool:
        """Stops mid-sentence: the layout broke it, and its rest is elsewhere."""
        return bool(self.text) and self.text[-1] not in TERMINAL


@dataclass
class RawSection:
    heading: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class RawCase:
    title: str
    institution: str = ""
    sections: list[RawSection] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    byline: str = ""
    contributor: str = ""
    credits: str = ""
    warnings: list[str] = field(default_factory=list)
    items: list[Block] = field(default_factory=list)  # body blocks before they are read into sections
    body_institution: str = ""  # the institution the body names most, where the heading names none
    subtitle_lines: list[str] = field(default_factory=list)  # lines under the headline (副题)
    named_by_label: bool = True  # the institution heads the heading as a label (机构：标题), not as a sentence's subject

    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]

    def last_paragraph(self) -> Paragraph | None:
        for section in reversed(self.sections):
            if section.paragraphs:
                return section.paragraphs[-1]
        return None

    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs())


@dataclass
class Layout:
    showcase: ShowcaseData
    cases: list[RawCase]
    owner: str = ""  # whose house paper or site the page is
    content: str = ""  # the page without its furniture: what it prints of its own reports
    notes: str = ""  # the editors' notes over the page (编者按), set aside from its reports


_FOREIGN_NAME_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])[\s\u3000]+(?:[A-Za-z][A-Za-z'’.&\-\s]{5,}|[\uac00-\ud7af][\uac00-\ud7af\s]{2,})$")
# ᠬᠣᠷᠴᠢᠨ…, བོད་ལྗོངས་…, شىنجاڭ…, 연변일보, ꆈꌠ…: a masthead's name in a minority script on a line of its own
_NAME_IN_ANOTHER_SCRIPT = re.compile(r"[\u1800-\u18af\u0f00-\u0fff\u0600-\u06ff\uac00-\ud7af\ua000-\ua4cf][\u1800-\u18af\u0f00-\u0fff\u0600-\u06ff\uac00-\ud7af\ua000-\ua4cf\u202f\u200c\u200d\s]{2,}")


class NoCaseFound(ValueError):
    pass


# ---------------------------------------------------------------------------------------------
# Entry point


# 首页 上一页 1 2 下一页 尾页, ——第2页——, 第2页: a portal's bar between the pages of one article
_PAGE_BAR = re.compile(r"上一页[\s\d]*[2-9][\s\d]*下一页|^[—\-－\s]*第\s*[2-9]\s*页[—\-－\s]*$")  # (上一页 第03版 下一页: an e-paper's pages)


def _pages_of_one_article(blocks: list[Block]) -> list[Block]:
    """A report a portal splits over pages, each page reprinting the site's head, the headline and its dateline
    after the bar of page links: the pages joined, the head and bar between them dropped (a tail marker under
    the first page's bar, 编辑推荐, would end the report there and lose the pages after it)."""
    for index, block in enumerate(blocks):
        if not _PAGE_BAR.search(block.text) or len(block.text) > 40:
            continue
        head = [b.text.strip() for b in blocks[: min(8, index)]]  # (the first page's head: site, headline, dateline)

        def in_head(line: str) -> int | None:
            # (2023-10-16 来源：某镇 reprinted without the first page's 【大 中 小】【打印】: the same line)
            return next((k for k, printed in enumerate(head) if line == printed or (len(line) >= 10 and printed[:10] == line[:10])), None)

        again = next((j for j in range(index + 1, min(len(blocks), index + 16)) if blocks[j].text.strip() in head and 6 <= len(blocks[j].text.strip()) <= 60 and not blocks[j].text.strip().endswith("。")), None)
        # (the head reprinted: the headline with the line over or under it, as the first page printed them; not
        # a list of related headlines that holds the report's own)
        reprinted = again is not None and any(
            0 <= at < len(blocks) and in_head(blocks[at].text.strip()) is not None and abs(in_head(blocks[at].text.strip()) - head.index(blocks[again].text.strip())) == 1
            for at in (again - 1, again + 1)
        )
        if not reprinted or not any(b.text.strip().endswith(("。", "！", "？", "”")) for b in blocks[again + 1 : again + 6]):
            continue
        after = again + 1
        while after < len(blocks) and (in_head(blocks[after].text.strip()) is not None or furniture.PAGE_NUMBER.pattern.match(blocks[after].text.strip())):
            after += 1  # (the dateline and 来源 line reprinted under it, the page's number)
        return blocks[:index] + _pages_of_one_article(blocks[after:])
    return blocks


def read_layout(text: str) -> Layout:
    blocks = _the_answer_of_a_question_page(_unit_decks_as_labels(_pages_of_one_article(to_blocks(text))))
    blocks = [b for i, b in enumerate(blocks) if i >= 4 or not _NAME_IN_ANOTHER_SCRIPT.fullmatch(b.text.strip())]
    for block in blocks[:1]:
        # 某县人民医院　CHENGGU COUNTY PEOPLE'S HOSPITAL, 某市妇幼保健院 연길시…: a masthead's name in another script
        foreign = _FOREIGN_NAME_AFTER.search(block.text)
        if foreign and names.names_whole(block.text[: foreign.start()].strip()):
            block.text = block.text[: foreign.start()]
    info = meta.PageInfo()
    content = _strip_furniture(blocks, info)
    notes = _editors_notes(blocks)
    # (（某县某镇卫生院 供稿）: the unit that sent its own report in, its name printed in full, for the naming to read;
    # not a commission sending its units' reports, whose county is no part of their names)
    sent_in = [m["name"] for b in blocks if (m := _SENT_IN_BY.match(b.text.strip())) and names.names_whole(m["name"]) and institution_kind(m["name"]) not in ("health_commission", "government")]
    content_text = "\n".join([*notes, *(b.text for b in content), *sent_in, *info.card_mottos])  # (before the split rewrites its lines)
    if any(b.is_heading for b in content):
        cases = _split_marked(content, info.showcase)
        plain = False
    else:
        cases = _split_plain(content, info)
        plain = True
    cases = [brief for c in cases if c.items or c.sections for brief in _signed_briefs(c)]
    body_indent = _body_indent(content)
    for case in cases:
        _read_sections(case, info.showcase, plain=plain, body_indent=body_indent)
    if not _holds_text(cases) and any(_is_body_text(b.text) for b in content):
        # the split kept no report where the page prints one (its paragraphs read as the lead-in to a
        # list of entries with nothing under them): the page is one report, not a refused file
        cases = [RawCase(title=info.showcase.title, items=[b for b in content if b.text != _CONTINUATION])]
        _read_sections(cases[0], info.showcase, plain=True, body_indent=body_indent)
    if not _holds_text(cases):
        raise NoCaseFound("没有找到案例正文")  # digits, marks or a few characters: nothing to read
    _attach_continuations(cases)
    _move_misplaced_sections(cases)
    for case in cases:
        _join_broken_paragraphs(case)
    _drop_duplicated_passages(cases)
    for case in cases:
        _flag_truncation(case)
        if not case.institution:
            case.body_institution = _institution_from_body(case, info.showcase)
    _page_credits(cases, info.showcase)
    if info.original_title and len(cases) == 1 and names.names_whole(cases[0].title):
        # 某县妇幼保健院 (the account's name atop a copy that prints no headline) over 原标题：《…》 at its foot
        info.showcase.title = info.original_title if info.showcase.title in ("", cases[0].title) else info.showcase.title
        cases[0].title = info.original_title
    if not info.showcase.title:
        info.showcase.title = _fallback_title(cases)
    # (访谈主题：党建引领强基层: an interview page's headline, printed under its label)
    info.showcase.title = _without_title_label(info.showcase.title)
    for case in cases:
        case.title = _without_title_label(case.title)
    owner = info.owner or (info.showcase.hosted_by if names.names_whole(info.showcase.hosted_by) and info.is_portal else "") or info.footer_owner
    if not owner and info.account_owner:
        # (the account's short name, where the report prints a body of its kind otherwise, 昌吉州… over
        # 昌吉回族自治州…, is left to the names the report prints)
        kind = institution_kind(info.account_owner)
        printed = {m.name for case in cases for m in names.institution_mentions(case.text())}
        # (the account's name printed whole in the report, beside a partner of its kind: the account's own report;
        # 于某县某镇卫生院's account over a report that says 某镇卫生院: its own name without its county)
        others = [name for name in printed if not name.endswith(info.account_owner) and not names.is_placed_form(info.account_owner, name)]
        if info.account_owner in printed or not any(institution_kind(name) == kind for name in others):
            owner = info.account_owner
    return Layout(showcase=info.showcase, cases=cases, owner=owner, content=content_text, notes="\n".join(notes))


def _holds_text(cases: list[RawCase]) -> bool:
    return any(re.search(r"[\u4e00-\u9fff]{4}", p.text) for case in cases for p in case.paragraphs())


def _editors_notes(blocks: list[Block]) -> list[str]:
    """编者按：今年以来，城阳区城阳街道…: the editors' own words over the page, set aside with its
    furniture, still say where its units are."""
    lines = [b.text.strip() for b in blocks]
    return [line for before, line in zip(["", *lines], lines) if _EDITORS_NOTE.match(line) or _EDITORS_NOTE_ALONE.match(before)]


_EDITORS_NOTE = re.compile(r"^[【\[]?(?:编者按|编者的话|核心提示|内容提要|阅读提示|导读)[】\]]?\s*[：:]|^【(?:编者按|核心提示|导读)】")


# ---------------------------------------------------------------------------------------------
# Furniture and metadata


_CONTINUATION = "continuation"
# A deck that names who acts, in full: 龙胜某镇党委打造…, 某街道党工委以党建引领…, 某县人民医院党委推进…
# (not 镇党委把支部建在…, a section's head)
_DECK_ACTOR = re.compile(
    r"^[\u4e00-\u9fff]{2,12}?(?:(?:县|区|市|旗|镇|乡|街道|苏木|医院|卫生院|中心|社区|村|嘎查)(?:党委|党工委|党总支|党支部|党组)|(?:医院|卫生院|卫生服务中心))"
    r"[\u4e00-\u9fff]{0,2}?(?:打造|以|推进|推动|探索|创新|织密|聚焦|深化|实施|开展|构建|念好|答好|用好|坚持|把|让|为)"
)
# 某中心党支部与某社区结对共建侧记: a feature's deck, under its headline
_FEATURE_DECK = re.compile(r"(?:侧记|纪实|见闻|手记|札记|特写|速写|掠影|综述)$")
_MASTHEAD_UNDER_NAME = re.compile(r"主办|总第\s*\d+\s*期|第\s*\d+\s*期|内部资料")
_EDITORS_NOTE_ALONE = re.compile(r"^[【\[]?(?:编者按|编者的话|核心提示|内容提要|阅读提示)[】\]]?$")
# 前  言 over a compilation's foreword (the compilers' words, no report), where its cases follow under their heads
_FOREWORD = re.compile(r"^前\s*言$")
# 案例一, 【案例二】…, 某县人民医院：“红色引擎”驱动发展: a compilation's case head, numbered or a unit's label
_COMPILATION_CASE_HEAD = re.compile(r"^(?:[【\[]?(?:典型)?案例[一二三四五六七八九十\d]+[】\]]?|(?:[一二三四五六七八九十]+、)?[^，。；：:]{3,24}[：:][^。；]{2,30}$)")
_SITE_AND_CHANNEL = re.compile(r"^(?P<site>[\u4e00-\u9fff]{4,30})\s*[·|｜—-]\s*(?P<channel>[\u4e00-\u9fff]{2,12})$")


# A forum poster's status and an app's banner: the short line above them is the poster's or the app's name.
_NAME_ABOVE = re.compile(r"^(?:当前离线|当前在线|打开|打开APP|打开App|立即打开|[+＋]?关注|点击(?:上方)?蓝字(?:关注我们)?)$")
# The name of an account or a poster over a copy's date line (某某发布, 某某健康播报, 某某小编).
_ACCOUNT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}(?:发布|播报|融媒|卫健|之声|在线|资讯|小编|官微|微讯|视界|号)")


_SENT_IN_BY = re.compile(r"^[（(]\s*(?P<name>[\u4e00-\u9fff]{4,24}?)(?:党委|党总支|党支部)?\s*供稿\s*[）)]$")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}")
_APP_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9+＋]{2,8}")
# (宾川健康 / 宾川县某镇卫生院 2025年04月02日 18:30 云南: its author before the date)
_ACCOUNT_DATELINE = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,20}}\s*)?(?:19|20)\d{{2}}(?:-\d{{1,2}}-\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)\s*\d{{1,2}}:\d{{2}}\s*(?:发表于)?\s*(?:{meta.PROVINCES})$")  # (… 20:15 发表于云南)
_ACCOUNT_OVER_ITS_DATE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}(?:\s[\u4e00-\u9fffA-Za-z0-9]{1,8})?")  # 上海浦东 花木


# 楼主 | 发表于 …, 2023-10-16 11:24 · 健康领域创作者, 09:33 发布于：湖南省, 2024-06-21 阅读 2033: a post's header, under its poster's name
_POSTER_MARK = re.compile(r"^(?:楼主|\d+#|沙发)?\s*[|｜]?\s*发表于|\d{1,2}[-月]\d{1,2}日?\s*阅读\s*\d|\d{1,2}:\d{2}\s*发表于|·\s*\S{0,12}(?:创作者|官方账号)|发布于[：:]?\s*[\u4e00-\u9fff]{0,6}$")


# ——某县人民医院党委 (——中共某镇委员会) under a case's title: the unit the case is about (signed under a report, it is furniture)
_UNIT_DECK = re.compile(r"^——\s*记?(?:(?P<name>[^党\W\d_]{2,30}?)(?:党委|党总支|党支部|党工委|党组)|中共(?P<committee>[^党\W\d_]{2,30}?)委员会)$")  # (——记某卫生院党支部: a feature's)


_PAGE_GUIDE = re.compile(r"^(?:本版导读|本版标题|本版目录|本期导读|(?:本版)?标题导航|版面导航|本版导航)$")
_GUIDE_ENTRY = re.compile(r"^[◎·■●◆▪•]\s*([^。！？]{4,40})$")


# 最佳答案 / 热心网友 … 回答于 … / 给你找了一篇…： / (the report pasted) / 希望能帮到你… / 其他回答（2）:
# a question-and-answer site's page, whose report is what its best answer pasted
_BEST_ANSWER = re.compile(r"^(?:最佳答案|推荐答案|满意答案|精选回答|高赞回答|优质解答|最佳回答)$")
_ANSWERER = re.compile(r"回答于|采纳率|回答者[：:]|答主|^[\u4e00-\u9fff\w]{2,16}\s*(?:★+|Lv\.?\d+|\d+级)")
_ANSWER_ENDS = re.compile(r"^(?:希望(?:能|对你|可以)?(?:帮到|有帮助|帮助)|其他\d*条?回答|其他回答|相关问题|赞同\s*\d|为您推荐|更多回答|查看全部\d*个回答|记得采纳)")


def _the_answer_of_a_question_page(blocks: list[Block]) -> list[Block]:
    best = next((i for i, b in enumerate(blocks) if _BEST_ANSWER.match(b.text)), None)
    if best is None:
        return blocks
    start = best + 1
    while start < len(blocks) and (_ANSWERER.search(blocks[start].text) and len(blocks[start].text) <= 60 or (blocks[start].text.endswith(("：", ":")) and len(blocks[start].text) <= 60 and not names.institution_mentions(blocks[start].text))):
        start += 1  # (the answerer and its words over what it pastes: 给你找了一篇…，照着这个结构写就行：)
    end = next((i for i in range(start, len(blocks)) if _ANSWER_ENDS.match(blocks[i].text)), len(blocks))
    return blocks[start:end] if end - start >= 2 else blocks


def _unit_decks_as_labels(blocks: list[Block]) -> list[Block]:
    """A booklet's case: its title, then ——某某卫生院党支部, then its text (【基本情况】…): read as
    the label 某某卫生院：title, which heads a unit wherever the page holds several."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        deck = _UNIT_DECK.match(block.text)
        title = kept[-1] if kept else None
        following = blocks[index + 1].text if index + 1 < len(blocks) else ""
        name = deck and (deck["name"] or deck["committee"])  # (——中共某县某镇委员会: the town's own committee)
        if deck and title and not title.is_heading and _reads_as_headline(title.text) and is_institution_name(name) and len(following) >= 30:
            kept[-1] = Block(text=f"{name}：{title.text}", level=title.level, indent=title.indent, gap=title.gap, lineno=title.lineno)
            continue
        kept.append(block)
    return kept


# 心系百姓 医佑于都, 传承岐黄 守护三台: a public account's motto, two short phrases
# 点击上方蓝字 关注某市第二人民医院: a public account's call to follow it, naming the account
_FOLLOW_PROMPT = re.compile(r"^(?:点击|戳)(?:上方|下方)?(?:蓝字)?\s*[，,]?\s*关注(?:我们)?\s*[：:]?\s*(?P<name>[\u4e00-\u9fff]{4,20})$")
_ACCOUNT_SLOGAN = re.compile(r"[\u4e00-\u9fff]{2,8}[\s·|｜]+[\u4e00-\u9fff]{2,8}")
_REPOST_SOURCE = re.compile(r"^以下文章来源于\s*(?P<account>[\u4e00-\u9fffA-Za-z0-9]{2,20})")
_DATE_IN_LINE = re.compile(r"(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}")
_OFFICIAL_PLATFORM = re.compile(r"[\u4e00-\u9fff]{2,20}官方(?:信息)?(?:发布|服务|宣传|政务)?平台")
_CARD_MOTTO = re.compile(r"[\u4e00-\u9fff\s·|｜]{4,16}")  # 守护某县百姓健康: the account's motto under its name (no sentence)


def _drop_name_above(content: list[Block], name: re.Pattern) -> str:
    """The line above a copy's furniture, when it is only the name of who posted it, goes with it."""
    if content and not content[-1].is_heading and name.fullmatch(content[-1].text):
        return content.pop().text
    return ""


def _drop_poster_above(content: list[Block], line: str, showcase: ShowcaseData, headline_above: bool = False) -> None:
    """Any short name over a post's header is its poster's (金沙江边的放羊娃 / 楼主 | 发表于 …), once a
    headline is above it; else only a name that reads as an account's (某某发布 / 2024-05-21 09:36),
    which published the copy (a county's 霍山发布 places its report in 霍山县)."""
    if line.endswith("官方账号") and len(content) >= 2:
        # 周口日报 / 2023-08-14 09:12河南周口日报社官方账号: a platform copy's account, under the headline
        showcase.publication = showcase.publication or _drop_name_above(content, _SHORT_NAME)
    elif _POSTER_MARK.search(line) and (len(content) >= 2 or (content and headline_above)):
        _drop_name_above(content, _SHORT_NAME)  # (the headline may be a breadcrumb's last crumb, read already)
    elif len(content) == 1 and not content[0].is_heading and 2 <= len(content[0].text) <= 12 and (content[0].text in line or (line.startswith("原创") and _SHORT_NAME.fullmatch(content[0].text) and not is_institution_name(content[0].text))):
        # 健康克山 / 原创 克山县卫健局 健康克山 2024-03-22 17:05: the account's name over its post's header, which prints it again
        # (双塔健康 / 原创 某街道社区卫生服务中心 2024年07月12日 17:30 江苏: or over a post marked 原创, the body's name
        # after it; a body's own name over its post is the page's owner, read as such)
        showcase.publication = showcase.publication or content.pop().text
    elif _ACCOUNT_DATELINE.match(line) and (len(content) == 1 or (len(content) == 2 and is_institution_name(content[-1].text) and content[-1].text in content[0].text)):
        # 越秀农林 / 2023-05-22 20:10 广东: the page opens on the public account's name, over its post's date
        # (某镇某社区：… / 某镇某社区 / 2024年05月30日 18:06 福建: a body's own account, under the headline that names it)
        showcase.publication = showcase.publication or _drop_name_above(content, _ACCOUNT_OVER_ITS_DATE)
    else:
        # (井冈山报 / 2023年07月04日 第A2版: a paper's name over its date line)
        account = _drop_name_above(content, _ACCOUNT_NAME)
        if not account and content and not content[-1].is_heading and (meta.PAPER_NAME.match(content[-1].text) or _names_a_place_s_paper(content[-1].text)):
            account = content.pop().text
        showcase.publication = showcase.publication or account


def _headline_below(lines: list[Block]) -> bool:
    """Under an account's line, past its date, a headline still comes before the report (not a
    report that opens at once: the short line atop was its own headline, not an app's name)."""
    for block in lines[:4]:
        text = block.text.strip()
        if re.match(r"(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s", text) or furniture.is_furniture(text):
            continue
        return _reads_as_headline(text) and not _is_body_text(text)
    return False


def _names_a_place_s_paper(line: str) -> bool:
    """西城报, 北京西城报: a place's short name (after its city's, maybe), then 报."""
    stem = line[:-1] if re.fullmatch(r"[\u4e00-\u9fff]{2,8}报", line) else ""
    return any(gazetteer.named_short(stem[cut:]).province for cut in (0, 2, 3) if len(stem) - cut >= 2)


def _bare_guide_entries(lines: list[Block]) -> set[int]:
    """本版导读 / 【某某】某卫生院晒实绩 / 某县召开…会 / ———————: a page's list of its headlines without bullets, a
    run of short lines closed by the page's rule (without the rule, where the list ends is unsure: none taken)."""
    entries: set[int] = set()
    for at, block in enumerate(lines):
        if not _PAGE_GUIDE.match(block.text.strip()):
            continue
        run = []
        for later in range(at + 1, min(len(lines), at + 12)):
            text = lines[later].text.strip()
            if re.fullmatch(r"[—\-－_=━─·.]{6,}", text):
                entries.update(run if len(run) >= 2 else [])
                break
            if len(text) > 40 or re.search(r"[。！？]", text) or _GUIDE_ENTRY.match(text):
                break
            run.append(later)
    return entries


def _report_begun(content: list[Block]) -> bool:
    """A paragraph of the report is already in: what follows is under the report, not over it."""
    return any(len(b.text) >= 60 and b.text.endswith(("。", "！", "？", "”")) for b in content)


def _strip_furniture(blocks: list[Block], info: meta.PageInfo) -> list[Block]:
    showcase = info.showcase
    content: list[Block] = []
    pages: set[str] = set()
    breadcrumb_at = dateline_at = None
    note_follows = in_foreword = False
    # 申报单位：… over each of several entries: a collection's unit fields, not one web form's
    collection = sum(bool(_UNIT_FIELD.match(b.text.strip())) for b in blocks) >= 2
    # 原创 某某镇卫生院 某某卫健 2025年10月28日 17:30 安徽: the author's and the account's names stand
    # again on lines of their own after it, as the account's page prints them (any such line after the header goes)
    header = next((m for b in blocks[:3] if b.text.startswith("原创") and (m := meta.ACCOUNT_HEADER.match(b.text))), None)
    account_names = {word for word in (header.string[: header.start("date")].split()[1:] if header else []) if re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2,12}", word)}
    past_header = False  # (the account's name above its header is the copy's publication)
    later_reports: list[str] = []  # headlines of the page's later reports, each over its byline
    after_account = photo_above = under_header = page_guide = dated_last = False
    page_lines = _before_tail(_without_running_heads(_without_menus(blocks)))
    card = ""  # 以下文章来源于某县人民医院 ，作者宣传科 / 某县人民医院 / 守护某县百姓健康: a repost's card of its source
    guide_entries = _bare_guide_entries(page_lines)
    for at, block in enumerate(page_lines):
        line = block.text
        if at in guide_entries:
            later_reports.append(line.strip())  # 本版导读 / 某县召开…会 / ———: the page's headlines listed without marks
            continue
        source = _REPOST_SOURCE.match(line.strip()) if not _report_begun(content) else None
        if source:
            card = source["account"]
            continue
        if card and line.strip().rstrip(".．") == card:
            continue
        if card and _CARD_MOTTO.fullmatch(line.strip()):
            following = next((b.text.strip() for b in page_lines[at + 1 :] if b.text.strip()), "")
            # (某县卫生健康局官方发布平台: a motto that says it is one, over the report's first paragraph)
            if (len(following) <= 40 and not _DATE_IN_LINE.search(following)) or (len(following) > 40 and _OFFICIAL_PLATFORM.fullmatch(line.strip())):
                info.card_mottos.append(line.strip())
                card = ""
                continue  # (not the headline, with the report's first paragraph or its date line under it)
        card = ""
        if after_account and _ACCOUNT_SLOGAN.fullmatch(line.strip()):
            after_account = False
            continue  # 于都县人民医院 / 心系百姓 医佑于都: the account's slogan under its name
        after_account = past_header and line.strip() in account_names
        # (原创 某县中医医院 2023年11月02日 17:20 广东 / 某县中医医院: the account's name again, right under its header)
        if after_account and (not names.names_whole(line.strip()) or under_header):
            continue
        under_header = header is not None and line == header.string
        past_header = past_header or under_header
        if re.match(r"^[□■]\s*(?:本报|特约|全媒体)?(?:记者|通讯员)", line) and _report_begun(content) and not content[-1].is_heading and _reads_as_headline(content[-1].text):
            # 某县：春季招商推介会签约项目11个 / □ 本报通讯员 某某 报道: another report of the page opens under its headline
            later_reports.append(content[-1].text)
        if in_foreword and not block.is_heading and not _opens_a_case(line.strip()) and not furniture.PAGE_NUMBER.pattern.match(line.strip()):
            continue  # the foreword's lines, as a PDF wrapped them, up to its page's number or the first case's head
        in_foreword = False
        if note_follows:
            note_follows = False
            continue  # the text of an 编者按 standing alone on the line above
        if dated_last and not _report_begun(content) and len(line.strip()) <= 4 and names.is_place_name(line.strip()):
            dated_last = False
            continue  # 2023-04-12 19:06 / 广州: where an app's post was sent from, on the line under its time
        dated_last = False
        handle = re.fullmatch(r"@([\u4e00-\u9fff]{4,20})(?:\s*(?:\+\s*)?关注)?", line.strip()) if not _report_begun(content) else None
        if handle and names.names_whole(handle.group(1)) and institution_kind(handle.group(1)) in HEALTH_BODIES:
            info.account_owner = info.account_owner or handle.group(1)  # @某镇卫生院 atop a video post: the body's own account
            continue
        if line in ("公众号", "微信公众号") and not _report_begun(content):
            # 某医院 / 以中医药服务守护百姓健康 / 公众号: a post's card of its account, its name and its motto
            for _ in range(2):
                above = content[-1] if len(content) > 1 else None
                if not above or above.is_heading or len(above.text) > 30 or re.search(r"[。！？]", above.text) or _ORDINAL_PREFIX.match(above.text):
                    break
                content.pop()
            continue
        if info.last_crumb and (line == info.last_crumb or re.fullmatch(re.escape(info.last_crumb) + r"\s*[/／|｜]\s*[A-Za-z][A-Za-z\s&\-]+", line)) and not _report_begun(content):
            continue  # 首页 > 基层党建 / 基层党建 (or 党群工作 / Party-masses Working): the channel's label under the breadcrumb that ends on it
        if page_guide and (entry := _GUIDE_ENTRY.match(line)):
            later_reports.append(entry.group(1))  # 本版导读 / ◎某卫生院有了…: the page's list of its headlines
            continue
        page_guide = _PAGE_GUIDE.match(line) is not None or (page_guide and furniture.is_furniture(line))
        if _EDITORS_NOTE_ALONE.match(line):
            note_follows = True
            continue
        if _FOREWORD.match(line.strip()) and any(_opens_a_case(b.text.strip()) for b in page_lines[at + 1 :]):
            in_foreword = True
            continue
        if not block.is_heading and furniture.starts_tail(line) and not _POSTER_MARK.search(line):
            continue  # 更多, 相关新闻 where no list follows (a menu's last entry): a link's label, not the report
        if block.is_heading and meta.CONTRIBUTOR.match(line):
            content.append(block)
            continue
        if len(content) == 1 and meta.EDITION.match(line) and _names_a_place_s_paper(content[0].text):
            # 北京西城报 / 第4版：社区: a district's paper, its name over its page's number
            showcase.publication = showcase.publication or content.pop().text
        if meta.read_dateline(line, showcase) or (not block.is_heading and meta.read_page_header(line, showcase)):
            account = meta.ACCOUNT_HEADER.match(line) if not _report_begun(content) else None
            # (原创 作者 某县中医医院 2023-09-12 17:30: the account's name right before the date)
            poster = account and re.search(r"(?:^|\s)([\u4e00-\u9fff]{4,20})\s*$", line[: account.start("date")])
            if poster and names.names_whole(poster.group(1)) and institution_kind(poster.group(1)) in HEALTH_BODIES:
                info.account_owner = info.account_owner or poster.group(1)  # 某市人民医院 2024年09月03日 19:48 云南: a health body's own account
            above = content[0].text if len(content) == 1 else ""
            _drop_poster_above(content, line, showcase, headline_above=bool(info.crumb_title))  # 某某健康播报 / 2024-05-21 09:36河南: the account that posted the copy
            if above and not content and _ACCOUNT_DATELINE.match(line) and names.names_whole(above) and institution_kind(above) in HEALTH_BODIES:
                info.account_owner = info.account_owner or above  # 某镇卫生院 / 2024年03月15日 08:30 贵州: a health body's own account
            if not _report_begun(content):
                dateline_at = len(content)  # (a paper's date under the report cites it: 某报 日期 第05版)
            elif _DATE_LABEL.search(line) and not content[-1].is_heading and _reads_as_headline(content[-1].text):
                info.later_dated = True  # 某中心开展… / 日期：2023-12-05 来源：…: another report's headline and labels, lower on the page
            dated_last = True
            continue
        paper = meta.PAPER_NAME.match(line) if not content else None
        if paper:
            showcase.publication = showcase.publication or paper["paper"]  # 某某导报 atop a page: its masthead
            continue
        site = _SITE_AND_CHANNEL.match(line)
        alliance = site and re.sub(r"(?:医共体|医联体|医疗集团)$", "", site["site"])
        if site and alliance != site["site"] and names.names_whole(alliance) and not _report_begun(content):
            if not re.search(r"(?:分院|卫生院|院区|服务中心)$", site["channel"]):
                info.owner = info.owner or alliance  # 某县人民医院医共体 | 新闻中心: the lead hospital's own site, whose report says 我院
                showcase.channel = showcase.channel or site["channel"]
            continue  # (某县人民医院医共体 ｜ 某分院: an alliance's site over a member's page, whose owner it is not)
        if site and names.names_whole(site["site"]):
            info.owner = info.owner or site["site"]  # 某市卫生健康委员会 · 党建专栏: the site's header
            showcase.channel = showcase.channel or site["channel"]
            continue
        if len(content) == 1 and _MASTHEAD_UNDER_NAME.search(line) and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", content[0].text):
            # 甘谷中医 / 甘谷县中医医院主办 第4期: a house paper's name over its masthead line
            showcase.publication = showcase.publication or content.pop().text
        owner = next((name for name in meta.owner_names(line) if names.names_whole(name) or names.is_town(name)), "")
        if owner and content and line.endswith(("党委", "委员会")):
            owner = ""  # 某县人民医院党委 under the page's headline: a unit's label over its entry, no masthead
        if owner:
            # 城南医院报 and 东台市城南医院主办: the fuller name of the two
            info.owner = owner if owner.endswith(info.owner) else info.owner or owner
            if line.endswith("报") and not showcase.publication:
                showcase.publication = line  # a house paper's masthead
            continue
        if not block.is_heading and meta.read_breadcrumb(line, info):
            if not _report_begun(content):
                breadcrumb_at = len(content)  # (a channel's link under the report starts nothing)
                site = showcase.publication or ""
                if not info.owner and names.names_whole(site) and institution_kind(site) in HEALTH_KINDS:
                    info.owner = site  # 某县医院 > 党建园地 > 党建动态: a health body's own site, whose report says 我院
            info.is_portal = True
            continue
        if meta.read_edition(line, showcase):
            info.is_epaper = True
            continue
        editors = meta.EDITORS.match(line)
        if editors:
            showcase.editors = [e for e in re.split(r"[、，,\s]+", editors.group(2)) if e]
            continue
        unit = meta.UNIT_LINE.match(line)
        if unit:
            field_name = {"指导单位": "guided_by", "主办单位": "hosted_by"}.get(unit.group(1))
            if field_name:
                setattr(showcase, field_name, unit.group(2).strip())
            continue
        marker = meta.PAGES.search(line)
        if marker:
            pages.add(meta.page_label(marker.group(2)))
            if marker.group(1) == "上接" and meta.PAGES.sub("", line).strip() == "":
                content.append(Block(text=_CONTINUATION, lineno=block.lineno))
                continue
            block.text = meta.PAGES.sub("", line).strip()
            if not block.text:
                continue
        if not (collection and _UNIT_FIELD.match(line)) and furniture.read_form_field(line, info.form):
            if info.form.pop("body", ""):
                content.append(Block(text=furniture.FORM_FIELD.sub("", line), lineno=block.lineno))
            continue
        original = meta.ORIGINAL_TITLE.match(line)
        if original:
            if original["label"] == "原标题":
                info.original_title = original["title"]
            else:
                info.title_field = original["title"]
            continue
        body = meta.body_after_labels(line)
        if body:
            # 发布时间：… 来源：为进一步推动…，: the page ran its labels into the first paragraph
            meta.read_labels(line[: len(line) - len(body)], showcase)
            block.text = line = body
        elif furniture.is_furniture(line):
            photo_above = bool(furniture.PHOTO_PLACEHOLDER.search(line))
            over_credit = content and len(content[-1].text) <= 40 and not content[-1].is_heading and re.search(r"\s摄(?:影)?$", line) and (meta.BYLINE.match(line) or meta.PHOTO_CREDIT.match(line))
            if over_credit and not re.search(r"\d|[一二两三四五六七八九十百千万]+[余多]?(?:名|人|个|次|场|件|面|户)", content[-1].text):
                # 某村村民在基地采收果子。 / 某某日报记者 某某 摄: the photo's caption (not 今年以来，卫生院共收到锦旗26面。,
                # a report's last sentence with the credit printed after it)
                content[-1].over_credit = True
            holder = meta.read_copyright(line, showcase)
            if holder and institution_kind(holder) in HEALTH_BODIES and names.names_whole(holder):
                info.footer_owner = holder  # 版权所有 © 某市医院: a health body's own site
            follow = _FOLLOW_PROMPT.match(line.strip()) if not _report_begun(content) else None
            if follow and names.names_whole(follow["name"]) and institution_kind(follow["name"]) in HEALTH_BODIES:
                info.account_owner = info.account_owner or follow["name"]  # 点击上方蓝字 关注某县人民医院: the body's own account
            if not content and _ACCOUNT_NAME.fullmatch(line):
                showcase.publication = showcase.publication or line  # 霍山发布 atop a copy: the account that published it
            elif len(content) == 1 and _ACCOUNT_NAME.fullmatch(line) and _APP_NAME.fullmatch(content[0].text) and not is_institution_name(content[0].text) and _headline_below(page_lines[at + 1 :]):
                # 某某壹点 / 某县融媒 / 04-12 17:42: an app's name atop the copy, over the account that posted in it
                showcase.publication = content.pop().text
            if meta.read_labels(line, showcase) and dateline_at is None and showcase.date:
                dateline_at = len(content)
            elif _report_begun(content) and _DATE_LABEL.search(line) and content[-1].is_heading is False and _reads_as_headline(content[-1].text):
                info.later_dated = True  # 某中心开展… / 日期：2023-12-05 来源：…: another report's headline and labels, lower on the page
            if re.search(r"上一版|下一版", line):
                info.is_epaper = True
                if re.match(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}", line):
                    showcase.date = showcase.date or find_date(line)  # 2024/06/18 < 上一版 下一版 >: the page's date beside its navigation
            if _NAME_ABOVE.match(line):
                _drop_name_above(content, _SHORT_NAME)  # 某某小编 / 当前离线, 某某云端 / 打开: a poster's or an app's name
            elif re.match(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}", line) or _POSTER_MARK.search(line):
                showcase.date = showcase.date or find_date(line)  # 2024-05-21 09:36河南: a post's time
                _drop_poster_above(content, line, showcase, headline_above=bool(info.crumb_title))  # the account that posted it, on the line above
            continue
        block.under_photo, photo_above = photo_above, False
        content.append(block)
    if pages:
        showcase.pages = meta.pages_span(pages)
    if not info.footer_owner or not showcase.publication:
        # 下一篇：… / 版权所有：某市中医医院: the site's footer, below the page's tail, names whose site it is
        # (and the page's publication, where 来源：党办 named only the site's own office)
        for block in blocks[-8:]:
            holder = meta.read_copyright(block.text, showcase)
            if holder and not info.footer_owner and institution_kind(holder) in HEALTH_BODIES and names.names_whole(holder):
                info.footer_owner = holder

    if info.is_epaper and dateline_at is not None:
        # On an e-paper page everything above the date is the page's list of headlines.
        info.headlines = [re.sub(r"^[·•▪●◆■]\s*", "", b.text) for b in content[:dateline_at] if not b.is_heading]  # (·某镇卫生院…: a list's bullet)
        content = content[dateline_at:]
    elif info.is_portal and breadcrumb_at is not None:
        # Above the breadcrumb: the site's own header, whose name may be an institution's.
        owner = next((b.text for b in content[:breadcrumb_at] if names.names_whole(b.text)), "")
        info.owner = info.owner or owner
        content = content[breadcrumb_at:]
    # (【某某】 / 某某晒实绩: the entry's kicker and headline on two lines of the page)
    guided = next((i for i, b in enumerate(content) if b.text in later_reports or (i + 1 < len(content) and b.text + content[i + 1].text in later_reports[:1])), None)
    if guided is not None and later_reports[0] in (content[guided].text, content[guided].text + "".join(b.text for b in content[guided + 1 : guided + 2])) and not any(_is_body_text(b.text) for b in content[:guided]):
        # 本版导读 / ■某社区：… / ■某医院… / 某社区：…: the guide's first entry printed again first is the page's first report's headline
        later_reports = later_reports[1:]
    info.headlines = info.headlines + later_reports
    return _without_names_of_the_page(content, blocks)


_SHORT_WORDS = re.compile(r"[\u4e00-\u9fff·\-－—]{2,12}")
_METADATA_LINE = re.compile(r"来源[：:]|作者[：:]|编辑[：:]|发布时间|(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
_SITE_LINE = re.compile(r"主办|承办|版权|来源|客户端|首页|>|›|»")


def _without_names_of_the_page(content: list[Block], blocks: list[Block]) -> list[Block]:
    """时刻新闻 under a breadcrumb 红网首页 > 时刻新闻 > …, 某区人民政府 over 网站主办：某区人民政府办公室,
    某某日报 over 下载某某日报客户端: a short line that only names what the page's furniture names
    (the site, its channel, its app, in a breadcrumb or a site's own line) is furniture too. Not
    the last step of a breadcrumb (the headline), nor an institution's or a place's name (a site's
    header names its owner; a unit's label stands alone)."""
    kept_ids = {id(b) for b in content}
    furniture_lines = [b.text for b in blocks if id(b) not in kept_ids]
    position = {id(b): i for i, b in enumerate(blocks)}
    kept = []
    for index, block in enumerate(content):
        text = block.text
        short = not block.is_heading and _SHORT_WORDS.fullmatch(text)
        named_by = [f for f in furniture_lines if text in f and f != text and not f.endswith(text)] if short else []
        at = position.get(id(block), -1)
        between = 0 < at < len(blocks) - 1 and all(id(blocks[j]) not in kept_ids for j in (at - 1, at + 1))
        under_metadata = at > 0 and bool(_METADATA_LINE.search(blocks[at - 1].text))  # (a headline stands above its source line)
        if (index or under_metadata) and short and len(text) <= 8 and between and not is_institution_name(text) and not names.is_place_name(text):
            continue  # 来源：… / 时刻新闻 / —分享—: a channel's or an app's name among the page's metadata
        if not index:
            # the page's first line, a masthead, is read as its paper later on; a channel's name stays
            # furniture (in a breadcrumb, or an item of the site's menu: 首页 | 中心概况 | 党建工作 | …)
            named_by = [f for f in named_by if re.search(r">|›|»", f) or text in re.split(r"\s*[|｜]\s*", f)[1:]]
        if named_by and not is_institution_name(text) and not names.is_place_name(text) and any(_SITE_LINE.search(f) for f in named_by):
            continue
        kept.append(block)
    return kept


_MENU_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,6}")
MENU_RUN = 5  # 首页 新闻 体育 汽车 房产 …: so many one-word lines in a row are a site's menu


def _without_menus(blocks: list[Block]) -> list[Block]:
    """The page without a site's menu copied one entry per line (no entry a heading, a figure or a sentence)."""
    kept: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and not block.is_heading and _MENU_ITEM.fullmatch(block.text) and not furniture.starts_tail(block.text):
            run.append(block)
            continue
        if len(run) < MENU_RUN:
            kept.extend(run)
        run = []
        if block is not None:
            kept.append(block)
    return kept


def _without_running_heads(blocks: list[Block]) -> list[Block]:
    """A PDF copied page by page: the document's title over each page, after the last page's number."""
    kept: list[Block] = []
    begun = False  # (— 1 — over the document's first lines: a page before any sentence has no running head)
    # (a line printed over a page's number every time it is printed: not 主要做法, a section's head that once falls there)
    printed = Counter(block.text for block in blocks)
    at_feet = Counter(block.text for block, after in zip(blocks, blocks[1:]) if furniture.PAGE_NUMBER.pattern.match(after.text))
    for index, block in enumerate(blocks):
        after_page = index > 0 and furniture.PAGE_NUMBER.pattern.match(blocks[index - 1].text)
        short = len(block.text) <= 40 and not re.search(r"[，。；！？：:]", block.text)
        if after_page and begun and not block.is_heading and short:
            continue  # — 3 — / 某某系统党建工作典型经验材料汇编: the running head of page 4
        before_page = index + 1 < len(blocks) and furniture.PAGE_NUMBER.pattern.match(blocks[index + 1].text)
        if before_page and begun and short and printed[block.text] >= 2 and at_feet[block.text] == printed[block.text] and _titles_the_document(block.text, blocks):
            continue  # 某某系统党建典型案例汇编 / -3-: the document's title at each page's foot, over its number
        kept.append(block)
        begun = begun or re.search(r"[，。！？]", block.text) is not None
    return kept


def _opens_a_case(line: str) -> bool:
    return bool(_COMPILATION_CASE_HEAD.match(line)) and "。" not in line


def _titles_the_document(line: str, blocks: list[Block]) -> bool:
    """Does the line print the document's title, as its first lines do (某县卫生健康系统… over the
    cover), not a section's head that twice falls at a page's foot (主要做法)?"""
    cover = "".join(block.text for block in blocks[:3])
    match = SequenceMatcher(None, line, cover, autojunk=False).find_longest_match(0, len(line), 0, len(cover))
    return match.size >= 6


def _before_tail(blocks: list[Block]) -> list[Block]:
    """The page up to a list of other articles or a comment thread (相关新闻, 沙发 | 发表于…)."""
    paragraphs = 0  # (a long list after a short report: three paragraphs told before it)
    sentences = 0  # a site's menu (… 娱乐 更多) comes before any sentence: its 更多 ends nothing
    for index, block in enumerate(blocks):
        told = (index >= max(3, len(blocks) // 3) and sentences > 0) or paragraphs >= 3
        if told and not block.is_heading and furniture.starts_tail(block.text):
            if "发表于" in block.text and index and _SHORT_NAME.fullmatch(blocks[index - 1].text):
                index -= 1  # 某网友 / 发表于 … | 只看该作者: the replier's name over the reply's header
            resumes = _report_resumes_after(blocks, index) or _deeds_after_an_attachment(blocks, index)
            if resumes:
                return blocks[:index] + _before_tail(blocks[resumes:])
            return blocks[:index]
        paragraphs += len(block.text) >= 60
        said = re.sub(r"[（(][^（）()]{1,20}[）)]$", "", block.text)  # …活动7场。（刘某某）: the writer after the last sentence
        sentences += len(said) >= 15 and said.endswith(("。", "！", "？", "”"))
    return blocks


# 附件：先进基层党组织名单 / … / 先进基层党组织事迹简介: a decision's list, then the deeds of the units it names
# (a body's, not a person's: 优秀共产党员先进事迹 and 身边好医生事迹选登 are no units' cases)
_DEEDS_HEADING = re.compile(r"^[\u4e00-\u9fff、]{0,16}(?:党组织|集体|单位|党支部)[\u4e00-\u9fff、]{0,6}事迹(?:简介|材料|介绍|摘编|选登)?(?:[（(][\u4e00-\u9fff]{1,4}[）)])?$")


def _deeds_after_an_attachment(blocks: list[Block], at: int) -> int:
    """Where a decision's deeds of its units begin, after the attachment that lists them, else 0."""
    if not blocks[at].text.startswith("附件"):
        return 0
    return next((i for i in range(at + 1, min(len(blocks), at + 12)) if _DEEDS_HEADING.match(blocks[i].text.strip())), 0)


_EDITOR_CREDIT = re.compile(r"^[\[【（(]?\s*(?:责编|责任编辑|编辑|审核|校对)\s*[：:]")


def _report_resumes_after(blocks: list[Block], at: int) -> int:
    """【相关阅读】 / two headlines / 医疗为民：… / more of the report / [责编：某某]: a box of links set inside
    the report, which goes on after it up to its own editor's credit. Where it resumes, else 0."""
    after = at + 1
    while after < len(blocks) and after - at <= 6 and len(blocks[after].text) < 40 and not blocks[after].text.endswith("。"):
        after += 1
    if after - at < 3:
        return 0  # (the label, its links, then the report's next subheading)
    long_paragraphs = 0
    for later in blocks[after:]:
        if furniture.starts_tail(later.text):
            return 0
        if _EDITOR_CREDIT.match(later.text):
            if long_paragraphs < 2:
                return 0
            # (the list's last short line is the report's next subheading, shaped as its others are: without
            # one, what follows the list may be another article with its own credit)
            return after - 1 if any(_same_shape(blocks[after - 1].text, b.text) for b in blocks[:at]) else 0
        long_paragraphs += len(later.text) >= 30 and later.text.endswith(("。", "！", "？", "”"))
    return 0


def _same_shape(heading: str, other: str) -> bool:
    """建强堡垒：把支部建在学科上 and 医疗为民：让群众少跑腿: a report's parallel subheadings."""
    colon = heading.find("：")
    return 0 < colon == other.find("：") and abs(len(heading) - len(other)) <= 2 and len(other) < 40


def _body_indent(blocks: list[Block]) -> int:
    indents = Counter(b.indent for b in blocks if not b.is_heading and not _is_short_line(b.text))
    return indents.most_common(1)[0][0] if indents else 0


def _is_slogan(line: str) -> bool:
    """百年伟业 精彩巴渝: a column name is parallel phrases of equal length, no punctuation."""
    if not _SLOGAN.match(line):
        return False
    return len({len(part) for part in line.split()}) == 1


def _set_pre_title_line(line: str, showcase: ShowcaseData) -> None:
    labelled = _TITLE_LABEL.match(line)
    if labelled:
        line = labelled["text"]  # ▌引题：我为群众办实事
    column = _COLUMN_TITLE.match(line)
    if column and not showcase.title:
        # 【优秀案例展播】某系统优秀案例（五）: the column's page, over its cases' own headings
        showcase.column = showcase.column or column["column"]
        showcase.title = column["title"].strip()
        series = meta.SERIES.search(showcase.title)
        if series:
            showcase.series_number = series.group(1)
        return
    if not showcase.title and meta.SERIES.search(line) and _reads_as_headline(line):
        showcase.title = line  # “…”优秀案例展播（第五期）: a numbered column's page, over its cases
        showcase.series_number = meta.SERIES.search(line).group(1)
    elif _is_slogan(line) and not showcase.column:
        showcase.column = line
    elif not showcase.kicker:
        showcase.kicker = line
    elif not showcase.column:
        showcase.column = line


_COLUMN_TITLE = re.compile(r"^【(?P<column>[^】]{2,12})】(?P<title>\S.{3,60})$")
# A page that labels its headline lines: 引题：…, 主题：…, 副题：….
_TITLE_LABEL = re.compile(r"^[▌|｜■□]?\s*(?P<label>引题|肩题|主题|主标题|副题|副标题|访谈主题)\s*[：:]\s*(?P<text>\S.*)$")


def _without_title_label(title: str) -> str:
    """主题：…, 访谈主题：…: a headline without the label a page printed it under."""
    labelled = _TITLE_LABEL.match(title)
    return labelled["text"] if labelled and labelled["label"] in ("主题", "主标题", "访谈主题") else title


def _subtitle_of(line: str) -> str:
    """——党建品牌创建工作侧记, 副题：…: a line under the headline that is its subtitle."""
    labelled = _TITLE_LABEL.match(line)
    if labelled:
        return labelled["text"] if labelled["label"] in ("副题", "副标题") else ""
    dashed = meta.SUBTITLE.match(line)
    return dashed.group(1).strip() if dashed and len(line) <= 60 else ""


def _set_subtitle(line: str, showcase: ShowcaseData) -> None:
    showcase.subtitle = line
    series = meta.SERIES.search(line)
    if series:
        showcase.series_number = series.group(1)


# ---------------------------------------------------------------------------------------------
# Splitting into cases


def _case_from_heading(text: str) -> RawCase:
    split = split_institution_title(text)
    if split:
        return RawCase(title=split[1], institution=split[0])
    return RawCase(title=_LIST_BULLET.sub("", text))  # (■某卫生院开展…: a brief's bullet is no part of its title)


def _split_marked(blocks: list[Block], showcase: ShowcaseData) -> list[RawCase]:
    """Markdown-ish pages: one heading level holds the cases, deeper ones their sections."""
    headings = [
        b for b in blocks if b.is_heading and not meta.CONTRIBUTOR.match(b.text) and not meta.SUBTITLE.match(b.text)
    ]
    levels = sorted({b.level for b in headings})
    with_institution = Counter(b.level for b in headings if split_institution_title(b.text))
    if with_institution:
        case_level = max(with_institution, key=lambda level: (with_institution[level], -level))
    else:
        top = [b for b in headings if b.level == levels[0]]
        case_level = levels[1] if len(top) == 1 and len(levels) > 1 else levels[0]

    cases: list[RawCase] = []
    before_first_heading: list[str] = []
    for block in blocks:
        if block.text == _CONTINUATION:
            if cases:
                cases[-1].items.append(block)
            continue
        if block.is_heading and meta.SUBTITLE.match(block.text) and not cases:
            _set_subtitle(meta.SUBTITLE.match(block.text).group(1), showcase)
        elif block.is_heading and block.level < case_level:
            if not showcase.title:
                showcase.title = block.text
                for line in before_first_heading:
                    _set_pre_title_line(line, showcase)
                before_first_heading = []
        elif block.is_heading and block.level == case_level and not meta.CONTRIBUTOR.match(block.text):
            cases.append(_case_from_heading(block.text))
        elif not cases:
            if not block.is_heading:
                before_first_heading.append(block.text)
        else:
            cases[-1].items.append(block)
    for line in before_first_heading:
        _set_pre_title_line(line, showcase)
    return cases


_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:人民政府|政府)(?:网|门户网站|网站|门户网)?|[\u4e00-\u9fff]{2,8}(?:网|频道|在线|融媒|零距离|发布|客户端)(?:[\u4e00-\u9fff]{2,4}频道)?")


def _split_plain(blocks: list[Block], info: meta.PageInfo) -> list[RawCase]:
    """E-paper and portal pages hold one article: find its title, the rest is its body.

    The title is the page's headline (in its list of headlines, or a heading that opens with an
    institution), else the first line when it reads as a headline. A copy without a headline
    line starts straight with its body: the title then comes from what the page says of it
    (原标题, a web form's 案例名称, a breadcrumb that ends with it), and no line of the body is lost.
    """
    showcase = info.showcase
    lines = [b for b in blocks if b.text != _CONTINUATION]
    if not lines:
        return []
    if info.form.get("title") or info.form.get("institution"):
        case = RawCase(title=info.form.get("title", ""), institution=info.form.get("institution", ""))
        case.items = lines
        showcase.title = showcase.title or case.title
        return [case]
    lines = _drop_headline_list(lines, info)
    headlines = set(info.headlines)
    # 短评 / 本报评论员 / (headline) / 某某 / (comment): an opinion page's column and writer over its headline
    opinion_at = next((i for i, b in enumerate(lines[:3]) if not (_OPINION_COLUMN.fullmatch(b.text) or _COMMENTATOR.fullmatch(b.text))), 0)
    commentators = [b.text for b in lines[:opinion_at] if _COMMENTATOR.fullmatch(b.text)]
    if opinion_at and not (opinion_at < len(lines) and _reads_as_headline(lines[opinion_at].text)):
        opinion_at, commentators = 0, []
    # the page's headline stands above its report: a line after two paragraphs is another's
    paragraphs = [i for i, b in enumerate(lines) if len(b.text) >= 60 and b.text.endswith(("。", "”", "！"))]
    limit = paragraphs[1] if len(paragraphs) >= 2 else len(lines)
    title_at = next(
        (
            i
            for i, b in enumerate(lines[: min(8, limit)])
            if _reads_as_headline(furniture.strip_teaser(b.text)) and (b.text in headlines or split_institution_title(furniture.strip_teaser(b.text)))
        ),
        None,
    )
    if title_at and _reads_as_headline(lines[0].text) and any(_is_body_text(b.text) for b in lines[1:title_at]):
        title_at = 0  # a unit's label under the page's headline and its lead: the lines between are the report's, not a kicker's
    lead = meta.LEAD_DATELINE.match(lines[0].text)
    if len(lines) > 1 and _reads_as_headline(lines[0].text) and _opens_a_report(lines[1].text):
        title_at = 0  # the first headline with its own 本报讯 under it, whatever names a later one
    if len(lines) > 2 and _reads_as_headline(lines[0].text) and _subtitle_of(lines[1].text) and not _reads_as_headline(lines[2].text):
        title_at = 0  # a headline with its deck (——某县总医院党委推进…) over a report, whatever its units' labels name
    if title_at is None and _reads_as_headline(lines[0].text) and not (lead and lead.end() == len(lines[0].text)):
        title_at = 0  # (本网讯：（某某 某某）alone on the first line is no headline)
    if title_at is None and len(lines) > 2 and _BRIEFS_COLUMN.match(lines[0].text) and _reads_as_headline(lines[1].text) and _opens_a_report(lines[2].text):
        title_at = 1  # 简讯 / 某医院与某街道结对共建 / 本报讯…: the column's name over its first brief's headline
    if opinion_at and (title_at is None or title_at < opinion_at):
        title_at = opinion_at
    if title_at == 0 and len(lines) > 2 and _SITE_NAME.fullmatch(lines[0].text) and _reads_as_headline(lines[1].text) and not _opens_a_report(lines[1].text) and _is_body_text(lines[2].text):
        # 某县人民政府 / (索引号 …) / 某县疾控中心开展…活动, 某某网某某频道 / (首页 要闻 …) / “红色网格”里的暖心事:
        # the site's name over the page's headline
        lines = lines[1:]
    if title_at is not None and title_at + 1 < len(lines) and _reads_as_headline(lines[title_at + 1].text) and not _opens_a_report(lines[title_at + 1].text):
        three_decks = title_at + 2 < len(lines) and bool(meta.SUBTITLE.match(lines[title_at + 2].text))
        # 引题 / 主题 / 副题 over 本报讯…, the deck without its dash: three headline lines, then the report
        three_decks = three_decks or (
            title_at + 3 < len(lines)
            and _reads_as_headline(lines[title_at + 2].text)
            and not _opens_a_report(lines[title_at + 2].text)
            and bool(meta.LEAD_DATELINE.match(lines[title_at + 3].text))
        )
        # (联学联建聚合力 红色资源砺初心 / ——市县…开展…: a headline of two slogans over its own dash deck)
        dash_deck = bool(_subtitle_of(lines[title_at + 1].text))
        # 某某医院党建引领…发展纪实 / “马背上的医院”把党旗插在草原深处: the kind of piece over the headline, its 引题
        # (not over 记某某…, its deck, nor over a section head or a bare name)
        below = lines[title_at + 1].text
        feature_kicker = bool(_FEATURE_KICKER.fullmatch(lines[title_at].text)) and not below.startswith(("记", "—")) and not _COUPLET.fullmatch(below) and not is_institution_name(below)
        if (_is_kicker(lines[title_at].text) and not dash_deck) or feature_kicker or three_decks or lines[title_at].text.endswith("—"):
            # 基层党建·一线风采 over the headline, 引题 / 主题 / ——副题, or 引题—— / 主题: the kicker
            title_at += 1
    label = ""
    label_at = next((i for i, b in enumerate(lines[: min(8, limit)]) if _names_an_institution_label(b.text)), None)
    if label_at is not None and label_at + 1 < len(lines) and _reads_as_headline(lines[label_at + 1].text) and (title_at is None or title_at >= label_at or label_at <= 2):
        # (a kicker or a column's name may stand above the label: 党建引领 健康为民)
        # 某某中心：/ 党员家庭医生“组团”进小区: the institution's label on a line of its own
        label = _label_name(lines[label_at].text)
        title_at = label_at + 1
    if title_at is None and not showcase.title and 1 <= len(info.headlines) <= 2 and _reads_as_headline(info.headlines[0]):
        # an e-paper article page: its headline (and subtitle) stood above the date, not a list
        showcase.title = info.headlines[0]
        if len(info.headlines) == 2:
            _set_subtitle(_subtitle_of(info.headlines[1]) or info.headlines[1], showcase)
    if title_at is None:
        # 名称：某镇：党建引领…: the title field's own label names the institution
        case = _case_from_heading(info.title_field) if info.title_field else RawCase(title=info.original_title or info.crumb_title or showcase.title)
        case.items = lines
        # (短讯 / ●某医院党委…。 / ●某镇卫生院党支部…。: a column of briefs under no headline, one case each)
        # (某某网讯 …召开观摩会，展示辖区三个社区的做法。/ 某社区：…: a round-up under no headline of its own)
        return (_round_up(lines) if _is_column_of_briefs(lines) else []) or _named_briefs(lines) or _round_up(lines) or [case]
    for block in lines[:title_at]:
        if not (label and block is lines[title_at - 1]) and block.text not in commentators:
            _set_pre_title_line(block.text, showcase)
    headline = furniture.strip_teaser(lines[title_at].text)
    case = _case_from_heading(headline)
    case.byline = " ".join(commentators)
    if label and not case.institution:
        case = RawCase(title=headline, institution=label)
    # 某县某镇卫生院党支部书记 / 2023年度抓基层党建工作述职报告: the unit whose secretary gives the account
    writer = _SECRETARY_OVER_AN_ACCOUNT.match(lines[title_at - 1].text) if title_at else None
    if not case.institution and writer and "述职" in headline and names.names_whole(writer["name"]):
        case = RawCase(title=headline, institution=writer["name"])
    following = lines[title_at + 1].text if title_at + 1 < len(lines) else ""
    bare_unit = _PARTY_ENDING.sub("", headline)
    # (金水区文化路街道 / “三级网格”织密为民服务网: a town's or a street's name alone, too)
    if not case.institution and (names.names_whole(bare_unit) or (names.is_town(bare_unit) and not _opens_a_report(following))) and _reads_as_headline(following):
        # a line that is only the institution's name, over the report's headline (and over its site's
        # section, 党建园地, where that stands between them)
        section = _is_kicker(following) and title_at + 2 < len(lines) and _reads_as_headline(lines[title_at + 2].text) and not _opens_a_report(lines[title_at + 2].text)  # (not over its byline)
        title_at += 2 if section else 1
        case = RawCase(title=lines[title_at].text, institution=_PARTY_ENDING.sub("", headline))
        opening = names.institution_mentions(lines[title_at].text)
        over = institution_kind(case.institution)
        if (opening and opening[0].start == 0 and over in ("health_commission", "government") and institution_kind(opening[0].name) != over) or (
            over == "health_commission" and any(institution_kind(m.name) in HEALTH_KINDS for m in opening)
        ):
            # 某县卫生健康局 / 某县中医医院党总支与某村党支部开展党建联建: a commission's site's name over a
            # headline that opens on a body under it, whose report it is (not 县人民医院专家来我院… on a centre's own);
            # a commission's account over a headline that names one of its hospitals anywhere (【栏目】…——某医院党委…)
            case = _case_from_heading(lines[title_at].text)
    if not case.institution:
        left, sep, right = headline.partition("：")
        opening = names.institution_mentions(left)
        if sep and right and opening and opening[0].start == 0:
            # 澧县卫健局2023年党建工作综述：… -> 澧县卫健局, and the whole line stays the title
            # 某县人民医院医共体：… labels the institution; 某县卫健局2023年党建工作综述：… is a sentence
            label = len(left) - opening[0].end <= 4 and not re.search(r"\d", left)
            case = RawCase(title=right.strip() if label else headline, institution=opening[0].name, named_by_label=label)
        elif sep and right and names.is_place_name(left.strip()):
            case = RawCase(title=right.strip(), institution=left.strip())  # 某县的简称：… (a county's short name)
    # 某县某镇：三个“一”打造卫生院党建品牌 over 某县某镇卫生院党支部…: the town's health centre, whose report it is
    # (not where the town's own party committee acts: 镇党委今年为卫生院选派…)
    unit = _town_lead_unit(case.institution, following) if names.is_town(case.institution) and following and not _TOWN_ACTS.search(following) else ""
    own_party = bool(unit) and re.match(re.escape(unit) + r"(?:党支部|党总支|党委)(?!书记)", following) is not None
    if own_party and unit != case.institution and case.institution in unit and institution_kind(unit) in HEALTH_KINDS and suffix_of(unit)[-3:] in case.title:
        case.institution = unit
    column = re.fullmatch(r"【([^【】]{2,20})】", showcase.kicker or "")
    if column and not showcase.title and names.names_whole(_PARTY_ENDING.sub("", case.title)):
        showcase.title = column.group(1)  # 【某某·基层案例】 over a unit's name alone: the column's page, its units' cases
    showcase.title = showcase.title or case.title
    headline_at = title_at
    while title_at + 1 < len(lines) and _subtitle_of(lines[title_at + 1].text):
        if not showcase.subtitle:
            _set_subtitle(_subtitle_of(lines[title_at + 1].text), showcase)
        # (“…”的一本民生账 / ——记某区某街道党工委书记某某: a profile's deck names the unit its subject heads)
        case.institution = case.institution or guest_s_unit(lines[title_at + 1].text)
        title_at += 1
    deck = lines[title_at + 1] if title_at + 2 < len(lines) else None
    if (
        deck is not None
        and not deck.gap
        and not showcase.subtitle
        and _reads_as_headline(deck.text)
        and "，" not in deck.text  # (a paragraph's first line, broken at the page's width, runs on after a comma)
        and (_DECK_ACTOR.match(deck.text) or _FEATURE_DECK.search(deck.text))
        and (_opens_a_report(lines[title_at + 2].text) or not _is_short_line(lines[title_at + 2].text))
    ):
        # 梯田深处“健康哨”吹响 / 某镇党委打造“红色医路”服务品牌, 某街道社区卫生服务中心打造党建服务品牌 (printed
        # right under it): the deck, naming who acts
        _set_subtitle(deck.text, showcase)
        case.subtitle_lines.append(deck.text)
        title_at += 1
    if (
        deck is not None
        and not deck.gap
        and not showcase.subtitle
        and _reads_as_headline(deck.text)
        and deck.text[-1] not in "。！？；"
        and not extract_metrics([deck.text])
        and (
            meta.CONTRIBUTOR.match(lines[title_at + 2].text)
            or _BYLINE_ALONE.match(lines[title_at + 2].text)
            # (a line naming a body over the report may be its unit's label: only over a byline is it a deck)
            or (lines[title_at + 2].gap and _is_body_text(lines[title_at + 2].text) and not names.institution_mentions(deck.text))
        )
        and not deck.text.endswith(("：", ":"))
        and not _BYLINE_ALONE.match(deck.text)  # (记者 某某 通讯员 某某 图/受访者提供: the byline itself)
    ):
        # 某街道五个社区晒出“民生账单” / 党员“跑腿”换来居民“点赞” / (□本报记者 某某): the headline's
        # second line, printed right under it, over the byline or the report
        _set_subtitle(deck.text, showcase)
        case.subtitle_lines.append(deck.text)
        title_at += 1
    after_title = title_at + 1
    named_line = lines[after_title].text if after_title + 1 < len(lines) else ""
    if not case.institution and named_line and names.names_whole(_PARTY_ENDING.sub("", named_line)) and not _is_short_line(lines[after_title + 1].text):
        # 标题 / (原创 某某 2024年…) / 某某社区卫生服务中心 / 正文: the institution's name on a line of its own
        case.institution = _PARTY_ENDING.sub("", named_line)
        after_title += 1
    # short lines between the headline and 本报讯…: a deck, a photo's caption (at most three lines)
    lead_at = next((k for k in range(after_title, min(after_title + 4, len(lines))) if not _is_short_line(lines[k].text)), None)
    if lead_at is not None and lead_at > after_title and meta.LEAD_DATELINE.match(lines[lead_at].text):
        for index in range(after_title, lead_at):
            text = lines[index].text
            # 某医院推动专家下沉, or printed right under the headline (no blank line) 15分钟健康服务圈覆盖辖区11个社区:
            # its deck; 医护人员在社区开展义诊, 签约仪式现场。: a photo's caption
            deck_line = index == headline_at + 1 and not lines[index].gap
            if (names.institution_mentions(text) or deck_line) and not _reads_as_caption(text) and text[-1] not in "。！":
                case.subtitle_lines.append(text)
                showcase.subtitle = showcase.subtitle or text
            else:
                case.captions.append(text)
        after_title = lead_at
    # a headline printed twice (at an e-paper page's foot, after its kicker: 引题——主题)
    printed = {lines[headline_at].text}
    if headline_at:
        printed.add(lines[headline_at - 1].text + lines[headline_at].text)
    # (某镇卫生院“党建+医共体”让… over “党建+医共体”让…: its words again, without the unit, over the report)
    again = lines[after_title].text if after_title < len(lines) else ""
    if len(again) >= 8 and again != lines[headline_at].text and lines[headline_at].text.endswith(again) and again[-1] not in "。！？":
        printed.add(again)
    case.items = [b for b in lines[after_title:] if b.text not in printed]
    # (■某卫生院开展… over each brief of a site's column: its briefs, each under its own bulleted headline, split as a page's reports do)
    bulleted = sum(1 for b in case.items if _LIST_BULLET.match(b.text) and _reads_as_headline(b.text)) >= 2
    epaper = info.is_epaper or bool(showcase.edition) or bulleted or info.later_dated
    # (a showcase column's page: its title over the page's own, its first entry's heading read as the
    # report's, or a column's name as the page's title: 优秀案例展播, 典型案例选登, 党建品牌巡礼)
    under_column = (bool(showcase.title) and showcase.title != case.title) or _SHOWCASE_COLUMN.search(case.title) is not None
    units = _split_units(case, headlines, deck=showcase.subtitle, under_column=under_column) or (_split_at_new_subjects(case) if epaper else [])
    if _the_pair_of_its_headline(units, case.title):
        return [case]  # 某疾控中心与某社区结对共建 over a paragraph on each: the two parties of one report
    return units or [case]


# 某中心与某社区结对共建, 党建引领：某医院与某卫生院结对帮扶: two parties paired up, whichever is the subject
# (names.title_pairing reads the subject of a pairing headline, and leaves 结对帮扶 to the helper's report)
_PAIRING_HEADLINE = re.compile(r"与[^，。；]{2,30}?(?:结对|共建|联建|签约|携手|牵手|结成)")


def _the_pair_of_its_headline(units: list[RawCase], title: str) -> bool:
    """Two units, each named in a headline that pairs the two of them up."""
    if len(units) != 2 or not _PAIRING_HEADLINE.search(title):
        return False
    return all(u.institution and gazetteer.without_leading_places(_PARTY_ENDING.sub("", u.institution)) in title for u in units)


def _split_units(page: RawCase, headlines: set[str], deck: str = "", under_column: bool = False) -> list[RawCase]:
    """A plain page that holds several institutions' cases, one after another.

    A case starts at a line that names an institution alone with its title on the next line,
    at a headline that opens with an institution (某镇卫生院：…, 宁城县：…) or is one of the page's
    listed headlines, or at a paragraph that opens “某社区：短标题。”. A round-up gives each unit
    one paragraph that opens with its name (三个以上): each such paragraph is a case, and the
    paragraphs around them (the introduction, the outlook) belong to no case. Fewer than two
    starts: the page is one case.
    """
    items = page.items
    column = next((i for i, b in enumerate(items) if i and _BRIEFS_COLUMN.match(b.text) and _is_column_of_briefs(items[i:])), None)
    if column is not None:
        # …report / 简讯 / ●…。（某某） ●…: the page's column of briefs after its reports is none of theirs
        head = RawCase(title=page.title, institution=page.institution, named_by_label=page.named_by_label)
        column_items = [b for b in items[column + 1 :] if _ENTRY_BULLET.match(b.text)]
        head.subtitle_lines = page.subtitle_lines
        head.items = items[:column] + [b for b in items[column + 1 :] if not _ENTRY_BULLET.match(b.text)]  # (the report's closing lines after it)
        own = names.institution_mentions(page.institution or page.title)
        briefs = [c for c in _briefs_of_the_genre(column_items) if not (own and c.institution == own[0].name)]
        return (_split_units(head, headlines, deck) or [head]) + briefs
    by_lead = _split_at_leads(items, page)
    if by_lead:
        # (望江：党建引领… over 【某镇卫生院】“…” entries, then 本报讯 of another report: the first report's units)
        return [unit for report in by_lead for unit in (_units_under_headings(report, headlines) or [report])]
    by_field = _split_at_unit_fields(items)
    if by_field:
        return by_field
    starts: list[tuple[int, RawCase, int]] = []  # (index, case, lines its heading takes)
    sequenced: list[tuple[int, RawCase, int]] = []  # 首先，某镇卫生院党支部…, 二是…。某村…: a county's units in turn
    turn_leads: dict[int, str] = {}
    leads: dict[int, str] = {}  # a unit's paragraph without its “某社区：短标题。”, once the page is split
    # (a review meeting's page: each secretary named over their own account, 某卫生院党支部书记 某某)
    review = "述职" in page.title or any("述职" in b.text for b in items[:3])
    for index, block in enumerate(items):
        text = block.text
        if _marked_scene(block):
            continue  # 图片 / ▲签约现场: a photo's caption heads no entry (▲义桥镇某村, a unit's name, does)
        if in_turn := _unit_in_turn(text):
            sequenced.append((index, RawCase(title=in_turn[1] or page.title, institution=in_turn[0]), 0))
            if in_turn[1]:
                turn_leads[index] = in_turn[2]  # (一是上门服务“暖心”。草市镇中心卫生院…: the entry's own title goes)
        following = items[index + 1].text if index + 1 < len(items) else ""
        unit = _unit_name(text, column=under_column, review=review)
        if unit and _BRAND_AFTER_A_NAME.search(text.strip()) and (len(following) < 30 or following.lstrip().startswith(("（", "(")) or text.lstrip().startswith(("▲", "△"))):
            unit = ""  # (a list of brands, 某医院“某某”, one a line, or a photo's caption: no entry's heading)
        bracketed = _BRACKETED_UNIT.fullmatch(following.strip()) if following else None
        short_place = _SHORT_PLACE_HEADING.match(text.strip()) if under_column else None
        if bracketed and is_institution_name(bracketed["name"]) and _reads_as_headline(text) and index + 2 < len(items):
            # 谭某某：背包走出来的“山路医生” / （某市某镇卫生院）: a member's profile, under their unit
            starts.append((index, RawCase(title=text.strip(), institution=bracketed["name"]), 2))
        elif unit and following and _reads_as_headline(following) and not _unit_name(following):
            starts.append((index, RawCase(title=following, institution=unit), 2))
        elif unit and following and not _is_short_line(following) and not _reads_as_headline(following):
            # 某镇卫生院 alone over its paragraphs (its number, 01｜, is no part of its title)
            title = _ORDINAL_PREFIX.sub("", _ENTRY_BULLET.sub("", text.strip())) or text.strip()
            title = unit if _SPEAKER.match(title) else title  # (■ 某社区党委书记 某某: the entry is the unit's, not its speaker's)
            starts.append((index, RawCase(title=title, institution=_in_full(unit, following)), 1))
        elif re.fullmatch(_VILLAGE_NAME, text.strip()) and following.startswith(text.strip()) and not _THEME_PLACE.match(text.strip()):
            # 后岸溪村 / 后岸溪村有党员41名…: a village's short name alone over the paragraph that opens on it
            starts.append((index, RawCase(title=text.strip(), institution=text.strip()), 1))
        elif following and meta.CONTRIBUTOR.match(following) and not following.startswith("▲") and _reads_as_headline(text):
            # a house paper's report: [its desk,] its headline, then □ 作者 (the desk goes with it)
            desk = index > 0 and len(items[index - 1].text) <= 8 and _reads_as_headline(items[index - 1].text)
            at = index - 1 if desk else index
            starts.append((at, _case_from_heading(text), 2 if desk else 1))
        elif _reads_as_headline(text) and (text in headlines or split_institution_title(text)):
            starts.append((index, _case_from_heading(text), 1))
        elif short_place and is_institution_name(short_place["name"]) and not _THEME_PLACE.match(short_place["name"]):
            starts.append((index, RawCase(title=short_place["title"], institution=short_place["name"]), 1))
        elif numbered := _numbered_case(text):
            starts.append((index, RawCase(title=numbered[1], institution=numbered[0]), 1))
        elif named := _label_named_again(text, following):
            starts.append((index, RawCase(title=named[1], institution=named[0]), 1))
        elif (themed := _THEME_THEN_UNIT.match(text.strip())) and names.names_whole(themed["name"]) and following and _is_body_text(following):
            # “党建+产业”：某苏木某嘎查 over its paragraph: a showcase's theme, then the unit it is of
            starts.append((index, RawCase(title=text.strip(), institution=themed["name"]), 1))
        else:
            # (一、杨柳街社区：社区党委牵头…, ◆东厅门社区：完成…: a list's number or bullet before the label)
            text = _ORDINAL_PREFIX.sub("", _ENTRY_BULLET.sub("", text.strip())) or text
            lead = _UNIT_LEAD.match(text)
            town_lead = _TOWN_LEAD.match(text)
            if town_lead and names.is_town(town_lead["name"]) and (unit := _town_lead_unit(town_lead["name"], text[town_lead.end() :].strip())):
                # 某镇：“流动诊室”开到田埂边。某镇中心卫生院投入…: a county round-up's town label, over the unit its entry opens on
                starts.append((index, RawCase(title=town_lead["title"], institution=unit), 0))
                leads[index] = text[town_lead.end() :].strip()
            elif lead and is_institution_name(lead["name"] or lead["bracketed"]) and not (lead["name"] and _WORK_NOT_TITLE.search(lead["title"])):
                starts.append((index, RawCase(title=lead["title"] or lead["after"], institution=lead["name"] or lead["bracketed"]), 0))
                leads[index] = text[lead.end() :].strip() or text  # (a one-sentence entry is all title and work)
            elif (long_lead := _labelled_work(text, lead)) and (unit := _long_lead_unit(long_lead["name"], text[long_lead.end("name") :].lstrip("：: "))):
                # 某社区：社区党委组建…，队员76人，…。, 某镇：镇党委组织…: a round-up's entry whose first sentence is its
                # work, not a title
                starts.append((index, RawCase(title=long_lead["name"], institution=unit), 0))
                leads[index] = text[long_lead.end("name") :].lstrip("：: ")
    if _told_in_turn(items, sequenced, page):
        taken = {index for index, _, _ in sequenced}
        starts = sorted([start for start in starts if start[0] not in taken] + sequenced, key=lambda start: start[0])
        leads.update(turn_leads)
    # 一图读懂 / 江汉区社区卫生服务中心 / 党建品牌巡礼: a kind of unit at large over the page's entries
    # (its place and its kind, no name of its own) heads no entry of its own
    named = [start for start in starts if not _kind_at_large(start[1].institution)]
    if len(named) >= 2:
        starts = named
    if len(starts) >= 2 and all(case.institution and _numbered_case(items[i].text) for i, case, _ in starts):
        forms = names.canonical_forms([case.institution for _, case, _ in starts])
        if len({forms[case.institution] for _, case, _ in starts}) == 1:
            starts = []  # (观摩点一：某医院胸痛中心 / 观摩点二：某医院党员先锋门诊: one body's own points, one report)
    opening_lines = items[: min(3, starts[0][0])] if starts else []
    # (a deck under the page's headline naming who acts, 某中心以党建引领…: the opening is its report)
    signed = any(len(b.text) <= 40 and not b.text.endswith("。") and names.institution_mentions(b.text) for b in opening_lines[:1])
    # (the street or the commission the headline or the opening paragraph names, with its own totals)
    opening_unit = (_headline_town(page, items[: starts[0][0]], deck) or _opening_subject(items[: starts[0][0]], starts)) if starts else ""
    # (某县人民医院  “夜间门诊”… heading a showcase page's first entry, whose one short paragraph tells one figure)
    first_entry = under_column and bool(page.institution) and institution_kind(page.institution) in HEALTH_KINDS and bool(starts) and extract_metrics([b.text for b in items[: starts[0][0]]])
    if starts and starts[0][0] > 0 and not _round_up_only(starts) and (_holds_a_report(items[: starts[0][0]]) or first_entry) and (
        page.institution or len(starts) == 1 or names.institution_mentions(deck) or signed or opening_unit
    ):
        # (——某县总医院党委推进医共体党建一体化: a deck naming who acts makes the opening its report)
        # The page's headline named the first institution: its case runs up to the next one's.
        opening = RawCase(title=page.title, institution=page.institution or opening_unit, named_by_label=page.named_by_label)
        opening.subtitle_lines = page.subtitle_lines
        starts.insert(0, (0, opening, 0))
    if len(starts) >= 2 and _places_the_body_works_in(page, starts, items):
        starts = []  # 一、孝丰镇：专家坐诊常态化 / 医院党委组建…: the places one hospital's report goes to, one case
    if len(starts) >= 2 and not any(_has_a_sentence(items[index + taken : end]) for (index, _, taken), (end, _, _) in zip(starts, [*starts[1:], (len(items), None, 0)])):
        starts = []  # 序号 / 单位 / 品牌名称 / 1 / 某县人民医院 / “某某”: a list's rows, one line each, no unit's entry
    if len(starts) >= 2:
        for index, rest in leads.items():
            items[index].text = rest
        cases = []
        for number, (index, case, taken) in enumerate(starts):
            end = starts[number + 1][0] if number + 1 < len(starts) else len(items)
            case.items = _until_commentary(items[index + taken : end])
            if number + 1 == len(starts):
                case.items = _until_closing_voice(case.items, case.institution)  # (…据悉，下一步全县将…: the page's own closing, none of the last unit's)
            case.institution = _town_s_health_body(case.institution, case.items) or case.institution
            cases.append(case)
        if starts[0][0] > 0:
            _opening_to_its_unit(cases, items[: starts[0][0]], _opening_subject(items[: starts[0][0]], starts, theirs=True))
        return cases
    return _split_at_subheads(items) or _town_and_its_centre(items, page, _with_opening(_round_up(items, headline=page.title, label=page.institution), items, page))


_GOES_TO = r"(?:走进|走入|来到|深入|前往|赴|走访|看望|慰问)"
_OTHER_TRADE = re.compile(rf"(?:{OTHER_TRADE_BODIES}|银行)$")


def _goes_to_in(name: str, intro: str) -> bool:
    """…先后走访某街道社区卫生服务中心和沱江、龙吟两个社区: the introduction takes the visit to the unit
    (named in full, without its places, or by its bare name in a list of its kind)."""
    bare = gazetteer.without_leading_places(name)
    stem = re.sub(r"(?:社区|村|嘎查)$", "", bare) if re.search(r"(?:社区|村|嘎查)$", bare) and not names.opens_with_town(bare) else ""
    forms = [re.escape(name), re.escape(bare)] + ([re.escape(stem) + r"(?=[、和及与]|社区|村|嘎查|等)"] if len(stem) >= 2 else [])
    return re.search(_GOES_TO + r"[^。；！？]{0,40}?(?:" + "|".join(forms) + ")", intro) is not None


def _has_a_sentence(lines: list[Block]) -> bool:
    """A line of twelve characters or more, or one with a figure (▶ 签约居民1.8万人, a graphic's results)."""
    return any(len(re.findall(r"[\u4e00-\u9fff]", b.text)) >= 12 or extract_metrics([b.text]) for b in lines)


# 首先，支部带动亮身份。某镇中心卫生院党支部…, 二是健康教育“入心”。某镇卫生院…, 其次，某镇卫生院党支部…
_IN_TURN = re.compile(r"^(?:首先|其次|再次|最后|一是|二是|三是|四是|五是|六是|第一|第二|第三|第四|第五)[，,、：:]?\s*(?:(?P<title>[^。！？，；]{2,16})[。！？])?")


def _told_in_turn(items: list[Block], sequenced: list[tuple[int, RawCase, int]], page: RawCase) -> bool:
    """A round-up told in turn: two units or more, every turn with figures opening on one, and a page
    that is no one health body's own (its helpers or its members told in turn) and no meeting's."""
    forms = names.canonical_forms([case.institution for _, case, _ in sequenced])
    if len({forms[case.institution] for _, case, _ in sequenced}) < 2:
        return False  # (县中医院… then 某县中医医院…: one body, short and full)
    taken = {index for index, _, _ in sequenced}
    # (一是强化组织领导。县卫健局党组…: a turn that opens on the reporting body itself is its own report)
    if any(_IN_TURN.match(b.text) and i not in taken and extract_metrics([b.text]) for i, b in enumerate(items)):
        return False
    first = min(taken)
    opening = "\n".join(b.text for b in items[:first])
    opener = names.institution_mentions(re.sub(r"^[^，。]{0,8}，", "", opening)[:30])
    if (page.institution and institution_kind(page.institution) in HEALTH_KINDS) or (opener and institution_kind(opener[0].name) in HEALTH_KINDS and extract_metrics([opening])):
        return False  # 某镇卫生院: 首先，县人民医院专家…; 某县人民医院党委牵头推进医共体… 一是某镇卫生院…
    return not re.search(r"会议|推进会|座谈会|述职|交流发言", opening)  # (a meeting's speakers told in turn)


def _unit_in_turn(text: str) -> tuple[str, str, str] | None:
    """A county's or a system's report telling its units in turn: (the unit its paragraph opens on,
    the entry's own title, the paragraph after it), where the unit is a body below the county."""
    turn = _IN_TURN.match(text)
    if not turn:
        return None
    rest = text[turn.end() :]
    opening = names.institution_mentions(rest[:40])
    if not opening or opening[0].start != 0 or institution_kind(opening[0].name) not in (*HEALTH_KINDS, "community"):
        return None
    if opening[0].name[:1] in "县市区旗" or re.match(r"(?:党委|党支部|党总支)?(?:书记|院长|主任|负责人)", rest[opening[0].end :]):
        return None  # (县人民医院专家…: a county's hospital by its level; 某院党委书记…作交流发言: who speaks)
    return opening[0].name, turn["title"] or "", rest


def _units_under_headings(report: RawCase, headlines: set[str]) -> list[RawCase]:
    """A report of a page of several whose entries each stand under a heading that names its unit
    (【某镇卫生院】“…”, 某镇卫生院：“…”): its units, where two or more such headings stand in it."""
    # (某镇中心卫生院：把慢病管在家门口, a unit's label before its title, heads an entry so too)
    labelled = [
        b for b in report.items
        if ((_is_short_line(b.text) and _BRACKETED_LABEL.match(b.text)) or (len(b.text) <= 40 and re.match(r"^[\u4e00-\u9fff]{3,30}[：:][^。！？]+$", b.text))) and split_institution_title(b.text)
    ]
    return _split_units(report, headlines) if len(labelled) >= 2 else []


# 【某镇卫生院】“党员跑腿代办”…: an entry's heading, its unit in brackets
_BRACKETED_LABEL = re.compile(r"^[【〔\[][^】〕\]]{3,24}[】〕\]]\S")


def _town_and_its_centre(items: list[Block], page: RawCase, cases: list[RawCase]) -> list[RawCase]:
    """东山镇：党建引领… over the town's own work, then a paragraph that opens on 东山镇卫生院 with
    figures of its own (院党支部现有党员11名…): the town's case and its health centre's (beside the
    round-up's villages, where the page has them)."""
    town = page.institution if page.named_by_label and names.is_town(page.institution) else _headline_town(page, items)
    if not town:
        return cases
    # (新蔡县练村镇 -> 练村镇: the town without its county, as its centre's name opens)
    county = re.match(r"^[\u4e00-\u9fff]{1,8}?(?:县|区|市|旗)(?=[\u4e00-\u9fff]{2})", town)
    bare = town[county.end() :] if county and names.is_town(town[county.end() :]) else gazetteer.without_leading_places(town) or town
    # (在医疗卫生领域，镇卫生院主动作为。淮源镇卫生院党支部牵头…: a frame sentence before it; 镇卫生院, the town's own)
    opens = re.compile(
        rf"^(?:[^。！？、]{{2,24}}[。！？])?(?:(?P<town>{re.escape(town)}|{re.escape(bare)})(?P<kind>中心卫生院|卫生院)"
        r"(?=是|党支部|党总支|现有|共有|坚持|立足|围绕|今年|近年来|以|把|在|组建|成立|实施|牵头|聚焦|推行)"
        # (镇卫生院党支部牵头…, 镇卫生院聚焦…: the town's own by its short name, acting, not 乡卫生院今年完成改扩建…)
        r"|(?P<own>镇|乡)(?P<own_kind>中心卫生院|卫生院)(?=党支部|党总支|聚焦|牵头|组建|推行))"
    )
    at = [i for i, b in enumerate(items) if opens.match(b.text) and len(extract_metrics([b.text])) >= 2]
    if len(at) != 1 or at[0] == 0 or any(items[at[0]] in case.items for case in cases):
        return cases
    own = opens.match(items[at[0]].text)
    name = bare + own["own_kind"] if own["own"] else own["town"] + own["kind"]
    centre = RawCase(title=page.title, institution=name)
    centre.items = [items[at[0]]]
    if cases:
        placed = [c for c in cases if items.index(c.items[0]) < at[0]]
        for case in cases:
            case.items = [b for b in case.items if b is not items[at[0]]]
        return placed + [centre] + [c for c in cases if c not in placed]
    if len(extract_metrics([b.text for b in items[: at[0]]])) < 2:
        return []
    # (…，then 柳家河村党支部发动党员…，今年组织活动20场: one of its villages at work, by its bare name)
    villages = [
        (i, village["village"])
        for i, b in enumerate(items)
        if i > at[0] and (village := names.BARE_VILLAGE_ACTS.match(b.text)) and not NOT_A_VILLAGE.match(village["village"]) and len(extract_metrics([b.text])) >= 2
    ]
    opening = RawCase(title=page.title, institution=page.institution or town, named_by_label=page.named_by_label)
    opening.subtitle_lines = page.subtitle_lines
    taken = {at[0], *(i for i, _ in villages)}
    opening.items = [b for i, b in enumerate(items) if i not in taken]
    village_cases = []
    for i, village in villages:
        case = RawCase(title=page.title, institution=town + village)
        case.items = [items[i]]
        village_cases.append(case)
    return [opening, centre, *village_cases]


def _with_opening(cases: list[RawCase], items: list[Block], page: RawCase) -> list[RawCase]:
    """某街道：红色网格织密… over the street's own totals (辖8个社区，划分网格97个…), then 在某社区，…
    paragraph by paragraph: the unit the headline labels has its case in the opening, before the
    round-up's first unit (an introduction without figures of its own belongs to none)."""
    if not cases:
        return cases
    first = items.index(cases[0].items[0])
    # (新邵：… labels its county: a place at large, its units the round-up's)
    unit = page.institution if page.named_by_label and is_institution_name(page.institution) else ""
    unit = unit or _headline_town(page, items[:first]) or _opening_subject(items[:first], [(0, c, 0) for c in cases])
    if not unit or not first:
        return cases
    forms = names.canonical_forms([unit, *(c.institution for c in cases)])
    # (a town touring its villages, stop by stop, needs one figure of its own in the opening: 一行36人)
    least = 1 if any(_TOUR_STOP.match(c.items[0].text) for c in cases) else 2
    # (据了解，全县现有乡镇卫生院22家…。: the county's make-up beside the introduction is no work of the unit's)
    opening_text = [b.text for b in items[:first] if not _COUNTY_MAKE_UP.fullmatch(b.text)]
    if len(extract_metrics(opening_text)) < least:
        return cases
    if any(forms[c.institution] == forms[unit] for c in cases):
        _opening_to_its_unit(cases, items[:first], unit)
        return cases
    if _ANNOUNCES_THE_CASES.search(items[first - 1].text):
        return cases  # (…指导全区8个社区卫生服务中心…。记者近日走访了其中3家。: an introduction that hands over)
    opening = RawCase(title=page.title, institution=unit, named_by_label=page.named_by_label)
    opening.subtitle_lines = page.subtitle_lines
    opening.items = items[:first]
    return [opening, *cases]


def _opening_to_its_unit(cases: list[RawCase], opening: list[Block], unit: str) -> None:
    """今年以来，区卫健委坚持…，全系统有基层党组织29个… over ①…④区卫健委机关：…: an opening told by one of the
    units opens that unit's case (not 某县卫生健康局 供稿 closing the page: a sender's credit, no entry of its own)."""
    if not unit:
        return
    forms = names.canonical_forms([unit, *(case.institution for case in cases if case.institution)])
    own = next((c for c in cases if c.institution and forms[c.institution] == forms[unit]), None)
    if own is not None and any(_is_body_text(b.text) for b in own.items):
        own.items = opening + own.items


def _opening_subject(opening: list[Block], starts: list[tuple[int, RawCase, int]], *, theirs: bool = False) -> str:
    """今年以来，某县卫生健康局坚持…，全系统共有基层党组织47个、党员1126名… over its units' sections:
    the body the opening paragraph opens on, with figures of its own (two at least), none of the units."""
    paragraphs = [b.text for b in opening if not _is_short_line(b.text)]
    if not paragraphs or len(extract_metrics(paragraphs)) < 2:
        return ""
    first = paragraphs[0]
    frame = _SCENE_OPENING.match(first) or _OPENING_FRAME.match(first)
    start = frame.end() if frame else 0
    mentions = names.institution_mentions(first[start : start + 40])
    if not mentions or mentions[0].start:
        return ""
    subject = mentions[0].name
    forms = names.canonical_forms([subject, *(case.institution for _, case, _ in starts if case.institution)])
    told = any(case.institution and forms[case.institution] == forms[subject] for _, case, _ in starts)
    return subject if told == theirs else ""  # (theirs: the opening's body is one of the units, whose case it opens)


def _headline_town(page: RawCase, opening: list[Block], deck: str = "") -> str:
    """辽宁路街道五个社区晒出“民生账单” over 辽宁路街道党工委以…推动5个社区…: the street or town the
    headline (or its deck: ——某街道党建引领社区治理见闻) opens on, where its own party body acts in
    the opening (its totals before its units')."""
    text = "\n".join(b.text for b in opening)
    label = page.title.partition("：")[0] if "：" in page.title[:12] else ""
    if page.institution or not text:
        return ""
    headline = page.title
    town = next(iter(names.printed_towns(headline)), "")
    if not (town and headline.startswith(town)) and deck:
        headline = deck.lstrip("—-－ ")
        town = next(iter(names.printed_towns(headline)), "")
    if not (town and headline.startswith(town)):
        # 越秀区北京街：… over 走进越秀区北京街道…: the label a short form of the town the opening names
        town = next((t for t in names.printed_towns(text) if label and (t == label + "道" or t.endswith(label + "道"))), "")
        if not town:
            return ""
        return town if re.search(rf"(?:{town}|^街道|[，。]街道)(?:党工委|党委)", text, re.M) else ""
    # (某镇党委以…, or the town itself acting: 凤翔区柳林镇组织镇党政班子成员…一行36人)
    return town if re.search(rf"{town}(?:党工委|党委|组织|开展|召开|举办|举行|坚持|推行|聚焦|围绕|以)", text) else ""


_BRACKETED_UNIT = re.compile(r"[（(](?P<name>[\u4e00-\u9fff]{4,30})[）)]")


def _kind_at_large(name: str) -> bool:
    """江汉区社区卫生服务中心: a place and a kind it has many of, no name of its own (not 某县中医医院,
    the county's one)."""
    rest = gazetteer.without_leading_places(name) if name else ""
    return bool(rest) and rest != name and re.fullmatch(r"(?:乡镇|街道|基层)?(?:社区卫生服务中心|卫生服务中心|中心卫生院|卫生院|卫生室|社区|村)", rest) is not None


def _split_at_subheads(items: list[Block]) -> list[RawCase]:
    """「小红帽」上门 老人不再“看病难” over 戴着红色帽子…，这是某镇中心卫生院党员医生的…: a page whose
    three or more slogan subheadings each head a section whose first sentence names its own unit,
    in full (with its place) and another than every other section's: one case per section; the
    introduction above the first belongs to none. A section whose first sentence names no unit of
    its own (医生和春花在卫生院工作了31年) makes the page one report; a sentence on its place may
    come before the unit's (某县某镇是典型的库区山乡。某镇卫生院党支部…)."""
    heads = [
        i for i in range(len(items) - 1)
        if _is_short_line(items[i].text) and _reads_as_headline(items[i].text) and not extract_metrics([items[i].text])
        and not names.institution_mentions(items[i].text) and _is_body_text(items[i + 1].text)
    ]
    if len(heads) < 3:
        return []
    units = []
    for head in heads:
        # (某县某镇是典型的库区山乡。某镇卫生院党支部…: a sentence on its place may come first)
        opening = "。".join(re.split(r"[。！？]", items[head + 1].text, maxsplit=2)[:2])
        named = [m.name for m in names.institution_mentions(opening) if gazetteer.opens_with_place(m.name) or names.opens_with_town(m.name)]
        if not named:
            return []
        units.append(named[0])
    forms = names.canonical_forms(units)
    if len({forms[u] for u in units}) < len(units):
        return []
    cases = []
    for number, head in enumerate(heads):
        title = re.sub(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]\s*", "", items[head].text.strip())  # (三、: its number)
        case = RawCase(title=title, institution=units[number])
        case.items = _until_commentary(items[head + 1 : heads[number + 1] if number + 1 < len(heads) else len(items)])
        cases.append(case)
    return cases


# 品牌二：“溪畔微光” / 创建单位：某街道社区卫生服务中心党支部: a collection names each entry's unit in a field
_UNIT_FIELD = re.compile(r"^(?:(?:创建|推荐|参评|选送|推选|所在|申报|报送)单位\s*[：:]|【(?:创建|推荐|参评|选送|推选|所在|申报|报送)单位】\s*[：:]?)\s*(?P<name>\S.{1,40})$")
# 【品牌名称】“杏林沙海” over 【创建单位】…: the entry's title in a field of its own
_TITLE_FIELD = re.compile(r"^[▲△◆◇●○■□★☆▶►]?\s*【?(?:品牌名称|案例名称|品牌|名称)】?\s*[：:]?\s*")
_ENTRY_NUMBER = re.compile(r"^(?:品牌|案例|典型|经验|做法)?[一二三四五六七八九十\d]{1,3}\s*[：:、.．]\s*")


# 文和社区：老旧楼道“亮”起来 / 文和社区党委把…: a label the analyser cuts (文|和), named again by its paragraph
_PLACE_LABEL = re.compile(r"^(?P<name>[^\W\d_全该本每各我][\u4e00-\u9fff]{0,5}(?<![乡农山])(?:社区|村|嘎查|居民区))\s*[：:]\s*(?P<title>\S.{1,40})$")  # (熊村：…, a village of one character)


_THEME_THEN_UNIT = re.compile(r"^(?:“[^”]{2,14}”|【[^】]{2,14}】)\s*[：:]\s*(?P<name>[\u4e00-\u9fff]{3,24})$")


# 社区卫生服务中心：…, 街道党工委：…, 卫生院党支部：…: a unit labelled by its kind alone
# (局机关党支部：… over 全州县卫生健康局机关党支部落实…: a bureau's own organ, its entry in the bureau's round-up)
_KIND_LABEL = re.compile(
    r"^(?P<kind>社区卫生服务中心|卫生服务中心|中心卫生院|卫生院|人民医院|中医院|街道|社区|村|局)(?:机关)?(?:党委|党总支|党支部|党工委)?[：:](?P<title>\S.{1,40})$"
)


def _label_named_again(text: str, following: str) -> tuple[str, str] | None:
    kind_only = _KIND_LABEL.match(text.strip())
    if kind_only and _reads_as_headline(kind_only["title"]):
        # 社区卫生服务中心：家庭医生当好… over 伊州区丽园街道社区卫生服务中心党支部现有…: a label by kind
        # alone, named in full as its paragraph opens; 街道党工委：… over 丽园街道党工委…: the street
        kind = kind_only["kind"]
        opening = re.match(rf"(?P<name>[\u4e00-\u9fff]{{2,24}}?{re.escape(kind)})(?:党委|党总支|党支部|党工委)?", following.strip())
        if opening and is_institution_name(opening["name"]) and opening["name"] != kind:
            return opening["name"], kind_only["title"].strip()
    label = _PLACE_LABEL.match(text.strip())
    if not label or not _reads_as_headline(label["title"]):
        return None
    name = label["name"]
    if not re.match(rf"{re.escape(name)}(?:党委|党总支|党支部|居委会|村委会|两委|“|以|在|把|将|针对|围绕|聚焦)", following):
        return None
    return name, label["title"].strip()


def _split_at_unit_fields(items: list[Block]) -> list[RawCase]:
    units = {i: _PARTY_ENDING.sub("", field["name"].strip()) for i, b in enumerate(items) if (field := _UNIT_FIELD.match(b.text))}
    units = {i: name for i, name in units.items() if is_institution_name(name)}
    fields = list(units)
    if len(fields) < 2:
        return []
    heads = [i - 1 if i and len(items[i - 1].text) <= 32 and _reads_as_headline(items[i - 1].text) and i - 1 not in units else i for i in fields]
    cases = []
    for number, (head, field) in enumerate(zip(heads, fields)):
        name = units[field]
        title = _TITLE_FIELD.sub("", _ENTRY_NUMBER.sub("", items[head].text)).strip() if head < field else name
        case = RawCase(title=title or name, institution=name)
        case.items = _until_commentary(items[field + 1 : heads[number + 1] if number + 1 < len(heads) else len(items)])
        cases.append(case)
    return cases


def _split_at_leads(items: list[Block], page: RawCase) -> list[RawCase]:
    """An e-paper page of several reports: each opens 本报讯（记者…）under its headline lines
    (a title, perhaps a subtitle that names the institution); the report runs to the next one's.
    The page's own report runs under the page's headline: from the first line (a lead there,
    or a byline and paragraphs) to the next report's headline."""
    leads = [i for i, b in enumerate(items) if i > 0 and _opens_a_report(b.text) and _heads_a_report(items[i - 1].text)]
    heads = []  # where each report's headline lines begin
    for number, lead in enumerate(leads):
        floor = leads[number - 1] + 1 if number else 0
        first = lead
        while first - 1 >= floor and lead - first < 3 and _heads_a_report(items[first - 1].text):
            first -= 1
        heads.append(first)
    if any(first == lead for first, lead in zip(heads, leads)):
        return []  # a lead with no headline of its own above it: not a page of several reports
    cases = []
    if leads and heads[0] > 0:
        before = items[: heads[0]]
        opens_with_lead = bool(meta.LEAD_DATELINE.match(before[0].text)) or _opens_a_report(before[0].text)  # 本报讯…, 本报记者 某某
        if opens_with_lead or sum(not _is_short_line(b.text) for b in before) >= 2:
            opening = 0
            while not opens_with_lead and opening < len(before) and _is_short_line(before[opening].text):
                opening += 1
            report = RawCase(title=page.title, institution=page.institution, named_by_label=page.named_by_label)
            report.subtitle_lines = [b.text for b in before[:opening] if _reads_as_headline(b.text)]
            report.items = before[opening:]
            cases.append(report)
    if len(cases) + len(leads) < 2:
        return []
    for number, (first, lead) in enumerate(zip(heads, leads)):
        end = heads[number + 1] if number + 1 < len(leads) else len(items)
        lines = [b.text for b in items[first:lead]]
        if lines[0].endswith(("：", ":")) and not cases and len(lines) == 1:
            # the page's headline stood above the first report's 某社区党委：label
            case = RawCase(title=page.title, institution=_PARTY_ENDING.sub("", lines[0][:-1]))
        elif _names_an_institution_label(lines[0]) and len(lines) >= 2:
            # 某街道某社区：/ 标题 / 记者 某某: a report headed by its institution's label
            case = RawCase(title=lines[1], institution=_label_name(lines[0]))
            case.subtitle_lines = lines[2:]
        elif first == 0 and not cases and page.title:
            # lines right under the page's headline are its subtitle (某社区牵手某医院签订共建协议)
            case = RawCase(title=page.title, institution=page.institution, named_by_label=page.named_by_label)
            case.subtitle_lines = lines
        else:
            case = _case_from_heading(lines[0])
            case.subtitle_lines = lines[1:]
        case.items = _until_commentary(items[lead:end])
        cases.append(case)
    return cases


# 短评：…, 编后：…: the paper's own comment under a report is no part of it
_COMMENTARY = re.compile(r"^(?:短评|编后语?|编后记|点评|时评|快评|短论|记者手记|采访手记)\s*[：:｜|]")


def _until_commentary(items: list[Block]) -> list[Block]:
    at = next((i for i, b in enumerate(items) if i and _COMMENTARY.match(b.text)), len(items))
    return items[:at]


_PARTY_ENDING = PARTY_ORGANISATION_ENDING  # 某社区党委：, 某卫生院党支部 over a headline


_NUMBERED_CASE = re.compile(r"^(?:典型)?(?:案例|经验|观摩点|示范点|观摩现场|点位|观摩点位)\s*[一二三四五六七八九十\d]{1,3}\s*(?:[：:、.．]|\s)\s*(?P<rest>\S.{3,60})$")


# 子洲县人民医院　近日，…: a brief that opens on its unit's name, a space, then its sentences
_NAMED_BRIEF = re.compile(r"^(?P<name>[\u4e00-\u9fff]{3,24})\s+(?P<text>[\u4e00-\u9fff“][^。]*?[，,][^。]*。.*)$")


def _named_briefs(lines: list[Block]) -> list[RawCase]:
    """短讯 / 子洲县人民医院　近日，…。（某某） / 碧城镇　云南省…。: a column of briefs, each opening on its
    unit's name and a space, one case each (under no more than the column's short lines)."""
    entries = [i for i, b in enumerate(lines) if (m := _NAMED_BRIEF.match(b.text)) and (names.names_whole(m["name"]) or names.is_town(m["name"]))]
    if len(entries) < 2 or any(not _is_short_line(b.text) for b in lines[: entries[0]]):
        return []
    cases = []
    for number, at in enumerate(entries):
        brief = _NAMED_BRIEF.match(lines[at].text)
        case = RawCase(title=brief["name"], institution=brief["name"])
        end = entries[number + 1] if number + 1 < len(entries) else len(lines)
        case.items = [Block(text=brief["text"], lineno=lines[at].lineno), *lines[at + 1 : end]]
        cases.append(case)
    return cases


def _numbered_case(text: str) -> tuple[str, str] | None:
    """案例一：某县人民医院“红色流动医院”开进山村 -> (its institution, its title): a collection's case."""
    numbered = _NUMBERED_CASE.match(text)
    if not numbered or not _reads_as_headline(numbered["rest"]):
        return None
    mentions = names.institution_mentions(numbered["rest"])
    if mentions and mentions[0].start == 0:
        return mentions[0].name, numbered["rest"]
    # 案例三：某镇“码上办”打通…: a town's government is the case (a town is no institution mention)
    town = re.match(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|苏木)", numbered["rest"])
    return (town.group(0), numbered["rest"]) if town and names.is_town(town.group(0)) else None


# Bodies a county has one of, which a county's own page labels by their kind alone
_ONE_PER_COUNTY = frozenset("疾控中心 疾病预防控制中心 卫健委 卫健局 卫生健康局 卫生健康委员会 妇幼保健院 妇幼保健计划生育服务中心".split())


def _in_full(unit: str, text: str) -> str:
    """疾控中心 over 射阳县疾病预防控制中心党支部组建…: a kind-only label, as its text names it in full."""
    if unit not in _ONE_PER_COUNTY:
        return unit
    named = [m.name for m in names.institution_mentions(text[:80]) if institution_kind(m.name) == institution_kind(unit)]
    return named[0] if named else unit


def _unit_name(text: str, column: bool = False, review: bool = False) -> str:
    """【某镇卫生院】, 案例三：某县第二人民医院, ◆ 某社区党委：, 某卫生院 alone on a line: the unit's name."""
    name = _ORDINAL_PREFIX.sub("", _BULLET.sub("", text.strip()).lstrip())  # ▲某镇卫生院: a bullet before a unit's name alone
    speaker = _SPEAKER.match(name)
    # (■ 某社区党委书记 某某, or 某卫生院党支部书记 某某 alone over what a review meeting prints of their account)
    speaker = speaker if speaker and (_BULLET.match(text.strip()) or (review and is_person_name(name.split()[-1]))) else None
    if speaker and is_institution_name(unit := _PARTY_ENDING.sub("", speaker["unit"])):
        return unit  # ■ 某社区党委书记 某某 over what they tell: a 书记说 column's entry, its unit's
    bracketed = re.fullmatch(r"[【\[](.+)[】\]]", name)
    name = bracketed.group(1) if bracketed else name
    if bracketed:
        name = re.split(r"\s*[·・•｜|]\s*", name)[0]  # 【某医院党支部·“品牌”】: the unit, then its brand
    name = _BRAND_AFTER_A_NAME.sub("", name)  # 某县人民医院“红医初心”品牌 alone over its entry: the unit, then its brand
    if (ordinal := _ORDINAL_PREFIX.match(text.strip())) and ordinal.end():
        name = re.sub(r"(?<=[院心局委区村])“[^“”]{2,16}”[\u4e00-\u9fff]{1,6}$", "", name)  # 二、某镇中心卫生院“银龄守护”暖人心: a numbered entry's unit, brand and words
    name = name if bracketed else _ROLE_AFTER_A_NAME.sub("", name)  # 某镇中心卫生院(医共体分院): the unit, then its role in brackets
    branch = _PARTY_ENDING.sub("", name.rstrip("：:").strip())
    name = BRANCH_DEPARTMENT.sub("", branch) if branch != name.rstrip("：:").strip() else branch  # 某中医院内科党支部: the hospital
    # ▶ 某社区党委 alone on its line: a bulleted party body's name labels its unit as a colon does
    bulleted_party = _BULLET.match(text.strip()) is not None and _PARTY_ENDING.search(text.strip()) is not None
    # (■鱼泉村 alone over its entry's title, on a showcase column's page: a bullet labels a bare village or
    # town too; in a health body's own report, ●龙凤村 heads a section of its work there)
    bulleted_place = column and _BULLET.match(text.strip()) is not None and institution_kind(name) in ("community", "government") and not _THEME_PLACE.match(name)
    labelled = bracketed or bulleted_party or bulleted_place or text.strip().endswith(("：", ":"))
    if labelled and is_institution_name(name) and len(name) - len(suffix_of(name)) >= 2 and not any(ch in NEVER_IN_NAME for ch in name):
        return name  # 【青年林社区】, 建新社区： alone on its line: a label holds a name, however the analyser cuts it
    if labelled and name in _ONE_PER_COUNTY:
        return name  # 【疾控中心党支部·“防线尖兵”】 on a county's page: its one CDC, named in full in its text
    return name if name and is_institution_name(name) and (names.names_whole(name) or names.is_town(name)) else ""


_BRAND_AFTER_A_NAME = re.compile(r"(?<=[院心局委区村])\s*“[^“”]{2,16}”(?:党建)?(?:品牌)?(?:\s*[（(][^（）()]{1,16}[）)])?$")  # (…“心连心”品牌(综合得分96.5分))
_ROLE_AFTER_A_NAME = re.compile(r"(?<=[院心局委])\s*[（(](?:医共体|医联体)[^（）()]{0,8}[）)]$")
_BULLET = re.compile(r"^[▲△◆◇●○■□★☆▶►]")
# ■ 某社区党委书记 某某: who speaks for the unit in an as-told-to column, over their own words
_SPEAKER = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{2,30}?(?:党委|党总支|党支部|党工委|党组)?)(?:第一)?(?:副)?(?:书记|主任|院长|站长|负责人|理事长)\s+[\u4e00-\u9fff]{2,4}$")
_SHOWCASE_COLUMN = re.compile(r"展播|选登|巡礼|风采录|案例|专版|集锦|掠影|撷英")
# 数字乡村, 智慧社区, 示范村: a theme, no village's name
_THEME_PLACE = re.compile(r"^(?:数字|智慧|和美|美丽|特色|示范|红色|文明|幸福|平安|健康|绿色|生态|宜居|未来|星级|先进|模范|五星|标杆|样板|法治|善治|清廉|共富|活力|无烟|书香|森林|旅游)")
# 白岩村  “寨老+党员”调解化纠纷: a showcase column's short village or town, set apart from its quoted title
_SHORT_PLACE_HEADING = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}(?:村|镇|乡|社区|嘎查|街道))\s+(?P<title>“[^”]{2,20}”\S{2,20})$")


_SECRETARY_OVER_AN_ACCOUNT = re.compile(r"^(?P<name>[\u4e00-\u9fff]{4,30}?)(?:党委|党总支|党支部)(?:第一)?(?:副)?书记$")


def _is_kicker(text: str) -> bool:
    """基层党建·一线风采, 党建引领 健康为民: a column's or kicker's line over a headline."""
    if re.fullmatch(r"【[^【】]{2,20}】", text):
        return True  # 【我为群众办实事·基层案例】 alone on its line: a column's name in brackets
    if len(text) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]{2,6}(?:观察|视点|聚焦|专栏|纪实|札记|手记|时评|快评|一线|速递|简讯|短讯|快讯|风采|巡礼|进行时|之窗|专题|资讯|在现场|在一线|在基层|走基层|访谈|访谈录)|[\u4e00-\u9fff]{0,4}书记说", text):
        return True  # 乡村振兴观察, 结对共建进行时, 社区书记访谈, 书记说: a column's name
    if len(text) <= 5 and re.fullmatch(r"[\u4e00-\u9fff]{2,3}(?:建设|工作|动态|园地|要闻)", text):
        return True  # 党群建设, 党建工作: a site's section (not 做好基层党建工作, a headline)
    return len(text) <= 16 and (re.fullmatch(r"[\u4e00-\u9fff]{2,8}\s*[·・•]\s*[\u4e00-\u9fff]{2,8}", text) is not None or _is_slogan(text))


def _names_an_institution_label(text: str) -> bool:
    """某某社区卫生服务中心：, 某社区党委： alone on a line: the institution a report is about."""
    if text[-1:] not in "：:":
        return False
    name = _label_name(text)
    return bool(name) and (names.names_whole(name) or names.is_town(name) or names.is_place_name(name))


def _label_name(text: str) -> str:
    """某社区党委：-> 某社区; 某医院内科第二党支部：-> 某医院 (a department's branch is its hospital's)."""
    return BRANCH_DEPARTMENT.sub("", _PARTY_ENDING.sub("", text.strip()[:-1].strip()))


def _opens_a_report(text: str) -> bool:
    """本报讯（记者…）…, or a byline alone on its line (本报记者 某某 通讯员 某某)."""
    return bool(meta.LEAD_DATELINE.match(text)) or (len(text) <= 30 and bool(meta.BYLINE.match(text) or _BYLINE_ALONE.match(text)))


# An opinion page's column over its headline, and its writer's line (本报评论员, 本报特约评论员 某某)
_OPINION_COLUMN = re.compile(r"(?:短评|时评|快评|评论|社论|短论|述评|言论|锐评|微评|新论|评论员文章|编后|编后语|点评)")
_COMMENTATOR = re.compile(r"(?:本报|本刊|本台|本网|[\u4e00-\u9fff]{2,6}(?:日报|晚报|报))?(?:特约)?评论员(?:\s+[\u4e00-\u9fff]{2,4})?")
_BYLINE_ALONE = re.compile(r"^(?:" + OUTLET + r"\s+)?(?:本报|全媒体|融媒体|特约)?(?:记者|通讯员)\s*[\u4e00-\u9fff](?:[\s、·]*(?:记者|通讯员)?\s*[\u4e00-\u9fff]){1,20}(?:\s+(?:图|图片|摄影)\s*[/／：:]\s*\S{2,12})?$")  # 古丽娜尔·艾买提; …　图/受访者提供


def _heads_a_report(text: str) -> bool:
    """A headline line, or the line that names the report's institution (某社区党委：)."""
    if _reads_as_headline(text):
        return True
    label = _PARTY_ENDING.sub("", text[:-1].strip()) if text[-1:] in "：:" else ""
    return bool(label) and (names.names_whole(label) or names.is_town(label) or names.is_place_name(label))


# …本期展播的是三个社区的做法。, 现选取3个典型案例予以展示。: the opening hands over to the cases below
_ANNOUNCES_THE_CASES = re.compile(
    r"(?:^|[。，；！？])(?:本期|本报|本版|今天|今日|今起|现(?=选取|将|予以|推出|摘编|刊发|展播)|下面|以下)[^。！？]{0,16}(?:展播|摘编|选取|遴选|推出|刊发|分享|展示|介绍)[^。！？]{0,24}(?:案例|做法|经验|故事)[^。！？]{0,12}[。！？]?$"
    # 以下是其中三家单位的做法。, 今天，我们走进三个街镇，看看他们的特色做法。, 记者日前走访了其中两个社区。,
    # 记者近日走访了某街道、某街道的2家社区卫生服务中心。
    r"|(?:^|[。；！？])(?:以下|下面)(?:是|为|请看)[^。！？]{0,20}(?:做法|经验|案例|故事|风采|实践)[。！？：:]?$"
    r"|(?:^|[。，；！？])(?:记者|我们|笔者|小编)(?:(?:跟随|随同|跟着)[^。！？，]{2,20})?[^。！？，]{0,6}(?:走进|走访|来到|探访|采访|选取|挑选)了?(?:[^。！？]{2,30}?的|[^。！？，]{2,30}?)?(?:其中的?)?[一二两三四五六七八九十\d]{1,2}(?:个|家|所|位)[^。！？]{0,30}[。！？]?$"
    # (…。记者走进某中心和某中心，探访品牌创建成效。: the units by name, the last sentence of the introduction)
    r"|(?<=[。！？])(?:近日|日前|近期)?，?(?:记者|笔者|小编)[^。！？，]{0,6}(?:走进|走访|来到|探访)了?[^。！？]{4,40}(?:和|、|及)[^。！？]{2,60}[。！？]?$"
)


_COUNTY_MAKE_UP = re.compile(r"(?:据了解|据悉|据统计|目前|截至目前)?[，,]?全(?:县|区|市|旗)(?:现有|共有|现辖|下辖|辖)[^。！？]*[。！？]")


def _holds_a_report(items: list[Block]) -> bool:
    """Work told with figures, or more than one paragraph: not just a round-up's introduction
    (the organiser's totals in one paragraph that hands over to the cases are its introduction)."""
    # (据了解，全县现有乡镇卫生院22家…。: the county's make-up, told beside the introduction, is no report)
    paragraphs = [b.text for b in items if not _is_short_line(b.text) and not _COUNTY_MAKE_UP.fullmatch(b.text)]
    if len(paragraphs) == 1 and _ANNOUNCES_THE_CASES.search(paragraphs[0]):
        return False
    return len(paragraphs) >= 2 or len(extract_metrics(paragraphs)) >= 2  # (推动全县30家卫生院…: an introduction)


def _round_up_only(starts: list[tuple[int, RawCase, int]]) -> bool:
    """Starts found only in paragraphs (某社区：短标题。…) belong to a round-up under a page title."""
    return all(taken == 0 for _, _, taken in starts)


# 某镇卫生院：“流动药箱”送药上山。… (a round-up's unit, its short title, then its work)
_UNIT_LEAD = re.compile(r"^(?P<name>[\u4e00-\u9fff]{3,30})[：:]\s*(?P<title>[^。！？：]{2,30})[。！？]|^【(?P<bracketed>[\u4e00-\u9fff]{3,30})】\s*(?P<after>[^。！？：【】]{2,30})[。！？](?=.{20,})")  # (【县中医院】“…”活动启动。5月22日，…)
# 某社区：社区有居民2860户，…。: the entry's first sentence tells its work (its own subject, a count), no title
# (维修老旧楼道照明，已完成，更换声控灯260盏: three clauses with a count are a sentence's, not a slogan's
# like 党员带头，群众参与，环境大变样)
_WORK_NOT_TITLE = re.compile(r"\d+(?:\.\d+)?[万余多]?(?:名|人|户|个|次|场|张|家|支|件|项|份|%)|^(?:社区|村|中心|医院|院|卫生院|街道|镇|该|我们)|^(?=[^。]*\d)[^，]*，[^，]*，")
# 丰曲村：村党支部领办…: a village's short name labelling its entry
_VILLAGE_LEAD = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,6}(?:村|社区|嘎查))[：:]\s*(?=[^。！？：]{2,}[。！？])")
_UNIT_LEAD_LONG = re.compile(r"^(?P<name>[\u4e00-\u9fff]{3,30})[：:]\s*(?=[^。！？：]{31,}[。！？])")
_TOWN_LEAD = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|苏木))[：:]\s*(?P<title>[^。！？：]{2,30})[。！？](?=.{30,})")


# 某镇党委…, 镇政府…: a town's own party committee or government acting in the text
_TOWN_ACTS = re.compile(r"(?:镇|乡|街道|苏木)(?:党委|党工委|人民政府|政府)")
_BODY_ACTS = re.compile(r"(?:^|[，。；])(?:该|本|我)?(?:医院|院|卫生院|中心)(?:党委|党总支|党支部|党员|专家|医生|医护)")


def _places_the_body_works_in(page: RawCase, starts: list[tuple[int, RawCase, int]], items: list[Block]) -> bool:
    """A health body's headline over sections headed by towns or streets, in each of which the body
    itself acts (医院党委…, 医院党员医生…) and no town's own party body does: its places, not units."""
    if not (page.institution and institution_kind(page.institution) in HEALTH_KINDS):
        return False
    for number, (index, case, taken) in enumerate(starts):
        if not (case.institution and names.is_town(case.institution) and institution_kind(case.institution) == "government"):
            return False
        end = starts[number + 1][0] if number + 1 < len(starts) else len(items)
        text = "\n".join(b.text for b in items[index + taken : end])
        if not _BODY_ACTS.search(text) or _TOWN_ACTS.search(text):
            return False
    return True


def _short_form_in(name: str, text: str) -> bool:
    """某县人民医院党委与金龙村结对 of 花垣县双龙镇金龙村: the text names the unit by its last five
    characters, or a village or community by its bare name after its town."""
    bare = re.search(r"(?:镇|乡|街道|苏木)(?P<bare>[\u4e00-\u9fff]{2,8}(?:村|社区|嘎查|居民区))$", name)
    return name[-5:] in text or (bare is not None and bare["bare"] in text)


def _names_both(one: str, other: str, sentence: str) -> bool:
    """The sentence names both units, in whatever form (东台市疾病预防控制中心 is 东台市疾控中心)."""
    printed = [m.name for m in names.institution_mentions(sentence)]
    forms = names.canonical_forms([one, other, *printed])
    return forms[one] != forms[other] and {forms[one], forms[other]} <= {forms[name] for name in printed}


def _town_s_health_body(town: str, section: list[Block]) -> str:
    """碧玉镇：党员医生扛起“流动药箱” over 早上7点，某县碧玉镇中心卫生院的院子里…: a town's heading over
    the work of its health centre (its own party committee nowhere acting) heads the centre's."""
    if not (town and names.is_town(town) and institution_kind(town) == "government" and section):
        return ""
    text = "\n".join(b.text for b in section)
    if _TOWN_ACTS.search(text) or re.search(r"该镇|该乡|全镇|全乡", text):
        return ""
    unit = _town_lead_unit(town, section[0].text)  # (the centre opens the entry, not 依托某镇卫生院…)
    return unit if unit != town and town in unit and institution_kind(unit) in HEALTH_KINDS else ""


def _labelled_work(text: str, lead: re.Match | None) -> re.Match | None:
    """某社区：社区党委组建…，队员76人，…。, 丰曲村：村党支部领办…: a label over an entry whose first sentence is
    its work (a long one, a village's, or one _UNIT_LEAD took for a title and _WORK_NOT_TITLE did not)."""
    return _UNIT_LEAD_LONG.match(text) or _VILLAGE_LEAD.match(text) or (lead if lead and lead["name"] else None)


def _long_lead_unit(name: str, entry: str) -> str:
    """The unit a label opens a long entry for: an institution named whole, a village by its short name,
    or a town whose own party body or unit acts."""
    if (is_institution_name(name) and names.names_whole(name)) or re.fullmatch(_VILLAGE_NAME, name):
        return name
    return _town_lead_unit(name, entry) if names.is_town(name) else ""


def _town_lead_unit(town: str, entry: str) -> str:
    """The unit a town's labelled entry opens on (某镇卫生院党支部…), or the town itself (镇党委…)."""
    frame = _SCENE_OPENING.match(entry) or _OPENING_FRAME.match(entry)
    entry = entry[frame.end() :] if frame else entry
    mentions = names.institution_mentions(entry[:40])
    if mentions and mentions[0].start == 0:
        return mentions[0].name
    own_centre = re.match(r"^(?:该镇|该乡|本镇|镇|乡)(?P<kind>中心卫生院|卫生院|社区卫生服务中心)", entry)
    if own_centre:
        return town + own_centre["kind"]  # (高坪镇：…。该镇卫生院党支部…: the labelled town's own)
    return town if re.match(rf"^(?:{re.escape(town)}|镇|乡|街道)(?:党委|党工委|党政)", entry) else ""


_NUMBERED_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]+[，、])")


_PAIRING = re.compile(r"结对|共建|签约|签订|携手|联建|帮扶|支援|对口|派驻|派出|选派|下派|轮岗")
_VISIT_OPENING = re.compile(r"(?:^|^“[^”]{2,40}”(?:\d{1,2}月\d{1,2}日)?，?)(?:走进|走入|来到|步入|在)(?=[\u4e00-\u9fff])")
_VISITORS_LOOK = re.compile(r"^(?:党员们|党员干部们|大家|一行人?|与会人员|学员们|代表们|参观人员|(?:调研|考察|走访|督导|检查)组(?:一行)?)[^，。；]{0,6}?(?:参观|观摩|了解|听取|察看|查看|实地|走访|学习)")
_INSIDE_UNIT = re.compile(r"^(?:党群服务中心|卫生室|活动室|服务站|门诊)?[，里内]")
_SECRETARY_REPORTS = re.compile(r"^(?:党委|党总支|党支部|党工委)?书记(?:[\u4e00-\u9fff]{2,3}?)?(?:在?述职时|在述职中)?(?:介绍|说|表示|汇报)[，,：:]")  # (…书记李某某介绍，)
_TALK_OPENING = re.compile(r"^“[^”]{2,80}”(?:[^，。“”]{0,8}?(?:说起|谈起|提起|提到|谈到)|[，,]?(?=[\u4e00-\u9fff]{2,14}?(?:社区|村|嘎查|卫生院|街道|镇)(?:党委|党支部|党总支|党工委)?书记))")  # (“…”某社区党委书记第一个登台: its secretary speaks for it)
_SCENE_OPENING = re.compile(r"^(?:在[^，。]{1,12}|近年来|今年以来|去年以来|与此同时|同时|此外|另外|其中|而|(?:近日|日前|近期)(?=，))，?")


_OPENING_FRAME = re.compile(r"(?:[^，。；]{0,12}(?:以来|年来|年|月|日|时|期间|中|上|下|初|底|\d点(?:许|多|半)?)[，,])?")  # (早上7点，…)


def _split_at_new_subjects(page: RawCase) -> list[RawCase]:
    """An e-paper page whose next report has a headline but no lead: a headline line between
    paragraphs, under which the report opens on an institution the page has not named yet."""
    items = page.items
    starts = []
    for index in range(1, len(items) - 1):
        text = items[index].text
        if not _reads_as_headline(text) or _is_short_line(items[index + 1].text) or _is_short_line(items[index - 1].text):
            continue
        if _NUMBERED_HEAD.match(text):
            continue  # 二、上级专家“沉下来”: a section of the same report
        # (the report opens on it, after a time at most, not 支部…走进县城中小学开展…: where a unit went)
        sentence = re.split(r"[。！？]", items[index + 1].text, maxsplit=1)[0]
        opening = [m for m in names.institution_mentions(sentence) if _OPENING_FRAME.fullmatch(sentence[: m.start])]
        earlier = "\n".join(b.text for b in items[(starts[-1] if starts else 0) : index])
        if opening and not any(m.name in earlier or m.name[-6:] in earlier for m in opening):
            starts.append(index)
    if not starts:
        return []
    first = RawCase(title=page.title, institution=page.institution, named_by_label=page.named_by_label)
    first.subtitle_lines = page.subtitle_lines
    first.items = items[: starts[0]]
    if starts[0] > 1 and _LIST_BULLET.match(items[0].text) and _reads_as_headline(items[0].text):
        # 卫健简讯（第5期） / ◆某中心开展…: a bulletin's first entry under its own bulleted headline
        first = _case_from_heading(items[0].text)
        first.items = items[1 : starts[0]]
    cases = [first]
    for number, index in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(items)
        case = _case_from_heading(items[index].text)
        case.items = items[index + 1 : end]
        cases.append(case)
    return cases


# …，让群众在家门口看得上病。（某分院 某某）: a brief that closes on its sender's credit
# (a unit, or a correspondent, and a name: not （文中患者均为化名）, （以上排名不分先后）, a note of the text)
_SIGNED = re.compile(
    r"[。！？”]\s*[（(](?P<credit>(?:[\u4e00-\u9fff]{1,14}(?:分院|党支部|党总支|支部|科室|科|医院|卫生院|中心|站|办公室|办|部|所|队|组)|通讯员|记者)(?:[\s\u3000]+[\u4e00-\u9fff]{2,4})?)[）)]$"
)
_NOT_A_SENDER = re.compile(r"摄|图|供图|完|待续|全文|原载|有删节|节选")


def _signed_briefs(case: RawCase) -> list[RawCase]:
    """A hospital paper's page of briefs, each closing on its sender's credit (…。（某分院 某某）), some
    under no headline of their own: each signed paragraph after the first closes a brief of its own.
    (One report's credit at its end splits nothing; nor do photo credits, 图/摄.)"""
    credits = {i: m["credit"] for i, b in enumerate(case.items) if len(b.text) >= 40 and (m := _SIGNED.search(b.text)) and not _NOT_A_SENDER.search(m["credit"])}
    signed, senders = list(credits), {credit.split()[0] for credit in credits.values()}
    if len(signed) < 2 or case.sections or len(senders) < 2:
        return [case]  # (briefs all sent by one unit, 某县人民医院 王磊: one case of it, as one report's would be)
    pieces = [case]
    case_items, case.items = case.items, case.items[: signed[0] + 1]
    for before, at in zip(signed, signed[1:]):
        items = case_items[before + 1 : at + 1]
        named = _NAMED_BRIEF.match(items[0].text)
        if named and (names.names_whole(named["name"]) or names.is_town(named["name"]) or _PARTY_ENDING.search(named["name"])):
            # 县医院行政第二党支部　日前，…: a brief that opens on its unit's name and a space
            title, items = named["name"], [Block(text=named["text"], lineno=items[0].lineno), *items[1:]]
        elif len(items) > 1 and _is_short_line(items[0].text) and not _SIGNED.search(items[0].text):
            title, items = items[0].text, items[1:]
        else:
            title = _brief_title(items[0].text)
        brief = RawCase(title=title)
        brief.items = items
        pieces.append(brief)
    pieces[-1].items += case_items[signed[-1] + 1 :]  # (the page's lines after the last brief)
    return pieces


_DATELINE_CLAUSE = re.compile(r"^(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底|末|以来)?$|^(?:近日|日前|近期|目前|今年以来|近年来)$")


def _brief_title(text: str) -> str:
    """A brief's own first words for its title, after its dateline (8月下旬，…)."""
    clauses = [c for c in re.split(r"[，,。；]", text) if c]
    words = next((c for c in clauses if not _OPENING_FRAME.fullmatch(c + "，") and not _SCENE_OPENING.fullmatch(c) and not _DATELINE_CLAUSE.match(c)), clauses[0] if clauses else text)
    return words[:30]


_BRIEFS_COLUMN = re.compile(r"^[■□●◆▌]?\s*[【\[（(]?(?:短讯|简讯|快讯|图片新闻|新闻速递|动态|综合新闻)[】\]）)]?$")


def _is_column_of_briefs(lines: list[Block]) -> bool:
    """短讯 over bulleted briefs (●近日，…。), or bulleted briefs alone: each brief its own report."""
    # (某县中医医院：“中医夜市”开到某镇 7月下旬，…。（某某）: a brief under its unit's label, as a bullet does)
    bulleted = [b for b in lines if (_ENTRY_BULLET.match(b.text) or _labelled_brief(b.text)) and (b.text.rstrip("）)").endswith(("。", "！")) or "。（" in b.text)]
    # (the page's furniture around them, 本版编辑 某某, is no text of the column's)
    return len(bulleted) >= 2 and (bool(_BRIEFS_COLUMN.match(lines[0].text)) or len(bulleted) == sum(1 for b in lines if len(b.text) > 30))


def _labelled_brief(text: str) -> bool:
    label = re.match(r"^([\u4e00-\u9fff]{4,30})[：:]", text)
    return bool(label) and len(text) >= 50 and is_institution_name(label.group(1))


def _briefs_of_the_genre(items: list[Block]) -> list[RawCase]:
    """●近日，某医院党委组织…。（通讯员 某某）: each bulleted brief that opens on an institution, with figures, is a case."""
    cases = []
    for block in items:
        bullet = _ENTRY_BULLET.match(block.text)
        if not bullet:
            continue
        text = block.text[bullet.end() :]
        opening = _SCENE_OPENING.match(text)
        text = text[opening.end() :] if opening else text
        mentions = names.institution_mentions(text[:40])
        if mentions and mentions[0].start == 0 and extract_metrics([block.text]):
            case = RawCase(title=re.split(r"[，。]", text, maxsplit=1)[0], institution=mentions[0].name)
            case.items = [block]
            cases.append(case)
    return cases


_MEMBERS_OF = re.compile(r"成员单位|派驻|托管|对口帮扶|帮扶|下沉")
_SERVED_POINT = re.compile(r"是[^。；！？]{0,16}(?:联系点|帮扶点|结对点|服务点|帮扶村|结对村|联系村|定点村)")


_TO_US = re.compile(r"(?:向|到|来|为|给|帮扶|支援|托管)(?:我院|本院|我中心|本中心|我们)")
_STATIONED_TEAM = re.compile(r"^(?:党委|党总支|党支部)?驻[\u4e00-\u9fff]{0,12}?(?:嘎查|村|社区)?(?:工作队|工作组|第一书记)")


def _round_up(items: list[Block], headline: str = "", label: str = "") -> list[RawCase]:
    openers, bare_brackets = [], []  # (a bracketed entry without figures counts among others)
    bare_villages = []  # 东岭村依托…, 北庄村则把…: villages by their bare names, under a town's headline
    bare_towns = []  # (towns and streets so, where two or more open their paragraphs: not a town helping its village)
    city_tags: dict[int, tuple[int, int]] = {}  # 黄冈 某县人民医院…: where a brief's city tag stands, by its paragraph
    # (a tour's page says so, or numbers one of its stops: 最后一站是…)
    on_tour = bool(_TOUR_PAGE.search(headline + label + "\n" + "\n".join(b.text for b in items[:3]))) or any(_NUMBERED_STOP.match(b.text) for b in items)
    series = _series_of_short_entries(items)
    headline_s_health_body = any(institution_kind(m.name) in HEALTH_KINDS for m in names.institution_mentions(headline))
    one_visit = sum(1 for b in items if re.match(r"(?:走进|走入|来到|步入)", b.text)) == 1  # (not 走进…, 走进…, 走进…。这是…的缩影: a tour's last stop)
    listed = _numbered_paragraphs(items, bulletin=bool(_BULLETIN_TITLE.search(headline)))
    dated_units = _units_by_day(items)
    for index, block in enumerate(items):
        if _ANNOUNCES_THE_CASES.search(block.text):
            continue  # (…指导全区8个中心…。记者近日走访了其中3家。: the introduction that hands over to the units)
        # (走进某镇卫生院，…。这是全县卫健系统…的一个缩影: a scene that stands for the whole, no unit of a round-up)
        visit = _VISIT_OPENING.search(block.text[:60]) if not (one_visit and names.STANDS_FOR_THE_WHOLE.search(block.text)) else None
        if visit:
            # 走进某社区卫生服务中心，…; “…”8月6日，在某社区党群服务中心，…: the unit the reader is taken into
            mentions = names.institution_mentions(block.text[visit.end() : visit.end() + 40])
            after = block.text[visit.end() + mentions[0].end :] if mentions else ""
            # (在某镇卫生院，党员们参观了…: where a visiting party went, not a tour's stop)
            # (县妇幼保健院党员赴某镇… over 在某镇某村，党员们…: the village the headline's health body goes to, no unit)
            visited = institution_kind(mentions[0].name) in ("community", "government") and headline_s_health_body if mentions else False
            if mentions and mentions[0].start == 0 and _INSIDE_UNIT.match(after) and extract_metrics([block.text]) and (on_tour or not _VISITORS_LOOK.match(after.lstrip("，,里内"))) and not visited:
                openers.append((index, mentions[0].name, False))
                continue
        talk = _TALK_OPENING.match(block.text)
        if talk:
            # “以前拔颗牙都要跑县城…”说起某乡卫生院新开的口腔科，…: a resident's words, then the unit
            mentions = names.institution_mentions(block.text[talk.end() : talk.end() + 40])
            secretary = re.match(r"(?P<name>" + _VILLAGE_NAME + r")(?=(?:党委|党支部|党总支)?书记)", block.text[talk.end() :])
            # (“…”某社区党委书记说 in that community's own report: its secretary, no unit of a round-up)
            own_secretary = secretary is not None and secretary["name"] in headline
            if mentions and mentions[0].start == 0 and extract_metrics([block.text]) and not (own_secretary or mentions[0].name in headline):
                openers.append((index, mentions[0].name, False))
                continue
            if secretary and not own_secretary and not re.search(r"[的了在是]", secretary["name"]) and extract_metrics([block.text]):  # (not 带队的社区党总支书记)
                openers.append((index, secretary["name"], False))  # (the analyser may not read a community's short name as one)
                continue
        run_in = _RUN_IN_HEAD.match(block.text)
        if run_in and extract_metrics([block.text]):
            openers.append((index, run_in["name"], True))  # 石龙沟村　石龙沟村有农户214户…: a run-in head, the name told again
            continue
        stop = _TOUR_STOP.match(block.text)
        if stop and not on_tour and not _NUMBERED_STOP.match(block.text):
            stop = None  # 首先，大家来到某村…随后，大家来到县人民医院…: one body's day told in order, no tour
        if stop and len(extract_metrics([block.text])) >= 1:
            # 第一站来到唐家寨村。…, 最后一站是某镇卫生院。…: a tour's stop, the unit it visits
            after = block.text[stop.end() :]
            mentions = names.institution_mentions(after[:30])
            bare = _STOP_UNIT.match(after)
            name = mentions[0].name if mentions and mentions[0].start == 0 else (bare["name"] if bare else "")
            town = next(iter(names.printed_towns(label + headline)), "")
            if name[:1] in "镇乡" and town.endswith(name[:1]):
                # 最后一站是镇中心卫生院: the headline's town's own (阜平龙泉关镇 -> 龙泉关镇, its county left to the naming)
                bare_town = next((town[k:] for k in range(1, len(town) - 2) if names.is_place_name(town[:k]) and names.is_town(town[k:])), town)
                name = bare_town + name[1:]
            if name:
                openers.append((index, name, False))
                continue
        bracket = _BRACKETED_ENTRY.match(block.text)
        if bracket and is_institution_name(bracket["name"]):
            if extract_metrics([block.text]):
                openers.append((index, bracket["name"], True))  # 【某县人民医院】医院党委在门诊…: a bracketed label opens the entry
            else:
                bare_brackets.append((index, bracket["name"], True))
            continue
        village = _VILLAGE_ENTRY.match(block.text)
        if village and extract_metrics([block.text]):
            openers.append((index, village["name"], True))  # 某岭村：村里有300户…: a village's entry, named as its label
            continue
        bare_village = _VILLAGE_OPENS.match(block.text) or _VILLAGE_SCENE.match(block.text)
        if bare_village and len(block.text) >= 30 and len(extract_metrics([block.text])) >= 2:
            bare_villages.append((index, bare_village["name"], False))
        bare_town = _TOWN_OPENS.match(block.text)
        if bare_town and not (bare_town["party"] or bare_town["own_party"]) and not on_tour:
            bare_town = None  # (洪善镇以…为抓手 in a county's own report: its town at work; a tour's or a contest's page names its stops so)
        if bare_town and names.is_town(bare_town["name"]) and len(block.text) >= 30 and len(extract_metrics([block.text])) >= 2:
            bare_towns.append((index, bare_town["name"], False))  # 镜岭镇党委则把…, 在儒岙镇，镇党委牵头…: a town's entry
        bullet = _ENTRY_BULLET.match(block.text) or _NUMBERED_BRIEF.match(block.text)
        start = bullet.end() if bullet else listed.get(index, 0)  # ▲某县人民医院：…; ●近日，某医院党委…: a column's bulleted brief
        tag = _PLACE_TAG.match(block.text[start:])
        tagged_at = start if tag and names.is_place_name(tag["place"]) else None
        if tagged_at is not None:
            start += tag.end()  # 黄冈 某县人民医院党委推出…: a bulletin's brief under its city's short name
        opening = _SCENE_OPENING.match(block.text[start:])
        start += opening.end() if opening else 0  # 在大苗山深处，某乡卫生院党支部…
        dated = _DATED_OPENING.match(block.text[start:]) if index and _reads_as_headline(items[index - 1].text) else None
        if dated and _same_opening_unit(items[index - 1].text, block.text[start + dated.end() :]):
            start += dated.end()  # 某县人民医院“红医讲堂”走进校园 / 8月28日，某县人民医院党委…: a brief under its own headline
        elif index in dated_units:
            start += dated_units[index]  # 7月1日，某县人民医院党委… / 同日，某县中医医院党总支…: a system's day, unit by unit
        mentions = names.institution_mentions(block.text[start : start + 40])
        scene_town = _TOWN_SCENE.match(block.text)
        if not mentions and scene_town and names.is_town(scene_town["name"]) and len(block.text) >= 60 and extract_metrics([block.text]):
            # 在某畲族镇，镇卫生院党支部打造…: the town's own centre, by its town told just before
            unit = _town_lead_unit(scene_town["name"], block.text[scene_town.end() :])
            if unit != scene_town["name"] and institution_kind(unit) in HEALTH_KINDS:
                openers.append((index, unit, False))
                continue
        # (某县人民医院党委：…, 某县中医院“岐黄先锋”：…: its party body or its brand before the colon)
        colon = _LABEL_COLON.match(block.text[start + mentions[0].end :]) if mentions else None
        labelled = bool(colon) and block.text.endswith("。")
        labelled = labelled or (bool(mentions) and bool(bullet) and block.text[:1] in "0123456789（(")  # (2.某医院党总支。主要事迹：…: a listed unit's entry)
        # 某镇卫生院党支部书记介绍，…: a unit's secretary reporting for it, at a review meeting
        labelled = labelled or (bool(mentions) and _SECRETARY_REPORTS.match(block.text[start + mentions[0].end :]) is not None)
        headed = bool(_subheading_above(items, index)) and not names.institution_mentions(items[index - 1].text)
        # 某卫生院：党员医生骑摩托车入户…。, or a paragraph under a subheading of its own: a showcase's short entry
        # (仰忠社区推出“…”，认领微心愿153个…。: a community's short entry with its figures, in a street's round-up)
        short_entry = bool(mentions) and institution_kind(mentions[0].name) == "community" and bool(extract_metrics([block.text]))
        # (●某县人民医院心内科党支部走进…，听众达120余人。（某某）: a column's bulleted brief is short)
        marked = bool(bullet) and (block.text[:1] in "▲△◆◇●○■□▶►★☆•·" or bool(_NUMBERED_BRIEF.match(block.text))) or index in listed or index in dated_units  # (not 一是某镇卫生院…, a report's own point)
        long_enough = len(block.text) >= 60 or ((labelled or headed or short_entry or marked or index in series) and len(block.text) >= 30)
        after_name = block.text[start + mentions[0].end :] if mentions else ""
        # (石城县人民医院向我院派驻…: a partner in the report's own voice; 某市医院驻嘎查工作队也积极参与其中: the
        # team a body stations in the place; 某嘎查党支部书记介绍… under a health body's labelled headline: the
        # place it serves, told by its secretary: a helper or a place of the report, no unit's entry)
        helper = bool(mentions) and (_TO_US.search(re.split(r"[。；！？]", block.text[start:], maxsplit=1)[0]) is not None or _STATIONED_TEAM.match(after_name) is not None)
        place_s_secretary = bool(mentions) and institution_kind(mentions[0].name) == "community" and institution_kind(label) in HEALTH_BODIES and _SECRETARY_REPORTS.match(after_name) is not None
        # (某嘎查共有牧户213户…，是服务队的固定联系点之一: the place a body's team serves, told in its report)
        served_place = bool(mentions) and institution_kind(mentions[0].name) == "community" and _SERVED_POINT.search(block.text) is not None
        if mentions and mentions[0].start == 0 and long_enough and (not start or index in listed or extract_metrics([block.text])) and not helper and not place_s_secretary and not served_place:
            openers.append((index, mentions[0].name, labelled))  # (an introduction 今年以来，某局… without figures is none)
            if tagged_at is not None:
                city_tags[index] = (tagged_at, tag.end())  # (the city's tag is no text of the brief, once the briefs are cases)
        elif marked and (town := _BRIEF_TOWN.match(block.text[start:])) and names.is_town(town["name"]) and len(block.text) >= 30:
            openers.append((index, town["name"], False))  # ●某镇党委组织…: a town's own brief in the column
    if len(bare_towns) >= 2:
        bare_villages = sorted(bare_villages + bare_towns)
    elif len(openers) >= 2 or (len(openers) == 1 and len(extract_metrics([items[openers[0][0]].text])) >= 2 and not any(t[1] in openers[0][1] for t in bare_towns)):
        # 在白沙镇，镇党委推行…, among units named in full (某镇卫生院…, 某镇某村则…): one of them
        # (在紫金街道，街道党工委牵头… then 岩泉街道社区卫生服务中心则…: a street and another street's centre, each with its work)
        taken = {i for i, _, _ in openers}
        openers = sorted(openers + [t for t in bare_towns if t[0] not in taken and re.match(r"^在", items[t[0]].text)])
    titled_health = any(institution_kind(m.name) in HEALTH_BODIES for m in names.institution_mentions(headline))
    if len(bare_villages) >= 2 and not titled_health and not any(i == j for i, _, _ in openers for j, _, _ in bare_villages):
        # (not in a health body's report, where a village it serves tells its make-up)
        openers = sorted(openers + bare_villages)
    if sum(1 for i, _, labelled in openers if labelled and _BRACKETED_ENTRY.match(items[i].text)) >= 2:
        # 【某社区·“议事亭”】社区党委搭建…，受到群众欢迎。 among bracketed entries with figures: an entry too
        openers = sorted(openers + bare_brackets)
    # (平安派出所民警介绍，该所去年…: the police, a bank or a court telling its own, beside a community's work)
    openers = [opener for opener in openers if not _OTHER_TRADE.search(opener[1])]
    forms = names.canonical_forms([name for _, name, _ in openers])
    distinct = {forms[name] for _, name, _ in openers}
    if len(distinct) < len(openers) or len(openers) < 2:
        return []  # (柯城区卫生健康局 … 区卫健局 …: one body's paragraphs)
    first = min(i for i, _, _ in openers)
    intro = "\n".join(b.text for b in items[:first])
    if intro and all(name in intro for _, name, _ in openers) and _MEMBERS_OF.search(intro):
        return []  # 某医院党委向某镇卫生院、某镇卫生院等成员单位派驻…: the hospital's members, each's result a line of its report
    reporter_walks = re.search(r"(?:记者|笔者|我们|小编)(?!随|跟)[^。；！？]{0,10}(?:走进|走入|来到|深入|前往|探访|走访)", intro) and not re.search(r"(?:记者|笔者)(?:随队|随同|跟随)", intro)
    if intro and not on_tour and not reporter_walks and all(_goes_to_in(name, intro) for _, name, _ in openers):
        return []  # 某保健院党支部…走进某中学、某小学，开展…: the places one body's day takes it to, told one by one
    titled = names.institution_mentions(headline) or names.institution_mentions(label)  # (某县卫健委：… split off the headline as its label)
    if titled and titled[0].start == 0 and institution_kind(titled[0].name) == "health_commission":
        headline_forms = names.canonical_forms([titled[0].name, *(name for _, name, _ in openers)])
        if any(headline_forms[name] == headline_forms[titled[0].name] for _, name, _ in openers):
            return []  # 某县卫健局“三个一”机制…: the commission the headline names tells of its system, one case
    if any(re.match(r"^[\u4e00-\u9fff]{2,10}?(?:卫健|卫生健康|卫生)系统", line) for line in (headline, label)) and institution_kind(min(openers)[1]) == "health_commission":
        return []  # 某县卫健系统：… over 某县卫生健康局党组…, then a unit's result: the system's summary by its commission, one case
    if len(openers) == 2:
        (_, one, _), (_, other, _) = openers
        sentences = re.split(r"[。！？\n]", "\n".join(b.text for b in items))
        # (广元市中心医院与中心建立医联体合作: the other named, the first by its kind alone)
        # (某中心党支部联合某社区党委…: a health body's day with the place; 东岭村联合南王村建成…: two villages' work)
        joint = sum(institution_kind(name) in ("community", "government") for name in (one, other)) == 1
        # (the other's short form outside the one's own name: 中心卫生院 inside 某镇中心卫生院 is no partner)
        # (two centres, each 中心 in its own paragraph: the kind word alone is the sentence's own unit)
        alike = _kind_word(one) == _kind_word(other)
        if any(one in t and (_short_form_in(other, t.replace(one, "")) or (_names_by_kind(other, t) and not alike)) or other in t and (_short_form_in(one, t.replace(other, "")) or (_names_by_kind(one, t) and not alike)) or _names_both(one, other, t) for t in sentences if _PAIRING.search(t) or (joint and "联合" in t)):
            return []  # a hospital and the community it pairs with: one case and its partner
        if any(_goes_to(one, other, t) or _goes_to(other, one, t) for t in sentences):
            return []  # 某局机关党支部组织党员…到某镇某社区开展“双报到”: one body's people at the other's, one report
        if not all(len(extract_metrics([items[i].text])) >= 2 for i, _, _ in openers) and not all(_RUN_IN_HEAD.match(items[i].text) for i, _, _ in openers):
            return []  # two units, each with its own work in figures (or each under a run-in head), or a summary that names two
        if any(not labelled and items[i].text.startswith("在") and _acts_by_its_kind(name, items[i].text, other) for (i, other, labelled), (_, name, _) in ((openers[1], openers[0]), (openers[0], openers[1]))):
            return []  # 在“健康之家”，旗医院的家庭医生…。社区党委协调组建…: the first unit at work in the other's paragraph
    for index, (at, length) in city_tags.items():
        items[index].text = items[index].text[:at] + items[index].text[at + length :]
    for index, _, _ in openers:
        items[index].text = items[index].text[listed.get(index, 0) :]  # (a listed brief's number is no text of it)
    # (样本一：某村——“…” / 某村位于… / 村党总支把…: each unit under a subheading of its own tells its work in
    # several paragraphs, to the next unit's subheading; the page's closing voice is none of theirs)
    # (not where a subheading stands over no unit's entry, 01 强化组织 / 02 下沉资源 / 03 优化服务 over a commission's own
    # summary with units named in two of them: the sections are the summary's)
    heads = {i - 1 for i, _, _ in openers}
    headed = all(_subheading_above(items, i) for i, _, _ in openers) and not any(
        j not in heads and _subheading_above(items, j + 1) for j in range(openers[0][0], len(items) - 1)
    )
    cases = []
    for number, (index, name, labelled) in enumerate(openers):
        # a label is the entry's heading; a subheading over the paragraph, else its brand in quotes,
        # heads it better than its unit's name
        # (——刘堂村：把土地“攥成拳头”。…: the label's short sentence is the entry's title)
        told = re.match(r"^(?:——|—)?" + re.escape(name) + r"\s*[：:]\s*(?P<title>[^。！？：:]{2,30})[。！？]", items[index].text)
        # (二、某镇卫生院“党员先锋队”助力春耕义诊。某镇卫生院党支部…: a bulletin's item, its headline its first sentence)
        headline_first = re.match(r"^([^。！？]{6,32})[。！？](?=.{20,})", items[index].text) if index in listed else None
        case = RawCase(title=told["title"] if told else headline_first.group(1) if headline_first else name if labelled else _subheading_above(items, index) or _first_quoted(items[index].text) or name, institution=name)
        case.items = [items[index]]
        if headed:
            last = number + 1 == len(openers)
            following = _until_commentary(items[index + 1 : len(items) if last else openers[number + 1][0] - 1])
            case.items += _until_closing_voice(following, name, first=0) if last else following
        cases.append(case)
    return cases


# 县委组织部相关负责人表示，下一步…, 据了解，全县…, 近年来，我县…: the page's own voice after its last unit
_CLOSING_VOICE = re.compile(
    r"^(?:据了解|据悉|总之)|^(?:下一步|今后|接下来|近年来|截至目前|目前)，?(?=[^，。]{0,6}(?:我县|我市|我区|全县|全市|全区|全州|全旗|[县市区州旗](?:委|卫健|卫生健康)))"
    r"|^(?![^，。“”]{0,20}?(?:院|中心|社区|村|站|所)[^，。“”]{0,8}(?:负责人|书记))[^，。“”]{0,20}(?:负责人|局长|书记|部长)[^，。“”]{0,4}(?:表示|介绍|说|认为|看来)"  # (not the unit's own: 某镇卫生院负责人介绍)
    r"|^(?:全县|全市|全区|全旗|全州|我县|我市|我区|我旗)"
)


def _until_closing_voice(items: list[Block], unit: str, first: int = 1) -> list[Block]:
    """The last unit's paragraphs up to the page's closing voice (a unit's own opening paragraph, at first, stays;
    下一步，某县卫生健康局将… after the commission's own entry is that unit's voice)."""
    def closing(block: Block) -> bool:
        if block.is_heading:
            return True
        if not _CLOSING_VOICE.match(block.text):
            return False
        named = [m.name for m in names.institution_mentions(block.text[:60])]
        forms = names.canonical_forms([unit, *named])
        return not any(forms[name] == forms[unit] or institution_kind(name) == institution_kind(unit) == "health_commission" for name in named)

    at = next((i for i, b in enumerate(items) if i >= first and closing(b)), len(items))
    return items[:at]


_DATED_OPENING = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|晚间)?[，,]")


def _same_opening_unit(headline: str, text: str) -> bool:
    """The headline and the paragraph under it both open on the same institution."""
    above, below = names.institution_mentions(headline[:40]), names.institution_mentions(text[:40])
    return bool(above and below) and above[0].start == 0 and below[0].start == 0 and above[0].name == below[0].name


def _series_of_short_entries(items: list[Block]) -> set[int]:
    """某镇卫生院“…”服务队…，义诊1300余人次。/ 某镇卫生院党支部推出…，上门服务近200人次。/ …: three
    paragraphs or more, each opening on a health body (each its own) with a figure, are a
    round-up's short entries, however short."""
    opening = {}
    for index, block in enumerate(items):
        mentions = names.institution_mentions(block.text[:40])
        if mentions and mentions[0].start == 0 and len(block.text) >= 25 and institution_kind(mentions[0].name) in HEALTH_KINDS and extract_metrics([block.text]):
            opening[index] = mentions[0].name
    forms = names.canonical_forms(list(opening.values()))
    return set(opening) if len(opening) >= 3 and len({forms[n] for n in opening.values()}) == len(opening) else set()


_BRIEF_TOWN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|苏木))(?:党委|党工委)")


# A village's or a community's short name (熊村, 夹城巷社区), not a word for a kind of village (乡村, 示范村, 各村)
_VILLAGE_NAME = (
    r"(?![\u4e00-\u9fff]{0,3}(?:试点|示范|重点|先进|贫困|脱贫|行政|自然|中心|文明|美丽|薄弱|边远|偏远|结对|帮扶)(?:村|社区|嘎查))"
    r"[^\W\d_全该本每各我这那村][^\W\d_是的了]{1,5}(?<![乡农山新全])(?:社区|村|嘎查|居民区)"  # (not 村卫生室是村: a sentence)
)


# 某岭村：村里有300户… (a paragraph, not a label over one): the analyser may not read a village's short name as a name
# (夹城巷社区“老兵驿站”。社区党委…: its name and its brand, then its work)
_VILLAGE_ENTRY = re.compile(r"^(?:——|—)?(?P<name>" + _VILLAGE_NAME + r")(?:\s*[：:](?=[^。！？]{4,}[。！？])|“[^”]{2,12}”。)(?=.{30,})")


_RUN_IN_HEAD = re.compile(r"^(?P<name>[^\W\d_全该本每各我][\u4e00-\u9fff]{1,9}?(?:村|社区|嘎查|卫生院|卫生服务中心))\s+(?=(?P=name)|该村|村党|村里|社区党|该社区|院党|该院)")
# 第一站来到…, 第二站是…, 随后，观摩组走进…, 最后一站是…: a study tour's stops, each a unit of its own
_TOUR_STOP = re.compile(
    r"^(?:第[一二三四五六七八九十\d]{1,2}站|首站|最后一站|首先|随后|接着|最后)[，,]?(?:[\u4e00-\u9fff]{0,6}?(?:观摩组|观摩团|一行|大家|代表们|学员们))?"
    r"(?:来到|走进|到了|到达|参观|前往|是|为|在|\s*[：:]\s*|\s+(?=[\u4e00-\u9fff]{2,12}[。，]))(?:了)?"
)
_NUMBERED_STOP = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,2}站|首站|最后一站)")
_TOUR_PAGE = re.compile(r"观摩|拉练|考察学习|现场教学|逐村|擂台|互看互学|比学")
_STOP_UNIT = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,14}?(?:村|社区|嘎查|卫生院|卫生服务中心|医院|街道))(?=[。，,：:“]|党|的)")
# 东岭村依托…, 南王里村党支部领办…, 北庄村则把…: a paragraph that opens on a village by its bare name, acting
_VILLAGE_OPENS = re.compile(
    r"^(?P<name>" + _VILLAGE_NAME + r")"
    r"(?=党|村委|两委|“两委”|居委|则|依托|把|以|通过|立足|围绕|利用|发挥|探索|推行|坚持|聚焦|结合|大力|积极|今年|去年|近年来|充分|共有|现有|地处|位于)"  # (竹坪村共有640户，村党支部…: its make-up, then its work)
)


# 镜岭镇党委则把重心放在…, 在儒岙镇，镇党委牵头…, 澄潭街道党工委聚焦…, 洪善镇以…为抓手: a paragraph that opens on a
# town or a street by its bare name, itself or its own party body acting
_TOWN_OPENS = re.compile(
    r"^在?(?P<name>[^\W\d_全该本每各我这那][\u4e00-\u9fff]{1,4}?(?:镇|乡|街道|苏木))"
    r"(?:[，,](?=(?P<party>(?:镇|乡|街道|苏木)(?:党委|党工委)))|(?P<own_party>党委|党工委)?(?=则|也|还|聚焦|把|以|通过|立足|围绕|坚持|探索|推行|结合|大力|积极|牵头|今年|去年|近年来|充分|创新|针对|着力|紧扣|着眼))"
)


# 日期：2023-12-05 来源：… under a headline lower on a site's page: another report's labels
_DATE_LABEL = re.compile(r"^(?:日期|发布时间|发布日期|时间)\s*[：:]\s*(?:19|20)\d{2}")
_PLACE_TAG = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4})[ \u3000]+(?=[\u4e00-\u9fff])(?![县市区旗州盟镇乡])")  # (not 英山 县人民医院…: a name set apart)
# 在某镇，镇卫生院党支部…: the town a paragraph opens on, its own health centre acting
_TOWN_SCENE = re.compile(r"^在(?P<name>[^\W\d_全该本每各我这那][\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|苏木))[，,](?=(?:该|本)?(?:镇|乡|街道|苏木)(?:中心卫生院|卫生院|社区卫生服务中心))")

# 在湖林村，村党支部牵头成立…: the scene a village's paragraph opens on, its own party body acting
# (在卖鱼桥社区，针对辖区内租住人员多…，社区推行…: a frame before its own acting)
_VILLAGE_SCENE = re.compile(r"^在(?P<name>" + _VILLAGE_NAME + r")[，,](?=村党|村两委|村“两委”|社区党|嘎查党|该村|党员|(?:针对|围绕|聚焦|面对)[^。，]{2,30}，(?:村|社区|嘎查)(?!外))")


_GOING_TO = re.compile(r"(?:到|走进|走入|来到|深入|前往|赴|进)$")


def _goes_to(visitor: str, host: str, sentence: str) -> bool:
    """The sentence takes the visitor's people to the host: …卫生健康局机关党支部组织党员…到某镇某社区开展….
    Either may be named in a fuller or shorter form than its paragraph's (县卫健局, 互助…县卫生健康局)."""
    mentions = names.institution_mentions(sentence)
    forms = names.canonical_forms([visitor, host, *(m.name for m in mentions)])
    seen_visitor = False
    for mention in mentions:
        if forms[mention.name] == forms[visitor]:
            seen_visitor = True
        elif seen_visitor and forms[mention.name] == forms[host] and _GOING_TO.search(sentence[: mention.start]):
            return True
    return False


def _acts_by_its_kind(name: str, paragraph: str, owner: str) -> bool:
    """社区党委协调组建…, 村党支部组织…: a sentence of the paragraph (its owner another kind of unit) opens
    on the place by its kind and its party body."""
    kind = re.search(r"(?:社区|村|嘎查|街道|镇)$", name)
    return bool(kind) and not owner.endswith(kind.group(0)) and re.search(rf"(?:^|[。！？；])(?:该|本)?{kind.group(0)}(?:党委|党总支|党支部|党工委|居委会|两委)", paragraph) is not None


def _kind_word(name: str) -> str:
    """卫生院, 中心, 医院, 社区, 村, 嘎查: the word a report calls a unit of its kind by."""
    kind = re.search(r"(?:卫生院|中心|医院|社区|村|嘎查)$", name)
    return kind.group(0) if kind else ""


def _names_by_kind(name: str, sentence: str) -> bool:
    """与中心, 到卫生院, 向医院: the sentence names the unit by its kind word alone."""
    kind = _kind_word(name)
    # (…县人民医院党委选派12名专家定期下沉坐诊，卫生院借力开展…: the unit opening a clause by its kind alone)
    return bool(kind) and (
        re.search(rf"(?:与|到|向|和|为|帮扶|支援|^|[，,；])(?:该|本)?{kind}(?![\u4e00-\u9fff]{{0,1}}(?:医院|卫生院))", sentence) is not None
        or re.search(rf"是(?:该|本)?{kind}的(?:结对|共建|联建|帮扶|签约)", sentence) is not None  # (…是嘎查的结对共建单位)
    )


def _subheading_above(items: list[Block], index: int) -> str:
    """“茶乡诊室”开到茶园边 over a unit's paragraph: a short headline of its own, with no figure."""
    above = items[index - 1].text if index else ""
    return above if above and _is_short_line(above) and _reads_as_headline(above) and not extract_metrics([above]) else ""


# (【某社区·“红管家”】…: the unit, then its brand)
_BRACKETED_ENTRY = re.compile(r"^[【\[](?P<name>[^】\]·・：:]{3,30})(?:[·・：:][^】\]]{2,20})?[】\]]\s*(?=[^，。：:]{6}|\d{1,2}月\d{1,2}日)")  # 【某医院·“…”】, 【某医院：“…”】, 【某中心】9月22日，…
_LABEL_COLON = re.compile(r"^(?:党委|党总支|党支部|党工委)?(?:“[^”]{2,14}”)?\s*[：:]")
# (not 当天，旗医院专家… after 8月18日，某旗人民医院…: the same report's day, its body by a short name)
_DAY_OPENING = re.compile(_DATED_OPENING.pattern + r"|(?:同日|次日|同一天)[，,]")


def _units_by_day(items: list[Block]) -> dict[int, int]:
    """7月1日，某县人民医院党委… / 同日，某县中医医院党总支… / 6月30日，某镇卫生院党支部…: two or more paragraphs
    that open on a day, then a different unit at work, by where each unit's name starts (one body's days, 7月1日，
    医院党委… / 7月3日，医院党委…, name no unit of their own)."""
    units = {}
    for index, block in enumerate(items):
        if index and _reads_as_headline(items[index - 1].text):
            continue  # (◆某中心开展… / 4月23日，某中心党支部…: a brief under its own headline, read as such)
        day = _DAY_OPENING.match(block.text)
        mentions = names.institution_mentions(block.text[day.end() : day.end() + 40]) if day else []
        if mentions and mentions[0].start == 0 and not mentions[0].name.startswith(("县", "市", "区", "旗", "州", "镇", "乡")):
            units[index] = (day.end(), mentions[0].name)  # (a unit named in full, as a system's round-up names each)
    forms = names.canonical_forms([name for _, name in units.values()])
    return {index: at for index, (at, _) in units.items()} if len({forms[name] for _, name in units.values()}) >= 2 else {}


_BULLETIN_TITLE = re.compile(r"(?:动态|简讯|快讯|短讯|简报)(?:\s*[（(][^（）()]{2,16}[）)])?$")  # 某市卫健动态（2024年第3期）


def _numbered_paragraphs(items: list[Block], bulletin: bool = False) -> dict[int, int]:
    """1 某县某镇卫生院党支部组织… / 2 … / 3 …: a column's briefs numbered 1, 2, 3 in turn, the number bare (its space
    lost in the copy: 1某县…), by where each brief's own text starts (not 5月8日，…: a date; not 1.某镇卫生院…, a
    report's points after its own opening: a column opens on its first brief); under a bulletin's title (某市卫健动态
    （第3期）), its items numbered 一、二、三、 so too."""
    numbered = {}
    for index, block in enumerate(items):
        number = re.match(r"^(\d{1,2})\s*(?=[\u4e00-\u9fff])(?![月日年号时点个名人次项])", block.text)
        ordinal = re.match(r"^([一二三四五六七八九]|十[一二三四五六七八九]?)、", block.text) if bulletin else None
        if number:
            numbered[index] = (int(number.group(1)), number.end())
        elif ordinal:
            numbered[index] = (int(parse_number(ordinal.group(1))), ordinal.end())
    order = [value for value, _ in numbered.values()]
    opened = bool(numbered) and any(b.text.rstrip().endswith(("。", "！", "？", "”")) for b in items[: min(numbered)])
    return {index: end for index, (_, end) in numbered.items()} if len(order) >= 3 and order == list(range(1, len(order) + 1)) and not opened else {}


# 1.某镇卫生院党支部开展…。: a bulletin's numbered one-sentence brief, its unit's party body at work
_NUMBERED_BRIEF = re.compile(r"^\d{1,2}[.．、](?=[\u4e00-\u9fff]{3,24}?(?:党委|党总支|党支部|党工委)(?:组织|开展|推出|推行|与|联合|举办|召开|走进|深入|赴|到|为|在|以|把|将|持续|积极|创新))")
_ENTRY_BULLET = re.compile(r"^[▲△◆◇●○■□▶►★☆•·▎▍▌▋▊┃]\s*|^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十]{1,2}[）)])(?=[\u4e00-\u9fff]{2,30}?(?:党委|党总支|党支部|党工委)?[。：:](?:主要事迹|事迹|主要做法|做法|亮点|主要成效|成效)[：:]|[\u4e00-\u9fff]{4,30}?(?:党委|党总支|党支部|党工委)[。：:](?=.{20,}))|^[一二三四五六七八九十]是(?=[\u4e00-\u9fff]{2,20}?(?:卫生院|医院|中心|社区|村|街道|镇))")  # (一是某镇卫生院“…”品牌。: a numbered entry; 1.某县人民医院党委。持续…: a notice's listed unit)


def _first_quoted(text: str) -> str:
    match = re.search(r"“([^”]{2,20})”", text)
    return match.group(0) if match else ""


_LIST_BULLET = re.compile(r"^[·•・■□◆●▪]\s*")


def _drop_headline_list(lines: list[Block], info: meta.PageInfo) -> list[Block]:
    """A page's list of headlines, among which the article's own headline stands again later:
    the run of short lines around its first appearance is the list, not the article."""
    texts = [_LIST_BULLET.sub("", b.text) for b in lines]  # · 某某标题: a list's bullets
    for index, text in enumerate(texts[:12]):
        # (not a body's name alone: a document's heading 某县卫生健康局 is signed again at its end)
        # (nor a reporter's byline, 本报记者 某某, over two reports of the page)
        if len(text) >= 8 and _reads_as_headline(text) and text in texts[index + 1 :] and not names.names_whole(text) and not meta.BYLINE.match(text):
            # (a list whose items are bulleted, ◆ 某镇某村：标题, is the bulleted lines: the headline and
            # its deck right under it are the first report's own)
            bulleted = bool(_LIST_BULLET.match(lines[index].text))
            start = index
            while start > 0 and _reads_as_headline(texts[start - 1]) and (not bulleted or _LIST_BULLET.match(lines[start - 1].text)):
                start -= 1
            end = index + 1
            # (the list ends where one of its headlines is printed again: the first report's own)
            while end < len(texts) and _reads_as_headline(texts[end]) and texts[end] not in texts[start:end] and (not bulleted or _LIST_BULLET.match(lines[end].text)):
                end += 1
            # (the headline and its deck, ——某区卫生健康系统党建品牌巡礼, over the report: no list holds a deck)
            own_headline = start == index and all(_subtitle_of(t) for t in texts[index + 1 : end])
            if end - start >= 2 and not own_headline:
                info.headlines = info.headlines + texts[start:end]
                return lines[:start] + lines[end:]
            break
    # · 标题 / · 标题 / · 标题 atop the page, none printed again as it stands (a headline set on two
    # lines under its label): a bulleted list of three or more headlines is the page's list all the same
    bulleted = [i for i, b in enumerate(lines[:15]) if re.match(r"^[·•・]", b.text) and _reads_as_headline(texts[i]) and not re.search(r"[：:]\s*[约近超]?\d", texts[i])]
    run = next((bulleted[k : k + 3] for k in range(len(bulleted) - 2) if bulleted[k + 2] - bulleted[k] == 2), None)
    if run:
        start, end = run[0], run[0]
        while end < len(lines) and re.match(r"^[·•・]", lines[end].text) and _reads_as_headline(texts[end]):
            end += 1
        # (· 组建党员先锋服务队12支 / · 开展义诊活动86场 …: a list of the report's own work, each with its figure)
        if not all(extract_metrics([text]) for text in texts[start:end]):
            info.headlines = info.headlines + texts[start:end]
            return lines[:start] + lines[end:]
    # (…编辑：某某 / ·某区召开… / ●某县：…: two or more bulleted headlines closing the page, with no
    # report under any, a list of other articles; not a list of the report's own work, each with its figure)
    tail = len(lines)
    while tail > 0 and re.match(r"^[·•・■□◆●▪◎]", lines[tail - 1].text) and _reads_as_headline(texts[tail - 1]):
        tail -= 1
    if len(lines) - tail >= 2 and tail > 0 and not all(extract_metrics([text]) for text in texts[tail:]):
        info.headlines = info.headlines + texts[tail:]
        return lines[:tail]
    return lines


def _is_body_text(text: str) -> bool:
    return len(text) >= 30 and text.endswith(("。", "！", "？", "”")) and "，" in text


def _reads_as_headline(text: str) -> bool:
    """A headline is one short line that does not end a sentence (it may ask or exclaim)."""
    short = 4 <= len(text) <= 60 and text[-1] not in "。；，：" and text.count("，") <= 2 and text.count("。") == 0
    return short and not _reads_as_caption(text)


# ---------------------------------------------------------------------------------------------
# Sections, captions, bylines


def _is_short_line(text: str) -> bool:
    body = text[:-1] if text[-1:] in ("。", "！") else text
    # (强堡垒：党建业务同频共振: a subheading's label and its words)
    body = re.sub(r"^[\u4e00-\u9fff]{2,6}：(?=[\u4e00-\u9fff“])", "", body) if text[-1:] not in ("。", "！") else body
    if re.match(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])", text) and text[-1:] not in TERMINAL:
        body = body.replace("，", "")  # 一、强基固本，组织体系更加健全: a numbered head may pair its phrases with a comma
    return len(text) <= 32 and not re.search(r"[，；：。！？]", body)


def _with_plain_quotes(text: str) -> str:
    """「红色健康管家」 as “红色健康管家”: a Traditional copy's headline and its Simplified copy's, compared."""
    return text.translate(_CORNER_QUOTES)


_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")


# 【党建引领·我为群众办实事】今年以来，…: a column's tag run into the report's first sentence
# (not 【红河·屏边】近日，…, a dateline's places: a column's name is words, four characters and more on each side)
_COLUMN_TAG_GLUED = re.compile(r"^【(?P<column>[^【】。，！？：:\s·]{4,12}·[^【】。，！？：:\s·]{4,12})】(?=[\u4e00-\u9fff“])")

# ▶ 签约居民2.1万人 under 亮点成效：: an item of a list of results, body text however short
_LISTED_FIGURE = re.compile(r"^[▶►●■◆▪▸]\s*[^\d]{1,20}\d")  # (not · or •: a list of links)


def _couplet_heads(items: list[Block]) -> set[str]:
    """以党建聚人才，传承有根基 / 以党建强服务，牧民少跑路: a feature's section heads of two matched
    phrases, two or more of them alone on their lines (one such line may be a sentence's broken start)."""
    heads = {b.text for b in items if (couplet := _COUPLET.fullmatch(b.text)) and abs(len(couplet[1]) - len(couplet[2])) <= 2}
    return heads if len(heads) >= 2 else set()


_FEATURE_KICKER = re.compile(r"[\u4e00-\u9fff“”]{6,28}(?:纪实|侧记|见闻|掠影|速写)")
_COUPLET = re.compile(r"([\u4e00-\u9fff]{4,8})，([\u4e00-\u9fff]{4,8})")


def _read_sections(case: RawCase, showcase: ShowcaseData, *, plain: bool, body_indent: int) -> None:
    section = RawSection()
    case.sections = [section]
    couplets = _couplet_heads(case.items)
    for block in case.items:
        text = block.text
        if text == _CONTINUATION:
            section = RawSection(heading=_CONTINUATION)
            case.sections.append(section)
            continue
        contributor = meta.CONTRIBUTOR.match(text)
        if contributor:
            case.contributor = contributor.group(1).strip()
            continue
        if block in case.items[:2] and _writers_alone(text):
            case.byline = case.byline or re.sub(r"\s+", " ", text).strip()  # 唐韵 梁子墨, 周 骏: the writers, under the headline
            continue
        if block in case.items[:2] and (writer := names.signed_by(text.strip())):
            case.byline = case.byline or writer  # 某县人民医院党委书记 张某, under the headline of a signed article
            continue
        lead = meta.LEAD_DATELINE.match(text)
        if _read_byline(text[lead.end() :].strip() if lead else text, case):
            continue  # (记者 某某, 本报讯 通讯员 某某 记者 某某 alone under an entry's heading: a byline, though short like a heading)
        if (block.is_heading or _is_short_line(text) or len(text) <= 60) and text != case.title and _with_plain_quotes(furniture.strip_teaser(text)) == _with_plain_quotes(case.title):
            continue  # [转帖] 某镇卫生院为群众办实事 under a thread titled so: the headline again, not a section
        if block.is_heading:
            section = RawSection(heading=text)
            case.sections.append(section)
            continue
        tag = _COLUMN_TAG_GLUED.match(text) if not any(s.paragraphs for s in case.sections) else None
        if tag:
            showcase.column = showcase.column or tag["column"]
            text = text[tag.end() :]
        if block is case.items[-1] and is_person_name(text):
            case.byline = case.byline or text  # 林晓雯: the writer, alone on the last line
            continue
        caption = _CAPTION_MARK.match(text)
        if caption:
            case.captions.append(text[caption.end() :])
            continue
        photo = _GALLERY_NUMBER.match(text)
        told = text[photo.end() :].rstrip("。") if photo else ""
        if photo and (_reads_as_caption(told) or (len(told) <= 30 and _PHOTO_SCENE.search(told) and not re.search(r"\d", told))):
            case.captions.append(text[photo.end() :])  # （2/5）党员医生为村民测量血压。: a gallery's photo, numbered
            continue
        if _CUT_DATELINE.match(text):
            continue  # 本报讯（通讯员 储 / (the column runs on): a PDF column's dateline, cut where the line ends
        dateline = meta.LEAD_DATELINE.match(text)
        lead_only = bool(dateline) and len(text) == dateline.end()  # 本网讯（记者 …）on a line of its own
        if dateline and not lead_only:
            case.byline = case.byline or _writer_names(dateline["names"] or dateline["any"] or dateline["reporters"] or dateline["dated"] or dateline["bylined"])
            text = text[dateline.end() :]
        if plain and _END_MARK.search(text) and (block is case.items[-1] or _is_last_text_block(case, block)):
            text = _END_MARK.sub("", text)  # …。（完）: a wire report's end mark
        credit = _TRAILING_UNIT.search(text) or _WRITER_S_UNIT.search(text)
        if credit and (is_institution_name(credit["unit"]) or (credit["office"] and re.search(r"(?:局|委|院|中心)$", credit["unit"])) or _SENDING_OFFICE.search(credit["unit"])) and (block is case.items[-1] or _is_last_text_block(case, block)):
            text = text[: credit.start()].rstrip()  # …。（某县卫生健康局）: who sent the report in
        if plain:
            author = meta.TRAILING_AUTHOR.search(text) or _TRAILING_NAME.search(text)
            if author and (author.re is meta.TRAILING_AUTHOR or is_person_name(author.group(1))):
                if block is case.items[-1] or _is_last_text_block(case, block):
                    showcase.author = showcase.author or _writer_names(author.group(1))
                    text = text[: author.start()].rstrip()
        if not text or lead_only:
            if dateline:
                case.byline = case.byline or _writer_names(dateline["names"] or dateline["any"] or dateline["reporters"] or dateline["dated"] or dateline["bylined"])
            continue  # 本网讯：（记者 …）standing on a line of its own
        previous = section.paragraphs[-1] if section.paragraphs else None
        if _photo_caption(block):
            case.captions.append(text)
            continue
        if plain and _reads_as_caption(text) and not (previous and previous.dangles):
            case.captions.append(text)
            continue
        if (_is_short_line(text) or text in couplets) and not (_LISTED_FIGURE.match(text) and extract_metrics([text])):
            kind = _short_line_kind(block, previous, plain=plain, body_indent=body_indent)
            if kind == "caption":
                case.captions.append(text)
                continue
            if kind == "heading":
                section = RawSection(heading=text)
                case.sections.append(section)
                continue
        section.paragraphs.append(Paragraph(text, block))
    case.sections = [s for s in case.sections if s.paragraphs or s.heading == _CONTINUATION]
    case.items = []


_CUT_DATELINE = re.compile(r"^[\u4e00-\u9fff]{0,8}讯\s*[（(](?:通讯员|记者|特约|见习)[^）)。，]{0,16}$")
# 图：网格长在居民家中讲解用药知识 / 图为… : a photo's caption, however long.
_CAPTION_MARK = re.compile(
    r"^(?:图\d*[：:]|[（(【\[]图[）)】\]]|[（(]图为(?=.{2,60}[）)]$)(?!.*\d)|图为|(?:受访者|受访单位|医院|单位)?供图[：:]|[↑↓]\s*(?=(?:\d{1,2}月\d{1,2}日[，,]?)?[^。！？\d]{4,60}[。！？]?(?:\s*(?:新华社|本报|特约)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*摄)?$))\s*|^(?=[^，。]{2,16}(?:现场|合影|留影|一角|剪影)。?$)|^△\s*(?=[^。！？：:]{4,40}$)"
    r"|^(?=[^。！？]{4,60}。?\s*(?:[（(][^（）()]{0,12}(?:供图|摄)[）)]|(?:本报)?(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s+摄)$)"
)  # 图为…; 义诊现场; 专家在卫生院指导医生。（医院供图）; 队员为村民理疗。 本报记者 某某 摄


# …心里踏实多了。 林晓雯: the writer's name after the last sentence
_END_MARK = re.compile(r"(?<=[。！？”])\s*(?:[（(]完[）)]|[■□]|(?:新华社|中新社)发(?:\s*[（(]?[\u4e00-\u9fff]{2,4}\s*摄[）)]?)?|(?:本报|特约)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄)$")  # …。（完）, …。■, …。 新华社发, …。 通讯员 某某 摄: a report's end mark or a photo's credit
# (…。（某街道 供稿）, （某街道 撰稿：某某 初审：某某 终审：某某）: who sent it in, with its review chain)
_TRAILING_UNIT = re.compile(r"(?<=[。！？”])\s*[（(](?P<unit>[\u4e00-\u9fff]{3,24}?)(?P<office>\s+(?:[\u4e00-\u9fff]{1,6}(?:办|室|科|部)|供稿|来稿|报送|(?:撰稿|供稿|文|图|文图)[：:][^（）()]{2,80}|[\u4e00-\u9fff]{2,4}\s*/\s*[文图](?:\s+[\u4e00-\u9fff]{2,4}\s*/\s*[文图])*)|供稿|来稿|报送)?[）)]$")
_WRITER_S_UNIT = re.compile(r"(?<=[。！？”])\s*[（(]作者单位[：:]\s*(?P<unit>[\u4e00-\u9fff]{4,24}?)(?P<office>(?:\s+[\u4e00-\u9fff]{2,4})*)[）)]$")  # …。（作者单位：某县卫健委 某某）
_SENDING_OFFICE = re.compile(rf"(?:{OFFICES}|组织部|组织科|组织人事科)$")  # …。（党委办公室）
_TRAILING_NAME = re.compile(r"(?<=[。！？”])\s+([\u4e00-\u9fff]{2,4})$")


def _writers_alone(text: str) -> bool:
    """唐韵 梁子墨, 周 骏, 宋立强 齐 然: one to three writers' names alone on a line (a two-character
    name printed letter-spaced to the width of three)."""
    tokens = text.split()
    names, at = [], 0
    while at < len(tokens):
        if len(tokens[at]) == 1 and at + 1 < len(tokens) and len(tokens[at + 1]) == 1:
            names.append(tokens[at] + tokens[at + 1])
            at += 2
        else:
            names.append(tokens[at])
            at += 1
    return 1 <= len(names) <= 3 and all(len(n) <= 3 and is_person_name(n) for n in names) and (len(names) > 1 or " " in text or len(text) == 3)


def _is_last_text_block(case: RawCase, block: Block) -> bool:
    """Nothing but bylines, credits and furniture (a source's bracket, an editor's line) follows it
    before the page's list of other articles, if any."""
    for later in case.items[case.items.index(block) + 1 :]:
        if furniture.starts_tail(later.text):
            return True
        # (a list of other headlines under it, short lines ending in no sentence's mark, is no more text of its own)
        if not (meta.BYLINE.match(later.text) or meta.PHOTO_CREDIT.match(later.text) or furniture.is_furniture(later.text) or (len(later.text) <= 40 and later.text[-1] not in "。！？”")):
            return False
    return True


def _short_line_kind(block: Block, previous: Paragraph | None, *, plain: bool, body_indent: int) -> str:
    text = block.text
    if _reads_on(text):
        return "paragraph"
    if text[-1] in "。！":
        # A full short sentence: where a photo stood (a gap in the layout) it is the caption.
        if block.gap >= 2 and not (previous and previous.dangles and block.gap < 2):
            return "caption"
        return "paragraph"
    if previous is not None and previous.dangles:
        return "caption"  # it stands inside a broken paragraph, as captions do on the page
    if block.indent > body_indent:
        return "caption"
    if not plain:
        return "caption"  # marked-up pages mark their subheadings; a bare short line is a caption
    return "heading"


# A photo's caption says who does what to whom: 党员医生为村民测量血压, 书记陪同考核组查阅台账.
_CAPTION_WHO = re.compile(r"书记|院长|主任|医生|医师|护士|党员|志愿者|专家|工作人员|网格员|医护人员|医务人员")
_CAPTION_DOES = re.compile(r"(?:为|向|给|帮|陪同|带领|指导)[\u4e00-\u9fff“”]{1,12}(?:测量|讲解|查阅|检查|诊疗|理疗|义诊|服务|体检|宣讲|送|发放|看病|问诊|接种)")


_GALLERY_NUMBER = re.compile(r"^[（(]\d{1,2}\s*[/／]\s*\d{1,2}[）)]\s*")


def _reads_as_caption(text: str) -> bool:
    """A line under a photo: short, no sentence end, someone doing something for someone."""
    # (a brand in quote marks is no one doing anything: 某卫生院：“元心为民”家庭医生服务)
    unquoted = re.sub(r"“[^“”]*”", "", text)
    return 8 <= len(text) <= 40 and text[-1] not in TERMINAL and bool(_CAPTION_WHO.search(unquoted) and _CAPTION_DOES.search(unquoted))


# 村“健康小屋”投入使用, 签约仪式现场, 老年助餐点里，老人们正在用餐: a scene (党员服务“零距离” is a subheading)
_PHOTO_SCENE = re.compile(r"陪同|带领|指导|开展|进行|举行|投入使用|现场|仪式|合影|留影|入户|走访|义诊|授牌|签约|参观|查看|测量|讲解")
_SOMEONE_FOR_SOMEONE = re.compile(r"[为在向给帮]")  # (党员家庭医生上门为老人更换尿管: with who does it, a scene)


# ▲签约现场, ▲志愿者入户看望独居老人: a scene under a photo, marked, short, no label's colon, no sentence's end
_SCENE_CAPTION = re.compile(r"^[▲△][^：:。！？]{1,31}$")


def _marked_scene(block: Block) -> bool:
    """▲签约现场 right under a copied post's photo, however short (not ▲某镇某村, a unit's name)."""
    return block.under_photo and bool(_SCENE_CAPTION.match(block.text)) and not _unit_name(block.text)


def _photo_caption(block: Block) -> bool:
    """The line right under a copied post's photo that tells it."""
    return (block.under_photo and _tells_the_photo(block.text)) or block.over_credit or _marked_scene(block)


def _tells_the_photo(text: str) -> bool:
    """The line under a copied post's [图片]: short, no sentence end, a scene rather than a subheading
    (防治结合 健康理念入人心: two phrases set apart; 一起来看看…吧↓↓↓: a call to read on)."""
    return (
        len(text) <= 32
        and text[-1] not in TERMINAL + "吧↓"
        and not re.search(r"[\u4e00-\u9fff”]\s+[\u4e00-\u9fff“]", text.lstrip("▲△ "))
        and not _NUMBERED_HEAD.match(text)
        and bool(_PHOTO_SCENE.search(text) or (_CAPTION_WHO.search(text) and _SOMEONE_FOR_SOMEONE.search(text)) or _reads_as_caption(text))
    )


def _reads_on(text: str) -> bool:
    """A fragment of running text, not a caption: an enumeration, or a particle left hanging."""
    unnumbered = re.sub(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})、", "", text)  # 一、案例背景: a numbered head, not a list
    return "、" in unnumbered or text[-1] in "的了和与及或在对为把被将从向等之地得"


def _read_byline(text: str, case: RawCase) -> bool:
    """华西社区传媒记者 李思佳 医院供图 / 马太超 杨益 图片由合川区人民医院提供: writers and photo credit."""
    if re.match(r"^\S*(?:记者|通讯员)", text):
        # 本报记者 张 扬 通讯员 李 霞: two-character names set letter-spaced
        text = re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])", r"\1\2", text)
    byline = meta.BYLINE.match(text)
    if byline and len(text) <= 40:
        case.byline = _writer_names(byline.group("names"))
        if byline.group("credit"):
            case.credits = byline.group("credit")
        return True
    credit = meta.PHOTO_CREDIT.match(text)
    if credit and len(text) <= 40:
        case.byline = case.byline or _writer_names(credit.group("names"))
        case.credits = credit.group("credit")
        return True
    return False


def _writer_names(text: str) -> str:
    """王晓 通讯员 李青 -> 王晓 李青: the names, without the roles printed between them."""
    names = re.split(r"[\s、]+", re.sub(r"(?:本报|特约|全媒体)?(?:记者|通讯员)(?=\s|$)", " ", text or ""))
    return " ".join(n for n in names if n and n != "摄影")


def _page_credits(cases: list[RawCase], showcase: ShowcaseData) -> None:
    """A credit printed once for the whole page (图片由各医院提供) is the page's, not one case's.

    On a one-article page the article's writers and photo credit are also the page's.
    """
    for case in cases:
        if case.credits and ("各" in case.credits or len(cases) == 1):
            showcase.credits = showcase.credits or case.credits
            showcase.author = showcase.author or case.byline
            if len(cases) > 1:
                case.credits = case.byline = ""


# ---------------------------------------------------------------------------------------------
# Repairs across the page


def _attach_continuations(cases: list[RawCase]) -> None:
    """Text after (上接…版) finishes the case that was left mid-sentence."""
    for holder in cases:
        for index, section in enumerate(list(holder.sections)):
            if section.heading != _CONTINUATION:
                continue
            at = holder.sections.index(section)
            moved = holder.sections[at:]
            holder.sections = holder.sections[:at]
            moved[0].heading = ""
            target = _dangling_case(cases, moved) or holder
            _append_continuing(target, moved)
            break


def _dangling_case(cases: list[RawCase], moved: list[RawSection]) -> RawCase | None:
    candidates = [c for c in cases if c.last_paragraph() and c.last_paragraph().dangles]
    if not candidates:
        return None
    text = "\n".join(p.text for s in moved for p in s.paragraphs)
    for case in candidates:
        if any(name in text for name in _names(case)):
            return case
    return candidates[0]


def _append_continuing(target: RawCase, moved: list[RawSection]) -> None:
    first = moved[0]
    tail = target.sections[-1] if target.sections else None
    if tail is not None and not first.heading:
        tail.paragraphs.extend(first.paragraphs)
        moved = moved[1:]
    target.sections.extend(s for s in moved if s.paragraphs)


def _names(case: RawCase) -> list[str]:
    """The case's institution as the text may name it: in full, without its place, short."""
    name = case.institution or case.body_institution
    if not name:
        return []
    names = [name]
    stripped = name
    while True:
        match = _LEADING_PLACE.match(stripped)
        if not match:
            break
        stripped = stripped[match.end() :]
    if stripped != name and len(stripped) >= 3 and not re.fullmatch(_INSTITUTION_SUFFIX, stripped):
        names.append(stripped)
    return names


def _short_names(case: RawCase) -> list[str]:
    """龙池镇中心卫生院 -> 龙池: weaker evidence, used only to decide between two cases."""
    shorts = []
    for name in _names(case):
        core = re.sub(rf"{_INSTITUTION_SUFFIX}$", "", name)
        core = re.sub(r"(镇|乡|街道|中心)$", "", core)
        if 2 <= len(core) < len(name):
            shorts.append(core)
    return shorts


def _heading_likeness(heading: str, others: list[str]) -> float:
    """How closely a heading runs in parallel with others: same characters at the same places."""
    if not others:
        return 0.0
    scores = []
    for other in others:
        front = sum(1 for a, b in zip(heading, other) if a == b)
        back = sum(1 for a, b in zip(reversed(heading), reversed(other)) if a == b)
        scores.append(front + back)
    return sum(scores) / len(scores)


def _mentions(text: str, case: RawCase) -> bool:
    return any(name in text for name in _names(case))


def _move_misplaced_sections(cases: list[RawCase]) -> None:
    """A section printed inside another institution's article, where the page layout put it."""
    if len(cases) < 2:
        return
    for home in cases:
        for section in list(home.sections):
            if not section.heading or section not in home.sections:
                continue
            owner = _better_owner(section, home, cases)
            if owner is not None:
                _move_section(section, home, owner)


def _better_owner(section: RawSection, home: RawCase, cases: list[RawCase]) -> RawCase | None:
    own = [s.heading for s in home.sections if s.heading and s is not section]
    own_score = _heading_likeness(section.heading, own)
    body = "\n".join(p.text for p in section.paragraphs)
    for other in cases:
        if other is home:
            continue
        theirs = [s.heading for s in other.sections if s.heading]
        score = _heading_likeness(section.heading, theirs)
        by_heading = len(theirs) >= 2 and score >= 4 and score >= 2 * max(own_score, 1)
        by_name = _mentions(body, other) and not _mentions(section.paragraphs[0].text, home)
        if by_heading or (by_name and score >= own_score):
            return other
    return None


def _move_section(section: RawSection, home: RawCase, owner: RawCase) -> None:
    index = home.sections.index(section)
    paragraphs = section.paragraphs
    last_owner = max((i for i, p in enumerate(paragraphs) if _mentions(p.text, owner)), default=-1)
    rest = paragraphs[last_owner + 1 :]
    returning: list[Paragraph] = []
    if any(_mentions(p.text, home) for p in rest):
        returning = rest
        section.paragraphs = paragraphs[: last_owner + 1]
    home.sections.remove(section)
    owner.sections.append(section)
    if returning:
        # The home case's sentence broken off before the misplaced block goes on after it.
        before = next((s for s in reversed(home.sections[:index]) if s.paragraphs), None)
        if before is None:
            home.sections.insert(index, RawSection(paragraphs=returning))
        else:
            before.paragraphs.extend(returning)


def _join_broken_paragraphs(case: RawCase) -> None:
    for section in case.sections:
        joined: list[Paragraph] = []
        for paragraph in section.paragraphs:
            if joined and joined[-1].dangles:
                joined[-1] = Paragraph(joined[-1].text + paragraph.text, joined[-1].block)
            else:
                joined.append(paragraph)
        section.paragraphs = joined


def _flag_truncation(case: RawCase) -> None:
    last = case.last_paragraph()
    if last is not None and last.dangles:
        case.warnings.append(f"正文在句中结束，疑似不完整：“…{last.text[-12:]}”")
    for section in case.sections[:-1]:
        if section.paragraphs and section.paragraphs[-1].dangles:
            case.warnings.append(f"段落在小标题前中断：“…{section.paragraphs[-1].text[-12:]}”")


def _drop_duplicated_passages(cases: list[RawCase]) -> None:
    """A passage printed twice on one page stays, once, with the case it names (a photo page that
    prints its text under the picture and again below: once, where it was first)."""
    first_seen: dict[str, RawCase] = {}
    shared: dict[tuple[int, int], list[str]] = {}
    for index, case in enumerate(cases):
        again, own = [], set()
        for paragraph in case.paragraphs():
            key = re.sub(r"\s", "", paragraph.text)
            if len(key) < 40:
                continue
            first = first_seen.setdefault(key, case)
            if first is not case:
                shared.setdefault((cases.index(first), index), []).append(paragraph.text)
            elif key in own:
                again.append(paragraph)
            own.add(key)
        for section in case.sections:
            section.paragraphs = [p for p in section.paragraphs if not any(p is a for a in again)]
        case.sections = [section for section in case.sections if section.paragraphs]
    for (a, b), passage in shared.items():
        keeper, loser = _passage_owner("\n".join(passage), cases[a], cases[b])
        for text in passage:
            _remove_paragraph(loser, re.sub(r"\s", "", text))
        loser.warnings.append(
            f"重复段落已删除：“{passage[0][:16]}…”等{len(passage)}段也印在《{keeper.title}》中，已保留在该案例，请核对"
        )


def _passage_owner(text: str, first: RawCase, second: RawCase) -> tuple[RawCase, RawCase]:
    def evidence(case):
        return sum(text.count(n) for n in _names(case)) * 2 + sum(text.count(n) for n in _short_names(case))

    if evidence(second) > evidence(first):
        return second, first
    return first, second


def _remove_paragraph(case: RawCase, key: str) -> None:
    for section in case.sections:
        section.paragraphs = [p for p in section.paragraphs if re.sub(r"\s", "", p.text) != key]
    case.sections = [s for s in case.sections if s.paragraphs]


# ---------------------------------------------------------------------------------------------
# Institutions not named in the title


def institution_mentions(text: str) -> list[str]:
    """Institution names in running text: 吴国峰在成都市双流区第二人民医院就医 -> 成都市双流区第二人民医院."""
    return [m.name for m in names.institution_mentions(text)]


def _institution_from_body(case: RawCase, showcase: ShowcaseData) -> str:
    paragraphs = case.paragraphs()
    lead = "\n".join(p.text for p in paragraphs[:2])
    mentions = institution_mentions(lead)
    with_place = [m for m in mentions if _LEADING_PLACE.match(m)]
    if with_place:
        return max(with_place, key=len)
    counts = Counter(institution_mentions(case.text()))
    return counts.most_common(1)[0][0] if counts else ""


def _fallback_title(cases: list[RawCase]) -> str:
    if len(cases) == 1:
        return cases[0].title
    first = cases[0].institution or cases[0].body_institution or cases[0].title
    return f"{first}等{len(cases)}个案例"
