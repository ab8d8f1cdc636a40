"""Choose a highlight's colour and write its optional note (new highlight or an edit)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QRadioButton, QVBoxLayout, QWidget)

from gui import theme
from gui.dialogs.keys import accept_on_ctrl_enter
from gui.notes.text_edit import plain_text_edit


COLOR_NAMES = {"yellow": QT_TRANSLATE_NOOP("HighlightDialog", "Yellow"),
               "green": QT_TRANSLATE_NOOP("HighlightDialog", "Green"),
               "blue": QT_TRANSLATE_NOOP("HighlightDialog", "Blue"),
               "pink": QT_TRANSLATE_NOOP("HighlightDialog", "Pink"),
               "orange": QT_TRANSLATE_NOOP("HighlightDialog", "Orange")}


class HighlightDialog(QDialog):
    def __init__(self, quote: str, color: str = theme.DEFAULT_HIGHLIGHT, note: str = "",
                 parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("highlightDialog")
        self.setWindowTitle(title or self.tr("Highlight"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        shown = QLabel(quote if len(quote) <= 400 else quote[:400] + "…")
        shown.setObjectName("highlightQuote")
        shown.setWordWrap(True)
        shown.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        shown.setStyleSheet(f"font-family: '{theme.READER_FAMILY}'; font-size: 13pt; padding: 4px;"
                            f" background: {theme.highlight_color(color).name()};")
        self.quote_label = shown
        layout.addWidget(shown)
        row = QHBoxLayout()
        self.colors = QButtonGroup(self)
        for i, (name, hex_color) in enumerate(theme.HIGHLIGHT_COLORS.items()):
            button = QRadioButton(self.tr(COLOR_NAMES[name]) if name in COLOR_NAMES else name.title())
            button.setObjectName(f"color_{name}")
            button.setStyleSheet(f"QRadioButton {{ background: {hex_color}; padding: 2px 6px; border-radius: 4px; }}")
            button.setShortcut(f"Alt+{i + 1}")
            self.colors.addButton(button, i)
            button.setChecked(name == color)
            row.addWidget(button)
        if self.colors.checkedButton() is None:
            self.colors.button(0).setChecked(True)
        self.colors.idToggled.connect(self.on_color_toggled)
        layout.addLayout(row)
        self.note = plain_text_edit(note)
        self.note.setObjectName("highlightNote")
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setFixedHeight(90)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        accept_on_ctrl_enter(self)  # Enter in the note starts a new line; Ctrl+Enter saves
        self.note.setFocus()

    def color(self) -> str:
        return list(theme.HIGHLIGHT_COLORS)[max(0, self.colors.checkedId())]

    def set_color(self, name: str) -> None:
        self.colors.button(list(theme.HIGHLIGHT_COLORS).index(name)).setChecked(True)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def on_color_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            bg = theme.highlight_color(self.color()).name()
            self.quote_label.setStyleSheet(f"font-family: '{theme.READER_FAMILY}'; font-size: 13pt; padding: 4px;"
                                           f" background: {bg};")
