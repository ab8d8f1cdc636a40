"""An incident's evidence, selected in the reader, lets the entity colours inside it show: the
selection colour is translucent. Before, it was opaque, so selecting an incident painted its whole
sentence one yellow and hid the actors and places the analyst had to check against the panel."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCursor

from gui import theme
from gui.reader.view import ReaderView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXT = "أفاد شهود أن ثلاثة مدنيين قتلوا في قصف مدفعي استهدف سوقا بمدينة قعطبة صباح اليوم."
PLACE = "مدينة قعطبة"


def _background(reader: ReaderView, offset: int) -> QColor:
    """The colour at the top of the line over the character at `offset` (above the glyphs)."""
    image = reader.viewport().grab().toImage()
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.offset_map().to_qt(offset))
    rect = reader.cursorRect(cursor)
    return image.pixelColor(rect.center().x() - 3, rect.top() + 2)


def _reader(qtbot) -> ReaderView:  # type: ignore[no-untyped-def]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(640, 300)
    start = TEXT.index(PLACE)
    reader.set_article(TEXT, [{"start": start, "end": start + len(PLACE), "label": "LOCATION", "source": "rule",
                               "text": PLACE}])
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def test_an_entity_inside_the_evidence_keeps_its_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot)
    in_place, elsewhere = TEXT.index(PLACE) + 5, TEXT.index("قتلوا") + 2
    reader.select_span(0, len(TEXT))  # as selecting an incident does
    qtbot.wait(20)
    place, plain = _background(reader, in_place), _background(reader, elsewhere)
    assert place != plain, "the evidence colour hides the entity"
    # still a location's green (tinted), and the rest still marked as evidence (not the page's colour)
    location = theme.entity_color("LOCATION")
    assert place.green() > place.blue() and abs(place.green() - location.green()) < 40
    assert plain != QColor(theme.READER_BACKGROUND) and plain.red() > plain.blue()


def test_the_selection_follows_a_theme_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot)
    try:
        theme.apply_scheme("dark")
        reader.set_article(TEXT)  # the window redraws the open article after a theme change
        assert reader.palette().highlight().color().rgb() == QColor(theme.EVIDENCE_COLOR).rgb()
    finally:
        theme.apply_scheme("light")
    reader.set_article(TEXT)
    assert reader.palette().highlight().color().rgb() == QColor(theme.EVIDENCE_COLOR).rgb()
