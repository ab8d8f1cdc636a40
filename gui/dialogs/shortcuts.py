"""Help → Keyboard shortcuts: built from the window's own menus, so it can never disagree
with what the keys actually do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMenu, QMenuBar,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gui.bidi import LRI, PDI, strip_isolates

# Keys handled inside a widget rather than by a menu action, listed so the analyst finds them too.
EXTRA_KEYS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Find"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter / Shift+Enter"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous hit while typing in the find bar")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Find"), "Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the find bar")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Library"), "↑ / ↓",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous / next article in the list")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Library"), "↓",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "From the search field to the results, opening the first")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Library"), "Enter",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "From the results to the open article's text")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Incident"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Double-click"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the incident")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Incident"), "Enter",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the selected incident; in “Also in”, open the other article")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Incident"), "Ctrl+Enter",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the incident editor or the highlight dialog from any of its fields")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Notes"), "Delete",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the highlight selected in the Notes tab's list")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Summary"), "F5",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Compute the summary again (on the Summary tab)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Reader"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Click an entity"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "List its mentions across the library")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Reader"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Right-click"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Highlight, highlight with a note, add an incident")),
)


def menu_shortcuts(menubar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, key sequence, action text) for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {_clean(action.text())}")
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            if keys and not action.isSeparator():
                rows.append((path, " / ".join(keys), _clean(action.text())))

    for top in menubar.actions():
        if top.menu() is not None:
            walk(top.menu(), _clean(top.text()))
    return rows


def _clean(text: str) -> str:
    """An action's words: no mnemonic «&», no «…», no key label after a tab (gui.actions._keys_left_to_right)."""
    return text.split("\t", 1)[0].replace("&", "").rstrip(".…")


class ShortcutsDialog(QDialog):
    def __init__(self, menubar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        rows = menu_shortcuts(menubar) + [(self.tr(m), self.tr(k), self.tr(t)) for m, k, t in EXTRA_KEYS]
        self.table = QTableWidget(len(rows), 3)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the dialog's buttons; the arrows move in the table
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                # keys read left to right in the Arabic (right-to-left) table too: "Ctrl+," not ",Ctrl+"
                self.table.setItem(i, j, QTableWidgetItem(f"{LRI}{value}{PDI}" if j == 1 else value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(strip_isolates(self.table.item(i, j).text()) for j in range(3))  # type: ignore[misc]
                for i in range(self.table.rowCount())]


__all__ = ["QAction", "ShortcutsDialog", "menu_shortcuts"]
