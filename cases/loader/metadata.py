"""Page furniture: what is navigation noise, and what is metadata worth keeping.

E-paper readers and news portals wrap an article in navigation (上一版/下一版, 上一篇/下一篇,
放大 缩小, 小字号, 分享, 返回顶部, copyright and address footers). None of it is article text,
but some of it tells where and when the article ran: the edition line (第015版:重庆新闻), the
date and 来源 line, the breadcrumb, the editors (责编). Each rule below recognises one such line
by its form, never by a particular paper's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .entities import is_person_name
from .rules import Rule
from .types import ShowcaseData
from .vocabulary import COUNTERS, OFFICES, OUTLET, PROVINCES, find_date


EDITION = re.compile(r"^(?:当前版\s*[：:]\s*)?(?:第\s*([A-Z]?\d{1,3})\s*版\s*[：:·]?|([A-Z]?\d{1,3})\s*版\s*[：:]|([A-Z]\d{1,2})(?:\s*[：:·]?(?=\s*[\u4e00-\u9fff·]{2,8}$)|$))\s*(\S*)$")  # 第A03版：要闻, 06版：时事, A07：民生, A05 县区新闻, A05 alone, 当前版：A05版：西安·城事
PAGES = re.compile(r"[（(]\s*(上接|下转)\s*第?\s*([A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[)）]")
DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
TIME = re.compile(r"(\d{1,2})[:：](\d{2})")
SOURCE = re.compile(r"来源\s*[：:]\s*((?:(?!(?:责任编辑|责编|编辑|作者|点击|浏览)\s*[：:])[^\s|])+)")
DATELINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# (a last crumb of eight characters and more may hold a space: 某论坛 › 本地资讯 › 【转帖】某村：党建引领强基础 村美民富气象新)
BREADCRUMB = re.compile(r"^(?:(?:>>|>|›|»|＞)\s*(?=[^\s>›»＞]))?(?:[^\s|｜]{2,12}\s*[|｜]\s*|[^\s|｜]{2,12}\s+(?=首页))?[^\s>›»＞]\S*(\s*(?:(?:>>|>|›|»|＞)\s*)+\S+){1,}(?:(?<=[^\s>›»＞]{8})(?:\s+[^\s>›»＞]+){1,2})?$|^首页(?:\s+-\s+\S+)+$|^[\u4e00-\u9fff]{2,8}\s*-\s+[\u4e00-\u9fff]{2,8}\s*-\s+\S.*$")
EDITORS = re.compile(r"^[（(]\s*(责编|责任编辑|编辑)\s*[：:]\s*([^）)]+)[）)]$")
# …一名医生说。（通讯员 朱 敏）, （某县妇幼保健院 周敏）, （党委办公室 牛某）: the writers at a report's end, their unit, role and letter-spacing dropped
TRAILING_AUTHOR = re.compile(
    r"[（(]\s*(?:[\u4e00-\u9fff]{2,14}?(?:医院|卫生院|中心|卫生健康局|卫健局|卫健委|卫生健康委员会|保健院|办公室|党办|院办|宣传科|宣传部|宣传处|党支部|党总支|党委)\s+)?(?:(?:本报|全媒体|融媒体|本台)?(?:通讯员|记者)\s*|作者\s*[：:]\s*|(?:文/图|文／图|图/文|图文)\s*[：:]?\s*)?((?:[\u4e00-\u9fff]\s?){1,3}[\u4e00-\u9fff](?:·[\u4e00-\u9fff]{2,6})?(?:(?:\s+|、)(?:(?:通讯员|记者)\s*)?(?:[\u4e00-\u9fff]\s?){1,3}[\u4e00-\u9fff](?:·[\u4e00-\u9fff]{2,6})?)*)(?:\s+(?:文/图|文／图|图/文|图文|文|摄))?\s*[)）](?:\s*[|｜])?$"  # (…。（某某） | : a layout's bar after it)
)
UNIT_LINE = re.compile(r"^(指导单位|主办单位|承办单位|协办单位)\s*[：:]\s*(.+)$")
# ■ 中共某区委组织部: a bullet before who sent the report in (not ◆某镇卫生院：标题, a case's label)
# (not a bulleted brief of a page's column, ●近日，某医院党委组织…。, ◆某镇卫生院开展义诊，…。, however long its
# first sentence runs: a sentence is no one's name)
# (▲“党员示范病区”挂牌。医院党委…。: a column's marked brief, sentences and all, is no writer's credit)
CONTRIBUTOR = re.compile(r"^(?:▲(?![^。！？]{0,120}[。！？](?![^。！？]*(?:供图|摄|供稿)\s*$)[^。！？]{8,})|[■□◆●](?!(?![^。！？]{0,120}(?:供稿|撰稿|整理|提供)[。！]?$)[^。！？]*[。！？]))\s*(?![^：:｜|丨—]{2,30}(?:[：:｜|丨]|——)\s*\S)(.+)$")
# 华西社区传媒记者 李思佳 医院供图 / 本报记者 张三 / 马太超 图片由各医院提供
BYLINE = re.compile(
    r"^(?P<org>\S*?|" + OUTLET + r"\s+)(?:记者|通讯员)\s*(?P<names>(?:[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]\s[\u4e00-\u9fff]|[\u4e00-\u9fff](?=·))(?:·[\u4e00-\u9fff]{2,6})?"
    r"(?:[\s、]+(?:(?:本报|特约|全媒体)?(?:记者|通讯员)\s*|[\u4e00-\u9fff]{2,10}站\s+)?(?:[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]\s[\u4e00-\u9fff])(?:·[\u4e00-\u9fff]{2,6})?)*?)(?:\s*(?:报道|摄影?))?"
    r"(?:\s+(?P<credit>\S*供图|图片由\S+提供))?$"
)
PHOTO_CREDIT = re.compile(r"^(?P<names>(?:[\u4e00-\u9fff]{2,4}\s+)*)(?P<credit>\S*供图|图片由\S+提供|摄影?[：:]?\s*[\u4e00-\u9fff]{2,4})$")
# 重庆日报版权所有 未经书面授权…: the footer names the paper that holds the page.
_YEARS = r"(?:(?:19|20)\d{2}(?:\s*[-—]\s*(?:19|20)\d{2})?\s*)?"  # 2019-2024
COPYRIGHT = re.compile(
    r"^(?:©|Copyright|版权所有\s*[：:])?\s*(?P<owner>[^\s©]{2,20}?)\s*版权所有"
    r"|^版权所有\s*[：:]?\s*(?:(?:©|\(c\)|Copyright)\s*)?" + _YEARS + r"(?P<holder>[\u4e00-\u9fff]{2,20})(?=\s|$)"
    # (Copyright 2019-2024 某市第五医院 All Rights Reserved)
    r"|^(?:©|Copyright|\(c\))\s*(?:©\s*)?" + _YEARS + r"(?P<site>[\u4e00-\u9fff]{2,20})\s+(?i:all\s+rights\s+reserved)"
)
# A report's opening dateline: 本报讯（记者 孙丽 通讯员 王强）, 新华社北京3月5日电（记者 张三）.
LEAD_DATELINE = re.compile(
    r"^(?:[（(【\[](?:图片新闻|简讯|快讯|短讯|图片报道|图文|新闻速递)[）)】\]]|(?:本(?:报|网|台)|[\u4e00-\u9fff、]{2,20}?(?:网|客户端|在线))讯(?:$|[：:]\s*(?=[^\s（(])|\s+(?=[^\s（(])|(?=\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底|中|末)|(?:19|20)\d{2}年))|(?:本报讯|本报[\u4e00-\u9fff]{0,6}电|[\u4e00-\u9fff]{2,12}(?:·[\u4e00-\u9fff]{2,8})?(?:\d{1,2}月\d{1,2}日)?(?:讯|消息)|[\u4e00-\u9fff]{2,8}[\u4e00-\u9fff\d]{0,12}电|[\u4e00-\u9fff]{2,8}网|[\u4e00-\u9fff]{2,8}融媒(?:体中心)?(?=[（(](?:本报|全媒体|特约)?(?:记者|通讯员)))\s*[：:]?\s*"
    r"[（(](?P<any>(?![^（）()]*第\s*[\d一二三四五六七八九十百]+\s*期)[^（）()]{2,40})[）)]|[（(【](?P<names>(?:[\u4e00-\u9fff]{2,12}\s+)?(?:记者|通讯员|本报记者|全媒体记者|作者\s*[：:]|文\s*[/／]|文图\s*[/／：:]|图文\s*[/／：:])[^（）()【】]{2,40})[）)】]"
    r"|[\u4e00-\u9fff]{2,10}(?:[、\-－—][\u4e00-\u9fff]{2,10})?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?[\u4e00-\u9fff]{0,4}(?:讯|电|消息)(?:\s*[（(](?P<dated>[^（）()]{2,40})[）)])?"
    # (a name never opens on a role word: 记者 李四 read either way made the match backtrack without end)
    r"|(?P<bylined>(?:(?:特约|本报|全媒体)?记者|通讯员)\s*(?!(?:特约|本报|全媒体)?(?:记者|通讯员))[\u4e00-\u9fff]{2,3}(?:·[\u4e00-\u9fff]{2,6})?(?:\s+(?:(?:特约|本报|全媒体)?记者|通讯员)?\s*(?!(?:特约|本报|全媒体)?(?:记者|通讯员))[\u4e00-\u9fff]{2,3}(?:·[\u4e00-\u9fff]{2,6})?)*)\s*(?=\d{1,2}月\d{1,2}日|“)"
    r"|[\u4e00-\u9fff]{2,8}讯\s+(?P<reporters>(?:特约|本报|全媒体)?(?:记者|通讯员)[^，。]{2,40}?)报道"
    # 今日广西百色讯 为提升…, 某某新闻网·某某客户端讯 走进…: an outlet's dateline, a space after it
    r"|[\u4e00-\u9fff]{2,10}(?:(?:网|报|台|客户端|融媒|新闻)[\u4e00-\u9fff]{0,4}|·[\u4e00-\u9fff]{2,10})讯(?=\s|\d{1,2}月\d{1,2}日)"
    r"|[\u4e00-\u9fff]{2,8}(?:网|报|台|客户端)·[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日讯(?=\s|[\u4e00-\u9fff])"  # 某众网·某沂8月12日讯 今年以来…
    r"|[\u4e00-\u9fff]{2,10}(?:网|报|台|客户端|在线)消息(?=\s|\d{1,2}月)|[\u4e00-\u9fff]{4,12}讯(?=[ \u3000]|\d{1,2}月\d{1,2}日)"
    r"|[\u4e00-\u9fff]{2,3}(?<![资简喜快通闻获得])讯(?:[ \u3000]+(?=[\u4e00-\u9fff])|[ \u3000]*(?=\d{1,2}月\d{1,2}日)))\s*"  # 津云讯 某镇…, 某汇点讯 4月22日，…: an app's short name, a space after it
)
# 原标题：…, and a government page's title field (标题：…, 名称：…): the report's title
ORIGINAL_TITLE = re.compile(r"^[（(]?(?P<label>原标题|标题|名称|信息名称|文章标题)\s*[：:]\s*《?(?P<title>[^》）)]{4,})》?[）)]?$")
SUBTITLE = re.compile(r"^[—－-]{1,2}\s*(.+)$")
SERIES = re.compile(r"[（(]第?([一二三四五六七八九十百\d]+)期?[)）]$")


@dataclass
class PageInfo:
    """Metadata read from furniture lines; the lines themselves are dropped from the text."""

    showcase: ShowcaseData = field(default_factory=ShowcaseData)
    headlines: list[str] = field(default_factory=list)  # the e-paper's list of titles on this page
    is_epaper: bool = False
    is_portal: bool = False
    crumb_title: str = ""  # a breadcrumb that ends with the article's own headline
    last_crumb: str = ""  # 首页 > 基层党建: the channel the breadcrumb ends on (printed again as its label)
    original_title: str = ""  # 原标题：《…》 printed under a copy
    title_field: str = ""  # 名称：某镇：党建引领…, a government page's field for its document's title
    form: dict[str, str] = field(default_factory=dict)  # a web form's fields: institution, title
    owner: str = ""  # the institution whose own paper or site this is (某某医院报, 某某医院主办)
    footer_owner: str = ""  # the health body a site's copyright footer names (版权所有 © 某某医院)
    account_owner: str = ""  # the health body whose own public account posted the copy (某某医院 2024年…日 19:48 云南)
    later_dated: bool = False  # a date's labels again after the report began (日期：… 来源：…): a second report's, on a site's page of several
    card_mottos: list[str] = field(default_factory=list)  # 某县官方发布平台: a repost card's motto, no text of the page but read for the places it names


# A short line that is a date with its time and source: 2024-05-16 10:20 来源：某某网,
# 2022年12月06日15:09 | 来源：人民网-安徽频道, 2021 年 06 月 23 日 星期三, 来源：某某网 2023-11-14 14:52.
_CITED_PAPER = re.compile(r"^《(?P<paper>[^》]{2,16})》\s*[（(]\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[）)]\s*(?:第?\s*(?P<page>[A-Z]?\d{1,3})\s*版)?$")
_DATELINE_WORDS = re.compile(r"^(?:[|｜\s]|来源|发布|时间|日期|星期.|周.|作者|编辑|记者|[:：]|\d|[-/.年月日]|浏览|点击|阅读|次数|参与互动)*$")  # (… 来源：某某网　参与互动: a portal's link to its comments)


# 原创 某某健康 某某健康 2024年03月12日 18:30 湖南: a public account's header over its post.
ACCOUNT_HEADER = re.compile(
    r"^(?:原创\s*\S.{0,40}?|(?:\S{2,20}\s+){1,3}|(?:\S{2,20}\s+){0,2}[\u4e00-\u9fff]{2,20}(?=(?:19|20)\d{2}))(?P<date>(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}))\s*(?:\d{1,2}[:：]\d{2})?\s*(?:发表于)?[\u4e00-\u9fff]{0,4}$"
)


_CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _cn_small(numeral: str) -> int:
    """十一 -> 11, 二十八 -> 28, 三十 -> 30, 八 -> 8."""
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return int(numeral.translate(_CN_DIGITS))
    return (int(tens.translate(_CN_DIGITS)) if tens else 1) * 10 + (int(ones.translate(_CN_DIGITS)) if ones else 0)


def digits_in_dates(line: str) -> str:
    """二〇二三年十一月八日 -> 2023年11月8日: a paper's date set in Chinese numerals."""
    return _CN_DATE.sub(lambda m: f"{m[1].translate(_CN_DIGITS)}年{_cn_small(m[2])}月{_cn_small(m[3])}日", line)




EDITION_IN_LINE = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版")  # (某某报 2023年11月21日 第A6版: an e-paper's page header, read as such)
_ACCOUNT_BEFORE_TIME = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,16}\s*(?=(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$)")
# (某某新闻网 www.example.com.cn 2022年09月06日 来源：…: the site's address between its name and the date)
_OUTLET_BEFORE_DATE = re.compile(r"^(?P<outlet>[\u4e00-\u9fff]{2,10}(?:网|报|在线|新闻|融媒))\s*(?:(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/?\s+)?(?=(?:19|20)\d{2}[-/.年])")


_BYLINE_THEN_DATE = re.compile(r"^(?P<byline>\S.{1,60}?)\s*(?P<stamp>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$")


def read_dateline(line: str, showcase: ShowcaseData) -> bool:
    """A line that is a date and its time, source and labels, and nothing of the article."""
    line = digits_in_dates(line)
    line = re.sub(r"^((?:19|20)\d{2})\s+(\d{1,2})/\s*(\d{1,2})(?=\s+\d{1,2}:\d{2})", r"\1-\2-\3", line)  # 2024 05/21 10:12:33, 2024 01/ 19 10:22:05, as a portal prints it
    outlet = _OUTLET_BEFORE_DATE.match(line)
    if outlet and not EDITION_IN_LINE.search(line) and read_dateline(line[outlet.end() :], showcase):
        showcase.publication = showcase.publication or outlet["outlet"]  # 某某网　2024-03-05 14:22:10　记者 某某
        return True
    signed = _BYLINE_THEN_DATE.match(line)
    if signed and BYLINE.match(signed["byline"]):
        showcase.date = showcase.date or find_date(signed["stamp"])  # 某某晚报全媒体记者 某某 通讯员 某某 2023-08-30 20:15:44
        return True
    posted = _ACCOUNT_BEFORE_TIME.match(line)
    if posted:
        showcase.date = showcase.date or find_date(line[posted.end() :])  # 某某健康眼 2024-06-12 08:35:10: an account's post
        return True
    line = re.sub(r"^[（(]\s*((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[^（）()]{0,20})[）)]$", r"\1", line)  # (2023-02-16 10:05:37)
    cited = _CITED_PAPER.match(line)
    if cited:
        # 《某某日报》（2024年7月23日）10版: the paper, its date and page, cited under a headline
        showcase.publication = showcase.publication or cited["paper"]
        showcase.date = showcase.date or find_date(cited["date"])
        if cited["page"] and not showcase.edition:
            showcase.edition = f"第{cited['page']}版"
        return True
    account = ACCOUNT_HEADER.match(line) if line.startswith("原创") or len(line) <= 50 else None
    if account and not DATELINE.match(line):
        showcase.date = showcase.date or find_date(account["date"])
        return True
    if len(line) > 80 or not (DATELINE.match(line) or re.match(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}", line)):
        return False
    rest = DATE.sub("", line, count=1)
    rest = re.sub(r"\s*·.*$", "", rest) if re.search(r"\d{1,2}:\d{2}\s*·", line) else rest  # 08:46 · 陕西 · 某某官方账号
    rest = re.sub(r"^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}", "", rest)
    source = SOURCE.search(rest)
    bare = SOURCE.sub("", rest)
    # 编辑：邓 丽　审核：张 勇: a label's value runs to the next label (names may be letter-spaced)
    bare = re.sub(r"(?:作者|责任编辑|编辑|责编|记者|通讯员|摄影|审核|审校|" + COUNTERS + r"|阅读|字号|字体)\s*[：:][^：:]*?(?=\s+[\u4e00-\u9fff]{2,4}\s*[：:]|$)", "", bare)
    bare = re.sub(r"[【\[][^】\]]{0,20}[】\]]", "", bare)  # 【大 中 小】, [打印]: the reader's tools
    bare = re.sub(r"(?:本报|全媒体)?(?:记者|通讯员|摄影)(?:\s+|\s*[/／]\s*)[\u4e00-\u9fff·]{2,8}(?:\s*(?:摄影报道|报道)\s*$)?", "", bare)  # 记者 张某 通讯员 李某, 记者／综合报导, 通讯员 某某 摄影报道
    bare = re.sub(r"(?:发表于|发布于)[：:]?\s*[\u4e00-\u9fff]{0,6}$", "", bare)  # 19:45 发表于河南: where a post was sent from
    bare = re.sub(rf"(?<=\d:\d\d)\s*(?:{PROVINCES})$", "", bare)  # 2023-05-22 20:10 广东: the same, as a public account prints it
    bare = re.sub(r"[（(]?总?第\s*[\d一二三四五六七八九十]+\s*期[）)]?|第\s*[A-Z\d一二三四五六七八九十]+\s*版\s*[\u4e00-\u9fff·]{0,8}", "", bare)  # 第86期 第二版 党建园地
    channel = re.fullmatch(r"\s*([\u4e00-\u9fff]{1,4})", bare) if re.match(r"^(?:19|20)\d{2}[-/.]", line) else None
    # 2025-12-02 14:05  某某晚报·某某客户端  通讯员 某某: the date, then the outlet that printed it (or two)
    # (2024-12-18 16:40  某县融媒体中心  刘某某: the outlet, then its reporter)
    # (2023-11-02　某县融媒体中心　记者：某某: a day's date alone, then its outlet; 2024-03-21 10:05 | 某某网 通讯员 某某: a bar between)
    clock = r"(?:\d{1,2}:\d{2}(?::\d{2})?)" + ("?" if re.match(r"^(?:19|20)\d{2}[-/.年]", line) else "")
    outlet = re.fullmatch(r"\s*" + clock + r"\s*[|｜]?\s*(?P<outlet>[\u4e00-\u9fff]{2,12}(?:报|网|台|客户端|新闻|融媒|融媒体中心|在线|发布)(?:[·、][\u4e00-\u9fff]{2,12})?)(?:[\u4e00-\u9fff]{2,6}频道)?(?:\s+(?P<writer>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})?))?\s*", bare)
    if outlet:
        showcase.publication = showcase.publication or re.split(r"[·、]", outlet["outlet"])[0]  # (某某日报、某报全媒体记者 某某)
        writers = (outlet["writer"] or "").split()
        if writers and all(is_person_name(w) for w in writers):  # (not 原创, 字号: a page's word after the outlet)
            showcase.author = showcase.author or " ".join(writers)
    elif channel:
        showcase.channel = showcase.channel or channel.group(1)  # 2024-05-09健康: the date and its channel, run together
    elif not _DATELINE_WORDS.match(bare.replace("放大", "").replace("缩小", "").replace("默认", "")):
        return False
    showcase.date = showcase.date or find_date(line)
    time = TIME.search(rest)
    if time and not showcase.time:
        showcase.time = f"{int(time.group(1)):02d}:{time.group(2)}"
    if source:
        publication, _, channel = source.group(1).partition("-")
        showcase.publication = showcase.publication or publication
        showcase.channel = showcase.channel or channel
    return True


# 鹤乡日报 2024年4月16日 星期二 第6版 社区·卫健 责任编辑：孟佳: a page's running head.
# 第6版：要闻, and 2021年06月30日 A05 / 城事·专题: a page's number with its letter alone, after the date
_PAGE_HEADER_EDITION = re.compile(r"(?:第\s*(?P<number>[A-Z]?\d{1,3})\s*版|(?<=日)\s*(?P<page>[A-Z]\d{1,2})(?![\d版]))\s*[：:/／|｜]?\s*(?P<name>[\u4e00-\u9fff·]{2,12})?")
_PAPER_NAME = re.compile(r"^(?P<paper>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|报|周刊|时报|导报))\s*(?=\d|第|星期)")


_ISSUE = re.compile(r"第\s*\d{1,4}\s*期|总第\s*\d{1,5}\s*期")  # 2024年9月20日　第9期（总第77期）: a house paper's issue under its masthead
_HOUSE_PAPER_WORDS = re.compile(r"内部资料|注意保存|免费交流|星期.|[（）()\s]")


def _issue_line(line: str) -> bool:
    """The line is the date and the issue and nothing else of note (not 2024年7月3日，“周三讲堂”迎来第100期！)."""
    return bool(_ISSUE.search(line)) and not _HOUSE_PAPER_WORDS.sub("", _ISSUE.sub("", DATE.sub("", line)))


def read_page_header(line: str, showcase: ShowcaseData) -> bool:
    """A short line with the page's date and its edition (第6版), weekday or issue: read, then dropped."""
    date = find_date(line)
    edition = _PAGE_HEADER_EDITION.search(line)
    # (某某日报 第03版: the paper's name and its page, without the date, heads the page so too)
    paper = _PAPER_NAME.match(line.strip())
    if not date and edition and edition["number"] and paper and line.strip()[paper.end() :] == edition.group(0).strip():
        showcase.edition = showcase.edition or f"第{edition['number']}版" + (f":{edition['name']}" if edition["name"] else "")
        showcase.publication = showcase.publication or paper["paper"]
        return True
    if not date or len(line) > 100 or not (edition or "星期" in line or _issue_line(line)) or "。" in line:
        return False
    showcase.date = showcase.date or date
    if edition and not showcase.edition:
        showcase.edition = f"第{edition['number'] or edition['page']}版" + (f":{edition['name']}" if edition["name"] else "")
    if paper and not showcase.publication:
        showcase.publication = paper["paper"]
    read_labels(line, showcase)
    return True


# 卫生健康导报, 某某日报: a paper's name alone on the page's first line.
PAPER_NAME = re.compile(r"^(?P<paper>[\u4e00-\u9fff]{2,10}(?:日报|晚报|导报|时报|周报|商报|快报|早报|健康报|卫生报|特区报|都市报|晨报|青年报|农民报|法治报|法制报|新报|侨报|经济报|科技报|教育报|妇女报|老年报|生活报|人口报|医药报|中医药报|政协报|工人报|民族报|社会报|监察报|人事报|党建报)|中国[\u4e00-\u9fff]{2,6}报)(?:\s*(?:数字报刊?|数字版|数字报纸|电子版|电子报纸?|电子刊))?$")
# 某某医院报 / 某某医院主办 / 某县某镇人民政府: a house paper's or site's masthead names its owner.
_OWNER_ENDINGS = ("政府信息公开", "信息公开", "官方网站", "门户网站", "委员会", "人民政府", "办事处", "官网", "主办", "党委", "院报", "报")
OWNER = re.compile(rf"^(?:中共)?(?P<name>[\u4e00-\u9fff]{{4,30}}?)(?:{'|'.join(_OWNER_ENDINGS)})$")


def owner_names(line: str) -> list[str]:
    """某某医院报 -> 某某医院; 某某局政府信息公开 -> 某某局: the names a masthead line may carry,
    longest first (the caller keeps the one that is an institution's whole name)."""
    line = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=主办$)", "", line)  # 某县某医院党委　主办: the owner, set apart from its word
    if not OWNER.match(line):
        return []
    stem = line.removeprefix("中共")
    names = {stem[: -len(e)] for e in _OWNER_ENDINGS if stem.endswith(e) and len(stem) - len(e) >= 4}
    names |= {name.removesuffix("党委") for name in names if name.endswith("党委") and len(name) >= 6}  # (某医院党委主办: the hospital's paper)
    return sorted(names, key=len, reverse=True)


_LABELS = re.compile(
    r"(?P<label>文章来源|信息来源|来源|稿源|作者|发布机构|责任编辑|责编|编辑|发布时间|发布日期|发稿时间|成文日期|日期|时间|版次|版名)\s*[：:]\s*"
    # (来源:四川在线编辑:杨蕊: a value ends where the next label begins, printed without a space)
    r"(?P<value>(?:(?!(?:责任编辑|责编|编辑|作者|来源|发布时间|点击|浏览)(?:次数|量|数)?\s*[：:])[^\s|｜【】（）()\[\]：])+(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)"  # ([责任编辑:某某]: its brackets no part of the name)
)


# A source field that names no outlet: the site's own (本站原创), or empty before the next label.
_NO_SOURCE = re.compile(r"^(?:本站|本网|本台|原创|网络|互联网)(?:原创|编辑|整理|综合)?$")
_OFFICE_SOURCE = re.compile(rf"^(?:{OFFICES}|[\u4e00-\u9fff]{{1,8}}(?:党支部|党总支))$")
_RUN_LABEL = re.compile(r"^(?:发布时间|发布日期|时间|日期|来源|文章来源|信息来源|作者|编辑|责编|责任编辑)\s*[：:]\s*")
_STAMP = re.compile(r"^(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?)+$")


def body_after_labels(line: str) -> str:
    """The report's first words where a page ran its labels into them, else "".

    发布时间:2023-05-16 09:12 来源:为进一步推动党建…，… -> 为进一步推动党建…; a label's value is the
    one proper name that follows it (责编：杨帆甘泉镇地处… -> 杨帆), read by the lexical analyser.
    """
    if "，" not in line or len(line) < 40:
        return ""
    consumed = 0
    for piece in re.split(r"(\s+)", line):
        core = re.sub(r"^\d{1,2}:\d{2}(?::\d{2})?", "", piece)  # 09:30:15来源：… (a time run into its label)
        complete = _STAMP.match(piece) or (_RUN_LABEL.match(core) and len(core) <= 30 and "，" not in core)
        if piece.isspace() or complete:
            consumed += len(piece)
            continue
        break
    rest = line[consumed:]
    label = _RUN_LABEL.match(re.sub(r"^\d{1,2}:\d{2}(?::\d{2})?", "", rest))
    if label:
        rest = re.sub(r"^\d{1,2}:\d{2}(?::\d{2})?", "", rest)
    if label:
        rest = rest[label.end() :]
        from .names import words

        first = words(rest[:12])
        if first and first[0][1] in ("nr", "ns", "nt", "nz") and len(first[0][0]) <= 4:
            rest = rest[len(first[0][0]) :]
    elif consumed == 0:
        return ""
    return rest.strip() if "，" in rest and len(rest) >= 30 else ""


_GLUED_DATE = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日).*$")


def read_labels(line: str, showcase: ShowcaseData) -> bool:
    """来源：某某网  作者：张三  责任编辑：李四  发布时间：2024-09-03 16:42 -> the showcase's fields.

    Returns whether the line gave the page its date."""
    dated = False
    written = ""
    posted = re.search(r"发表于\s*((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})", line)
    if posted and not showcase.date:
        showcase.date = find_date(posted.group(1))  # 楼主 某某 发表于 2024-5-21 09:33: a forum post's date
        dated = True
    for match in _LABELS.finditer(line):
        label, value = match["label"], match["value"].strip()
        if label in ("文章来源", "信息来源", "来源", "稿源"):
            if _NO_SOURCE.match(value) or _OFFICE_SOURCE.match(value) or line[match.end() : match.end() + 1] == "：":
                continue  # 来源：本站原创; 来源：党办 (the site's own office); 来源： 点击：… (an empty field, then the next label)
            glued = _GLUED_DATE.search(value)
            if glued:
                # 来源：光明网2024-03-08 10:45: the post's date printed right after its outlet
                value, posted_on = value[: glued.start()], find_date(glued.group(0))
                if posted_on and not showcase.date:
                    showcase.date, dated = posted_on, True
            publication, _, channel = value.partition("-")
            showcase.publication = showcase.publication or publication
            showcase.channel = showcase.channel or channel
        elif label == "作者":
            glued = _GLUED_DATE.search(value)  # 作者：某某 2023-10-17 11:20: the post's date after the writer's name
            if glued and not showcase.date and find_date(glued.group(0)):
                showcase.date, dated = find_date(glued.group(0)), True
            showcase.author = showcase.author or (value[: glued.start()] if glued else value)
        elif label == "成文日期":
            written = written or find_date(value)  # (a government page's 发布日期 is when the page ran; 成文日期 only where none is printed)
        elif label == "版次":
            showcase.edition = showcase.edition or f"第{value.removeprefix('第').removesuffix('版')}版"
        elif label == "版名":
            if showcase.edition and ":" not in showcase.edition:
                showcase.edition += f":{value}"
        elif label == "发布机构":
            showcase.hosted_by = showcase.hosted_by or value
        elif label in ("责任编辑", "责编", "编辑"):
            spaced = re.match(r"\s([\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff]|\s*[：:])", line[match.end() :]) if len(value) == 1 else None  # (not 编辑：汪 审核：…)
            value = value + spaced.group(1) if spaced else value  # 责任编辑：汪 洋: a name set letter-spaced
            showcase.editors = showcase.editors or [e for e in re.split(r"[、，,\s]+", value) if e]
        elif not showcase.date and find_date(value):
            showcase.date = find_date(value)
            dated = True
            time = TIME.search(value)
            if time and not showcase.time:
                showcase.time = f"{int(time.group(1)):02d}:{time.group(2)}"
    if not showcase.date and _LABELS.search(line):
        # 版次：A02 ｜ 版名：综合 ｜ 2022年09月21日: a date among the labels without one of its own
        unlabelled = _LABELS.sub(" ", line)
        showcase.date = find_date(unlabelled) or written or None
        dated = showcase.date is not None
    return dated


def read_copyright(line: str, showcase: ShowcaseData) -> str:
    """The copyright holder of a footer (某某日报版权所有, 版权所有 © 某某医院), its publication where none is known yet."""
    match = COPYRIGHT.match(line)
    holder = (match["owner"] or match["holder"] or match["site"]) if match else ""
    holder = re.sub(r"^(?:主办单位|主办|承办单位|承办)[：:]", "", holder)  # 主办单位：某县人民政府办公室 版权所有: the label no part of the name
    if holder and not showcase.publication:
        showcase.publication = holder
    return holder


_CRUMB_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[：:]\s*)?(?:您?的?(?:当前|现在)?(?:的|所在的?)?位置)\s*(?:[：:]|>>|[>›»＞])\s*")  # (当前位置, 您现在的位置, 您当前所在位置, 地方频道：您的当前位置; 当前位置 > 党建工作)
_HOME_CRUMB = re.compile(r"^(?:首页|主页|网站首页|返回首页)$")
_SECTION_CRUMB = re.compile(r"^(?:政府|政务)?(?:信息)?公开$|^(?:新闻|政务|党建|工作|综合)(?:中心|动态|资讯|公开|频道|工作|园地)$")  # 政府信息公开 > 部门信息公开 > …, 党建工作 > 支部风采: a section, no site


def read_breadcrumb(line: str, info: PageInfo) -> bool:
    """人民网>>安徽频道>>江淮传真: the first crumb is the site, the second its channel; a last crumb
    that reads as a headline (某论坛 » 社会民生 » 县中医医院党员走村串寨) is the article's title."""
    showcase = info.showcase
    unlabelled = _CRUMB_LABEL.sub("", line)
    # (当前位置 >> 党建工作: a labelled crumb of one section is a crumb too)
    one_section = unlabelled != line and re.fullmatch(r"[^\s，。；！？]{2,12}", unlabelled.strip()) is not None
    line = unlabelled
    if not (BREADCRUMB.match(line) or one_section) or "。" in line:
        return False
    line = re.sub(r"^[^\s|｜]{2,12}\s*[|｜]\s*(?=\S)", "", line) if re.search(r"[|｜]", line.split(">")[0]) else line  # 某某融媒 | 首页 > …
    line = re.sub(r"^[^\s|｜]{2,12}\s+(?=首页)", "", line)  # 某某新闻在线 首页 > …
    crumbs = [c.strip() for c in re.split(r">>|>|›|»|＞|\s*-\s+", line) if c.strip()]
    if "，" in "".join(crumbs[:-1]):
        return False
    if len(crumbs) >= 2 and len(crumbs[-1]) >= 10:
        info.crumb_title = crumbs.pop()
    elif len(crumbs) >= 2:
        info.last_crumb = crumbs[-2] if crumbs[-1] in ("正文", "详情", "内容", "正文内容") and len(crumbs) >= 3 else crumbs[-1]  # (首页 > 党群工作 > 正文)
    if crumbs and len(crumbs[0]) > 4:
        crumbs[0] = re.sub(r"(?:网站)?首页$", "", crumbs[0])  # 某山网首页 > 镇街新闻: the site's home, by the site's name
    if crumbs and not one_section and not _HOME_CRUMB.match(crumbs[0]) and not _SECTION_CRUMB.match(crumbs[0]) and not showcase.publication:
        # The first crumb names the site (人民网), unless it is only the way home (首页).
        showcase.publication = crumbs[0]
        if len(crumbs) > 1:
            showcase.channel = showcase.channel or crumbs[1]
    return True


def read_edition(line: str, showcase: ShowcaseData) -> bool:
    match = EDITION.match(line)
    if not match:
        return False
    # As the e-paper prints it: 第015版:重庆新闻
    number, name = match.group(1) or match.group(2) or match.group(3), match.group(4)
    showcase.edition = f"第{number}版" + (f":{name}" if name else "")
    return True


def page_label(number: str) -> str:
    return number.upper()


def pages_span(pages: set[str]) -> str:
    """{'B14', 'B15'} -> 'B14-B15'."""
    if not pages:
        return ""
    ordered = sorted(pages, key=lambda p: (re.sub(r"\d", "", p), int(re.sub(r"\D", "", p) or 0)))
    return ordered[0] if len(ordered) == 1 else f"{ordered[0]}-{ordered[-1]}"


# ---------------------------------------------------------------------------------------------
# What the operator knows and the text does not carry: a front-matter block at the top of a file
#
#   ---
#   publication: 某某日报
#   date: 2024-05-16
#   edition: 第A03版
#   ---

FRONT_MATTER_KEYS = {
    "publication": "publication", "刊名": "publication", "报纸": "publication", "媒体": "publication", "来源": "publication",
    "date": "date", "日期": "date", "出版日期": "date",
    "edition": "edition", "版次": "edition", "版面": "edition",
    "title": "title", "标题": "title",
}
_FRONT_MATTER = re.compile(r"\A\ufeff?-{3,}[ \t]*\n(?P<body>(?:[^\n]*\n){0,20}?)-{3,}[ \t]*(?:\n|\Z)")
_FRONT_MATTER_LINE = re.compile(r"^\s*(?P<key>[A-Za-z\u4e00-\u9fff_]+)\s*[:：]\s*(?P<value>.*?)\s*$")


class BadFrontMatter(ValueError):
    """The block at the top of the file is not what it should be; the message says which line."""


def read_front_matter(text: str) -> tuple[dict[str, str], str]:
    """({"publication": …, "date": "YYYY-MM-DD", "edition": …}, the text after the block)."""
    match = _FRONT_MATTER.match(text)
    if not match or not _FRONT_MATTER_LINE.match(next((l for l in match["body"].splitlines() if l.strip()), "")):
        return {}, text  # no block, or a page that only draws lines of dashes
    values: dict[str, str] = {}
    for line in match["body"].splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _FRONT_MATTER_LINE.match(line)
        if not item or item["key"].lower() not in FRONT_MATTER_KEYS and item["key"] not in FRONT_MATTER_KEYS:
            raise BadFrontMatter(f"文件开头的元数据行无法识别：“{line.strip()[:40]}”（可用：publication、date、edition、title）")
        key = FRONT_MATTER_KEYS.get(item["key"].lower()) or FRONT_MATTER_KEYS[item["key"]]
        values[key] = item["value"].strip().strip("\"'")
    if "date" in values:
        values["date"] = parse_operator_date(values["date"])
    return values, text[match.end() :]


def parse_operator_date(value: str) -> str:
    """2024-05-16, 2024/5/16 or 2024年5月16日 -> "2024-05-16"; BadFrontMatter otherwise."""
    date = find_date(value.strip())
    if not date or len(re.sub(r"\s", "", value)) > 12:
        raise BadFrontMatter(f"日期“{value}”无法识别，请写成 2024-05-16")
    return date


def apply_known_facts(showcase: ShowcaseData, facts: dict[str, str]) -> None:
    """Fill what the text left empty with what the operator said; the text's own metadata wins."""
    for key in ("publication", "date", "edition", "title"):
        if facts.get(key) and not getattr(showcase, key):
            setattr(showcase, key, facts[key])


# ---------------------------------------------------------------------------------------------
# The metadata lines above as one table, each with examples it must read (rules as data).

LINE_RULES: list[Rule] = [
    Rule(ACCOUNT_HEADER, "a public account's header with its date", ("原创 某某健康 某某健康 2024年03月12日 18:30 湖南", "原创 某某 某某妇幼保健院 2023-11-08 17:30 广西", "原创 某某街道 某区某某街道 2024-04-02 18:30 发表于宁夏", "某某县人民医院2024年01月08日18:20山东"), ("近日，某某医院2024年3月12日开展义诊",)),
    Rule(EDITION, "the e-paper's edition line", ("第015版:要闻", "第 A03 版：综合新闻", "A3 · 县区传真")),
    Rule(PAGES, "a report continued on another page", ("（下转B15版）", "（上接第A02版）")),
    Rule(DATELINE, "a line that opens with the date", ("2021 年 06 月 23 日 星期三",)),
    Rule(LEAD_DATELINE, "a report's opening dateline, its writers read off", ("本报讯（记者 孙丽 通讯员 王强）", "某某网贵阳5月19日讯", "某某新闻网2023年11月2日讯（记者 邓某）", "某某网某市4月25日电（王明）", "日报消息（全媒体记者 李青）", "某某网7月18日南京讯", "某某网10月22日消息（记者 王宇）", "某某网、某某网客户端11月29日消息（记者 王某 通讯员 符某）", "某某网·某某客户端讯(记者 王某 通讯员 赵 某)", "某某网·某某客户端沧州8月6日讯(王某 刘某)", "某山网讯11月4日", "某某日报-某某网8月14日讯（记者 陈某）", "记者 钱某某 通讯员 俞某 6月12日", "（内科党支部 文/王某 图/李某）", "某云讯 下营镇地处", "某汇点讯 4月22日，", "某汇点讯4月22日，", "某众网·某沂8月12日讯 今年以来", "（作者：郑某某）", "（图片新闻）", "【简讯】"), ("本报记者近日走访", "（作者简介", "最新资讯 某县", "今日简讯 某镇", "喜讯4月2日，", "群众闻讯4月3日一早赶到", "村民闻讯 4月3日一早")),
    Rule(ORIGINAL_TITLE, "the original headline printed under a copy", ("原标题：《党员门诊“延时”更暖心》",)),
    Rule(PAPER_NAME, "a paper's masthead alone on the first line", ("卫生健康导报", "某某日报"), ("为民服务传捷报",)),
    Rule(OWNER, "a house paper's or site's masthead naming its institution", ("某某县人民医院报", "某某医院主办", "中共某某市妇幼保健院委员会", "某某县某某镇人民政府")),
    Rule(BREADCRUMB, "a breadcrumb", ("某某网>>某某频道>>县区传真", "首页 > 滚动 > 正文", "新闻中心- 医院新闻- 党员先锋岗亮出来", "某某融媒 | 首页 > 民生 > 健康", "首页 ＞ 工作动态 ＞ 基层动态", "某某网 > > 正文", "某某新闻在线 首页 > 南宁 > 城区")),
    Rule(EDITORS, "the editors in brackets", ("（责编：覃明、李娟）",)),
    Rule(UNIT_LINE, "a column's guiding and hosting bodies", ("指导单位：某市卫生健康委员会", "主办单位：某日报社")),
    Rule(CONTRIBUTOR, "a contributor line", ("■ 中共某区委组织部", "□ 党办 唐小燕", "■ 某街道党工委供稿。"), ("◆某镇卫生院党支部开展义诊，为老人体检152人。",)),
    Rule(BYLINE, "reporters and a photo credit", ("某某传媒记者 李青 医院供图", "本报记者 张三", "本报记者 刘某某 本报通讯员 胡某某", "本报记者 乌云其其格 通讯员 杜某", "本报记者 包·额尔敦")),
    Rule(PHOTO_CREDIT, "a photo credit", ("马太超 杨益 图片由各医院提供",)),
    Rule(COPYRIGHT, "a copyright footer naming the paper or the site's owner", ("某某日报版权所有 未经书面授权不得复制", "版权所有 © 某某市医院  闽ICP备00000000号", "版权所有:某某市中医医院  地址:某某大道1号")),
    Rule(SUBTITLE, "a subtitle under a dash", ("——党建品牌单位风采展示(二)",)),
]
