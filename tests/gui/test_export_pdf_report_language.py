"""The report follows the interface's language: the Export dialog asks for it in Arabic in the
Arabic interface, and the PDF of an Arabic report reads right to left (title and tables at the
right, every Arabic glyph in Amiri, the page numbers in Arabic)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "export"))
from export_fixtures import make_bundle, make_incident  # noqa: E402
from pdf_reading import chars as pdf_chars  # noqa: E402

from core.export.scope import selection_from_bundles  # noqa: E402
from gui import ops  # noqa: E402
from gui.dialogs.export_dialog import ExportDialog, ScopeContext  # noqa: E402
from gui.export_pdf import ARABIC_COLUMN_WIDTHS, qt_report_html, write_pdf  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

A4_WIDTH_PT = 595.3
MARGIN_PT = 15 / 25.4 * 72


def selection():  # type: ignore[no-untyped-def]
    strike = make_incident(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                           summary_ar="غارة جوية على الزاهر", location={**make_incident()["location"],
                           "name_ar": "الزاهر", "name_en": "Al Zahir", "lat": 13.9, "lon": 45.4})  # fmt: skip
    return selection_from_bundles([make_bundle(1, [make_incident(), strike])], description="article 1")


def test_the_arabic_pdf_reads_right_to_left(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdfs = {}
    for lang in ("en", "ar"):
        pdfs[lang] = tmp_path / f"{lang}.pdf"
        assert write_pdf(pdfs[lang], selection(), lang=lang) == 2
    titles = {}
    for lang, pdf in pdfs.items():
        page = list(pdf_chars(next(iter(extract_pages(str(pdf))))))
        title = [c for c in page if c.size > 14]  # the h1
        assert title, lang
        titles[lang] = (min(c.x0 for c in title), max(c.x1 for c in title))
        if lang == "ar":
            arabic = [c for c in page if re.match(r"[\u0600-\u06ff]", c.get_text()) or c.get_text().startswith("(cid:")]
            assert arabic and all("Amiri" in c.fontname for c in arabic)
            assert not [c for c in page if c.get_text().isascii() and c.get_text().isalpha()
                        and c.y0 > 60 and c.get_text() not in "TNE"]  # no English word but the date's T and 14°N
    assert titles["en"][0] == pytest.approx(MARGIN_PT, abs=3)  # English starts at the left margin
    assert titles["ar"][1] == pytest.approx(A4_WIDTH_PT - MARGIN_PT, abs=3)  # Arabic at the right one
    assert titles["ar"][0] > A4_WIDTH_PT / 2


def test_the_arabic_pdf_html_is_right_to_left_with_its_own_columns(qapp) -> None:  # type: ignore[no-untyped-def]
    html, _figures = qt_report_html(selection(), "ar")
    assert '<body dir="rtl">' in html and '<table dir="rtl" class="incidents">' in html
    widths = {re.sub("<[^>]+>", "", name): int(share) for share, name in re.findall(r'<th width="(\d+)%">(.*?)</th>', html)}
    assert widths == ARABIC_COLUMN_WIDTHS  # every column of the Arabic incident table has its share
    assert sum(ARABIC_COLUMN_WIDTHS.values()) == 100
    # the totals tables side by side: the first (by event type) at the right, each one's name
    # column at its right (Qt lays nested tables out left to right: the cells are written reversed)
    layout = html[html.index('<table dir="rtl" class="layout" align="right">'):]
    headings = re.findall(r"<h3>(.*?)</h3>", layout)  # the layout's cells, first to last (left to right)
    assert [re.sub("<[^>]+>", "", h) for h in headings] == ["حسب الطرف", "حسب المحافظة", "حسب نوع الحدث"]
    first_row = re.search(r"<thead><tr>(.*?)</tr>", layout, re.S).group(1)
    assert [re.sub("<[^>]+>", "", th) for th in re.findall(r"<th>(.*?)</th>", first_row)] == ["الحوادث", "الطرف"]


def test_the_dialog_writes_the_report_in_the_interface_language(qtbot, arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core import store
    from core.ingest.model import ArticleIn
    from core.pipeline import ANALYZER_VERSION

    path = tmp_path / "lib.db"
    db = store.open_db(path)
    article, _ = store.add_article(db, ArticleIn(title="اشتباكات", text="قتل 12 مسلحا في دمت", source="عكاظ",
                                                 published="2015-08-05"))
    store.save_analysis(db, article, {"entities": [], "summary": {}, "incidents": [make_incident()],
                                      "analyzer_version": ANALYZER_VERSION})  # this version's: no question
    db.conn.close()
    dialog = ExportDialog(str(path), ScopeContext(current_article_id=article, current_title="اشتباكات"))
    qtbot.addWidget(dialog)
    dialog.set_format("html")
    dialog.set_path(tmp_path / "report.html")
    assert dialog.request().lang == "ar"
    with qtbot.waitSignal(dialog.exportFinished, timeout=20_000):
        dialog.start_export()
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page and "تقرير مرصد عن الحوادث" in page and "النطاق: المقال 1" in page
    ops.wait_for_all()


def test_the_english_interface_asks_for_an_english_report(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(str(tmp_path / "none.db"), ScopeContext(current_article_id=1, current_title="x"))
    qtbot.addWidget(dialog)
    dialog.set_format("pdf")
    assert dialog.request().lang == "en"
