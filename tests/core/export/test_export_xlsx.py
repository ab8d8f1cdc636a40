"""XLSX: three sheets, text intact through openpyxl, formulas never evaluated, layout set."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from core.export.xlsx import write_xlsx

from export_fixtures import TRICKY_AR, make_bundle, make_incident


def build(selection) -> bytes:
    out = io.BytesIO()
    write_xlsx(out, selection)
    return out.getvalue()


def sample(selection_of):
    inc = make_incident(summary_ar=TRICKY_AR, summary_en="=1+1", source="@cmd",
                        location={**make_incident()["location"], "name_en": "-x", "lon": -3.25})  # fmt: skip
    bundle = make_bundle(1, [inc, make_incident(event_type="Riots")], title=TRICKY_AR)
    bundle.highlights = [{"start": 0, "end": 3, "quote": "قتل", "color": "red", "note": "+note",
                          "created_at": "2015-08-06T10:00:00+00:00", "updated_at": ""}]  # fmt: skip
    bundle.notes = [{"body": TRICKY_AR, "created_at": "2015-08-06T11:00:00+00:00", "updated_at": ""}]
    return selection_of([bundle])


def test_sheets_and_arabic_text_read_back_intact(selection_of):
    wb = openpyxl.load_workbook(io.BytesIO(build(sample(selection_of))))
    assert wb.sheetnames == ["incidents", "articles", "notes"]
    ws = wb["incidents"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    rows = [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    assert len(rows) == 2
    assert rows[0]["summary_ar"] == TRICKY_AR
    assert rows[0]["article_title"] == TRICKY_AR
    assert rows[0]["fatalities"] == 12 and isinstance(rows[0]["latitude"], float)
    notes = wb["notes"]
    note_rows = [[c.value for c in r] for r in notes.iter_rows(min_row=2)]
    assert note_rows[0][:5] == ["highlight", 1, TRICKY_AR, "قتل", "+note"]
    assert note_rows[1][0] == "note" and note_rows[1][4] == TRICKY_AR
    articles = wb["articles"]
    assert [c.value for c in articles[2]][:2] == [1, TRICKY_AR]


def test_formula_like_text_is_a_string_cell_never_a_formula(selection_of):
    data = build(sample(selection_of))
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["incidents"]
    header = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(header, ws[2])}
    for key, text in (("summary_en", "=1+1"), ("notes", "=1+1"), ("location", "-x")):
        cell = row[key]
        assert cell.value == text  # the value itself is intact
        assert cell.data_type == "s" and cell.quotePrefix
    assert row["longitude"].value == -3.25 and row["longitude"].data_type == "n"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and all(b"<f>" not in z.read(n) and b"<f " not in z.read(n) for n in sheets)


def test_layout_rtl_frozen_filtered_and_sized(selection_of):
    wb = openpyxl.load_workbook(io.BytesIO(build(sample(selection_of))))
    assert wb["incidents"].sheet_view.rightToLeft is not True
    assert wb["articles"].sheet_view.rightToLeft and wb["notes"].sheet_view.rightToLeft
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws[1][0].font.bold
    incidents = wb["incidents"]
    assert incidents.auto_filter.ref == "A1:AZ3"  # 52 columns: the CSV's, `assoc_actor_1_ar`, `assoc_actor_2_ar`, `admin2_ar` last
    widths = {k: d.width for k, d in incidents.column_dimensions.items()}
    assert widths["A"] >= len("event_id_cnty")
    assert all(6 <= w <= 62 for w in widths.values())


def test_control_characters_do_not_break_the_file(selection_of):
    inc = make_incident(summary_en="bad\x00\x07 text\x1f")
    wb = openpyxl.load_workbook(io.BytesIO(build(selection_of([make_bundle(1, [inc])]))))
    header = [c.value for c in wb["incidents"][1]]
    assert wb["incidents"].cell(2, header.index("summary_en") + 1).value == "bad text"


def test_long_cells_fit_excels_limit_counted_in_utf16_units(selection_of):
    """Audit: the 32,767-character cell limit was counted in code points, so a long note with emoji
    (two UTF-16 units each, as Excel counts) went out at 43,688 units; ASCII below the limit is untouched."""
    bundle = make_bundle(1, [make_incident()])
    emoji_note = "نص😀" * 12_000  # 36,000 code points, 48,000 UTF-16 units
    exact = "😀" * 16_383 + "a"  # 32,767 units exactly: kept whole
    bundle.highlights = [{"start": 0, "end": 3, "quote": "قتل", "color": "red", "note": emoji_note},
                         {"start": 4, "end": 6, "quote": exact, "color": "red", "note": "a" * 40_000}]
    wb = openpyxl.load_workbook(io.BytesIO(build(selection_of([bundle]))))
    header = [c.value for c in wb["notes"][1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in wb["notes"].iter_rows(min_row=2)]
    units = [len(str(row[col]).encode("utf-16-le")) // 2 for row in rows for col in ("quote", "note")]
    assert max(units) <= 32_767
    assert rows[0]["note"].endswith("…") and emoji_note.startswith(rows[0]["note"][:-1])
    assert rows[1]["quote"] == exact
    assert rows[1]["note"] == "a" * 32_766 + "…"


def test_articles_sheet_counts_no_rejected_incident(selection_of):
    """With --include-rejected the rejected rows are listed on the incidents sheet, but the
    articles sheet counted them (and their deaths) among the article's incidents."""
    from core.export.xlsx import article_rows

    bundle = make_bundle(1, [make_incident(fatalities=12), make_incident(analyst_status="rejected", fatalities=30,
                                                                         date="2015-08-01")])
    (row,) = article_rows(selection_of([bundle], include_rejected=True))
    assert (row["incidents"], row["fatalities"]) == (1, 12)


def test_articles_sheet_shows_deaths_of_unknown_number(selection_of):
    """An article whose incidents report deaths but no number had fatalities 0 on the articles sheet
    ("no one killed" to an analyst filtering in Excel): its cell is blank, a known toll beside such an
    incident stays a number (a floor), and deaths_number_unknown counts them; both columns numeric."""
    only_unknown = make_bundle(1, [make_incident(fatalities=None, flags=["fatalities_unknown"])])
    mixed = make_bundle(2, [make_incident(fatalities=7),
                            make_incident(fatalities=None, flags=["fatalities_unknown"], date="2015-08-02")])
    known = make_bundle(3, [make_incident(fatalities=0, date="2015-08-03")])
    wb = openpyxl.load_workbook(io.BytesIO(build(selection_of([only_unknown, mixed, known]))))
    ws = wb["articles"]
    header = [c.value for c in ws[1]]
    rows = {r[0].value: dict(zip(header, r)) for r in ws.iter_rows(min_row=2)}
    got = {aid: (row["fatalities"].value, row["deaths_number_unknown"].value) for aid, row in rows.items()}
    assert got == {1: (None, 1), 2: (7, 1), 3: (0, 0)}
    assert rows[2]["fatalities"].data_type == "n" and rows[1]["deaths_number_unknown"].data_type == "n"
    assert "Blank" in ws.cell(1, header.index("fatalities") + 1).comment.text
    assert ws.cell(1, header.index("deaths_number_unknown") + 1).comment is not None


def test_days_are_excel_dates_shown_as_iso(selection_of):
    """event_date and an article's published day are date cells (an analyst sorts and filters them
    by month in Excel), formatted as the ISO day; an undated incident's event_date stays blank."""
    from datetime import datetime

    dated = make_incident(date="2015-08-04")
    undated = make_incident(date=None)
    bundle = make_bundle(1, [dated])
    no_day = make_bundle(2, [undated], published=None)
    wb = openpyxl.load_workbook(io.BytesIO(build(selection_of([bundle, no_day]))))
    ws = wb["incidents"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r)) for r in ws.iter_rows(min_row=2)]
    days = sorted((r["event_date"] for r in rows), key=lambda c: c.value is None)
    assert isinstance(days[0].value, datetime) and days[0].value.date().isoformat() == "2015-08-04"
    assert days[0].number_format == "yyyy-mm-dd" and days[0].is_date
    assert days[1].value in (None, "")
    articles = wb["articles"]
    a_header = [c.value for c in articles[1]]
    published = dict(zip(a_header, articles[2]))["published"]
    assert published.is_date and published.value.date().isoformat() == "2015-08-05"


def test_note_timestamps_are_excel_date_times_in_utc(selection_of):
    """created_at / updated_at on the notes sheet were text («2015-08-06T10:00:00+00:00»): an
    analyst could not sort or filter them by day in Excel. They are date-times now, in UTC (an
    offset is converted; Excel has no time zones), shown as «2015-08-06 10:00:00»; a blank stays
    blank and text that is no timestamp stays text."""
    from datetime import datetime

    bundle = make_bundle(1, [make_incident()])
    bundle.highlights = [{"start": 0, "end": 3, "quote": "قتل", "color": "red", "note": "",
                          "created_at": "2015-08-06T10:00:00+00:00", "updated_at": "2015-08-07T01:30:05+03:00"}]
    bundle.notes = [{"body": "ملاحظة", "created_at": "2015-08-06", "updated_at": ""},
                    {"body": "أخرى", "created_at": "yesterday afternoon", "updated_at": None}]
    wb = openpyxl.load_workbook(io.BytesIO(build(selection_of([bundle]))))
    ws = wb["notes"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r)) for r in ws.iter_rows(min_row=2)]
    created, updated = rows[0]["created_at"], rows[0]["updated_at"]
    assert created.value == datetime(2015, 8, 6, 10, 0, 0) and created.is_date
    assert updated.value == datetime(2015, 8, 6, 22, 30, 5)  # 01:30:05 at +03:00
    assert created.number_format == updated.number_format == "yyyy-mm-dd hh:mm:ss"
    assert rows[1]["created_at"].value == "2015-08-06"  # a bare day is no timestamp: left as written
    assert rows[1]["updated_at"].value is None
    assert rows[2]["created_at"].value == "yesterday afternoon"
    assert "UTC" in ws.cell(1, header.index("created_at") + 1).comment.text


def test_an_incident_with_no_place_has_a_country_cell_in_the_xlsx_too(selection_of):
    nowhere = make_incident(location=None)
    wb = openpyxl.load_workbook(io.BytesIO(build(selection_of([make_bundle(1, [nowhere], country="Yemen"),
                                                               make_bundle(2, [make_incident(location=None)])]))))
    ws = wb["incidents"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    assert [(r["country"], r["tags"]) for r in rows] == [("Yemen", "country_from_article"), ("Unknown", "country_unknown")]


def test_articles_sheet_leaves_a_never_analysed_article_blank(selection_of):
    """An article stored without analysis (too long to analyse automatically) was listed with 0
    incidents and 0 killed, as if analysed and found empty — the library shows «—» for it. Its counts
    are blank now; an analysed article of no incidents keeps its 0s (session 37)."""
    never = make_bundle(1, [], analyzer_version=None)
    empty = make_bundle(2, [], analyzer_version=36)
    wb = openpyxl.load_workbook(io.BytesIO(build(selection_of([never, empty]))))
    ws = wb["articles"]
    header = [c.value for c in ws[1]]
    rows = {r[0].value: dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)}
    counts = ("incidents", "fatalities", "deaths_number_unknown")
    assert [rows[1][c] for c in counts] == [None, None, None]
    assert [rows[2][c] for c in counts] == [0, 0, 0]
    assert "never analysed" in ws.cell(1, header.index("incidents") + 1).comment.text
