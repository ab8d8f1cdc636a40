"""F6 / Shift+F6 move the keyboard between the panes: the library's list, the article's text and
the side tab's list. Before, the text came after the library and the legend's eleven chips on Tab,
and from the incident table back to the text took sixteen Tabs (or Ctrl+F then Esc)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _focused(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def test_f6_cycles_library_reader_side_pane_and_shift_f6_goes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.activateWindow()
    w.library.search.setFocus()
    _focused(qtbot, w.library.search)
    QTest.keyClick(w, Qt.Key.Key_F6)
    _focused(qtbot, w.reader)  # from anywhere in the library (here its search field) to the text
    QTest.keyClick(w, Qt.Key.Key_F6)
    _focused(qtbot, w.incidents.table)
    QTest.keyClick(w, Qt.Key.Key_F6)
    _focused(qtbot, w.library.table)
    QTest.keyClick(w, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    _focused(qtbot, w.incidents.table)
    QTest.keyClick(w, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    _focused(qtbot, w.reader)


def test_f6_skips_a_hidden_pane_and_reaches_the_notes_list(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.activateWindow()
    w.action_show_library.setChecked(False)
    assert not w.library.isVisible()
    w.side_tabs.setCurrentWidget(w.notes)
    w.reader.setFocus()
    _focused(qtbot, w.reader)
    QTest.keyClick(w, Qt.Key.Key_F6)
    _focused(qtbot, w.notes.list)
    QTest.keyClick(w, Qt.Key.Key_F6)
    _focused(qtbot, w.reader)  # the hidden library is skipped


def test_the_pane_keys_are_in_the_view_menu_and_the_shortcuts_list(open_window) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.shortcuts import menu_shortcuts

    rows = menu_shortcuts(open_window.menuBar())
    assert ("View", "F6", "Next pane") in rows and ("View", "Shift+F6", "Previous pane") in rows
