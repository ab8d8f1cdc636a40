"""The plain-text editor for the analyst's notes, each paragraph aligned by its own direction.

QPlainTextEdit lays every paragraph out from the left whatever its direction, so an Arabic note
sat against the left edge, ragged on the right. QTextEdit aligns an Arabic paragraph right and an
English one left; with rich text refused it still takes and gives plain text only. Tab goes on
to the next field, as in every other field: the article's note in the Notes tab took it as a
tab character, and the keyboard could not leave it (the highlight dialog's note already did).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit, QWidget


def plain_text_edit(text: str = "", parent: QWidget | None = None) -> QTextEdit:
    edit = QTextEdit(parent)
    edit.setAcceptRichText(False)
    edit.setTabChangesFocus(True)
    edit.setPlainText(text)
    return edit
