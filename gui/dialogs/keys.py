"""Ctrl+Enter accepts a dialog from any of its fields.

Qt's dialogs accept on a plain Enter only, and only from a field that lets the key through: in a
note (a multi-line QTextEdit) Enter starts a new line, and QDialog ignores Enter with a modifier,
so Ctrl+Enter did nothing in the incident editor (whose docstring promised it) or in the
highlight dialog, whose focus starts in the note. A shortcut on the dialog catches it first and
calls the dialog's own `accept`, so a dialog that validates (the incident editor) still refuses
an incomplete coding.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog

KEYS = ("Ctrl+Return", "Ctrl+Enter")  # the main keyboard's Enter and the keypad's


def accept_on_ctrl_enter(dialog: QDialog) -> list[QShortcut]:
    shortcuts = []
    for key in KEYS:
        shortcut = QShortcut(QKeySequence(key), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(dialog.accept)
        shortcuts.append(shortcut)
    return shortcuts
