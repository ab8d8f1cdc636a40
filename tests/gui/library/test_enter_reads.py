"""Enter in the library's results puts the keyboard in the open article's text. The reader was
twelve Tabs from the results (past the legend's eleven chips) and no key led there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.bidi import strip_isolates
from gui.dialogs.shortcuts import ShortcutsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_enter_in_the_results_goes_to_the_reader(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.activateWindow()
    shown = w.article.id
    w.library.search.setFocus()
    qtbot.waitUntil(lambda: w.library.search.hasFocus(), timeout=2000)
    QTest.keyClick(w.library.search, Qt.Key.Key_Down)  # into the results, on the open article
    qtbot.waitUntil(lambda: w.library.table.hasFocus(), timeout=2000)
    QTest.keyClick(w.library.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.reader.hasFocus(), timeout=2000)
    assert w.article.id == shown
    # and the shortcuts list says so
    dialog = ShortcutsDialog(w.menuBar(), w)
    qtbot.addWidget(dialog)
    rows = [tuple(strip_isolates(dialog.table.item(r, c).text()) for c in range(3))
            for r in range(dialog.table.rowCount())]
    assert ("Library", "Enter", "From the results to the open article's text") in rows
