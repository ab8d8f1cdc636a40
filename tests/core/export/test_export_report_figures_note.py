"""A corroborated incident's row in the reports: the coded figures are the reports' lowest, the
summary is the representative report's with its own figures — when the reports' figures differ the
summary says so (as the ACLED CSV's notes do), else «1 / 100 / ?» stood beside «15 killed, 240
injured» with nothing to say why."""

from __future__ import annotations

import io

from docx import Document

from core.export.docx_report import write_report_docx
from core.export.report import figures_note, write_report_html, write_report_md

from export_fixtures import make_bundle, make_incident


def _two_reports(selection_of):
    first = make_incident(fatalities=15, injured=240, confidence=0.9,
                          summary_en="15 killed, 240 injured near Damt", summary_ar="مقتل 15 وإصابة 240 قرب دمت")
    second = make_incident(fatalities=1, injured=100, confidence=0.4,
                           summary_en="1 killed, 100 injured near Damt", summary_ar="مقتل واحد وإصابة 100 قرب دمت")
    lone = make_incident(date="2015-08-20", fatalities=3, injured=None,
                         summary_en="3 killed near Damt", summary_ar="مقتل 3 قرب دمت")
    return selection_of([make_bundle(1, [first, lone]), make_bundle(2, [second], source="الرياض")])


def test_figures_note_names_the_ranges_and_the_rule(selection_of):
    sel = _two_reports(selection_of)
    grouped = next(r for r in sel.incidents if r.also_reported)
    alone = next(r for r in sel.incidents if not r.also_reported)
    assert (grouped.incident["fatalities"], grouped.incident["injured"]) == (1, 100)
    assert figures_note(grouped) == "(reports give 1–15 killed, 100–240 injured; the lowest is coded)"
    assert figures_note(grouped, "ar") == "(تختلف أرقام التقارير: القتلى من 1 إلى 15، الجرحى من 100 إلى 240؛ رُمِّز أدناها)"
    assert figures_note(alone) == figures_note(alone, "ar") == ""


def test_agreeing_reports_add_no_note(selection_of):
    sel = selection_of([make_bundle(1, [make_incident()]), make_bundle(2, [make_incident(confidence=0.3)])])
    (rec,) = sel.incidents
    assert rec.also_reported and figures_note(rec) == ""


def test_html_md_and_docx_rows_carry_the_note(selection_of):
    sel = _two_reports(selection_of)
    en, ar, md = io.StringIO(), io.StringIO(), io.StringIO()
    write_report_html(en, sel)
    write_report_html(ar, sel, lang="ar")
    write_report_md(md, sel)
    assert "15 killed, 240 injured near Damt (reports give 1–15 killed, 100–240 injured; the lowest is coded)" in en.getvalue()
    assert "مقتل 15 وإصابة 240 قرب دمت (تختلف أرقام التقارير: القتلى من 1 إلى 15" in en.getvalue()  # its Arabic column
    assert "مقتل 15 وإصابة 240 قرب دمت (تختلف أرقام التقارير" in ar.getvalue()
    assert "the lowest is coded" not in ar.getvalue()
    assert "(reports give 1–15 killed, 100–240 injured; the lowest is coded)" in md.getvalue()
    assert "3 killed near Damt</td>" in en.getvalue()  # one report: its summary alone
    for lang, words in (("en", "the lowest is coded"), ("ar", "رُمِّز أدناها")):
        buf = io.BytesIO()
        write_report_docx(buf, sel, lang=lang)
        cells = [c.text for t in Document(io.BytesIO(buf.getvalue())).tables for row in t.rows for c in row.cells]
        assert any(words in c for c in cells), lang
