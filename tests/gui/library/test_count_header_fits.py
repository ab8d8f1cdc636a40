"""The library's incident-count header («عدد» in Arabic) was clipped beside its sort arrow at
34 px: the date and count columns are sized to their header, with the arrow's room when the
list is sorted by them (a narrow pane's titles keep the width otherwise)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui import i18n
from gui.headers import arrow_room, section_width
from gui.library.pane import LibraryPane

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_count_and_date_headers_fit_beside_the_arrow(qtbot, qapp, lang) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language(qapp, lang)
    try:
        pane = LibraryPane()
        qtbot.addWidget(pane)
        header = pane.table.horizontalHeader()
        for col in (3, 4):
            pane.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
            text = pane.model.headerData(col, Qt.Orientation.Horizontal)
            needed = header.fontMetrics().horizontalAdvance(text) + arrow_room(header)
            assert header.sectionSize(col) >= needed, (text, header.sectionSize(col), needed)
            assert header.sectionSize(col) >= section_width(header, col, arrow=True)
        pane.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by date: the count gives its arrow's room back
        assert header.sectionSize(4) == max(34, section_width(header, 4, arrow=False))
    finally:
        i18n.install_language(qapp, "en")
