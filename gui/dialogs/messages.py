"""The message boxes of several places: a yes-or-no question before something that cannot be undone
(delete, replace, add anyway), and a message shown without blocking (an outcome, an error)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

_YES, _NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, yes_by_default: bool = False) -> bool:
    """True when the analyst answers Yes; the default button (Enter) is No unless `yes_by_default`."""
    return QMessageBox.question(parent, title, text, _YES | _NO, _YES if yes_by_default else _NO) == _YES


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box with an OK button, opened without blocking and deleted when closed; returned so
    that its caller may keep it (tests read it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box
