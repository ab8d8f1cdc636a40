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
    """An incident the analyst added records no precision (an edited date sets 1): its date was exported with a blank time_precision (CSV, XLSX, GeoJSON, KML) and
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


def _png_1x1() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def test_the_reports_say_how_many_incidents_the_per_day_chart_leaves_out(selection_of):
    """The chart has a bar per day: the sample library's report (7 of its 10 incidents in the
    undated bundled article) drew 3 incidents under a headline of 10 and said nothing of the
    rest. HTML (and so the PDF) and Word say how many are undated; the Arabic Markdown's per-day
    table names their row «بلا تاريخ» (it read «(unknown)»)."""
    import docx

    from core.export.docx_report import write_report_docx
    from core.export.report import write_report_html, write_report_md

    selection = selection_of([make_bundle(1, [make_incident()]),
                              make_bundle(2, [make_incident(date=None), make_incident(date=None)], published=None)])
    for lang, note in (("en", "Not in the chart: 2 incidents without a date."), ("ar", "حوادث بلا تاريخ ليست في الرسم: 2")):
        out = io.StringIO()
        write_report_html(out, selection, lang=lang)
        assert f"<p>{note}</p>" in out.getvalue()
        buf = io.BytesIO()
        write_report_docx(buf, selection, lang=lang, picture=lambda svg: _png_1x1())
        assert note in [p.text for p in docx.Document(io.BytesIO(buf.getvalue())).paragraphs]
    out = io.StringIO()
    write_report_md(out, selection, lang="ar")
    assert "(unknown)" not in out.getvalue() and "\u2067بلا تاريخ\u2069 | 2 | 24 |" in out.getvalue()
    buf = io.BytesIO()
    write_report_docx(buf, selection, lang="ar")  # no picture: the per-day numbers as a table
    cells = [c.text for t in docx.Document(io.BytesIO(buf.getvalue())).tables for r in t.rows for c in r.cells]
    assert "بلا تاريخ" in cells and "(unknown)" not in cells
    dated_only = selection_of([make_bundle(1, [make_incident()])])
    out = io.StringIO()
    write_report_html(out, dated_only)
    assert "Not in the chart" not in out.getvalue()
