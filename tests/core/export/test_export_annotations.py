"""Highlights and notes as CSV, JSON and Markdown."""

from __future__ import annotations

import csv
import io
import json

from core.export.annotations import NOTE_COLUMNS, write_notes_csv, write_notes_json, write_notes_md

from export_fixtures import TRICKY_AR, make_bundle


def sample(selection_of):
    first = make_bundle(1, [], title="اشتباكات دمت")
    first.highlights = [
        {"start": 40, "end": 44, "quote": "غارة", "color": "blue", "note": "", "created_at": "2015-08-06", "updated_at": "2015-08-07"},
        {"start": 0, "end": 3, "quote": "قتل\nاثنان", "color": "red", "note": "=check", "created_at": "2015-08-06", "updated_at": ""},
    ]  # fmt: skip
    first.notes = [{"body": TRICKY_AR, "created_at": "2015-08-08", "updated_at": ""}]
    empty = make_bundle(2, [])
    return selection_of([first, empty])


def test_csv_rows_in_text_order_with_all_fields(selection_of):
    out = io.StringIO(newline="")
    assert write_notes_csv(out, sample(selection_of)) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert list(rows[0]) == list(NOTE_COLUMNS)
    assert [(r["kind"], r["start"], r["end"]) for r in rows] == [("highlight", "0", "3"), ("highlight", "40", "44"), ("note", "", "")]
    assert rows[0]["quote"] == "قتل\nاثنان" and rows[0]["note"] == "'=check"  # neutralised
    assert rows[0]["article_title"] == "اشتباكات دمت" and rows[0]["colour"] == "red"
    assert rows[2]["note"] == TRICKY_AR


def test_json_groups_by_article_and_skips_articles_without_annotations(selection_of):
    out = io.StringIO()
    write_notes_json(out, sample(selection_of))
    doc = json.loads(out.getvalue())
    assert doc["format"] == "marsad-annotations"
    assert [a["id"] for a in doc["articles"]] == [1]
    notes = doc["articles"][0]["annotations"]
    assert notes[0]["note"] == "=check"  # JSON is not a spreadsheet: values untouched
    assert notes[2]["note"] == TRICKY_AR and notes[1]["updated_at"] == "2015-08-07"


def test_markdown_quotes_and_escapes(selection_of):
    out = io.StringIO()
    write_notes_md(out, sample(selection_of))
    md = out.getvalue()
    assert "## اشتباكات دمت" in md
    assert "  > قتل\n  > اثنان" in md
    assert "Highlight (red), characters 0–3" in md
    assert TRICKY_AR in md
    assert "خبر 2" not in md


def test_markdown_keeps_a_notes_line_breaks_and_reads_no_line_as_a_list(selection_of):
    """Audit: a note of several lines came out as plain continuation lines, which every Markdown
    renderer joins into one line, and a line starting "- " or "1. " turned into a list item."""
    bundle = make_bundle(1, [], title="اشتباكات دمت")
    bundle.highlights = [{"start": 0, "end": 3, "quote": "قتل", "color": "red",
                          "note": "المصدر حزبي\r\n- يحتاج تأكيدا\n1. من مصدر ثان\n===", "created_at": "2015-08-06"}]
    bundle.notes = [{"body": "سطر أول\nسطر ثان 😀", "created_at": "2015-08-08"}]
    out = io.StringIO()
    write_notes_md(out, selection_of([bundle]))
    md = out.getvalue()
    assert "\n  المصدر حزبي  \n  \\- يحتاج تأكيدا  \n  1\\. من مصدر ثان  \n  \\===\n" in md
    assert "\n  سطر أول  \n  سطر ثان 😀\n" in md
    assert "\r" not in md


def test_markdown_in_arabic(selection_of):
    """The Arabic interface's notes came out with English words («Highlight (blue), characters
    40–44»), while its reports are Arabic: now the notes' Markdown is Arabic too, each line right
    to left with its times and offsets kept left to right; the analyst's words stay as written."""
    from core.export import write_options

    out = io.StringIO()
    assert write_notes_md(out, sample(selection_of), lang="ar") == 3
    md = out.getvalue()
    assert md.startswith("# مرصد: التظليلات والملاحظات\n\n\u2067النطاق: ")
    assert "Highlight" not in md and "characters" not in md and "Note," not in md
    assert "- \u2067تظليل (أزرق)، المحارف \u202a40–44\u202c، \u202a2015-08-07\u202c:\u2069" in md
    assert "- \u2067تظليل (أحمر)، المحارف \u202a0–3\u202c، \u202a2015-08-06\u202c:\u2069" in md
    assert "- \u2067ملاحظة، \u202a2015-08-08\u202c:\u2069" in md
    assert "  > قتل\n  > اثنان" in md and TRICKY_AR in md and "## اشتباكات دمت" in md
    assert write_options("notes-md", lang="ar") == {"lang": "ar"} and write_options("notes-csv", lang="ar") == {}


def test_the_incident_json_carries_each_articles_highlights_and_notes(selection_of):
    """The full-fidelity incident export lost the analyst's highlights and notes (only xlsx and the
    notes-* formats had them): each article now carries them, as notes-json writes them."""
    from core.export.json_doc import write_json

    out = io.StringIO()
    write_json(out, sample(selection_of))
    first, empty = json.loads(out.getvalue())["articles"]
    assert [(a["kind"], a["start"], a["note"]) for a in first["annotations"]] == [
        ("highlight", 0, "=check"), ("highlight", 40, ""), ("note", None, TRICKY_AR)]
    assert first["annotations"][0]["quote"] == "قتل\nاثنان" and "article_id" not in first["annotations"][0]
    assert empty["annotations"] == []
