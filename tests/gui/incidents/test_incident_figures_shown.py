"""Selecting an incident marks, beside its evidence, the words its figures come from (the evidence's
translucent tint with a dashed underline), and the editor quotes them under the evidence: the killed
and injured are often told in another clause than the evidence, where the analyst checks them.

The article has an emoji (two UTF-16 units) and a CRLF before the figures, so the spans cross the
code-point ↔ Qt conversion (`gui.offsets.OffsetMap`)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel

from gui import theme
from tests.gui.conftest import ARTICLE_TEXT, incident_row, machine_analysis, store_article, words_span

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

EVIDENCE = "اشتباكات بمدينة دمت"
KILLED, INJURED = "12 مسلحا قتلوا", "وأصيب 22"


@pytest.fixture
def figures_db(tmp_path):  # type: ignore[no-untyped-def]
    """ARTICLE_TEXT whose clash has its evidence in one clause and its figures around it."""
    analysis = machine_analysis()
    clash = analysis["incidents"][0]
    clash["evidence"] = [words_span(EVIDENCE)]
    clash["figures"] = [words_span(KILLED), words_span(INJURED)]
    return store_article(tmp_path / "figures.db", analysis)


def _dashed(w: Any) -> list[str]:
    return [sel.cursor.selectedText() for sel in w.reader.extraSelections()
            if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline]


def _background(reader: Any, offset: int) -> QColor:
    image = reader.viewport().grab().toImage()
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.offset_map().to_qt(offset))
    rect = reader.cursorRect(cursor)
    return image.pixelColor(rect.center().x() - 3, rect.top() + 2)


def test_selecting_an_incident_marks_its_figures(window_on, figures_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = window_on(figures_db)
    w.incidents.select_row(incident_row(w, "Battles"))
    assert w.reader.textCursor().selectedText() == EVIDENCE  # the evidence is selected, as before
    assert w.reader.figures() == [tuple(words_span(words).values()) for words in (KILLED, INJURED)]
    assert _dashed(w) == [KILLED, INJURED]
    qtbot.wait(20)
    marked = _background(w.reader, ARTICLE_TEXT.index("قتلوا") + 2)
    page = QColor(theme.READER_BACKGROUND)
    assert marked.blue() < page.blue() - 20 and marked.red() > marked.blue()  # the evidence's yellow tint
    # another incident, without figures: nothing left marked
    w.incidents.select_row(incident_row(w, "Explosions/Remote violence"))
    assert w.reader.figures() == [] and _dashed(w) == []


def test_the_editor_quotes_the_figures_under_the_evidence(window_on, figures_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(figures_db)
    w.incidents.select_row(incident_row(w, "Battles"))
    w.incidents.action_edit.trigger()
    quote = w.editor.findChild(QLabel, "editorEvidence")
    figures = w.editor.findChild(QLabel, "editorFigures")
    assert quote.text() == EVIDENCE
    assert figures.text() == f"{KILLED} … {INJURED}"
    layout = w.editor.layout()
    assert layout.indexOf(figures) == layout.indexOf(quote) + 1  # right under the evidence
    w.editor.reject()


def test_the_editor_leaves_out_figures_the_evidence_shows(window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    """The fixture's clash has «وأصيب 22 آخرون» as evidence: its figure «وأصيب 22» is in the quote
    already, so no second quote; a figure told apart is quoted, joined with one next to it."""
    from gui.main_window import _figures_text

    clash = {"evidence": [words_span("وأصيب 22 آخرون")], "figures": [words_span(INJURED)]}
    assert _figures_text(ARTICLE_TEXT, clash) == ""
    clash["figures"].insert(0, words_span("12 مسلحا"))
    assert _figures_text(ARTICLE_TEXT, clash) == "12 مسلحا"
    close = {"figures": [words_span("12 مسلحا"), words_span("قتلوا في")]}
    assert _figures_text(ARTICLE_TEXT, close) == "12 مسلحا قتلوا في"  # one space apart: one passage


def test_an_incident_stored_without_figures(open_window) -> None:  # type: ignore[no-untyped-def]
    """Analyses stored before figures were kept: nothing marked, no second quote."""
    w = open_window
    w.incidents.select_row(incident_row(w, "Battles"))
    assert w.reader.figures() == [] and _dashed(w) == []
    w.incidents.action_edit.trigger()
    assert w.editor.findChild(QLabel, "editorFigures") is None
    w.editor.reject()


def test_the_figures_tooltip_is_arabic(arabic, window_on, figures_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(figures_db)
    w.incidents.select_row(incident_row(w, "Battles"))
    w.incidents.action_edit.trigger()
    assert w.editor.findChild(QLabel, "editorFigures").toolTip() == "موضع ذكر القتلى والجرحى والأسرى في المقال"
    w.editor.reject()
