"""Figures read out of case text: "现有党员430名" -> MetricData(党员, 430, 名, party_members).

Why a module of its own: newspaper reports about 党建 work are full of numbers that are NOT
achievements — years and dates (2021年, 2月10日), clock times (15:09), ordinals (第二人民医院,
第一批), people's ages (78岁), phone numbers, house numbers (88号) and numerals that are part of
a name or slogan (六大工程, 一张网, 三个一). A figure only counts here when a measure word from
a known list follows it (名 个 场 平米 元 % …); small Chinese numerals additionally need a measure
word that really counts people, party units or time, since "一张网" and "三张清单" are slogans.

Each figure keeps the clause it was read from (text between Chinese punctuation), a short label
(the noun it counts, read after the figure — 65条便民举措 — or before it — 床位300张), a qualifier
(余/多 more_than, 以上/不少于 at_least, 近/约/左右 about) and a category for the portal's filters.
"由原来的2个工作日缩短为半个工作日" is one metric with a previous value.

Pure Python, no Django: tested without a database.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

import cn2an

from .entities import COMPOUND_SURNAMES, SURNAMES
from .names import words
from .rules import Rule, first_match, rule
from .types import MetricData

__all__ = ["extract_metrics", "parse_number"]

# --- numbers -----------------------------------------------------------------------------------

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_ASCII_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A Chinese numeral starts with a digit word (三千, 十二, 两百); 百姓 / 千条线 / 万众 do not count.
# (十二点六万人次, 二点一万: a decimal written out; not a clock's 两点四十, 九点半)
_CN_NUMBER = rf"[一二两三四五六七八九十][{_CN_DIGITS}]*(?:点[零〇一二三四五六七八九]+(?![零〇一二三四五六七八九十分])[万亿]?)?|[百千万](?=[余多])|(?<=[超近逾])[百千万]|(?<![上下前后大多])半"
_MULTIPLIERS = {"千": Decimal(1_000), "万": Decimal(10_000), "千万": Decimal(10_000_000), "亿": Decimal(100_000_000)}  # (6千余人次)
_BARE_ORDERS = {"百": Decimal(100), "千": Decimal(1000), "万": Decimal(10_000)}
_ASCII_WITH_MULTIPLIER = re.compile(rf"^({_ASCII_NUMBER})([万亿]?)$")


def parse_number(text: str) -> Decimal:
    """"6.2万" -> 62000, "三千" -> 3000, "1.5" -> 1.5, "两" -> 2, "半" -> 0.5; ValueError otherwise."""
    text = text.strip()
    if text == "半":
        return Decimal("0.5")
    if text in _BARE_ORDERS:  # 百余场, 超百场, 千余人
        return _BARE_ORDERS[text]
    match = _ASCII_WITH_MULTIPLIER.match(text)
    if match:
        value = Decimal(match.group(1).replace(",", "")) * _MULTIPLIERS.get(match.group(2), Decimal(1))
        return _tidy(value)
    decimal = re.fullmatch(r"(.+点[零〇一二三四五六七八九]+)([万亿])", text)
    if decimal:
        # 十二点六万: cn2an reads the decimal, the order after it multiplies it
        return _tidy(parse_number(decimal.group(1)) * _MULTIPLIERS[decimal.group(2)])
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError) as error:
        raise ValueError(f"not a number: {text!r}") from error
    try:
        return _tidy(Decimal(str(value)))
    except InvalidOperation as error:
        raise ValueError(f"not a number: {text!r}") from error


# 二三十, 三四, 一两, 十七八: two neighbouring digits say “about so many”, not a count.
_NUMERAL_RANGE = re.compile(r"[一二两三四五六七八九][一二两三四五六七八九]")


def is_numeral_range(text: str) -> bool:
    return bool(_NUMERAL_RANGE.search(text))


def _tidy(value: Decimal) -> Decimal:
    """62000.0 -> 62000 and 1.50 -> 1.5, without switching to exponent notation."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


# --- units ---------------------------------------------------------------------------------------

# (written form, unit stored). Longest first so 人次 wins over 人, 平方公里 over 公里.
_UNITS: list[tuple[str, str]] = [
    ("个百分点", "个百分点"),
    ("个多百分点", "个百分点"),
    ("个工作日", "工作日"),
    ("个小时", "小时"),
    ("个多小时", "小时"),
    ("个多月", "个月"),
    ("个月", "个月"),
    ("平方公里", "平方公里"),
    ("平方米", "平方米"),
    ("公顷", "公顷"),  # 耕地面积1260公顷 (the northeast's farms are counted so)
    ("工作日", "工作日"),
    ("平米", "平米"),
    ("公里", "公里"),
    ("人次", "人次"),
    ("件次", "件次"),
    ("场次", "场次"),
    ("针次", "针次"),
    ("剂次", "剂次"),
    ("户次", "户次"),
    ("台次", "台次"),
    ("人天", "人天"),
    ("天次", "天次"),
    ("人日", "人日"),
    ("张次", "张次"),
    ("例次", "例次"),
    ("小时", "小时"),
    ("分钟", "分钟"),
    ("元", "元"),
    ("%", "%"),
    ("℃", "℃"),
    ("摄氏度", "℃"),
    ("台（套）", "台（套）"),
    ("台（件）", "台（件）"),
    ("件（套）", "件（套）"),  # 中医馆设备12件（套）
    ("件(套)", "件（套）"),
    ("台(件)", "台（件）"),
    ("批次", "批次"),
    ("个批次", "批次"),  # 配送药品1200多个批次
    ("班次", "班次"),
    ("个班次", "班次"),
    ("台套", "台套"),  # 智能随访设备200台套
    ("台件次", "台件次"),  # 维修医疗设备1200台件次
    ("台件", "台件"),  # 更新诊疗设备8台件
    ("人份", "人份"),
    ("车次", "车次"),
    ("架次", "架次"),
    ("课时", "课时"),
    # 1.1万辆次, 巡诊村庄20个次: a count of times, like 人次
    *((unit, unit) for unit in "辆次 个次 村次 家次 所次 项次 条次 轮次 篇次 期次 趟次 组次 队次 站次 床日 床次 名次 只次 头次 份次".split()),
    ("头只", "头只"),  # 牲畜存栏2.2万头只: cattle and sheep counted together
    ("学时", "学时"),
    ("治疗量", "治疗量"),  # 机采血小板6100余治疗量: a blood centre's measures (全血15.8万单位, 献血量3万毫升)
    ("毫升", "毫升"),
    ("单位", "单位"),
    ("台(套)", "台（套）"),
    ("面（封）", "面（封）"),  # 锦旗、感谢信210余面（封）: one count of both, as printed
    ("面(封)", "面（封）"),
    *((unit, unit) for unit in "名人位个家所条项件场次起例张间台套亩剂针支户床批期篇本份组处座辆天米年把串盏块棵册幅封通栋幢部副趟轮堂节株盒袋箱吨对种单包斤门笔扇分成贴艘料面头只车宗段瓶罐桶顶枚杯眼"),  # (矛盾纠纷64宗, 责任河段11段, 发放药茶两万余杯, 新打机井4眼)
]
UNIT_FORMS = sorted({form for form, _ in _UNITS}, key=len, reverse=True)
_UNIT_OF = dict(_UNITS)

_TIME_UNITS = {"工作日", "小时", "分钟", "天", "个月", "年"}
# Measure words that count real things even after a small Chinese numeral (两支队伍, 三家医院).
_COUNTABLE_CN = {"支", "家", "所", "场", "场次", "批", "辆", "台", "间", "栋", "幢", "处"}
_PERSON_UNITS = {"名", "人", "位"}
_PARTY_UNITS = re.compile(r"党委|党总支|党支部|党小组|支部|党组织|网格|团队|小组|队")
# 两个工业园区, 三个山村: places and posts counted by a small numeral
_PLACES_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:园区|山村|村|社区|小区|乡镇|街道|科室|服务站|站点|基地|驿站|中心)")
_PARTIES_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:共建单位|单位|党支部|支部|医院|党组织)")
_BODIES_OF = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:党支部|支部|单位|医疗机构|机构|医院|学校|党组织)(?:的(?:党员|医务人员|医护人员|医生|干部|职工|师生|学生)|\d)")
_TOGETHER = re.compile(r"共建|结对|签约|联建|双方|三方|携手|联合|交流|书记表示|轮流|共同|一起|一同")
_TEAM_BEFORE = re.compile(r"(?:队|团|小组|党支部|支部|党小组|网格)$")
_TEAM_AFTER = re.compile(r"^[\u4e00-\u9fff“”]{0,8}?(?:队|团|小组)")

_NUMBER = re.compile(
    rf"(?P<prefix>不少于|不小于|不低于|至少|最少|超过|突破|将近|接近|大约|(?<![签预节公契条制相邀大履特婚践违守简隐婉续缔爽毁])(?<!规民)约|近|逾|(?<![彩B])超)?"
    rf"(?P<number>(?<![\d.,A-Za-z])(?:{_ASCII_NUMBER})|(?<![{_CN_DIGITS}半])(?:{_CN_NUMBER}))"
    rf"(?P<more>[余多])?"
    rf"(?P<multiplier>(?<=\d)千万|[万亿]|(?<=\d)千(?![米克瓦卡]))?"
    rf"(?P<more2>[余多])?"
    rf"(?:(?P<unit>{'|'.join(map(re.escape, UNIT_FORMS))})"
    rf"|(?P<people>(?<=[万亿余多])(?=人民群众|群众|居民|人口|常住人口|户籍人口|常住居民|村民|患者|农户|农民|职工))"
    rf"|(?P<noun>(?<=\d)大(?=[\u4e00-\u9fff]{{2}})|(?<![第一二三四五六七八九十两][两三四五六七八九十])(?<=[两三四五六七八九十])大(?=[\u4e00-\u9fff]{{2}}))"
    rf"|(?P<bare>(?:(?<=[万亿])|(?<=[万亿][余多]))(?=$|[，。；、）)])))"
    rf"(?P<post>以上|左右|之多)?"
)

# 约占四成, 大约有300人, 近达…: "about" said before the verb that leads to the number
_ABOUT_BEFORE_VERB = re.compile(r"(?<![签预节公契条制相邀大履特婚践违守简隐婉])(?<!规民)(?:约|大约|将近|接近)(?:占(?:[\u4e00-\u9fff]{1,12}的)?|为|是|有)(?:到)?$")  # (约占医院总诊疗量的62%)
_BARE_COUNTED = re.compile(r"(?:人口|居民|群众|(?<=[务约诊检])人|(?P<unit>人次|户))(?:数|量)?(?:约|近|达到?|超过?|逾|共|有)?$")

_QUALIFIERS = {
    "余": "more_than", "多": "more_than", "逾": "more_than", "超": "more_than", "超过": "more_than", "突破": "more_than",
    "以上": "at_least", "不少于": "at_least", "至少": "at_least", "最少": "at_least", "不小于": "at_least", "不低于": "at_least",
    "近": "about", "将近": "about", "接近": "about", "约": "about", "大约": "about", "左右": "about",
}

# --- what is not a metric ---------------------------------------------------------------------

_ORDINAL_BEFORE = re.compile(r"第$")
_PHONE_BEFORE = re.compile(r"(?:电话|热线|手机|传真|邮编|电邮|QQ)[:：]\s*[\d-]*$|(?:电话|热线|手机|传真|邮编)\s*[\d-]{3,}$|(?:住在|家住|位于|住)$")
_IDIOM_BEFORE = re.compile(r"最后$")  # 打通“最后1公里”
# 海拔800多米, 距县城60公里, 坐车1个多小时: the setting of a story (离退休 is no distance)
_DISTANCE_BEFORE = re.compile(r"海拔|(?<!车)沿着?[\u4e00-\u9fff]{0,4}行驶|[东西南北]行驶|里程(?:表)?(?:显示|读数)|距离|相距|距|离(?![退休职岗任])|车程|路程|约需|需要|要花|得花|坐车|步行|开车|驱车|骑车|要跑|得跑|跑了|最远|最近|驻地[东西南北]{0,2}|[东西南北]{2}方向")
# A quotation in the first person: a resident's or a doctor's words, whose numbers are their own.
# (我们, 我院 speak for the institution: their numbers are the report's; ‘我为群众办实事’ is a campaign's name).
_SPEECH = re.compile(r"“[^“”]{0,200}?(?:我(?![们院市县区镇局委中所校站]|为群众办实事)|我们一家|我们家(?!庭)|俺)[^“”]{0,200}?”")
_NAME_CLOSE = re.compile(r"^[^，。；：！？、“”]{0,4}”")

# What opens a plan, not work done: in the clause before a figure, and in the clause before one.
PLAN_WORDS = (
    r"(?<![按原”])计划(?![，。；、”生免内外]|$)|打算|谋划(?=把|将|在|于|再|向|新建|建设|推广|开展|增加|扩大|新增)|准备(?=把|再|在|于|新建|年内|年底|明年)|我们要|要实现|(?<!免疫)规划(?=建设|新建|到|在|于|用|床位|面积|总)|(?<![模比])拟(?!定)|力争|预计|有望|即将(?:硬化|建成|建设|开工|修建|新建|改造|扩建|投用|投入使用|启用|竣工|开通|落成)的"
    r"|争取(?=在|于|年底|年内|明年|早日|实现|完成|达到|让|全面|尽快|用|创建|建成|新增|建设|打造|获批|再)|(?<!兑现|践行|履行|落实)承诺(?=将|在|于|年内|年底|今年|明年|\d|[一二三四五六七八九十两])|(?<![为的])目标是?(?![，,、”]|$|考核|管理|责任|任务|导向|体系|要求)|(?<!既)(?:定|立|提出|确定|明确|设定)了[\u4e00-\u9fff]{0,4}目标$|(?<![实现达成完])的目标是|(?<![去上\d])年底前(?:要)?(?:实现|完成|建成)|确保(?=[\u4e00-\u9fff]{0,3}(?:年底前|年内|今年底|明年|到(?:19|20)\d{2}年|(?:19|20)\d{2}年底前|\d{1,2}月底前))(?![^，。；]{0,16}了)|确保(?=[\u4e00-\u9fff、]{1,16}率)|下一步|明年|今后|(?:建成|投用|运行|投入使用)后"
    r"|(?<![已曾])将(?:(?:协调|引进|增设|配备|安装|筹建)(?![^，。；]{0,8}的)|(?:帮助|协助)(?![^，。；]{0,24}(?:作为|列为|当作|当成|视为))|每(?=季度|月|周|年|半年)|把|总结|派出|选派|派驻|下派|组建|组织(?!关系)|成立|设立|建立|招募|发动|动员|在|于|为|继续|进一步|持续|再|新增|新建|新修|修建|硬化|铺设|建成|实现|达到|覆盖|完成|推广|建设|打造|逐步|全面|改造|加装|开展|启动|实施|投入|开工|着力|争取|推动|扩大|创建|突破|超过|以(?=[^，。；]{1,16}为))(?!的)"  # (将以此次签约为起点，…: what comes next)
    r"|(?<![已曾])将从(?![业事])(?![^，。；]{0,12}的)"  # (将从其职工中遴选…; not 已将从业人员…, 将从各科室抽调的…: 将 as 把)
)

# 要把…, 要让…: an aim, which is a plan where a figure follows it in its clause (not a clause of its
# own that the next one goes on from: 始终要把群众放在心上，中心新增床位50张)
_AIM = r"(?<![需只主重必想])要(?:把|让|使|确保|力争|保持在|稳定在|达到)"

# When a body, or a department, began: 建院之初，医院仅有职工11人 (the clause after a hospital's
# or a department's founding that tells how little it had is history too).
_FOUNDING = r"(?:建院|建科|成立|创建|组建|始建|创办|建站|建所|开院|开诊|建起来|分设|分立|独立建院|独立运行|挂牌(?:成为[\u4e00-\u9fff]{2,10}?)?)(?:之初|时|初期|伊始)"
_FOUNDING_CLAUSE = re.compile(
    r"(?:建院|建科|建站|建所|建室|开院|开诊)(?:之初|时|初期|伊始)$|(?:启动|起步|实施|开办|试点|成立|创办|组建)之初$"
    r"|(?:建院|始建|创建|成立|创办|建科|(?<=[院心站所室])建)于(?:19|20)\d{2}年$"  # 医院建院于1958年，当年仅有中医师4人; 中心建于2003年，当时只有…
    r"|^(?:19|20)\d{2}年[\u4e00-\u9fff]{0,8}(?:刚|初|启用|建成|落成|成立|开业|投用)[\u4e00-\u9fff]{0,6}时$"  # 1987年他刚到院里时，全院只有11名医护人员
    r"|前身是(?:19|20)\d{2}年(?:成立|建立|创办|组建)的[\u4e00-\u9fff]{2,12}$"  # 卫生院前身是1958年成立的公社卫生所，当时只有3名医生
    r"|^早在(?:19|20)\d{2}年$"  # 早在2006年，内科仅有医生6名: how things stood long ago
    r"|挂牌(?:成为[\u4e00-\u9fff]{2,10}?)?(?:之初|时)$"  # 2019年挂牌成为县人民医院分院时，院内仅有执业医师9名
)
# (建院于1952年的某妇幼保健院，当年…; 该中心建成于2009年，当年仅有…)
_FOUNDED_IN = re.compile(r"(?:建院|始建|创建|成立|创办|建科|建成|开诊|投用)于(?:19|20)\d{2}年(?:的[\u4e00-\u9fff]{2,24})?$")
_HAD_ONLY = re.compile(r"仅|只有|只|^(?:当)?时有")
# A memorial or museum a party day visits, and what it holds or covers
_MEMORIAL_SITE = re.compile(r"纪念馆|陵园|陈列馆|展览馆|博物馆|旧址|纪念碑|纪念园|故居|革命遗址|红色教育基地|党性教育基地|爱国主义教育基地")
_SITE_S_OWN = re.compile(r"讲解员(?:讲述|介绍|讲解|生动)|接待(?:参观者|观众)|参观者|讲述(?:了|的)|陈列(?!馆)|展出|展陈(?!馆)|馆藏|收藏|珍藏|安葬|长眠|占地(?:面积)?|建筑面积|始建于|(?:历史|革命)?(?:照片|文物|史料|展品)|分为.{0,30}(?:单元|展区|展厅|部分)")
# A sentence that tells the history a red site keeps (1934年10月，…8.6万余人在此集结; 土地革命时期，全县先后有…):
# from the clause that opens it, the sentence's numbers are that history's
_HISTORY = re.compile(r"^(?:18\d{2}|19[0-4]\d)年\d{1,2}月|^(?:在)?(?:土地革命|抗日战争|解放战争|革命战争|战争|革命)(?:时期|年代|期间)")
# 80多年前，五位壮士…: a clause of long ago (40多年前，某村还是穷山沟，如今…: the clauses after it are now)
_LONG_AGO = re.compile(r"(?:[4-9]\d|[1-9]\d\d)多?年前")
_BUILT = re.compile(r"建成|建起|新建|打造|投资|投入|改造|修建|筹建|收集|整理|征集|编印|编写")
_THEN_HAD_ONLY = re.compile(r"^[“‘]?(?:那时候?|那会儿?|当时|彼时|起初|最初)[，,]?[\u4e00-\u9fff]{0,10}?(?:只有|仅有|只剩|仅剩)")
# 去年同期, 2023年全年同期: the period a figure is compared with
_LAST_YEAR_SAME_PERIOD = r"(?:(?:19|20)\d{2}年|去年|上年|前年|上一年)(?:全年)?同期"

# Clauses whose numbers tell how a scheme works, what each unit picked, or what is planned: the
# text before a figure, in its clause, is matched against these.
NOT_FIGURES: list[Rule] = [
    rule(
        r"(?:家住|(?<![入居])住在|居住在)[\u4e00-\u9fff]{0,8}(?:小区|安置区|花园|新村|苑|里|园|号院|公寓|大厦|楼)$",
        "where someone lives (家住惠民里5幢): a building's number in an address, not a count",
        ["家住惠民里", "住在幸福小区", "居住在东风新村"],
        ["住院", "入住老人", "家庭医生签约", "党员专家在服务点", "住在敬老院的", "为家住偏远山村的留守儿童", "为居住在余村的老年人"],
    ),
    rule(
        r"积分(?:可|能)(?:抵|兑换|换|折合)(?:扣|现金)?$",
        "what a point is worth (1积分可抵1元): a rule of the points scheme, not a figure",
        ["1积分可抵", "每个积分可兑换", "积分可抵扣"],
        ["累计发放积分", "兑换积分", "村民累计用积分兑换", "群众积分兑换"],
    ),
    rule(
        r"(?:村集体|集体|公司|企业|农户|合作社|村民|脱贫户|运营方|投资方)(?:股份|分红|收益)?(?:占|按)$|拿出(?:其中的|其|收益的|利润的)$",
        "how the shares or the earnings are split (村集体占30%、公司占50%, 拿出其30%用于分红): a rule of the scheme, not a figure",
        ["村集体占", "公司占", "农户占", "拿出其", "拿出收益的"],
        ["党员占比", "村集体经济收入", "村集体占股", "拿出", "村集体分得", "拿出收益"],
    ),
    rule(
        r"(?:双方|两家单位|双方单位)的?(?:(?:(?:党员|党员干部|干部|职工|青年|志愿者)(?:代表)?|代表)(?:共|约|近)?|共)$|(?:民警|辅警|干警|法官|检察官|消防员|银行职工|企业职工)与(?:社区|村|街道)[\u4e00-\u9fff]{0,8}共$",
        "both partners' representatives together (双方党员代表20余人参加): no one body's count",
        ["双方党员代表", "支行党支部书记某某、某村党支部书记某某及双方党员代表", "两家单位党员代表", "签约结束后，双方党员共", "民警与社区网格员共", "某村党支部书记某某及双方党员"],
        ["双方共同", "双方签订协议后，医院已派出专家", "两个支部共"],
    ),
    rule(
        r"^(?:该村|该社区|村里的?|社区的?)?(?:结对共建|共建|结对|帮扶|联建|合作|结对帮扶)(?:单位|企业|医院|伙伴)[^，。；]{0,16}?(?:(?:为|向|给)[\u4e00-\u9fff]{0,6}?(?:社区|村|居民|群众|村民|小区|辖区)|投入|捐赠|捐助|捐资|派出)"
        r"|^挂钩(?:帮扶)?[^，。；]{0,10}?的[\u4e00-\u9fff]{2,16}?(?:局|委|办|公司|医院|单位|中心)(?:机关)?(?:党支部|党委|党总支)?(?:捐|捐资|捐赠|捐款|投入|出资)",
        "what a partner, named by its role, gives or does (共建单位去年为社区提供义诊服务43场): the partner's, not the case's",
        ["共建单位去年为社区提供义诊服务", "合作企业某某物业也先后投入资金", "结对医院每月派出", "该村结对帮扶单位——市某集团党委今年已投入帮扶资金", "结对共建单位市某局机关党支部向某村捐赠", "挂钩帮扶某村的县某局捐资"],
        ["共建单位达到", "与共建单位联合开展义诊", "新增共建单位", "各结对单位累计开展联合主题党日", "结对单位共开展巡回义诊"],
    ),
    rule(r"(?:^|[，；（(])即(?:由|每|以|在)?|^即|就是(?:由|每)", "explains a scheme's name (1+1+N，即由1个党支部…)", ["即由", "即每个党支部确定", "以“1+3+N”联盟为载体（即1家县级医院牵头、"]),
    rule(
        r"(?:各(?![类项种级界地族方部门位])[\u4e00-\u9fff]{0,10}?(?:分别|各自|均|都)[\u4e00-\u9fff]{0,6}|(?:每个|每名|每位|每支|每户|每人|每一个|每组|每队|每个小组|每片|每班|每股)[\u4e00-\u9fff“”、\d]{0,30}|(?:每栋|每幢|每座|每所|每家)[\u4e00-\u9fff“”]{0,8}?(?:配备|配有|设有|设立|安排|由|选派|派出|派驻|明确|确定|落实|聘请|(?:至少|均|都)?有)[\u4e00-\u9fff“”、\d]{0,24}|(?:每次|每批|每场|每期|每轮)[\u4e00-\u9fff]{0,4}(?:出诊|下乡|进村|派出|派员|安排|抽调|选派|组织|由)[\u4e00-\u9fff]{0,4}|(?:每周[一二三四五六日天]?|每月|每天|每日)[\u4e00-\u9fff]{0,6}由)$",
        "a per-unit choice or ratio (各支部分别选定1个村)",
        ["各支部分别选定", "每名党员联系", "每个网格由", "医疗队每次由", "每周三下午由", "党员每人联系", "各村均配备", "每次出诊不少于", "每个“健康药箱”内配备降压、降糖等常用药品", "每个网格由1名党员牵头、", "分成3个小组，每组", "每栋楼宇配备1名楼长、"],
        ["各类活动共", "医院党委共组织各党支部与"],
    ),
    rule(
        r"(?:人|名|位|户|家|个单位|家企业)各(?:自)?(?:捐|捐资|捐款|捐赠|出资|资助|认捐|奖励|补助|获得|领取|发放)[\u4e00-\u9fff]{0,2}$|^(?:并|再|另)?配$",
        "what each of a few gave (三人各捐资3万元), and the rest of a unit's make-up (每个网格由1名党员牵头，配1名家庭医生)",
        ["乡贤王某、李某三人各捐资", "两家企业各捐赠", "配", "并配"],
        ["各类企业捐资", "为村卫生室配备", "共捐资"],
    ),
    rule(
        r"联合[^，。；开现共有组为在]{2,20}?(?:医护人员|医务人员|医生|工作人员|志愿者|干部|党员)$",
        "the partner's people who join the case's own (党员26人，联合某卫生院医护人员7人): the partner's count",
        ["联合福安市社口镇卫生院医护人员", "联合辖区派出所民警和社区志愿者"],
        ["联合开展义诊，服务群众", "组织党员医生", "联合县医院开展健康讲座社区党总支现有党员"],
    ),
    rule(
        r"^[“‘]?(?:那时候?|那会儿?|彼时)的[^，。；！？]{0,16}$",
        "how a place stood then (那时的某村欠着20多万元外债): history, not the case's figure",
        ["那时的某村欠着", "那时候的卫生院只有"],
        ["从那时起，累计", "那时起"],
    ),
    rule(
        r"每(?:天|日|晚|夜|周|月|季度?|年|半月|班)[\u4e00-\u9fff]{0,4}(?:派出|安排|抽调|选派|轮派|派驻|下派|派)[\u4e00-\u9fff]{0,8}$",
        "who is sent how often (每周派出医护人员2名)",
        ["每周派出医护人员", "每月安排专家", "医院每半月派"],
        ["每月开展义诊，累计", "每天为"],
    ),
    rule(r"\d(?:至|到|~|～|－)$", "the upper end of a range (2至3个): a span, not a count", ["每次2至", "培训3到"], ["增加到", "由原来的80种增加到"]),
    rule(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:时|点)$", "the minutes of a time of day (上午8时30分, 下午两点四十分)", ["当天上午8时", "晚上7点", "下午两点"], ["用时", "耗时", "重点"]),
    rule(
        r"(?:1[89]\d{2}|19[0-8]\d)年(?:(?!以来|至今|迄今|到现在|到目前|现有|目前|如今|现在)[^，。；！？]){0,20}$",
        "history told on a visit (1934年10月中央红军8.6万余人…): a year long gone opens the figure's clause",
        ["聆听1934年10月中央红军", "1958年全县"],
        ["1985年建院以来累计接诊", "2019年", "自1978年至今累计", "始建于1958年的该院现有编制床位"],
    ),
    rule(
        r"(?:较|比|与)(?:去年|上年|前年|上一年|同期|(?:19|20)\d{2}年|上半年|年初|建设前|改造前|原来|(?:结对|帮扶|托管|共建|签约)前|[一二两三四五六七八九十\d]{1,2}年前)[^，。；！？]{0,8}的(?:[\u4e00-\u9fff]{1,6}?(?:数|量|人次))?$"
        r"|(?:较|比)[\u4e00-\u9fff]{1,8}?(?:成立|建立|实施|开展|运行|建设|改造)前(?![期沿列端夕])[^，。；！？]{0,8}的$"
        r"|(?:较|比)[\u4e00-\u9fff]{0,6}?(?:成立|建立|建设|运行|建院|开诊|创建|签约|结对|帮扶|托管|共建|启动|实施|开展)之初的$"
        r"|(?:低于|高于|优于|超过|少于|多于)(?:全国|全省|全市|全州|全县|全区|全旗|省|市|县|区)(?:平均|均值)(?:水平)?的$",  # 低于全市平均的78元 (低于全市平均水平5元: by how much)
        "a comparison's base (较去年同期的43.2万人增加5.4万人, 低于全市平均的78元): what the figure is compared with",
        ["较去年同期的", "比去年同期的", "较2022年的", "较结对前的", "较合作社成立前的", "较三年前的", "较2021年的签约人数", "较建设之初的", "低于全市平均的", "高于全省平均水平的"],
        ["较去年同期增长", "比去年多", "服务人次比", "还在人口较多的", "低于全市平均水平"],
    ),
    rule(
        r"[（(][^（）()]{0,6}?(?:(?:19|20)\d{2}年|去年|上年|前年|上一年)(?:同期|底|末)?(?:为|是|仅为|只有)?$",
        "a comparison's base in brackets (占比达61.3%（2023年同期为57.1%）): what the figure is compared with",
        ["基层诊疗量占比达61.3%（2023年同期为", "（去年同期为", "(上年为"],
        ["（其中党员", "（含"],
    ),
    rule(
        rf"(?:^|[，,；;]\s*)(?:而|比较而言，?)?(?:{_LAST_YEAR_SAME_PERIOD}[\u4e00-\u9fff]{{0,10}}?|(?:去年|上年|上一年)全年|(?<=而)(?:(?:19|20)\d{{2}}年|去年|上年|前年)这一(?:数字|数据|比例|指标)(?=仅为|只有|仅有|仅))(?:为|是|仅为|只有|仅有)$",
        "a comparison's base after its figure (同比增长11.8%，上年同期为31.04万人次; …，而2022年这一数字仅为71%): what the figure is compared with",
        ["，上年同期为", "，而2021年同期为", "；去年同期仅为", "；去年全年为", "2021年同期全系统签约服务为", "，而2022年这一数字仅为"],
        ["，同期为群众", "去年同期增长"],
    ),
    rule(
        r"(?<![由从])(?:帮扶|结对|托管|改造|建设|共建|签约|实施|开办|启用|运行|整治)前(?:，)?(?:仅为|仅有|只有|才有|仅|只|为|是)$",
        "how things stood before the scheme (住院1860人次，帮扶前仅为1100人次): the baseline, not the case's figure",
        ["帮扶前仅为", "改造前只有", "托管前为"],
        ["由帮扶前的", "帮扶前后"],
    ),
    rule(
        rf"(?:{_FOUNDING}|(?:启动|起步|实施|开办|试点)之初|最初|起初|当初|(?:那时候?|那会儿)(?:还)?(?:只有|仅有|仅)|(?:建成|落成|投用|投入使用|启用|开业)(?:之初|时)(?:还)?(?:只有|仅有|仅)|(?:刚来|刚到|初到|刚进院|刚参加工作)(?:的时候|时)[\u4e00-\u9fff]{{0,8}}?(?:只有|仅有|才有))(?:(?!提|增|降|减|至|到|变|为)[^。；！？]){{0,16}}$",
        "how things stood at the founding or at a scheme's start (1953年建院时仅有医护人员12名, 项目启动之初年筛查量仅2000人): history, not the case's figure",
        ["1953年建院时，医院仅有", "2019年挂牌成为县人民医院分院时，院内仅有执业医师", "建院之初只有", "成立时仅有", "医院2012年从县人民医院分设时仅有职工", "从最初只有", "建科之初仅有麻醉医师", "2019年项目启动之初，全县年筛查量仅", "2016年新院区投用时仅有床位", "我刚来的时候院里只有"],
        ["建院以来累计", "成立以来共开展", "由最初的45%提升至", "项目启动以来累计筛查"],
    ),
    rule(
        r"(?:下达|分配|分解|承担)的?[\u4e00-\u9fff]{0,8}?(?:任务|指标)数?(?:为|是|共)?$|^(?![^，。；]*完成)[^，。；]*?(?:任务|指标)(?:数|量)?(?:为|是)$",
        "a quota handed down (县里下达的筛查任务为9300人): what is asked, not what was done",
        ["今年县里下达的筛查任务为", "上级分配的指标为", "全县今年“两癌”筛查任务为"],
        ["超额完成筛查任务", "完成任务"],
    ),
    rule(
        r"(?:单次|每次|每批|每轮|每期)[\u4e00-\u9fff]{0,8}?(?:时间|时长|周期)[\u4e00-\u9fff]{0,4}$",
        "how long each stint lasts (驻点专家单次驻点时间不少于6个月): a rule of the scheme, not time given",
        ["驻点专家单次驻点时间不少于", "每批驻点时长"],
        ["累计驻点时间"],
    ),
    rule(
        r"(?:战争年代|革命年代|抗战时期|抗日战争时期|解放战争时期|土地革命(?:战争)?时期|红军时期|长征时期)[，,]?(?:全[县村乡镇区市]|当地|这里)?(?:共有|有|先后有|就有)?$",
        "the revolution's history (革命战争年代10万多名某地儿女参军参战): a place's past, not the case's figure",
        ["革命战争年代", "土地革命时期，全县有"],
        ["战争", "时期", "村里修缮抗战时期旧址", "整理红军时期革命故事"],
    ),
    rule(
        r"曾(?:经)?(?:高达|低至|达到?|一度|只有|仅有?|不足)$|(?<![第每年])一度(?:超过|高达|多达|达到?|只有|仅有?|不足|低至|降至|降到|跌至|下降到)?$|(?:当时|那时候?|那会儿|(?<![至止到])(?:19|20)\d{2}年时)(?:还)?(?:只有|仅有|仅|才有|不足)(?:[\u4e00-\u9fff]{0,6}|[^，。；]{0,16}、)$",
        "where a figure once stood (贫困发生率曾高达19%): history, not the case's figure",
        ["2015年时贫困发生率曾高达", "该院2005年时仅有1间诊室、", "曾经只有", "门诊量曾一度", "2018年才开设儿科，当时只有", "那时只有", "当时仅有医务人员", "当时只有3间土坯房、", "全村撂荒梯田一度超过", "门诊量一度降至"],
        ["曾获评", "每年一度", "截至2024年时仅剩"],
    ),
    rule(
        r"(?:不用|不必|无需|不再|再也不用)[\u4e00-\u9fff]{0,4}?(?:跑|走|骑|坐|排|等|赶)[\u4e00-\u9fff]{0,6}$",
        "what no longer has to be done (再也不用跑20多公里): the trouble spared, not work counted",
        ["再也不用骑摩托跑", "不用跑", "不再需要排"],
        ["不断", "不少于"],
    ),
    rule(
        r"(?:经过|历经|走过了?)$",
        "how long it took or has been (经过四十多年发展): a span, not work counted",
        ["经过", "科室历经"],
        ["经过治疗，已有", "经过筛查发现"],
    ),
    rule(
        r"(?:他|她|我|他们|她们|我们)家(?!庭)|自家|一家人|一家老小|全家|一家(?=去年|今年|每年|一年)|光[\u4e00-\u9fff]{1,8}就[\u4e00-\u9fff]{0,4}$|省下[\u4e00-\u9fff]{0,2}$"
        # (一个月能挣2000多元, 托管后能多收, 一公斤能卖到200多元: what one household can earn or sell)
        r"|(?<![赋储节功产智性技才本职动效体热电可只])能(?:挣|赚|多收|多挣|增收)到?(?:个|上)?$"
        r"|(?:一|每)(?:公斤|斤|亩|个|只|头|箱|盒|棵)[\u4e00-\u9fff]{0,4}能卖到?$|(?:一年|每年|一个月|每月|[一两三几]个月)能(?:收入?|挣|赚|拿|有)到?$",
        "one household's own story (他家今年种了15亩白莲, 一家人年收入8万多元, 光路费一年就省下300多元, 一个月能挣2000多元)",
        ["他家今年种了", "我家老伴", "一家人年收入", "张某一家去年卖石榴收入", "去年光卖鲜叶就收入", "光路费一年就省下", "一个月能挣", "旺季两个月能收入", "托管后能多收", "古树茶一公斤能卖"],
        ["家庭医生签约", "新建一家卫生室", "引进一家企业投资", "我们家庭医生团队今年已签约", "产能达", "功能室", "智能设备", "可能有", "以党建赋能", "现在每天能有", "高峰时一天能到", "全村今年的茶叶能卖到"],
    ),
    rule(
        # (9个党支部将与…结对: who pairs up is no plan; 将与居民签订的1200份协议: 将 is 把)
        rf"(?:(?:{PLAN_WORDS}|{_AIM})[^。；！？]{{0,30}}|将(?:分别)?与(?!会)[^。；！？]{{0,30}}(?<!的))$",
        "a plan, not work done (将在18个…设立)",
        ["下一步将在全镇", "计划再建", "这条即将硬化的通组路全长", "力争年底前完成", "将在全镇", "力争辖区65岁以上老年人健康管理率达到", "计划把“医社共建”模式推广到全县",
         "明年医院将争取创建市级重点专科", "将从其", "县卫生健康局今年还将帮助某村建设", "医院6个临床党支部将分别与某镇", "中心将与街道下辖", "到2025年村集体经济收入将突破", "接下来将推动联盟成员单位扩大到",
         "“我们的目标是今年签约数再增加", "今年要把全县", "要让县域内就诊率稳定在", "年底前实现小区党支部覆盖率", "确保年底前党支部达标率达到", "确保重点人群随访率不低于", "今年村里还将新修生产路"],
        ["将原有", "将近", "将与会人员分成", "医院党委将帮助群众解决就医难题作为重点，去年共帮助困难群众减免医疗费用", "计划生育协会组织志愿者", "需要把", "主要让", "去年底前完成了"],
    ),
]

# A selection the case took part in (申报案例326个, 评出优秀案例30个, 参评的47个品牌): the contest's numbers, not the case's.
_CONTEST = re.compile(r"(?:报送|申报|推荐|参评|评选|遴选|评出|入围|征集|收到)[^，。；]{0,12}案例|案例[^，。；]{0,6}(?:中脱颖而出|评选)|(?:参评|参选|参赛)的\d+个[^，。；]{0,8}中|\d+个[^，。；]{0,8}?(?:参评|参选|参赛)|(?:从|在)[^，。；]{0,6}?\d+[个家项名支所件][^，。；]{0,12}?中(?:脱颖而出|胜出|突围)")

_ONE_GROUP_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:编为|编成|结为|划为)(?:一|1)(?:组|个小组|个网格|队|片)")

# A count of one in a clause that sets up a scheme (结对, 牵头, 联系, 任, 负责) is part of its rules.
_SCHEME_WORDS = re.compile(r"结对|牵头(?![建成组打开完实办])|统筹|联系|包联|包保|担任|任[^务何]|负责|分管|带领|带动|对接|挂钩|每|各|与\d")

# 每个团队由1名党员医生牵头 …, then ，配备1名护士: how each unit is made up, over two clauses (not 配备楼栋信息员47名,
# a total after it)
_PER_UNIT_SET_UP = re.compile(r"(?:每个|每一个|每支|每组|每队)[^，。；]{0,12}?(?:由|配备|配有|包括|设)")
_SET_UP_GOES_ON = re.compile(r"^(?:并|另|还|同时)?(?:配备|配有|配齐|包括|含|另配|由)")

# Words that open with a measure word's character: after a number they are not its unit.
_WORDS_OPENING_WITH_A_UNIT = frozenset(
    "户籍 户口 户外 个人 个体 个性 名单 名称 名额 位置 家庭 家属 所有 所属 条件 条例 件事 场所 次日 次年 期间 期限 "
    "组织 处理 座谈 批准 份额 本地 张贴 台阶 支持 人员 人口 天然 年龄 年度 年底 年初 把关 块头 通知 通过 部门 部分 单位 包括 "
    "支部 成员 成效 成果 成立 成功 成为 成绩 成本 成熟 成长 分之 分别 分局 分院 分会 分队 分中 分类 分级 分批 分组 分片 分工 分享 贴心 面积 面向 面对 面貌 面临 面上 面前 面广 头等 头号 头脑 头雁 只有 只要 只是 只能 车辆 车间 车位 车站 车程 车次 车队 车上".split()
    # 外科二支部 is a branch's name; 3成员, 五分之一 are no figures in 成 or 分
)

# --- labels ---------------------------------------------------------------------------------------

_LABEL_CHARS = re.compile(r"[A-Za-z\u4e00-\u9fff“”‘’]+")
_BRACKET_CUT = re.compile(r".*[）)”】》」]")
_LEAD_TRIM = re.compile(r"^(?:(?:天|周|个月|小时)(?:时间)?(?:里|内)|各类|各项|各种|各级|全院|全区|全县|全市|全镇|全省|全街道|全社区|全体|其中|累计|共计|共有|共(?![享建同])|已有|已|等(?!级)|“|‘)+")
_VERBS = (
    "开展|推出|现有|建成|建立|组建|打造|成立|设立|新建|新增|累计|共计|共有|完成|开创|选树|颁发|召开|征集|化解|"
    "解决|提供|兑换|兑现|划分为?|下设|吸纳|认领|制定|举办|培养|惠及|整合|更新|储备|配备|设置|设有|参加|拥有|"
    "上升|下降|提高|提升|增加|增至|达到|合计|总计|开放|投入|收集|缩短|减少|压缩|降低|降至|减至|控制在|添置|购置"
)
_TAIL_TRIM = re.compile(
    rf"(?:(?:由|从)(?:原来|原先|以前|过去)?的?|原有|原来的?|平均|{_VERBS}|"
    r"[达至到为是有共已将等了均都的和与及在”’])+$"
)
_CUT_BEFORE = re.compile(rf".*(?:{_VERBS}|等(?![候级待])|[为向在将把给与和及的了由从达至到有已])(?=.)")
_STOP_WORDS = (
    r"完成|通过|开展|参加|参与|进行|实行|实施|获评|评为|获得|提供|实现|开通|正在|组建|成立|入选|荣获|得到|受到|主动|共同|联系|"
    r"全部|分别|积极|纳入|划入|加入|进入|惠及|覆盖|缩短|减少|降低|提高|提升|增加|上升|下降|优化|调整|以上|左右|分成|分为|组成"
)
_STOP_AFTER_AT_START = re.compile(rf"^(?:{_STOP_WORDS}|[的和与及或等为被给由从到至均都已也还并是每”])")
_STOP_AFTER = re.compile(rf"{_STOP_WORDS}|[的和与及或等为在向把将被给由从到至均都已也还并是每各“”]|(?<![结配针相面])对")  # (6个村党支部结对: no 对 of "to")
_TRAILING_PLACE = re.compile(r"(?<=..)[中内里]$")
_MAX_LABEL = 10

# A figure followed by an achievement verb counts what was achieved: 21家完成了胸痛救治单元建设,
# 103人组建“月亮堡”夜巡队, 4980名适龄妇女完成免费乳腺癌筛查, 305名同志通过高级职称评审.
_ACHIEVEMENT_VERB = re.compile(r"^(?:完成了?|通过了?|组建了?|成立了?)")
_OBJECT_TAIL = re.compile(r"(?:建设|工作|任务|评审|评定|考核)$")
_OBJECT_LEAD = re.compile(r"^(?:免费|了|各类|一批)")
# Nouns that say only "people": the achievement after them is the better label.
_PLAIN_PEOPLE = re.compile(r"(?:同志|人员|职工|干部|人|群众|居民|妇女|儿童|老人|学生|患者)$")
# Nouns too general to label a figure alone: 开展义诊宣传等活动66场 -> 义诊宣传活动.
_GENERIC_NOUNS = ("活动", "工作", "服务", "问题", "事项", "项目", "举措", "措施")
# 每月1次, 半月1次, 每周2次: a frequency, not a figure achieved.
_FREQUENCY_BEFORE = re.compile(r"(?:每|半)(?:天|日|周|月|季度?|年|半年|学期)?(?:至少|最少|不少于|固定)?$")
# 1名委员联系5名党员: a ratio of a scheme, not a count.
_RATIO = re.compile(r"\d+[名个位户](?:[\u4e00-\u9fff]{1,6}?)(?:联系|结对|包联|帮带|带动|对接|包保)\d+[名个位户]|(?<![\d.])1[名个位户][\u4e00-\u9fff]{1,6}?带\d+[名个位户]|由1[名个位][\u4e00-\u9fff]{1,6}?(?:和|与|搭配)1[名个位]")
# “1名党员全科医生+1名护士+N名志愿者”, “1个党委+4个临床支部+N个先锋岗”: the make-up of a scheme.
_COUNT_IN_SCHEME = r"(?:\d+|[一两二三四五六七八九十]|[NnXx])[名个位支家项条户]?[\u4e00-\u9fff]{0,10}"
_SCHEME_MAKE_UP = re.compile(rf"{_COUNT_IN_SCHEME}(?:\+{_COUNT_IN_SCHEME})+")
# 每餐8元, 每公斤收购价50元, 单价, 售价: the price of one, not a sum.
_PRICE_BEFORE = re.compile(r"(?:每(?:餐|份|斤|公斤|千克|吨|碗|盒|只|头|瓶|袋|积分|1分|一分)|单价|收购价|售价|均价|票价|价格)[\u4e00-\u9fff]{0,6}$")
# 剩余的7项任务, 尚有3户: what is still to do, not work done.
_REMAINING_BEFORE = re.compile(r"(?:剩余|剩下|还剩|尚有|尚未|仍有)的?$")
# 7项任务将在年底前完成: the figure's own clause goes on to a plan.
_PLAN_AFTER = re.compile(rf"^[^，。；！？]{{0,12}}?(?:{PLAN_WORDS})")
# 由45分钟缩短至20分钟以内: the value before a limit the time was brought within
_BASE_OF_A_LIMIT = re.compile(r"^[^，。；]{0,4}?(?:缩短|下降|减少|降低|压缩|降|减)(?:至|到|为)[^，。；]{0,10}?(?:以内|之内)")
# 开展志愿服务2600余小时: hours of service given are work measured
_SERVICE_GIVEN = re.compile(r"服务(?:时长|时间)?(?:达|共|累计|超过?)?$")
# 3条服务链为支撑, X个党员先锋岗为触角: a part's role in a scheme's explanation
_SCHEME_ROLE = re.compile(r"^[\u4e00-\u9fff“”]{0,10}?为(?:核心|支撑|触角|纽带|抓手|主体|基础|依托|骨干|龙头|载体|支点|两翼|保障)(?:[，。；、]|$)")
# A span of time is a figure only where the report measures time (等候时间缩短为…, 平均…, 控制在…);
# 突发胸痛半小时, 24小时“一号通”热线 and 20分钟持续按压 tell a story or a service.
_TIME_MEASURED = re.compile(r"时间|时长|每次|每天|每日|累计|平均|缩短|减少|压缩|控制在|提速|节省|节约|用时|耗时|等候|候诊|坐诊|驻村|驻点|值守|下沉")

# --- before -> after pairs ---------------------------------------------------------------------

# 由上年同期的82.3%提升至88.6%, 从2020年的1860元降至去年的1120元, 由2021年全年的236台增至今年1至9月的318台
_PAIR_START = re.compile(r"(?:由|从|原有|原来的?|原先的?)[^，。；：！？由从到至为]{0,10}?的?(?:不足|不到|仅)?$")
_PAIR_BETWEEN = re.compile(r"^[^，。；：！？]{0,12}?(?:为|至|到)(?:(?:19|20)\d{2}年)?[^，。；：！？\d]{0,6}(?:\d{1,2}至\d{1,2}月)?的?$")

# --- categories ---------------------------------------------------------------------------------


# Clauses end at Chinese punctuation but not at 、: an enumeration (正、副高级职称) is one clause,
# and labels stop at 、 by themselves since it is not a label character.
_CLAUSE_SPLIT = re.compile(r"[，。；：！？\n]+")
_SAME_PERIOD_BEFORE = re.compile(rf"(?:而|相比之下|对比)?{_LAST_YEAR_SAME_PERIOD}")


@dataclass
class _Found:
    metric: MetricData
    start: int  # where the figure (with its prefix qualifier) starts in the clause
    end: int
    before_label: str
    after_label: str


def extract_metrics(paragraphs: list[str]) -> list[MetricData]:
    """Every counted figure in the paragraphs, in reading order."""
    metrics: list[MetricData] = []
    seen: dict[tuple, list[MetricData]] = {}  # figures by value, unit and qualifier
    for paragraph in paragraphs:
        paragraph = _SPEECH.sub("“”", paragraph)  # “我的3万元养老钱…”: what a resident says of himself
        paragraph = _RESIDENT_SPEECH.sub(_without_a_resident_s_words, paragraph)
        paragraph = _PLANNED_SENTENCE.sub("", paragraph)
        paragraph = _SCHEME_GLOSS.sub(r"\1", paragraph)
        for sentence in _SENTENCE_SPLIT.split(paragraph):
            after_plan = after_founding = explaining = False
            clauses = [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c.strip()]
            if _RESIDENT_STORY.match(sentence.lstrip("“”")):
                clauses = [c for c in clauses if _COLLECTIVE.search(c) or _SERVED.search(c)]
            # “1+3+N”模式，即1个社区党委牵头，…3支力量协同，N个共建单位…: the parts of the scheme's name
            parts = {p for formula in _FORMULA.findall(sentence) for p in re.findall(r"\d+", formula)}
            # 构建“1+2+N”工作体系：1个党委牵头，2个党支部具体负责…: the parts told after a colon
            told_after = {m.group(1).strip() for m in _FORMULA_COLON.finditer(sentence)}
            for number, clause in enumerate(clauses):
                # (…，全年共开展义诊3次: work done, after the explanation, is counted)
                explaining = bool(parts) and (
                    clause.startswith("即")
                    or clause in told_after
                    or (explaining and not _WORK_DONE.search(clause) and bool(re.search(r"(?<![\d.])(?:" + "|".join(parts) + r")(?![\d.])|[NnXx][个名支项条家]", clause)))
                )
                if explaining and not clause.startswith("即") and not re.search(r"下设|组建|成立|建立|设立|建成|培育|打造", clause):
                    continue  # (…，下设4个小区党支部: what the case set up under the scheme is its own)
                if number and _PER_UNIT_SET_UP.search(clauses[number - 1]) and _SET_UP_GOES_ON.match(clause) and all(int(n) <= 3 for n in re.findall(r"\d+", clause)):
                    continue  # 每个团队由1名党员医生牵头，配备1名护士和1名公卫人员: each team's make-up, told on
                if _PASSED_MARK.search(clause) and number + 1 < len(clauses) and _REACHED.match(clauses[number + 1]):
                    continue  # 医疗业务收入首次突破1亿元，达到1.02亿元: the mark passed, then the figure reached
                # 去年患者满意度为91%，今年提升至95.2%; “以前胸痛病人…，平均要100多分钟，现在…控制在…: where it
                # stood, right before what it is now (in the clause that says when, or the one after it)
                past = _BEFORE.match(clause) or (number and _BEFORE.match(clauses[number - 1]) and not re.search(r"\d", clauses[number - 1]))
                if past and number + 1 < len(clauses) and _NOW_CHANGED.match(clauses[number + 1]):
                    continue
                if after_founding and _HAD_ONLY.search(clause):
                    after_founding = False
                    continue  # 建院之初，医院仅有职工11人: how things stood then
                if _HISTORY.search(clause):
                    break  # 1934年11月，3名女红军借宿…: the history a site keeps, to the sentence's end
                if _LONG_AGO.search(clause):
                    continue
                if _SITE_S_OWN.search(clause) and _MEMORIAL_SITE.search(sentence) and not _BUILT.search(sentence):
                    # 烈士陵园…占地面积约280亩，安葬着烈士200余名: the site a 主题党日 visits, not the case's
                    # (村里新建红色教育基地，占地面积500平方米: what the case built is its own)
                    continue
                then = number and re.fullmatch(r"[“‘]?(?:那时候?|那会儿?|当时|彼时|起初|最初|(?:[4-9]\d|[1-9]\d\d)多?年前)", clauses[number - 1])
                if _THEN_HAD_ONLY.match(clause) or (then and re.search(r"只有|仅有|只剩|仅剩", clause)):
                    continue  # 那时候，院里只有11名职工; 当时村集体账上只有1.8万元; 60年前，这里只是一间仅有3名助产士的接生站: how things stood then
                # (建院于1952年的某妇幼保健院，当年仅有…: how it stood then, not 成立于2020年的某队，仅今年就…)
                after_founding = bool(_FOUNDING_CLAUSE.search(clause)) or bool(
                    _FOUNDED_IN.search(clause) and number + 1 < len(clauses) and re.match(r"(?:当年|当时|那时)", clauses[number + 1])
                )
                if number and _SAME_PERIOD_BEFORE.fullmatch(clauses[number - 1]):
                    continue  # 去年同期，分院门诊量为3万人次: last year's, told after this year's
                if after_plan and not _DONE.search(clause):
                    # 医院将开工建设新楼，新增床位200张: the clauses after a plan's are planned too, to the
                    # sentence's end (力争…突破3万人次，新增床位20张，签约率提高到95%以上), unless one
                    # says what is done (计划开展20次，已完成8次) or when (今年以来…)
                    after_plan = not _WHEN_DONE.search(clause)
                    continue
                for metric in _clause_metrics(clause):
                    if metrics and metrics[-1].phrase in sentence:
                        _name_a_change_by_its_rate(metric, metrics[-1], clause)
                    same = seen.setdefault((metric.value, metric.unit, metric.qualifier), [])
                    if not _repeats(metric, same):
                        same.append(metric)
                        metrics.append(metric)
                after_plan = bool(_PLAN.search(clause))
    return metrics


_UNNAMED_CHANGE = re.compile(r"同比|环比|(?:较|比)(?:上年|去年|前年|同期|上年同期|去年同期|(?:19|20)\d{2}年)?")


def _name_a_change_by_its_rate(metric: MetricData, rate: MetricData, clause: str) -> None:
    """就诊率达到89%，较上年同期的84%提高5个百分点: points with no name of their own (个百分点, 较上年) are the
    change of the rate the sentence named just before."""
    if metric.unit != "个百分点" or rate.unit != "%" or not (metric.label == metric.unit or _UNNAMED_CHANGE.fullmatch(metric.label)):
        return
    change = re.search(r"(提高|提升|增长|上升|下降|降低|增加|减少)了?(?=[\d.]+个百分点)", clause)
    metric.label = rate.label + (change.group(1) if change else "")
    metric.category = _category(metric.label, metric.unit)


# “1235”工作思路（坚持一个核心，建强两支队伍…）: what a scheme's numbered name stands for, in brackets
_SCHEME_GLOSS = re.compile(r"(“[^“”]{0,4}[\d一二两三四五六七八九十][^“”]{0,6}”[\u4e00-\u9fff]{0,6})[（(](?![^（）()]*(?:累计|开展|接待|完成|服务(?:群众|居民|患者)|共计?\d|达到?\d))[^（）()]{4,80}[）)]")
_WORK_DONE = re.compile(r"开展|提供|服务(?![队站中体模团型])|完成|累计|全年|今年|共(?!建|同)|为[^，。；]{0,10}\d")
_FORMULA = re.compile(r"(?<![\d.])\d+(?:\+(?:\d+|[NnXx]))+")
_FORMULA_COLON = re.compile(r"(?<![\d.])\d+(?:\+(?:\d+|[NnXx]))+[”\"]?[\u4e00-\u9fff]{0,8}[：:]([^，。；：]+)")


# A clause on how things stood (去年…为91%) before one that says they changed (今年提升至95.2%)
_BEFORE = re.compile(r"^[“‘]?(?:去年|上年|前年|此前|以前|过去|原来|改造前|开展前|\d{4}年)")
# (“以前…平均要100多分钟，现在我们控制在了68分钟以内: where it stood, then what it is now)
_NOW_CHANGED = re.compile(r"^(?:今年|目前|现在|如今|\d{4}年)?[\u4e00-\u9fff]{0,4}?(?:提升|提高|上升|增长|增加|下降|降低|缩短|减少|降)(?:至|到)|^(?:现在|如今|目前)[\u4e00-\u9fff]{0,8}?(?:控制在|缩短|降|减|只要|只需|仅需|不用|无需|不再)")
_PASSED_MARK = re.compile(r"(?:突破|超过|迈上|跨越)[\d一二三四五六七八九十百千万亿.]+[万亿]?[\u4e00-\u9fff]{0,3}$")
_REACHED = re.compile(r"^(?:达到?|为|实现)[\d.]+")
_CN_DIGIT_AFTER = re.compile(r"([一二三四五六七八九])(?![\u4e00-\u9fff]?[成万千百十个%])")
_SENTENCE_SPLIT = re.compile(r"(?<=[。！？；])")
_DONE = re.compile(r"已经|已|累计|目前|截至|完成了|下设的|现有")  # (…，由医院下设的14个党支部轮流…: what it has, in a plan)
_WHEN_DONE = re.compile(r"以来|去年|上年|上半年|前三季度|截至|今年|全年|共(?!建|同)|了(?!解)")
_PLAN = re.compile(PLAN_WORDS)


# 下一步，…计划…，力争…: a sentence that opens on what comes next tells plans all through.
_PLANNED_SENTENCE = re.compile(r"(?:^|(?<=[。！？；]))(?:下一步|下步|下一阶段|下阶段|接下来|今后|未来|明年)[，,][^。！？；]*[。！？；]?")


# A resident's own story: what one villager earns, grows or sells is his, not the place's. A
# sentence opens on him (村民马某原先…, 70岁的独居老人王某家的3亩地, 他家7亩茶园…), or a quote is
# his (“…今天领回来4200元…”村民冯某说; 党员牧民某某…“每月有3500元工资…”). Officials (书记, 主任)
# speak for their place, and what the village does as a whole (全村, 村集体) stays its figure.
_RESIDENT = r"(?:村民(?!委员会|委会|小组|代表|议事|理事)|居民(?!区|小组|代表|议事|委员会)|牧民|农户|农民|脱贫户|种植户|养殖户|贫困户|低保户|困难户|独居老人|空巢老人|留守老人|老人|大爷|大妈|大娘|阿姨|老汉|返乡青年)"
_A_NAME = r"(?:" + "|".join(COMPOUND_SURNAMES) + r"|[" + "".join(sorted(SURNAMES)) + r"])[\u4e00-\u9fff]{1,2}?(?=家|说|原先|原来|以前|过去|早年|今年|去年|如今|现在|从|在|一家|夫妇|是|靠|把|和|的|通过|承包|流转|利用|年收入|年纯收入|发展|开办|经营|办起|[领拿用种养开卖挣入当成带拎背抱算笑正刚已也还又都就]|[，,])"
_BEFORE_A_RESIDENT = r"(?:(?:(?![为给帮替])[^，。；“”]){0,12}(?:的|村|社区|嘎查|族))?"  # (70岁的独居老人…, 某村村民…, 傈僳族村民…; not 社区为辖区的…)
_RESIDENT_STORY = re.compile(
    r"^(?:(?:今年|去年|如今|现在|眼下|目前|近日)[，,])?" + _BEFORE_A_RESIDENT + _RESIDENT + _A_NAME + r"|^[他她](?:们)?家(?!庭|属|门口)"
    r"|^”?" + _BEFORE_A_RESIDENT + _RESIDENT + r"(?!们)[\u4e00-\u9fff]{2,8}?(?:说|笑着说|告诉记者)[，,：:]"  # (牧民某某说，他家去年…)
)
_RESIDENT_SPEECH = re.compile(
    r"“[^“”]{0,200}”(?=[，,]?" + _BEFORE_A_RESIDENT + _RESIDENT + r"(?!们)[^，。；“”]{0,6}?(?:说|笑|感慨|算|告诉|高兴|乐|把|拿|指着|掰着|一边|家|[，,。]))"
    r"|(?P<speaker>(?:^|(?<=[。！？]))" + _BEFORE_A_RESIDENT + _RESIDENT + r"(?!们)[\u4e00-\u9fff]{2}[^“”。！？]{0,30}?[，,：:]?)“[^“”]{0,200}”"
)
_COLLECTIVE = re.compile(r"全村|村里|村集体|集体经济|全社区|全嘎查|嘎查集体|合作社(?:今年|去年|共|累计|已)")
_SERVED = re.compile(r"(?:为|给|帮|替|向)(?:他|她|老人|其)|医生|医护|团队|服务队|志愿者")  # (…，家庭医生团队为他上门调整用药近20次: the case's work)


def _without_a_resident_s_words(match: re.Match) -> str:
    """A resident's quote goes, but not one that tells the case's work for him (“医生今年已经上门12次了。”)."""
    words = match.group(0)[len(match["speaker"] or "") :]
    return match.group(0) if _SERVED.search(words) else (match["speaker"] or "") + "“”"


_WORDED_PERCENT = re.compile(r"百分之([零一二两三四五六七八九十百点]+)")


def _as_percent(match: re.Match) -> str:
    try:
        return f"{parse_number(match.group(1)).normalize():f}%"
    except ValueError:
        return match.group(0)


def _repeats(metric: MetricData, earlier: list[MetricData]) -> bool:
    """将全镇23个村卫生室纳入… 实现23个村卫生室远程诊断: the same count of the same thing, told again
    (the same label, or the earlier figure printed again whole); 8个党支部 and 网格党支部8个 differ.
    earlier holds the figures of the same value, unit and qualifier."""
    printed = f"{metric.value.normalize():f}{metric.unit}"
    # (两支“杏林红”党员志愿服务队 … 两支服务队利用周末…: the count again, by its head noun)
    head = _after_the_count(metric.phrase, metric.unit)[:3]
    return any(
        m.phrase != metric.phrase
        and (
            m.label == metric.label
            # (…41例麻风疑似病例逐一复核。…，41例均排除: the count again, with no words of its own, pointed back by 均;
            # not …建成“健康小屋”，共23个: a count of the clause before)
            or (metric.label in ("", metric.unit) and re.search(re.escape(printed) + r"(?:均|都|全部|全都|皆)", metric.phrase) is not None)
            or (len(m.label) >= 2 and printed + m.label in metric.phrase)
            or (len(head) == 3 and head in _after_the_count(m.phrase, m.unit)[:14])
            # (设党支部21个…从全院21个党支部中抽调: the label again, after the verb it was read with)
            or (len(head) == 3 and metric.phrase.count(printed) == 1 and re.sub(r"^[\u4e00-\u9fff]{0,4}?(?:下设|设有|设立|设|现有|共有|拥有|有|建有)", "", m.label) == head)
            # (与3所学校签订… 此次签约的3所学校在…: the count again, pointed back to)
            or (len(head) >= 2 and printed + head[:2] in m.phrase and bool(re.search(r"(?:此次|本次|这|上述|以上|签约的|结对的)[^，。；\d]{0,3}" + re.escape(printed + head[:2]), metric.phrase)))
        )
        for m in earlier
    )


def _after_the_count(phrase: str, unit: str) -> str:
    """两支“杏林红”党员志愿服务队 -> 杏林红党员志愿服务队: the words right after a count and its unit."""
    count = _count_in(unit).search(phrase)
    return re.sub(r"[“”‘’]", "", phrase[count.end() :]) if count else ""


@cache
def _count_in(unit: str) -> re.Pattern:
    return re.compile(r"(?:\d+|[一二两三四五六七八九十百千万]+)" + re.escape(unit))


def _clause_metrics(clause: str) -> list[MetricData]:
    clause = _WORDED_PERCENT.sub(_as_percent, clause)  # 百分之九十九点二 -> 99.2%
    found: list[_Found] = []
    segment_start = 0
    for match in _NUMBER.finditer(clause):
        item = _read_figure(clause, match, segment_start)
        if item is not None:
            found.append(item)
            segment_start = match.end()
    return [f.metric for f in _merge_pairs(clause, found)]


def _unit_read(clause: str, match: re.Match) -> str | None:
    if match["bare"] is not None:
        # 常住人口约4.2万, 门急诊人次达到2.4万: the count's unit stands in what it counts
        counted = _BARE_COUNTED.search(clause[: match.start()])
        return (counted.group("unit") or "人") if counted else None
    return _UNIT_OF[match["unit"]] if match["unit"] else ("个" if match["noun"] is not None else "人")


# 建成胸痛、卒中、创伤三大中心: what was built, counted; 三大中心全部通过认证, 红军三大主力: a name's number
_BUILT_BEFORE = re.compile(r"(?:建成|新建|建设|组建|打造|建起|开设)[^，。；]{0,20}$")


def _read_figure(clause: str, match: re.Match, segment_start: int) -> _Found | None:
    unit = _unit_read(clause, match)
    if unit is None or not _counts(clause, match, unit):
        return None
    if match["noun"] is not None and not match["number"].isdigit() and not _BUILT_BEFORE.search(clause[: match.start()]):
        return None
    value = parse_number(match["number"])
    if match["multiplier"]:
        value = _tidy(value * _MULTIPLIERS[match["multiplier"]])
    end = match.end()
    more_after = False
    if unit == "成":
        tenth = _CN_DIGIT_AFTER.match(clause, match.end())
        end = tenth.end() if tenth else end
        # 近三成: about 30 per cent; 九成五: 95 per cent; 两成多: more than 20
        value, unit = _tidy(value * 10 + (parse_number(tenth.group(1)) if tenth else 0)), "%"
        more_after = not tenth and clause[end : end + 1] in ("多", "余")
        end += 1 if more_after else 0
    if value == 1 and _SCHEME_WORDS.search(clause):
        return None  # 1个党支部与1个社区结对, 1名院领导任网格长: how a scheme is set up, not a count
    if first_match(NOT_FIGURES, clause[: match.start()]) or _CONTEST.search(clause):
        return None
    if value == 1 and re.match(r"[“‘]?带不走", clause[end:]):
        return None  # 打造一支带不走的医疗队: a slogan's "one team that stays", not a count
    before = _before_label(clause[segment_start : match.start()])
    rest = clause[end:]
    after = _after_label(rest)
    bare = not after and (not before or _PLAIN_PEOPLE.search(before))
    if unit not in ("%", "个百分点", "元") and (bare or (_PLAIN_PEOPLE.search(after) and "党员" not in after)):
        after = _object_label(rest[rest.find(after) + len(after) if after else 0 :]) or after
    label = after or before or unit
    if unit == "人" and rest.startswith("口"):
        label = "人口"  # 5.6万人口
    metric = MetricData(
        label=label,
        value=value,
        unit=unit,
        qualifier="more_than" if more_after else "about" if _ABOUT_BEFORE_VERB.search(clause[: match.start()]) else _qualifier(match),
        category=_category(label, unit),
        phrase=clause,
    )
    return _Found(metric, match.start(), end, before, after)


@dataclass(frozen=True)
class _Figure:
    """A number where it stands in its clause, with the unit it was read in."""

    clause: str
    match: re.Match
    unit: str

    @property
    def number(self) -> str:
        return self.match["number"]

    @property
    def before(self) -> str:
        return self.clause[: self.match.start("number")]

    @property
    def after(self) -> str:
        return self.clause[self.match.end() :]

    @property
    def small(self) -> bool:
        return not self.number.isdigit() or int(self.number) <= 12


@dataclass(frozen=True)
class NotCounted:
    """A number that looks like a figure and is not one: what it is, with clauses where the number
    marked 〔〕 is this (examples) and where it is not (counterexamples)."""

    test: Callable[[_Figure], bool]
    meaning: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...] = ()


NOT_COUNTED: list[NotCounted] = []


def _not_counted(meaning: str, examples: tuple[str, ...], counterexamples: tuple[str, ...] = ()):
    def register(test: Callable[[_Figure], bool]) -> Callable[[_Figure], bool]:
        NOT_COUNTED.append(NotCounted(test, meaning, examples, counterexamples))
        return test

    return register


@_not_counted("a place whose name begins with a numeral", ("〔九〕台区卫生健康局", "〔四〕家子镇卫生院", "〔五〕台县人民医院", "宁海路街道〔五〕台山社区是老旧小区"))
def _place_name(f: _Figure) -> bool:
    return _starts_a_place_name(f.clause, f.match.start("number"))


@_not_counted("an ordinal, a phone number, an address, an idiom", ("第〔3〕批党员", "家住〔3〕栋", "打通“最后〔1〕公里”"))
def _ordinal_phone_idiom(f: _Figure) -> bool:
    return bool(_ORDINAL_BEFORE.search(f.before) or _PHONE_BEFORE.search(f.before) or _IDIOM_BEFORE.search(f.before))


@_not_counted(
    "how often (a year's work is counted: 每年200余次)",
    ("每月〔1〕次进科室", "每月至少进村〔2〕次", "每周播出〔2〕期", "每批驻点〔3〕个月"),
    ("每年开展义诊〔200〕余次",),
)
def _frequency(f: _Figure) -> bool:
    return f.small and bool(
        _FREQUENCY_BEFORE.search(f.before)
        or (f.unit in _TIME_UNITS and re.search(r"每(?:批|期|轮)[\u4e00-\u9fff]{0,4}$", f.before))
        or (f.unit in ("次", "回") and re.search(r"每(?:[天日周月季年]|学期)", f.before))
        or (f.unit in ("期", "场", "批", "趟") and re.search(r"每[天日周月季](?:度)?[\u4e00-\u9fff]{0,4}$", f.before))
    )


@_not_counted(
    "the two of them (两人 as a pronoun, a couple or a pair the story follows)",
    ("〔两〕人结婚24年", "夫妻〔两〕人常常一周见不上几面"),
    ("选派党员医生〔两〕人常驻村里", "其中〔2〕人获评省级优秀第一书记"),
)
def _the_two_of_them(f: _Figure) -> bool:
    return f.number in ("两", "二", "俩") and f.unit == "人" and re.fullmatch(r"(?:夫妻|夫妇|他们|她们|母女|父子|母子|父女|兄弟|姐妹|师徒|婆媳)?", f.before) is not None


@_not_counted(
    "a notice's period in working days",
    ("公示时间为2024年11月18日至11月24日（〔5〕个工作日）", "公示期为〔5〕个工作日"),
    ("出院结算时间由原来的3个工作日缩短为〔半〕个工作日",),
)
def _notice_period(f: _Figure) -> bool:
    return f.unit == "工作日" and bool(re.search(r"(?:公示|公告|异议)[^，。；]{0,24}$|[（(]$", f.before))


@_not_counted(
    "the time a round of work took (用10天时间走遍全乡12个村), not time given",
    ("用〔10〕天时间走遍全乡", "花了〔半〕个月时间跑遍全镇", "历时〔一〕个月，走遍全镇12个行政村"),
    ("累计服务〔120〕天", "使用〔2〕年的设备"),
)
def _time_it_took(f: _Figure) -> bool:
    return f.unit in _TIME_UNITS and bool(re.search(r"(?<![使费作应利运采享食饮试信])(?:用|花|历时|耗时)了?(?:近|约|将近)?$", f.before)) and (
        f.after.startswith("时间") or re.search(r"历时(?:近|约|将近)?$", f.before) is not None
    )


@_not_counted(
    "a bed's number on a ward (推开12床的门, “3床血糖稳了没有”), not beds counted",
    ("刘护士轻轻推开〔12〕床的门", "“〔3〕床血糖稳了没有？”", "“〔7〕床今天可以出院。”"),
    ("编制床位〔60〕床", "为敬老院送去棉被〔20〕床", "新增〔10〕床的病房全部启用", "新设〔40〕床家属陪护区"),
)
def _bed_number(f: _Figure) -> bool:
    # (where the ward is walked: a quote opens on it, or a visit's verb comes before; not 新增10床的病房, 新设40床家属陪护区)
    walked = f.before.endswith(("“", "‘", "推开", "走进", "来到", "走到", "查看", "去")) or f.before == ""
    return f.unit == "床" and walked and bool(re.match(r"^(?:的|血糖|血压|今天|明天|病人|患者|老人|阿姨|奶奶|爷爷|大爷|大娘|家属)", f.after))


@_not_counted("the units a round-up tells of, not work counted", ("〔两〕个社区的探索",))
def _units_told_of(f: _Figure) -> bool:
    return f.unit in ("个", "家") and bool(re.match(r"^[\u4e00-\u9fff]{1,6}的(?:探索|做法|经验|实践|故事)", f.after))


@_not_counted("a partner party body's own units, signed with", ("与某镇党委及所辖〔5〕个社区党支部签订",))
def _partners_own_units(f: _Figure) -> bool:
    return bool(re.search(r"(?:与|同|和)[\u4e00-\u9fff]{2,20}(?:党委|党工委|党总支)(?:及|和)(?:其)?(?:所辖|下辖)$", f.before))


@_not_counted(
    "the places shared out among the members (who visits where), not work counted",
    ("把全乡〔10〕个村分给党员医生联系", "将辖区〔12〕个小区分包给党员"),
    ("为全乡〔10〕个村送去药品",),
)
def _places_shared_out(f: _Figure) -> bool:
    return f.unit == "个" and bool(re.search(r"(?:把|将)(?:全[乡镇村县区旗]|辖区)?$", f.before)) and bool(re.match(r"^[\u4e00-\u9fff]{1,4}?(?:分给|分包|分配给|包给|划给|分到)", f.after))


@_not_counted("how one patient was saved, not work done", ("经过〔10〕次电除颤",))
def _treatment_steps(f: _Figure) -> bool:
    return f.before.endswith("经过") and f.unit == "次"


@_not_counted(
    "the make-up of a scheme",
    ("〔1〕名党员联系20名群众", "1名医生+〔1〕名护士+N名志愿者", "由〔1〕名党员医生带1名乡村医生入户"),
    ("〔9〕个党支部结对9个重点专科", "全院〔9〕个党支部各联系1个乡镇", "党支部〔14〕名党员每人联系1个片区"),
)
def _scheme_make_up(f: _Figure) -> bool:
    at = f.match.start("number")
    for ratio in _RATIO.finditer(f.clause):
        if ratio.start() <= at < ratio.end():
            # (9个党支部结对9个重点专科: one to one, the case's own units are counted, not their pairs;
            # 9个党支部各联系1个乡镇: the units are counted, the one each takes is the scheme's)
            first, second = re.findall(r"\d+", ratio.group(0))[:2]
            each = re.search(r"各|分别|分片|分组|每(?:人|名|位|个|支)", ratio.group(0)) and int(first) > 1
            return not ((each or (first == second and int(first) > 1)) and at == ratio.start())
    return any(r.start() <= at < r.end() for r in _SCHEME_MAKE_UP.finditer(f.clause))


@_not_counted(
    "an item of a scheme named by its count of 一 (“四个一”), spelled out",
    ("“建强〔一〕个堡垒、锻造一支队伍、打造一个品牌”的“三个一”工程", "“建好一个阵地、带出〔一〕支队伍”的“两个一”机制"),
    ("组建〔一〕支队伍，打造“三个一”品牌", "建成〔1〕个阵地"),
)
def _scheme_of_ones(f: _Figure) -> bool:
    return f.number == "一" and re.match(r"^[^“”，。]*”的?“[一二两三四五六七八九十]+个一”", f.after) is not None


@_not_counted(
    "where things stood before, not what the work did",
    (
        "物业费收缴率一度只有〔52〕%", "过去仅有〔3〕名医生", "2018年该院只有〔2〕个家庭医生团队", "2019年卫生院门诊量仅为〔2.1〕万人次",
        "2016年卫生院仅有家庭医生团队〔3〕个", "2016年全镇还有〔3〕个村没有合格的卫生室",
    ),
    ("今年门诊量已达〔4.6〕万人次", "2023年新增家庭医生团队〔3〕个", "2023年还有〔3〕个村卫生室完成改造"),
)
def _once_only(f: _Figure) -> bool:
    if re.search(r"(?:19|20)\d{2}年[\u4e00-\u9fff]{0,6}还有$", f.before) and re.match(r"^[个名家所处]?[\u4e00-\u9fff]{0,4}(?:没有|未|尚未|不)", f.after):
        return True  # 2016年全镇还有3个村没有合格的卫生室: what was missing then
    if f.unit == "%" and not re.search(r"(?:一度|曾经|曾|过去|以前|原来|当初)", f.before):
        return False  # 2023年卫生院药占比仅为28.5%: a low rate is what the work brought, not how little there was
    return bool(
        re.search(r"(?:一度|曾经|曾|过去|以前|原来|当初|(?:19|20)\d{2}年)[\u4e00-\u9fff]{0,8}?(?:只有|只|仅有|仅为|仅|才)$", f.before)
        or re.search(r"(?:19|20)\d{2}年[\u4e00-\u9fff]{0,6}?(?:只有|仅有)[\u4e00-\u9fff]{1,8}$", f.before)  # 2016年卫生院仅有家庭医生团队3个
    )


@_not_counted("what a day's work earns someone, not money the case raised", ("一天能挣〔100〕多元", "每月收入〔3000〕元"))
def _earnings(f: _Figure) -> bool:
    return bool(re.search(r"(?:一|每)(?:天|日|月|年)(?:能|可|就能|能够|可以)?(?:挣|赚|增收|收入)$", f.before))


@_not_counted("the parts of a scheme, not work done", ("即以〔1〕个党支部为核心", "〔3〕条服务链为支撑"))
def _scheme_role(f: _Figure) -> bool:
    return bool(_SCHEME_ROLE.match(f.after))


@_not_counted(
    "how many units the page itself shows",
    ("记者从中选取〔5〕个支部的品牌故事", "记者走进其中〔4〕家单位", "本期选取其中〔5〕个品牌予以展示", "现推出〔3〕个典型案例"),
    ("选派〔5〕名党员医生",),
)
def _units_the_page_shows(f: _Figure) -> bool:
    return bool(re.search(r"(?:选取|选择|挑选|选登|推出|刊发)(?:了)?(?:其中的?)?$|(?:走进|介绍|展示)(?:了)?其中的?$", f.before)) and bool(
        re.search(r"记者|本期|本版|本号|本文|以下|现(?:选取|推出)|从中", f.before) or re.search(r"予以展示|以飨读者|品牌故事|做法|经验|案例|典型", f.after)
    )


@_not_counted("the rest, still under way", ("已完成25项，其余〔2〕项正在加快推进", "剩余〔3〕件正在办理"), ("其余〔5〕名党员参加义诊", "其余〔3〕个均在10月底前完成改造"))
def _rest_under_way(f: _Figure) -> bool:
    return bool(re.search(r"(?:其余|剩余|剩下的?)$", f.before)) and bool(re.match(r"^[\u4e00-\u9fff]{0,2}?(?:正在|尚未|仍在|还在|待|将|也将)", f.after))


@_not_counted(
    "what a lesson showed, not work counted",
    ("教孩子们辨认艾叶、陈皮等〔12〕种常见中药材", "带领学生认识〔8〕种急救器材"),
    ("为学生讲授〔12〕节健康课",),
)
def _lesson_s_content(f: _Figure) -> bool:
    return f.unit in ("种", "类", "样") and bool(re.search(r"(?:辨认|认识|识别|了解|学习|辨识|品尝|观察)[^，。；]{0,24}$", f.before))


@_not_counted("how far a trip is, not work counted", ("来回〔一百〕多公里", "往返要走〔40〕多公里山路"), ("累计行程〔3000〕余公里",))
def _trip(f: _Figure) -> bool:
    return f.unit in ("公里", "里") and bool(re.search(r"(?:来回|往返|单程)[\u4e00-\u9fff]{0,4}$", f.before))


@_not_counted("a span of years: no reader counts one", ("坚持了〔8〕年", "历时〔3〕年", "已经在这里干了〔3〕个年头"))
def _years(f: _Figure) -> bool:
    return f.unit == "年" or bool(re.match(r"^个?年头", f.after))


@_not_counted("a rank moved", ("提升了〔9〕个位次", "较上年前进〔5〕位", "排名上升〔3〕名次"), ("培训村医〔27〕名次",))
def _rank(f: _Figure) -> bool:
    moved = re.search(r"(?:前进|后退|上升|提升|提高|跃升|进位|攀升|下降|前移|后移)了?$", f.before)
    return bool(re.match(r"^(?:个)?(?:位次|名次)", f.after)) or (f.unit in ("位", "名次") and bool(moved))


@_not_counted("people another body sent to the case, counted by the body that sent them", ("卫生院还接受县人民医院下派的〔2〕名专家常驻坐诊", "迎来省医院派驻的〔3〕名专家"), ("向卫生院下派〔2〕名专家",))
def _received(f: _Figure) -> bool:
    return bool(re.search(r"(?:接受|接收|迎来|承接)[^，。；]{0,14}?(?:下派|派驻|选派|派出|派来|委派|下沉)的$", f.before))


@_not_counted(
    "the places a place was merged from, its history; what a merger started from (its result is the figure)",
    ("由原云岫、竹坞〔两〕个行政村于2005年合并而成", "由〔3〕个村合并组建", "将〔11〕个窗口合并为4个综合窗口"),
    ("医院党委把全院〔86〕名党员组建成8支志愿服务队", "整合资源建成〔4〕个综合窗口", "将全院〔86〕名党员整合成8支服务队"),
)
def _merged_from(f: _Figure) -> bool:
    merged_into = re.match(r"^[^，。；]{0,14}?(?:合并|归并)为(?:\d|[一二两三四五六七八九十])", f.after)
    return (bool(re.search(r"(?:由|原)[^，。；]{0,12}$", f.before)) and bool(re.match(r"^[^，。；]{0,14}?(?:合并|撤并)", f.after))) or bool(merged_into)


@_not_counted(
    "who spoke for their units, not a count of work",
    ("〔两〕家卫生院负责人表示", "〔3〕名村民代表纷纷说", "〔3〕户村民代表纷纷表示", "活动覆盖〔5〕所学校负责人表示"),
    ("组织〔12〕名村医代表参加培训", "接受义诊的〔300〕余名村民纷纷表示", "体检的〔156〕名居民都说方便", "群众满意度〔98.6〕%卫生院负责人表示"),
)
def _who_spoke(f: _Figure) -> bool:
    return f.small and f.unit in ("家", "名", "位", "个", "人", "户", "所") and bool(re.match(r"^[家名位个]?[\u4e00-\u9fff]{0,8}?(?:负责人|代表|书记|院长|主任)(?:们)?(?:纷纷|都|也|均)?(?:表示|说|介绍|称|感慨)", f.after))


@_not_counted("the field a rank is taken in", ("在全区〔13〕家乡镇卫生院中排名第二", "在全市〔20〕个社区中位列前三"))
def _ranked_among(f: _Figure) -> bool:
    return bool(re.search(r"在[^，。；]{0,8}$", f.before)) and bool(re.match(r"^[\u4e00-\u9fff“”]{0,12}中(?:排名|排第|位列|名列|位居|居第|列第)", f.after))


@_not_counted("one of another's set", ("全县〔5〕家中心卫生院之一",), ("我院所属〔14〕个党支部之一",))
def _one_of(f: _Figure) -> bool:
    return bool(re.match(r"^[\u4e00-\u9fff“”]{0,12}之一", f.after)) and not re.search(r"(?:我院|本院|所属|下属|下设)[\u4e00-\u9fff]{0,4}$", f.before)


@_not_counted("the two partners themselves", ("义诊结束后，〔两〕个支部召开了联席会", "〔两〕个党组织共同开展主题党日"), ("下设〔两〕个党支部", "〔2〕个党支部均被评为五星级党支部"))
def _the_two_partners(f: _Figure) -> bool:
    return f.number in ("两", "2") and not re.search(r"[\u4e00-\u9fff]$", f.before) and bool(re.match(r"^个?(?:党支部|支部|党组织|单位)(?:的|召开|共同|一起|联合|互相|相互|交流|签订|签署|书记|负责人)", f.after))


@_not_counted(
    "a host's greeting of the guests in a studio",
    ("欢迎〔两〕位", "感谢〔两〕位局长做客今天的直播室"),
    ("邀请〔3〕位专家坐诊", "院长欢迎〔两〕位博士和28名新员工加入医院", "欢迎〔两〕位来自某医院的帮扶专家"),
)
def _studio_guests(f: _Figure) -> bool:
    greeted = re.search(r"(?:欢迎|感谢|谢谢|有请)$", f.before)
    in_studio = re.match(r"^(?:$|[。！，,!]|[\u4e00-\u9fff]{0,4}?(?:做客|的到来|来到(?:我们的)?(?:直播间|直播室|演播室|节目)))", f.after)
    return f.unit == "位" and f.small and bool(greeted) and bool(in_studio)


@_not_counted("millilitres outside blood given, a dose or a drink", ("每日饮水〔2000〕毫升", "剂量〔0.5〕毫升"), ("累计献血量近〔3万〕毫升", "采集血液〔68万〕毫升", "捐献全血〔4800〕毫升"))
def _not_blood(f: _Figure) -> bool:
    return f.unit == "毫升" and not re.search(r"血(?!压|糖|脂|管)", f.before)


@_not_counted("two families made up, in a mediator's story", ("最终〔两〕家握手言和", "〔两〕家的矛盾化解了"), ("帮扶〔两〕家企业",))
def _two_families(f: _Figure) -> bool:
    return f.number in ("两", "2") and f.unit == "家" and bool(re.match(r"^(?:人)?(?:握手言和|言归于好|和好|重归于好|的矛盾|矛盾|的纠纷|纠纷|的关系)", f.after))


@_not_counted("the fields a plan covers, not work done", ("在组织共建、健康帮扶等〔5〕个方面开展合作", "从〔三〕个方面明确年度任务"))
def _fields_of_a_plan(f: _Figure) -> bool:
    return f.unit == "个" and f.after.startswith("方面")


@_not_counted("who went along, told in a scene", ("院长和〔两〕名党员医生一起走进…", "与〔14〕名乡村医生一起"), ("与〔45〕名网格员一起组成服务队",))
def _went_along(f: _Figure) -> bool:
    return f.before.endswith(("和", "与", "同", "跟")) and bool(re.match(r"^[\u4e00-\u9fff]{1,8}一起(?!组成|组建|成立)", f.after))


@_not_counted("where a place lies, how far one had to go", ("往〔20〕公里外的村子赶", "看病要走〔50〕多公里"), ("硬化村内道路〔3.2〕公里", "巡回医疗车每月需跑〔3000〕公里"))
def _far_off(f: _Figure) -> bool:
    hard_road = re.search(r"(?:看病|就医|就诊|上学|赶集|买药|取药|往返)[^，。；]{0,8}(?:要|得|需|需要)(?:走|跑|赶)$", f.before)
    return f.unit in ("公里", "米", "里") and (f.after.startswith("外") or hard_road is not None)


@_not_counted("the points a scheme gives a deed", ("参加义务劳动加〔5〕分", "乱倒垃圾扣〔2〕分"), ("群众满意度评分〔98〕分", "全村党员累计积〔2.3万〕分"))
def _points_per_deed(f: _Figure) -> bool:
    return f.unit == "分" and f.before.endswith(("加", "扣"))


@_not_counted("a glance, not a measure", ("看了〔3〕眼片子",), ("新打机井〔4〕眼",))
def _glances(f: _Figure) -> bool:
    return f.unit == "眼" and re.search(r"[看瞧瞅望瞄](?:了|过)?$", f.before) is not None


@_not_counted("so many, not counted", ("排队的居民就有几〔十〕人",))
def _so_many(f: _Figure) -> bool:
    return f.before.endswith("几")


@_not_counted("a period, not a span given", ("今年前〔10〕个月",))
def _period(f: _Figure) -> bool:
    return f.unit in _TIME_UNITS and bool(re.search(r"(?:年|^)前$", f.before))


@_not_counted(
    "a floor every unit passed, not a sum (the verb may be the figure's own prefix, so this is no NOT_FIGURES row)",
    ("村集体经济收入全部突破〔10〕万元",),
    ("覆盖全部〔17〕个科室", "管理率全部超过〔80〕%"),
)
def _floor(f: _Figure) -> bool:
    return bool(re.search(r"(?<![平率])(?:全部|全都)(?:超过|突破|超|不低于|高于)$", f.before))


@_not_counted("a share in words, how a place or a staff is made up", ("60岁以上老人占〔三〕成多", "占职工总数的近〔四〕成"), ("占比提高〔两〕成",))
def _share_in_words(f: _Figure) -> bool:
    return f.unit == "成" and bool(re.search(r"占(?:比)?(?:(?!提|增|升|降|减)[^，。；、]){0,10}$", f.before))


@_not_counted("a rank among others, not a count", ("入选全省卫生健康系统党建工作创新案例前〔10〕名", "排名全市前〔3〕位"), ("选派前〔3〕名党员",))
def _rank_among_others(f: _Figure) -> bool:
    return f.unit in ("名", "位") and bool(re.search(r"(?:排名|排在|位列|位居|跻身|进入|入选|评为|列)[^，。；]{0,20}前$", f.before))


@_not_counted("a cup a contest is named after, not a count", ("在〔2023〕杯职工篮球赛中获得第一名",), ("累计发放药茶〔2000〕杯",))
def _named_cup(f: _Figure) -> bool:
    return f.unit == "杯" and bool(re.fullmatch(r"(?:19|20)\d{2}", f.match["number"])) and bool(re.match(r"[^，。；]{0,12}(?:赛|锦标)", f.after))


@_not_counted("a rate per unit, not a sum", ("每亩为农户节本增效约〔80〕元", "每只多卖〔80〕元"))
def _per_unit(f: _Figure) -> bool:
    return bool(re.search(r"每(?:亩|只|头|斤|公斤|吨|平方米|件|台)[\u4e00-\u9fff]{0,8}$", f.before))


@_not_counted("a threshold that sorts things, not a count", ("其中超〔50〕万元的村达6个", "年收入〔50〕万元以上的村", "〔100〕人及以上的村"))
def _threshold(f: _Figure) -> bool:
    return ((f.match["prefix"] in ("超", "超过", "突破") or f.match["post"] == "以上") and f.after.startswith("的")) or f.after.startswith(("以下的", "及以上的"))


@_not_counted("a range a list spans (100元、500元、1000元不等): no count", ("村民们〔100〕元、500元、1000元不等", "捐款金额从〔50〕元到2000元不等", "每户补助〔2000〕元不等"), ("捐款〔100〕元、物资500件，数额不等",))
def _range_of_amounts(f: _Figure) -> bool:
    return bool(re.match(r"^(?:(?:[、，,至到~～－—-]|以上|以下)*[\d.]+(?:万|千|百)?[\u4e00-\u9fff%]{0,2}?)*(?:[、，,至到~～－—-]*)不等", f.after))


@_not_counted("the few people just named, counted again (某某、某某、某某三人)", ("乡贤王某、李某、张某〔三〕人各捐资3万元", "党员刘某某、陈某〔两〕人主动报名"), ("组织党员〔三〕人一组", "王某、李某等〔12〕人参加", "服务辖区17个行政村、人口约〔5.2〕万人", "组织青年党员、志愿者〔二十〕余人负责引导"))
def _names_counted_again(f: _Figure) -> bool:
    from .entities import is_person_name

    listed = re.search(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]{2,3})+$", f.before)
    if not (listed and f.unit in ("人", "名", "位") and re.fullmatch(r"[两二三四五六七八九十]{1,2}", f.number)):
        return False
    first, *others = listed.group(0).split("、")
    # (乡贤王某、…: the first name after the word that introduces them)
    return any(is_person_name(first[-length:]) for length in (2, 3)) and all(is_person_name(name) for name in others)


@_not_counted("the speakers of a meeting, not work counted", ("县人民医院等〔4〕家单位作交流发言", "〔5〕名党员代表作了表态发言", "〔6〕个科室作交流发言"), ("开展宣讲〔5〕场", "〔60〕余人参加培训并进行交流发言"))
def _speakers(f: _Figure) -> bool:
    return bool(re.match(r"^(?![^作做进，。]*(?:参加|培训|学习|听取))[\u4e00-\u9fff]{0,8}?(?:先后|依次|分别)?(?:作|做|进行)(?:了)?(?:交流|典型|经验|表态|大会)?发言", f.after))


@_not_counted("the prizes a contest handed out, not the case's work", ("本次擂台赛评出一等奖〔2〕名、二等奖4名", "评出一等奖2名、二等奖〔4〕名"), ("医院荣获省级一等奖〔2〕项",))
def _prizes_given(f: _Figure) -> bool:
    return bool(re.search(r"(?:评出|评选出|评定|产生)[^。；]{0,30}(?:等奖|优秀奖|金奖|银奖|铜奖|优胜奖|鼓励奖)$", f.before))


@_not_counted(
    "who attended both sides' event, not work counted",
    ("双方党员代表共〔30〕余人参加", "双方班子成员及两家单位党员代表共〔50〕余人出席"),
    ("医院组织党员〔30〕余人参加义诊", "双方党员共计〔28〕人参加", "双方支部委员等〔50〕余人参加活动", "双方班子成员、医院〔8〕个党支部书记共50余人参加"),
)
def _both_sides_attending(f: _Figure) -> bool:
    return "双方" in f.before and f.before.endswith("共") and f.unit in ("人", "名") and bool(re.fullmatch(r"(?:参加|出席)[。；！]?", f.after))


@_not_counted("a score a unit is ranked by, not work counted", ("以〔94.5〕分的成绩位列第一",), ("群众满意度测评得分〔96.5〕分",))
def _score(f: _Figure) -> bool:
    return f.unit == "分" and f.after.startswith(("的成绩", "的高分", "的总分"))


@_not_counted("a ceiling a rate is kept under, not a count", ("转诊率下降至〔4〕%以下", "县域外转率控制在〔10〕%以内"), ("签约率达〔90〕%以上",))
def _ceiling(f: _Figure) -> bool:
    return f.after.startswith(("以下", "以内")) and not f.after.startswith("以下简称")


@_not_counted("what a museum holds or shows, where the case's people visit", ("馆藏文物〔1〕万余件", "参观了展陈的〔300〕余件文物和图片资料"), ("捐赠图书〔300〕余册",))
def _exhibits(f: _Figure) -> bool:
    return bool(re.search(r"(?:馆藏|展陈|藏有)[^，。；]{0,4}$", f.before) or (re.match(r"^[余多]?[\u4e00-\u9fff]{0,2}文物", f.after) and "参观" in f.before))


@_not_counted(
    "how a team splits up for the day, not a count of work",
    ("随后分成问诊、检查、宣教〔三〕个小组", "党员分成普外、骨科和护理〔4〕个服务组", "组织党员医务人员分〔3〕组深入各村"),
    ("组建党员服务小组〔5〕个", "划分〔5〕个网格", "分〔六〕批先后赴各镇开展义诊"),
)
def _team_split(f: _Figure) -> bool:
    if re.search(r"(?<![部充十百千万成比积过区划])分$", f.before):
        return f.unit == "组" or bool(re.match(r"^个?(?:小组|组|服务组|分队|小分队)", f.after))  # 分3组深入… (not 分六批先后赴…, outings one after another)
    split = re.search(r"(?:分成|分为|编成|编为|兵分)[^，。；]{0,16}$", f.before)
    return bool(split) and bool(re.match(r"^(?:个)?(?:小组|组|服务组|分队|小分队|队|路|批)", f.after) or f.unit in ("组", "路", "批"))


@_not_counted(
    "who founded the body long ago, not a count of its work",
    ("医院是1958年由〔3〕名医生创办的卫生所发展起来的", "卫生院由〔两〕名赤脚医生创建"),
    ("由〔120〕余名党员组成志愿服务队", "新创办健康讲堂〔3〕个"),
)
def _founders(f: _Figure) -> bool:
    return f.before.endswith("由") and bool(re.match(r"^[余多]?[\u4e00-\u9fff]{0,8}?(?:创办|创建|创立|开办|始建)", f.after))


@_not_counted(
    "who makes up each team, not a count of work",
    ("由〔1〕名党员医生、1名村医和1名公卫人员组成团队", "由1名党员医生、〔1〕名村医和1名公卫人员组成"),
    ("由〔120〕余名党员组成志愿服务队",),
)
def _team_make_up(f: _Figure) -> bool:
    small = f.number in ("一", "两", "二", "三") or (f.number.isdigit() and int(f.number) <= 3)
    return small and bool(re.search(r"由[^，。；]{0,24}$", f.before)) and "组成" in f.after


@_not_counted("the batch before, not a count", ("接过上〔一〕批队员的“接力棒”",))
def _batch_before(f: _Figure) -> bool:
    return f.before.endswith("上") and f.number == "一"


@_not_counted("a number in a title", ("发放《健康素养〔66〕条》",))
def _in_a_title(f: _Figure) -> bool:
    return f.before.count("《") > f.before.count("》")


@_not_counted("how many make up each group, not a count of work", ("把邻近的〔4〕户家庭编为一组",))
def _each_group(f: _Figure) -> bool:
    return bool(_ONE_GROUP_AFTER.match(f.after))


@_not_counted("what is left to do, or planned", ("剩余的〔7〕项任务", "还有〔3〕个村计划年内建成"))
def _remaining_or_planned(f: _Figure) -> bool:
    return bool(_REMAINING_BEFORE.search(f.before) or _PLAN_AFTER.search(f.after))


@_not_counted(
    "a time in a story or the span work was done in, not time given",
    ("突发胸痛〔半〕小时", "开通〔24〕小时“一号通”", "〔5〕天时间里，义诊小分队走访嘎查8个", "短短〔3〕天内"),
    ("平均等候时间缩短〔20〕分钟", "志愿服务时间累计〔1200〕小时"),
)
def _time_in_a_story(f: _Figure) -> bool:
    if f.unit in _TIME_UNITS - {"年"} and re.match(r"(?:的)?(?:时间)?(?:里|内|之内|当中)", f.after) and not _SERVICE_GIVEN.search(f.before):
        return True  # (5天时间里, 3天内: the span the work was done in)
    return f.unit in _TIME_UNITS - {"年"} and not (_TIME_MEASURED.search(f.clause) or _PAIR_START.search(f.before) or _SERVICE_GIVEN.search(f.before))


@_not_counted("a price, not money spent or raised", ("〔5〕块钱", "每餐〔8〕元", "收购价每公斤〔50〕元"))
def _price(f: _Figure) -> bool:
    return f.unit in ("元", "块", "分") and (f.after.startswith("钱") or bool(_PRICE_BEFORE.search(f.before)))


@_not_counted("the weather of a story", ("零下〔40〕℃",), ("室温平均提高〔3〕℃",))
def _weather(f: _Figure) -> bool:
    return f.unit == "℃" and not re.search(r"提高|提升|升高|降低|平均|保持在|控制在|达到", f.before)


@_not_counted("a phone or a file number", ("2021-〔2023〕年", "1-〔2〕次", "账号〔62284800〕元"))
def _phone_number(f: _Figure) -> bool:
    return f.before.endswith("-") or f.after.startswith("-") or (f.number.isdigit() and len(f.number) >= 7 and not f.match["multiplier"])


@_not_counted("a formula or a clock time (but 1200户3400人 is two figures)", ("“〔5〕个1+N”",), ("〔1200〕户3400人",))
def _formula(f: _Figure) -> bool:
    return f.after[:1] in ("+", ":") or bool(re.match(r"^\d+[+:]", f.after))


@_not_counted("part of a name in quote marks", ("“精品泉医〔100〕%”", "“〔四〕位一体”"))
def _in_a_name(f: _Figure) -> bool:
    return _inside_name(f.before, f.after)


@_not_counted("a hospital's name", ("县〔二〕人民医院",))
def _peoples_hospital(f: _Figure) -> bool:
    return f.unit == "人" and f.after.startswith("民")


@_not_counted("round the clock, not hours given", ("实行〔24〕小时值守",), ("累计值守〔24〕小时",))
def _round_the_clock(f: _Figure) -> bool:
    return f.unit == "小时" and f.number == "24" and not re.search(r"累计|共|总|平均|达", f.before)


@_not_counted("a bound, not a count", ("才花了不到〔一〕万块", "不足〔5〕人"))
def _bound(f: _Figure) -> bool:
    return bool(re.search(r"(?:不到|不足|不超过|(?<!不)少于|(?<!不)低于)$", f.before))


@_not_counted("an address", ("葡萄村〔3〕组村民王大爷家", "幸福小区〔5〕栋", "冶炼小区〔16〕栋、18栋3部电梯", "16栋、〔18〕栋同时验收", "〔16〕栋1单元的牵头人"), ("分成〔3〕组", "新建住房〔16〕栋"))
def _address(f: _Figure) -> bool:
    numbered = f.unit in ("栋", "号楼", "单元") and bool(re.match(r"^(?:、\d+(?:栋|号楼|单元)|\d+(?:单元|号))", f.after) or re.search(r"\d+(?:栋|号楼|单元)、$", f.before))
    return numbered or (f.unit in ("组", "号", "栋", "单元") and bool(re.search(r"[\u4e00-\u9fff](?:村|社区|小区|路|街|巷)$", f.before)) and not f.match["more"])


@_not_counted("the measure word opens a word of its own", ("〔4000〕多户籍人口", "〔3〕个人"), ("〔5.6〕万人口",))
def _unit_opens_a_word(f: _Figure) -> bool:
    unit = f.match["unit"] or ""
    return len(unit) == 1 and unit + f.after[:1] in _WORDS_OPENING_WITH_A_UNIT and not (f.match["multiplier"] and unit == "人")


@_not_counted("a schedule, not time given", ("每周两个〔半〕天", "每周固定坐诊〔半〕天", "每周在卫生院坐诊不少于〔4〕天"))
def _schedule(f: _Figure) -> bool:
    return (f.number == "半" and f.before.endswith("个")) or (f.unit in _TIME_UNITS and bool(re.search(r"每(?:天|日|周[一二三四五六日天]?|月|季度?|年)(?:[^，。]{0,8}|[^，。]{0,12}(?:不少于|至少|不低于|坐诊|值守|驻点))$", f.before)))


@_not_counted("a limit, not work measured", ("缩短至〔25〕分钟以内", "〔15〕分钟以内即可到达"))
def _limit(f: _Figure) -> bool:
    return f.after.startswith(("以内", "之内", "内即可"))


@_not_counted("where the time stood before a limit, not work measured", ("由〔45〕分钟缩短至20分钟以内",))
def _base_of_a_limit(f: _Figure) -> bool:
    return bool(_BASE_OF_A_LIMIT.match(f.after))


@_not_counted("the setting of a story", ("海拔〔800〕多米", "坐车〔1〕个多小时", "当天的里程显示为〔216〕公里", "某嘎查位于镇区西北〔12〕公里处"), ("累计驱车行驶〔3000〕余公里",))
def _setting(f: _Figure) -> bool:
    # (累计驱车行驶3000余公里 is the miles the work covered; 12公里处 is where a place lies)
    where = f.unit in ("米", "公里") and f.after.startswith("处")
    return where or (f.unit in _TIME_UNITS | {"米", "公里"} and bool(_DISTANCE_BEFORE.search(f.before[-14:])) and not re.search(r"累计|共计|总计|全年", f.before[-14:]))


@_not_counted(
    "the average a rate is compared with, and how far above it (高于全县平均水平5个百分点)",
    ("签约率68.5%，高于全县平均水平（〔61.2〕%）", "签约率42.3%，高于全市平均水平〔5〕个百分点", "较全省平均水平高〔2.3〕个百分点", "比全省县域平均水平高出约〔4〕个百分点"),
    ("签约率达〔68.5〕%", "较去年提高〔2.1〕个百分点", "首份心电图完成时间平均〔6〕分钟"),
)
def _compared_with_an_average(f: _Figure) -> bool:
    return bool(re.search(r"(?:高于|低于|超过|超出|较|比)[^，。；]{0,10}平均(?:水平|值|数)?[（(]?$|平均(?:水平|值|数)?(?:高出|高|低|多|少|超出)[了约近]{0,2}$", f.before))


@_not_counted(
    "a delegation that comes to visit (某地考察团一行32人到社区参观学习)",
    ("某区某街道考察团一行〔32〕人到北京街道参观学习", "某省观摩团一行〔50〕余人到社区参观", "医院还迎接了某市兄弟单位参观交流团〔40〕余人"),
    ("医院党委组织党员一行〔40〕人赴某村开展主题党日",),
)
def _visiting_delegation(f: _Figure) -> bool:
    return bool(re.search(r"(?:考察团|观摩团|参观团|交流团|调研团|学习团|考察组|观摩组)(?:一行)?(?:共)?$", f.before))





@_not_counted("how money is shared out", ("收益的〔两〕成", "提取〔10〕%的收益"))
def _share_out(f: _Figure) -> bool:
    return f.unit in ("%", "成") and bool(re.search(r"(?:收益|收入|利润|资金)的$|提取$|按$", f.before))


@_not_counted(
    "the people of a scene, not a count of work",
    ("〔20〕多位村民正忙着组装配件", "〔10〕余名居民正排队等候", "半小时后，〔两〕名党员志愿者就带着工具敲开了她的家门", "〔两〕名佩戴党徽的志愿者正帮老人扫码挂号"),
    ("〔12〕名党员医生就在村卫生室坐诊",),
)
def _scene(f: _Figure) -> bool:
    # (a scene's people in words: 两名党员志愿者就…; 12名党员医生就… is a count)
    return f.unit in _PERSON_UNITS and bool(
        re.match(r"^[\u4e00-\u9fff]{0,4}?(?:正在|正忙|正围|正排队|正等候)", f.after)
        or (not f.number[0].isdigit() and re.match(r"^[\u4e00-\u9fff]{1,6}?(?:就|便|立即|马上|随即|赶紧|急忙|立刻)(?!医|诊)", f.after))
        or (not f.number[0].isdigit() and re.match(r"^[\u4e00-\u9fff]{0,10}?(?<![真公纠改])正(?:在|忙|围|帮|给|为|陪|扶|教)", f.after))
    )


@_not_counted("who came along in the scene, not a count of work", ("带着〔两〕名党员医生",), ("带着〔20〕名党员医生",))
def _came_along(f: _Figure) -> bool:
    return not f.number[0].isdigit() and bool(re.search(r"(?:带着|带上|带领|陪着|领着)$", f.before))


@_not_counted(
    "the two parties named again at a clause's start, not a count",
    ("〔两〕个支部党员一行36人来到纪念馆", "据悉，今年以来，〔两〕个支部依托…品牌", "〔三〕个党支部共出动党员医护人员27名"),
    ("下设〔两〕个党支部", "组建〔两〕个支部", "此外，〔三〕个党支部分别设在门诊、住院部和后勤"),
)
def _the_parties_named_again(f: _Figure) -> bool:
    # (此外，三个党支部分别设在门诊…: the hospital's own branches, counted)
    return f.number in ("两", "三") and f.unit == "个" and bool(re.fullmatch(r"(?:[，,]?\s*(?:据悉|据了解|今年以来|随后|活动中|当天|上午|下午|会上))*[，,]?\s*", f.before)) and bool(
        re.match(r"^(?:党)?(?:支部|总支)(?:党员|共同|联合|一起|还|已|先后|在|依托|共|各|为|与|分别(?!设))", f.after)
    )


@_not_counted("one such, said of the case itself", ("有这样〔一〕支队伍", "正是这样〔一〕位医生"), ("组建〔一〕支队伍",))
def _one_such(f: _Figure) -> bool:
    return f.number == "一" and f.before.endswith(("这样", "这么", "那样"))


@_not_counted(
    "visitors come to the case's own house, not its party",
    ("税务局党员一行〔30〕人来到卫生院", "兄弟单位党组织书记一行〔15〕人到我局交流", "省医院专家一行〔6〕人莅临中心指导"),
    ("卫生院党支部党员一行〔18〕人来到北岭村", "机关党员一行〔20〕人走进医院住院部", "医院党员一行〔18〕人来到中心卫生院开展帮扶", "医院党员专家一行〔20〕人到中心城区各社区开展义诊"),
)
def _visitors(f: _Figure) -> bool:
    # (医院党员一行18人来到中心卫生院开展帮扶: the case's own party, called by its kind word, goes out)
    own_party = re.match(r"^(?:医院|我院|本院|中心|卫生院)[\u4e00-\u9fff]{0,10}一行$", f.before)
    house = r"^人?(?:来到|到|莅临)(?:了)?(?:(?:我|该|本)(?:院|中心|局|委)|(?:卫生院|中心|医院|局)(?=[开调指交考参走，。]|$))"
    return f.before.endswith("一行") and not own_party and bool(re.match(house, f.after))


@_not_counted(
    "the aid team's home hospital, not the case",
    ("专家所在医院拥有床位〔2800〕张", "医疗队所在的某三甲医院年手术量超过〔10〕万台"),
    ("专家在卫生院开展手术〔20〕台", "驻村工作队所在单位县人民医院今年累计投入帮扶资金〔50〕万元"),
)
def _aid_team_s_home(f: _Figure) -> bool:
    return bool(re.search(r"(?:专家|医疗队|队员|专家团队)所在(?:的)?[\u4e00-\u9fff]{0,12}?(?:医院|大学|学院)", f.before))


def figure_at(clause: str, position: int) -> _Figure | None:
    """The number that starts at `position` of a clause, as the reader sees it (for the rules' test)."""
    match = next((m for m in _NUMBER.finditer(clause) if m.start("number") == position), None)
    unit = _unit_read(clause, match) if match else None
    return _Figure(clause, match, unit) if unit else None


def _counts(clause: str, match: re.Match, unit: str) -> bool:
    """False for numbers that only look like figures (NOT_COUNTED) and for small Chinese numerals
    that are slogans or vague."""
    figure = _Figure(clause, match, unit)
    if any(refusal.test(figure) for refusal in NOT_COUNTED):
        return False
    return figure.number[0].isdigit() or _small_chinese_counts(figure.number, match, unit, figure.after)


def _starts_a_place_name(clause: str, start: int) -> bool:
    from .names import is_place_name

    if _NUMERAL_TOWN.match(clause, start):
        return True  # 四家子镇, 三道沟村, 八里庄村: a town's or a village's name
    return any(is_place_name(clause[start : start + length]) for length in range(3, 7) if start + length <= len(clause))


_NUMERAL_TOWN = re.compile(r"[一二三四五六七八九十两]{1,2}[家道里间台合岔棵](?:[\u4e00-\u9fff]{0,2}?(?:镇|乡|村|街道|苏木|嘎查)|[\u4e00-\u9fff]{1,2}?(?:社区|居委会|小区))")  # (五台山社区; not 两家社区卫生服务中心)


def _inside_name(before: str, after: str) -> bool:
    """A figure inside quote marks that close within a few characters is part of a name."""
    opened = before.rfind("“") > before.rfind("”")
    return opened and bool(_NAME_CLOSE.match(after))


def _small_chinese_counts(number: str, match: re.Match, unit: str, after: str) -> bool:
    """一张网, 三个一, 两例 are slogans or vague; 三名医生, 两个党支部, 半个工作日 are figures."""
    if is_numeral_range(number):
        return False  # 三四个党支部: about so many
    try:
        value = parse_number(number)
    except ValueError:
        return False
    if match["multiplier"] or value > 10 or match["more"] or match["more2"]:
        return True  # 百余场, 十余项
    if value <= 3 and _PARTIES_AFTER.match(after) and _TOGETHER.search(match.string):
        return False  # 两家共建单位就…交流, 三个支部共建: the parties to the event, not a count of work
    if value <= 3 and _BODIES_OF.match(after):
        return False  # 两个支部的党员, 两家医疗机构的医务人员, 两所学校1350名学生: whose people, not a count
    if unit == "成":
        return value > 1  # 三成, 近四成 (一成不变 is an idiom)
    before = match.string[: match.start()]
    if unit in ("个", "支") and not after and _TEAM_BEFORE.search(before):
        return True  # 组建党员攻坚小组两个, 讲师团一支: the count after what it counts
    if value == 1 and unit in _COUNTABLE_CN and _TEAM_AFTER.match(after):
        return not re.match(r"^[\u4e00-\u9fff“”]{0,8}的", after)  # 一支党员讲师团 (一支身着红马甲的队伍 is the scene's)
    if value == 1 or (after and after[0] in _CN_DIGITS):
        return False  # 一张网, 三个一
    if match["noun"] is not None:
        return True  # 建成…三大中心 (_read_figure keeps it to what was built)
    if unit in _PERSON_UNITS or unit in _TIME_UNITS - {"年"} or unit in _COUNTABLE_CN:
        return True
    return match["unit"] == "个" and bool(re.match(rf"^[\u4e00-\u9fff]{{0,2}}?(?:{_PARTY_UNITS.pattern})", after) or _PLACES_AFTER.match(after))


def _qualifier(match: re.Match) -> str:
    for word in (match["post"], match["prefix"], match["more"], match["more2"]):
        if word and word in _QUALIFIERS:
            return _QUALIFIERS[word]
    return "more_than" if "多" in (match["unit"] or "") else "exact"  # 1个多小时


# 门诊量较去年同期的43万人次增长(12%): the base between what grew and how much is no part of its name
_BASE_BEFORE_A_CHANGE = re.compile(r"(?:较|比)[^，。；：\d]{0,12}?的?约?\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{0,2}?(?=(?:增长|增加|下降|减少|提高|提升|上升|降低)了?[约近]?$)")


_ENDS_WITH_ALTERNATIVE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[（(][\u4e00-\u9fff、]{1,6}[）)]$")
_AGE_BEFORE = re.compile(r"(?P<age>(?P<years>\d{2,3})周?岁(?:及)?以[上下]的?)[\u4e00-\u9fff]{1,12}$")


def _before_label(text: str) -> str:
    """The noun phrase just before a figure: 新建住院大楼 -> 住院大楼, 现有党员 -> 党员."""
    text = _BASE_BEFORE_A_CHANGE.sub("", text)
    quoted = re.search(r"“([\u4e00-\u9fff]{2,12})”([\u4e00-\u9fff]{1,8})$", text)
    if quoted and not _TAIL_TRIM.sub("", quoted.group(2)):
        return _clean_label(quoted.group(1))  # “门球时间”平均缩短至(68分钟): the quoted name, then only how it changed
    # (行政村（社区）166个: what is counted, with its bracketed alternative, stands before the bracket)
    text = _BRACKET_CUT.sub("", text) if not _ends_with_quote(text) and not _ENDS_WITH_ALTERNATIVE.search(text) else _ENDS_WITH_ALTERNATIVE.sub("", text)
    run = _last_run(text)
    # 60岁以上老人(1100余人): the age the people are counted by is part of the label (not 岁以上老人)
    age = _AGE_BEFORE.search(text)
    if age and text.endswith(run) and run.startswith(age["age"][len(age["years"]) :]):
        people = run[len(age["age"]) - len(age["years"]) :]
        label = _before_label(people)
        if label and people.startswith(label):  # (not 80周岁以上的慰问品: the age is the people's, not the thing's)
            return _clean_label(age["age"] + label)
        return label
    text = run
    for _ in range(3):
        text = _TAIL_TRIM.sub("", text)
        text = _CUT_BEFORE.sub("", text)
    if text in _GENERIC_NOUNS:
        # 开展义诊宣传等活动 -> 义诊宣传活动: the generic noun is qualified by what stands before 等.
        named = re.search(rf"([\u4e00-\u9fff]{{2,12}})等{text}$", run)
        if named:
            what = _CUT_BEFORE.sub("", named.group(1))
            if len(what) >= 2:
                text = what + text
    return _clean_label(text)


def _after_label(text: str) -> str:
    """The noun right after figure and measure word: 65条便民举措。 -> 便民举措."""
    run = _LABEL_CHARS.match(text)
    if not run or run.start() != 0:
        return ""
    text = run.group().lstrip("“")
    if _STOP_AFTER_AT_START.match(text):
        return ""
    stop = _STOP_AFTER.search(text, 1)
    if stop:
        text = text[: stop.start()]
    return _clean_label(text)


def _object_label(text: str) -> str:
    """完成了胸痛救治单元建设 -> 胸痛救治单元; 通过正、副高级职称评审 -> 副高级职称; else ""."""
    verb = _ACHIEVEMENT_VERB.match(text)
    if not verb:
        return ""
    obj = re.match(r"[^，。；：！？]*", text[verb.end() :]).group(0)
    if re.search(r"\d", obj):
        return ""  # (为6所中小学学生完成视力筛查5600余人次: the object has its own figure)
    obj = obj.split("、")[-1].replace("“", "").replace("”", "")
    obj = _OBJECT_LEAD.sub("", obj)
    stop = _STOP_AFTER.search(obj, 1)
    if stop:
        obj = obj[: stop.start()]
    trimmed = _OBJECT_TAIL.sub("", obj)
    return _clean_label(trimmed if len(trimmed) >= 4 else obj)


def _ends_with_quote(text: str) -> bool:
    """召开“板凳议事会”50余场: the quoted name is the label, so keep it."""
    return text.endswith("”") and "“" in text


def _last_run(text: str) -> str:
    runs = _LABEL_CHARS.findall(text)
    return runs[-1] if runs else ""


def _clean_label(text: str) -> str:
    """Trim filler words and keep the tail, where a Chinese noun phrase has its head noun."""
    text = _LEAD_TRIM.sub("", text)
    text = text.strip("“”‘’")
    text = _TRAILING_PLACE.sub("", text)
    if len(text) > _MAX_LABEL:
        text = _tail_of_whole_words(text)
        text = text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") or text
    return text if re.search(r"[\u4e00-\u9fff]", text) else ""


_NO_LABEL_OPENS = ("岁", "周岁", "以上", "以下", "的", "及", "和", "与", "等")


def _tail_of_whole_words(text: str) -> str:
    """今年全县家庭医生签约率 -> 全县家庭医生签约率 (not 年全县…): the label's last words that fit,
    cut between words, not inside one (县卫生健康局推动人员下沉 -> 推动人员下沉)."""
    starts, at = [], 0
    for word, _ in words(text):
        starts.append(at)
        at += len(word)
    fitting = [start for start in starts if len(text) - start <= _MAX_LABEL and not text.startswith(_NO_LABEL_OPENS, start)]
    return text[fitting[0] :] if fitting and len(text) - fitting[0] >= 2 else text[-_MAX_LABEL:]


def _merge_pairs(clause: str, found: list[_Found]) -> list[_Found]:
    """由原来的2个工作日缩短为半个工作日 -> one metric, 0.5 工作日, previous 2 工作日."""
    merged: list[_Found] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if second and _is_pair(clause, first, second):
            second.metric.previous_value = first.metric.value
            second.metric.previous_unit = first.metric.unit
            label = first.before_label if len(first.before_label) >= 2 else ""
            if not label:  # 服务量由2022年的1.9万人次增至…: what is counted stands before 由
                opening = _PAIR_START.search(clause[: first.start])
                label = _before_label(clause[: opening.start()]) if opening else ""
            label = label or first.after_label or second.metric.label
            second.metric.label = label
            second.metric.category = _category(label, second.metric.unit)
            merged.append(second)
            index += 2
        else:
            merged.append(first)
            index += 1
    return merged


def _is_pair(clause: str, first: _Found, second: _Found) -> bool:
    return bool(
        _PAIR_START.search(clause[: first.start])
        and _PAIR_BETWEEN.match(clause[first.end : second.start])
        and _same_kind(first.metric.unit, second.metric.unit)
    )


def _same_kind(unit: str, other: str) -> bool:
    return unit == other or {unit, other} <= _TIME_UNITS


# What a figure counts, from its label and unit, matched as "label|unit"; the first row that
# matches wins. A figure no row is sure of stays "other" (no category) rather than a wrong one:
# 正高级职称20人 counts staff, not people served.
CATEGORY_RULES: list[tuple[Rule, str]] = [
    (rule(r"\|(?:%|个百分点)$", "a rate", ["满意度|%", "签约率|个百分点"]), "rate"),
    (rule(r"\|元$", "money", ["减免住院医疗费用|元"]), "money"),
    (rule(r"\|(?:工作日|小时|分钟|天|个月|年)$", "a span of time", ["等候时间|分钟", "专家坐诊|天"]), "time"),
    (rule(r"党员[^|]{0,4}\|[名人位]$", "party members", ["党员|名", "在职党员|人"], ["党员志愿服务队|支", "党员活动室|间"]), "party_members"),
    (
        rule(r"(?:职称|医师|医生|护士|医务人员|专家|职工|干部|人才|骨干|员工|工作人员|技术人员|委员)\|[名人位]$", "staff, not people served", ["正高级职称|人", "骨干医生|名"]),
        "other",
    ),
    (
        rule(r"(?:党委|党总支|党支部|党小组|支部|党组织|组织|网格|服务队|队伍|团队|小队|分队|队|小组|委员会|居委会|联盟)\|", "organisations", ["党支部|个", "家庭医生团队|个", "网格|个"]),
        "organizations",
    ),
    (
        rule(r"(?:人口|居民|群众|村民|患者|病人|老人|老年人|妇女|儿童|住户|贫困户|家庭|对象|人群|农户|农民)\||\|(?:人次|户|户次)$", "people served", ["群众|人", "服务|人次", "贫困户|户"]),
        "people_served",
    ),
    (rule(r"(?:床|大楼|楼|设备|站|中心|卫生院|卫生室|医院|机构|宣传栏|室|馆|面积|场地|车位|驿站|小屋|电梯|路灯|灯|座椅)[^|]*\|", "facilities", ["床位|张", "健康小屋|个"]), "facilities"),
    (
        rule(r"(?:问题|难题|矛盾|纠纷|义诊|服务|接种|疫苗|举措|活动|巡逻|宣讲|讲座|培训|咨询|筛查|直播|议事|会|宣传|帮扶|走访|实事|查房|会诊|随访|体检)[^|]*\|", "services", ["义诊活动|场", "新冠疫苗接种|针次"]),
        "services",
    ),
    (rule(r"\|(?:场|场次|针次|剂次|件次|次|期|剂|针|例)$", "services, by their unit", ["宣讲|场次", "健康直播|期"]), "services"),
    (rule(r"\|(?:床|张|间|平米|平方米|平方公里|亩|台|套|家|所|处|座|米|盏|栋|部)$", "facilities, by their unit", ["住院部|平米", "路灯|盏"]), "facilities"),
]


def _category(label: str, unit: str) -> str:
    key = f"{label}|{unit}"
    return next((category for row, category in CATEGORY_RULES if row.search(key)), "other")
