"""An incident with no date claims no time precision in any export (ACLED's 1 means "the day")."""

from __future__ import annotations

import csv
import io
import json

import openpyxl

from core.export.acled import write_acled_csv
from core.export.geo import write_geojson
from core.export.json_doc import write_json
from core.export.xlsx import write_xlsx

from export_fixtures import make_bundle, make_incident


def undated(selection_of):
    """The bundled sample's case: an article without a date, incidents the analyser left at precision 1."""
    return selection_of([make_bundle(1, [make_incident(date=None, time_precision=1)], published=None)])


def test_acled_csv_leaves_time_precision_blank_without_a_date(selection_of):
    out = io.StringIO(newline="")
    write_acled_csv(out, undated(selection_of).incidents, timestamp=0)
    (row,) = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert (row["event_date"], row["year"], row["time_precision"]) == ("", "", "")


def test_a_dated_incident_keeps_its_precision(selection_of):
    out = io.StringIO(newline="")
    week = make_incident(time_precision=2)
    on_article_date = make_incident(date=None)  # dated by its article's publication day
    write_acled_csv(out, selection_of([make_bundle(1, [week, on_article_date])]).incidents, timestamp=0)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [(r["event_date"], r["time_precision"]) for r in rows] == [("2015-08-05", "2"), ("2015-08-05", "1")]


def test_xlsx_geojson_and_json_agree(selection_of):
    selection = undated(selection_of)
    buf = io.BytesIO()
    write_xlsx(buf, selection)
    ws = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))["incidents"]
    header = [c.value for c in ws[1]]
    (row,) = [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    assert row["time_precision"] in (None, "")
    out = io.StringIO()
    write_geojson(out, selection)
    (feature,) = json.loads(out.getvalue())["features"]
    assert feature["properties"]["time_precision"] is None  # null: "" would make the column text in a GIS
    out = io.StringIO()
    write_json(out, selection)
    (item,) = json.loads(out.getvalue())["incidents"]
    assert item["date"] is None and item["time_precision"] is None


def test_an_analysts_dated_incident_has_a_precision_in_every_export(selection_of):
    """An incident the analyst added (or an undated one given a date in the editor) records no
    precision: its date was exported with a blank time_precision (CSV, XLSX, GeoJSON, KML) and
    null in the JSON. A full date is ACLED's 1 (the day), a month alone its 3."""
    day = make_incident(date="2015-08-03", time_precision=None, analyst_status="added", seq=None, override_id=1)
    month = make_incident(date="2015-08", analyst_status="added", seq=None, override_id=2)
    del month["time_precision"]
    undated_added = make_incident(date=None, time_precision=None, analyst_status="added", seq=None, override_id=3)
    selection = selection_of([make_bundle(1, [day, month]), make_bundle(2, [undated_added], published=None)])
    out = io.StringIO(newline="")
    write_acled_csv(out, selection.incidents, timestamp=0)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [(r["event_date"], r["time_precision"]) for r in rows] == [("2015-08-03", "1"), ("2015-08", "3"), ("", "")]
    buf = io.BytesIO()
    write_xlsx(buf, selection)
    ws = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))["incidents"]
    column = [c.value for c in ws[1]].index("time_precision") + 1
    assert [ws.cell(row=r, column=column).value for r in (2, 3)] == [1, 3]
    out = io.StringIO()
    write_geojson(out, selection)
    assert [f["properties"]["time_precision"] for f in json.loads(out.getvalue())["features"]] == [1, 3, None]
    out = io.StringIO()
    write_json(out, selection)
    assert [i["time_precision"] for i in json.loads(out.getvalue())["incidents"]] == [1, 3, None]


def test_geojson_writes_an_undated_incidents_event_date_as_null(selection_of):
    """A GIS types the event_date column from its values: one "" among the dates made it text
    (no date filter, no time slider); unknown is null, as for the numbers."""
    selection = selection_of([make_bundle(1, [make_incident()]),
                              make_bundle(2, [make_incident(date=None)], published=None)])  # fmt: skip
    out = io.StringIO()
    write_geojson(out, selection)
    dates = [f["properties"]["event_date"] for f in json.loads(out.getvalue())["features"]]
    assert dates == ["2015-08-05", None]
