"""Tabs whose labels are never clipped, in Arabic too.

The style draws a tab's label in the rect `subElementRect(SE_TabBarTabText)` gives, and clips it
there. For an unselected tab that rect is the selected one's moved down by the style's vertical
shift (Fusion: 2 px) with its bottom kept, so it is lower than the font's line: the tail of a
final letter below the line (the «ص» of «الملخص», «ع», «ل») was cut off on every unselected tab,
while the selected one showed it whole. `TabBar` asks for the height (and width) an unselected
tab's label needs, so its rect holds the text's whole ink; the style draws the tabs as before.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QTabBar, QTabWidget, QWidget


def label_overflow(bar: QTabBar, index: int, size: QSize) -> tuple[int, int]:
    """How many pixels the ink of tab `index`'s label (unselected) reaches outside the rect the
    style draws it in, for a tab of `size`: (horizontally, vertically), each on the side it
    reaches furthest; 0 when it fits."""
    # Built here, not by initStyleOption: that asks for the tab's rect, so the bar's layout,
    # which is what asks for this size.
    option = QStyleOptionTab()
    option.initFrom(bar)
    option.state &= ~QStyle.StateFlag.State_Selected
    option.rect = QRect(QPoint(0, 0), size)
    option.shape = bar.shape()
    option.text = bar.tabText(index)
    option.icon = bar.tabIcon(index)
    option.iconSize = bar.iconSize()
    option.documentMode = bar.documentMode()
    text_rect = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
    metrics = bar.fontMetrics()
    text = option.text.replace("&&", "\0").replace("&", "").replace("\0", "&")  # as shown, without mnemonics
    if not text:
        return 0, 0
    ink = metrics.tightBoundingRect(text)
    # The label is centred in its rect by the font's line (ascent + descent) and its advance.
    baseline = text_rect.top() + (text_rect.height() - metrics.height()) // 2 + metrics.ascent()
    left = text_rect.left() + (text_rect.width() - metrics.horizontalAdvance(text)) // 2
    placed = ink.translated(left, baseline)
    horizontal = max(0, text_rect.left() - placed.left(), placed.right() - text_rect.right())
    vertical = max(0, text_rect.top() - placed.top(), placed.bottom() - text_rect.bottom())
    return horizontal, vertical


class TabBar(QTabBar):
    """A tab bar whose every label fits its tab, selected or not (see the module's note)."""

    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        horizontal, vertical = label_overflow(self, index, size)
        # the label is centred: a pixel more on each side for each it lacks on one
        return size + QSize(2 * horizontal, 2 * vertical)

    def minimumTabSizeHint(self, index: int) -> QSize:
        size = super().minimumTabSizeHint(index)
        return size.expandedTo(QSize(size.width(), self.tabSizeHint(index).height()))


def tab_widget(parent: QWidget | None = None) -> QTabWidget:
    """A QTabWidget with a `TabBar`."""
    tabs = QTabWidget(parent)
    tabs.setTabBar(TabBar(tabs))
    return tabs
