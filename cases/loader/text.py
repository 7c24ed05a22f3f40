"""Decoding and normalising article text: whatever the source, the rest of the loader sees one form.

The one form: LF line ends; ASCII digits and letters; one ordinary space for NBSP, ideographic
and other wide spaces; zero-width characters dropped; and, as Chinese typesetting wants
(GB/T 15834), full-width ，：；！？（） wherever such a mark touches Chinese text. Marks between
digits or Latin letters (1,000  15:09  1+N) are left as they are. A space a web page left
between a figure and its Chinese words (“活动 20 余次”) is dropped.

Text in Traditional characters (a Hong Kong or Taiwan copy, 醫院 黨員 餘 條) is read in a
Simplified copy made by OpenCC, the maintained converter; the source keeps its own characters.
A text with no line breaks (a whole page copied as one line) is cut into its metadata, its
sentences and paragraphs first (see split_run_on).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from functools import cache

import html_text
import opencc

from .vocabulary import BROADCAST_MARKERS, COUNTERS, PROVINCES


class UnreadableText(ValueError):
    """The bytes are not text the loader can read; the message says why, in one line."""


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK."""
    if not data.strip():
        raise UnreadableText("文件为空")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise UnreadableText(f"按 {encoding} 无法解码（第 {error.start} 字节）") from None
    if b"\x00" in data:
        raise UnreadableText("二进制文件，不是文本")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise UnreadableText(f"既不是 UTF-8 也不是 GB18030 编码（第 {error.start} 字节无法解码）") from None
    if _looks_like_noise(text):
        raise UnreadableText("无法识别的编码或二进制内容")
    return text, "gb18030"


# A saved web page: markup at its start, or a document element anywhere near it.
_HTML_START = re.compile(r"\s*<(?:!doctype|html|head|body|meta|title|div|p|table|article|section)\b", re.IGNORECASE)
_HTML_DOCUMENT = re.compile(r"<(?:html|body)\b[^>]*>", re.IGNORECASE)


def is_html(text: str) -> bool:
    head = text[:4000]
    if _HTML_DOCUMENT.search(head) or re.match(r"\s*<(?:!doctype|html|head)\b", head, re.IGNORECASE):
        return True
    # (<div class="nav">首页 | …</div> over lines of plain text: a copy that kept some of its tags,
    # whose line breaks are its own; a page's markup breaks its lines only where its blocks end)
    lines = [line for line in head.splitlines() if line.strip()]
    plain = sum(1 for line in lines if "<" not in line)
    return bool(_HTML_START.match(head)) and plain * 4 < len(lines)


_TAG_RESIDUE = re.compile(r"</?(?:p|span|div|section|strong|b|em|i|u|font|br|h[1-6]|blockquote|li|ul|ol|center|img|a|table|tbody|thead|tr|td|th|nav|header|footer|article|hr|iframe)\b[^<>]{0,300}?/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:nbsp|ldquo|rdquo|lsquo|rsquo|middot|mdash|hellip|gt|lt|amp|quot|#\d{2,5});")
# (a script's or a style's text is no text of the page: it goes with its tags)
_SCRIPT_ELEMENT = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def without_tag_residue(text: str) -> str:
    """<p class="ql-block">　　6月18日上午，…</p>: a copy that kept its paragraphs' tags (an app's
    editor, a CMS field) but is no web page: the tags go, each paragraph stays on its line."""
    if "<" not in text or not (_TAG_RESIDUE.search(text) or _SCRIPT_ELEMENT.search(text)):
        # (&ldquo;党建+医共体&rdquo;, &nbsp;&gt;&nbsp;: a copy of a page's source text, its marks as entities)
        return html.unescape(text) if len(_ENTITY.findall(text)) >= 2 else text
    text = re.sub(r"<br\s*/?>", "\n", _SCRIPT_ELEMENT.sub("", text), flags=re.IGNORECASE)
    return html.unescape(_TAG_RESIDUE.sub("", text))


# {"id":"518833","title":"某县妇幼保健院…","crtime":"2024-09-12 10:21:07",…}: a CMS's record of the
# article printed over its text; its title is the report's headline, the rest is no text of the page
_JSON_RECORD = re.compile(r'^[ \t]*\{\s*"[A-Za-z_]+"\s*:.*"title"\s*:\s*"(?P<title>[^"]{4,80})".*\}[ \t]*$', re.MULTILINE)


def without_json_records(text: str) -> str:
    return _JSON_RECORD.sub(lambda record: record["title"], text)


# (（主持人）在某县某村…: in round brackets only the narrators' marks; （同期声）某某： labels a speaker's words;
# 导语：寒冬时节，…: a script's label before a colon)
_SCRIPT_MARKER = re.compile(
    rf"^([ \t\u3000]*)(?:[【\[](?:{BROADCAST_MARKERS})[】\]]|[（(](?:主持人口播|主持人|导语|解说词?|口播|画外音|播音员|记者出镜|出镜)[）)]|(?:主持人导语|主播导语|导语|解说词?|主持人口播|口播|画外音)[：:])[ \t\u3000]*(?=\S)", re.MULTILINE
)


def without_script_markers(text: str) -> str:
    """【导语】初夏时节，…, （主持人）在…: a broadcast script's marker before the text of its line goes (alone on a line it is furniture)."""
    return _SCRIPT_MARKER.sub(r"\1", text)


def html_to_text(text: str) -> str:
    """A saved web page as the text a reader copies from it: one line per block, no script or style.

    html-text (lxml) does what a browser's copy does; the page's furniture (navigation, footer)
    comes with it, as in a copy, and the furniture stage reads it as such.
    """
    return html_text.extract_text(text, guess_layout=True) + "\n"


def _looks_like_noise(text: str) -> bool:
    """GB18030 decodes almost any byte string; real Chinese text is mostly common CJK and ASCII."""
    sample = text[:4000]
    common = sum(1 for ch in sample if ch.isascii() or "\u4e00" <= ch <= "\u9fff" or ch in _CJK_PUNCT)
    return common < 0.9 * len(sample)


_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】—…·「」『』〈〉"
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B) if chr(c - 0xFEE0).isalnum()}
_FULLWIDTH_KEEP_ASCII = str.maketrans({"％": "%", "＋": "+", "－": "-", "．": ".", "／": "/", "＃": "#"})
_TO_FULLWIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff" + re.escape(_CJK_PUNCT)
_HALF_PUNCT_NEAR_CJK = re.compile(rf"(?<=[{_CJK}]) ?([,:;!?()]) ?|([,:;!?()])(?= ?[{_CJK}])")


def to_fullwidth_punctuation(line: str) -> str:
    def replace(match):
        mark = match.group(1) or match.group(2)
        return _TO_FULLWIDTH[mark]

    line = _HALF_PUNCT_NEAR_CJK.sub(replace, line)
    # 山区，，全村…，。: a mirror's doubled marks (each comma written twice, one before every stop)
    return _DOUBLED_COMMA.sub("", line)


_DOUBLED_COMMA = re.compile(r"(?<=，)，+|，(?=[。！？；])")


# A space between a figure and the Chinese words around it: “活动 20 余次”, “共 3 个党支部”.
_SPACED_FIGURE = re.compile(
    r"(?<=[\u4e00-\u9fff，、：]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff%])|(?<=\d[万亿]) (?=[\u4e00-\u9fff])|(?<=\d [万亿]) (?=[\u4e00-\u9fff])|(?<=%) (?=以上|左右|以内|之多)"
    r"|(?:(?<=\d[余多])|(?<=\d [余多])|(?<=\d[万亿][余多])) (?=[\u4e00-\u9fff])"  # (2.3万余 人, 210余 人次: the unit set apart after 余)
)
# １，３００餘處, ４，６７５名: a full-width copy's thousands set apart by a full-width comma (not a list's 、)
# (not 开展活动１２０，３００余名居民参与: two counts, a clause's comma between them; a thousand's group opens
# with one digit, or two groups follow, and a unit comes after the whole: 党员４，６７５名)
_FULLWIDTH_THOUSANDS = re.compile(r"(?<![０-９])(?:[０-９](?:，[０-９]{3})+|[０-９]{2,3}(?:，[０-９]{3}){2,})(?![０-９])(?=余|多|\s?[名人个户处件次元万亿项场支家所条份台例间张天位床])")
# 2 300 余人次, 1 . 8 万: a PDF's digits set apart; a date and its time (2024-06-12 09:30) stay apart.
_SPACED_DIGITS = re.compile(
    r"(?<![\d\-/:.])(?<!\d )(?:\d(?: \d){1,7}(?: ?\. ?\d{1,4})?|\d{1,3}(?: \d{3}){1,3}|\d{1,4} ?\. ?\d{1,4})(?= ?[万亿余多]? ?[\u4e00-\u9fff%])"
)  # digit by digit (2 1 名), by thousands (2 300 余), or around a decimal point (1 . 8 万)


# 2 0 2 4 - 0 1 - 1 5, 1 0 : 2 2: a letter-spaced page's date and time, read whole
_SPACED_DATE = re.compile(r"(?<!\d)(?<!\d )\d(?: \d){3} ?[-/.] ?\d(?: \d)? ?[-/.] ?\d(?: \d)?(?! ?\d)|(?<!\d)(?<!\d )\d(?: \d)? ?: ?\d \d(?: ?: ?\d \d)?(?! ?\d)")
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[1-5]?[)）]")


_BRACKETED_LABEL = re.compile(r"[\[【](索引号|发文字号|文号|主题分类|体裁分类|分类|发布机构|成文日期|发布日期|主题词|来源|作者)[\]】]\s*")


# (…党员163名。　（本版编辑：某某）, …临床科室。　本版图片由受访单位提供, …预约。@某县卫健委 @某某融媒: a
# page's credit beside a PDF column's line, a post's mentions after its caption)
_CREDIT_AFTER_A_SENTENCE = re.compile(
    r"(?<=[。！？”])\s*(?:[（(](?:本版编辑|本版责编|本版责任编辑|责任编辑|责编)[：:]\s*[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4})?[）)]"
    r"|本版图片由[\u4e00-\u9fff]{2,12}提供|(?:@[\u4e00-\u9fffA-Za-z0-9]{2,20}\s*)+"
    r"|[（(][\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图)[）)]"  # (…表示。（某某 文/图）)
    r"|(?:#[^#\s]{2,20}\s+)+#[^#\s]{2,20}(?:\s+@[^@\s]{2,20})*)$"  # (…出发啦！#党建引领 #义诊 @某县卫健局: a video post's hashtags, its mentions)
)
_KEYCAP_NUMBER = re.compile("^(?:(\\d)\uFE0F?\u20E3|🔟)(?!\\d\uFE0F?\u20E3)\\s*")  # (not 2️⃣0️⃣2️⃣4️⃣年, a year)
_PICTOGRAPH_BULLET = re.compile("^(?:[\U0001F300-\U0001FAFF\u2600-\u26FF][\uFE0F\u200D]?)+\\s*(?=[\u4e00-\u9fff“【])")


# A scanned copy's figure with letters read for digits (l2OO余户, 34OO余人次, l8%, 7S%, 职工 6l 人, 团队ll支), between Chinese
# words before a count's measure: a run of digits and O/l/I holding a digit, or ll (not CT, O2吸氧, O2O服务, a roman II期)
_OCR_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff]) ?((?=[0-9OlIS]*[0-9])(?=[0-9]*[OlIS])[0-9OlIS]{2,6}|ll) ?(?=[余多万千%]|[名人个次户支家项场张台件条所间元岁天例份批队])")
_OCR_DIGITS = str.maketrans("OlIS", "0115")


def _ocr_figure_read(match: re.Match) -> str:
    """l2OO -> 1200; an S only before % (7S% -> 75%, not 5S项目管理, a method's name)."""
    run = match.group(1)
    if "S" in run and match.string[match.end() : match.end() + 1] != "%":
        return match.group(0)
    return run.translate(_OCR_DIGITS)
_SPACED_LABEL = re.compile(r"^([\u4e00-\u9fff])\s+([\u4e00-\u9fff])\s*([：:])")


def _without_letter_spacing(line: str) -> str:
    """近 年 来 , 某 县 卫 生 …: a document site's copy, each character set apart, wholly or in runs.

    A run of single characters joins up, and with the Chinese words on either side of it
    (卫生院 门 诊 量 达 4 . 2 万 人 次,较… -> 卫生院门诊量达4.2万人次,较…): a run with a figure
    in it from four, holding a Chinese character (not a table's row of digits, 5 3 2 1); a run of
    Chinese alone from ten (not a list of names set apart, 王 岚 陈 静, nor a widget's 大 中 小), and
    two figures set apart stay two (活动 12 15 20 场).
    """
    tokens = line.split(" ")
    if len(tokens) < 4:
        return line
    # (a figure's digits printed together, 巡 诊 96 场 次, run on with the characters around them)
    single = [(len(t) == 1 and not re.match(r"[A-Za-z]", t)) or re.fullmatch(r"\d+(?:[.,]\d+)*%?", t) is not None for t in tokens]
    if all(single) and any(not t.isascii() for t in tokens):
        return "".join(tokens)  # 一 、 强 化 组 织 引 领: a heading set apart, the whole line
    keep_space = [True] * (len(tokens) - 1)  # keep_space[i]: the space between token i and i + 1
    start = 0
    while start < len(tokens):
        end = start
        while end < len(tokens) and single[end]:
            end += 1
        run = tokens[start:end]
        chinese = sum(1 for t in run if not t.isascii())
        with_figure = any(t.isdigit() for t in run)
        # (活动 12 15 20 场: three figures apart, one character after them; not one figure's letters)
        if chinese and (len(run) >= 10 or (with_figure and len(run) >= 4 and chinese >= 2)):
            for i in range(start, end - 1):
                keep_space[i] = False
            # (the words either side join where they are Chinese: 卫生院 门 诊…, …人 次,较…)
            if start > 0 and not re.search(r"[A-Za-z]$", tokens[start - 1]):
                keep_space[start - 1] = False
            if end < len(tokens) and not re.match(r"[A-Za-z]", tokens[end]):
                keep_space[end - 1] = False
        start = end + 1
    joined = tokens[0]
    for token, keep in zip(tokens[1:], keep_space):
        joined += (" " if keep else "") + token
    return joined


# …远程会诊1380例。          图为医院专家在… / (far indented) …查房。 王 军 摄: a PDF page's photo caption set
# beside the column, its lines spliced onto the column's
_SIDE_CAPTION_MARK = re.compile(r"图为|图[：:]|▲|[（(]图")
_SIDE_CAPTION = re.compile(r"^(?P<column>.*\S) {10,}(?P<caption>(?:" + _SIDE_CAPTION_MARK.pattern + r").*)$")
_INDENTED_FAR = re.compile(r"^ {20,}(?P<text>\S.{0,40}(?:摄|。))$")  # (a caption's last line; not a signature or a date set right)


def split_side_captions(text: str) -> str:
    apart: list[str] = []
    caption_at = None
    for line in text.split("\n"):
        side = _SIDE_CAPTION.match(line)
        far = _INDENTED_FAR.match(line)
        if side:
            apart += [side["column"], side["caption"]]
            caption_at = len(apart) - 1
        elif far and caption_at is not None:
            apart[caption_at] += far["text"]  # (the caption's next line, under it beside the column)
        else:
            apart.append(line)
            caption_at = None
    return "\n".join(apart)


# . X$ ~! y G* g/ j会上，…: a forum's jammer, random letters and signs it sets in a copied post's lines
_FORUM_JAMMER = re.compile(r"^\s*(?:[!-~]{1,3} ){3,}[!-~]{1,3}(?=[\u4e00-\u9fff“])")  # (at a line's start: not a formula, 按 y = a * x + b换算)


def _is_jammer(run: str) -> bool:
    return len(re.findall(r"[$~!*&^%#@\[\]\\\"?/{}|<>;`]", run)) >= 2 and re.search(r"[A-Za-z]", run) is not None and "=" not in run


def normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _FULLWIDTH_THOUSANDS.sub(lambda m: m.group(0).replace("，", ""), text)
    text = text.translate(_FULLWIDTH_ALNUM).translate(_FULLWIDTH_KEEP_ASCII)
    text = text.replace("丨", "｜")  # 热点资讯丨某街道…: the radical stands in for a bar
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" {2,}", " ", line.strip())
        line = _CREDIT_AFTER_A_SENTENCE.sub("", line)
        line = _KEYCAP_NUMBER.sub(lambda m: (m[1] or "10") + "、", line)  # 1️⃣某县人民医院——…: a post's list number
        line = _PICTOGRAPH_BULLET.sub("●", line)  # 🏥某县中医院：…: a post's pictograph marks an entry as a bullet does
        line = _SPACED_LABEL.sub(r"\1\2\3", line)  # 文  号：…, 标  题：…: a form's label set letter-spaced
        line = _BRACKETED_LABEL.sub(r"\1：", line)  # [发布机构] 某某委 -> 发布机构：某某委
        line = _PINYIN_GLOSS.sub("", line)  # 醫(yī)院: a mirror site's pinyin after each character
        line = _without_letter_spacing(line)  # 全 州 县 人 民 医 院 报, 近 年 来 , 某 县 …
        line = _SPACED_DATE.sub(lambda m: m.group(0).replace(" ", ""), line)
        line = _SPACED_DIGITS.sub(lambda m: m.group(0).replace(" ", ""), line)
        line = _SPACED_FIGURE.sub("", line)
        line = _OCR_FIGURE.sub(_ocr_figure_read, line)  # 签约l2OO余户, 团队ll支: a scan's letters for digits
        line = _FORUM_JAMMER.sub(lambda m: "" if _is_jammer(m.group(0)) else m.group(0), line)
        line = re.sub(r"(?<=[。！？”])\s*[|｜]$", "", line)  # …顺利开展。 | : a table cell's edge left at a sentence's end
        lines.append(to_fullwidth_punctuation(line))
    return "\n".join(lines).strip() + "\n"


@cache
def _converter() -> opencc.OpenCC:
    # hk2s knows the variant forms (衞, 綫) that t2s leaves. Not tw2sp: its Taiwan-to-mainland
    # words rewrite what mainland reports say too (新增 -> 添加, 建立 -> 创建, 整合 -> 集成).
    return opencc.OpenCC("hk2s.json")


# The Taiwan words a machine-converted copy of a mainland report puts in (社区 -> 社群), back.
TAIWAN_WORDS = {"社群": "社区"}
_TAIWAN_WORD = re.compile("|".join(TAIWAN_WORDS))


def in_simplified_characters(text: str) -> str:
    """Every character converted, whatever the text's writing (to_simplified decides when to)."""
    return _TAIWAN_WORD.sub(lambda m: TAIWAN_WORDS[m.group(0)], _converter().convert(text))


def to_simplified(text: str) -> str:
    """The text in Simplified characters when it is written in Traditional ones, else as it is.

    A Simplified text keeps every character: some characters (著, 乾, 夥) are Traditional forms
    only in some words, so the converter runs only where Traditional writing is plain to see.
    """
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    converted = in_simplified_characters(text)
    changed = sum(1 for a, b in zip(text, converted) if a != b) if len(converted) == len(text) else cjk
    return converted if cjk and changed >= max(3, cjk // 50) else text


# Where a page copied as one long line had its line breaks: before and after its metadata
# (dates, 来源, 作者, 编辑, 点击数), and between sentences.
RUN_ON_LENGTH = 150
# …住院病人2.1万余人次。 - 7 - 某县卫生健康系统党建工作汇编(2024)医院先后荣获…: a copied document's page
# number and running head, run into the sentence the page break cut
_PAGE_IN_RUN = re.compile(r"\s[-—－–]\s?\d{1,3}\s?[-—－–]\s(?:[^\s。！？，]{4,40}?(?:汇编|简报|材料|资料|文件|报告|会刊)(?:[（(]\d{4}[）)])?\s?)?")
_METADATA_IN_RUN = re.compile(
    r"(?:(?:19|20)\d{2}[-/年]\d{1,2}[-/月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s+(?:" + PROVINCES + r")(?=\s))?)?(?:\s*发表于[\u4e00-\u9fff]{0,6})?"
    r"|(?<=\s)[\u4e00-\u9fff]{2,8}(?=\s+(?:19|20)\d{2}[-/年]\d{1,2}[-/月]\d{1,2})"  # an account's name before its post's time
    r"|(?<=\s)(?:本报|特约|全媒体)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}(?:\s+(?:本报|特约|全媒体)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3})*(?=\s)"  # 标题 本报通讯员 某某 正文: a byline in the run
    r"|点击蓝字\s*关注我们|往期推荐|往期回顾|推荐阅读|相关阅读|相关文章|相关新闻|[【\[]?相关稿件[】\]]?|分享\s*收藏\s*点赞\s*在看|(?<=\s)▲\S{2,40}(?=\s)"
    r"|(?<=\s)(?:[▶■●◆]\S{2,60}|案例[一二三四五六七八九十\d]{1,3}\s+\S{4,60})(?=\s)"  # a list's items; a numbered case's heading
    # 01 某卫生院党支部：“健康快车”跑出…, （一）某医院党委：“品牌”, 【某社区党委】“小网格”托起…: a unit's head
    r"|(?<=[\s。！？”）)])\s*(?:0?[1-9]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|[一二三四五六七八九十]{1,3}、)[^\s，,。：:\d]{2,24}[：:][^\s。，,]{2,40}(?=\s)"
    r"|(?<=[\s。！？”）)])\s*[【〔][^【】〔〕\s：:]{2,24}(?:党委|党支部|党总支|党工委|支部|医院|卫生院|中心|社区|村|街道|镇|乡)[】〕][^\s。，,]{2,40}(?=\s)"
    r"|(?<=[。！？”\s])\s*【[^【】。]{2,30}[：:][^【】。]{2,40}】"  # 【某县人民医院：“苗岭医魂”】: a unit's bracketed head
    # …元。 县中医院：“岐黄先锋”送医下乡 县中医院党总支以…: a unit's name and its motto, an entry's head between spaces
    r"|(?<=[。！？”])\s+[^\s，,。：:“”]{1,20}(?:医院|卫生院|卫生服务中心|保健院|社区|村|嘎查|街道|镇|乡|卫健委|卫生健康局)[：:]\s*[^\s。，,；]{2,30}(?=\s)"
    r"|(?:来源|作者|编辑|责任编辑|责编|审核|发布时间|(?<=\s)时间|" + COUNTERS + r"|点击|浏览|阅读|字号|标签|分享到|转自)\s*[：:]\s*[^\s，。：:“]{0,20}"
    r"|(?<=\s)(?:字号|A\+\s*A-)(?=\s)|(?:^|(?<=[。！？”\s]))\s*原标题[：:]\s*《[^《》]{4,60}》"  # a reader's type-size tool; the headline the copy had
    r"|(?<=[。！？”\s])\s*(?=[【\[](?:打印|关闭|字体|字号|收藏|返回)|(?:打印本页|关闭窗口)(?:\s|$))|(?<=\s)(?=主办[：:]|[\u4e00-\u9fff]ICP备)"
    r"|[【\[](?:打印|关闭|收藏|返回|纠错|我要纠错)[^】\]\s]{0,6}[】\]]"  # 【打印】 正文…: a page's button, a piece of its own
    r"|(?<=[。！？”])\s*END(?=\s|$)"  # …。END 往期推荐: a public account's end mark
    r"|(?<=\s)预览时标签不可点(?=\s|$)"  # a public account page's buttons follow
    r"|收录于(?:合集|话题)\s*(?:#\S{1,20}\s*)+(?:\d+个)?"  # the account's collection the post is filed in
    r"|(?<=[\s。！？”])\s*【[一二三四五六七八九十\d]{1,3}】\s*[^\s，。：:]{2,24}[：:][^\s。，]{2,40}(?=\s)"  # 【二】某村：“…”, an entry's head
    r"|(?<=[。！？”])\s*(?=[（(][^（）()]{2,30}(?:供稿|供图|整理)[^（）()]{0,20}[）)])"
    r"|(?<=[。！？”])\s*[（(](?:本报|特约|全媒体)?(?:记者|通讯员)\s*[^（）()]{2,20}[）)]"  # …。（记者 某某） at the report's end
    r"|(?<=\d:\d\d)\s*·\s*[\u4e00-\u9fff]{2,3}(?=\s)|(?<=\s)(?:关注|举报(?:\s*/\s*反馈)?|相关推荐|热门推荐|猜你喜欢|评论\s*\d*)(?=\s|$)"  # an app's buttons
    r"|(?:首页|当前位置[：:]\s*首页|^[\u4e00-\u9fff]{2,10}(?=\s*[>»›]))(?:\s*[>»›]\s*[^\s>»›，。]{2,12}){1,4}|^(?:[\u4e00-\u9fff]{2,8}(?:>>|»)){2,}[\u4e00-\u9fff]{1,8}"
    r"|第\s*[A-Z]?\d{1,3}\s*版(?:\s*[：:]\s*[\u4e00-\u9fff]{2,8})?|星期.|上一版|下一版|上一篇|下一篇"
    r"|(?=本报讯|本网讯|本台讯|本报记者|[\u4e00-\u9fff]{2,6}社[\u4e00-\u9fff]{0,8}电)|(?<=[。！？])(?=[^。！？]{0,20}版权所有))"
)
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）)]*|[^。！？]+$")


# #党建引领# #我为群众办实事# 【某县：三家卫生院的“红色密码”】今年以来，…: a microblog post's topics,
# then its headline in brackets, then its text, all on one line.
_POST_HEADLINE = re.compile(r"^\s*(?:#[^#\n]{1,20}#\s*)+【(?P<headline>[^】\n]{4,40})】\s*(?P<text>\S)", re.MULTILINE)


# 龙港镇　镇党委聚焦…。 / 郑庄镇　…: a round-up's towns named at their paragraphs' starts, set apart by a space, not a colon
_RUN_IN_HEAD = re.compile(r"^(?P<name>(?:(?![在进到入的了])[\u4e00-\u9fff]){2,6}?(?:镇|乡|街道|苏木))(?:\u3000{1,2}| {2,4})(?P<rest>\S[^\n]{29,})$", re.MULTILINE)


_BULLETED_HEAD = re.compile(
    r"^(?P<name>[▲△◆◇●○■□★☆▶►]\s*[\u4e00-\u9fff]{2,20}?(?:卫生院|医院|服务中心|卫健局|卫生健康局))[ \u3000]+(?P<rest>[\u4e00-\u9fff\d“][^\n]{19,})$",
    re.MULTILINE,
)


def label_run_in_heads(text: str) -> str:
    """Towns named in turn at their paragraphs' starts, each set apart by a space, are the units' labels
    (某镇：…), as a colon would set them, where the paragraphs run on into sentences (one such town
    among units of other kinds is left to the page's own reading); so are bulleted health bodies'
    names (▲某镇卫生院 8月5日，…) on a page of such briefs (not ▲某村 …, a town's own report's points)."""
    for head in (_RUN_IN_HEAD, _BULLETED_HEAD):
        if sum(1 for m in head.finditer(text) if "。" in m["rest"]) >= 2:
            text = head.sub(lambda m: f"{m['name']}：{m['rest']}" if "。" in m["rest"] else m.group(0), text)
    return text


def split_post_headline(text: str) -> str:
    """A microblog post's bracketed headline stands on a line of its own, its topics dropped."""
    return _POST_HEADLINE.sub(lambda m: m["headline"] + "\n" + m["text"], text)


def split_run_on(text: str) -> str:
    """A text whose lines run on for pages is given line breaks where its sentences end.

    Its metadata (a date, 来源：…, 编辑：…) stands on lines of its own, so the stages after this
    one see the same lines as in a copy that kept its breaks. Sentences are grouped into
    paragraphs of about 150 characters.
    """
    if sum(1 for line in text.split("\n") if line.strip()) > 4:
        return "\n".join(_furniture_apart(line) for line in text.split("\n"))  # a page that kept its line breaks
    lines = []
    for line in text.split("\n"):
        if len(line) < RUN_ON_LENGTH or line.count("。") < 3:
            lines.extend(_furniture_apart(line).split("\n"))
            continue
        line = _PAGE_IN_RUN.sub("", line)
        line = _METADATA_IN_RUN.sub(lambda m: f"\n{m.group(0)}\n", line)
        line = re.sub(r"[（(]\s*\n", "\n（", line)  # (…增长12%。（编辑：某某）: the bracket goes with its metadata)
        for part in line.split("\n"):
            for piece in _furniture_apart(part.strip()).split("\n"):
                lines.extend(_paragraphs(_headline_apart(piece.strip())))
    return "\n".join(lines)


def _furniture_apart(line: str) -> str:
    """…办结率达到95%。 返回搜狐，查看更多 / 原标题：某医院：… 今年以来，…: a platform's link or notice
    run onto the end of a line of the body, or the headline the copy had before it, a space between,
    stands on a line of its own (the rest of the line keeps its own spacing and indent)."""
    from .furniture import is_furniture

    line = _PLATFORM_LINK_GLUED.sub(r"\n\g<link>", line)
    if len(line) < 60 or "。" not in line or "\t" in line or "\n" in line:
        return line  # (not a table's row: 1 / 某县人民医院 / “红心护航” / …)
    # (阅读 (868): a counter and its bracketed number are one part)
    parts = list(re.finditer(r"\S+(?:\s+[（(]\d+[)）](?!\S))?", line))
    first, last = 0, len(parts)
    # (the headline the copy had, before it; not 某某日报讯, the dateline the report opens with)
    while last - first > 1 and "。" not in parts[first][0] and re.match(r"[（(]?原(?:标)?题", parts[first][0]) and is_furniture(parts[first][0]):
        first += 1
    # (a part of digits alone is a figure's, 3 100 余人次, not a button)
    while last - first > 1 and _WORD_CHARACTER.search(parts[last - 1][0]) and is_furniture(parts[last - 1][0]):
        last -= 1
    if (first, last) == (0, len(parts)):
        return line
    indent = line[: len(line) - len(line.lstrip())] if first == 0 else ""
    kept = indent + line[parts[first].start() : parts[last - 1].end()]
    if last < len(parts):
        kept = _CREDIT_GLUED.sub(r"\n\g<credit>", kept)  # (…理疗科。（供稿：某卫生院） 返回搜狐，查看更多: the credit too)
    return "\n".join([*(p[0] for p in parts[:first]), kept, *(p[0] for p in parts[last:])])


_WORD_CHARACTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# …提质增效。返回搜狐，查看更多: a platform's link back, run onto the last sentence with no space between
_PLATFORM_LINK_GLUED = re.compile(r"(?<=[。！？”])(?P<link>返回[\u4e00-\u9fff]{2,4}[，,]\s*查看更多)$")
# …理疗科。（供稿：某镇卫生院）: who sent it in, run onto the last sentence, before the platform's furniture
_CREDIT_GLUED = re.compile(r"(?<=[。！？”])(?P<credit>[（(]\s*(?:供稿|来源|撰稿|作者|编辑|责编)[：:][^（）()。，]{2,30}[）)])$")


def _print_width(line: str) -> int:
    return sum(2 if ord(char) >= 0x2E80 else 1 for char in line)


def join_wrapped_lines(text: str) -> str:
    """A document copied out of a PDF breaks every line at the page's width, inside sentences and
    words (成立于 2012 / 年，现有党员…): a line of about full width that ends inside a sentence goes on
    into the next one where the break falls before a mark or between a number and what it counts.

    The full width is what the longer lines reach; the text is a PDF's only where at least five
    lines reach it and most of them end inside a sentence, which a page that kept its paragraphs
    (each a line ending in 。) does not.
    """
    lines = text.split("\n")
    # (a paragraph's indent takes the column's width too: up to two full-width spaces of it)
    widths = [_print_width(line.strip()) + min(4, _print_width(line[: len(line) - len(line.lstrip())])) for line in lines]
    long_widths = sorted(w for w in widths if w >= 20)
    if len(long_widths) < 5:
        return text
    full_width = long_widths[int(len(long_widths) * 0.75)] * 0.85
    full = [i for i, w in enumerate(widths) if w >= full_width]
    inside = {i for i in full if not lines[i].rstrip().endswith(_SENTENCE_ENDS)}
    if len(inside) < 5 or len(inside) < 0.6 * len(full):
        return text
    # a page all of whose lines are wrapped (no paragraph runs on past the width) is a PDF's through
    # and through: its lines join wherever they end inside a sentence, but for a page's running head
    # (and whose wrapped lines are sentences' pieces, with their commas, full-width or not: not a list of headlines)
    wrapped_only = long_widths[-1] <= 1.5 * long_widths[int(len(long_widths) * 0.75)] and sum(bool(re.search(r"[，,。；;、]", lines[i])) for i in inside) >= 0.4 * len(inside)
    counts = Counter(re.sub(r"\.pdf$", "", line.strip()) for line in lines if line.strip())
    repeated = {line for line, count in counts.items() if count > 1}
    out: list[str] = []
    for i, line in enumerate(lines):
        if i - 1 in inside and line.strip() and out and (_GOES_ON.match(lines[i - 1].rstrip()[-1:] + line.strip()[:1]) or (wrapped_only and _plain_wrap(lines[i - 1], line, repeated))):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


# A public account's post set one phrase a line, no marks at their ends (今年以来 / 某社区党总支 / 推出…服务)
_PHRASE_LINE = re.compile(r"^(?![▶►●■◆★☆•·【\[（(#@]|\d+[、.．])[^。！？；：:\s]{3,26}$")  # (not a menu's 首页 / 新闻 / 体育)
# (a list of units one a line, a unit's name over its entry: no phrases of a sentence)
_UNIT_LINE = re.compile(r"(?:村|社区|嘎查|街道|镇|乡|医院|卫生院|中心|党支部|党委|党总支|支部|名单)$")
PHRASE_PAGE_LINES = 8  # phrase lines a page has at least, with hardly a sentence, to be set so


def join_phrase_lines(text: str) -> str:
    """A post set one phrase a line: each run of its phrase lines is the sentence it breaks up
    (今年以来，某社区党总支，推出…服务。), so that its figures read in their clauses. A page is set
    so where phrase lines abound and hardly a line ends a sentence."""
    from .furniture import is_furniture

    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)  # (the headline stands apart)
    phrase = [i != first and bool(_PHRASE_LINE.match(line.strip())) and not is_furniture(line.strip()) for i, line in enumerate(lines)]
    sentences = sum(1 for line in lines if (re.search(r"[。！？]", line) and len(line.strip()) > 26) or len(line.strip()) > 40)
    # (a PDF's wrapped lines are short too, but its marks fall inside them: 。这是某某街道社)
    marks_inside = sum(1 for line in lines if re.search(r"[，。；！？,;!?][^”’」』）)\s]", line.strip()))
    if sum(phrase) < PHRASE_PAGE_LINES or sentences > 2 or marks_inside > 2:
        return text
    out: list[str] = []
    run: list[str] = []
    blanks = 0  # (a post may set a blank line after each phrase: two end the run)

    def close() -> None:
        # (a unit's name over its phrases heads them; a run of names alone is a list, no sentence)
        head = run[:1] if run and _UNIT_LINE.search(run[0]) else []
        rest = run[len(head) :]
        units = sum(1 for part in rest if _UNIT_LINE.search(part))
        out.extend(head)
        if len(rest) >= 2 and units < len(rest) - units:
            joined = "".join(part if part.endswith(("，", "、")) else part + "，" for part in rest)
            out.append(joined[:-1] + "。")
        else:
            out.extend(rest)
        run.clear()

    for line, is_phrase in zip(lines, phrase):
        if is_phrase:
            blanks = 0
            run.append(line.strip())
        elif not line.strip() and run and blanks == 0:
            blanks = 1
        else:
            close()
            out.extend([""] * blanks + [line])
            blanks = 0
    close()
    return "\n".join(out)


def _plain_wrap(line: str, following: str, repeated: set[str]) -> bool:
    from .furniture import is_furniture

    if line.strip() in repeated or following.strip() in repeated or re.match(r"[●▲■◆□◇★☆▶►•·【]|[\u4e00-\u9fff]{2,6}[：:]", following.strip()):
        return False  # a running head, a bullet's entry, a field (联系人：…) stand on their own lines
    if "\t" in line + following:
        return False  # a table's row
    if _NUMBERED_CASE_HEAD.match(line.strip()):
        # 【案例二】某社区：“党群议事厅”议出幸福感 over its text; 【案例一】…“红色楼长”织密 / 服务网: a head's own tail
        return len(following.strip()) <= 6 and not re.search(r"[，,。；;、：:]", following)
    if _SIDE_CAPTION_MARK.match(line.strip()):
        return False  # 图为…查房。 王 军 摄: a photo's caption stands on its own
    if re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", line.strip()) and not re.search(r"[，,。；;、：:]", line):
        return False  # a page's header (2023年12月5日 星期二 某某日报 05), not a sentence's piece
    if re.match(r"(?: {2,}|\u3000)\S", following):
        return False  # an indented line opens a paragraph
    if re.search(r"^(?:本报|特约|全媒体)?(?:记者|通讯员)\s|[（(]\s*[上下]?转[^（）()]{0,8}[）)]$|供图$", line.strip()) or following.strip().endswith("供图"):
        return False  # a byline, a jump to another page (（下转第2版）), a photo's credit
    if re.search(r"\s{2,}|\u3000|\.pdf|[|｜]|编[：:]|校对", line.strip() + " " + following.strip()):
        return False  # a page's header or footer, laid out in columns
    if re.match(r"^(?:[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+|\d+[、.．]|[—-]\s*\d)", following.strip()):
        return False  # 一、…, （二）…, 三是…: a numbered head or point starts its own line
    return not is_furniture(line.strip()) and not is_furniture(following.strip())


_NUMBERED_CASE_HEAD = re.compile(r"^(?:[【\[](?:案例|典型案例|经验)[一二三四五六七八九十\d]+[】\]]|案例[一二三四五六七八九十\d]+[：:\s])")
_SENTENCE_ENDS = ("。", "！", "？", "”", "：", ":", "；")
# Where no line may break but a PDF's width: before a punctuation mark, and between a number and
# what it counts (成立于 2012 / 年，…; 3100 / 余人) — the lines after them would read as a heading
# or a new paragraph; other breaks the reading of paragraphs mends.
_GOES_ON = re.compile(r"^(?:.[，。、；：！？”）%]|\d[年月日万亿千百余多名个人元项次场家户台张条份支位])")


def join_broken_names(text: str) -> str:
    """湄潭县永兴镇中心卫生 / 院：…: a line a PDF broke inside an institution's name goes on.

    Only where the two halves make a name the lexical analyser accepts (公共卫生 / 院党委 is a
    heading and a sentence, and stays two lines).
    """
    from .names import institution_mentions
    from .vocabulary import INSTITUTION_SUFFIX

    suffix = re.compile(INSTITUTION_SUFFIX)
    out: list[str] = []
    for line in text.split("\n"):
        if out and out[-1].strip() and line.strip() and len(out[-1].strip()) <= 40:
            tail, head = out[-1].rstrip()[-16:], line.lstrip()[:8]
            joint = tail + head
            # the break falls inside a name's ending (卫生 / 院), and the whole is a name
            broken = [m.end() for m in suffix.finditer(joint) if m.start() < len(tail) < m.end()]
            if broken and any(m.end in broken for m in institution_mentions(joint)):
                out[-1] = out[-1].rstrip() + line.lstrip()
                continue
        out.append(line)
    return "\n".join(out)


_BRACKET_LABEL_LINE = re.compile(r"^[ \t\u3000]*【(?P<name>[^【】\s]{2,24})】[ \t\u3000]*\n[ \t\u3000]*(?P<title>[^\n]{2,40}?)[ \t\u3000]*$", re.M)


def join_bracketed_labels(text: str) -> str:
    """【某县人民医院】 / 专科联盟下沉 县域就医不再难: a unit's bracketed name on a line of its own over
    its entry's headline is one heading, 【某县人民医院】专科联盟下沉…, as most pages print it."""
    from .entities import is_institution_name

    def joined(match: re.Match) -> str:
        title = match["title"]
        if not is_institution_name(match["name"]) or title.endswith(("。", "！", "？", "；", "，")) or title.startswith("【"):
            return match.group(0)
        return f"【{match['name']}】{title}"

    return _BRACKET_LABEL_LINE.sub(joined, text)


def _headline_apart(run: str) -> str:
    """某村：“小网格”撑起“大民生” 走进某村，…: a headline run into the text it heads, a space between,
    stands on its own line (the last space before the first sentence's first mark)."""
    first_mark = re.search(r"[，。！？；]", run)
    if not first_mark or len(run) < 120:
        return run
    gap = max((m for m in re.finditer(r"\s+", run[: first_mark.start()])), key=lambda m: m.start(), default=None)
    head = run[: gap.start()] if gap else ""
    if not gap or not 8 <= len(head) <= 40 or re.search(r"[。！？；，]", head) or first_mark.start() - gap.end() < 4:
        return run
    # (a headline's own marks: a label's colon, quotes, a bar; not a speaker's title or an open bracket)
    if not re.search(r"[：:“”\"｜|—]", head) or head.count("（") + head.count("(") > head.count("）") + head.count(")"):
        return run
    if re.search(r"(?:书记|院长|主任|所长|记者|通讯员|编辑)$", head) or re.match(r"^[\u4e00-\u9fff]{2,3}(?:说|介绍|告诉|表示)", run[gap.end() :]):
        return run
    return head + "\n" + run[gap.end() :]


def _paragraphs(run: str) -> list[str]:
    if len(run) < 120 or "。" not in run:
        return [run]
    paragraphs, current = [], ""
    for sentence in _SENTENCE.findall(run):
        current += sentence
        if len(current) >= 150:
            paragraphs.append(current.strip())
            current = ""
    if current.strip():
        paragraphs.append(current.strip())
    return paragraphs
