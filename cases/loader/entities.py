"""Who a case is about: the institution, its party organisations, the people quoted, its brands.

Reports in this genre follow a house style, and the rules here read that style:
- an institution is named by its place and a suffix that says what it is (…区人民医院,
  …镇中心卫生院, …街道社区卫生服务中心, …区卫生健康委, …社区), so the suffix gives its kind;
- a case heading puts the institution first: “某某医院 党建引领…” or “某某卫生健康委：…”;
- facts about the institution come in set phrases: “医院始建于1941年7月，是…三级甲等综合医院”,
  “加挂‘…’牌子”, “（以下简称…）”, “医院党委现有党员430名，下设5个党总支、48个党支部”;
- people are introduced by title then name: “院长秦涛介绍说”, “党支部书记杨丽萍表示”;
- party-building brands are short quoted phrases: “六大工程”, “五邻驿站”, “党建+文化”.

All functions take normalised text (ASCII digits, full-width Chinese punctuation) and are pure.
"""

from __future__ import annotations

import re

from institutions import gazetteer

from .types import InstitutionData, PartyOrgData, PersonData
from .vocabulary import CJK, COUNTY_GROUP_BRANCH, KIND_SUFFIXES, NEVER_IN_NAME, NOT_A_VILLAGE, OTHER_SUFFIXES, TCM_UNIVERSITY_HOSPITAL


# ---------------------------------------------------------------------------------------------
# Kinds of institution, by the suffix of their name (first match wins, so 中医院 before 医院)

# Party and government bodies: 区委, 县政府, 镇人民政府, 街道办事处.
_GOVERNMENT_BODY = re.compile(rf"[{CJK}]{{2,}}(?:[省市县区旗州盟镇乡]委|政府|管委会|办事处)$")
# A bare administrative name: 韩城市, 泗县, 兴隆镇, 南泉街道 (towns are below the gazetteer, and a
# report may print a place the gazetteer lacks) ...
_BARE_PLACE = re.compile(rf"[{CJK}]+(?:省|自治区|市|自治州|州|盟|区|县|旗|镇|乡|街道|苏木)$")
# ... unless the ending is an ordinary word: 居民小区, 城乡, 超市.
_NOT_A_PLACE = re.compile(
    r"(?:小区|园区|景区|片区|辖区|校区|院区|山区|灾区|市区|城区|郊区|矿区|病区|社区|新区|老区|牧区"
    r"|城市|超市|都市|集市|门市|城乡|乡镇|家乡|下乡|老乡|县城)$"
)

# Words that make a suffix-ending phrase a description, not a name: 该医院, 三级医院, 公立医院.
_GENERIC_PREFIX = re.compile(
    r"^(?:[该本我全各此其每这那](?=[家所个级类院区县市镇省乡村批些中医卫社])|一所|一家|多家|当地|辖区|基层|公立|民营|综合|专科|定点|乡镇|县级|市级|区级|家乡|老家"
    r"|[一二三]级|[一二三]甲|二甲|三甲)"
)
# A phrase that opens with a verb is a slogan (打造温馨社区), not a name.
_SLOGAN_OPENING = re.compile(
    r"^(?:打造|建设|创建|共建|构建|争创|争当|做|当|让|为|建|办|推进|推动|聚焦|守护|服务|走进|深化|强化|提升|筑牢|助力"
    r"|携手|共创|共享|扎根|深入|情系|心系|温暖|幸福|和谐|美丽|健康|平安|文明)"
)


def institution_kind(name: str) -> str:
    """InstitutionKind value for a printed name, read from its suffix; "other" when none fits."""
    name = name.strip()
    if COUNTY_GROUP_BRANCH.search(name):
        return "township_health_center"
    if TCM_UNIVERSITY_HOSPITAL.search(name):
        return "tcm_hospital"  # 广西中医药大学第一附属医院: a TCM university's hospital, whatever its name ends with
    for kind, suffixes in KIND_SUFFIXES:
        if name.endswith(suffixes):
            return kind
    if _GOVERNMENT_BODY.search(name) or _names_a_division(name):
        return "government"
    if _BARE_PLACE.search(name) and not _NOT_A_PLACE.search(name):
        return "government"
    return "other"


def _names_a_division(name: str) -> bool:
    """陕西省韩城市, 泗县: the name is (or ends with) an administrative division."""
    mentions = gazetteer.place_mentions(name)
    return bool(mentions) and name.endswith(mentions[-1][0])


def suffix_of(name: str) -> str:
    for _, suffixes in (*KIND_SUFFIXES, ("other", OTHER_SUFFIXES)):
        for suffix in suffixes:
            if name.endswith(suffix):
                return suffix
    return ""


def is_institution_name(text: str) -> bool:
    """Does the string read as an institution's name (Chinese only, a proper part, a known suffix)?"""
    text = text.strip()
    if not re.fullmatch(rf"[{CJK}]{{2,40}}", text.replace("120急救", "急救")) or (institution_kind(text) == "other" and not text.endswith(OTHER_SUFFIXES)):
        return False
    proper = text[: len(text) - len(suffix_of(text))]
    return len(proper) >= 1 and not _GENERIC_PREFIX.match(text) and not _PARTY_BODY_ACTING.search(proper) and not _PLACE_ACTING.search(text)


# 某区某街道打造党建联盟: a place and what it does, not a name (not 某街道建设社区, 创新社区: names of their own)
_PLACE_ACTING = re.compile(r"(?:街道|镇|乡|社区|村|县|区|市|旗)(?:打造|推进|探索|助力|深化|构建|组建|开展|推行|实施|举办|召开|启动)")


# 某疾控中心党支部走进某街道: a party body and what it does, not a name (中共某县委党校 holds no 党支部 word)
_PARTY_BODY_ACTING = re.compile(r"(?:党委|党总支|党支部|党工委|党小组)(?:[\u4e00-\u9fff]{0,4}?)(?:走进|走入|来到|深入|联合|携手|与|到|赴|开展|举办|组织|结对)")


# ---------------------------------------------------------------------------------------------
# Headings that open with the institution

_COLON_HEADING = re.compile(r"^(?P<name>[^：:]{2,30}?)\s*[：:]\s*(?P<title>\S.*)$")
_BRACKET_HEADING = re.compile(r"^[【\[〔](?P<name>[^】\]〕]{2,30})[】\]〕]\s*(?P<title>\S.*)$")
_DASH_HEADING = re.compile(r"^(?P<name>[^—－\-\s｜|丨]{3,30}?)\s*(?:——|—|－－|--|｜|\||丨)\s*(?P<title>\S.*)$")
# 案例一：, （二）, 三、: a column's numbering before a case's heading.
_ORDINAL_PREFIX = re.compile(r"^[◆◇●○■□▲△▶►★☆✦✧❖•📌🔹🔸]*\s*(?:[①②③④⑤⑥⑦⑧⑨⑩▎▍▌▋▊┃]|第[一二三四五六七八九十\d]{1,2}站\s*[：:]|[【\[]?案例之?[一二三四五六七八九十\d]+[】\]]?\s*[：:、.．｜|]?|[〖【\[](?:样本|典型|亮点|镜头|故事|实践|样板|经验|做法|观察点)之?[一二三四五六七八九十\d]{1,3}[〗】\]]\s*[：:、.．｜|]?|【[一二三四五六七八九十\d]{1,3}】|(?:品牌|故事|镜头|篇章|样本|典型|亮点|样板|观察点|之)[一二三四五六七八九十\d]+\s*[｜|：:]|之[一二三四五六七八九十]{1,2}\s+(?=[\u4e00-\u9fff])|(?:牵头院|牵头医院|牵头单位|成员单位|基层点|示范点|联系点|试点单位|典型单位|先进单位|[一二三特]等奖|优秀奖|金奖|银奖|铜奖)\s*[：:]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d{1,2}\s*[、.．｜|]|0[1-9](?=\s|[\u4e00-\u9fff]))\s*")


def _names_an_institution(text: str) -> bool:
    from .names import institution_mentions  # (names imports this module)

    return bool(institution_mentions(text))


# 标题——某镇某村 (——记某医院党委), 标题 | 某镇某村党委: the unit after the dash or the bar, at the heading's end
_TAIL_DASH_HEADING = re.compile(r"^(?P<title>\S.{2,40}?)\s*(?:——|－－|--|[｜|丨])\s*记?(?P<name>[^—－\-\s｜|丨：:，。“”]{4,30})$")
# 【帮扶村】某乡某村：…, 【牵头单位】…: the unit's role on the page, a tag before its label
_ROLE_TAG = re.compile(r"^(?:帮扶|结对|共建|示范|联系|试点|牵头|受援|支援|对口)(?:村|社区|单位|医院|卫生院|方)$")
_SPACE_HEADING = re.compile(r"^(?P<name>\S{3,30})\s+(?P<title>\S.*)$")


_BRANDED_HEADING = re.compile(r"^(?P<name>[\u4e00-\u9fff]{4,30}?)(?P<title>“[^”]{2,16}”(?:品牌|党建品牌)?)$")


def split_institution_title(heading: str) -> tuple[str, str] | None:
    """“大足区人民医院 党建‘六大工程’…” -> (name, title); None when the heading opens with no name.

    After a colon any institution name counts (陕西省韩城市：…). Before a space, a community or a
    bare place must carry a known place or a town (打造温馨社区 is a slogan), and no name opens
    with a verb.
    """
    # (第一站：枫林村 “红色积分”…: a tour's stop names its unit, a bare village too)
    stop = re.match(r"^第[一二三四五六七八九十\d]{1,2}站\s*[：:]\s*(?:走进|来到|走访|探访|到)?(?P<name>[\u4e00-\u9fff]{2,4}(?:村|社区|嘎查))\s+(?P<title>\S.*)$", heading.strip())
    if stop and not NOT_A_VILLAGE.match(stop["name"]):
        return stop["name"], stop["title"].strip()
    original = heading.strip()
    # (韦某某：某镇卫生院的“百鸟岩医生”: a person's heading in a page of people, the unit they work for)
    numbered = _ORDINAL_PREFIX.sub("", original)  # (二、某某：…, a numbered person's)
    # (某医院党委书记 某某 unnumbered is a speaker's line in a meeting's report, no heading of a unit)
    person = _PERSON_AT_A_UNIT.match(numbered) or (numbered != original and _UNIT_POST_PERSON.match(numbered))
    if person and is_person_name(person["person"]) and is_institution_name(person["name"]) and _whole_name(person["name"]):
        return person["name"], original
    # (某县人民医院党委书记述职: a review meeting's heading over the unit's own account)
    account = _SECRETARY_S_ACCOUNT.match(original)
    if account and is_institution_name(account["name"]) and _whole_name(account["name"]):
        return account["name"], original
    heading = _ORDINAL_PREFIX.sub("", heading.strip())
    bulleted = re.match(r"^[◆◇●■▲△▶►▎]", heading) is not None
    heading = re.sub(r"^[◆◇●■▲△▶►▎①②③④⑤⑥⑦⑧⑨⑩]\s*", "", heading)  # ◆ 某镇卫生院：标题, ① 某街道：标题: a bullet before a label
    whole = re.fullmatch(r"[【\[](?P<label>[^】\]]+(?:[：:]|——)[^】\]]+)[】\]]", heading)
    if whole:
        heading = whole["label"]  # 【某县人民医院：“苗岭医魂”】, 【某中心——“红凤领航”】: the label and title inside one bracket
    bracket = _BRACKET_HEADING.match(heading)
    # 【堡子里街道·文昌社区】: a street, then its community
    bracketed = bracket and re.sub(r"(?:(?<=街道)|(?<=[镇乡]))\s*[·・]\s*(?=[\u4e00-\u9fff]{2,8}(?:社区|村)$)", "", bracket["name"])
    # (a name of two characters in brackets is a tag, 【医院】, 【龙头】: only a label after it names the unit)
    if bracket and len(bracketed) >= 3 and is_institution_name(_PARTY_ORG_ENDING.sub("", bracketed)) and not _ROLE_TAG.match(bracketed):
        return _PARTY_ORG_ENDING.sub("", bracketed), bracket["title"].strip()  # 【某镇卫生院】“红色药箱”…, 〔某县人民医院〕…
    if bracket and _COLON_HEADING.match(bracket["title"]):
        return split_institution_title(bracket["title"])  # 【喜迎…周年】某村：标题: a column's tag before the label
    dash = _DASH_HEADING.match(heading)
    if dash and is_institution_name(dash["name"]) and (_whole_name(dash["name"]) or (_CASE_NUMBER.match(original) and _village_label(dash["name"]))):
        return dash["name"], dash["title"].strip()  # 某县人民医院——“黄花先锋”…; 案例二：某村——“屋场会”…, a numbered entry's village
    if dash and _COLON_HEADING.match(dash["title"]) and not is_institution_name(dash["name"]):
        return split_institution_title(dash["title"])  # “健康红管家”｜某中心：标题: a brand's tag before the label
    if dash:
        # 某县人民医院内科党支部——“心手相牵”品牌: the branch's (or its department's) institution
        unit = BRANCH_DEPARTMENT.sub("", _PARTY_ORG_ENDING.sub("", dash["name"]))
        if unit != dash["name"] and is_institution_name(unit) and _whole_name(unit):
            return unit, dash["title"].strip()
    # (“…”——访某区某街道党工委书记某某: an interview's heading, the unit its guest heads)
    guest = _TITLE_THEN_GUEST.match(heading)
    if guest and guest_s_unit(guest["guest"]):
        return guest_s_unit(guest["guest"]), heading
    tail = _TAIL_DASH_HEADING.match(heading)
    if tail and re.search(r"[｜|丨]", heading) and _names_an_institution(tail["title"]):
        tail = None  # 某镇卫生院：标题｜某县卫生健康局: the account that posted it, after the bar; the unit is in the title
    if tail and not (dash and is_institution_name(dash["name"])):
        # “一片叶子”富了一方百姓——某镇某村, 品牌——某镇中心卫生院党支部: the unit signs its heading
        unit = BRANCH_DEPARTMENT.sub("", _PARTY_ORG_ENDING.sub("", tail["name"]))
        if is_institution_name(unit) and (_whole_name(unit) or _placed_name(unit) or _town_s_body(unit)):
            return unit, tail["title"].strip()
    colon = _COLON_HEADING.match(heading)
    if colon and is_institution_name(colon["name"].strip()) and (
        _whole_name(colon["name"].strip())
        or _label_name(colon["name"].strip())
        or _village_label(colon["name"].strip())
        or _placed_name(colon["name"].strip())
        or _town_s_body(colon["name"].strip())
    ):
        return colon["name"].strip(), colon["title"].strip()
    space = _SPACE_HEADING.match(heading)
    if space and _heads_a_heading(space["name"], bulleted):
        return space["name"], space["title"].strip()
    # 一等奖：某县人民医院“仁心护航”: a unit and its brand in quotes, on a prize list's or a column's line
    branded = _BRANDED_HEADING.match(heading)
    if branded and re.match(r"^(?:[一二三特]等奖|优秀奖|金奖|银奖|铜奖|案例|品牌)", original) and is_institution_name(branded["name"]) and _whole_name(branded["name"]):
        return branded["name"], branded["title"]
    # 隆回县中医医院党委 “流动中医馆”…: the institution's party organisation heads the heading
    for match in (colon, space):
        if match:
            name = _PARTY_ORG_ENDING.sub("", match["name"].strip())
            name = BRANCH_DEPARTMENT.sub("", name) if name != match["name"].strip() else name  # 某医院某院区内科党支部：…: the hospital
            short_town = len(name) == 3 and match is colon and institution_kind(name) == "government"  # 红船镇党委：“幸福红船”
            # (某某巴扎镇卫生院党支部：…: a town's own health centre however the analyser cuts the town)
            named = _whole_name(name) or (match is colon and (_town_s_body(name) or _placed_name(name)))
            if name != match["name"].strip() and (len(name) >= 4 or short_town) and is_institution_name(name) and named:
                return name, match["title"].strip()
    return None


# 一、某县人民医院心内科主任 某某: a person's heading, the unit and the post before the name
_UNIT_POST_PERSON = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{3,30}?(?:卫生院|医院|服务中心|社区|村|嘎查))(?:[\u4e00-\u9fff]{1,8}?[科室部])?(?:党支部|党委|党总支)?(?:副)?"
    r"(?:医生|医师|主任医师|全科医生|乡村医生|护士长|护士|主任|院长|书记|站长)\s+(?P<person>[\u4e00-\u9fff]{2,4})$"
)
_CASE_NUMBER = re.compile(r"^[【\[]?案例[一二三四五六七八九十\d]+")  # (案例二：某村——…; not 一、某村——…, one village's parts)
_TITLE_THEN_GUEST = re.compile(r"^\S.{2,40}?\s*(?P<guest>(?:——|－－|--)\s*(?:访|专访|对话|记)\S{6,40})$")
_GUEST_OF_AN_INTERVIEW = re.compile(
    r"^(?:——|－－|--|—)?\s*(?:访|专访|对话|记)(?P<name>[\u4e00-\u9fff]{4,30}?)(?:党委|党工委|党总支|党支部)?(?:第一)?(?:副)?"
    r"(?:书记|院长|主任|站长|所长|局长|负责人)[\u4e00-\u9fff]{2,3}$"
)


def guest_s_unit(deck: str) -> str:
    """——访某区某街道党工委书记某某, ——记某县某镇卫生院院长某某: the unit an interview's or a
    profile's guest heads ("" where the deck names no whole unit)."""
    guest = _GUEST_OF_AN_INTERVIEW.match(deck.strip())
    name = guest["name"] if guest else ""
    return name if name and is_institution_name(name) and (_whole_name(name) or _placed_name(name)) else ""
_SECRETARY_S_ACCOUNT = re.compile(r"^(?P<name>[\u4e00-\u9fff]{4,30}?)(?:党委|党总支|党支部)(?:第一)?(?:副)?书记(?:抓(?:基层)?党建(?:工作)?)?述职(?:报告)?$")
_PERSON_AT_A_UNIT = re.compile(
    r"^(?P<person>[\u4e00-\u9fff]{2,4})\s*[：:]\s*(?P<name>[\u4e00-\u9fff]{3,30}?(?:卫生院|医院|服务中心|社区|村|嘎查))"
    # 某某：某镇卫生院的“…”; 某某：某镇中心卫生院公卫科医生, 某某：某社区党委书记 (the unit, then the person's post there)
    r"(?:(?:党支部|党委|党总支)?的“[^”]{2,16}”|(?:[\u4e00-\u9fff]{1,6}?[科室部])?(?:党支部|党委|党总支)?(?:副)?(?:医生|医师|主任医师|全科医生|乡村医生|护士长|护士|主任|院长|书记|站长))$"
)


# 城关街道党工委, 某医院内科第三党支部, 某局机关退休党支部: the body's party organisation
PARTY_ORGANISATION_ENDING = re.compile(r"(?:(?:机关)?(?:[\u4e00-\u9fff]{0,6}?(?:退休|离退休))?(?:第?[一二三四五六七八九十\d]*)?(?:党委|党总支|党支部|支部|党工委|党组)|(?<=[局委])机关)$")  # (县卫健局机关：…: the bureau's own offices)
_PARTY_ORG_ENDING = PARTY_ORGANISATION_ENDING
BRANCH_DEPARTMENT = re.compile(r"(?<=院)(?:[\u4e00-\u9fff]{1,6}?科室?|[\u4e00-\u9fff]{0,4}?(?:门诊|病区|医技|护理))$")  # 某医院内科, 某医院门诊: the hospital's department


def _whole_name(name: str) -> bool:
    """The words of the name are a name from its first word on (a place alone counts too)."""
    from .names import names_whole

    return institution_kind(name) == "government" or names_whole(name)




def _placed_name(name: str) -> bool:
    """湘西州花垣县双龙镇卫生院： places from the label's first character on, then a name found
    in the rest, however the analyser cuts the places (湘西|州)."""
    from .names import institution_mentions

    rest = gazetteer.without_leading_places(name)
    own = re.sub(r"^[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|苏木)(?=[\u4e00-\u9fff]{2})", "", rest)  # and its town's name
    return rest != name and any(m.end == len(name) and m.start <= len(name) - len(own) for m in institution_mentions(name))


def _town_s_body(name: str) -> bool:
    """获各琦苏木卫生院：, 潮格温都尔镇中心卫生院： a town's own health centre, however the analyser cuts the town."""
    from .names import is_town

    body = re.search(r"(?:中心卫生院|卫生院|社区卫生服务中心)$", name)
    return bool(body) and is_town(name[: body.start()])


def _village_label(name: str) -> bool:
    """旱天岭村：, 西吉县马莲川村： a village's own name before the colon (after its county's and
    its town's, if printed), however the analyser cuts it."""
    from .names import is_town

    own = gazetteer.without_leading_places(name)
    town = re.match(r"[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木)(?=[\u4e00-\u9fff]{2})", own)
    if town and is_town(town.group(0)):
        own = own[town.end() :]  # 努古斯台镇查干淖尔嘎查：, 某镇某村： its town's name first
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:社区|居民区)", own) and not _NOT_A_COMMUNITY.match(own) and not any(ch in NEVER_IN_NAME for ch in own):
        return True  # 兴惠社区：… (兴惠 read as a verb): a community's own name before the colon
    return re.fullmatch(r"[\u4e00-\u9fff]{2,5}(?:村|嘎查)", own) is not None and not NOT_A_VILLAGE.match(own) and not any(
        ch in NEVER_IN_NAME for ch in own
    )


# 走进社区, 下沉社区 (what a body does), 和谐社区, 智慧社区 (what a community is called): no community's name
_NOT_A_COMMUNITY = re.compile(r"^(?:走进|走入|下沉|深入|扎根|服务|联系|共建|联建|融入|进入|覆盖|回到|来到|建设|打造|守护|温暖|情暖|帮扶|结对|和谐|文明|平安|智慧|幸福|美丽|温馨|绿色|红色|健康|书香|法治|数字|完整|未来|老旧|城市|农村|乡村|全国|省级|示范|安全|活力|宜居|友好|无疫|各个|所有|全体|城乡|基层)(?:社区|居民区)$")


def _label_name(name: str) -> bool:
    """建东街社区： a label's name whose first character the analyser took for a verb (建|东街社区):
    before the colon, the label is the name, one character short of the name found at most."""
    from .names import institution_mentions

    if not any(m.start == 1 and m.end == len(name) for m in institution_mentions(name)):
        return False
    # 与儿街镇卫生院：: a town's name may open with a character that is elsewhere a preposition
    return name[0] not in NEVER_IN_NAME or re.match(r"^[与和同][\u4e00-\u9fff]{1,2}(?:镇|乡)", name) is not None


def _heads_a_heading(name: str, bulleted: bool = False) -> bool:
    if len(name) < 4 or not is_institution_name(name) or _SLOGAN_OPENING.match(name) or not _whole_name(name):
        return False
    # (■冠华社区 老楼“体检”…: a bullet marks the line an entry's label, a community's short name enough)
    if institution_kind(name) in ("community", "government") and not bulleted:
        return bool(gazetteer.place_mentions(name)) or re.search(r"(?:街道|镇|乡)", name[:-1]) is not None
    return True


# ---------------------------------------------------------------------------------------------
# The institution and what the text says about it

GRADE = re.compile(r"(?P<grade>[一二三]级[甲乙丙]等|[一二三]级特等)")
_GRADE_ABBREVIATION = re.compile(r"(?<![一二三级])(?P<level>[一二三])甲(?=医院|综合|中医|专科|妇幼)")
_ASPIRATION_BEFORE = re.compile(r"(?:创建|争创|创|迈向|冲刺|申报|申创|向)")
_ASPIRATION_AFTER = re.compile(r"^.{0,8}?(?:创建|评审工作|申报)")
_ACHIEVED_BEFORE = re.compile(r"(?:成功|顺利|通过|获评|晋升|成为|被评为|正式|是)")

_DATE = r"(?P<year>(?:19|20)\d{2})年(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?)?"
FOUNDED_VERB_FIRST = re.compile(rf"(?:始建于|始创于|创建于|创办于|组建于|建院于|成立于|建于)\s*{_DATE}")
FOUNDED_DATE_FIRST = re.compile(rf"(?:于)?{_DATE}(?:正式)?(?:成立|建院|建立|始建|创建|创办|组建)(?=[，。；）]|$)")

_QUOTED_OR_BARE = rf"(?:“(?P<quoted>[^“”]{{2,30}})”|(?P<bare>[{CJK}]{{2,30}}?))"
ALIAS_ADDITIONAL = re.compile(rf"(?:加挂|又名|同时挂)\s*{_QUOTED_OR_BARE}(?=牌子|的牌子|）|，|。|、|；|$)")
ALIAS_SHORT = re.compile(rf"(?:以下简称|简称)\s*{_QUOTED_OR_BARE}(?=）|，|。|、|；|$)")
ALIAS_FORMER = re.compile(rf"(?:原名|前身为|前身是)\s*{_QUOTED_OR_BARE}(?=）|，|。|、|；|$)")

_SENTENCE_END = re.compile(r"(?<=[。！？；\n])")
_CLAUSE_START = re.compile(r"[，。；！？：\n（）]")

# How a report refers back to the institution it is about, by kind.
SELF_REFERENCES = {
    "hospital": ("医院", "该院", "本院", "我院", "全院"),
    "tcm_hospital": ("医院", "中医院", "该院", "本院", "我院", "全院"),
    "township_health_center": ("卫生院", "中心卫生院", "该院", "本院", "我院", "医院"),
    "community_health_center": ("中心", "该中心", "本中心", "医院", "该院"),
    "health_commission": ("卫健委", "该委", "委员会"),
    "community": ("社区", "该社区", "本社区", "村", "该村"),
    "government": (),
    "other": (),
}


def institution_from(name: str, context: str = "") -> InstitutionData:
    """The institution as printed, with its kind, region and what the text says of its grade,
    founding and other names. `context` is the case text, possibly followed by the whole page."""
    name = name.strip()
    kind = institution_kind(name)
    own = _own_text(context)
    aliases = _aliases(name, context, own)
    refs = _Refs(_name_forms(name) + [a for a, _ in aliases], SELF_REFERENCES.get(kind, ()))
    return InstitutionData(
        name=name,
        kind=kind,
        region=gazetteer.locate(name, context),
        grade=_grade(context, own, refs),
        founded=_founded(context, own, refs),
        aliases=aliases,
        honours=honours(own),
    )


class _Refs:
    """Ways the text names the institution: its name forms, and the generic words for it."""

    def __init__(self, names: list[str], generic: tuple[str, ...]):
        self.names = [n for n in names if n]
        self.generic = generic

    def named_in(self, text: str) -> bool:
        return any(n in text for n in self.names)

    def is_subject(self, subject: str) -> bool:
        """Is this clause opening (the words before the verb) the institution itself?"""
        subject = re.sub(r"^(?:目前|现在|如今|其中|同时|此外)", "", subject)
        return subject == "" or subject in self.generic or self.named_in(subject)


def _own_text(context: str) -> str:
    """The case's own text: context may be the case followed by the whole page that holds it.

    Then every line of the case is printed again further on, and the page's first line is the
    first that is not; without such a repeat the context is all the case's own.
    """
    lines = context.split("\n")
    own: list[str] = []
    position = 0
    for line in lines:
        position += len(line) + 1
        head = line.strip()[:15]
        if head and head not in context[position:]:
            break
        own.append(line)
    if not any(line.strip() for line in own):
        return context
    return "\n".join(own)


def _name_forms(name: str) -> list[str]:
    """成都市双流区第二人民医院 -> itself, 双流区第二人民医院, 第二人民医院 (the forms a report reuses)."""
    forms = [name]
    rest = name
    for place, _ in gazetteer.place_mentions(name):
        if not rest.startswith(place):
            break
        rest = rest[len(place) :]
        if _distinctive(rest):
            forms.append(rest)
    return forms


_ORDINAL_OR_PEOPLES = re.compile(r"第[一二三四五六七八九十]+|人民|中心")


def _distinctive(rest: str) -> bool:
    """邮亭中心卫生院 names one place; 人民医院 or 第二人民医院 could be any county's."""
    proper = rest[: len(rest) - len(suffix_of(rest))]
    return len(_ORDINAL_OR_PEOPLES.sub("", proper)) >= 2


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def _subject_before(sentence: str, position: int) -> str:
    """The words from the clause's start up to position: “医院成立于…” -> 医院."""
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, position)]
    return sentence[starts[-1] if starts else 0 : position].strip()


def _grade(context: str, own: str, refs: _Refs) -> str | None:
    """三级甲等 etc.: first in a sentence naming the institution, else one in its own text."""
    named = [g for s in _sentences(context) if refs.named_in(s) for g in _grades_in(s)]
    if named:
        return named[0]
    for sentence in _sentences(own):
        found = _grades_in(sentence)
        if found:
            return found[0]
    return None


def _grades_in(sentence: str) -> list[str]:
    found = []
    for match in GRADE.finditer(sentence):
        if not _aspired(sentence, match.start(), match.end()):
            found.append(match["grade"])
    for match in _GRADE_ABBREVIATION.finditer(sentence):
        if not _aspired(sentence, match.start(), match.end()):
            found.append(f"{match['level']}级甲等")
    return found


def _aspired(sentence: str, start: int, end: int) -> bool:
    """“向三级甲等医院迈进”, “‘二级乙等医院’创建工作”: a goal, not the grade held."""
    before = sentence[max(0, start - 8) : start]
    if _ACHIEVED_BEFORE.search(before):
        return False
    return bool(_ASPIRATION_BEFORE.search(before) or _ASPIRATION_AFTER.match(sentence[end:]))


def _founded(context: str, own: str, refs: _Refs) -> str | None:
    """“始建于1941年7月” -> "1941-07": the institution must be the clause's subject."""
    fallback = None
    for sentence in _sentences(context):
        for pattern in (FOUNDED_VERB_FIRST, FOUNDED_DATE_FIRST):
            for match in pattern.finditer(sentence):
                subject = _subject_before(sentence, match.start())
                if subject and refs.named_in(subject):
                    return _partial_date(match)
                if fallback is None and sentence in own and refs.is_subject(subject):
                    fallback = _partial_date(match)
    return fallback


def _partial_date(match: re.Match) -> str:
    parts = [match["year"]] + [f"{int(match[p]):02d}" for p in ("month", "day") if match[p]]
    return "-".join(parts)


def _aliases(name: str, context: str, own: str) -> list[tuple[str, str]]:
    """加挂/又名 -> additional; 简称 -> short; 原名/前身为 -> former; only where the text is about it."""
    forms = _name_forms(name)
    found: list[tuple[str, str]] = []
    for sentence in _sentences(context):
        if not (any(f in sentence for f in forms) or sentence in own):
            continue
        for pattern, role in ((ALIAS_ADDITIONAL, "additional"), (ALIAS_SHORT, "short"), (ALIAS_FORMER, "former")):
            for match in pattern.finditer(sentence):
                alias = (match["quoted"] or match["bare"]).strip()
                if alias != name and (alias, role) not in found:
                    found.append((alias, role))
    return found


# ---------------------------------------------------------------------------------------------
# Honours and milestones: 2020年9月获得“重庆市抗击新冠肺炎疫情先进集体”称号

_HONOUR_VERB = re.compile(r"(?:荣获|获评|被评为|评为|被授予|授予|入选|获得(?!感)|获(?![得取悉批准益])|成功创建|创建为|被命名为|命名为|通报表扬)")
_HONOUR_NAMED = re.compile(r"[“《]")
_WHEN = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?")
_HONOUR_TAIL = re.compile(r"^[，、\s]*(?:等.*)?$")


def honours(text: str) -> list[tuple[str, str]]:
    """(when, honour) for each named honour the text says the institution won, in order.

    A clause counts when an award verb (荣获, 获评, 被评为, 授予, 入选…) is followed by a name in
    quotes or 《》; “获得感” and other uses of 获 that are not awards do not count. The date is the
    one printed in the clause (2018年, 2021年3月), "" when there is none.
    """
    found: list[tuple[str, str]] = []
    for clause in re.split(r"[，；;。！？\n]", text):
        verb = _HONOUR_VERB.search(clause)
        if not verb or not _HONOUR_NAMED.search(clause, verb.end()):
            continue
        honour = re.sub(r"、?等(?:国家级|省级|市级|区级|各级|各类)?.*$", "", clause[verb.end() :]).strip("，、 ")
        when = _WHEN.search(clause)
        # “全国文明单位”“全国先进集体”: a list of names is one honour each
        names = re.findall(r"“[^”]+”", honour)
        parts = names if names and re.fullmatch(r"(?:“[^”]+”、?)+", honour) else [honour]
        for part in parts:
            item = (when.group(0) if when else "", part[:120])
            if part and item not in found:
                found.append(item)
    return found


# ---------------------------------------------------------------------------------------------
# Party organisations

LEVELS = ("党总支", "党支部", "党小组", "党工委", "党委", "党组")
_LEVEL = "|".join(LEVELS)
# The organisation a sentence describes, before its figures: 医院党委现有党员430名…
PARTY_ORG = re.compile(rf"(?<![\d个])(?P<level>{_LEVEL})(?:（[^）]*）)?(?=[^。；]*?(?:下设|现有|共有|有党员|\d+名党员))")
_COUNT = r"\d+|[一二两三四五六七八九十百]+"
UNITS = re.compile(rf"(?P<count>{_COUNT})个(?P<level>{_LEVEL})")
# 党员430名, 党员860余名, 241名党员 (a count "余" is kept as its round figure)
MEMBERS = re.compile(rf"(?:党员(?:总数)?(?:为|达)?(?P<a>{_COUNT})[余多]?(?:名|人)|(?P<b>{_COUNT})[余多]?(?:名|位)(?:正式)?党员)")
_OWNER = re.compile(rf"[{CJK}]{{0,16}}$")
_OWNER_NOISE = re.compile(r"^.*[在的是到于和与对由让给把被向从将了及]")
_GENERIC_OWNERS = ("", "医院", "院", "该院", "本院", "中心", "该中心", "卫生院", "社区", "该社区", "本社区", "村", "全院")


def party_organizations(text: str, institution_name: str = "") -> list[PartyOrgData]:
    """Each organisation described with figures (members, the units under it), and each one
    whose secretary is named (党支部书记杨丽萍), in text order, once each."""
    found: list[PartyOrgData] = []
    for sentence in _sentences(text):
        match = PARTY_ORG.search(sentence)
        if not match:
            continue
        rest = sentence[match.end() :]
        units = {m["level"]: _count(m["count"]) for m in UNITS.finditer(rest) if _count(m["count"]) is not None}
        members = MEMBERS.search(rest)
        if members and _count(members["a"] or members["b"]) is None:
            members = None
        if not units and not members:
            continue
        level = match["level"]
        found.append(
            PartyOrgData(
                name=_org_name(sentence[: match.start()], level, institution_name),
                level=level,
                members=_count(members["a"] or members["b"]) if members else None,
                units=units,
            )
        )
    for role in SECRETARY.finditer(text):
        secretary = _name_after(text, role.end())
        name = _org_name(text[: role.start()], role["level"], institution_name, from_secretary=True)
        if not secretary or not name:
            continue
        org = next((o for o in found if o.name == name), None)
        if org is None:
            found.append(PartyOrgData(name=name, level=role["level"], secretary=secretary))
        elif not org.secretary:
            org.secretary = secretary
    return found


def _count(text: str) -> int | None:
    """48, 两, 十二: numerals read by cn2an, as everywhere the loader reads numbers; None for a
    range said in numerals (二三十, 三四) or anything else that is no one number."""
    from .metrics import is_numeral_range, parse_number

    if is_numeral_range(text):
        return None
    try:
        return int(parse_number(text))
    except ValueError:
        return None


SECRETARY = re.compile(rf"(?P<level>{_LEVEL})书记")


def _org_name(before: str, level: str, institution_name: str, *, from_secretary: bool = False) -> str:
    """医院党委 -> <institution>党委; 芸康社区党总支 stays; a bare 党委 belongs to the institution.

    Read from a secretary's title, a generic owner counts only where it is how the text refers
    to this institution (社区 for a community, not for a city's government); else "".
    """
    owner = _OWNER_NOISE.sub("", _OWNER.search(before[-32:]).group(0))  # the words just before: no scan of the page
    if institution_name and owner and institution_name.endswith(owner):
        return institution_name + level
    if owner in _GENERIC_OWNERS:
        own_words = SELF_REFERENCES.get(institution_kind(institution_name), ()) + ("", "该院", "本院", "全院")
        if from_secretary and owner not in own_words:
            return ""
        return (institution_name or owner) + level
    return owner + level


# ---------------------------------------------------------------------------------------------
# People

ROLES = sorted(
    (
        "社区党委书记 党委副书记 党委书记 党总支书记 党支部书记 党组书记 党工委书记 支部书记 副书记 书记 "
        "常务副院长 执行院长 副院长 院长 副主任医师 主任医师 科主任 中心主任 副主任 主任 副站长 站长 副局长 局长 "
        "护士长 村支书"
    ).split(),
    key=len,
    reverse=True,
)
ROLE = re.compile("|".join(ROLES))
# Common surnames (one character; compound ones below). Characters that are far more often
# ordinary words right after a title (和, 全, 向, 都…) are left out on purpose.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文"
    "牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛"
    "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席"
    "卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
    "班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘闻厉伊仝郜阚权帅屠豆朴盖练廉禹井祖漆巴丰卿狄晋初云扈晁芮普阙浦戈伏鹿薄邸"
    "雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅於揭干尉冶斯束檀衣阴昝智幸奉植衡富尧闭于"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容", "夏侯")
# What follows a name and so ends it: 院长秦涛介绍说 -> 秦涛.
_AFTER_NAME = (
    "表示 介绍 说 带 在 和 与 及 等 的 是 也 就 都 还 又 则 把 将 被 给 从 对 向 告诉 指出 强调 认为 来到 坦言 深有 "
    "一行 同志 亲自 率 主持 作 为 讲 谈 称 笑 感叹 解释 透露 回忆 补充 多次 每 先后 要求 提出 代表 上门 看到 了解 "
    "正在 到 去 来 领 陪 同 一 们 曾 已 现 不 很 更 会 要 能 给 上 下"
).split()
_NOT_IN_NAME = set("们院科部委员党书记任的了在是和与及等说也都就对站局医护")


def is_person_name(text: str) -> bool:
    """刘某某, 欧阳某: two to four characters opening on a surname."""
    surname = next((c for c in COMPOUND_SURNAMES if text.startswith(c)), text[:1])
    return 2 <= len(text) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", text) is not None and (surname in SURNAMES or surname in COMPOUND_SURNAMES)


def people(text: str) -> list[PersonData]:
    """Title-then-name mentions (院长秦涛, 党支部书记杨丽萍), in text order, each pair once."""
    found: list[PersonData] = []
    for match in ROLE.finditer(text):
        name = _name_after(text, match.end())
        if not name:
            continue
        person = PersonData(name, _department(text, match.start()) + match.group(0))
        if person not in found:
            found.append(person)
    return found


# A department before a head's title belongs to the title: 耳鼻咽喉科主任, 重症监护室副主任.
_DEPARTMENT = re.compile(rf"[{CJK}]{{1,6}}?(?:科|室|部)$")
_DEPARTMENT_HEADS = ("科主任", "主任", "副主任", "护士长")
_BEFORE_DEPARTMENT = re.compile(rf"^.*(?:[^{CJK}]|[院的在是和与及了该由为作])")


def _department(text: str, role_start: int) -> str:
    role = ROLE.match(text, role_start).group(0)
    if role not in _DEPARTMENT_HEADS:
        return ""
    before = _BEFORE_DEPARTMENT.sub("", text[max(0, role_start - 8) : role_start])
    if role == "科主任":
        return before if 1 <= len(before) <= 6 else ""
    match = _DEPARTMENT.search(before)
    return match.group(0) if match else ""


def _name_after(text: str, start: int) -> str | None:
    """The 2–3 character name at start, if one is there (院长表示 has none)."""
    chunk = text[start : start + 5]
    surname = next((c for c in COMPOUND_SURNAMES if chunk.startswith(c)), chunk[:1])
    if surname not in SURNAMES and surname not in COMPOUND_SURNAMES:
        return None
    given = chunk[len(surname) :]
    length = 2 if len(given) >= 2 and re.fullmatch(rf"[{CJK}]{{2}}", given[:2]) else 1
    if length == 2 and any(given[1:].startswith(word) for word in _AFTER_NAME):
        length = 1
    name = surname + given[:length]
    if not re.fullmatch(rf"[{CJK}]{{2,4}}", name) or any(c in _NOT_IN_NAME for c in name[len(surname) :]):
        return None
    if any(given.startswith(word) for word in _AFTER_NAME):
        return None
    return name


# ---------------------------------------------------------------------------------------------
# Brands

QUOTED = re.compile(r"“(?P<text>[^“”]{2,8})”")
BRAND_SUFFIX = re.compile(
    r"(?:工程|驿站|品牌|工作法|服务站|行动|模式|计划|体系|工作室|先锋岗|示范岗|责任区|服务队|突击队|议事厅|书屋|讲堂)$"
)
NUMBERED = re.compile(rf"^[一二三四五六七八九十两双][{CJK}]")
# Numbers that are ordinary words, periods or grades, not brands: 一站式, 十三五, 三甲.
NOT_NUMBERED = re.compile(
    r"^(?:一些|一起|一直|一定|一切|一般|一致|一样|一点|一下|一同|一站式|十分|双方|两者|十[一二三四五六七八九]五$|[一二三]甲$)"
)
COMBINED = re.compile(rf"^[{CJK}]{{1,4}}\+[{CJK}]{{1,4}}$")
RED = re.compile(rf"^红色[{CJK}]{{2,4}}$")


def brands(text: str) -> list[str]:
    """Quoted party-building brands (“六大工程”, “五邻驿站”, “党建+文化”), in order, once each."""
    found: list[str] = []
    for match in QUOTED.finditer(text):
        phrase = match["text"].strip()
        if _is_brand(phrase) and phrase not in found:
            found.append(phrase)
    return found


def _is_brand(phrase: str) -> bool:
    if re.search(r"[，。！？、：；\s]", phrase):
        return False
    if COMBINED.match(phrase) or RED.match(phrase):
        return True
    if not re.fullmatch(rf"[{CJK}]{{2,8}}", phrase):
        return False
    suffix = BRAND_SUFFIX.search(phrase)
    return bool(suffix and suffix.start() > 0) or bool(
        NUMBERED.match(phrase) and not NOT_NUMBERED.match(phrase)
    )
