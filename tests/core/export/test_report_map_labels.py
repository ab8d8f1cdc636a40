"""The report map's names: a dot several places share is named after the most general of them (or
their governorate), and a name keeps clear of its dot, also in an Arabic HTML page (session 37:
Aleppo's dot read «حي الخالدية +5», and «بغداد» was drawn over its dot)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from core.export.charts import LABEL_CHAR_WIDTH, LABEL_GAP, cluster_label, map_svg
from core.export.report import map_svg_points
from core.export.scope import ExportIncident

NS = "{http://www.w3.org/2000/svg}"


def _place(name: str, kind: str, admin1: str, lat: float = 36.2, lon: float = 37.16) -> dict:
    return {"location": {"text": name, "name_ar": name, "name_en": "", "kind": kind, "admin1_ar": admin1,
                         "admin1_en": "", "lat": lat, "lon": lon}, "event_type": "Battles"}


def _names(svg: str) -> set[str]:
    return {t.text for t in ET.fromstring(svg).findall(f"{NS}text") if t.text and not t.text[0].isdigit()}


def test_a_shared_dot_is_named_after_its_city_not_a_neighbourhood() -> None:
    records = [ExportIncident({"id": 1}, _place(n, k, "حلب"), i)
               for i, (n, k) in enumerate((("حي السلام", "landmark"), ("قرية النخيل", ""), ("حلب", "city"),
                                           ("حي السلام", "landmark")))]
    points = map_svg_points(records, "ar")
    assert {p["admin1"] for p in points} == {"حلب"} and max(p["rank"] for p in points) == 3
    names = _names(map_svg(points))
    assert "حلب +2" in names and not any(n.startswith("حي السلام") for n in names)


def test_neighbourhoods_alone_are_named_after_their_governorate() -> None:
    assert cluster_label({"حي السلام": 0, "قرية النخيل": 0}, {"حلب"}) == "حلب"
    # a town is a place a reader finds on a map: it names the dot, with the others counted
    assert cluster_label({"حي السلام": 0, "بلدة الوادي": 2}, {"حلب"}) == "بلدة الوادي +1"
    # places of two governorates, or of none known: the first name
    assert cluster_label({"حي السلام": 0, "قرية النخيل": 0}, {"حلب", "إدلب"}) == "حي السلام +1"
    assert cluster_label({"حي السلام": 0, "قرية النخيل": 0}, {"حلب", ""}) == "حي السلام +1"
    # another dot already bears the governorate's name: two dots would read the same
    assert cluster_label({"حي السلام": 0, "قرية النخيل": 0}, {"حلب"}, frozenset({"حلب"})) == "حي السلام +1"
    assert cluster_label({"عدن": 3}, {"عدن"}) == "عدن" and cluster_label({}, set()) == ""
    points = [{"lon": 37.16, "lat": 36.2, "label": n, "admin1": "حلب"} for n in ("حي السلام", "قرية النخيل")]
    assert "حلب" in _names(map_svg(points + [{"lon": 36.6, "lat": 35.9, "label": "إدلب"}]))
    governorate = {"lon": 37.5, "lat": 36.6, "label": "حلب", "rank": 5, "admin1": "حلب"}
    assert {"حي السلام +1", "حلب"} <= _names(map_svg(points + [governorate]))


def test_names_keep_clear_of_their_dots_in_any_page_direction() -> None:
    svg = map_svg([{"lon": 44.4, "lat": 33.34, "label": "بغداد"}, {"lon": 36.72, "lat": 34.73, "label": "حمص"}])
    root = ET.fromstring(svg)
    # an Arabic HTML report (dir="rtl") inlines the map: start/end anchors must not follow the page
    assert root.get("direction") == "ltr"
    dots = [tuple(float(c.get(k)) for k in ("cx", "cy", "r")) for c in root.findall(f"{NS}circle")]
    beside = 0
    for t in root.findall(f"{NS}text"):
        if not t.text or t.text[0].isdigit():
            continue
        x, y, w = float(t.get("x")), float(t.get("y")), LABEL_CHAR_WIDTH * len(t.text)
        left = x - {"end": w, "middle": w / 2}.get(t.get("text-anchor") or "", 0)
        for cx, cy, r in dots:
            if abs(cy - (y - 4)) < r:  # beside a dot: a gap between them
                beside += 1
                assert left >= cx + r + LABEL_GAP - 0.1 or left + w <= cx - r - LABEL_GAP + 0.1, t.text
    assert beside == 2
