"""Which gazetteer place a name the analyst marks as a Location is: the homonyms, likeliest first
(as the incident editor ranks them: the article's places, governorates and country first), or no
gazetteer place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui import theme
from gui.bidi import isolate_auto


class PlacePicker(QDialog):
    def __init__(self, name: str, choices: Sequence[Mapping[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placePicker")
        self.setWindowTitle(self.tr("Mark as a location"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        shown = QLabel(name)
        shown.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        shown.setStyleSheet(f"font-family: '{theme.READER_FAMILY}'; font-size: 13pt; padding: 4px;"
                            f" background: {theme.ENTITY_COLORS['LOCATION']};")
        layout.addWidget(shown)
        layout.addWidget(QLabel(self.tr("Which place is it? (the gazetteer's places of this name)")))
        self.list = QListWidget()
        self.list.setObjectName("placeChoices")
        for attrs in choices:
            item = QListWidgetItem(describe(attrs))
            item.setData(Qt.ItemDataRole.UserRole, dict(attrs))
            self.list.addItem(item)
        bare = QListWidgetItem(self.tr("None of these: a place the gazetteer does not know"))
        bare.setData(Qt.ItemDataRole.UserRole, {})
        self.list.addItem(bare)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, Any]:
        """The chosen place's attrs ({} for a place the gazetteer does not know)."""
        item = self.list.currentItem()
        return dict(item.data(Qt.ItemDataRole.UserRole) or {}) if item is not None else {}


def describe(attrs: Mapping[str, Any]) -> str:
    """«Damt — Damt › Ad Dali › Yemen (district)»: the name, where it is, and what it is."""
    name = " / ".join(dict.fromkeys(str(attrs[k]) for k in ("name_ar", "name_en") if attrs.get(k)))
    where = " › ".join(str(attrs[k]) for k in ("admin2_en", "admin1_en", "country") if attrs.get(k))
    kind = str(attrs.get("kind") or "").replace("_", " ")
    return isolate_auto(name) + (f" — {where}" if where else "") + (f" ({kind})" if kind else "")
