"""Tab labels are never clipped: an unselected tab's label is drawn lower than the selected
one's, in a rect the style clips it to, and the tail of a final «ص» (in «الملخص») below the line
was cut off (gui/tabs.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QTabBar

from gui.tabs import TabBar, label_overflow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# Labels with a letter below the line at their end (ص, ع, ل) or in them (و, ج, ح).
LABELS = ("الحوادث", "الملاحظات (4)", "الملخص", "حسب النوع", "حسب الفاعل", "حسب المحافظة")


def _bar(qtbot, cls: type[QTabBar], family: str | None = None) -> QTabBar:  # type: ignore[no-untyped-def]
    bar = cls()
    qtbot.addWidget(bar)
    if family:
        bar.setFont(QFont(family, 9))
    for label in LABELS:
        bar.addTab(label)
    return bar


@pytest.mark.parametrize("family", [None, "Amiri"])  # the interface's font, and the bundled one
def test_every_unselected_label_fits_its_tab(qtbot, arabic, family) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontInfo

    bar = _bar(qtbot, TabBar, family)
    if family:
        assert QFontInfo(bar.font()).family() == family
    for i in range(bar.count()):
        assert label_overflow(bar, i, bar.tabSizeHint(i)) == (0, 0), bar.tabText(i)
        assert label_overflow(bar, i, bar.minimumTabSizeHint(i))[1] == 0, bar.tabText(i)


def test_a_plain_tab_bar_clipped_them(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    """What the check above catches: Qt's own size leaves an unselected «الملخص» too little height
    in the interface's font (Amiri's deep descent leaves room)."""
    bar = _bar(qtbot, QTabBar)
    assert label_overflow(bar, 2, bar.tabSizeHint(2))[1] > 0


def _ink_rows(image: QImage, left: int, right: int) -> list[int]:
    return [y for y in range(image.height())
            if any(image.pixelColor(x, y).lightness() < 120 for x in range(left, right))]


def test_the_summary_tab_shows_its_whole_label_when_not_selected(open_window, arabic) -> None:  # type: ignore[no-untyped-def]
    """Drawn, in the main window: the label's ink is as tall unselected as selected (its final
    «ص»'s tail lost a row before)."""
    w = open_window.reopen()
    bar = w.side_tabs.tabBar()
    summary = w.side_tabs.indexOf(w.summary)
    assert bar.tabText(summary) == "الملخص"
    rect = bar.tabRect(summary).adjusted(4, 0, -4, 0)

    def rows(selected: bool) -> list[int]:
        w.side_tabs.setCurrentIndex(summary if selected else w.side_tabs.indexOf(w.incidents))
        return _ink_rows(bar.grab().toImage(), rect.left(), rect.right())

    shown, hidden = rows(True), rows(False)
    assert shown and hidden
    assert hidden[-1] - hidden[0] == shown[-1] - shown[0]  # the whole letter, moved down with its tab
    assert hidden[-1] < bar.height() - 2  # above the tab's bottom edge
