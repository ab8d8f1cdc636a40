"""Tab leaves a table. QTableView's Tab walked its cells: in the incident table it never left
(88 cells of the sample, then round again) and moved the selected incident and the reader with
it; in the library it stepped from article to article, opening each. The arrows move in a table,
Tab goes on to the next control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.dialogs.shortcuts import ShortcutsDialog
from gui.reader.mentions import MentionsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_tab_leaves_the_incident_table_without_changing_the_incident(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.activateWindow()
    QTest.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.incidents.table.hasFocus(), timeout=2000)
    row, span = w.incidents.current_row(), w.reader.selected_span()
    QTest.keyClick(w.incidents.table, Qt.Key.Key_Tab)
    assert not w.incidents.table.hasFocus()
    assert w.incidents.current_row() == row and w.reader.selected_span() == span


def test_tab_leaves_the_library_and_summary_tables(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.activateWindow()
    shown = w.article.id
    w.library.table.setFocus()
    qtbot.waitUntil(lambda: w.library.table.hasFocus(), timeout=2000)
    QTest.keyClick(w.library.table, Qt.Key.Key_Tab)
    assert not w.library.table.hasFocus() and w.article.id == shown
    for table in (w.summary.type_table, w.summary.actor_table, w.summary.place_table):
        assert not table.tabKeyNavigation()


def test_tab_leaves_the_dialogs_tables(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    shortcuts = ShortcutsDialog(open_window.menuBar(), open_window)
    qtbot.addWidget(shortcuts)
    assert not shortcuts.table.tabKeyNavigation()
    mentions = MentionsDialog(open_window)
    qtbot.addWidget(mentions)
    assert not mentions.table.tabKeyNavigation()
