"""Deaths of unknown number in the totals' rows: a type's or a governorate's killed count is said as
a floor («12 + ?»), never a bare 0, as the headline says it («… with deaths but no number»)."""

from __future__ import annotations

import io

from docx import Document

from core.export.docx_report import write_report_docx
from core.export.report import write_report_html, write_report_md
from core.export.scope import export_incidents
from core.export.totals import compute_totals, killed_text

from export_fixtures import make_bundle, make_incident

AIR = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "date": "2015-08-07"}
BAYDA = {**make_incident()["location"], "name_en": "Al Zahir", "name_ar": "الزاهر", "admin1_en": "Al Bayda",
         "admin1_ar": "البيضاء", "lat": 13.9, "lon": 45.4}


def bundles():
    """Two air strikes in al-Bayda (5 killed; deaths, number unknown) and a clash in al-Dhale'e
    whose deaths have no number: none of them tells the same event as another."""
    return [
        make_bundle(1, [make_incident(**AIR, fatalities=5, location=BAYDA)]),
        make_bundle(2, [make_incident(**{**AIR, "date": "2015-08-20"}, fatalities=None, flags=["fatalities_unknown"],
                                      location=BAYDA)]),
        make_bundle(3, [make_incident(fatalities=None, flags=["fatalities_unknown"], date="2015-08-09")]),
    ]  # fmt: skip


def test_killed_text():
    assert killed_text(12, 0) == "12"
    assert killed_text(12, 2) == "12 + ?"
    assert killed_text(0, 1) == "?"
    assert killed_text(0, 0) == "0"
    assert killed_text(3, 1, "؟") == "3 + ؟"


def test_totals_count_unknown_deaths_per_row():
    t = compute_totals(export_incidents(bundles()))
    assert t.unknown_fatalities == 2
    assert dict(t.unknown_fatalities_by_event_type) == {"Explosions/Remote violence": 1, "Battles": 1}
    assert dict(t.unknown_fatalities_by_governorate) == {"Al Bayda": 1, "Al Dhale'e": 1}
    assert dict(t.unknown_fatalities_by_day) == {"2015-08-20": 1, "2015-08-09": 1}
    assert t.killed("event_type", "Explosions/Remote violence") == "5 + ?"
    assert t.killed("governorate", "Al Dhale'e") == "?"
    assert t.killed("day", "2015-08-07") == "5" and t.killed("day", "2015-08-20", "؟") == "؟"
    d = t.to_dict()
    assert d["unknown_fatalities_by_governorate"] == {"Al Bayda": 1, "Al Dhale'e": 1}
    assert d["fatalities_by_event_type"]["Battles"] == 0  # the floor stays a number for sums


def test_a_known_toll_has_no_mark():
    t = compute_totals(export_incidents([make_bundle(1, [make_incident(fatalities=4)])]))
    assert t.killed("event_type", "Battles") == "4" and not t.unknown_fatalities_by_event_type


def selection(selection_of):
    return selection_of(bundles())


def test_markdown_reports_mark_the_rows(selection_of):
    out = io.StringIO()
    write_report_md(out, selection(selection_of))
    md = out.getvalue()
    assert "| Explosions/Remote violence | 2 | 5 + ? |" in md
    assert "| Battles | 1 | ? |" in md
    assert "| Al Bayda | 2 | 5 + ? |" in md
    assert "| 2015-08-09 | 1 | ? |" in md
    assert "| 0 |" not in md
    out = io.StringIO()
    write_report_md(out, selection(selection_of), lang="ar")
    ar = out.getvalue()
    assert "| 2 | 5 + ؟ |" in ar and "| 1 | ؟ |" in ar and "| 0 |" not in ar


def test_html_report_marks_the_rows(selection_of):
    out = io.StringIO()
    write_report_html(out, selection(selection_of))
    page = out.getvalue()
    assert '<td class="n">5 + ?</td>' in page and '<td class="n">?</td>' in page
    assert '<td class="n">0</td>' not in page


def test_docx_report_marks_the_rows(selection_of):
    buf = io.BytesIO()
    write_report_docx(buf, selection(selection_of))
    buf.seek(0)
    doc = Document(buf)
    rows = {row.cells[0].text: row.cells[2].text for table in doc.tables[:2] for row in table.rows[1:]}
    assert rows == {"Explosions/Remote violence": "5 + ?", "Battles": "?", "Al Bayda": "5 + ?", "Al Dhale'e": "?"}
