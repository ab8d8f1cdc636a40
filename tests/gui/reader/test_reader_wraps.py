"""The reader wraps every line at its width: no horizontal scroll bar, also for a token longer
than a line (a URL: wrapped anywhere) and for a long article whose lines Qt measures a pixel or
two over the width (a line ending in a number amid Arabic; session 37: a 5 MB article showed a
horizontal scroll bar)."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption

from gui.reader.view import ReaderView

WORDS = ("اشتباكات", "في", "مدينة", "على", "الطريق", "قوات", "الجيش", "كيلومترا", "اليوم", "شمال", "الساحل",
         "قتلى", "وجرحى", "بين", "المسلحين", "125", "2015", "30", "صباح", "الأحد.")


def _overflow(view: ReaderView) -> float:
    """How far the widest laid-out line reaches past the width lines may take (px; ≤ 0: none)."""
    doc = view.document()
    room = doc.textWidth() - 2 * doc.documentMargin()
    widest, block = 0.0, doc.begin()
    while block.isValid():
        layout = block.layout()
        widest = max([widest] + [layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())])
        block = block.next()
    return widest - room


def test_the_reader_wraps_lines_anywhere_as_a_last_resort(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(420, 400)
    view.show()
    assert view.lineWrapMode() == view.LineWrapMode.WidgetWidth
    assert view.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    url = "https://example.org/" + "a1b2c3d4e5" * 60  # one 620-character token
    view.set_article(f"المصدر: {url}\n\nنص عربي قصير.")
    qtbot.wait(20)
    assert _overflow(view) <= 1
    assert view.document().idealWidth() <= view.viewport().width() + 1
    assert view.horizontalScrollBar().maximum() <= 1 and not view.horizontalScrollBar().isVisible()


def test_a_long_article_shows_no_horizontal_scroll_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(37)
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))) for _ in range(600)]
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(560, 500)
    view.show()
    view.set_article("تقرير طويل\n\n" + "\n\n".join(paragraphs))
    qtbot.wait(50)
    # what Qt's measure leaves over stays inside the page margin: no text is cut off
    assert _overflow(view) < view.document().documentMargin()
    assert not view.horizontalScrollBar().isVisible()
