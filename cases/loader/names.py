"""Institution names in running text, cut at real word boundaries.

A name is places + a proper name + a kind suffix (湘潭县射埠镇中心卫生院, 西乡县人民医院,
和兴路街道社区卫生服务中心). Finding the suffix is easy; finding where the name begins is not, since
Chinese has no spaces: “日固定开展湖南省中医院”, “年成立全区首家民营医院”, “党员带头服务进社区”.
The words before a suffix come from jieba, a Chinese lexical analyser with part-of-speech tags,
given a user dictionary of every administrative division (from the gazetteer) and of the kind
suffixes; the name takes words leftwards from the suffix while they can stand in a name (places,
nouns, proper names, ordinals) and stops at a verb, a function word, a number or a pronoun.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import jieba
import jieba.posseg

from institutions import gazetteer

from .entities import institution_kind, is_institution_name, suffix_of  # entities reads names only inside functions
from .vocabulary import ADMIN_SUFFIXES, CJK, FUNCTION_WORDS, HEALTH_KINDS, HELPED_KINDS, INSTITUTION_SUFFIX, KIND_SUFFIXES, NEVER_IN_NAME, NOT_A_VILLAGE, OPENERS

_SUFFIX = re.compile(INSTITUTION_SUFFIX)
# Parts of speech that never stand inside a name: pronouns, prepositions, conjunctions, particles,
# adverbs, numerals and measure words, time and direction words, interjections, punctuation.
_STOP_POS = ("r", "p", "c", "u", "d", "m", "q", "t", "f", "y", "e", "o", "x", "w", "zg", "ul", "uj", "uz")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十\d]+$")
# Words that are common nouns, never the proper part of a name: 全区首家民营医院 is no name.
_NOT_PROPER = frozenset(
    "全区 全县 全市 全省 全镇 辖区 基层 当地 民营 公立 综合 专科 定点 各级 各类 部分 多家 首家 这家 一家 附近 周边 家门口 "
    "城乡 农村 城市 城区 乡村 镇村 村镇 所在 老旧 新建 偏远 边远 本地 外地 全国 各地 多个 所有 相关 结对 共建 对口 公共 "
    "企业 单位 部门 山区 牧区 边疆 边境 这个 那个 那家 该 驻区 驻地 驻镇 驻村 区属 市属 县属 省属 辖内 域内 闲置 "
    "今年 去年 前年 明年 当年 近年 同年 往年 年内 当前 目前 如今 现在 "
    "助力 赋能 守护 扮靓 点亮 惠及 覆盖 深入 走进 携手 小小 大大".split()  # 供热企业|某某热力有限公司, 山区|医院: what kind of body it is, not its name; 去年|街道党工委…: when, not which; 助力|社区治理: what a body does for it
)
_ADMIN_ENDINGS = tuple(sorted(ADMIN_SUFFIXES, key=len, reverse=True))
_COUNTY_ENDINGS = ("省", "市", "区", "县", "旗", "盟", "州")
MAX_NAME = 30
_ROAD = re.compile(rf"^[{CJK}][路街](?:街道|社区)")


@dataclass(frozen=True)
class Mention:
    name: str
    start: int
    end: int


@cache
def _tagger() -> jieba.posseg.POSTokenizer:
    jieba.setLogLevel(logging.WARNING)
    # The module's own tagger over jieba's default dictionary: its word-tag table, read at import,
    # is not read a second time (a second second at every start-up)
    tagger = jieba.posseg.dt
    tokenizer = tagger.tokenizer
    for place in gazetteer.division_names():
        tokenizer.add_word(place, freq=20000, tag="ns")
    for _, suffixes in KIND_SUFFIXES:
        for suffix in suffixes:
            if len(suffix) >= 2:
                tokenizer.add_word(suffix, freq=20000, tag="n")
    for word in ("街道", "党工委", "党委", "党总支", "党支部", "党小组", "居委会", "村委会"):
        tokenizer.add_word(word, freq=20000, tag="n")
    return tagger


def _rare(word: str) -> bool:
    """启智, not 提升 or 整合: a word the analyser's dictionary has seldom seen (a proper name's, read as a verb)."""
    return _tagger().tokenizer.FREQ.get(word, 0) <= 10


@lru_cache(maxsize=50_000)
def words(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part of speech) pairs of a short text (the same spans recur: they are cut once)."""
    return tuple((pair.word, pair.flag) for pair in _tagger().cut(text, HMM=True))


def institution_mentions(text: str) -> list[Mention]:
    """Every institution named in text, in order, each with the words of its name only."""
    found = list(_mentions(text))
    if "分院" in text:
        # 石头咀分院 (the analyser cuts 石头 / 咀 / 分院) in a text that prints 某县石头咀镇卫生院: the
        # alliance's branch by the town's bare name, wherever the words of the town are not known to it
        for branch in _BRANCH_BY_TOWN.finditer(text):
            stem = branch["stem"]
            inside = any(m.start <= branch.start("stem") < m.end for m in found)
            if not inside and re.search(re.escape(stem) + r"(?:镇|乡|街道|苏木)", text):
                start = branch.start("stem")
                found.append(Mention(stem + "分院", start, start + len(stem) + 2))
        found.sort(key=lambda m: m.start)
    return found


_BRANCH_BY_TOWN = re.compile(r"(?:^|(?<=[，。；、：\n（(“]))(?P<stem>[\u4e00-\u9fff]{2,4}?)分院")


_TIME_BEFORE_A_NAME = re.compile(r"^(?:今年以来|近年来|去年以来|今年|去年|目前|近日|近期|此外|同时|随后)")
# Two-character verbs a place's or a body's name follows in running text (邀请小市镇…, 地处梧桐花镇…, 对接某卫生院)
_VERBS_BEFORE_A_NAME = r"邀请|组织|联合|来到|走进|前往|深入|开展|携手|协调|依托|走访|地处|位于|对接|联系|家住|居住|对话|专访|访谈|探访"
_VERB_ACROSS = re.compile(_VERBS_BEFORE_A_NAME)  # (matched one character before the name: the verb's last is no part of it)
# 对话依汶镇中心卫生院…: an interview's or a visit's verb whole at the name's start
_VISIT_OPENS = re.compile(rf"^(?:对话|专访|访谈|探访|走进|走近|来到|前往|走访)(?=[{CJK}]{{4}})")
# 临桂镇等乡镇卫生院: a list's 等 before the kind the units share
_LIST_BEFORE_A_KIND = re.compile(r"^[\u4e00-\u9fff]{2,10}?等(?=乡镇|各|多个|[一二三四五六七八九十两\d]+[个家所])")
_COUNT_INSIDE = re.compile(r"[一二两三四五六七八九十百几]+个(?=[\u4e00-\u9fff]{0,4}$)|(?<=[\u4e00-\u9fff])[一二两三四五六七八九十百几]+个")


_PARTY_BODY_TO = re.compile(r"(?:党委|党总支|党支部|党工委|总支|支部)(?:向|到|与|对|为|在|给|赴|和|同)")


@lru_cache(maxsize=2_000)
def _mentions(text: str) -> tuple[Mention, ...]:
    found: list[Mention] = []
    for run in re.finditer(rf"(?:[{CJK}]|120(?=急救))+", text):  # (某县120急救中心: the one number a body's name holds)
        chunk = run.group(0)
        for match in _SUFFIX.finditer(chunk):
            start = _name_start(chunk, match.start())
            if start == 1 and chunk[0] in "东西南北中" and opens_with_town(chunk[1 : match.start()]):
                start = 0  # 西|华池镇中心卫生院 opening a line: no direction stands alone before a name (华池 is a county's)
            name = chunk[start : match.end()]
            start += _province_before_place(name)
            at = run.start() + start
            if start < match.start() and chunk[start] in "个家所座名位" and at > 0 and text[at - 1] in "0123456789一二两三四五六七八九十百几多余":
                start += 1  # 4家|乡镇卫生院: the measure word of the count before is no part of the name
            count = _COUNT_INSIDE.search(chunk, start, match.start())
            if count:
                start = count.end()  # 辽宁路街道五个|社区: a count inside opens a plural, no one name
            name = chunk[start : match.end()]
            # (今年以来医院各党支部…: a time phrase before a bare kind; 主动对接宏村镇卫生院: a verb's last character)
            opener = _TIME_BEFORE_A_NAME.match(name) or (start > 0 and _VERB_ACROSS.match(chunk, start - 1))
            if opener:
                start += opener.end() if opener.re is _TIME_BEFORE_A_NAME else 1
                name = chunk[start : match.end()]
            # (对话依汶镇中心卫生院党支部书记…: an interview's or a visit's verb whole before the name;
            # 在临桂镇等乡镇卫生院: a list's 等 before the kind the units share)
            visit = _VISIT_OPENS.match(name) or _LIST_BEFORE_A_KIND.search(name)
            if visit and visit.end() < match.start() - start:
                start += visit.end()
                name = chunk[start : match.end()]
            party = _PARTY_BODY_TO.search(name, 0, match.start() - start)
            if party and party.end() < match.start() - start:
                start, name = start + party.end(), name[party.end() :]  # 县医院党委向|涧池分院派驻…: the party body's verb is no part of the name
            if gazetteer.is_a_verb_at(text, run.start() + start):
                start, name = start + 2, name[2:]  # 将会同县卫健局…: "together with" the county's own bureau
            honour = re.match(r"(?:先进|优秀|模范|五星级?|示范)?(?:基层)?党组织(?=[\u4e00-\u9fff]{4})", name)
            if honour and honour.end() < match.start() - start:
                start, name = start + honour.end(), name[honour.end() :]  # ——记全县先进基层党组织某镇某村党支部: its honour, no part of the name
            if start == 0 and name.startswith("记") and run.start() and text[run.start() - 1] in "—－-":
                start, name = 1, name[1:]  # ——记某镇中心卫生院…: a feature's subtitle, whose 记 is no part of the name
            if _quoted_alone(text, run.start() + start, run.start() + match.end()) and not gazetteer.opens_with_place(name):
                continue  # 打造“流动医院”, 创建“清廉医院”: a brand or a title, no one institution
            if _BUILDING_A_QUALITY.search(text[max(0, run.start() + start - 2) : run.start() + start]) and _QUALITY_STEM.fullmatch(name[: len(name) - len(suffix_of(name))]):
                continue  # 共建健康社区, 创建文明村: a quality the work builds, no one community
            if start < match.start() and _is_name(name) and not name.startswith(_VERBS_IN_NAMES):  # (积极防治医院感染: no 防治医院)
                found.append(Mention(name, run.start() + start, run.start() + match.end()))
    # 某医学院 inside 某医学院附属第二医院: keep the name that holds the other (found in text order,
    # so a holder starts at or before the names it holds: one pass, tracking the furthest end)
    kept, furthest = [], -1
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        if mention.end <= furthest:
            continue
        if kept and (
            mention.start < kept[-1].end
            or (
                mention.name.endswith("分院")
                and kept[-1].name.endswith("医院")
                and mention.start - kept[-1].end <= 2
                and not set(text[kept[-1].end : mention.start]) & (NEVER_IN_NAME | set("和年月日今去明"))
            )
        ):
            # (某县总医院里心分院: the analyser reads 里 as a word of its own; a branch after its hospital is one name)
            # 某农村商业银行 and 商业银行板桥支行: one name, the branch of the first
            merged = Mention(text[kept[-1].start : mention.end], kept[-1].start, mention.end)
            kept[-1] = merged
        else:
            kept.append(mention)
        furthest = max(furthest, mention.end)
    return tuple(sorted(kept, key=lambda m: m.start))


def without_province_short(name: str) -> str:
    """湖南隆回县某镇中心卫生院 -> 隆回县某镇中心卫生院 (a label line as an editor files it); a
    place's label (云南芒市：…) stays as printed, to be matched with the names the body prints."""
    bare = name[_province_before_place(name) :]
    return name if is_place_name(bare) else bare


def _province_before_place(name: str) -> int:
    """湖北枣阳市吴店镇卫生院 -> 枣阳市…: a province's short name before a division's is not printed
    in the name an editor files (the province is the region's)."""
    for length in (2, 3):
        head, rest = name[:length], name[length:]
        if head in _province_shorts() and any(rest.startswith(d) for d in (rest[:k] for k in range(2, 8)) if gazetteer.is_division_name(d) and d.endswith(_COUNTY_ENDINGS)):
            return length
    return 0


@cache
def _province_shorts() -> frozenset[str]:
    return frozenset(gazetteer.province_short_names())


def _name_start(chunk: str, suffix_start: int) -> int:
    """Where the name that ends in the suffix at suffix_start begins."""
    if chunk.startswith("120急救", suffix_start - 3):
        return _name_start(chunk, suffix_start - 3)  # 某县|120|急救中心: the places before the hotline's number
    before = chunk[max(0, suffix_start - MAX_NAME) : suffix_start]
    offset = suffix_start - len(before)
    town = _town_after_county(before)
    if town is not None:
        # 于都县|禾丰|镇, 九台区|其塔木|镇: a town's own name is whatever stands between its county
        # and 镇/乡/街道, however the analyser cut it; before the county stand only places.
        start = town
        for word in reversed([w for w, _ in words(before[:town])]):
            if not gazetteer.is_division_name(word):
                break
            start -= len(word)
        return offset + start
    tokens = words(before)
    start = len(before)
    needs_stem = False  # the last word taken was 镇/乡/街道…: the word before it is a place's name
    seen_place = False  # a name is places, then its proper part: before a place stand only places
    county_stem = False
    stem_chars = 2
    for index, (word, pos) in enumerate(reversed(tokens)):
        if seen_place and not (gazetteer.is_division_name(word) or word in _ADMIN_ENDINGS or needs_stem):
            break
        if index == 0 and word == "里" and len(tokens) >= 2 and (tokens[-2][1] in ("nz", "nr", "nrt", "ns", "a") or (tokens[-2][1] == "n" and len(tokens[-2][0]) == 2 and tokens[-2][0] not in _NOT_PROPER and tokens[-2][0][-1] not in "区家村城院镇县楼街")) and chunk.startswith(("社区", "村", "居委会"), suffix_start):
            # 锦华|里|社区, 幸福|里|社区: the analyser's locative 里 ends many a community's name
            start -= 1
            stem_chars = 1
            continue
        if re.fullmatch(rf"[{CJK}]?[街路巷]", before[start:]):
            if len(before[start:]) + len(word) <= 3 and word not in NEVER_IN_NAME and word not in FUNCTION_WORDS and word not in _NOT_PROPER and chunk.startswith(("社区", "街道", "村"), suffix_start):
                # 三|好|街|社区: a road's short name, whatever the analyser reads its characters as
                start -= len(word)
                stem_chars = 2
                continue
        if index == 0 and word in "东西南北中" and pos == "f" and len(tokens) >= 2 and tokens[-2][1] in ("n", "nr", "ns", "nz") and tokens[-2][0] not in _NOT_PROPER and chunk.startswith(("社区", "村", "嘎查"), suffix_start):
            # 府学|西|社区, 河|东|村: the analyser's direction word ends many a community's or village's name
            start -= 1
            stem_chars = 1
            continue
        if index == 0 and len(word) == 1 and pos in ("a", "ag", "v") and word not in NEVER_IN_NAME and word not in FUNCTION_WORDS and len(tokens) >= 2 and len(tokens[-2][0]) == 1 and tokens[-2][1] in ("ng", "n", "nr", "ns", "nz", "tg", "j") and tokens[-2][0] not in NEVER_IN_NAME and chunk.startswith(("社区", "村", "嘎查"), suffix_start):
            # 莲|秀|社区, 槐|古|社区, 塘|背|村: two characters the analyser reads as a noun's and an adjective's
            # (or a verb's) are a community's name
            start -= 2
            stem_chars = 2
            break
        if index == 0 and len(word) == 2 and pos.startswith("v") and _rare(word) and word not in FUNCTION_WORDS and word not in _NOT_PROPER and len(tokens) >= 2 and gazetteer.is_division_name(tokens[-2][0]) and tokens[-2][0].endswith(("县", "市", "区", "旗")) and not _ACTION_IN_NAME.search(word):
            # 五常市|启智|社区卫生服务中心: the analyser's verb between a county and a kind is the unit's own name
            start -= 2
            stem_chars = 2
            continue
        if index == 0 and pos == "m" and _NUMERAL_NAME.fullmatch(word) and len(tokens) >= 2 and gazetteer.is_division_name(tokens[-2][0]) and tokens[-2][0].endswith(("县", "市", "区", "旗")):
            # 石景山区|八角|中医医院: a proper name the analyser reads as a quantity, between a county and a kind
            start -= len(word)
            stem_chars = 2
            continue
        if index == 0 and len(word) == 1 and word not in _NOT_A_VILLAGE_S_NAME and len(tokens) >= 2 and tokens[-2][0].endswith(("镇", "乡", "街道")) and chunk.startswith("村", suffix_start):
            # 天荒坪镇|余|村: one character between a town and 村 is the village's name, whatever the analyser reads it as
            start -= 1
            stem_chars = 1
            continue
        if index == 0 and len(word) == 1 and pos == "d" and len(tokens) >= 2 and tokens[-2][1] in ("ns", "nr", "nrt"):
            # 乌兰敖|都|嘎查: the analyser's adverb is the last character of a proper name
            start -= 1
            stem_chars = 1
            continue
        if gazetteer.is_division_name(word) and word.endswith(_ADMIN_ENDINGS):
            seen_place = True  # 会同县: a county's full name; before it stand only places
        if _ORDINAL.match(word) or word in _ADMIN_ENDINGS:
            # 第二人民医院; 秀山/县/龙池/镇, where jieba leaves a lone 县 or 镇 untagged
            start -= len(word)
            needs_stem = word in _ADMIN_ENDINGS
            county_stem = word in _COUNTY_ENDINGS
            stem_chars = 0
            continue
        if needs_stem and county_stem and not gazetteer.is_division_name((word + before[start : start + 1])) and not gazetteer.is_division_name(word):
            break  # 结果/县/医院: before a lone 县 stands a county's own name, or nothing of the name
        preceding = tokens[len(tokens) - index - 2][0] if index + 1 < len(tokens) else ""
        if word in ("城区", "城关") and gazetteer.is_division_name(preceding) and preceding.endswith(("县", "市", "区", "旗")):
            start -= len(word)  # 于都县|城区|第一社区卫生服务中心: a county's town, part of the name after the county
            stem_chars = 2
            needs_stem = False
            continue
        # 和兴路街道: a road's name may open with a character that is also a word of its own
        road = len(word) == 1 and word not in NEVER_IN_NAME and _ROAD.match(before[start:])
        stem = needs_stem and word not in FUNCTION_WORDS and (not pos.startswith(("p", "c", "u", "r", "d")) or len(word) == 1 and word not in NEVER_IN_NAME)
        if not (road or stem) and (word in FUNCTION_WORDS or word in _NOT_PROPER or _stops(word, pos)):
            break
        if (word[-1] in "在的是了到" or word in NEVER_IN_NAME) and not gazetteer.is_division_name(word):
            break  # 心梗|后在|乡镇卫生院: the analyser's 后在 ends the words before the name
        earlier = tokens[len(tokens) - index - 2] if index + 1 < len(tokens) else None
        if index == 0 and len(word) >= 3 and word[0] in _PREPOSITIONS and pos.startswith("nr") and earlier and _stops(*earlier):
            start -= len(word) - 1  # 今年|向某柘|分院: the analyser's guessed name opens with the preposition before it
            break
        if len(word) == 2 and word[0] in "对向为给与和跟同把" and earlier and earlier[1].startswith("nr") and len(earlier[0]) >= 2:
            start -= 1  # 刘建民|对开|云镇…: a person, then the preposition the analyser ran into the town's name
            break
        start -= len(word)
        # 才/湾镇, 才/湾/镇: a town's name has two characters at least, however the analyser cut it
        stem_chars = stem_chars + len(word) if stem else (1 if len(word) == 2 and word.endswith(("镇", "乡")) else 2)
        needs_stem = stem_chars < 2 and not county_stem
    village = chunk.startswith(("村", "社区", "嘎查"), suffix_start) and not chunk.startswith("社区卫生", suffix_start)
    if village and start > 0 and re.match(rf"[{CJK}]{{2,4}}$", before[start:]):
        town = _bare_town_start(before, village=True)  # 东盛涌镇|龙山|村: 龙山 is a county's name too
        if town is not None and town < start:
            return offset + town
    if start == len(before) or not _opens_with_place(before[start:]):
        county = _county_before_stem(before)
        if county is not None and county < start:
            start = county  # 安州区|花|荄|小学: a rare name the analyser cut into odd words
        town = _bare_town_start(before, village=village)
        if county is None and town is not None and town < start:
            start = town  # 段|村镇|中心卫生院 at a heading's start: the town's name is 段村
    at = offset + start
    if at >= 1 and (at == 1 or chunk[at - 2] in _BEFORE_A_HEADING) and _TOWN_ALONE.match(before[start:]):
        # 【案例一】黄|沙河镇中心卫生院: a lone character the analyser reads as an adjective, right at a
        # heading's or a clause's start before a town, is the first of the town's name
        first = chunk[at - 1]
        tagged = words(chunk[at - 1 : at + len(before) - start])
        if tagged and tagged[0][0] == first and tagged[0][1] in ("a", "ag") and first not in NEVER_IN_NAME and first not in FUNCTION_WORDS and first not in _NOT_A_TOWN_S_FIRST:
            return at - 1
    numeral = _NUMERAL_BEFORE.search(chunk, 0, at)
    town = _TOWN_OPENING.match(chunk, at)
    if numeral and town and (numeral.start() == 0 or chunk[numeral.start() - 1] in _BEFORE_A_HEADING or (chunk[numeral.start() - 1] in "县区市旗" and chunk[numeral.start() - 2 : numeral.start() - 1] not in ("全", "各"))) and is_town(numeral.group(0) + town.group(0)):
        return numeral.start()  # 四|十里堡镇卫生院: a town whose name opens with a numeral the analyser read as a count
    return at


_NUMERAL_BEFORE = re.compile(r"[一二三四五六七八九十]{1,2}$")
_TOWN_OPENING = re.compile(rf"[{CJK}]{{1,4}}?(?:镇|乡|街道)")
_NUMERAL_NAME = re.compile(r"[一二三四五六七八九十两][^\d一二三四五六七八九十百千万亿两个名位家所条项次人户]")
_BEFORE_A_HEADING = "【】〔〕[]，。；：、“”（）() \n"
_NOT_A_VILLAGE_S_NAME = frozenset("各每全该本此这那其一二三四五六七八九十两几多个的在和与及、里上内外")  # (镇各村, 全乡每村: which villages, not one; 镇里村干部, 镇上村民: in the town)
_TOWN_ALONE = re.compile(rf"^[{CJK}]{{2,3}}(?:镇|乡)$")
_NOT_A_TOWN_S_FIRST = "原新老前该本各每全这那其此省市县区我在到赴为和与及或等好少多更很最真太"


_TOWN_END = re.compile(r"(?:镇|乡|街道)(?:中心)?$")


_TOWN_BEFORE_VILLAGE = re.compile(rf"(?:镇|乡|街道|苏木)(?=[{CJK}]{{2,5}}$)")  # (呼和温都日嘎查: a Mongolian name of five)


def _bare_town_start(before: str, village: bool = False) -> int | None:
    """Where a town's own name of two or three characters begins, just before 镇/乡/街道 and the
    suffix (or before a village's own name: 东盛涌镇|龙山|村), when it opens the text or follows a
    word that cannot be in a name (在, 与, 为 …)."""
    end = _TOWN_END.search(before)
    if not end and village:
        end = _TOWN_BEFORE_VILLAGE.search(before)
        if end and any(ch in NEVER_IN_NAME for ch in before[end.end() :]):
            return None
    if not end:
        return None
    for length in (2, 3, 4, 5, 6, 7):  # (巴拉嘎尔高勒镇: a Mongolian town of six)
        stem_start = end.start() - length
        stem = before[stem_start : end.start()]
        if stem_start < 0 or any(ch in NEVER_IN_NAME for ch in stem) or stem in _NOT_PROPER or stem[:1] in "全各每该本这那":
            continue
        if length > 3 and not all(pos.startswith("n") and word not in _NOT_PROPER for word, pos in words(stem)):
            continue  # 花吐古拉镇: a longer town's name, of names' words only (not 走近郑宅镇)
        if stem_start == 0 or before[stem_start - 1] in NEVER_IN_NAME or before[stem_start - 1] in "，、：；。“":
            if (stem + before[end.start()]) not in _NOT_TOWNS and not any(w in FUNCTION_WORDS for w, _ in words(stem) if len(w) >= 2):
                return stem_start
    return None


def _opens_with_place(text: str) -> bool:
    return any(gazetteer.is_division_name(text[:k]) for k in range(2, min(len(text), 10) + 1))


def _county_ending_at(text: str, end: int) -> int | None:
    """Where the county (district, city) that ends at `end` begins: the longest, 咸丰县 not 丰县,
    前郭尔罗斯蒙古族自治县; an autonomous county's short name too, 澜沧县 not 沧县."""
    for length in range(min(end, 16), 1, -1):
        county = text[end - length : end]
        if (gazetteer.is_division_name(county) and county.endswith(_COUNTY_ENDINGS)) or is_county_short_name(county):
            return end - length
    return None


def _county_before_stem(before: str) -> int | None:
    """Where a county (or district, city) begins that stands just before a short proper name
    of one to four characters, none of which the analyser reads as a verb or function word."""
    for stem in range(1, 5):
        county_end = len(before) - stem
        proper = before[county_end:]
        if county_end < 2 or any(ch in NEVER_IN_NAME for ch in proper):
            continue
        if any(len(w) >= 2 and (w in FUNCTION_WORDS or w in _NOT_PROPER or _stops(w, pos)) for w, pos in words(proper)):
            continue
        county_start = _county_ending_at(before, county_end)
        if county_start is not None:
            return county_start
    return None


_TOWN_SUFFIX = re.compile(rf"(?:镇|乡|街道|苏木)(?=[{CJK}]{{0,8}}$)")


def _town_after_county(before: str) -> int | None:
    """Where the county begins in “…县 + a town's name + 镇 + the rest of the name”, if so."""
    town = None
    for town in _TOWN_SUFFIX.finditer(before):
        pass
    if town is None:
        return None
    rest = before[town.end() :]  # the community's or village's own name, if any
    if len(rest) > 6 or "党" in rest or any(ch in NEVER_IN_NAME for ch in rest):
        return None
    if re.search(r"社区|村|居委会", rest) and any(len(w) >= 2 and (w in FUNCTION_WORDS or _stops(w, p)) for w, p in words(rest)):
        return None  # 某街道某社区携手|银行: another name ended, then a verb
    for stem in range(1, 5):
        county_end = town.start() - stem
        # 融安县|大将|镇: between a county's full name and 镇, two characters are a town's name, whatever
        # else they may mean (将 is also “will”)
        if county_end < 2 or (stem != 2 and any(ch in NEVER_IN_NAME for ch in before[county_end : town.start()])):
            continue
        if stem > 2 and any(len(w) >= 2 and w in FUNCTION_WORDS for w, _ in words(before[county_end : town.start()])):
            continue  # 海伦市|共有乡|镇卫生院23家: a verb, then the towns at large (乡镇), no town's name
        county_start = _county_ending_at(before, county_end)
        if county_start is not None:
            return county_start
    return None


_PREPOSITIONS = frozenset("向在到为对给从与和跟同把被将让")


_VERBS_IN_NAMES = ("防治", "防疫", "康复", "急救", "监督", "检验")


def _stops(word: str, pos: str) -> bool:
    """A word that cannot stand in a name: a verb, a function word, a number, a lone adjective."""
    if pos == "x" and re.fullmatch(rf"[{CJK}]+", word):
        return False  # 车|陂|街: a character too rare for the analyser's dictionary, in a proper name
    if word in _VERBS_IN_NAMES:
        return False  # 肿瘤防治医院, 职业病防治院, 动物防疫站: a body named after the work it does
    if pos.startswith(_STOP_POS) or word.endswith(("报", "报讯", "报社")):
        return True  # ... and a paper's name (某某晚报) before the report's first words
    return (pos.startswith("v") and pos != "vn") or (pos.startswith("a") and len(word) == 1)


_COUNT_OPENING = re.compile(r"^(?:[一二两三四五六七八九十百几]+)?[个家所座名位](?=乡镇|基层|村|社区|县级|卫生)")


# 各街镇社区卫生服务中心, 全县乡镇卫生院: the kind of body in general, named by no place of its own
# (…到居住地社区报到, 组团服务社区: where one lives or what one serves, a word before the kind, no name)
# 佛堂镇这个村, 某镇该社区: a town, then a pointing word, names no village
_PLACE_THEN_THIS = re.compile(r"(?:镇|乡|街道|县|区|市)(?:这个|那个|这|那|该|本|每个|各个|整个)(?:村|社区|嘎查)$|街道社区$")  # (某街道社区: the street's communities)
_GENERIC_OPENING = re.compile(r"^(?:(?:[一二三]级)?[甲乙丙]等|首家|首个|首批|第[一二三四五六七八九十\d]+家|唯一一家|这家|那家|所有|全部|多家|街镇|镇街|乡镇|村镇|城乡|镇村|各|(?:服务|居住地|所在|驻地|所属|周边|附近|相关|走进|深入|进入)(?=社区$|村$|小区$)|(?:县域)?(?:医共体|医联体)(?=分院$|总院$))")  # (医共体分院: a role; 一级甲等卫生院, 首家乡镇卫生院, 所有乡镇卫生院: a grade, a rank, a quantity; no one's name)


_BUILDING_A_QUALITY = re.compile(r"(?:共建|创建|打造|建设|争创|构建|共创|建成|争当|营造)$")
_QUALITY_STEM = re.compile(r"健康|文明|美丽|和谐|幸福|平安|智慧|绿色|温馨|宜居|清廉|无烟|书香|美好|活力|安全|数字|低碳|善治|法治|生态|红色|示范|星级|完整")


def _quoted_alone(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] in "“\"「『‘" and text[end : end + 1] in ("”", "\"", "」", "』", "’")


# 汉阳镇推行驻村 (…推行驻村第一书记…): a verb of the sentence is no word of a name
# (某镇组织各村…: 组织 and 各 open no name's words either)
# (某医院驻某嘎查工作队: the body its team is stationed from, then the village; neither is that run;
# 某市人民医院托管某镇中心卫生院: the helper, its verb, the helped: two names; 红色网格织密社区: a headline's verb;
# not 温暖, 守护, 点亮, which may be a community's own name)
_ACTION_IN_NAME = re.compile(r"(?:医院|卫生院|中心|局|委|公司|银行)(?:驻|托管|帮扶|对口|结对|支援)|推行|开展|推进|实施|建立|打造|探索|推动|坚持|构建|聚焦|深化|启动|举办|召开|出台|推出|做好|落实|围绕|立足|按照|健全|完善|强化|优化|加强|持续|扎实|携手|牵手|联手|签约|组织各|带领各|动员各|各村|各社区|调研|督导|督查|(?:党委|党工委|党组)书记|下辖|所辖|织密|织牢|筑牢|激活|赋能|助力|护航|扮靓")  # (某镇党委书记调研镇卫生院: a visit, no name; 某街道下辖社区12个: a count, no name)


def _is_name(name: str) -> bool:
    if _ACTION_IN_NAME.search(name[: len(name) - len(suffix_of(name))]) or _PLACE_THEN_THIS.search(name):
        return False
    return len(name) >= 3 and not _COUNT_OPENING.match(name) and not _GENERIC_OPENING.match(name) and is_institution_name(name)  # 5个乡镇卫生院, not 个旧市…


# ---------------------------------------------------------------------------------------------
# Which institution a report is about, and which bodies are its partners

# Words just before a name that make it the object of the report's actor: 与X签约, 赴X, 走进X.
_PARTNER_BEFORE = re.compile(r"(?:与|同|和|跟|向|赴|前往|走进|走访|看望|慰问|来到|到|联合|携手|邀请|协同|会同|对接|结对|帮扶|支援|为|给|牵手|对口|协调|请来|争取)$")
_VISIT_TO = re.compile(r"(?:到|来到|走进|莅临|深入|(?<=[组团队委局])来|(?<=[组团队委局])赴)$")  # (省卫健委调研组来某院调研)
# 县卫健局督导某卫生院…, 县卫健局对某卫生院开展党建工作专项检查: the unit an inspection comes to, by its verb
_INSPECTS = re.compile(r"(?:督导|检查|调研|观摩|考察|视察)$")
_INSPECTION_AFTER = re.compile(r"^(?:党支部|党委|党总支)?(?:开展|进行)[\u4e00-\u9fff]{0,10}?(?:检查|督导|调研|考核|观摩|督查)")
_VISIT_FOR = re.compile(r"^(?:党支部|党委|党总支)?(?:调研|观摩|考察|参观|检查|督导|指导|视察)")
# 省卫生健康委机关党委一行到我院调研: a visitor, not the body the report speaks for.
_VISITOR_AFTER = re.compile(
    r"^[\u4e00-\u9fff]{0,8}?(?:一行|领导)?(?:到|来|赴|莅临|走进)(?:我院|本院|我中心|我站)"
    r"|^[\u4e00-\u9fff“”]{0,18}?(?:一行|等一行)\d*人?(?:到|来|赴|莅临|走进|深入)"  # 某委副书记某某一行到某医院调研
)
# (某疾控中心党员一行22人来到结对的某村, 某局机关党支部一行来到某镇某村开展主题党日: the party's own day out
# to a village or a community, its report; not its visit to a health centre, whose report it is)
_VILLAGE_VISITED = re.compile(r"^[^，。；、：]{0,18}?(?:村|社区|嘎查|小区|居民区)(?:党群服务中心|村委会|村部|文化广场|新时代文明实践站)?(?=[，。；]|开展|举行|参加)")


def _visit(body: str, mention: Mention) -> re.Match | None:
    """The visit a mention's party makes (某医院专家团队一行9人来到…), unless it is a day out to a village."""
    visit = _VISITOR_AFTER.match(body[mention.end : mention.end + 24])
    if visit and institution_kind(mention.name) != "community" and _VILLAGE_VISITED.match(body[mention.end + visit.end() :]):
        return None
    return visit


_PARTNER_AFTER = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?)(?:退休|离退休|老干部)")
# 市卫健委派驻某村第一书记: the unit that sends a first secretary is not the one doing the work.
_SENDER_AFTER = re.compile(r"^(?:机关|党组|党委)?(?:派驻|选派|下派|驻村)[^，。]{0,14}(?:第一书记|工作队|工作组)")
# 由省卫生健康委指导、某协会主办的评选: the bodies that run a contest or an event, not its subject.
# (某市卫生健康局公布2024年度…评选结果: the body that announces an award's results, not the unit awarded)
_ORGANIZER_AFTER = re.compile(r"^(?:机关党委|党组|党委)?(?:指导|主办|承办|协办|联合主办|(?:组织开展|举办|评选|评出|表彰|授予|颁发|公布|通报)的|(?:公布|通报|发布)了?[^，。]{0,30}?(?:评选结果|评审结果|结果|名单))")
# Sentences about a partnership: their other bodies are the case's partners (共建单位).
_PARTNERSHIP = re.compile(r"共建|结对|签约|签订|联建|结成|携手|对口|帮扶|协议|联盟|支部联动|退休")
# Two bodies that sign or pair up (not a scheme's name such as 党建联建)
_SIGNING = re.compile(r"(?:党工委|党委|政府|办事处)(?:及[^。，]{0,14})?(?:与|携手|和)[^。]{2,40}?(?:签约|签订|结对|共建|联建|合作)")
_TOWN_S_PARTY_HOLDS = re.compile(r"^[^，。“”]{2,12}?(?:街道|镇|乡)(?:党工委|党委)(?:组织|开展|召开|举办|举行)")
# 某街道“解忧联盟”再扩容: the town's own scheme, though others sign in it (where the headline names no
# body beside it: not 某镇“红色医联”签约 县人民医院结对5家卫生院, the hospital's pairing)
_TOWN_S_OWN_SCHEME = re.compile(r"^[^，。“”]{2,12}?(?:街道|镇|乡)“[^”]{2,12}”")
_ORG_AFTER = re.compile(r"^(?:机关)?(?:第?[一二三四五六七八九十\d]*)?(?:[\u4e00-\u9fff]{0,6}?)(?:退休党支部|退休支部|党工委|党委|党总支|党支部)")
# What may stand between a clause's start and its subject: 近年来，/ 6月12日 / 在…中，.
_OPENING = re.compile(rf"(?:(?:{OPENERS})|[^，。]{{0,20}}期间|为[^，。]{{2,30}}|在[^，。]{{2,20}}(?:中|下|上))，?")


@dataclass
class Actor:
    name: str
    partners: list[str]


def canonical_forms(names: list[str]) -> dict[str, str]:
    """Each name -> the fullest printed name it is a form of: 县人民医院 -> 西乡县人民医院."""
    by_length = sorted(set(names), key=len, reverse=True)
    # (a long text names thousands: only names that end as this one can, by their last character)
    order = {name: i for i, name in enumerate(by_length)}
    by_last: dict[str, list[str]] = {}
    for name in by_length:
        by_last.setdefault(name[-1:], []).append(name)
    forms: dict[str, str] = {}
    for name in by_length:
        if not _distinct(name):
            forms[name] = name
            continue
        lasts = {name[-1:]} | {ending[-1] for short, endings in _FULL_ENDINGS.items() if name.endswith(short) for ending in endings}
        candidates = sorted((full for last in lasts for full in by_last.get(last, ())), key=order.__getitem__)
        forms[name] = next((full for full in candidates if len(full) > len(name) and _ends_as(full, name)), name)
    for name in by_length:
        # 衡山分院 in a report on 某县衡山镇卫生院: the county hospital's branch, its alliance's name for the town's centre
        stem = gazetteer.without_leading_places(name).removesuffix("分院")
        if name.endswith("分院") and forms[name] == name and 2 <= len(stem) <= 4:
            towns = {full for full in by_length if institution_kind(full) in HELPED_KINDS and re.search(re.escape(stem) + r"(?:镇|乡|街道|苏木)", full)}
            if len(towns) == 1:
                forms[name] = towns.pop()
    return forms


# Short and full forms of the same ending: 州疾控中心 is 某某州疾病预防控制中心.
_FULL_ENDINGS = {
    "卫健委": ("卫生健康委员会", "卫生健康委"), "卫健局": ("卫生健康局",), "疾控中心": ("疾病预防控制中心",), "卫计委": ("卫生和计划生育委员会", "卫生计生委"), "卫计局": ("卫生和计划生育局", "卫生计生局"),
    "中医院": ("中医医院",),  # (望奎县中医院 is 望奎县中医医院, where the body prints that too)
    "法院": ("人民法院",), "检察院": ("人民检察院",), "卫生健康委": ("卫生健康委员会",),
}


def _ethnic_form(full: str, short: str) -> bool:
    """沙洲瑶族村 printed 沙洲村 in a headline: a village's name with its people's name inside."""
    bare = re.sub(r"^.*(?:镇|乡|街道|苏木)(?=[\u4e00-\u9fff]{2,}(?:村|社区|嘎查)$)", "", gazetteer.without_leading_places(full))
    people = re.search(r"族(?=村|社区|嘎查)", bare)
    return bool(people) and len(short) >= 3 and any(bare[: people.start() - k] + bare[people.end() :] == short for k in (1, 2))


def _ends_as(full: str, short: str) -> bool:
    if full.endswith(short):
        return True
    rest = _after_places(short)
    if len(rest) >= 2 and len(full) > len(short) and full.endswith(rest) and _same_division(full[: -len(rest)], short[: -len(rest)]):
        return True  # 迪庆州藏医院 is 迪庆藏族自治州藏医院: its place by the short name and its level
    for abbreviation, endings in _FULL_ENDINGS.items():
        if short.endswith(abbreviation):
            stem = short[: -len(abbreviation)]
            if any(full.endswith(stem + ending) or (len(stem) == 1 and full.endswith(ending) and stem in full) for ending in endings):
                return True
    return False


@lru_cache(maxsize=4096)
def _after_places(name: str) -> str:
    rest = gazetteer.without_leading_places(name)
    return rest if rest != name else ""


@lru_cache(maxsize=4096)
def _same_division(places: str, short_places: str) -> bool:
    """迪庆藏族自治州 and 迪庆州: one division, each printed as places only (not 原腾冲县, a former name)."""
    if gazetteer.without_leading_places(places) or gazetteer.without_leading_places(short_places):
        return False  # (some word that is no place among them)
    where, short = gazetteer.locate(places), gazetteer.locate(short_places)
    return bool(short.code) and where.code == short.code


def _distinct(short: str) -> bool:
    """县人民医院, 县卫健委, 青松社区 stand for the one full name that ends with them; a bare
    医院 or 社区 stands for nothing."""
    return len(short) > len(suffix_of(short))


_HEALTH_SYSTEM = re.compile(rf"^(?P<place>[{CJK}]{{2,10}}?[县区市旗])(?:卫健|卫生健康|卫生|卫计)系统")


# A clause that opens on a body's kind alone (卫生院现有…, 卫生院党支部…): the body it tells of, again
_BARE_SUBJECT = re.compile(r"(?:^|(?<=[。；！？\n，]))(卫生院|医院)(?=党支部|党委|党总支|现有|共有|先后|今年|去年|还|也|已|累计|坚持|推行|设立|开设|建立)")


def _opens_a_clause(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] in "，。；！？：\n“"


def choose_actor(heading_name: str, title: str, body: str, *, owner: str = "", source: str = "", label: bool = True) -> Actor:
    """The institution the report is about, as it is printed most fully, and its partners.

    A name in the heading (机构：标题) is the report's subject. Else each institution the text
    names is weighed: named in the title; the subject the report opens with; how often it is
    named (in full or short: 县人民医院 is 西乡县人民医院), more where it opens a clause; less
    where it is the object of another's visit or partnership (与X签约, 赴X, X退休党支部); more where
    the page's 来源 (`source`) names it, a health body or a community sending in its own report.
    """
    # 与…签约: a street's 党工委 signing with a hospital is one of two parties, not the subject
    governing = not _SIGNING.search(title + body[:200])
    body_mentions = sorted(institution_mentions(body) + (place_mentions(body) if governing else []) + village_mentions(body), key=lambda m: m.start)
    title_mentions = institution_mentions(title)
    # 青岗镇开展…, 5月10日，某县青岗镇将…: a town or county that is the subject acts itself.
    # (某街道党工委开展…主题党日活动 over a day that holds a signing too: the street's own day, or its own scheme)
    town_holds = bool(_TOWN_S_PARTY_HOLDS.match(title) or (_TOWN_S_OWN_SCHEME.match(title) and not title_mentions))
    title_governing = governing or town_holds
    topic = title_governing and not title_mentions  # 几江街道老旧小区焕新颜: no body named, nobody signing
    # (老城街巷里的“红色管家”——某区某街道党建引领…见闻: the deck after the dash, too)
    title_place = next((p for p in (place_subject(part, governing=title_governing) or (topic and _town_topic(part)) for part in re.split(r"\s+|——", title) if part) if p), "")
    opening_place = place_subject(_first_clauses(body), governing=governing)
    title_place, opening_place = (fullest_place(p, body) if p else p for p in (title_place, opening_place))
    places = [p for p in (title_place, opening_place) if p]
    names = [m.name for m in body_mentions + title_mentions] + places + [n for n in (heading_name, owner) if n]
    forms = canonical_forms(names)
    if owner.endswith(("县人民医院", "区人民医院")) and (short := owner[-5] + "医院") in forms:
        forms[short] = owner  # 县医院门诊党支部 in a paper whose masthead is 某县人民医院's: the house's own short name
    scores: dict[str, float] = {}
    # (某考察团到某镇卫生院观摩…, 县卫健局到某卫生院调研…: the unit a headline's visit comes to is its report's,
    # weighed above its visitors, named in the headline or opening the body)
    hosts = [
        m
        for m in title_mentions
        if (_VISIT_TO.search(title[max(0, m.start - 3) : m.start]) and _VISIT_FOR.match(title[m.end : m.end + 8]))
        or (m.start and _INSPECTS.search(title[max(0, m.start - 2) : m.start]))
        or (title[m.start - 1 : m.start] == "对" and _INSPECTION_AFTER.match(title[m.end : m.end + 20]))
    ]
    for mention in title_mentions:
        name = forms[mention.name]
        visitor = _VISITOR_AFTER.match(title[mention.end : mention.end + 24]) or _SENDER_AFTER.match(title[mention.end : mention.end + 20])
        if mention in hosts:
            scores[name] = scores.get(name, 0) + 7
        elif not _PARTNER_BEFORE.search(title[max(0, mention.start - 4) : mention.start]) and not visitor and not any(h.start > mention.start for h in hosts):
            scores[name] = scores.get(name, 0) + 4
    system = _HEALTH_SYSTEM.match(title)
    for mention in body_mentions if system else []:
        # 某县卫健系统：… over a report that names 某县卫生健康局: the system's commission reports
        # (where it opens a clause: not 被某县卫生健康局评为…, the body that awards)
        if institution_kind(mention.name) == "health_commission" and mention.name.startswith(system["place"]) and _opens_a_clause(body, mention.start):
            scores[forms[mention.name]] = scores.get(forms[mention.name], 0) + 4
            break
    if title_place:
        # (圣城街道“红色网格”… over 圣城街道党工委…, 圣城街道辖27个社区: the headline's town, named
        # again bare, where the analyser finds only its printing in full)
        bare = gazetteer.without_leading_places(title_place)
        again = len(re.findall(re.escape(bare) + r"(?=党工委|党委|人民政府|政府|办事处|辖|下辖|共有|以|把|将|坚持|聚焦|围绕|推行|探索)", body)) if len(bare) >= 3 else 0
        # (某街道党工委召开…, 某街道“某联盟”签约…: the town's own day or scheme heads the page, whoever joins it)
        holds = 4 if town_holds else 0
        scores[forms[title_place]] = scores.get(forms[title_place], 0) + 4 + min(again, 4) + holds
    opening = opening_place or _opening_subject(body, body_mentions)
    host_at = -1  # where the body a visiting party comes to is named (某医院专家团队一行9人来到某镇卫生院)
    for index, mention in enumerate(body_mentions):
        name = forms[mention.name]
        before = body[max(0, mention.start - 4) : mention.start]
        after = body[mention.end : mention.end + 12]
        weight = 1.0
        clause_start = _opens_a_clause(body, mention.start) or bool(_REPORTER_WALKS.search(body[max(0, mention.start - 6) : mention.start]))
        if clause_start or _OPENING.fullmatch(body[_clause_start(body, mention.start) : mention.start]):
            weight += 1
        # (某局退休支部 helping a health centre is not the subject; a health centre's own retired
        # members helping it are its own: 某镇卫生院退休党支部)
        retired_of_another = _PARTNER_AFTER.match(after) and institution_kind(mention.name) not in HELPED_KINDS
        visit = _visit(body, mention)
        if mention.start == host_at:
            pass  # the host of the visit is no object of another's: its weight stands
        elif (_PARTNER_BEFORE.search(before) and not _REPORTER_WALKS.search(body[max(0, mention.start - 6) : mention.start])) or retired_of_another or visit or _SENDER_AFTER.match(body[mention.end : mention.end + 20]) or _ORGANIZER_AFTER.match(body[mention.end : mention.end + 40]):
            weight -= 2
        if epitome_of(body, mention.start, mention.end):
            weight += 5  # 走进某镇卫生院，…这是某县卫健委党委以党建引领…的一个缩影: the scene the report opens on is its subject's work
        if before.endswith("在") and _VENUE_AFTER.match(after):
            weight -= 2  # 会议在县人民医院学术报告厅召开: where a meeting sat, not who acts
        if visit and visit.group(0).endswith(("到", "来", "赴", "走进", "深入")):
            arrived = mention.end + visit.end()
            host_at = arrived + 1 if body[arrived : arrived + 1] == "到" else arrived  # (来到某镇卫生院)
        scores[name] = scores.get(name, 0) + weight
    # (the headline's own subject: not 帮扶某县医院, the body it helps, nor 某医院专家进中心, the visitors)
    titled = {forms[m.name] for m in title_mentions if not _PARTNER_BEFORE.search(title[max(0, m.start - 4) : m.start]) and not re.match(r"(?:党员)?(?:专家|医生|医护|团队|医疗队)", title[m.end :])}
    first_end = len(re.split(r"[。！？]", body, maxsplit=1)[0])
    # (…——某镇卫生院借力共建… over 县人民医院党委与某镇卫生院党支部签订协议: the one body the headline names is
    # the report's, the other party to the signing that opens the body no subject for opening it; not
    # 某社区携手区人民医院…, a headline that names both)
    signs_with_titled = len(titled) == 1 and len({forms[m.name] for m in title_mentions}) == 1 and opening and forms[opening] not in titled and any(
        forms[m.name] in titled and m.start < first_end and re.search(r"(?:与|和|同)$", body[max(0, m.start - 1) : m.start]) for m in body_mentions
    )
    if opening and not signs_with_titled:
        scores[forms[opening]] = scores.get(forms[opening], 0) + 3
    for word, count in Counter(_BARE_SUBJECT.findall(body)).items():
        # 卫生院现有职工58人, 卫生院党支部书记介绍…: the one body of that kind the text names, told by its kind
        of_kind = {forms[m.name] for m in body_mentions if m.name.endswith(word) and institution_kind(m.name) in HEALTH_KINDS}
        # (told so twice: the report's subject; not in a commission's report, whose hospitals it tells of)
        if len(of_kind) == 1 and count >= 2 and not (opening and institution_kind(opening) == "health_commission"):
            one = of_kind.pop()
            scores[one] = scores.get(one, 0) + min(count, 3)
    helped = _helped_unit_told(title, body, body_mentions, forms)
    if helped:
        scores[helped] = scores.get(helped, 0) + 6
    self_references = len(_SELF_REFERENCE.findall(body + title))
    visited = _VISITED_US.search(title + body) is not None  # 莅临我中心, 到我院调研: the report speaks as the host
    if owner:
        # A house paper's or site's report that says 我院, 院党委 or just 医院 is about its owner;
        # a commission's site also publishes reports about the hospitals under it.
        named = any(_ends_as(owner, m.name) or _ends_as(m.name, owner) for m in body_mentions + title_mentions)
        hospital = institution_kind(owner) not in ("health_commission", "government")
        # 我院, 院党委 speak as a hospital: they say nothing for a commission's or a town's site,
        # whose own report is one it takes part in (named in it), else one about a body under it.
        own = (4 + 2 * min(3, self_references)) if hospital else (9 if named else 1)
        if hospital and visited:
            own += 6  # 某委领导莅临我中心调研 on the centre's own site: the host's report, not its visitors
        owner_form = forms.get(owner, owner)
        if not named:
            # 夷陵医院报 over a report on 夷陵区人民医院: the masthead's short name is the body's institution
            stem = owner[: len(owner) - len(suffix_of(owner))]
            same = [m.name for m in body_mentions if len(stem) >= 2 and stem in m.name and institution_kind(m.name) == institution_kind(owner)]
            owner_form = forms[max(same, key=len)] if same else owner_form
        scores[owner_form] = scores.get(owner_form, 0) + own
        if not hospital and not named and _DEPARTMENT_BRANCH.search(title):
            # 内一科党支部：… on a commission's site: the department's branch is its hospital's
            for name in scores:
                if institution_kind(name) in HEALTH_KINDS:
                    scores[name] += 3
    elif source and institution_kind(source) in (*HEALTH_KINDS, "community"):
        # 来源：某县中医院 over a report of its visit to a community: the body that sent the report in
        # is the one it is about (a commission's or a media centre's source reports on others)
        for name in scores:
            if name == forms.get(source) or _ends_as(name, source):
                scores[name] += 3
    if not owner and (we := _WE.search(title + body)):
        # 到我院调研: the report speaks as one of the hospitals it names, not as its visitors
        # (莅临我中心: a community health centre, not the commission visiting it).
        speaking = {"我中心": ("community_health_center",), "我站": ("community_health_center", "other")}.get(we.group(0), ("hospital", "tcm_hospital", "township_health_center"))
        for name in scores:
            if institution_kind(name) in HEALTH_KINDS:
                scores[name] += 3
            if visited and institution_kind(name) in speaking:
                scores[name] += 4
    if heading_name:
        # The heading's name as printed, unless it names no place and the body prints it in full.
        name = heading_name if label and _names_its_place(heading_name) else forms.get(heading_name, heading_name)
        name = _fuller_in_body(name, [m.name for m in body_mentions]) or name
        name = _official_form(name, body, [m.name for m in body_mentions])
        name = _member_centre(name, body_mentions, body) or _member_centre(heading_name, body_mentions, body) or name
        name = _village_under_its_town(heading_name, title, body_mentions) or name
        name = _with_its_town_word(name, [m.name for m in body_mentions])
        return Actor(name, _partners(body, body_mentions, forms, name))
    for level_only in [n for n in scores if _LEVEL_ONLY.match(n)]:
        del scores[level_only]  # (组团中的一家省级医院党委介绍…: a hospital by its level, no name to file a case under)
    if not scores:
        # no institution named: a town or street the report keeps coming back to (去年秋天我去某县某镇…)
        towns: Counter = Counter()
        for town, count in Counter(printed_towns(body)).items():
            towns[fullest_place(town, body)] += count
        town, count = towns.most_common(1)[0] if towns else ("", 0)
        # (——记某县某镇某河畔的刘家沟村党支部书记…: a village by its bare name, its branch acting, in the one town printed)
        villages = Counter(v["village"] for v in BARE_VILLAGE_ACTS.finditer(title + "\n" + body) if not NOT_A_VILLAGE.match(v["village"]))
        village, times = villages.most_common(1)[0] if villages else ("", 0)
        its_towns = {fullest_place(town, title + "\n" + body) for town in printed_towns(title + "\n" + body)}
        if times >= 2 and len(its_towns) == 1:
            return Actor(next(iter(its_towns)) + village, [])
        return Actor(town if count >= 2 else "", [])
    # (“医”心向党｜某街道与某医院开展党建联建签约, 党建结对聚合力——某卫生院与某医院开展党建共建:
    # the headline's part after a motto)
    pairing = title_pairing(title)
    if pairing and pairing["subject"][:1] in "县市区旗":
        # 县医院与某社区…: a short reference, the body's one full form of it (市疾控中心 is
        # 海伦市疾病预防控制中心), else left to what the body names
        full = forms.get(pairing["subject"], "")
        if full and full != pairing["subject"] and full in scores and institution_kind(full) not in ("community", "government"):
            scores[full] += 6
        pairing = None
    own = pairing and gazetteer.without_leading_places(pairing["subject"])  # 游仙区春雷社区 is 游仙区游仙街道春雷社区
    subject = pairing and max((forms[n] for n in forms if _ends_as(n, pairing["subject"]) or _ends_as(pairing["subject"], n) or (len(own) >= 4 and n.endswith(own)) or _ethnic_form(n, own)), key=len, default="")
    # (汉兴街携手辖区医院… over 某区汉兴街道党工委与…签订: a street by the short name its people use)
    town = pairing and (pairing["subject"] + "道" if pairing["subject"].endswith("街") and pairing["subject"] + "道" in body else pairing["subject"])
    if not subject and town and is_town(town):
        subject = fullest_place(town, body)
    if subject:
        # 大丰街道携手区中医医院…, 雅儒街道牵手医院党委…: the headline's subject reaches out to its partner
        scores[subject] = scores.get(subject, 0) + 6
    elif _PARTNERSHIP.search(title + body[:200]) and not (title_place and town_holds):
        # (某街道“某联盟”签约…: the town's own scheme the others join, not two bodies pairing up)
        # Two bodies sign or pair up: a portal of health work files the case under the health body.
        for name in scores:
            if institution_kind(name) not in ("community", "government", "other"):
                scores[name] += 2
    visit = _COMMISSION_VISITS.match(title)
    hosts = institution_mentions(visit["host"]) if visit else []
    visited_town = re.match(r"[\u4e00-\u9fff]{2,8}?(?:街道|镇|乡|苏木)", visit["host"]) if visit and not hosts else None
    studies = visit and re.match(r"调研|观摩|考察", title[visit.end("host") :])  # (not 督导, 检查, 走访: the commission's own round)
    its_units = visited_town and any(m.name.find(visited_town.group(0)) >= 0 and institution_kind(m.name) in HEALTH_KINDS for m in body_mentions)
    if visited_town and studies and not its_units and is_town(visited_town.group(0)) and not _HEALTH_AFTER_TOWN.match(visit["host"][visited_town.end() :]):
        # 区卫生健康委到劲松街道调研党群服务中心建设: the street the commission visits, whose centre and work the report gives
        town = fullest_place(visited_town.group(0), body)
        scores[forms.get(town, town)] = scores.get(forms.get(town, town), 0) + 20
    if hosts and hosts[0].start == 0 and institution_kind(hosts[0].name) in HEALTH_KINDS:
        # 县卫健局党组到某镇卫生院调研…: the commission's visit tells of the body it visits, whose work and
        # figures the report gives (not of the commission, though the page is its own)
        host = forms.get(hosts[0].name, hosts[0].name)
        scores[host] = scores.get(host, 0) + 20
    for said in _TITLE_KIND_BRANCH.finditer(title):
        # 物业党支部当好“红色管家” 某街道一小区…: the headline's branch, told by its body's kind, is the one
        # body of that kind the report names (某物业管理有限公司党支部…), not the street the estate is in
        word = said["word"]
        of_kind = {n for n in scores if ((word in n and n.endswith("公司")) if word == "物业" else n.endswith(word))}
        if len(of_kind) == 1 and not any(m.start <= said.start() < m.end for m in title_mentions):
            scores[of_kind.pop()] += 6
    labelled_kind = _LABEL_OVER_A_KIND.match(title)
    of_that_kind = {n for n in scores if labelled_kind and n.endswith(labelled_kind["kind"])}
    if len(of_that_kind) == 1:
        # 福安穆阳：中心卫生院“党建+家医”… over 福安市穆阳镇中心卫生院党支部…: the one unit of the kind the title opens with
        scores[of_that_kind.pop()] += 6
    for name in scores:
        # 中心现有党员…, 中心家庭医生团队累计…, 该院今年…: the body told again by its kind's word alone
        # (the one of its kind the report names) is its subject
        kind_word = _KIND_WORD.get(institution_kind(name))
        # (中心 may be a 党群服务中心's, 院 another hospital's or health centre's: then the word names no one)
        if kind_word == "中心" and _OTHER_CENTRE.search(body):
            kind_word = None
        if kind_word and "院" in kind_word and sum(1 for n in scores if n.endswith("院")) > 1:
            kind_word = None
        if kind_word and sum(1 for n in scores if institution_kind(n) == institution_kind(name)) == 1:
            again = len(re.findall(rf"(?:^|[，。；！？\n])(?:该|本)?(?:{kind_word})(?=党支部|党委|党总支|家庭医生|现有|还|累计|今年|共|先后|已|全体|每)", body))
            scores[name] += 0.5 * min(again, 4)
    best = max(scores, key=lambda n: (scores[n], len(n)))
    best = _with_its_town_word(best, [m.name for m in body_mentions])
    return Actor(best, _partners(body, body_mentions, forms, best))


# A help the report tells of: a hospital's 对口帮扶 or 托管 of a health centre, its experts sent there
_HELP = re.compile(r"帮扶|托管|对口|支援|医共体|医联体|常驻|下派|派驻|选派")
# The health centre told again by its kind's word or 该院 (卫生院现有职工72人, 该院门诊量达…)
_TOLD_BY_ITS_KIND = re.compile(r"(?:^|(?<=[，。；！？\n]))(?:该院|该卫生院|该中心|卫生院|中心)(?!长|主任|副|领导|负责人|医生|医务人员)")


def _helped_unit_told(title: str, body: str, mentions: list[Mention], forms: dict[str, str]) -> str:
    """The one health centre a hospital helps, where the report tells its own work and not the helper's.

    (三甲医院对口帮扶 某镇中心卫生院…: 卫生院现有职工…，卫生院党支部推行…, 该院门诊量达…: told three times by
    its kind's word, the centre's report; not the hospital's, which says 我院 of itself, nor a report
    that names two centres.)"""
    if not _HELP.search(title + body) or re.search(r"我院|本院|我们医院", body):
        return ""
    units = {forms[m.name] for m in mentions if institution_kind(m.name) in HELPED_KINDS}
    helpers = {forms[m.name] for m in mentions if institution_kind(m.name) in ("hospital", "tcm_hospital")}
    if len(units) != 1 or not helpers:
        return ""
    unit = next(iter(units))
    word = "中心" if institution_kind(unit) == "community_health_center" else "卫生院"
    told = 0
    for match in _TOLD_BY_ITS_KIND.finditer(body):
        said = match.group(0)
        if said.startswith("该"):
            last = [m for m in mentions if m.end <= match.start()]
            told += bool(last) and forms[last[-1].name] == unit
        else:
            told += said == word
    return unit if told >= 2 else ""


# 柳家河村党支部发动…, ——记…的刘家沟村党支部书记: a village by its bare name, acting through its branch
# (not 某村党支部配合卫生院…, the centre's work it helps with)
BARE_VILLAGE_ACTS = re.compile(r"(?:^|(?<=[，。；：！？\n“”、的记]))(?P<village>[\u4e00-\u9fff]{2,4}村)(?=(?:党支部|党总支|两委|“两委”|村委会)(?!配合|协助|协同|协调|陪同))")
_VENUE_AFTER = re.compile(r"^(?:的)?(?:学术报告厅|报告厅|会议室|大会议室|礼堂|多功能厅|会议中心|培训中心|门诊大厅)")
_HEALTH_AFTER_TOWN = re.compile(r"^(?:中心)?(?:卫生院|社区卫生服务|卫生服务)")  # (某镇卫生院: the institution, left to the hosts above)
_COMMISSION_VISITS = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:卫健局|卫健委|卫生健康局|卫生健康委员会|卫生健康委)(?:党组|党委)?[\u4e00-\u9fff、]{0,12}?(?:一行)?(?:到|赴|走进|深入|莅临)"
    r"(?P<host>[^，。\s]{4,30}?)(?:调研|督导|检查|走访|考察|指导)"
)
_KIND_WORD = {"community_health_center": "中心", "township_health_center": "卫生院|院", "hospital": "医院|院", "tcm_hospital": "医院|院"}
_OTHER_CENTRE = re.compile(r"(?:党群服务|日间照料|照料|活动|文化|便民服务|政务服务|综治|指挥|调度|疾控|疾病预防控制|新时代文明实践|养老服务|服务)中心(?<!卫生服务中心)(?<!健康服务中心)")


_LEVEL_ONLY = re.compile(r"^(?:(?:省|市|县|区|旗|州|盟|上|本)级|[一二三][甲级]|(?:省|市|县|区)属)+(?:医院|中医院|中医医院|医疗机构|公立医院)$")
_TITLE_KIND_BRANCH = re.compile(r"(?P<word>物业|卫生院|中医院|社区卫生服务中心)(?:公司|企业)?(?:党支部|党总支|党委)")
_LABEL_OVER_A_KIND = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\s*(?P<kind>社区卫生服务中心|中心卫生院|卫生院|人民医院|中医医院|中医院|妇幼保健院)")


# 嘎查党支部牵头…, “北疆先锋”村党支部…: a headline whose subject is a village by its kind alone
VILLAGE_BY_ITS_KIND = re.compile(r"^(?:“[^”]{1,12}”)?(?P<kind>嘎查|村|社区|居民区)(?:党委|党总支|党支部|党员|“?两委”?)(?!干部|成员|委员)")  # (not 村“两委”干部走进卫生院: trainees)


def epitome_of(text: str, start: int, end: int) -> bool:
    """走进某镇卫生院，…这是某县卫健委党委以党建引领…的一个缩影: the body whose work the opening scene
    shows, named after 这是 and before 的缩影 (写照, 实践)."""
    return text[max(0, start - 3) : start].endswith(("这是", "这正是", "这也是", "这便是", "这就是")) and bool(_EPITOME_AFTER.match(text[end : end + 60]))


def _village_under_its_town(heading: str, title: str, mentions: list[Mention]) -> str:
    """某苏木：嘎查党支部…, over a report that opens on 白音嘎查: the town's label heads its village's
    report, the village the body names first (filed under the town the label prints)."""
    subject = VILLAGE_BY_ITS_KIND.match(title)
    if not subject or not is_town(heading):
        return ""
    village = next((m.name for m in mentions if m.name.endswith(subject["kind"]) and institution_kind(m.name) == "community"), "")
    if not village:
        return ""
    if village.startswith(heading):
        return village
    town = gazetteer.without_leading_places(heading)
    if village.find(town) > 0:
        return village  # (科左后旗阿古拉镇 over 科尔沁左翼后旗阿古拉镇宝力根嘎查: the body's full printing of both)
    return heading + (village[len(town) :] if village.startswith(town) else gazetteer.without_leading_places(village))


def _member_centre(name: str, mentions: list[Mention], body: str) -> str:
    """岸堤分院：“岸上红哨” over 岸堤镇卫生院（医共体岸堤分院）党支部…: a 医共体's member labelled by its
    short name as a branch is the health centre its entry names (of the same stem)."""
    stem = re.fullmatch(r"(?:医共体)?([\u4e00-\u9fff]{2,4})分院", name)
    if not stem:
        return ""
    # (its entry opens on it, or prints it with the branch's name in brackets; not a partner it signs with)
    return next(
        (
            m.name
            for m in mentions
            if gazetteer.without_leading_places(m.name).startswith(stem.group(1))
            and m.name.endswith(("卫生院", "社区卫生服务中心"))
            and (m.start <= 2 or re.match(r"(?:党支部|党总支)?[（(][^）)]{0,24}分院[）)]", body[m.end :]))
        ),
        "",
    )


# 某街道携手某医院…, 某社区党委牵手…: a headline that opens on who reaches out to a partner
# (not 结对帮扶, whose report is often the helped body's, nor 某医院与某社区…, two subjects)
_TITLE_PAIRING = re.compile(r"^(?P<subject>[^与和同及\W\d_]{2,20}?)(?:党委|党工委|党总支|党支部)?[“]?(?:携手|牵手|联手)[”]?(?![\u4e00-\u9fff]{0,2}$)")


# 弦山街道与县人民医院“牵手”, 某中心与某社区党委结对共建: the one named first reaches out
_TITLE_PAIRING_WITH = re.compile(r"^(?P<subject>[^与和同及\W\d_]{2,20}?)(?:党委|党工委|党总支|党支部)?与[^与，。\s]{2,20}?[“]?(?:党建)?(?:牵手|携手|联手|手拉手|签约|共建|联建|结对共建|结对(?!帮扶))[”]?")


def title_pairing(title: str) -> re.Match | None:
    """某街道与某医院开展党建联建签约 (the whole headline, or its part after a motto and a bar or a dash):
    the pairing it announces, its subject the one named first."""
    # (“半条被子”故事发生地：沙洲村与县中医医院结对共建: after a motto's colon too)
    return next((p for part in [title, *re.split(r"\s*(?:[｜|：:]|——)\s*", title)[1:]] if (p := _TITLE_PAIRING.match(part) or _TITLE_PAIRING_WITH.match(part))), None)


# What follows a place that is a clause's subject: a verb or the word opening a predicate.
_PREDICATE = re.compile(
    r"(?:开展|推行|实施|打造|探索|推进|推动|坚持|创新|建立|构建|织密|聚焦|深化|着力|持续|积极|扎实|全面|多措并举|启动|举办"
    r"|组织|召开|建成|成立|出台|推出|做好|筑牢|念好|下好|答好|激活|跑出|绘就|奏响|擦亮|以|用|把|将|让|围绕|立足|紧扣|通过|按照|结合"
    r"|创建|织牢|健全|完善|强化|优化|提升|加强|做实|做细|夯实|建强|抓实|抓好|用好|统筹|整合|落实|谋划|部署|聚力|发力|率先|全力|大力|党建引领)"
)
# 某镇党委“领头雁”…, 某街道党工委推行…: the place's own party committee or government acts for it.
_BRAND = re.compile(r"“[^”]{1,14}”")  # 某镇“党建+共富工坊”让…: the place's brand, then its predicate
# (某街道党工委书记带领班子成员…走访: its secretary leading the street's own party, not a speaker)
_GOVERNING_BODY = re.compile(r"(?:党委|党工委|人民政府|政府|办事处)(?:(?!书记|委员|副)|(?=书记[\u4e00-\u9fff]{0,3}?(?:带领|带队|率队|率)))")
_PLACE_HEAD = re.compile(rf"(?:{OPENERS}|[^，。]{{0,12}}?(?:时|期间|以来))?，?")


def place_subject(clause: str, *, governing: bool = True) -> str:
    """The town, street, county or district a clause opens with as its subject, else ""."""
    clause = clause[_PLACE_HEAD.match(clause).end() :]  # (every part of the head is optional: it always matches)
    for end in range(3, min(len(clause), 16) + 1):
        place = clause[:end]
        if not place.endswith(("镇", "乡", "街道", "县", "区", "市", "旗", "苏木")) or place.endswith(("社区", "小区", "城区", "辖区")):
            continue
        predicate_at = end + (len(brand.group(0)) if (brand := _BRAND.match(clause, end)) else 0)
        if (_PREDICATE.match(clause, predicate_at) or _verb_at(clause, predicate_at) or (governing and _GOVERNING_BODY.match(clause, end))) and institution_kind(place) == "government" and _is_place_like(place):
            return place
    return ""


_NAME_GOES_ON = re.compile(rf"[{CJK}]{{0,5}}?{INSTITUTION_SUFFIX}")


def _verb_at(clause: str, at: int) -> bool:
    """丰泽区健全…: a verb of two characters or more opens what follows the place."""
    following = words(clause[at : at + 8])
    if not following or len(following[0][0]) < 2 or following[0][1] not in ("v", "vd", "vi"):
        return False
    return not _NAME_GOES_ON.match(clause, at)  # 某街道|安升社区, 某镇|丰收村: a name goes on


def _town_topic(part: str) -> str:
    """几江街道老旧小区焕新颜: a town or street that opens a headline is what it is about
    (unless a name runs on from it: 几江街道社区卫生服务中心…)."""
    part = part.removeprefix("在")  # 在某区某街道，“双报到”党员成了…
    for end in range(min(len(part), 12), 2, -1):
        if part[:end].endswith(("镇", "乡", "街道", "苏木")) and is_town(part[:end]) and not _NAME_GOES_ON.match(part, end):
            return part[:end]
    return ""


def fullest_place(place: str, text: str) -> str:
    """丰泽区 -> 泉州市丰泽区: a place as fully as the text prints it."""
    fuller = []
    at = text.find(place)
    while at >= 0:  # (str.find, not a pattern tried at every character: pages may run to megabytes)
        printed = _CJK_TAIL.search(text, max(0, at - 10), at).group(0) + place
        # (村党支部邀请小市镇…, 某嘎查地处梧桐花镇…: no place opens on a verb's characters)
        inside = _inside_a_verb(printed)  # (走进如城街道: nor inside a verb before a name)
        fuller += [printed[k:] for k in range(len(printed) - len(place) + 1) if k not in inside and not _VERB_OPENS.match(printed[k:]) and _is_place_like(printed[k:])]
        at = text.find(place, at + 1)
    fullest = max(fuller, key=len, default=place)
    # (云南省禄丰市碧城镇: the province before the county is no part of the name an editor files)
    province = re.match(r"[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}自治区", fullest)
    rest = fullest[province.end() :] if province else ""
    return rest if rest and rest != place and re.match(r"[\u4e00-\u9fff]{1,8}?(?:市|县|区|旗|州|盟)", rest) and gazetteer.opens_with_place(rest) else fullest


_CJK_TAIL = re.compile(rf"[{CJK}]*$")
_TOWN_ENDING = r"镇|乡(?!村|镇|亲|土|愁|音|贤|里)|街道"  # (乡村, 乡镇, 乡亲: no town's 乡)
# (处梧桐花镇, 请小市镇, 协|调海北镇, 走|访某街道: a verb's last character, too; ——记某镇某村卫生室…: a profile's "a record of")
_VERB_OPENS = re.compile(rf"^(?:处|请|赴|调(?!兵山)|访|记|{_VERBS_BEFORE_A_NAME})")


def printed_in_full(name: str, text: str, headlines: tuple[str, ...] = (), page: str = "") -> str:
    """马鞍镇中心卫生院 -> 仪陇县马鞍镇中心卫生院: a name below the county (a town's body, a
    community) with the places the text prints before it somewhere, as an editor files it; a
    name that opens with its county or city (大足区国梁镇卫生院) stays as printed.

    Where the case's text never prints the name after its places, the places come from what the
    page does print: the name in full elsewhere on it (a round-up's lead), its town after them
    (昭苏县喀夏加尔镇的牧民… 喀夏加尔镇卫生院), or else the county or town a headline of the page
    opens with (谷城县：“书记项目”晒成绩 over 石花镇胡家湾村：…; 磁灶镇开展… over 岭畔村, where the
    page prints 晋江市磁灶镇)."""
    # (临水卫生院 in a post signed 某县临水镇中心卫生院党支部 under it: its ending as the page prints it)
    ending = _ending_in_full(name, text)
    if ending == name and page:
        ending = _ending_in_full(name, page)
    name = _without_its_city_s_short_name(_declared_in_full(place_in_full(ending, text), page or text))
    if len(name) <= len(suffix_of(name)) or gazetteer.opens_with_place(name):
        return name  # a bare 卫生院 is no one institution
    in_its_district = _under_its_district(name, text, headlines, page)
    if in_its_district:
        return in_its_district
    fuller = _with_places_printed_before(name, text) or _with_places_printed_before(name, page)
    town = _opening_town(name)
    if not fuller and town:
        fuller = [places[: -len(town)] + name for places in _with_places_printed_before(town, text + "\n" + page)]
    unit_of_a_place = institution_kind(name) in _UNITS_OF_A_PLACE and name[:1] not in "县市区旗"
    if not fuller and unit_of_a_place:
        # 乌兰套海嘎查位于巴林左旗哈拉哈达镇西北部: where the text says the unit lies, down to its town
        seat = re.search(re.escape(name) + r"(?:地处|位于)([\u4e00-\u9fff]{2,12}?(?:镇|乡|街道|苏木))", text)
        if seat and gazetteer.opens_with_place(seat.group(1)) and _places_before(seat.group(1), name):
            places = _from_county(seat.group(1))
            # (学院路社区卫生服务中心位于海淀区学院路街道: a centre named after its street takes the county alone)
            town = re.search(r"(?<=[县区市旗])([\u4e00-\u9fff]{2,6}?)(?:街道|镇|乡|苏木)$", places)
            named_after = town and name.startswith(town.group(1)) and institution_kind(name) in ("community_health_center", "township_health_center")
            fuller = [places[: town.start()] + name if named_after else places + name]
    if not fuller and unit_of_a_place:
        fuller = [_joined(places, name) for places in (_page_place(headline, name, page) for headline in headlines) if places][:1]
    if not fuller and name[:1] in "县市区旗":
        # 县人民医院 under 宁城县：…, 02｜县中医院 on a page about 互助土族自治县 alone: a unit named by
        # its county's level is that county's, where the headline's (else the page's one) county has that level
        places = [p for p in (_page_place(h, name, page) for h in headlines) if p]
        if not places and page:
            counties = _counties_named(text) or _counties_named(page)
            places = counties if len(counties) == 1 else []
        fuller = [_joined(p, name) for p in places if p.endswith(name[0])][:1]
    if not fuller and unit_of_a_place and page:
        # 天等县中医医院与进结镇卫生院…; 编者按：今年以来，尤溪县深入实施… over 【西滨镇彩洋村】…:
        # the one county the case's text names, else the page up to it, else the whole page, is the unit's
        for counties in (_counties_named(text), _counties_named(page[: page.rfind(name)]), _counties_named(page)):
            if len(counties) != 1:
                continue
            short = gazetteer.short_name(counties[0])
            # (长汀丰坪村 opens with its county's short name; 寒亭街道 is a street named after its district)
            opens_with_county = name.startswith(short) and not re.match(r"(?:街道|镇|乡)", name[len(short) :])
            # (武汉硚口区宝丰街…: the county is in the name already, after its city's short name)
            if _places_before(counties[0], name) and not opens_with_county and counties[0] not in name:
                # (康县长坝镇地处… over 石龙沟村：…: the one town the page prints after its county, too)
                village = institution_kind(name) == "community" and not opens_with_town(name)
                fuller = [_joined(_with_the_page_s_one_town(counties[0], name, page) if village else counties[0], name)]
                break
    best = max(fuller, key=len, default=name)
    if best != name and opens_with_town(best) and not gazetteer.opens_with_place(best):
        # 某某嘎查 -> 某某镇某某嘎查, under a page about 某某旗: its town's county too
        return printed_in_full(best, text, headlines, page)
    return _declared_in_full(best, page or text)


def _without_its_city_s_short_name(name: str) -> str:
    """绍兴柯桥区某街道社区卫生服务中心 -> 柯桥区某街道社区卫生服务中心: a city's short name (a
    dateline's habit) before its own district's full name is no part of the name an editor files."""
    for end in (2, 3):
        city, rest = gazetteer.named_short(name[:end]), name[end:]
        if len(rest) < 3 or name[end - 1] in "市州盟" or rest[0] in "市州盟":
            continue  # (深圳市宝安区…: the city in full is printed as the editor chose)
        county = next((rest[:k] for k in range(2, min(len(rest), 9)) if rest[:k].endswith(("县", "区", "市", "旗")) and gazetteer.is_division_name(rest[:k])), "")
        if city.city and not city.district and county and len(rest) > len(county):
            inside = gazetteer.locate(county, context=name[:end])
            if inside.district and inside.city == city.city:
                return rest
    return name


def _under_its_district(name: str, text: str, headlines: tuple[str, ...], page: str) -> str:
    """某市某某街道社区卫生服务中心 (the city by its short name) over a text that prints 某市某区某某街道 ->
    某区某某街道社区卫生服务中心: a street's or a town's body named after its city's short name
    is filed under its district, where the text prints it."""
    # (云南宾川金牛镇 over a text that prints 宾川县金牛镇: the province's and the county's short names)
    start = _province_short_before(name)
    for end in range(start + 2, start + 5):
        city, rest = name[start:end], name[end:]
        if not gazetteer.is_division_name(city) or not opens_with_town(rest):
            continue
        placed = printed_in_full(rest, text, headlines, page)
        fuller = _from_county(placed)
        # (拉萨市城关区: the places as printed say which 城关区 it is)
        where = gazetteer.locate(placed[: len(placed) - len(rest)]) if len(placed) > len(rest) else None
        # (永丰沿陂镇 -> 永丰县沿陂镇; a county-level city's short name is how it is filed: 海宁硖石街道)
        county = where.district if where and where.district and where.district.endswith(("县", "旗")) else ""
        if where and city in (gazetteer.short_name(where.city or ""), *((gazetteer.short_name(county),) if county else ())):
            return fuller
    return ""


@lru_cache(maxsize=32)
def _counties_named(text: str) -> tuple[str, ...]:
    """The counties (and districts, county-level cities) a text names with their suffix, each once
    (cached: every unit of a round-up asks it of the same page)."""
    counties: dict[str, str] = {}
    for printed, paths in gazetteer.place_mentions(text):
        if not (printed.endswith(("县", "区", "市", "旗")) and paths and all(p.district for p in paths)):
            continue
        if len({p.code for p in paths}) > 1:
            settled = gazetteer.locate(printed, context=text)  # (南山区 on a page that says 深圳: 深圳市南山区)
            paths = [settled] if settled.district else paths
        if len({p.code for p in paths}) == 1:
            if len(printed) <= 3 and not _printed_as_a_word(printed, text):
                continue  # 完成县中医院 holds no 成县, 结合山区实际 no 合山区
            # (东乡县 in a headline, 东乡族自治县 in the body: the county as officially printed)
            if len(printed) > len(counties.get(paths[0].code, "")):
                counties[paths[0].code] = printed
    return tuple(counties.values())


# 其中山区散居群众: the analyser may read 其|中山区 where the text says 其中|山区
_WORDS_ACROSS_A_PLACE = frozenset("其中 之中 当中 从中 集中 其余 其他 居中".split())


def _printed_as_a_word(name: str, text: str) -> bool:
    """Does the text print the name somewhere as words of its own, not the end of a word before it
    nor the start of one after it (建成县级专科 holds no 成县)?"""
    at = text.find(name)
    while at >= 0:
        before = text[max(0, at - 4) : at]
        after = text[at + len(name) : at + len(name) + 2]
        cut, starts, ends = 0, set(), set()
        for word, _ in words(before + name + after):
            starts.add(cut)
            cut += len(word)
            ends.add(cut)
        # (镇卫生院和县人民医院: 和 joins two bodies, the second one the county's own, no 和县)
        joins = len(name) == 2 and name[0] in "和与及同跟" and at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff" and re.match(r"(?:人民|中医|医院|卫|疾控|妇幼|委|政府)", after)
        # (创成县级示范, 建成市级: a level of rank, 县级 or 市级, after a verb's last character)
        rank = after[:1] == "级" and name[-1] in "县市区"
        if len(before) in starts and len(before) + len(name) in ends and text[max(0, at - 1) : at + 1] not in _WORDS_ACROSS_A_PLACE and not joins and not rank:
            return True
        at = text.find(name, at + 1)
    return False


# Units an editor files under the page's county: a town's and a community's bodies (and 县人民医院)
_UNITS_OF_A_PLACE = ("township_health_center", "community_health_center", "community", "government")


def _opening_town(name: str) -> str:
    return next((name[:end] for end in range(min(len(name) - 1, 10), 2, -1) if is_town(name[:end])), "")


def _page_place(headline: str, name: str, page: str) -> str:
    """谷城县：…, ——通化县卫健系统党建品牌巡礼, 靖边县张家畔街道：…: the county (and town) a
    headline opens with, the page's own place, where the name fits in it; a headline's town alone
    takes the county the page prints before it. A city or a province alone is too wide for a unit."""
    # 【党建引领·社区新貌】…, 党建品牌巡礼｜…: a column's tag before the headline
    headline = re.sub(r"^(?:[【\[][^】\]]{1,12}[】\]]|[^｜|丨\s]{2,10}\s*[｜|丨]\s*)", "", headline.lstrip("—-－·• \u3000"))
    for end in range(min(len(headline), 14), 2, -1):
        places = headline[:end]
        if places.endswith(("县", "区", "市", "旗", "镇", "乡", "街道", "苏木")) and _places_before(places, name) and gazetteer.locate(places, context=page).district:
            return _with_the_page_s_one_town(_from_county(place_in_full(places, page)), name, page)
    town = _opening_town(headline)
    printed = sorted(_with_places_printed_before(town, page), key=len, reverse=True) if town else []
    # (和平区南湖街道: a district's name shared by two cities, the page says which)
    found = next((_from_county(places) for places in printed if _places_before(places, name) and gazetteer.locate(places, context=page).district), "")
    counties = _counties_named(page) if town and not found else ()
    if len(counties) == 1 and not re.match(r"^[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|苏木)", name) and _places_before(counties[0] + town, name):
        # 南留庄镇：… over a page that says 南留庄镇是蔚县的…: the headline's town, in the page's one county
        found = town if town.startswith(counties[0]) else counties[0] + _without_its_county(town, counties[0])
    if not found and town and institution_kind(name) in _UNITS_OF_A_PLACE and not opens_with_town(name):
        found = town  # (柏树林街道晒出… over 东厅门社区 on a page that prints no county but in its masthead)
    return found


def _without_its_county(town: str, county: str) -> str:
    """东乡县锁南镇 under 东乡族自治县 -> 锁南镇: a town printed after its county's plain name (东乡 + 县)."""
    where = gazetteer.locate(county)
    for end in range(3, min(len(town) - 1, 6)):
        level = town[end - 1]
        if level in "县区市旗" and where.district and gazetteer.county_by_short(town[: end - 1], level).code == where.code:
            return town[end:]
    return town


def _with_the_page_s_one_town(county: str, name: str, page: str) -> str:
    """西乌旗：… over a page whose lead tells of 西乌珠穆沁旗巴拉嘎尔高勒镇 and its 嘎查: a village or a
    community named alone is in the one town the page prints after its county."""
    if not county.endswith(("县", "区", "市", "旗")) or institution_kind(name) not in _UNITS_OF_A_PLACE or opens_with_town(name):
        return county
    # (printed right after its county, a town the gazetteer lacks is one too: 巴拉嘎尔高勒镇)
    towns = {m for m in re.findall(rf"{re.escape(county)}([\u4e00-\u9fff]{{2,6}}?(?:{_TOWN_ENDING}|苏木))", page) if not any(ch in NEVER_IN_NAME for ch in m) and not re.search(r"各|乡镇", m)}
    return county + towns.pop() if len(towns) == 1 else county


def _from_county(places: str) -> str:
    """银川市金凤区 -> 金凤区: an editor files a unit under its county, not its city or province."""
    at = 0
    for mention, paths in gazetteer.place_mentions(places):
        at = places.find(mention, at)
        if paths and all(path.district for path in paths):
            return places[at:]
        at += len(mention)
    return places


def _joined(places: str, name: str) -> str:
    """宁城县 + 县人民医院 -> 宁城县人民医院: a unit named by its county's level alone (某旗某苏木 +
    某苏木某嘎查 -> 某旗某苏木某嘎查: by the town both print)."""
    shared = next((k for k in range(min(len(places), len(name) - 2), 1, -1) if places.endswith(name[:k]) and name[:k].endswith(("镇", "乡", "街道", "苏木", "县", "区", "旗"))), 0)
    if shared:
        return places + name[shared:]
    return places + name[1:] if name[:1] in "县市区旗" and places.endswith(name[:1]) else places + name


_BEFORE_PLACES = frozenset("县市区旗州盟的在于是到和与及对向从为了把将让给跟同由")


def _with_places_printed_before(name: str, text: str) -> list[str]:
    fuller = []
    at = text.find(name)
    while at >= 0:
        tail = _CJK_TAIL.search(text, max(0, at - 20), at).group(0)
        # (places cut from a word's middle are none: 巩留县阿克吐别克镇 holds no 克吐别克镇)
        fuller += [tail[k:] + name for k in range(len(tail) - 1) if (not k or tail[k - 1] in _BEFORE_PLACES or gazetteer.opens_with_place(tail[k:])) and _places_before(tail[k:], name)]
        at = text.find(name, at + 1)
    return fuller


# 西江镇卫生院： over 雷山县西江镇中心卫生院…: a label's ending, shorter than the body's name
_LABEL_ENDINGS = {**_FULL_ENDINGS, "镇卫生院": ("镇中心卫生院",), "乡卫生院": ("乡中心卫生院",)}


# 泗溪卫生院, 戴埠中心卫生院: a town's health centre by its town's name without its level
_CENTRE_WITHOUT_LEVEL = re.compile(rf"^(?P<stem>[{CJK}]{{2,3}}?)(?P<centre>中心)?卫生院$")


def _ending_in_full(name: str, text: str) -> str:
    """某县卫健委 -> 某县卫生健康委员会, 某某卫生院 -> 某某镇中心卫生院, where the text prints that too:
    a label's short ending, or a town's name without its level, in full."""
    short = _CENTRE_WITHOUT_LEVEL.match(name)
    if short:
        forms = re.findall(rf"{re.escape(short['stem'])}(?:镇|乡){'中心' if short['centre'] else '(?:中心)?'}卫生院", text)
        if forms:
            return max(forms, key=len)
    printed = [full for full in _endings_in_full(name) if full in text]
    # (秀山县卫健委 over a report that says 县卫生健康委员会: the county's own, its ending in full)
    stem = name[: len(name) - len(suffix_of(name))]
    if not printed and stem[-1:] in ("县", "区", "市", "旗"):
        printed = [full for full in _endings_in_full(name) if re.search(rf"(?<![\u4e00-\u9fff]){re.escape(stem[-1] + full[len(stem) :])}", text)]
    return max(printed, key=len, default=name)


def _endings_in_full(name: str, shortest_stem: int = 2) -> list[str]:
    """The name with its short ending written out each way it may be: 某县卫健委 -> 某县卫生健康委员会, 某县卫生健康委."""
    for abbreviation, endings in _LABEL_ENDINGS.items():
        stem = name[: -len(abbreviation)]
        if name.endswith(abbreviation) and len(stem) >= shortest_stem:
            return [stem + ending for ending in endings]
    return []


_DECLARED_SHORT = re.compile(r"(?P<before>[\u4e00-\u9fff]{3,12})[（(](?:以下)?简称[“\"]?(?P<short>[\u4e00-\u9fff]{2,8})[”\"]?[）)]")


def _declared_in_full(name: str, page: str) -> str:
    """科左后旗某镇卫生院 -> 科尔沁左翼后旗某镇卫生院 where the page declares the short name:
    科尔沁左翼后旗（以下简称科左后旗）."""
    for declared in _DECLARED_SHORT.finditer(page):
        if name.startswith(declared["short"]) and len(name) > len(declared["short"]):
            before = declared["before"]
            full = next((before[k:] for k in range(len(before) - 2) if before[k:].endswith(("县", "区", "市", "旗")) and gazetteer.locate(before[k:]).district), "")
            if full:
                return full + name[len(declared["short"]) :]
    return name


# A town's name after a county's short name: two to four characters and its level (not 柳城畲族镇,
# a town of its own name, nor 翁牛特+旗乌丹镇, nor a street named after a road, 石门二路街道)
_TOWN_OF_TWO = re.compile(rf"(?![县市区旗])[{CJK}]{{2,4}}?(?<!族)(?:镇|乡)")
# Counties' short names that are also words opening many Mongolian place names (乌兰木伦镇, 巴彦高勒镇)
_MONGOLIAN_WORDS = ("乌兰", "巴彦")


def place_in_full(name: str, text: str) -> str:
    """沁源郭道镇卫生院 -> 沁源县郭道镇卫生院, 宽甸县中心医院 -> 宽甸满族自治县中心医院, where the
    text prints that: a county's short name, or its plain one, as officially named (a short name
    the page declares: _declared_in_full)."""
    for end in range(2, 5):
        short, rest = name[:end], name[end:]
        if not gazetteer.is_division_name(short):
            continue
        printed = [short + suffix + rest for suffix in "县市区旗" if short + suffix + rest in text]
        official = gazetteer.named_short(short)
        official = official.district or official.city or ""
        after = rest[1:] if rest[:1] in "县市区旗" else rest
        # (科左后旗 is 科尔沁左翼后旗 too; 互助县卫健局 is 互助土族自治县卫生健康局 where that is printed)
        printed += [official + ending for ending in (after, *_endings_in_full(after, shortest_stem=0)) if official and official + ending in text]
        if printed:
            return max(printed, key=len)
        town = _TOWN_OF_TWO.match(rest)
        if official in (short + "县", short + "旗") and town and opens_with_town(rest) and short not in _MONGOLIAN_WORDS:
            # 天台平桥镇卫生院, the county printed nowhere in full: 天台县平桥镇卫生院; not where the page
            # names another province or prints the town after another county (巴彦高勒镇 is a town of
            # Inner Mongolia, 磴口县巴彦高勒镇, not of 巴彦县)
            where = gazetteer.named_short(short)
            elsewhere = any(not any(_holds(path, where) for path in paths) for _, paths in gazetteer.place_mentions(text))
            if not elsewhere and not re.search(f"[县旗区市]{short}{town.group(0)}", text):
                return official + rest
    return name


def _holds(place: gazetteer.RegionPath, county: gazetteer.RegionPath) -> bool:
    """Is the county in the place (or the place itself)?"""
    return place.province == county.province and place.city in (None, county.city) and place.district in (None, county.district)


def _places_before(places: str, name: str) -> bool:
    """宾川县金牛镇 before 东门社区, 仪陇县 before 马鞍镇中心卫生院: divisions of the gazetteer, each
    inside the one before, then at most one town (where the name does not open with its own)."""
    if not opens_with_town(name):
        for start in range(max(0, len(places) - 7), len(places) - 2):  # a town: two to five characters, then 镇/乡/街道/苏木
            town = places[start:]
            if town.endswith(("镇", "乡", "街道", "苏木")) and is_town(town):
                if not start or gazetteer.nests_before(places[:start], town + name):
                    return True
            # 巩留县阿克吐别克镇: a town's long name (five characters) only right after its county
            long_town = re.fullmatch(rf"[{CJK}]{{5}}(?:镇|乡|街道|苏木)", town)
            if long_town and start and not any(ch in NEVER_IN_NAME for ch in town) and gazetteer.locate(places[:start]).district:
                if gazetteer.nests_before(places[:start], name):
                    return True
    return gazetteer.nests_before(places, name)


def is_placed_form(full: str, name: str) -> bool:
    """于都县禾丰镇卫生院 of 禾丰镇卫生院: the name with the places it stands in before it."""
    return len(full) > len(name) and full.endswith(name) and _places_before(full[: -len(name)], name)


def _province_short_before(name: str) -> int:
    """云南宾川…, 内蒙古…: the length of a province's short name the name opens with, else 0."""
    return next((n for n in (2, 3) if name[:n] in _province_shorts()), 0)


def without_short_places(name: str) -> str:
    """云南宾川金牛镇 -> 金牛镇: the short names of a province and a county before a town's (a
    headline's label), which the body prints in full (宾川县金牛镇)."""
    start = _province_short_before(name)
    for end in range(start + 2, start + 5):
        if gazetteer.is_division_name(name[start:end]) and opens_with_town(name[end:]):
            return name[end:]
    return name


def opens_with_town(name: str) -> bool:
    """马鞍镇中心卫生院, 努古斯台镇某嘎查: the name opens with a town's (or a street's)."""
    return any(is_town(name[:end]) for end in range(3, min(len(name), 10) + 1) if name[:end].endswith(("镇", "乡", "街道", "苏木")))


def is_town(name: str) -> bool:
    """某县某镇, 某街道: a town or street (or a county's own name) whose government may act (not
    邀请小市镇 or 处梧桐花镇, a verb's characters before its name)."""
    return name.endswith(("镇", "乡", "街道", "苏木")) and not _VERB_OPENS.match(name) and institution_kind(name) == "government" and _is_place_like(name)



def printed_towns(text: str) -> list[str]:
    """Every town or street the text names: the longest run before 镇/乡/街道 that is one."""
    towns = []
    for end in re.finditer(_TOWN_ENDING, text):
        before = text[max(0, end.end() - 12) : end.end()]
        town = longest_town_ending(before)
        if town:
            towns.append(town)
    return towns


def longest_town_ending(run: str, shortest: int = 3) -> str:
    """The longest town or street the run of characters ends with, that does not start inside a verb
    before it (走进如城街道 is 如城街道, not 进如城街道; 深入金城镇 is 金城镇)."""
    inside = _inside_a_verb(run)
    towns = [run[k:] for k in range(len(run) - shortest + 1) if is_town(run[k:])]
    return next((town for town in towns if len(run) - len(town) not in inside), towns[0] if towns else "")


def _inside_a_verb(run: str) -> set[int]:
    """The positions inside a verb that comes before a name (走|进 of 走进, 深|入 of 深入): no name starts there."""
    return {at for verb in _VERB_ACROSS.finditer(run) for at in range(verb.start() + 1, verb.end())}


# (城镇 alone is a word, but 阿城镇, 金城镇 are towns: only a kind of 城镇 is no town's name)
_NOT_TOWNS = ("山区镇", "农业镇", "工业镇", "重点镇", "中心镇", "小镇", "古镇", "小城镇", "型城镇", "色城镇", "点城镇", "心城镇", "代城镇", "集镇", "乡镇", "重镇", "名镇", "强镇", "大镇", "家乡", "老乡", "下乡", "城乡", "水乡")


def _is_place_like(place: str) -> bool:
    """某县青岗镇, 青岗镇, 南泉街道: places of the gazetteer, then at most one town's own name."""
    if place.endswith(_NOT_TOWNS) or re.match(r"[一二三四五六七八九十两几]个|[这那该每各本全]", place) or re.search(r"[这那][个家里些]", place):
        return False  # 山乡小镇, 一个山区镇: a kind of town, not one town's name
    if re.sub(r"(?:镇|乡|街道|苏木)$", "", place) in _NOT_PROPER:
        return False  # 边境苏木, 山区镇: what kind of town, not which
    if place.endswith("城镇") and any(pos.startswith("v") for _, pos in words(place[:-2])):
        return False  # 推进城镇…: a verb and the word 城镇, no town
    rest, longest = place, 5
    while rest:
        # (巴音宝力格镇, 查干补力格苏木: a Mongolian name runs longer; 某旗巴拉嘎尔高勒镇, longer still after its banner)
        if re.fullmatch(rf"[{CJK}]{{2,4}}(?:镇|乡|街道|苏木)|[{CJK}]{{5,{longest}}}镇|[{CJK}]{{5,6}}苏木", rest) and not any(ch in NEVER_IN_NAME for ch in rest) and "县" not in rest and not re.search(_VERBS_BEFORE_A_NAME, rest):
            return True  # 芦溪镇 (though 芦溪 is also a county's short name; not 治县草海镇, the tail of 威宁自治县)
        head = next((rest[:k] for k in range(min(len(rest), 10), 1, -1) if gazetteer.is_division_name(rest[:k]) or (rest[k - 1] in "县旗" and is_place_name(rest[:k]))), "")
        if not head:
            return False
        rest, longest = rest[len(head) :], 6
    return True


def _first_clauses(body: str) -> str:
    """The report's opening up to the first clause that names a subject: 5月10日至12日，某县某镇将…"""
    sentences = [t for t in re.split(r"(?<=[。！？\n])", body[:600]) if t.strip() and not t.lstrip().startswith(("“", "”"))]
    # past a resident's words the report opens on (“…”某某说。), its first sentence of its own
    sentence = next((t for t in sentences if not re.search(r"(?:说|介绍|表示|感慨|笑着说)[。！]?$", t.strip())), "")
    for clause in sentence.split("，")[:3]:
        if place_subject(clause, governing=False) or place_subject(clause):
            return clause
    return ""


def _with_its_town_word(name: str, printed: list[str]) -> str:
    """殷行社区卫生服务中心 in a headline over 殷行街道社区卫生服务中心 in the body: the centre as the body
    names it, its town's or street's word kept (the places the name opens with stay)."""
    head = re.match(r"^(?P<places>.*?)(?P<stem>[\u4e00-\u9fff]{2,4})(?P<kind>社区卫生服务中心|卫生院|中心卫生院)$", name)
    if not head:
        return name
    # (康健社区卫生服务中心 over 康健新村街道社区卫生服务中心: the street's name may run on past the stem)
    street = re.compile(re.escape(head["stem"]) + r"(?P<more>[\u4e00-\u9fff]{0,2}?)(?P<word>街道|镇)" + re.escape(head["kind"]) + "$")
    for full in printed:
        found = street.search(full)
        # (新华社区卫生服务中心 printed itself, beside its partner 新华南路街道…: the name stands)
        if found and (not found["more"] or not any(p.endswith(head["stem"] + head["kind"]) for p in printed)):
            return head["places"] + head["stem"] + found["more"] + found["word"] + head["kind"]
    return name


def _fuller_in_body(label: str, printed: list[str]) -> str:
    """科左中旗哈日乌苏嘎查：… over 走进科尔沁左翼中旗舍伯吐镇哈日乌苏嘎查; 恭城竹山头村：… over 恭城瑶族自治县
    莲花镇竹山头村: a heading's unit under its county's short name, as the body prints it in full."""
    bare = gazetteer.without_leading_places(label)
    for full in sorted(set(printed), key=len, reverse=True):
        shared = next((k for k in range(min(len(label), len(full)), 2, -1) if label[-k:] == full[-k:]), 0)
        if len(full) <= len(label) or not shared or shared == len(label):
            continue
        if bare != label and shared < len(bare):
            continue  # (科左中旗保康镇卫生院 is no 舍伯吐镇卫生院, a partner of the same county)
        short, places = label[:-shared], full[:-shared]
        counties = {p.district for _, paths in gazetteer.place_mentions(places) for p in paths if p.district}
        named = {p.district for _, paths in gazetteer.place_mentions(short) for p in paths if p.district}
        if any(county in short for county in counties | named):
            continue  # (鞍山铁东区园林社区: the heading prints its county in full, as the editor keeps it)
        if counties & named or any(gazetteer.short_name(county) == short for county in counties):
            return full
    return ""


def _names_its_place(name: str) -> bool:
    """巴南区南泉街道…, 内官营镇卫生院: the name carries its place (a division or a town);
    县中医医院, 青松社区 do not, nor does a branch named without its hospital (东平分院)."""
    if name.endswith("分院") or re.match(r"^[县市区州旗]中心(?!镇|乡|街道|村|社区)", name):
        return False  # (市中心血站: a body by its city's level alone, not one of 市中区)
    if institution_kind(name) not in ("community", "community_health_center") and any(gazetteer.is_division_name(name[:k]) for k in range(2, min(len(name), 6))):
        return True  # 姜堰疾控: a district's short name opens it (东城社区 is a community's own name)
    return bool(gazetteer.place_mentions(name)) or re.search(rf"[{CJK}](?:镇|乡|街道|苏木)", name) is not None


_WE = re.compile(r"我院|本院|我中心|我站")
# (莅临我中心, 到我院调研: a visit; not 欢迎居民到我院体检, a patient's way to the hospital)
_VISITED_US = re.compile(r"(?:莅临|走进)(?:我院|本院|我中心|我站)|(?:到|来|赴)(?:我院|本院|我中心|我站)(?:调研|视察|检查|指导|考察|走访|交流|参观|慰问)")
# 内一科党支部, 检验科党支部, 护理党支部, 医技第二党支部: a hospital department's branch
_DEPARTMENT_BRANCH = re.compile(r"(?:科|科室|门诊|医技|护理|病区)(?:第?[一二三四五六七八九十\d]+)?党支部")
_SELF_REFERENCE = re.compile(r"我院|本院|院党委|医院党委|全院|[内外妇儿骨眼]?科党支部|科室|医院")


def _official_form(name: str, body: str, mentioned: list[str]) -> str:
    """松阳 -> 松阳县, 鹿城某村 -> 鹿城区某街道某村: a heading's short place, in the form the body prints."""
    if (institution_kind(name) == "government" or is_place_name(name)) and not name.endswith(("县", "市", "区", "旗", "州", "盟", "镇", "乡", "街道")):
        fuller = re.search(rf"{re.escape(name)}(?:自治县|自治旗|县|市|区|旗)", body)
        if fuller:
            return fuller.group(0)
        return name
    # 杭锦旗某嘎查：… over a body that prints 杭锦旗某苏木某嘎查: the town the body prints between them
    for k in range(2, min(len(name) - 2, 8) + 1):
        head, rest = name[:k], name[k:]
        if gazetteer.is_division_name(head) and head.endswith(("县", "区", "市", "旗")) and len(rest) >= 3:
            town = re.search(re.escape(head) + r"([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木))" + re.escape(rest), body)
            if town and is_town(town.group(1)):
                return town.group(0)
    # 鹿城上垟村：… over a body that prints 鹿城区仰义街道上垟村: a district's short name opening a
    # label, in the form the body prints the name
    # (东乡县锁南镇：… over 东乡族自治县锁南镇党委…: an autonomous county's short form, in full as the body prints it)
    for k in range(2, min(len(name) - 2, 7) + 1):
        head, rest = name[:k], name[k:]
        short_county = not gazetteer.is_division_name(head) and is_county_short_name(head)  # (西吉县马莲川村 stays as printed)
        if ((gazetteer.is_division_name(head) and not head.endswith(("县", "市", "区", "旗", "州", "盟"))) or short_county) and len(rest) >= 3:
            stem = re.sub(r"(?:自治)?[县旗]$", "", head) if short_county else head
            printed = [m for m in mentioned if m.startswith(stem) and m.endswith(rest) and len(m) > len(name) and (short_county or m[k] in "县市区旗")]
            if printed:
                return max(printed, key=len)
    # 迪庆州藏医院：… over a body that prints 迪庆藏族自治州藏医院: its place's short name and level, in full
    rest = _after_places(name)
    respelled = [m for m in mentioned if rest and m.endswith(rest) and not m.endswith(name) and len(m) > len(name) and _same_division(m[: -len(rest)], name[: -len(rest)])]
    # (科左中旗蒙医医院 over 通辽市科尔沁左翼中旗蒙医医院: the county respelled, with no city added above it)
    return _from_county(min(respelled, key=len)) if respelled else name


def _clause_start(text: str, position: int, marks: str = "。；！？\n") -> int:
    starts = [text.rfind(mark, 0, position) for mark in marks]
    return max(starts) + 1


def _opening_subject(body: str, mentions: list[Mention]) -> str:
    """The institution the first sentence is about: named in its first clause, not as an object."""
    first_end = min((i for i in (body.find("。"), body.find("\n")) if i >= 0), default=len(body))
    for mention in mentions:
        if mention.start > first_end:
            break
        before = body[max(0, mention.start - 4) : mention.start]
        clause = body[_clause_start(body, mention.start, marks="，。；！？\n") : mention.start]
        after = body[mention.end : mention.end + 12]
        if _SETTING_AFTER.match(after):
            continue  # 清晨，某村的山路上，…: where the scene is set
        walks_in = _REPORTER_WALKS.search(body[max(0, mention.start - 6) : mention.start])
        if clause.startswith(("在", "由")) or (_PARTNER_BEFORE.search(before) and not walks_in) or _PARTNER_AFTER.match(after) or _ORGANIZER_AFTER.match(body[mention.end : mention.end + 40]) or _visit(body, mention):
            continue  # 在某村“共富工坊”里，/ 在某单位的支持下，: where the scene is set, not who acts
        return mention.name
    return ""


_GOVERNED_PLACE = re.compile(rf"[{CJK}]{{1,14}}(?:镇|乡|街道|苏木)(?=(?:党委|党工委|人民政府|政府|办事处)(?!书记|委员|副))")


def place_mentions(text: str) -> list[Mention]:
    """某镇党委, 某街道党工委 in running text: the town or street acting through its committee."""
    found = []
    fullest: dict[str, str] = {}  # each place looked up once: the text is long, its towns few
    for match in _GOVERNED_PLACE.finditer(text):
        run = match.group(0)
        verb = max((v.end() for v in _VERB_ACROSS.finditer(run) if len(run) - v.end() >= 3), default=0)  # (邀请小市镇党委: the town after the verb)
        for k in range(verb, len(run) - 2):
            place = run[k:]
            if _is_place_like(place) and institution_kind(place) == "government":
                if place not in fullest:
                    fullest[place] = fullest_place(place, text)
                found.append(Mention(fullest[place], match.start() + k, match.end()))
                break
    return found


_VILLAGE = re.compile(
    rf"(?P<town>[{CJK}]{{2,6}}?(?:镇|乡|街道|苏木))(?P<village>[{CJK}]{{2,3}}(?<!农)村|[{CJK}]{{2,3}}?[{CJK}]{{1,2}}族村|[{CJK}]{{2,6}}?嘎查|(?!所有|各个|各|全镇|全乡|全街|辖区|城乡|相关|周边|部分|多个|多数)[{CJK}]{{2,4}}?社区(?!卫生|医院|服务中心|服务站))(?![委民干组级小医庄])"
)  # (巴彦宝力高嘎查: a Mongolian name runs longer, and 沙洲瑶族村 with its people's name; 某街道槐古社区, whose 古 the analyser reads as an adjective)


_LIES_IN = r"地处|位于|坐落于|坐落在|地属|隶属于?"
_VILLAGE_LIES_IN = re.compile(
    rf"(?:^|(?<=[。；！？\n，]))(?P<village>[{CJK}]{{2,3}}村|[{CJK}]{{2,6}}?嘎查)(?:{_LIES_IN})(?P<town>[{CJK}]{{2,12}}?(?:镇|乡|苏木))(?=[东西南北中部境腹，、。])"
)


def village_mentions(text: str) -> list[Mention]:
    """某镇北庄村 printed once in full, then 北庄村党支部 …: the village (or community) acting through its branch.

    A village is an institution in running text only after its town (乡村, 农村 are words); once
    the text has printed it so, its bare name before 党支部, 村委会 or 两委 is the same village."""
    villages: dict[str, tuple[str, str]] = {}  # each village once, in the order printed: its town and full name
    for match in _VILLAGE.finditer(text):
        town = longest_town_ending(match["town"])
        if town and match["village"] not in villages:
            villages[match["village"]] = (town, _without_leading_verb(fullest_place(town, text)) + match["village"])
    for match in _VILLAGE_LIES_IN.finditer(text):
        # 塘背村位于于都县贡江镇东北部: a village named first, then the town it lies in
        town = longest_town_ending(match["town"], shortest=2)
        if town and match["village"] not in villages and not gazetteer.opens_with_place(match["village"]):
            full = fullest_place(town, text)
            # (the run before the town printed elsewhere holds no verb of where it lies: 某村地处某镇)
            full = full if full.endswith(town) and not re.search(rf"{_LIES_IN}|村", full) else match["town"]
            villages[match["village"]] = (town, full + match["village"])
    if not villages:
        return []
    # (某某庄村现有400户…: its bare name opening a sentence is the village too); one pass over a long text
    alternatives = "|".join(map(re.escape, sorted(villages, key=len, reverse=True)))
    bare_names = re.compile(r"(?:(?<=^)|(?<=[。；！？\n]))(?P<opening>" + alternatives + r")|(?P<acting>" + alternatives + r")(?=党|村委会|居委会|两委)")
    at: dict[str, list[Mention]] = {village: [] for village in villages}
    for bare in bare_names.finditer(text):
        village = bare["opening"] or bare["acting"]
        town, full = villages[village]
        if not text[max(0, bare.start() - len(town)) : bare.start()].endswith(town):
            at[village].append(Mention(full, bare.start(), bare.end()))
    return [mention for mentions in at.values() for mention in mentions]


def _without_leading_verb(place: str) -> str:
    """走进圣城街道 -> 圣城街道: a verb the run of characters before a town took in."""
    first = words(place)[0] if place else ("", "")
    rest = place[len(first[0]) :]
    return rest if first[1].startswith("v") and rest and _is_place_like(rest) else place


# 盛夏时节，走进某县某乡某村，…: the reporter walks into the report's subject
# 这是…的一个缩影 (写照, 实践): what a scene shows; after the body it names (epitome_of), or anywhere in a paragraph
_EPITOME_WORDS = r"的(?:一个|又一|生动|真实)?(?:缩影|写照|注脚|实践|样本)"
_EPITOME_AFTER = re.compile(rf"^[^。！？]{{0,50}}?{_EPITOME_WORDS}")
STANDS_FOR_THE_WHOLE = re.compile(rf"这(?:正|也|便|就)?是[^。！？]{{2,50}}?{_EPITOME_WORDS}")
_REPORTER_WALKS = re.compile(r"(?:^|[，。\n])(?:记者)?(?:走进|来到|走访|走入|步入)$")
# (某村党群服务中心门前排起了长队: the village's hall, where the scene is set)
_HALL = r"(?:党群服务中心|便民服务中心|村委会|居委会|村部)"
_SETTING_AFTER = re.compile(rf"^的[^，。]{{0,6}}(?:上|里|中|旁|前|边|间)[，。]|^的?{_HALL}?(?:院子|院坝|大院|广场|门前|门口|会议室|大厅|礼堂|活动室|操场)(?:里|内|上|前|中)?|^的?{_HALL}(?:里|内|前)")


def _partners(body: str, mentions: list[Mention], forms: dict[str, str], actor: str) -> list[str]:
    partners: list[str] = []
    for mention in mentions:
        name = forms[mention.name]
        if name == actor or actor.endswith(mention.name) or _ends_as(name, actor) or _ends_as(actor, name):
            continue  # the actor itself, printed more or less fully
        if len(name) - len(suffix_of(name)) < 2:
            continue  # 北社区: a name cut short
        sentence_start = _clause_start(body, mention.start)
        sentence_end = min((i for i in (body.find("。", mention.end), body.find("\n", mention.end)) if i >= 0), default=len(body))
        if not _PARTNERSHIP.search(body[sentence_start:sentence_end]):
            continue
        org = _ORG_AFTER.match(body[mention.end : mention.end + 16])
        partner = name + (org.group(0) if org else "")
        if partner not in partners and len(partners) < 4:
            partners.append(partner)
    return partners


def is_place_name(text: str) -> bool:
    """松阳, 海南儋州, 松阳县: a division's name, full or short, or a province's then a city's."""
    if gazetteer.is_division_name(text) or is_county_short_name(text):
        return True
    return any(gazetteer.is_division_name(text[:i]) and gazetteer.is_division_name(text[i:]) for i in range(2, len(text) - 1))


def is_county_short_name(text: str) -> bool:
    """察布查尔县, 威宁县, 威宁自治县, 澜沧县, 东乡县 (not 东乡区 of Jiangxi): an autonomous county's short name with its level."""
    level = re.search(r"(?:自治)?[县旗]$", text)
    stem = text[: level.start()] if level else ""
    if len(stem) < 2 or not gazetteer.is_division_name(stem):
        return False
    return bool(gazetteer.county_by_short(stem, level.group(0)).district)


def names_whole(text: str) -> bool:
    """Is the text one institution's name and nothing else (结对才湾镇中心卫生院 is not)?"""
    # (湖南隆回县某镇中心卫生院: the province's short name before it is the region's, no other name)
    return any(m.start in (0, _province_before_place(text)) and m.end == len(text) for m in institution_mentions(text))


# 某县人民医院党委书记 张某: a signed article's writer, by post and name (under or run onto its headline)
_SIGNATURE = re.compile(rf"(?P<org>[{CJK}]{{2,18}}?{INSTITUTION_SUFFIX})(?:党委|党总支|党支部|党工委|党组)?副?(?:书记|院长|主任|局长)\s+(?P<name>[{CJK}]{{2,3}})")


def signed_by(line: str, start: int = 0) -> str:
    """The writer's name, where the line (from `start`) is a signature: an institution's post and a name."""
    signature = _SIGNATURE.fullmatch(line, start)
    if signature and (gazetteer.opens_with_place(signature["org"]) or signature["org"][0] in "省市县区"):
        return signature["name"]
    return ""


def split_signed_headline(text: str) -> str:
    """守初心 办好身边事某县人民医院党委书记 张某: a headline with its writer's post and name run on
    (no break, no punctuation between them) stands on a line of its own, the signature on the next."""
    lines = text.split("\n")
    for index, line in enumerate(lines[:12]):
        stripped = line.strip()
        if not 10 <= len(stripped) <= 60 or re.search(r"[，。；！？,]", stripped):
            continue
        start = next((start for start in range(4, len(stripped) - 8) if signed_by(stripped, start)), 0)
        # (记者专访某镇卫生院院长 某某: a headline that names whom it is about, no writer)
        if start and not re.search(r"[\s：:]$|(?:专访|访谈|对话|采访|走近|走访|聆听|致敬|记|访)$", stripped[:start]):
            lines[index] = stripped[:start] + "\n" + stripped[start:]
    return "\n".join(lines)
