"""Decoding and normalising article text: whatever the source, the rest of the loader sees one form.

The one form: LF line ends; ASCII digits and letters; one ordinary space for NBSP, ideographic
and other wide spaces; zero-width characters dropped; and, as Chinese typesetting wants
(GB/T 15834), full-width ，：；！？（） wherever such a mark touches Chinese text. Marks between
digits or Latin letters (1,000  15:09  1+N) are left as they are.
"""

from __future__ import annotations

import re


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

    return _HALF_PUNCT_NEAR_CJK.sub(replace, line)


def normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    text = text.translate(_FULLWIDTH_ALNUM).translate(_FULLWIDTH_KEEP_ASCII)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" {2,}", " ", line.strip())
        lines.append(to_fullwidth_punctuation(line))
    return "\n".join(lines).strip() + "\n"
