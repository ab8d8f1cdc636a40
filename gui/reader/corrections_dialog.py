"""The analyst's entity decisions on the open article, to take back one, some or all.

A removed machine entity leaves no highlight to right-click, so this list is the way back: each
row says what was decided (added or removed), the entity type and the words; "Undo selected" and
"Undo all" ask the main window to clear those decisions and analyse the article again (off the
GUI thread, as marking does); the list is then refreshed from the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from gui import theme
from gui.bidi import isolate_auto

Key = tuple[int, int, str]  # start, end, label: one decision


class EntityCorrectionsDialog(QDialog):
    undoRequested = Signal(object)  # list[Key] to take back

    def __init__(self, text: str, decisions: Sequence[Mapping[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityCorrections")
        self.setWindowTitle(self.tr("Entity corrections on this article"))
        self.setMinimumWidth(520)
        self._text = text
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.list = QTreeWidget()
        self.list.setObjectName("entityDecisions")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([self.tr("Decision"), self.tr("Type"), self.tr("Words")])
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_selected = QPushButton(self.tr("Undo selected"))
        self.undo_selected.setObjectName("undoSelected")
        self.undo_all = QPushButton(self.tr("Undo all"))
        self.undo_all.setObjectName("undoAll")
        buttons.addButton(self.undo_selected, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.undo_all, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_selected.clicked.connect(lambda: self._request(self.selected_keys()))
        self.undo_all.clicked.connect(lambda: self._request(self.keys()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._busy = False
        self.set_decisions(decisions)

    def set_decisions(self, decisions: Sequence[Mapping[str, Any]]) -> None:
        """Show `decisions` (the store's rows: start, end, label, action); ends a busy state."""
        self.list.clear()
        self._decisions = [dict(d) for d in decisions]
        n = len(self._text)
        for d in decisions:
            start, end, label = int(d["start"]), int(d["end"]), str(d["label"])
            words = self._text[start:end] if 0 <= start < end <= n else ""
            action = self.tr("Added") if d.get("action") == "add" else self.tr("Removed")
            item = QTreeWidgetItem([action, theme.entity_name(label), isolate_auto(words)])
            item.setIcon(1, _swatch(label))
            item.setFont(2, QFont(theme.READER_FAMILY, 12))  # the words as the reader shows them
            item.setData(0, Qt.ItemDataRole.UserRole, (start, end, label))
            self.list.addTopLevelItem(item)
        for column in range(2):
            self.list.resizeColumnToContents(column)
        self.info.setText(self.tr("Undo a decision to give the entity back to the analyzer; the article is analysed again.")
                          if decisions else self.tr("No entity corrections on this article."))
        self._busy = False
        self._update_buttons()

    def decisions(self) -> list[dict[str, Any]]:
        return [dict(d) for d in self._decisions]

    def keys(self) -> list[Key]:
        return [self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(self.list.topLevelItemCount())]

    def selected_keys(self) -> list[Key]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def rows(self) -> list[tuple[str, str, str]]:
        """(decision, type, words) as shown, words without their direction isolates."""
        from gui.bidi import strip_isolates

        out = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            out.append((item.text(0), item.text(1), strip_isolates(item.text(2))))
        return out

    def _request(self, keys: list[Key]) -> None:
        if keys and not self._busy:
            self._busy = True  # one undo at a time: the list is stale until the re-analysis ends
            self._update_buttons()
            self.undoRequested.emit(keys)

    def _update_buttons(self) -> None:
        self.undo_selected.setEnabled(not self._busy and bool(self.list.selectedItems()))
        self.undo_all.setEnabled(not self._busy and self.list.topLevelItemCount() > 0)


def _swatch(label: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(theme.ENTITY_COLORS.get(label, theme.FALLBACK_COLOR)))
    return QIcon(pixmap)
