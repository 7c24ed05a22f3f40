"""Words that several stages of the loader read by: one list each, imported, never copied.

- CJK: the character class of Chinese text;
- KIND_SUFFIXES: how an institution's name ends, and so what kind of institution it is;
- INSTITUTION_SUFFIX: the same endings as one pattern, for finding names in running text;
- ADMIN_SUFFIXES: how the name of a place ends (省 市 区 县 镇 乡 街道 村 …);
- FUNCTION_WORDS: words that never stand inside a proper name (在 的 和 与 到 …), and the verbs
  that open the phrase before a name (开展 成立 走进 前往 …);
- OTHER_SUFFIXES: health bodies of no listed kind (疾控中心, 卫生学校);
- DATE / DATE_NUMERIC / TIME: how a date or a time is printed (2024年5月16日, 2024-05-16, 10:20);
- NOT_A_VILLAGE: words ending in 村 that name no village (乡村, 全村, 该村);
- OTHER_TRADE_BODIES: the police, market regulation, courts and banks' branches, another trade's bodies.
"""

from __future__ import annotations

import re

CJK = r"\u4e00-\u9fff"

# Hospitals of the nationalities' traditional medicine (蒙医, 藏医, 维医, 瑶医 …) and 民族医院: of the 中医院 kind.
_NATIONALITIES_HOSPITALS = (
    "蒙中医医院", "蒙医医院", "中蒙医院", "藏医医院", "藏医院", "维吾尔医医院", "维医医院", "哈萨克医医院",
    "瑶医医院", "壮医医院", "苗医医院", "傣医医院", "彝医医院", "侗医医院", "土家医医院", "民族医医院", "民族医院",
)

# An outlet's name as it signs a copy (某某日报客户端, 某某网, 某某融媒)
OUTLET = r"[\u4e00-\u9fff]{2,10}(?:客户端|网|报|台|融媒|新闻|\+)"  # (南方+, an app named with a plus)

# 乡村：, 农村：, 全村：, 该村, 一村: words, not a village's name
NOT_A_VILLAGE = re.compile(r"^(?:乡|农|山|渔|新农|美丽乡|全|该|本|各|每|邻|我|此|一|两|三|四|五|六|七|八|九|十|百|千|万)村$")

# The police, market regulation, courts and banks' branches: bodies of another trade beside a case, never
# one of a round-up's units (a bank's head office by 银行 is matched where its scheme names allow)
OTHER_TRADE_BODIES = r"派出所|公安(?:分)?局|警务室|消防救援(?:站|大队|支队)|市场监督管理(?:局|所)|市场监管(?:局|所)|法院|检察院|司法所|支行|分行|信用社"

# 【导语】, 【同期声】, [解说], 【记者出镜】: a broadcast script's markers of who speaks and what is shown
BROADCAST_MARKERS = r"主持人导语|主播导语|导语|正文|解说词?|口播|主持人口播|主持人|播音员|同期声?|现场声|录音报道|出录音|录音|开始曲|结束曲|采访|记者解说|记者出镜|记者述评|记者|出镜|画面[+＋]?解说|画面|字幕"

# The health bodies a report may be about (a commission aside), and those of them below the county
# that a hospital helps (a town's health centre, a community's)
# 点击数：126, 查看数：0: a page's counters of its readers (never a figure of the report)
COUNTERS = "点击数|点击量|浏览次数|浏览量|访问量|访问次数|阅读量|阅读次数|查看数|查看次数|查看量"
HEALTH_KINDS = ("hospital", "tcm_hospital", "township_health_center", "community_health_center")
HELPED_KINDS = ("township_health_center", "community_health_center")
HEALTH_BODIES = (*HEALTH_KINDS, "health_commission")

# Kinds of institution by the end of their name; first match wins, so 中医院 before 医院.
KIND_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "tcm_hospital",
        (
            "中西医结合医院", "中医医院", "中医院", "中医馆", *_NATIONALITIES_HOSPITALS,
        ),
    ),
    ("township_health_center", ("中心卫生院", "镇卫生院", "乡卫生院", "卫生院")),
    ("community_health_center", ("社区卫生服务中心", "社区卫生服务站", "卫生服务中心", "卫生服务站", "社区健康服务中心", "社康中心", "社康站")),
    ("hospital", ("妇幼保健院", "妇幼保健计划生育服务中心", "妇幼保健和计划生育服务中心", "保健院", "防治院", "医院", "分院", "精神卫生中心")),
    (
        "health_commission",
        (
            "卫生健康委员会", "卫生和计划生育委员会", "卫生健康委", "卫健委", "卫生健康局", "卫健局", "卫计委",
            "卫计局", "卫生和计划生育局", "卫生计生局", "卫生计生委", "卫生局", "卫生健康工作委员会", "卫生健康和体育局", "卫生健康体育局",
        ),
    ),
    ("community", ("社区居委会", "村委会", "居委会", "居民区", "社区", "嘎查", "村", "屯")),  # (某镇坡纳屯: a natural village)
)
# A county hospital group's branch (某县总医院某某分院) is what was the town's health centre.
COUNTY_GROUP_BRANCH = re.compile(r"县[\u4e00-\u9fff]{0,4}医院[\u4e00-\u9fff]{1,6}分院$")
TCM_UNIVERSITY_HOSPITAL = re.compile(r"(?:中医药大学|中医学院|中医药学院)(?:第[一二三四五六七八九十]+)?附属(?:第[一二三四五六七八九十]+)?医院$")  # (not 某中医药大学附属南京医院, a city's general hospital)
_OTHER_BODIES = (
    "中心完小", "完全小学", "完小", "小学", "中学", "中心校", "幼儿园", "大学",
    "人民法院", "法院", "人民检察院", "检察院", "派出所", "司法所", "公安分局", "公安局", "消防救援站",
    "农村商业银行", "农商银行", "银行", "支行", "分行", "信用社", "信用联社",
    "有限责任公司", "股份有限公司", "有限公司", "供电所", "供电公司",
    "税务局", "民政局", "医疗保障局", "医保局", "人力资源和社会保障局", "人社局", "市场监督管理局", "市场监管局", "市场监管所",
)
# Health bodies of no kind the portal lists (疾控中心, 卫生学校): institutions all the same.
OTHER_SUFFIXES = (
    "疾病预防控制中心", "疾控中心", "卫生监督所", "卫生健康监督所", "急救中心", "急救指挥中心", "急救站", "血站", "中心血站", "卫生健康职业学院",
    "卫生健康综合执法大队", "职业技术学院", "职业学院", "医学院", "卫生学校", "卫生职业学院",
    # Bodies outside health that the genre reports on as well: schools, courts, police, banks, firms.
    *_OTHER_BODIES,
)

# Endings that make a name an institution when found in running text. Bare 村 and 嘎查 are left
# out here (农村, 乡村 are words), and so is 中医馆 (a department of a health centre).
INSTITUTION_SUFFIX = (
    r"(?:社区卫生服务中心|社区卫生服务站|卫生服务中心|社区健康服务中心|社康中心|社康站|中心卫生院|卫生院|中西医结合医院|中医医院|中医院|人民医院"
    r"|妇幼保健计划生育服务中心|妇幼保健和计划生育服务中心|妇幼保健院|保健院|防治院|"
    + "|".join(_NATIONALITIES_HOSPITALS)
    + r"|精神卫生中心|医院|(?<=[\u4e00-\u9fff]{2})分院|卫生健康委员会|卫生健康委|卫健委|卫生健康和体育局|卫生健康体育局|卫生健康局|卫健局|卫生和计划生育局|卫生计生局|卫生计生委|卫计委|卫计局|社区|村委会|居委会|居民区|嘎查"
    r"|疾病预防控制中心|疾控中心|卫生健康监督所|卫生监督所|急救指挥中心|急救中心|急救站|卫生健康综合执法大队|中心血站|血站|卫生健康职业学院|卫生职业学院|职业技术学院|职业学院|医学院|卫生学校"
    + "|" + "|".join(sorted(_OTHER_BODIES, key=len, reverse=True))
    + r"|(?:(?<=[镇乡道][\u4e00-\u9fff])|(?<=[镇乡道][\u4e00-\u9fff]{2})|(?<=[镇乡道][\u4e00-\u9fff]{3}))(?:村|屯)(?![卫小医民干组级庄]|[\u4e00-\u9fff]{0,2}村)"
    r")"
)

# Characters that are never part of an institution's or a place's name (在, 的, 与 …): where the
# words before a name end.
NEVER_IN_NAME = frozenset("在的是到于对由让给把被向从为将了说及与同并距")

ADMIN_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "街道", "省", "市", "区", "县", "旗", "盟", "州", "镇", "乡", "村", "苏木", "嘎查")

# Words that open the phrase before a name but are not part of it.
FUNCTION_WORDS = frozenset(
    "在 的 是 到 于 和 与 同 对 由 让 给 把 被 向 从 为 将 了 说 及 并 也 还 又 即 既 但 而 或 就 都 已 已经 曾 "
    "来到 走进 走入 深入 前往 赴 去 来 到达 进入 联合 携手 邀请 组织 依托 通过 协调 联系 帮助 帮扶 支持 指导 陪同 "
    "开展 成立 建立 建成 组建 设立 打造 位于 地处 地址 隶属 属于 作为 担任 获评 荣获 获得 被评为 评为 入选 "
    "以 按照 根据 围绕 针对 面向 结合 立足 聚焦 坚持 推动 推进 持续 积极 主动 不断 先后 分别 共同 一起 日前 近日 "
    "今年 去年 近年来 目前 同时 此外 其中 另外 这 那 该 本 其 各 每 全 这是 一家 一所 "
    "光靠 仅靠 只靠 全靠 单靠 依靠 共有 现有 拥有 下辖 现辖".split()  # (光靠社区干部干不完: no 光靠社区; 某市共有乡镇卫生院23家: no name)
)

# Words a report opens a clause with before its subject: 近年来，某某医院…; 6月12日，某某社区….
OPENERS = (
    r"近年来|今年以来|去年以来|近期|近日|日前|目前|如今|当前|为此|同时|此外|另外|据悉|据了解|记者了解到"
    r"|\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?"
)

DATE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
DATE_NUMERIC = re.compile(r"(?P<year>(?:19|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})")
TIME = re.compile(r"(?<!\d)(?P<hour>[01]?\d|2[0-3])[:：](?P<minute>[0-5]\d)(?::[0-5]\d)?(?!\d)")


def iso_date(year: str | int, month: str | int, day: str | int) -> str | None:
    """2024, 5, 16 -> "2024-05-16"; None for a date that cannot be."""
    year, month, day = int(year), int(month), int(day)
    if not (1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_date(text: str) -> str | None:
    """The first date printed in text, in either form, as YYYY-MM-DD."""
    for pattern in (DATE, DATE_NUMERIC):
        for match in pattern.finditer(text):
            date = iso_date(match["year"], match["month"], match["day"])
            if date:
                return date
    return None


# A unit's own offices that send its reports in (来源：党办, （宣传科 某某）, …。（党委办公室）): no outlet, no institution
OFFICES = r"党委办公室|党政办公室|党政办|综合办公室|综合办|办公室|党办|院办|宣传科|宣传部|宣传处|宣传办|宣传中心|党群工作部|党委工作部|党建办"


# Where a public account's post was sent from, after its time (2023-05-22 20:10 广东)
PROVINCES = "北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门"
