"""The legend's eleven chips are one Tab stop: Tab from a chip goes to the article's text, the
arrows move among the chips (mirrored in the Arabic interface), Space toggles one, and the chip
the keyboard is on is drawn with a frame. Before, the text came eleven Tabs after the first chip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui import theme
from gui.reader.legend import Legend

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_tab_leaves_the_legend_for_the_text_in_one_step(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.activateWindow()
    first = w.legend.chip(theme.DISPLAY_LABELS[0])
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    QTest.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(w.reader.hasFocus, timeout=2000)
    QTest.keyClick(w.reader, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(first.hasFocus, timeout=2000)  # and back, to the chip the keyboard was on


def test_arrows_move_among_the_chips_and_space_toggles(qtbot) -> None:  # type: ignore[no-untyped-def]
    legend = Legend()
    qtbot.addWidget(legend)
    legend.show()
    legend.activateWindow()
    labels = list(theme.DISPLAY_LABELS)
    chips = [legend.chip(label) for label in labels]
    chips[0].setFocus()
    qtbot.waitUntil(chips[0].hasFocus, timeout=2000)
    QTest.keyClick(chips[0], Qt.Key.Key_Right)
    assert chips[1].hasFocus()
    assert [c.focusPolicy() == Qt.FocusPolicy.StrongFocus for c in chips].count(True) == 1  # one Tab stop
    assert chips[1].focusPolicy() == Qt.FocusPolicy.StrongFocus
    QTest.keyClick(chips[1], Qt.Key.Key_End)
    assert chips[-1].hasFocus()
    with qtbot.waitSignal(legend.labelToggled) as toggled:
        QTest.keyClick(chips[-1], Qt.Key.Key_Space)
    assert toggled.args == [labels[-1], False]
    QTest.keyClick(chips[-1], Qt.Key.Key_Home)
    assert chips[0].hasFocus()
    assert ":focus" in chips[0].styleSheet()


def test_arrows_follow_the_screen_in_the_arabic_layout(qtbot) -> None:  # type: ignore[no-untyped-def]
    legend = Legend()
    legend.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(legend)
    legend.show()
    legend.activateWindow()
    chips = [legend.chip(label) for label in theme.DISPLAY_LABELS]
    chips[0].setFocus()
    qtbot.waitUntil(chips[0].hasFocus, timeout=2000)
    QTest.keyClick(chips[0], Qt.Key.Key_Left)  # the next chip is to the left of the first in Arabic
    assert chips[1].hasFocus()
    QTest.keyClick(chips[1], Qt.Key.Key_Right)
    assert chips[0].hasFocus()
