"""The Word report from the desktop part: the Export dialog offers it and writes it (in the
interface's language), and `marsad export --format docx` draws its chart and map with Qt in a fresh
process with no display (core alone leaves them out: tests/core/export/test_export_docx.py)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from gui import ops
from gui.dialogs.export_dialog import ExportDialog, ScopeContext, export_formats
from test_export_pdf_cli import marsad  # `marsad` in a fresh process with no display

PNG = b"\x89PNG\r\n\x1a\n"


def make_db(path: Path) -> None:
    from core import store
    from core.ingest.model import ArticleIn
    from core.pipeline import ANALYZER_VERSION

    db = store.open_db(path)
    for i, (place_ar, place_en, lat) in enumerate((("دمت", "Damt", 14.09), ("قعطبة", "Qataba", 13.86)), start=1):
        article_id, _ = store.add_article(db, ArticleIn(title=f"اشتباكات في {place_ar}", text=f"قتل {i} في {place_ar}",
                                                        source="test", published=f"2015-08-0{i}"))
        store.save_analysis(db, article_id, {"entities": [], "summary": {}, "incidents": [{
            "event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": i, "date": f"2015-08-0{i}",
            "location": {"text": place_ar, "name_ar": place_ar, "name_en": place_en, "lat": lat, "lon": 44.7},
            "summary_en": f"Clashes in {place_en}", "summary_ar": f"اشتباكات في {place_ar}",
            "evidence": [{"start": 0, "end": 3}]}], "analyzer_version": ANALYZER_VERSION})  # this version's
    store.set_incident_override(db, 2, 0, "rejected")
    db.conn.close()


@pytest.fixture
def docx_db(tmp_path) -> str:
    path = tmp_path / "lib.db"
    make_db(path)
    return str(path)


def pictures(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as z:
        return [z.read(n) for n in sorted(z.namelist()) if n.startswith("word/media/")]


def finish(qtbot, dialog: ExportDialog) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000) as blocker:
        assert dialog.start_export() is not None
    return blocker.args[0]


def test_the_dialog_offers_the_word_report(qtbot, docx_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    choice = export_formats()["docx"]
    assert choice.suffix == ".docx" and choice.kind == "incidents" and choice.file_filter() == "Word report (*.docx)"
    assert list(export_formats()).index("docx") == list(export_formats()).index("pdf") + 1  # with the reports
    dialog = ExportDialog(docx_db, ScopeContext(current_article_id=1, current_title="اشتباكات في دمت"))
    qtbot.addWidget(dialog)
    items = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
    assert "docx — Report as a Word document (.docx)" in items
    dialog.set_scope("corpus")
    dialog.set_format("html")
    dialog.set_path(tmp_path / "report.html")
    dialog.set_format("docx")
    assert dialog.path_edit.text() == str(tmp_path / "report.docx")
    outcome = finish(qtbot, dialog)
    assert outcome.fmt == "docx" and outcome.count == 1 and outcome.articles == 2  # type: ignore[attr-defined]
    doc = Document(str(tmp_path / "report.docx"))
    assert doc.paragraphs[0].text == "Marsad incident report"
    texts = " ".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "Clashes in Damt" in texts and "Qataba" not in texts  # the rejected incident is left out
    assert [p[:8] for p in pictures(tmp_path / "report.docx")] == [PNG, PNG]  # the chart and the map, by Qt
    ops.wait_for_all()


def test_the_arabic_dialog_writes_the_arabic_report(qtbot, arabic, docx_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gui.bidi import has_rtl

    dialog = ExportDialog(docx_db, ScopeContext(current_article_id=1, current_title="اشتباكات في دمت"))
    qtbot.addWidget(dialog)
    item = next(dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())
                if dialog.format_combo.itemText(i).startswith("docx — "))
    assert has_rtl(item.split(" — ", 1)[1]), item
    assert has_rtl(export_formats()["docx"].label)
    dialog.set_format("docx")
    dialog.set_path(tmp_path / "تقرير.docx")
    finish(qtbot, dialog)
    doc = Document(str(tmp_path / "تقرير.docx"))
    assert doc.paragraphs[0].text == "تقرير مرصد عن الحوادث"
    assert doc.sections[0]._sectPr.find(qn("w:bidi")) is not None
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in doc.tables)
    assert len(pictures(tmp_path / "تقرير.docx")) == 2
    ops.wait_for_all()


def test_marsad_export_docx_headless_draws_the_pictures(tmp_path) -> None:
    db = tmp_path / "m.db"
    make_db(db)
    out = tmp_path / "report.docx"
    done = marsad("--db", str(db), "export", "--format", "docx", "--lang", "ar", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "wrote 1 incident from 2 articles" in done.stdout
    chart, map_ = pictures(out)
    assert chart.startswith(PNG) and map_.startswith(PNG)
    from PySide6.QtGui import QImage

    image = QImage.fromData(map_)
    assert image.width() >= 1280 and not image.isNull()  # drawn larger than the SVG: sharp in print
    doc = Document(io.BytesIO(out.read_bytes()))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "الخريطة" in headings and "الحوادث يومًا بيوم" in headings
