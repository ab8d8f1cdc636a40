"""What works on the reader's selection (highlight, highlight in a colour, with a note, add an
incident, mark as an entity) is enabled only while the selection holds words: in the reader's
context menu, the Notes and Incident menus, the incident pane's button and by shortcut alike."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from core import store
from gui import ops
from tests.gui.conftest import ARTICLE_TEXT

SELECTION_ITEMS = ["Highlight selection", "Highlight in", "Highlight with a note…", "Add from selection…",
                   "Mark as entity"]


def select(window, phrase: str) -> None:  # type: ignore[no-untyped-def]
    start = ARTICLE_TEXT.index(phrase)
    window.reader.reveal(start, start + len(phrase))


def unselect(window) -> None:  # type: ignore[no-untyped-def]
    cursor = window.reader.textCursor()
    cursor.clearSelection()
    window.reader.setTextCursor(cursor)


def context_menu_state(window) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Enabled state of the selection items of the reader's right-click menu, by text."""
    menu = window.reader.build_context_menu(QPoint(5, 5))
    try:
        return {a.text(): a.isEnabled() for a in menu.actions() if a.text() in SELECTION_ITEMS}
    finally:
        menu.deleteLater()


def menu_bar_state(window) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """The same items as the Notes and Incident menus list them."""
    out = {}
    for top in window.menuBar().actions():
        for a in top.menu().actions():
            if a.text() in SELECTION_ITEMS:
                out[a.text()] = a.isEnabled()
    return out


def test_nothing_selected_disables_them_everywhere(qtbot, open_window) -> None:
    w = open_window
    assert w.reader.selected_span() is None
    assert context_menu_state(w) == dict.fromkeys(SELECTION_ITEMS, False)
    assert menu_bar_state(w) == dict.fromkeys(SELECTION_ITEMS, False)
    assert not w.findChild(type(w.cancel_button), "incidentButton_add").isEnabled()
    # The "Undo entity corrections…" entry does not need a selection; Qt's own "Select All" neither.
    assert w.action_entity_corrections.isEnabled()


def test_a_selection_enables_them_and_clearing_it_disables_them_again(qtbot, open_window) -> None:
    w = open_window
    select(w, "دمت")
    assert context_menu_state(w) == dict.fromkeys(SELECTION_ITEMS, True)
    assert menu_bar_state(w) == dict.fromkeys(SELECTION_ITEMS, True)
    assert w.findChild(type(w.cancel_button), "incidentButton_add").isEnabled()
    unselect(w)
    assert context_menu_state(w) == dict.fromkeys(SELECTION_ITEMS, False)
    assert menu_bar_state(w) == dict.fromkeys(SELECTION_ITEMS, False)


def test_spaces_alone_are_no_selection(qtbot, open_window) -> None:
    w = open_window
    start = ARTICLE_TEXT.index(" دمت")
    w.reader.reveal(start, start + 1)  # one space: highlighting or adding it would only show a hint
    assert w.reader.selected_span() is not None
    assert not w.action_highlight.isEnabled() and not w.incidents.action_add.isEnabled()


def test_a_mouse_selection_enables_them(qtbot, open_window) -> None:
    w = open_window
    cursor = QTextCursor(w.reader.document())
    cursor.setPosition(w.reader.offset_map().to_qt(ARTICLE_TEXT.index("مسلحا")))
    a = w.reader.cursorRect(cursor).center()
    QTest.mousePress(w.reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(w.reader.viewport(), a - QPoint(40, 0))
    QTest.mouseRelease(w.reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       a - QPoint(40, 0))
    assert w.reader.textCursor().hasSelection()
    assert w.action_highlight.isEnabled() and w.incidents.action_add.isEnabled()


def test_the_shortcut_does_nothing_without_a_selection(qtbot, open_window) -> None:
    w = open_window
    w.reader.setFocus()
    QTest.keyClick(w.reader, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    ops.wait_for_all(10_000)
    assert store.list_highlights(store.open_db(w.db_path), 1) == []
    select(w, "الضالع")
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        QTest.keyClick(w.reader, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert [h["quote"] for h in store.list_highlights(store.open_db(w.db_path), 1)] == ["الضالع"]


def test_an_incidents_evidence_is_a_selection_and_opening_an_article_clears_it(qtbot, open_window) -> None:
    w = open_window
    w.incidents.select_row(0)  # its evidence is selected in the reader: adding from it is offered
    assert w.reader.selected_span() is not None and w.incidents.action_add.isEnabled()
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.open_article(1)  # shown afresh: no selection
    assert w.reader.selected_span() is None
    assert not w.incidents.action_add.isEnabled() and not w.action_highlight.isEnabled()
