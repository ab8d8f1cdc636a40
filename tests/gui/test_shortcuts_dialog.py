"""Help → Keyboard shortcuts in the Arabic interface: key sequences keep their left-to-right order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui import ops
from gui.bidi import LRI, PDI

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_keys_are_isolated_left_to_right_in_the_arabic_table(qtbot, arabic, window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.shortcuts import ShortcutsDialog

    w = window_on(article_db)
    dialog = ShortcutsDialog(w.menuBar(), w)
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    keys = [dialog.table.item(i, 1).text() for i in range(dialog.table.rowCount())]
    assert keys and all(k.startswith(LRI) and k.endswith(PDI) for k in keys), keys
    assert "Ctrl+," in [k[1:-1] for k in keys]  # Settings: it rendered ",Ctrl+" without the isolate
    assert all(LRI not in cell for row in dialog.rows() for cell in row)  # rows() reads the plain texts
    ops.wait_for_all(10_000)


def test_the_summary_refresh_key_is_listed(qtbot, window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    """F5 (the Summary tab's Refresh button, not a menu action) is in the list too."""
    from gui.dialogs.shortcuts import ShortcutsDialog

    w = window_on(article_db)
    assert w.summary.refresh_button.shortcut().toString() == "F5"
    dialog = ShortcutsDialog(w.menuBar(), w)
    qtbot.addWidget(dialog)
    assert ("Summary", "F5", "Compute the summary again (on the Summary tab)") in dialog.rows()
    ops.wait_for_all(10_000)
