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

from .types import ShowcaseData

# Lines that are only page furniture.
NOISE = [
    re.compile(p)
    for p in (
        r"上一版|下一版",
        r"上一篇|下一篇",
        r"^(放大|缩小|默认|小字号|中字号|大字号|打印|关闭|收藏|分享|字号)(\s|$)",
        r"分享(让更多人看到|到)",
        r"^返回(顶部|首页|目录)$",
        r"版权所有|未经.{0,6}授权|不得复制|建立镜像",
        r"^(地址|邮编|技术支持|联系电话|电话|传真|Email|E-mail|网站地图|违法和不良信息举报)\s*[：:]",
        r"报业集团主办\s*$|^主管[：:]|^主办[：:]",
        r"^[^，。]{1,20}(\s*\|\s*[^，。]{1,20}){2,}$",  # a menu: 重庆日报 | 重庆日报农村版 | 重庆科技报
        r"^(\d+\s*)?(上|下)一(篇|版)\s*\d*$",
        r"^(扫一扫|手机看新闻|微信|微博)",
        r"^\(?（?\s*来源[：:].{0,30}\)?）?$",
    )
]

EDITION = re.compile(r"^第\s*([A-Z]?\d{1,3})\s*版\s*[：:]?\s*(\S*)$")
PAGES = re.compile(r"[（(]\s*(上接|下转)\s*([A-Z]?\d{1,3})\s*版\s*[)）]")
DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
TIME = re.compile(r"(\d{1,2})[:：](\d{2})")
SOURCE = re.compile(r"来源\s*[：:]\s*([^\s|]+)")
DATELINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
BREADCRUMB = re.compile(r"^\S+(\s*(>>|>|›|»)\s*\S+){1,}$")
EDITORS = re.compile(r"^[（(]\s*(责编|责任编辑|编辑)\s*[：:]\s*([^）)]+)[）)]$")
TRAILING_AUTHOR = re.compile(r"[（(]\s*([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)\s*[)）]$")
UNIT_LINE = re.compile(r"^(指导单位|主办单位|承办单位|协办单位)\s*[：:]\s*(.+)$")
CONTRIBUTOR = re.compile(r"^[■□◆●▲]\s*(.+)$")
# 华西社区传媒记者 李思佳 医院供图 / 本报记者 张三 / 马太超 图片由各医院提供
BYLINE = re.compile(r"^(?P<org>\S*?)(?:记者|通讯员)\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4})*?)(?:\s+(?P<credit>\S*供图|图片由\S+提供))?$")
PHOTO_CREDIT = re.compile(r"^(?P<names>(?:[\u4e00-\u9fff]{2,4}\s+)*)(?P<credit>\S*供图|图片由\S+提供|摄影?[：:]?\s*[\u4e00-\u9fff]{2,4})$")
# 重庆日报版权所有 未经书面授权…: the footer names the paper that holds the page.
COPYRIGHT = re.compile(r"^(?:©|Copyright|版权所有\s*[：:])?\s*(?P<owner>[^\s©]{2,20}?)\s*版权所有")
# A report's opening dateline: 本报讯（记者 孙丽 通讯员 王强）, 新华社北京3月5日电（记者 张三）.
LEAD_DATELINE = re.compile(
    r"^(?:本报讯|本报[\u4e00-\u9fff]{0,6}电|[\u4e00-\u9fff]{2,8}讯|新华社[\u4e00-\u9fff\d]{0,12}电)?\s*"
    r"[（(](?P<names>(?:记者|通讯员|本报记者)[^（）()]{2,40})[）)]\s*"
)
SUBTITLE = re.compile(r"^[—－-]{1,2}\s*(.+)$")
SERIES = re.compile(r"[（(]([一二三四五六七八九十百\d]+)[)）]$")


@dataclass
class PageInfo:
    """Metadata read from furniture lines; the lines themselves are dropped from the text."""

    showcase: ShowcaseData = field(default_factory=ShowcaseData)
    headlines: list[str] = field(default_factory=list)  # the e-paper's list of titles on this page
    is_epaper: bool = False
    is_portal: bool = False


def is_noise(line: str) -> bool:
    return any(p.search(line) for p in NOISE)


def read_date(line: str) -> str | None:
    match = DATE.search(line)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def read_dateline(line: str, showcase: ShowcaseData) -> bool:
    """'2022年12月06日15:09 | 来源：人民网-安徽频道' or '2021 年 06 月 23 日 星期三'."""
    if not DATELINE.match(line):
        return False
    showcase.date = read_date(line)
    rest = DATE.sub("", line, count=1)
    time = TIME.search(rest)
    if time:
        showcase.time = f"{int(time.group(1)):02d}:{time.group(2)}"
    source = SOURCE.search(rest)
    if source:
        publication, _, channel = source.group(1).partition("-")
        showcase.publication = showcase.publication or publication
        showcase.channel = showcase.channel or channel
    return True


def read_copyright(line: str, showcase: ShowcaseData) -> None:
    match = COPYRIGHT.match(line)
    if match and not showcase.publication:
        showcase.publication = match["owner"]


def read_breadcrumb(line: str, showcase: ShowcaseData) -> bool:
    """人民网>>安徽频道>>江淮传真: the first crumb is the site, the second its channel."""
    if not BREADCRUMB.match(line) or "，" in line or "。" in line:
        return False
    crumbs = [c.strip() for c in re.split(r">>|>|›|»", line) if c.strip()]
    showcase.publication = showcase.publication or crumbs[0]
    if len(crumbs) > 1:
        showcase.channel = showcase.channel or crumbs[1]
    return True


def read_edition(line: str, showcase: ShowcaseData) -> bool:
    match = EDITION.match(line)
    if not match:
        return False
    # As the e-paper prints it: 第015版:重庆新闻
    showcase.edition = f"第{match.group(1)}版" + (f":{match.group(2)}" if match.group(2) else "")
    return True


def page_label(number: str) -> str:
    return number.upper()


def pages_span(pages: set[str]) -> str:
    """{'B14', 'B15'} -> 'B14-B15'."""
    if not pages:
        return ""
    ordered = sorted(pages, key=lambda p: (re.sub(r"\d", "", p), int(re.sub(r"\D", "", p) or 0)))
    return ordered[0] if len(ordered) == 1 else f"{ordered[0]}-{ordered[-1]}"
