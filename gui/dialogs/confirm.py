"""A yes-or-no question before something that cannot be undone (delete, replace, add anyway)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

_YES, _NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, yes_by_default: bool = False) -> bool:
    """True when the analyst answers Yes; the default button (Enter) is No unless `yes_by_default`."""
    return QMessageBox.question(parent, title, text, _YES | _NO, _YES if yes_by_default else _NO) == _YES
