"""Legend: one checkable chip per entity label, in its colour; unchecking hides that type."""

from __future__ import annotations

from collections.abc import Mapping

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from gui import theme
from gui.reader.flow_layout import FlowLayout


class Legend(QWidget):
    """Chips for every display label (theme.DISPLAY_LABELS: civilians apart from armed actors);
    counts show how many of each the open article has. Eleven chips wrap: their short names
    (theme.entity_short_name, the full one in the tooltip) and tight padding keep the legend to
    two rows of the reader at 1100×700 in Arabic, three in English (it took three and four).

    The chips are one stop on Tab (the last one focused; ←/→, Home/End move among them, Space
    toggles), so the article's text is one Tab after the legend, not eleven."""

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
            chip.installEventFilter(self)
            self._chips[label] = chip
            layout.addWidget(chip)
        self._tab_stop(next(iter(self._chips.values())))
        self.set_counts({})

    def _tab_stop(self, chip: QToolButton) -> None:
        """`chip` alone is reached by Tab; the others by the arrow keys from it (or a click)."""
        for other in self._chips.values():
            other.setFocusPolicy(Qt.FocusPolicy.StrongFocus if other is chip else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        if isinstance(watched, QToolButton) and watched in self._chips.values():
            if event.type() == QEvent.Type.FocusIn:
                self._tab_stop(watched)
            elif event.type() == QEvent.Type.KeyPress and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                chips = list(self._chips.values())
                i = chips.index(watched)
                # ← and → by what is on screen: in the Arabic interface the chips run right to left
                ahead = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
                back = Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left
                j = {ahead: i + 1, back: i - 1, Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(chips) - 1}.get(event.key())
                if j is not None:
                    chips[max(0, min(j, len(chips) - 1))].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return super().eventFilter(watched, event)

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
        # the keyboard's chip: a style sheet's own border hides Qt's focus frame
        f" QToolButton:focus {{ border: 2px solid {theme.TEXT_COLOR}; }}"
    )
