"""Arabic place names leave the app without the gazetteer's vowel marks (session 37: the ACLED
CSV's `admin1_ar` read «عَسِيْر» beside bare «الضالع»). The incident keeps the gazetteer's name;
the export columns, the reports' place cells and the report map's names are plain
(`core.text.transliterate.plain_name`)."""

from __future__ import annotations

import io
import json

from core.export.acled import incident_row
from core.export.geo import write_geojson
from core.export.report import arabic_place, governorate_arabic, map_svg_points, place_columns
from core.export.scope import ExportIncident
from core.text.transliterate import arabic_place_name

from export_fixtures import make_bundle, make_incident

VOWELLED = {"text": "أبها", "name_ar": "أَبْهَا", "name_en": "Abha", "kind": "city", "admin1_ar": "عَسِيْر",
            "admin1_en": "Asir", "country": "Saudi Arabia", "lat": 18.22, "lon": 42.5, "geo_precision": 2}
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"


def _plain(text: str) -> bool:
    return bool(text) and not any(ch in MARKS for ch in text)


def test_acled_row_arabic_place_columns_are_plain() -> None:
    inc = make_incident(location=dict(VOWELLED))
    row = incident_row(inc, {"id": 3, "title": "t", "source": "s", "published": "2015-08-05"}, 1)
    assert row["admin1_ar"] == "عسير" and row["location_ar"] == "أبها"
    assert inc["location"]["admin1_ar"] == "عَسِيْر"  # the incident itself is not changed


def test_geojson_properties_are_plain(selection_of) -> None:
    out = io.StringIO()
    write_geojson(out, selection_of([make_bundle(4, [make_incident(location=dict(VOWELLED))])]))
    props = json.loads(out.getvalue())["features"][0]["properties"]
    assert props["admin1_ar"] == "عسير" and props["location_ar"] == "أبها"


def test_report_place_cells_and_map_names_are_plain() -> None:
    inc = make_incident(location=dict(VOWELLED))
    assert place_columns(inc)[1] == "أبها، عسير"
    assert arabic_place(inc) == "أبها، عسير"
    assert governorate_arabic(VOWELLED) == "عسير"
    points = map_svg_points([ExportIncident({"id": 1}, inc, 0)], "ar")
    assert points[0]["label"] == "أبها" and points[0]["admin1"] == "عسير"
    assert all(_plain(p["label"]) for p in points)


def test_arabic_place_name_falls_back_like_arabic_name() -> None:
    assert arabic_place_name({"text": "قَرْيَة", "name_ar": ""}) == "قرية"
    assert arabic_place_name({"name_en": "Abha"}) == "Abha"
    assert arabic_place_name("عَسِيْر") == "عسير"
