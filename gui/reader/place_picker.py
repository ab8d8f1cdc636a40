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
from gui.i18n import is_rtl
from gui.reader.highlights import KINDS, _shown, country_shown


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
        # every line whole: in the Arabic interface the first one was cut at its start
        frame = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width() + 8
        self.list.setMinimumWidth(min(900, self.list.sizeHintForColumn(0) + frame))
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
    """«Damt — Damt › Ad Dali › Yemen (district)»: the name, where it is, and what it is; in the
    Arabic interface where and what in Arabic («دمت — دمت › الضالع › اليمن (مديرية)»), as the
    place's tooltip tells them (the English names and kinds were shown there before)."""
    name = " / ".join(dict.fromkeys(str(attrs[k]) for k in ("name_ar", "name_en") if attrs.get(k)))
    order = ("_ar", "_en") if is_rtl() else ("_en", "_ar")
    where = [next((str(attrs[k + o]) for o in order if attrs.get(k + o)), "") for k in ("admin2", "admin1")]
    if attrs.get("country"):
        where.append(country_shown(attrs["country"]))
    shown = " › ".join(isolate_auto(w) for w in where if w)
    kind = _shown("EntityKind", KINDS, attrs.get("kind") or "").replace("_", " ")
    return isolate_auto(name) + (f" — {shown}" if shown else "") + (f" ({kind})" if kind else "")
