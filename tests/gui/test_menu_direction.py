"""Context menus of the right-to-left text views (the reader, the incident summary) are laid out
in the UI language's direction: in the English interface the shortcuts are on the right, in the
Arabic one on the left, whatever the direction of the Arabic text they were opened on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.fixture
def ui_direction():  # type: ignore[no-untyped-def]
    """Set the application's direction (as gui.i18n does for a language); put back afterwards."""
    before = QApplication.layoutDirection()
    yield QApplication.setLayoutDirection
    QApplication.setLayoutDirection(before)


def shown_direction(menu: QMenu) -> Qt.LayoutDirection:
    """The menu's direction as it pops up: a menu made as a child of the reader reads the
    reader's direction only when it is polished for showing."""
    menu.ensurePolished()
    return menu.layoutDirection()


@pytest.mark.parametrize("direction", [LTR, RTL])
def test_reader_menu_follows_the_ui_direction(qtbot, open_window, ui_direction, direction) -> None:
    ui_direction(direction)
    reader = open_window.reader
    assert reader.layoutDirection() == RTL  # the Arabic text stays right-to-left
    menu = reader.build_context_menu(QPoint(20, 20))
    assert shown_direction(menu) == direction  # a child of the reader would be right-to-left once shown
    assert shown_direction(open_window.entity_menu) == direction  # its "Mark as entity" submenu too
    menu.deleteLater()


@pytest.mark.parametrize("direction", [LTR, RTL])
def test_incident_summary_menu_follows_the_ui_direction(qtbot, open_window, ui_direction, direction) -> None:
    ui_direction(direction)
    panel = open_window.incidents
    panel.select_row(0)
    assert panel.summary.layoutDirection() == RTL
    assert panel.summary.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu = panel.summary_context_menu(QPoint(10, 10))
    assert shown_direction(menu) == direction and menu.actions()  # Qt's copy / select all
    menu.deleteLater()
