"""Small inline SVG charts for reports: incidents per day, and a point map of places.

Generated as text so a report is one self-contained file that opens offline: no tiles, no
scripts, no network. The map is an equirectangular plot of longitude/latitude with a degree
grid and, where the view reaches Yemen, the coast, border and governorate lines the app's map
draws (`outlines`, Natural Earth, bundled).
"""

from __future__ import annotations

import importlib.resources
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from functools import lru_cache
from typing import Any

from core.text.english import plural

# direction="ltr": the HTML report inlines the charts, and in an Arabic one (`dir="rtl"`) a
# browser's SVG inherited the page's direction, which turns text-anchor "start" into the right
# edge: a name put right of its dot was drawn leftwards over it
_FONT = "font-family=\"'Amiri','Noto Naskh Arabic','DejaVu Sans',sans-serif\" direction=\"ltr\""
_BAR = "#b5452d"
_INK = "#333"
_GRID = "#ddd"
MAX_LABELS = 30


def day_series(by_day: dict[str, int]) -> list[tuple[str, int]]:
    """Every day from first to last (gaps shown as zero); by month when the span is long."""
    known = {}
    for key, n in by_day.items():
        try:
            known[date.fromisoformat(key)] = n
        except ValueError:
            continue
    if not known:
        return []
    first, last = min(known), max(known)
    if (last - first).days > 120:
        months: Counter[str] = Counter()
        for day, n in known.items():
            months[day.strftime("%Y-%m")] += n
        keys = []
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            keys.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return [(k, months.get(k, 0)) for k in keys]
    out = []
    day = first
    while day <= last:
        out.append((day.isoformat(), known.get(day, 0)))
        day += timedelta(days=1)
    return out


LABEL_CHAR_WIDTH = 6.2  # px: a digit or «-» of the 11 px sans font, a little generous


def day_chart_svg(by_day: dict[str, int], *, width: int = 640, height: int = 200, title: str = "Incidents per day") -> str:
    series = day_series(by_day)
    if not series:
        return ""
    right, top = 10, 24
    # a date label is drawn rotated by 40° and anchored at its end, under the middle of its bar: the
    # first one reaches this far left of that middle, so the plot starts far enough in to hold it,
    # and every one this far down from its anchor (14 px under the plot), so the foot holds it too
    # (a 44 px foot cut the «20» of «2015-08-04» off the picture)
    longest = LABEL_CHAR_WIDTH * max(len(k) for k, _ in series)
    reach = longest * math.cos(math.radians(40))
    left = max(36.0, math.ceil(reach) + 4)
    bottom = max(44, math.ceil(14 + longest * math.sin(math.radians(40))) + 2)
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(n for _, n in series) or 1
    step = plot_w / len(series)
    bar_w = max(1.0, step * 0.8)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" {_FONT} font-size="11">',
        f"<title>{escape(title)}</title>",
        f'<text x="{left}" y="14" fill="{_INK}" font-size="12">{escape(title)}</text>',
    ]
    # whole counts only, each gridline where its count is: a midline at peak / 2 was labelled with
    # the rounded half (1 → "0" over "0", 3 → "2" at the height of 1.5)
    for tick in sorted({0, peak // 2, peak}):
        y = top + plot_h * (1 - tick / peak)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="{_GRID}"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" fill="{_INK}">{tick}</text>')
    label_every = max(1, math.ceil(len(series) / 10))
    for i, (key, n) in enumerate(series):
        x = left + i * step + (step - bar_w) / 2
        h = plot_h * n / peak
        parts.append(
            f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{_BAR}">'
            f"<title>{escape(key)}: {n}</title></rect>"
        )
        if i % label_every == 0:
            cx = left + i * step + step / 2
            parts.append(
                f'<text x="{cx:.1f}" y="{height - bottom + 14}" text-anchor="end" fill="{_INK}" '
                f'transform="rotate(-40 {cx:.1f} {height - bottom + 14})">{escape(key)}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


LABEL_HEIGHT = 12.0  # px: the 11 px font's line
# px between a dot and its name: at 2 px a Naskh letter's overhang («ب» of «بغداد», «ت» of «تلبيسة»)
# reached into the dot
LABEL_GAP = 5.0


def _place_label(text: str, x: float, y: float, r: float, width: int,
                 placed: list[tuple[float, float, float, float]]) -> str:
    """A place name beside its dot (right of it, else left, above or below) where it covers no
    dot and no name already drawn (busier places are named first); "" when no side is free: the
    dot keeps its tooltip. Two places a few kilometres apart used to print their names over each other."""
    w = LABEL_CHAR_WIDTH * len(text)
    half = LABEL_HEIGHT / 2 + 1
    gap = LABEL_GAP
    # (left edge, baseline's middle, anchor): right, left, above, below the dot
    for left, mid, anchor in ((x + r + gap, y, "start"), (x - r - gap - w, y, "end"),
                              (x - w / 2, y - r - half - gap / 2, "middle"), (x - w / 2, y + r + half + gap / 2, "middle")):
        box = (left, mid - half, left + w, mid + half)
        if box[0] < 0 or box[2] > width or box[1] < 0:
            continue
        if all(box[2] <= o[0] or o[2] <= box[0] or box[3] <= o[1] or o[3] <= box[1] for o in placed):
            placed.append(box)
            tx = {"start": left, "end": left + w, "middle": left + w / 2}[anchor]
            anchor_attr = "" if anchor == "start" else f' text-anchor="{anchor}"'
            return f'<text x="{tx:.1f}" y="{mid + 4:.1f}"{anchor_attr} fill="{_INK}">{escape(text)}</text>'
    return ""


@lru_cache(maxsize=1)
def outlines() -> dict[str, Any]:
    """The bundled outlines (Natural Earth lines around Yemen, built once by
    build_scripts/build_outlines.py into resources/geo/yemen_outlines.json): {"box": [w, s, e, n],
    "layers": {name: [[[lon, lat], ...], ...]}, "labels": [...]}. The app's map and the reports'
    map draw the same lines."""
    data = (importlib.resources.files("resources") / "geo" / "yemen_outlines.json").read_text(encoding="utf-8")
    return dict(json.loads(data))


@lru_cache(maxsize=1)
def region_outlines() -> dict[str, Any]:
    """The wider region's coarser outlines (coast and country borders from the Maghreb to Iran,
    outside Yemen's box; resources/geo/region_outlines.json, same script): {"box", "outside",
    "layers"}. Only the app's map draws them, under Yemen's, when an incident outside Yemen widens
    its view, and the reports' map (`map_svg`) when its view reaches outside Yemen's box."""
    data = (importlib.resources.files("resources") / "geo" / "region_outlines.json").read_text(encoding="utf-8")
    return dict(json.loads(data))


# drawn in this order, the coast last (on top); colours muted so the dots stay what the eye finds
_OUTLINE_STYLES = {
    "governorates": 'stroke="#d9d3c5" stroke-width="0.6"',
    "countries": 'stroke="#a39d90" stroke-width="0.9" stroke-dasharray="4 3"',
    "coast": 'stroke="#86a5c8" stroke-width="1"',
}


def _outline_lines(project: Callable[[float, float], tuple[float, float]],
                   view: tuple[float, float, float, float]) -> list[str]:
    """Polylines of the bundled outlines that reach into `view` (west, south, east, north), so a
    report carries no lines it does not show. A view reaching outside Yemen's box (an incident in
    Syria or Libya) first gets the wider region's coast and borders (`region_outlines`, class
    "region-…"), under Yemen's lines, as the app's map draws them: before, a report's points outside
    Yemen stood on a bare grid. A view inside Yemen's box is drawn as before."""
    west, south, east, north = view
    out = []
    region = region_outlines()
    out_w, out_s, out_e, out_n = region["outside"]
    if west < out_w or east > out_e or south < out_s or north > out_n:
        for layer in ("countries", "coast"):
            out.extend(_polylines(project, view, region["layers"].get(layer, []), f"region-{layer}",
                                  _OUTLINE_STYLES[layer]))
    data = outlines()
    box_w, box_s, box_e, box_n = data["box"]
    if box_e < west or box_w > east or box_n < south or box_s > north:
        return out
    for layer, style in _OUTLINE_STYLES.items():
        out.extend(_polylines(project, view, data["layers"].get(layer, []), layer, style))
    return out


def _polylines(project: Callable[[float, float], tuple[float, float]], view: tuple[float, float, float, float],
               lines: list[list[list[float]]], css_class: str, style: str) -> list[str]:
    west, south, east, north = view
    out = []
    for line in lines:
        lons, lats = [p[0] for p in line], [p[1] for p in line]
        if max(lons) < west or min(lons) > east or max(lats) < south or min(lats) > north:
            continue
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (project(lon, lat) for lon, lat in line))
        out.append(f'<polyline class="{css_class}" points="{pts}" fill="none" {style}/>')
    return out


# How general a place of the gazetteer's kind is: a dot shared by several names is named after its
# most general one (`cluster_label`)
PLACE_RANK = {"country": 6, "region": 5, "governorate": 5, "district": 4, "city": 3, "town": 2}
TOWN_RANK = PLACE_RANK["town"]


def cluster_label(names: dict[str, int], admin1: set[str], taken: frozenset[str] = frozenset()) -> str:
    """The name beside a dot: {name: rank (`PLACE_RANK`)} of the places drawn there (the
    gazetteer puts a neighbourhood or a village it has no position for at its city's or
    district's), `admin1` their governorates. One name: it. Several: the most general one (a
    city over its neighbourhoods; the first of equals), with «+N» for the others; when none is
    even a town (neighbourhoods, landmarks, places of unknown kind) and they all lie in one
    governorate, that governorate's name, unless another dot is named so (`taken`). Before,
    Aleppo's dot was «حي الخالدية +5», after the first neighbourhood an article named."""
    if len(names) <= 1:
        return next(iter(names), "")
    best = max(names, key=lambda n: names[n])  # max keeps the first of equals
    if names[best] < TOWN_RANK and len(admin1) == 1 and "" not in admin1 and not admin1 & taken:
        return next(iter(admin1))
    return f"{best} +{len(names) - 1}"


def map_svg(points: list[dict[str, Any]], *, width: int = 640, height: int = 480, title: str = "Incident locations") -> str:
    """`points`: dicts with lon, lat, label, count, fatalities (and optionally rank, admin1:
    `cluster_label`); one dot per distinct position.

    Places the gazetteer puts at one position (a village at its district's centre) share the dot,
    which is named after each of them (the second and more as «+N» beside the first name, all of
    them in the tooltip): before, it took the first one's name and counted the others' incidents
    as its own."""
    places: dict[tuple[float, float], dict[str, Any]] = defaultdict(
        lambda: {"count": 0, "fatalities": 0, "names": {}, "admin1": set()})
    for p in points:
        key = (round(float(p["lon"]), 4), round(float(p["lat"]), 4))
        entry = places[key]
        entry["count"] += p.get("count", 1)
        entry["fatalities"] += p.get("fatalities") or 0
        if p.get("label"):
            names = entry["names"]
            names[p["label"]] = max(names.get(p["label"], -1), int(p.get("rank") or 0))
        entry["admin1"].add(p.get("admin1") or "")
    taken = frozenset(n for entry in places.values() if len(entry["names"]) == 1 for n in entry["names"])
    for entry in places.values():
        entry["label"] = cluster_label(entry["names"], entry["admin1"], taken)
        entry["tip_name"] = ", ".join(entry["names"])
    if not places:
        return ""
    lons = [k[0] for k in places]
    lats = [k[1] for k in places]
    pad = 0.5
    west, east = min(lons) - pad, max(lons) + pad
    south, north = min(lats) - pad, max(lats) + pad
    # Equirectangular with the mid-latitude's scale, so shapes are not stretched.
    kx = math.cos(math.radians((north + south) / 2))
    margin = 30
    scale = min((width - 2 * margin) / ((east - west) * kx), (height - 2 * margin) / (north - south))

    def project(lon: float, lat: float) -> tuple[float, float]:
        return margin + (lon - west) * kx * scale, height - margin - (lat - south) * scale

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" {_FONT} font-size="11">',
        f"<title>{escape(title)}</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#f7f5ef"/>',
    ]
    grid = 1 if max(east - west, north - south) <= 8 else 5
    for lon in range(math.ceil(west / grid) * grid, math.floor(east) + 1, grid):
        x, _ = project(lon, south)
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="{_GRID}"/>')
        parts.append(f'<text x="{x + 2:.1f}" y="{height - 4}" fill="#888">{abs(lon)}°{"E" if lon >= 0 else "W"}</text>')
    for lat in range(math.ceil(south / grid) * grid, math.floor(north) + 1, grid):
        _, y = project(west, lat)
        parts.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="{_GRID}"/>')
        parts.append(f'<text x="2" y="{y - 2:.1f}" fill="#888">{abs(lat)}°{"N" if lat >= 0 else "S"}</text>')
    parts.extend(_outline_lines(project, (west, south, east, north)))
    ranked = sorted(places.items(), key=lambda kv: -kv[1]["count"])
    dots = [(*project(lon, lat), 3 + 2 * math.sqrt(entry["count"])) for (lon, lat), entry in ranked]
    placed = [(x - r, y - r, x + r, y + r) for x, y, r in dots]  # names go over no dot, nor each other
    for rank, ((_, entry), (x, y, r)) in enumerate(zip(ranked, dots, strict=True)):
        tip = plural(f"{entry['tip_name']}: {entry['count']} incident(s), {entry['fatalities']} killed", entry["count"])
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{_BAR}" fill-opacity="0.6" stroke="{_INK}" '
            f'stroke-width="0.5"><title>{escape(tip)}</title></circle>'
        )
        if entry["label"] and rank < MAX_LABELS:  # the busiest places; the rest keep a tooltip
            label = _place_label(entry["label"], x, y, r, width, placed)
            if label:
                parts.append(label)
    parts.append("</svg>")
    return "\n".join(parts)
