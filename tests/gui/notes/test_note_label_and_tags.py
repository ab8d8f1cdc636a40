"""The Notes tab seen by the analyst: the free note's box keeps a visible name once a note is typed
(its placeholder was its only name), the empty highlights list says it is empty (it was a blank
box), and tags are shown back with the interface's comma («صعدة، للمراجعة», not «صعدة, للمراجعة»)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def _pane(qtbot: Any) -> Any:
    from gui.notes import NotesPane

    pane = NotesPane()
    qtbot.addWidget(pane)
    pane.resize(440, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_the_note_box_has_a_label_and_the_empty_list_a_placeholder(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    pane.note.setPlainText("needs a second source")  # the placeholder is gone: the label still names the box
    assert pane.note_label.isVisible() and pane.note_label.buddy() is pane.note
    assert pane.note_label.text() == "N&ote on this article:"
    assert pane.note_label.geometry().bottom() <= pane.note.geometry().top()  # above the box
    assert pane.empty.isVisible() and pane.empty.text() == "No highlights on this article yet."
    pane.set_highlights([{"id": 1, "quote": "اشتباكات", "color": "yellow", "start": 0, "end": 8}])
    assert not pane.empty.isVisible()
    pane.set_highlights([])
    assert pane.empty.isVisible()


def test_alt_o_reaches_the_note_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    pane.activateWindow()
    pane.tags.setFocus()
    qtbot.waitUntil(lambda: pane.tags.hasFocus(), timeout=2000)
    qtbot.keyClick(pane.tags, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pane.note.hasFocus(), timeout=2000)


def test_in_arabic_the_label_placeholder_and_tags_are_arabic(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    assert pane.note_label.text() == "ملاح&ظتك على هذا المقال:"
    assert pane.empty.text() == "لا تظليلات على هذا المقال بعد."
    pane.set_article_state(False, False, ["صعدة", "للمراجعة"])
    assert pane.tags.text() == "صعدة، للمراجعة"
    edited: list = []
    pane.tagsEdited.connect(edited.append)
    pane.tags.editingFinished.emit()  # shown back and left as it is: the same two tags
    assert edited == [["صعدة", "للمراجعة"]]


def test_in_english_tags_keep_the_latin_comma(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    pane.set_article_state(False, False, ["Saada", "to check"])
    assert pane.tags.text() == "Saada, to check"


def test_the_library_tooltip_joins_tags_with_the_arabic_comma(arabic) -> None:  # type: ignore[no-untyped-def]
    from gui.bidi import strip_isolates
    from gui.library.model import _tooltip

    assert "صعدة، للمراجعة" in strip_isolates(_tooltip({"title": "t", "tags": ["صعدة", "للمراجعة"]}))
