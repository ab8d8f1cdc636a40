"""An Arabic note is laid out from the right edge, an English one from the left."""

from __future__ import annotations

from typing import Any


def _ink(edit: Any, y0: int, y1: int) -> tuple[int, int]:
    image = edit.viewport().grab().toImage()
    xs = [x for x in range(image.width()) for y in range(y0, y1) if image.pixelColor(x, y).lightness() < 128]
    return min(xs), max(xs)


def test_an_arabic_note_is_aligned_right_and_an_english_one_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.notes import NotesPane

    pane = NotesPane()
    qtbot.addWidget(pane)
    pane.resize(440, 500)
    pane.show()
    qtbot.waitExposed(pane)
    edit = pane.note
    edit.setPlainText("تقرير من طرف واحد.\nOne source only.")
    edit.clearFocus()
    qtbot.wait(10)
    width = edit.viewport().width()
    doc = edit.document()
    first = doc.documentLayout().blockBoundingRect(doc.firstBlock())
    second = doc.documentLayout().blockBoundingRect(doc.lastBlock())
    ar_left, ar_right = _ink(edit, int(first.top()) + 2, int(first.bottom()) - 2)
    en_left, en_right = _ink(edit, int(second.top()) + 2, int(second.bottom()) - 2)
    assert ar_right > width - 20 and ar_left > width / 2, (ar_left, ar_right, width)  # against the right edge
    assert en_left < 20 and en_right < width / 2, (en_left, en_right, width)  # against the left edge
