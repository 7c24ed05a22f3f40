"""Share cards: a 1200×630 PNG of a case's title and institution, for og:image when it has no photo.

Drawn with Pillow (already a requirement, for photos) in a CJK font found on the server
(fontconfig's list of fonts covering Chinese; settings.CARD_FONT to choose one). Without such a
font the card still comes, in the site's colours, with no text rather than boxes for characters.
"""

from __future__ import annotations

import io
import subprocess
from functools import cache

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
RED, PAPER, INK = (192, 0, 0), (253, 251, 245), (34, 34, 34)
NO_LINE_START = "，。、；：！？）》」』”’…—"


@cache
def cjk_font_file() -> tuple[str, int] | None:
    """(path, index in a collection) of a font with Simplified Chinese, or None."""
    configured = getattr(settings, "CARD_FONT", "")
    candidates = [configured] if configured else []
    try:
        listed = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=5, check=False
        ).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        listed = []
    files = sorted({line.split(":")[0].strip() for line in listed if line.strip()}, key=lambda f: ("Bold" not in f, "Serif" not in f, f))
    candidates += files
    for path in candidates:
        for index in range(6):
            try:
                font = ImageFont.truetype(path, 40, index=index)
            except OSError:
                break
            if "SC" in " ".join(font.getname()) or not path.endswith(".ttc"):
                return path, index
    return None


def _wrap(draw, text, font, width, lines):
    """Characters to lines of at most `width` pixels (Chinese breaks anywhere); … on the last kept line."""
    out, line = [], ""
    for char in text:
        # A line never starts with closing punctuation (，。：…): it stays at the end of the line before.
        if draw.textlength(line + char, font=font) > width and char not in NO_LINE_START:
            out.append(line)
            line = char
        else:
            line += char
    out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][:-1] + "…"
    return out


def case_card(title: str, institution: str, date: str = "") -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 110), fill=RED)
    draw.rectangle((0, HEIGHT - 16, WIDTH, HEIGHT), fill=RED)
    found = cjk_font_file()
    if found:
        path, index = found
        masthead = ImageFont.truetype(path, 56, index=index)
        heading = ImageFont.truetype(path, 64, index=index)
        small = ImageFont.truetype(path, 36, index=index)
        draw.text((60, 24), "党建案例展播", font=masthead, fill=(255, 255, 255))
        y = 170
        for line in _wrap(draw, title, heading, WIDTH - 120, 3):
            draw.text((60, y), line, font=heading, fill=INK)
            y += 86
        footer = "　".join(part for part in (institution, date) if part)
        if footer:
            draw.line((60, HEIGHT - 130, WIDTH - 60, HEIGHT - 130), fill=RED, width=3)
            draw.text((60, HEIGHT - 105), _wrap(draw, footer, small, WIDTH - 120, 1)[0], font=small, fill=RED)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
