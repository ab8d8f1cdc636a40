"""GeoJSON and KML: structure, longitude-first coordinates, unlocated incidents accounted for."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

from core.export.acled import COLUMNS
from core.export.geo import KML_NS, write_geojson, write_kml

from export_fixtures import TRICKY_AR, make_bundle, make_incident

K = f"{{{KML_NS}}}"


def sample(selection_of):
    located = make_incident(summary_ar=TRICKY_AR, summary_en="a <b> & \x01 c")
    elsewhere = make_incident(location={**make_incident()["location"], "name_en": "Aden", "lat": 12.8, "lon": 45.03})
    unlocated = make_incident(location={"text": "قرية", "name_ar": "قرية", "lat": None, "lon": None})
    out_of_range = make_incident(location={"text": "x", "lat": 95.0, "lon": 44.0})
    return selection_of([make_bundle(1, [located, elsewhere, unlocated, out_of_range])])


def test_geojson_is_a_feature_collection_of_lon_lat_points(selection_of):
    out = io.StringIO()
    n = write_geojson(out, sample(selection_of))
    doc = json.loads(out.getvalue())
    assert n == 2 and doc["type"] == "FeatureCollection"
    first, second = doc["features"]
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        # properties are the CSV columns, coordinates included (docs/export.md)
        assert list(feature["properties"]) == list(COLUMNS)
        assert [feature["properties"]["longitude"], feature["properties"]["latitude"]] == [lon, lat]
    assert first["geometry"]["coordinates"] == [44.73, 14.08]  # lon first
    assert second["geometry"]["coordinates"] == [45.03, 12.8]
    assert first["properties"]["summary_ar"] == TRICKY_AR
    assert first["id"] == "YEMM1-1"
    assert [u["event_id_cnty"] for u in doc["unlocated"]] == ["XXXM1-3", "XXXM1-4"]  # no country known: no guessed code


def test_kml_parses_and_places_each_located_incident(selection_of):
    out = io.StringIO()
    n = write_kml(out, sample(selection_of))
    root = ET.fromstring(out.getvalue().encode("utf-8"))
    assert root.tag == K + "kml" and n == 2
    marks = root.findall(f"{K}Document/{K}Placemark")
    assert len(marks) == 2
    coords = [m.find(f"{K}Point/{K}coordinates").text for m in marks]
    assert coords == ["44.730000,14.080000", "45.030000,12.800000"]
    data = {d.get("name"): d.find(f"{K}value").text for d in marks[0].findall(f"{K}ExtendedData/{K}Data")}
    assert list(data) == list(COLUMNS)  # ExtendedData: every column
    assert (data["latitude"], data["longitude"]) == ("14.08", "44.73")
    assert data["summary_ar"] == TRICKY_AR
    assert data["summary_en"] == "a <b> &  c"  # escaped on write, control char dropped
    assert "Damt" in marks[0].find(f"{K}name").text
    assert "XXXM1-3" in root.find(f"{K}Document/{K}description").text


def test_geojson_numeric_properties_are_numbers_or_null(selection_of):
    """A GIS tool types an attribute column from its values: one "" among numbers made QGIS/GDAL
    read injured, captured, year, time_precision or inter2 as text (sums, graduated symbols and
    «injured > 5» filters then fail or compare letters)."""
    from core.export.acled import NUMERIC_COLUMNS

    known = make_incident(injured=4, captured=2)
    unknown = make_incident(injured=None, captured=None, date=None, actor2=None, confidence=None,
                            location={**make_incident()["location"], "geo_precision": None, "iso": None,
                                      "country": ""})
    out = io.StringIO()
    write_geojson(out, selection_of([make_bundle(1, [known]), make_bundle(2, [unknown], published=None)]))
    first, second = (f["properties"] for f in json.loads(out.getvalue())["features"])
    for column in NUMERIC_COLUMNS:
        assert isinstance(first[column], (int, float)), column
        assert second[column] is None or isinstance(second[column], (int, float)), column
    assert (second["injured"], second["captured"], second["year"], second["inter2"]) == (None, None, None, None)
    assert second["admin3"] == "" and second["actor2"] == ""  # text columns stay text


def test_kml_time_is_the_month_when_only_the_month_is_known(selection_of):
    """A month-precision incident (ACLED's 3, e.g. «الشهر الماضي») was stamped with the day its
    date was coded at, which Google Earth's time slider shows as the day it happened."""
    day = make_incident(date="2015-08-05", time_precision=1)
    month = make_incident(date="2015-07-31", time_precision=3, location={**make_incident()["location"], "name_en": "Aden"})
    out = io.StringIO()
    write_kml(out, selection_of([make_bundle(1, [day, month])]))
    whens = [pm.find(f"{K}TimeStamp/{K}when").text for pm in ET.fromstring(out.getvalue()).iter(f"{K}Placemark")]
    assert whens == ["2015-08-05", "2015-07"]


def test_kml_names_a_rejected_incident_as_such(selection_of):
    """--include-rejected lists what the analyst rejected, for review; in Google Earth it looked
    like any incident (the status was only in ExtendedData, which a viewer shows on request)."""
    out = io.StringIO()
    write_kml(out, selection_of([make_bundle(1, [make_incident(), make_incident(analyst_status="rejected")])],
                                include_rejected=True))
    names = [pm.find(f"{K}name").text for pm in ET.fromstring(out.getvalue()).iter(f"{K}Placemark")]
    assert names == ["2015-08-05 Armed clash — Damt", "[rejected] 2015-08-05 Armed clash — Damt"]


def test_kml_balloon_shows_only_the_figures_the_reports_give(selection_of):
    """ACLED's fatalities column is 0 when no figure is told; the balloon said «killed: 0» where
    the reports show «?» and the incident panel nothing. It lists the figures told, and says
    when deaths are told with no number."""
    told = make_incident(fatalities=0, injured=None)
    untold = make_incident(fatalities=None, injured=3)
    no_number = make_incident(fatalities=None, injured=None, flags=["fatalities_unknown"])
    out = io.StringIO()
    write_kml(out, selection_of([make_bundle(1, [told, untold, no_number])]))
    marks = ET.fromstring(out.getvalue()).iter(f"{K}Placemark")
    counts = [m.find(f"{K}description").text.splitlines()[2] for m in marks]
    assert counts == ["killed: 0", "injured: 3", "killed: number not reported"]
    # the ExtendedData keeps ACLED's 0
    marks = ET.fromstring(out.getvalue()).iter(f"{K}Placemark")
    values = [d.find(f"{K}value").text for m in marks for d in m.iter(f"{K}Data") if d.get("name") == "fatalities"]
    assert values == ["0", "0", "0"]
