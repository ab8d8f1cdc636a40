"""Incidents on a map: GeoJSON (RFC 7946) and KML 2.2 for GIS tools and Google Earth.

Only incidents with coordinates become features; GeoJSON lists the others in a foreign member
`unlocated` (RFC 7946 §6.1) so nothing leaves silently, and KML names them in the document
description. Coordinates are longitude first in both formats, as their specs require.
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import IO, Any

from core.export.acled import COLUMNS, NUMERIC_COLUMNS, record_rows
from core.export.cells import xml_safe
from core.export.scope import Selection
from core.text.english import plural

KML_NS = "http://www.opengis.net/kml/2.2"
_NULL_WHEN_EMPTY = NUMERIC_COLUMNS | {"event_date"}  # GeoJSON: unknown is null in a typed column


def _coordinates(row: dict[str, Any]) -> tuple[float, float] | None:
    """(lon, lat) when both are real numbers in range; anything else is unlocated."""
    lat, lon = row.get("latitude"), row.get("longitude")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return float(lon), float(lat)


def _split(rows: Iterable[dict[str, Any]]) -> tuple[list[tuple[dict[str, Any], tuple[float, float]]], list[dict[str, Any]]]:
    located, unlocated = [], []
    for row in rows:
        point = _coordinates(row)
        if point is None:
            unlocated.append(row)
        else:
            located.append((row, point))
    return located, unlocated


def _unlocated_entry(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("event_id_cnty", "event_type", "location", "location_ar", "article_id")}


def write_geojson(out: IO[str], selection: Selection) -> int:
    """A FeatureCollection of Points; properties are the flat incident row (ACLED names).

    `latitude`/`longitude` stay among the properties although the geometry holds them: a GIS
    tool's attribute table (or a CSV saved from it) then has every ACLED column. An unknown
    number (injured, captured, an undated incident's year…) is null, not "": a GIS tool types
    a field from its values, and one "" made QGIS/GDAL read the whole column as text. So is an
    undated incident's `event_date`, or the column would stop being a date (QGIS's temporal
    controller and date filters need one).
    """
    located, unlocated = _split(record_rows(selection.incidents, timestamp=selection.timestamp))
    features = []
    for row, (lon, lat) in located:
        props = {k: None if k in _NULL_WHEN_EMPTY and row[k] == "" else row[k] for k in COLUMNS}
        features.append({
            "type": "Feature",
            "id": row["event_id_cnty"],
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props,
        })  # fmt: skip
    doc = {"type": "FeatureCollection", "features": features,
           "unlocated": [_unlocated_entry(r) for r in unlocated]}  # fmt: skip
    json.dump(doc, out, ensure_ascii=False, indent=1, allow_nan=False)
    out.write("\n")
    return len(features)


def _text(parent: ET.Element, tag: str, value: Any) -> ET.Element:
    # Tags are written without a namespace: the root element declares KML's as the default, and
    # placemarks are serialised one by one (streamed) under it.
    el = ET.SubElement(parent, tag)
    el.text = xml_safe("" if value is None else str(value))
    return el


def _placemark_name(row: dict[str, Any]) -> str:
    place = row["location"] or row["location_ar"] or row["admin1"] or "?"
    name = f"{row['event_date']} {row['sub_event_type'] or row['event_type']} — {place}".strip()
    # listed only with --include-rejected; a map viewer shows no attribute unless asked
    return f"[rejected] {name}" if row["analyst_status"] == "rejected" else name


def _description(row: dict[str, Any], killed_told: bool = True) -> str:
    """The balloon's text. Figures are those the reports give: `fatalities` is ACLED's 0 when
    none is told (`killed_told` False), which the balloon does not show as «killed: 0» — the
    reports show «?» and the incident panel nothing; deaths told with no number say so."""
    lines = [row["summary_en"], row["summary_ar"]]
    counts = [f"{label}: {row[key]}" for key, label in
              (("fatalities", "killed"), ("injured", "injured"), ("captured", "captured"))
              if row[key] not in ("", None) and (key != "fatalities" or killed_told)]  # fmt: skip
    if not killed_told and "fatalities_unknown" in str(row.get("tags") or "").split("; "):
        counts.insert(0, "killed: number not reported")
    lines.append(", ".join(counts))
    lines.append(f"Source: {row['source']}" if row["source"] else "")
    lines.append(f"Article {row['article_id']}: {row['article_title']}")
    return "\n".join(line for line in lines if line)


def _when(row: dict[str, Any]) -> str:
    """KML's `when` at the date's precision: an incident known to the month (ACLED's 3) is the
    month (`2015-08`, xsd:gYearMonth), not the day its date was coded at, which a time slider
    would show as the day it happened."""
    date = str(row["event_date"])
    return date[:7] if row.get("time_precision") == 3 and len(date) >= 7 else date


def _placemark(row: dict[str, Any], lon: float, lat: float, killed_told: bool = True) -> ET.Element:
    mark = ET.Element("Placemark", id=row["event_id_cnty"])
    _text(mark, "name", _placemark_name(row))
    _text(mark, "description", _description(row, killed_told))
    if row["event_date"]:
        _text(ET.SubElement(mark, "TimeStamp"), "when", _when(row))
    data = ET.SubElement(mark, "ExtendedData")
    for key in COLUMNS:
        _text(ET.SubElement(data, "Data", name=key), "value", row[key])
    _text(ET.SubElement(mark, "Point"), "coordinates", f"{lon:.6f},{lat:.6f}")
    return mark


def write_kml(out: IO[str], selection: Selection) -> int:
    """A KML Document of Placemarks (name, description, ExtendedData with every field)."""
    rows = list(record_rows(selection.incidents, timestamp=selection.timestamp))
    told = {id(row): rec.incident.get("fatalities") is not None for row, rec in zip(rows, selection.incidents)}
    located, unlocated = _split(rows)
    head = ET.Element("Document")
    _text(head, "name", f"Marsad incidents — {selection.description}")
    if unlocated:
        names = ", ".join(f"{r['event_id_cnty']} ({r['location'] or r['location_ar'] or 'no place'})" for r in unlocated)
        _text(head, "description", plural(f"not on the map, {len(unlocated)} incident(s) without coordinates: ", len(unlocated)) + names)
    out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="{KML_NS}">\n<Document>\n')
    for child in head:
        out.write(ET.tostring(child, encoding="unicode") + "\n")
    for row, (lon, lat) in located:
        out.write(ET.tostring(_placemark(row, lon, lat, told[id(row)]), encoding="unicode") + "\n")
    out.write("</Document>\n</kml>\n")
    return len(located)
