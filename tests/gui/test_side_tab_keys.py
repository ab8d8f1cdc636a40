"""Ctrl+1 and Ctrl+2 put the keyboard in the incidents or notes tab: ↓ then selects the next
incident (its evidence selected in the reader) and Ctrl+E edits it. Before, the tab changed but
the focus stayed in the reader, so ↓ moved the reader's cursor; a hidden side pane stayed hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_ctrl_1_then_arrows_step_through_the_incidents(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.activateWindow()
    w.reader.setFocus()
    w.side_tabs.setCurrentWidget(w.notes)
    QTest.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.side_tabs.currentWidget() is w.incidents
    qtbot.waitUntil(lambda: w.incidents.table.hasFocus(), timeout=2000)
    assert w.incidents.current_row() == 0 and w.incidents.action_edit.isEnabled()
    QTest.keyClick(w.incidents.table, Qt.Key.Key_Down)
    assert w.incidents.current_row() == 1
    evidence = w.incidents.current_incident()["evidence"][0]
    assert w.reader.selected_span() == (evidence["start"], evidence["end"])


def test_ctrl_2_puts_the_keyboard_in_the_highlights(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.activateWindow()
    w.reader.setFocus()
    QTest.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.side_tabs.currentWidget() is w.notes
    qtbot.waitUntil(lambda: w.notes.list.hasFocus(), timeout=2000)


def test_ctrl_1_shows_a_hidden_side_pane(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.action_show_incidents.setChecked(False)
    assert not w.side_tabs.isVisible()
    w.action_incidents_tab.trigger()
    assert w.side_tabs.isVisible() and w.action_show_incidents.isChecked()
