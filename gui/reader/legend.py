"""Legend: one checkable chip per entity label, in its colour; unchecking hides that type."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from gui import theme
from gui.reader.flow_layout import FlowLayout


class Legend(QWidget):
    """Chips for every display label (theme.DISPLAY_LABELS: civilians apart from armed actors);
    counts show how many of each the open article has. Eleven chips wrap: their short names
    (theme.entity_short_name, the full one in the tooltip) and tight padding keep the legend to
    two rows of the reader at 1100×700 in Arabic, three in English (it took three and four)."""

    labelToggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = FlowLayout(self, spacing=3)
        layout.setContentsMargins(6, 4, 6, 4)
        self._chips: dict[str, QToolButton] = {}
        caption = QLabel(self.tr("Show:"))
        caption.setObjectName("legendCaption")
        layout.addWidget(caption)
        for label in theme.DISPLAY_LABELS:
            chip = QToolButton(self)
            chip.setObjectName(f"chip_{label}")
            chip.setCheckable(True)
            chip.setChecked(True)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setStyleSheet(_chip_style(label))
            chip.toggled.connect(lambda on, lab=label: self.labelToggled.emit(lab, on))
            self._chips[label] = chip
            layout.addWidget(chip)
        self.set_counts({})

    def chip(self, label: str) -> QToolButton:
        return self._chips[label]

    def set_counts(self, counts: Mapping[str, int]) -> None:
        for label, chip in self._chips.items():
            n = counts.get(label, 0)
            name = theme.entity_short_name(label)
            chip.setText(f"{name} {n}" if n else name)
            full = f"{theme.entity_name(label)} {n}" if n else theme.entity_name(label)
            chip.setToolTip(self.tr("Show or hide the highlights of: %1").replace("%1", full))
            chip.setAccessibleName(full)

    def visible_labels(self) -> set[str]:
        return {label for label, chip in self._chips.items() if chip.isChecked()}


def _chip_style(label: str) -> str:
    color = theme.ENTITY_COLORS.get(label, theme.FALLBACK_COLOR)
    return (
        f"QToolButton {{ background: {color}; color: {theme.TEXT_COLOR}; border: 1px solid #b0b0b0;"
        f" border-radius: 9px; padding: 1px 5px; }}"
        f" QToolButton:!checked {{ background: #f7f7f7; color: #9a9a9a; border: 1px dashed #c0c0c0; }}"
    )
