"""The library lists newest first with the Date header's indicator at Qt.DescendingOrder, the order
the list is in. Qt's convention (QHeaderView: DescendingOrder is QStyleOptionHeader.SortUp) makes
Fusion draw that as an upward arrow, and AscendingOrder as a downward one: the arrow follows Qt's
convention and the order shown, so it is left as Qt draws it (checked on Fusion/offscreen, Qt 6.11)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gui.library.model import COLUMNS
from gui.library.pane import LibraryPane

DATE_COLUMN = 3


def _click(qtbot, header) -> None:  # type: ignore[no-untyped-def]
    x = header.sectionViewportPosition(DATE_COLUMN) + header.sectionSize(DATE_COLUMN) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_date_indicator_says_newest_first_and_a_click_turns_both(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    header = pane.table.horizontalHeader()
    assert COLUMNS[DATE_COLUMN][0] == "published"
    assert pane.query().order == ""  # the store's default: newest first
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (DATE_COLUMN, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(pane.queryChanged, timeout=1000) as blocker:
        _click(qtbot, header)
    assert blocker.args[0].order == "published asc"  # oldest first
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    with qtbot.waitSignal(pane.queryChanged, timeout=1000) as blocker:
        _click(qtbot, header)
    assert blocker.args[0].order == "published desc"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
