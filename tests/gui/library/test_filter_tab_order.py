"""Tab walks the library's filters one field at a time, to the article list. Before, Tab from the
search field stopped at the "From" date for good: a QDateEdit showing «Any» (its special value)
swallows Tab, so the other filters and the list could not be reached by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from gui.library.pane import LibraryPane

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _walk(qtbot, pane: LibraryPane, n: int, key: Qt.Key = Qt.Key.Key_Tab) -> list[str]:  # type: ignore[no-untyped-def]
    names = {id(pane.search): "search", id(pane.filter_button): "filters", id(pane.date_from): "from",
             id(pane.date_to): "to", id(pane.source): "source", id(pane.event_type): "event",
             id(pane.governorate): "gov", id(pane.actor): "actor", id(pane.tag): "tag", id(pane.table): "table"}
    seen = []
    for _ in range(n):
        focus = QApplication.focusWidget()
        seen.append(names.get(id(focus), type(focus).__name__))
        qtbot.keyClick(focus, key)
    return seen


@pytest.fixture
def pane(qtbot):  # type: ignore[no-untyped-def]
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.filter_button.setChecked(True)
    pane.show()
    pane.activateWindow()
    qtbot.waitActive(pane)
    pane.search.setFocus()
    return pane


def test_tab_leaves_the_dates_showing_any(qtbot, pane) -> None:  # type: ignore[no-untyped-def]
    assert _walk(qtbot, pane, 9) == ["search", "filters", "from", "to", "source", "event", "gov", "actor", "tag"]


def test_tab_leaves_a_date_at_once_and_shift_tab_comes_back(qtbot, pane) -> None:  # type: ignore[no-untyped-def]
    pane.date_from.setDate(QDate(2016, 3, 1))
    assert _walk(qtbot, pane, 4) == ["search", "filters", "from", "to"]
    assert _walk(qtbot, pane, 3, Qt.Key.Key_Backtab) == ["source", "to", "from"]


def test_the_list_is_reached(qtbot, pane) -> None:  # type: ignore[no-untyped-def]
    assert "table" in _walk(qtbot, pane, 16)
