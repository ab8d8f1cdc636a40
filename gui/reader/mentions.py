"""Every mention of one entity across the library (clicking an entity in the reader).

The dialog shows rows from `core.store.library.entity_mentions` (queried by the main window in
an Op): date, article, and the words around each mention with the mention in bold. Activating
a row asks the main window to open that article at that mention.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from gui import theme
from gui.bidi import isolate
from gui.i18n import plural

MENTION_ROLE = Qt.ItemDataRole.UserRole + 1


class MentionsDialog(QDialog):
    mentionActivated = Signal(object, int, int)  # article id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentionsDialog")
        self.setWindowTitle(self.tr("Mentions in the library"))
        self.resize(760, 460)
        self.heading = QLabel("")
        self.heading.setObjectName("mentionsHeading")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the dialog's buttons; the arrows move in the table
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Article"), self.tr("In context")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("Double-click or Enter opens the article at the mention."))
        hint.setObjectName("paneFooter")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.table.itemActivated.connect(self.on_item_activated)
        self.table.itemDoubleClicked.connect(self.on_item_activated)

    def show_loading(self, label: str, text: str, names: str) -> None:
        self.heading.setText(f"<b>{escape(theme.entity_name(label))}</b>: <span style='font-family:"
                             f"\"{theme.READER_FAMILY}\"; font-size:14pt'>{escape(isolate(text))}</span>"
                             f"{' — ' + escape(isolate(names)) if names else ''}<br>" + escape(self.tr("Searching the library…")))
        self.table.setRowCount(0)

    def set_mentions(self, label: str, text: str, names: str, rows: Sequence[Mapping[str, Any]]) -> None:
        articles = len({r["article_id"] for r in rows})
        self.heading.setText(f"<b>{escape(theme.entity_name(label))}</b>: <span style='font-family:"
                             f"\"{theme.READER_FAMILY}\"; font-size:14pt'>{escape(isolate(text))}</span>"
                             f"{' — ' + escape(isolate(names)) if names else ''}<br>"
                             + escape(plural(self.tr("%n mention(s) in %1", "", len(rows)), len(rows))
                                      .replace("%1", plural(self.tr("%n article(s)", "", articles), articles))))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            date = QTableWidgetItem(str(r.get("published") or "—")[:10])
            title = QTableWidgetItem(isolate(str(r.get("title") or "")))
            title.setToolTip(str(r.get("title") or ""))
            context = QTableWidgetItem(isolate(_context_line(r)))
            context.setToolTip(str(r.get("context") or ""))
            context.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            date.setData(MENTION_ROLE, dict(r))
            for col, item in enumerate((date, title, context)):
                self.table.setItem(i, col, item)

    def mention(self, row: int) -> Mapping[str, Any]:
        return self.table.item(row, 0).data(MENTION_ROLE)

    def on_item_activated(self, item: QTableWidgetItem) -> None:
        r = self.mention(item.row())
        self.mentionActivated.emit(r["article_id"], int(r["start"]), int(r["end"]))


BEFORE_CHARS = 30  # of the context before the mention shown in the cell (the tooltip has it all)


def _context_line(r: Mapping[str, Any]) -> str:
    """The context on one line, the mention between «» so it stands out in a plain cell. Only the
    last words (up to BEFORE_CHARS) before the mention are kept: the cell elides at its end, and
    with the whole 60 characters a mention past the middle of a narrow cell was cut off."""
    context = str(r.get("context") or "")
    cut = int(r["start"]) - int(r.get("context_start") or 0)
    length = int(r["end"]) - int(r["start"])
    before, word, after = context[:cut], context[cut:cut + length], context[cut + length:]
    if len(before) > BEFORE_CHARS:
        before = before[-BEFORE_CHARS:]
        space = before.find(" ")
        before = before[space + 1:] if 0 <= space < len(before) - 1 else before
    return " ".join(f"…{before}«{word}»{after}…".split())
