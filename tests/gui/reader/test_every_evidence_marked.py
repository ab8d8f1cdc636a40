"""Selecting an incident marked only its first evidence passage in the reader, often the
headline: every passage is marked now (the editor quotes them all), and when the first is the
headline the first passage in the body is the one selected and scrolled to."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from gui.incidents import IncidentPanel
from gui.main_window import headline_end
from gui.reader.view import ReaderView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HEADLINE = "قصف على بلدة في الشمال"
BODY = ("\n\n" + "سطر تمهيدي طويل عن الوضع العام في المنطقة.\n" * 60
        + "وقال مصدر إن القصف أصاب سوقا في البلدة.\n" + "سطر آخر.\n" * 10 + "وأصيب خمسة مدنيين.\n")
TEXT = HEADLINE + BODY


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _underlined(reader: ReaderView) -> list[tuple[int, int]]:
    out = []
    for sel in reader.extraSelections():
        if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline and sel.format.fontUnderline():
            m = reader.offset_map()
            out.append((m.from_qt(sel.cursor.selectionStart()), m.from_qt(sel.cursor.selectionEnd())))
    return sorted(out)


def test_headline_end() -> None:
    assert headline_end(TEXT, "  قصف على  بلدة في الشمال ") == len(HEADLINE)
    assert headline_end(TEXT, "عنوان آخر") == 0
    assert headline_end(HEADLINE, HEADLINE) == 0  # nothing below it: no body to go to
    assert headline_end(TEXT, None) == 0


def test_every_passage_is_marked_and_the_body_one_is_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(500, 300)
    reader.show()
    reader.set_article(TEXT, [])
    reader.set_headline(headline_end(TEXT, HEADLINE))
    head, market, injured = _span(TEXT, HEADLINE), _span(TEXT, "القصف أصاب سوقا"), _span(TEXT, "وأصيب خمسة مدنيين")
    reader.select_span(*head)
    reader.set_evidence_spans([head, market, injured])
    assert _underlined(reader) == [head, market, injured]
    assert reader.selected_span() == market and reader.evidence_spans()[0] == market
    assert reader.verticalScrollBar().value() > 0  # the body's passage in sight, not the headline
    # a first passage in the body stays the one selected
    reader.select_span(*market)
    reader.set_evidence_spans([market, injured])
    assert reader.selected_span() == market and _underlined(reader) == [market, injured]
    # another selection (a set-aside mention, a find) drops the incident's other passages
    reader.select_span(*injured)
    assert _underlined(reader) == [injured]


def test_without_a_headline_the_first_passage_stays_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_article(TEXT, [])  # no set_headline: the text is not known to begin with one
    head, market = _span(TEXT, HEADLINE), _span(TEXT, "القصف أصاب سوقا")
    reader.select_span(*head)
    reader.set_evidence_spans([head, market])
    assert reader.selected_span() == head and _underlined(reader) == [head, market]


def test_the_panel_sends_every_evidence_span(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents([{"event_type": "Battles", "evidence": [{"start": 50, "end": 60}, {"start": 0, "end": 9}]}])
    with qtbot.waitSignal(panel.evidenceSpansRequested, timeout=1000) as spans:
        panel.select_row(0)
    assert spans.args == [[(0, 9), (50, 60)]]
