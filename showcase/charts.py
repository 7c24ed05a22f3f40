"""Charts drawn on the server as SVG, from our own small templates (templates/includes/charts/).

Why not pygal: its SVG loads a tooltip script from a CDN unless told otherwise, its bars cannot
each be a link to the filtered case list, and the figures then live in an SVG we do not control
for escaping and screen readers. A bar chart and a line are a few rectangles and points; doing
them here keeps every label escaped by the template engine, every number as text, every bar a
link, and no dependency to keep up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 140
BAR_AREA = 200
CHART_WIDTH = LABEL_WIDTH + BAR_AREA + 50


@dataclass
class Bar:
    label: str
    count: int
    url: str
    y: int
    width: float

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT * 0.7

    @property
    def value_x(self):
        return round(LABEL_WIDTH + self.width + 6, 1)

    @property
    def short_label(self):
        return self.label if len(self.label) <= 9 else self.label[:8] + "…"


def bars(choices):
    """[(value, label, count, url, active)] from CaseFilter.facets -> bar geometry, largest first as given."""
    top = max((count for _, _, count, _, _ in choices), default=0) or 1
    return {
        "bars": [
            Bar(label=str(label), count=count, url=url, y=i * (BAR_HEIGHT + BAR_GAP), width=max(2.0, BAR_AREA * count / top))
            for i, (_, label, count, url, _) in enumerate(choices)
        ],
        "width": CHART_WIDTH,
        "height": len(choices) * (BAR_HEIGHT + BAR_GAP),
        "label_width": LABEL_WIDTH,
        "label_x": LABEL_WIDTH - 8,
        "bar_height": BAR_HEIGHT,
    }


def year_line(choices, width=510, height=180, pad=36):
    """The year facet as a line over the years that have cases, oldest first; gaps show as zero."""
    counts = {int(value): (count, url) for value, _, count, url, _ in choices}
    if not counts:
        return None
    years = list(range(min(counts), max(counts) + 1))
    top = max(count for count, _ in counts.values()) or 1
    step = (width - 2 * pad) / max(1, len(years) - 1)
    points = []
    for i, year in enumerate(years):
        count, url = counts.get(year, (0, ""))
        x = pad + i * step if len(years) > 1 else width / 2
        y = height - pad - (height - 2 * pad) * count / top
        points.append({"year": year, "count": count, "url": url, "x": round(x, 1), "y": round(y, 1), "value_y": round(y - 10, 1)})
    return {
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "width": width,
        "height": height,
        "baseline": height - pad,
        "year_y": height - pad + 20,
        "pad": pad,
    }


@cache
def _outlines():
    return json.loads((Path(__file__).parent / "data" / "china_provinces.json").read_text(encoding="utf-8"))


SHADES = ["#f6d5cf", "#eba596", "#dc735f", "#c4422f", "#9c1c12"]


def province_map(choices):
    """Every province of China, shaded by its number of cases; a province without cases is drawn unshaded.

    choices: the province facet, [(slug, name, count, url, active)]. Names are matched to the
    outlines by their official name (四川省), or by its first two characters (内蒙古 → 内蒙古自治区).
    """
    outlines = _outlines()
    by_name = {}
    for slug, name, count, url, active in choices:
        by_name[name] = (count, url)
        by_name.setdefault(name[:2], (count, url))
    top = max((count for _, _, count, _, _ in choices), default=0)
    provinces = []
    for outline in outlines["provinces"]:
        count, url = by_name.get(outline["name"]) or by_name.get(outline["name"][:2]) or (0, "")
        shade = min(len(SHADES) - 1, int(len(SHADES) * (count - 1) / top)) if count else None
        provinces.append({**outline, "count": count, "url": url, "shade": shade})
    legend_steps = []
    if top:
        for i, colour in enumerate(SHADES):
            low = -(-top * i // len(SHADES)) + 1  # the counts c with int(5 * (c - 1) / top) == i
            high = -(-top * (i + 1) // len(SHADES))
            if high >= low:
                legend_steps.append({"shade": i, "colour": colour, "low": low, "high": high})
    return {
        "width": outlines["width"],
        "height": outlines["height"],
        "provinces": provinces,
        "inset": outlines["inset"],
        "legend": legend_steps,
        "with_cases": sum(1 for p in provinces if p["count"]),
    }
