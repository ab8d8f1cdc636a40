"""The Word report (`--format docx`): the HTML report's content, opened back with python-docx.

The headings, the headline and the totals tables must say what the HTML report says for the same
scope and language; the Arabic report is right to left throughout (paragraphs `w:bidi`, runs
`w:rtl`, tables `w:bidiVisual`, the section too); rejected incidents follow the rules of every
format; an empty scope and a failed write leave no half file.
"""

from __future__ import annotations

import errno
import html
import io
import re
import zipfile
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn

from core.cli import cli
from core.export import FORMATS, REPORT_FORMATS, write_export
from core.export.docx_report import export_time, write_report_docx
from core.export.report import write_report_html
from core.export.scope import ExportError, NothingToExport
from core.ingest.model import ArticleIn
from core.store import add_article, open_db, save_analysis

from export_fixtures import make_bundle, make_incident


STRIKE = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              summary_ar="غارة جوية على الزاهر", summary_en="Air strike on Al Zahir", fatalities=3, injured=None,
              actor2={"text": "المسلحين", "name_ar": "", "name_en": ""},
              location={**make_incident()["location"], "name_en": "Al Zahir", "name_ar": "الزاهر",
                        "admin1_en": "Al Bayda", "admin1_ar": "", "lat": 13.9, "lon": 45.4})  # fmt: skip


def sample(selection_of, include_rejected: bool = False):
    """Three articles: a clash told twice (8 and 12 killed: one incident, 8), an air strike, and a
    shelling the analyst rejected."""
    rejected = make_incident(sub_event_type="Shelling/artillery/missile attack", event_type="Explosions/Remote violence",
                             summary_ar="قصف مدفعي رفضه المحلل", summary_en="Shelling the analyst rejected",
                             analyst_status="rejected", date="2015-08-07", fatalities=40,
                             location={**make_incident()["location"], "name_en": "Qataba", "name_ar": "قعطبة"})  # fmt: skip
    return selection_of([
        make_bundle(1, [make_incident(), make_incident(**STRIKE)]),
        make_bundle(2, [make_incident(fatalities=8, summary_ar="مقتل 8 في دمت")], source="سبأ نت"),
        make_bundle(3, [rejected]),
    ], include_rejected=include_rejected)  # fmt: skip


def docx_of(selection, lang: str = "en"):
    buf = io.BytesIO()
    n = write_report_docx(buf, selection, lang=lang)
    buf.seek(0)
    return n, Document(buf)


def html_of(selection, lang: str = "en") -> str:
    out = io.StringIO()
    write_report_html(out, selection, lang=lang)
    return out.getvalue()


def headings(doc) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]


def headline(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]


def docx_totals(doc) -> dict[str, list[list[str]]]:
    """The tables under the level-3 headings (the totals), by heading, as rows of cell texts."""
    body = doc.element.body
    out, caption = {}, None
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            style = el.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            text = "".join(t.text or "" for t in el.iter(qn("w:t")))
            if text:
                caption = text if style is not None and style.get(qn("w:val")) == "Heading3" else None
        elif el.tag == qn("w:tbl") and caption:
            out[caption] = [["\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p")))
                             for tc in tr.iter(qn("w:tc"))] for tr in el.iter(qn("w:tr"))]
            caption = None
    return out


def html_totals(page: str) -> dict[str, list[list[str]]]:
    out = {}
    for caption, body in re.findall(r"<table><caption>(.*?)</caption>(.*?)</table>", page, re.S):
        rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
        out[html.unescape(caption)] = [[html.unescape(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)]
                                       for r in rows]
    return out


def html_headline(page: str) -> list[str]:
    items = re.search(r'<ul class="totals"[^>]*>(.*?)</ul>', page, re.S)
    assert items
    return [html.unescape(li) for li in re.findall(r"<li>(.*?)</li>", items.group(1))]


def incident_table(doc) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in doc.tables[-1].rows]


def is_bidi(paragraph) -> bool:
    return paragraph._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None


def is_rtl(run) -> bool:
    return run._r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None


def cs_font(run) -> str | None:
    fonts = run._r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    return None if fonts is None else fonts.get(qn("w:cs"))


def all_paragraphs(doc):
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_totals_are_the_html_reports(selection_of, lang):
    for include_rejected in (False, True):
        selection = sample(selection_of, include_rejected)
        page = html_of(selection, lang)
        n, doc = docx_of(selection, lang)
        assert n == len(selection.incidents) == (3 if include_rejected else 2)
        assert headline(doc) == html_headline(page)
        incidents = "الحوادث" if lang == "ar" else "Incidents"  # the incident table's caption
        totals = {caption: rows for caption, rows in html_totals(page).items() if caption != incidents}
        assert len(totals) == 3 and docx_totals(doc) == totals  # every totals table, header and rows


def test_the_english_report_reads_as_the_html_one(selection_of):
    n, doc = docx_of(sample(selection_of))
    assert headings(doc) == [("Heading 1", "Marsad incident report"), ("Heading 3", "By event type"),
                             ("Heading 3", "By governorate"), ("Heading 3", "By actor"), ("Heading 2", "Per day"),
                             ("Heading 2", "Incidents")]  # no map: core draws no pictures (see the GUI's test)
    assert headline(doc)[:2] == ["2 incidents from 3 articles", "11 killed, 22 injured, 0 captured"]
    assert docx_totals(doc)["By event type"] == [["Event type", "Incidents", "Killed"], ["Battles", "1", "8"],
                                                 ["Explosions/Remote violence", "1", "3"]]
    assert docx_totals(doc)["By governorate"][1:] == [["Al Dhale'e", "1", "8"], ["Al Bayda", "1", "3"]]
    table = incident_table(doc)
    assert table[0] == ["Date", "Type", "Place", "المكان", "Actors", "Killed / injured / captured", "Summary", "الملخص",
                        "Reports", "Status"]
    clash = next(r for r in table if r[1] == "Armed clash")
    # one incident told by articles 1 and 2: the lowest toll, both reports, one per line
    assert clash[5] == "8 / 22 / ?" and clash[9] == "machine"
    assert clash[8].split("\n") == ["#1 عكاظ", "#2 سبأ نت"]
    # the representative's summary (12 killed) says the reports differ and the lowest is coded
    assert clash[7] == "مقتل 12 حوثيا وإصابة 22 قرب دمت (تختلف أرقام التقارير: القتلى من 8 إلى 12؛ رُمِّز أدناها)" and clash[6].startswith("12 Houthi fighters killed")
    assert clash[6].endswith("(reports give 8–12 killed; the lowest is coded)")
    assert [r[1] for r in table[1:]] == ["Armed clash", "Air/drone strike"]
    # the per-day numbers stand for the chart core cannot draw
    assert [t.rows[1].cells[0].text for t in doc.tables if t.rows[0].cells[0].text == "Day"] == ["2015-08-05"]
    # the English report is left to right; its Arabic cells are right to left
    assert not any(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in doc.tables)
    summary_ar = doc.tables[-1].rows[1].cells[7].paragraphs[0]
    assert is_bidi(summary_ar) and all(is_rtl(r) for r in summary_ar.runs) and cs_font(summary_ar.runs[0]) == "Arial"
    english = doc.tables[-1].rows[1].cells[6].paragraphs[0]
    assert not is_bidi(english) and not any(is_rtl(r) for r in english.runs)
    source = doc.tables[-1].rows[1].cells[8].paragraphs[1]  # «#2 سبأ نت»: the name alone is right to left
    assert [(r.text, is_rtl(r)) for r in source.runs] == [("#2 ", False), ("سبأ نت", True)]


def test_the_arabic_report_is_right_to_left_throughout(selection_of):
    n, doc = docx_of(sample(selection_of), "ar")
    assert [text for _, text in headings(doc)] == ["تقرير مرصد عن الحوادث", "حسب نوع الحدث", "حسب المحافظة",
                                                    "حسب الطرف", "الحوادث يومًا بيوم", "الحوادث"]
    assert headline(doc)[:2] == ["حادثتان من 3 مقالات", "القتلى 11، الجرحى 22، الأسرى 0"]
    for section in doc.sections:  # the page itself: right to left
        assert section._sectPr.find(qn("w:bidi")) is not None
    assert doc.tables and all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in doc.tables)
    arabic = [p for p in all_paragraphs(doc) if re.search("[\u0600-\u06ff]", p.text)]
    assert len(arabic) > 30
    for p in arabic:
        assert is_bidi(p), p.text
        for run in p.runs:
            if re.search("[\u0600-\u06ff]", run.text):
                assert is_rtl(run) and cs_font(run) == "Arial", run.text
    # «القتلى 8، الجرحى 22»: the numbers of an Arabic line stay in its right-to-left run
    line = next(p for p in doc.paragraphs if p.text.startswith("القتلى"))
    assert len(line.runs) == 1 and is_rtl(line.runs[0])
    # the styles a colleague types in next are right to left too
    normal = doc.styles["Normal"].element
    assert normal.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
    assert normal.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:cs")) == "Arial"
    table = incident_table(doc)
    assert table[0] == ["التاريخ", "النوع", "المكان", "الأطراف", "قتلى / جرحى / أسرى", "الملخص", "البلاغات", "الحالة"]
    clash = next(r for r in table if r[1] == "اشتباك مسلح")
    assert clash[4] == "8 / 22 / ؟" and clash[5] == "مقتل 12 حوثيا وإصابة 22 قرب دمت (تختلف أرقام التقارير: القتلى من 8 إلى 12؛ رُمِّز أدناها)" and clash[7] == "آلية"
    counts = doc.tables[-1].rows[1].cells[4].paragraphs[0]  # «8 / 22 / ؟» right to left, as its heading
    assert is_bidi(counts) and all(is_rtl(r) for r in counts.runs)
    for english in ("Marsad incident report", "Summary", "Houthi Movement", "Air strike on Al Zahir", "machine"):
        assert all(english not in p.text for p in all_paragraphs(doc)), english


def test_rejected_incidents_are_left_out_or_struck_through_and_never_counted(selection_of):
    _, doc = docx_of(sample(selection_of))
    texts = " ".join(p.text for p in all_paragraphs(doc))
    assert "Shelling the analyst rejected" not in texts and "قصف مدفعي رفضه المحلل" not in texts
    assert "rejected" not in texts
    _, listed = docx_of(sample(selection_of, include_rejected=True))
    row = next(r for r in listed.tables[-1].rows if r.cells[9].text == "rejected")
    assert row.cells[6].text == "Shelling the analyst rejected"
    assert all(run.font.strike for cell in row.cells for p in cell.paragraphs for run in p.runs if run.text)
    assert "1 rejected incident listed, struck through, and left out of every count" in headline(listed)
    assert headline(listed)[:2] == headline(doc)[:2]  # its 40 killed count nowhere
    assert "Qataba" not in str(docx_totals(listed)) and "2015-08-07" not in str(docx_totals(listed))


def test_an_empty_scope(selection_of, tmp_path):
    empty = selection_of([make_bundle(1, [])])
    n, doc = docx_of(empty)
    assert n == 0 and headline(doc)[0] == "0 incidents from 1 article"
    texts = [p.text for p in doc.paragraphs]
    assert "No dated incidents." in texts and "No incident has coordinates." in texts
    assert len(incident_table(doc)) == 1  # the header only
    _, arabic = docx_of(empty, "ar")
    assert "لا حادثة مؤرَّخة." in [p.text for p in arabic.paragraphs]
    # `marsad export` writes no file for it, and keeps one that was there
    target = tmp_path / "r.docx"
    with pytest.raises(NothingToExport):
        write_export(target, "docx", empty, allow_empty=False)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"previous")
    with pytest.raises(NothingToExport):
        write_export(target, "docx", selection_of([make_bundle(1, [make_incident(analyst_status="rejected")])]),
                     force=True, allow_empty=False)
    assert target.read_bytes() == b"previous" and list(tmp_path.iterdir()) == [target]


def test_a_failed_write_leaves_no_partial_file(selection_of, tmp_path, monkeypatch):
    from docx.document import Document as DocxDocument

    def half_then_full_disk(self, stream):  # type: ignore[no-untyped-def]
        stream.write(b"PK\x03\x04 half a zip")
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "report.docx"
    monkeypatch.setattr(DocxDocument, "save", half_then_full_disk)
    with pytest.raises(ExportError, match="No space left on device"):
        write_export(target, "docx", sample(selection_of))
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"previous report")
    with pytest.raises(ExportError):
        write_export(target, "docx", sample(selection_of), force=True)
    assert target.read_bytes() == b"previous report" and list(tmp_path.iterdir()) == [target]


def test_the_format_is_registered_as_a_report(tmp_path, selection_of):
    spec = FORMATS["docx"]
    assert spec.suffix == ".docx" and spec.binary and spec.kind == "incidents" and "docx" in REPORT_FORMATS
    target = tmp_path / "r.docx"
    assert write_export(target, "docx", sample(selection_of), lang="ar") == 2
    with zipfile.ZipFile(target) as z:
        assert "word/document.xml" in z.namelist() and not any(n.startswith("word/media/") for n in z.namelist())
    assert Document(str(target)).core_properties.title == "تقرير مرصد عن الحوادث"


def test_cli_writes_the_word_report_in_the_chosen_language(tmp_path):
    db = open_db(tmp_path / "m.db")
    article, _ = add_article(db, ArticleIn(title="اشتباكات", text="قتل 12 مسلحا في دمت", source="عكاظ",
                                           published="2015-08-05"))
    save_analysis(db, article, {"entities": [], "summary": {}, "analyzer_version": "1", "incidents": [make_incident()]})
    db.conn.close()
    for lang, title in (("ar", "تقرير مرصد عن الحوادث"), ("en", "Marsad incident report")):
        out = tmp_path / f"r_{lang}.docx"
        done = CliRunner().invoke(cli, ["--db", str(tmp_path / "m.db"), "export", "--format", "docx", "--lang", lang,
                                        "-o", str(out)], obj={})
        assert done.exit_code == 0, done.output
        assert "wrote 1 incident from 1 article" in done.output
        assert Document(str(out)).paragraphs[0].text == title
    help_text = CliRunner().invoke(cli, ["export", "--help"], obj={}).output
    assert "docx" in help_text


def test_text_xml_cannot_hold_does_not_break_the_file(selection_of):
    """A control character pasted into a summary (a bell, a form feed) has no XML form: it is
    dropped instead of failing the export; tabs and line breaks inside a cell's text are spaces."""
    inc = make_incident(summary_en="Clash\x07 near\x0c Damt\r\nat\tdawn", summary_ar="اشتباك\x0b قرب دمت")
    _, doc = docx_of(selection_of([make_bundle(1, [inc])]))
    row = doc.tables[-1].rows[1]
    assert row.cells[6].text == "Clash near Damt  at dawn"  # one paragraph, as in HTML and row.cells[7].text == "اشتباك قرب دمت"


def test_the_export_time_reads_whole_in_both_directions():
    # Word takes no direction marks: an ISO time's «T» and offset would break it apart inside an
    # Arabic paragraph; the report writes the UTC date, the minutes and «UTC»
    when = datetime(2026, 11, 29, 3, 52, 20, tzinfo=timezone(timedelta(hours=3)))
    assert export_time(when) == "2026-11-29 00:52 UTC"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_word_report_lists_the_analysts_notes_after_the_incidents(selection_of, lang):
    first = make_bundle(1, [make_incident()])
    first.highlights.append({"quote": "قتل 12 مسلحا", "note": "Check the toll", "color": "green", "start": 0, "end": 12})
    first.notes.append({"body": "المصدر قريب من الحكومة"})
    _n, doc = docx_of(selection_of([first, make_bundle(2, [make_incident()])]), lang)
    texts = [p.text for p in doc.paragraphs]
    heading = "ملاحظات المحلل" if lang == "ar" else "Analyst's notes"
    at = texts.index(heading)
    assert doc.paragraphs[at].style.name == "Heading 2" and len(doc.tables) and at > 0
    body = doc.element.body
    assert list(body).index(doc.tables[-1]._tbl) < list(body).index(doc.paragraphs[at]._p)  # after the incidents
    after = texts[at + 1:]
    assert after[0] == "خبر 1" and "خبر 2" not in after
    assert ("تظليل (أخضر)" if lang == "ar" else "Highlight (green)") in after
    quote = doc.paragraphs[at + 1 + after.index("قتل 12 مسلحا")]
    assert quote._p.pPr.find(qn("w:bidi")) is not None  # right to left
    assert all(r._r.rPr.find(qn("w:rtl")) is not None for r in quote.runs)
    note = doc.paragraphs[at + 1 + after.index("المصدر قريب من الحكومة")]
    assert note._p.pPr.find(qn("w:bidi")) is not None
    english = doc.paragraphs[at + 1 + after.index("Check the toll")]  # left to right, in both reports
    bidi = english._p.pPr.find(qn("w:bidi")) if english._p.pPr is not None else None
    assert bidi is None if lang == "en" else bidi.get(qn("w:val")) == "0"
    assert all(r._r.rPr is None or r._r.rPr.find(qn("w:rtl")) is None for r in english.runs)
