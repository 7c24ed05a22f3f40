"""From decoded text to blocks: one block per non-empty line, with what its layout tells.

Text dumps of printed pages carry meaning in their layout: how far a line is indented (e-paper
captions sit deeper than body paragraphs), how many blank lines stand before it (a photo leaves a
gap), and Markdown-ish heading marks. The later steps read these, so they are kept here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import normalize

# (not a post's topic tags, #党建引领基层治理#, which close on # with no space inside)
# (not a post's topic tags: #某某# #某某#, or #乡村振兴 #党建引领 as the apps print them)
# (nor a collection's tag and size under 收录于合集: #党建品牌巡礼 6个)
_HEADING = re.compile(r"^(?!(?:#[^#\s][^#]{0,30}#\s*)+$)(?!#[^#\s]\S{0,15}(?:\s+#[^#\s]\S{0,15})+\s*$)(?!#[^#\s]{2,20}\s*\d+个\s*$)(#{1,6})\s*(.*)$")
_INDENT_CHARS = " \t\u3000\u00a0"


@dataclass
class Block:
    text: str
    level: int = 0  # Markdown heading level; 0 for a plain line
    indent: int = 0  # leading spaces in the source line
    gap: int = 0  # blank lines before it
    lineno: int = 0
    under_photo: bool = False  # right under a copied post's [图片]: a short line here is the photo's caption
    over_credit: bool = False  # right over a photographer's credit (某某 摄): the photo's caption

    @property
    def is_heading(self) -> bool:
        return self.level > 0


def to_blocks(text: str) -> list[Block]:
    blocks, gap = [], 0
    for lineno, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = normalize(raw).strip()
        if not line:
            gap += 1
            continue
        indent = len(raw) - len(raw.lstrip(_INDENT_CHARS))
        level, match = 0, _HEADING.match(line)
        if match:
            level, line = len(match.group(1)), match.group(2).strip()
            if not line:
                continue
        blocks.append(Block(text=line, level=level, indent=indent, gap=gap, lineno=lineno))
        gap = 0
    return blocks
