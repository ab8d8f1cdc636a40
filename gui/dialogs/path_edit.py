"""A field holding a file path (Export's «File»), left to right in either interface.

A bare path in a QLineEdit is drawn by the bidi algorithm: in the Arabic interface (a right-to-left
field) «/home/analyst/تصدير/حوادث.csv» was drawn with «.csv» first and the folders after, and in
either interface an Arabic folder followed by an Arabic file name is one right-to-left run, drawn
file before folder. The field is left to right and shows the path with gui.bidi.path_marks (a
left-to-right mark on each side of every separator); `text()` and a copy give the path without
them, so the file written and the clipboard are the path itself (the selection too, where the
system keeps it for a middle-click paste: X11). A path typed in is marked once the field loses
the focus or Enter is pressed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from gui.bidi import path_marks, strip_path_marks


class PathEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.editingFinished.connect(self._mark)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(path_marks(strip_path_marks(text)))

    def text(self) -> str:
        """The path, without the marks it is shown with."""
        return strip_path_marks(super().text())

    def shown_text(self) -> str:
        """The text as the field draws it (with its marks)."""
        return super().text()

    def _mark(self) -> None:
        if super().text() != path_marks(self.text()):
            self.setText(self.text())

    def copy_plain(self, cut: bool = False) -> None:
        """Copy (or cut) the selection without the marks."""
        if not self.hasSelectedText() or self.echoMode() != QLineEdit.EchoMode.Normal:
            return
        QGuiApplication.clipboard().setText(strip_path_marks(self.selectedText()))
        if cut and not self.isReadOnly():
            self.del_()

    def _plain_selection(self) -> None:
        """The selection as the system's selection (X11: pasted by a middle click), without the
        marks: QLineEdit puts the drawn text there when a selection is made by mouse or keyboard, and
        a path pasted so in a terminal named no file."""
        clipboard = QGuiApplication.clipboard()
        if clipboard.supportsSelection() and self.hasSelectedText() and self.echoMode() == QLineEdit.EchoMode.Normal:
            clipboard.setText(strip_path_marks(self.selectedText()), QClipboard.Mode.Selection)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut):
            self.copy_plain(cut=event.matches(QKeySequence.StandardKey.Cut))
            event.accept()
            return
        super().keyPressEvent(event)
        self._plain_selection()

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        self._plain_selection()

    def mouseDoubleClickEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().mouseDoubleClickEvent(event)
        self._plain_selection()

    def contextMenuEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in ("edit-copy", "edit-cut"):
                action.triggered.disconnect()
                action.triggered.connect(lambda _=False, cut=action.objectName() == "edit-cut": self.copy_plain(cut))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
