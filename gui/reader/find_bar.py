"""The find-in-article bar (Ctrl+F): type to mark every hit, Enter / F3 for the next one,
Shift+Enter / Shift+F3 for the previous one, Esc to close. Spelling is folded like search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class _FindLine(QLineEdit):
    stepRequested = Signal(bool)  # forward?
    closeRequested = Signal()

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.stepRequested.emit(not bool(e.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        elif e.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(e)


class FindBar(QWidget):
    searchChanged = Signal(str)
    stepRequested = Signal(bool)  # True: next, False: previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.line = _FindLine()
        self.line.setObjectName("findLine")
        self.line.setPlaceholderText(self.tr("Find in article…"))
        self.line.setClearButtonEnabled(True)
        self.count = QLabel("")
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(70)
        self.prev_button = QToolButton()
        self.prev_button.setText("▲")
        self.prev_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next hit (F3)"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.line, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.line.textChanged.connect(self.searchChanged.emit)
        self.line.stepRequested.connect(self.stepRequested.emit)
        self.line.closeRequested.connect(self.close_bar)
        self.prev_button.clicked.connect(lambda: self.stepRequested.emit(False))
        self.next_button.clicked.connect(lambda: self.stepRequested.emit(True))
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self, text: str = "") -> None:
        """Show and focus the bar; a selection in the reader becomes the search."""
        self.show()
        if text and "\n" not in text and len(text) < 80:
            self.line.setText(text)
        self.line.setFocus()
        self.line.selectAll()
        if self.line.text():
            self.searchChanged.emit(self.line.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        """"3 / 12", "no hits" or nothing when the search is empty."""
        if not self.line.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("no hits"))
        else:
            self.count.setText(f"{current + 1} / {total}")
        self.line.setStyleSheet("" if total or not self.line.text().strip() else "QLineEdit { background: #ffe0e0; }")
