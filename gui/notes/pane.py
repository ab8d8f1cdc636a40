"""The notes pane: the open article's star, read flag and tags, the analyst's highlights with
their notes, and a free note on the article.

Nothing here touches the store: each change is emitted as a signal at once (a tag when the
field is left, the free note a moment after typing stops) and the main window saves it in its
own transaction, so a crash loses at most the last half-second of typing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from gui import theme
from gui.i18n import tag_separator
from gui.dialogs.messages import ask_yes_no
from gui.notes.text_edit import plain_text_edit

translate = QCoreApplication.translate

NOTE_SAVE_DELAY_MS = 500
HIGHLIGHT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NotesPane(QWidget):
    highlightActivated = Signal(int)  # scroll the reader to this highlight
    highlightEditRequested = Signal(int)
    highlightDeleteRequested = Signal(int)
    noteChanged = Signal(object, str)  # note id (None: a new note), body ("" deletes it)
    tagsEdited = Signal(list)  # the article's tags as the analyst typed them
    starToggled = Signal(bool)
    readToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes")
        self._highlights: list[dict[str, Any]] = []
        self._note_id: Any = None
        self._loading = False
        self._note_dirty = False

        self.star = QToolButton()
        self.star.setObjectName("starButton")
        self.star.setCheckable(True)
        self.star.setToolTip(self.tr("Star this article (Ctrl+D)"))
        self.star.toggled.connect(self._on_star)
        self.read = QCheckBox(self.tr("Read"))
        self.read.setToolTip(self.tr("Read / unread (Ctrl+U)"))
        self.read.toggled.connect(lambda on: None if self._loading else self.readToggled.emit(on))
        self.tags = QLineEdit()
        self.tags.setObjectName("tagsEdit")
        self.tags.setPlaceholderText(self.tr("Tags, comma separated (Ctrl+T)"))
        self.tags.editingFinished.connect(self._on_tags_edited)
        flags = QHBoxLayout()
        flags.addWidget(self.star)
        flags.addWidget(self.read)
        flags.addWidget(self.tags, 1)

        self.list = QListWidget()
        self.list.setObjectName("highlightList")
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(14, 14))
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.list.setSpacing(2)
        self.list.itemClicked.connect(self._on_item_clicked)
        self.list.itemActivated.connect(self._on_item_clicked)
        self.list.itemDoubleClicked.connect(lambda item: self.highlightEditRequested.emit(_id(item)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        # the empty list says so itself (it was a blank box): a label on its viewport, hidden once it has rows
        self.empty = QLabel(self.tr("No highlights on this article yet."), self.list.viewport())
        self.empty.setObjectName("emptyHighlights")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)  # greyed, as a placeholder text
        empty_layout = QVBoxLayout(self.list.viewport())
        empty_layout.addWidget(self.empty)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit_current(self.highlightEditRequested))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.on_delete)
        # the same on the list by keyboard and right-click: Delete deletes the selected highlight (before,
        # the key did nothing and the list had no menu; only the button below it did)
        self.edit_action = QAction(self.tr("Edit…"), self.list)
        self.edit_action.triggered.connect(lambda: self._emit_current(self.highlightEditRequested))
        self.delete_action = QAction(self.tr("Delete"), self.list)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.on_delete)
        self.list.addActions([self.edit_action, self.delete_action])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.delete_button.setToolTip(self.tr("Delete the selected highlight (Delete)"))
        self.edit_button.setToolTip(self.tr("Edit the selected highlight's colour and note (double-click)"))
        buttons = QHBoxLayout()
        self.count = QLabel("")
        self.count.setObjectName("paneFooter")
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)

        self.note = plain_text_edit()
        self.note.setObjectName("articleNote")
        self.note.setPlaceholderText(self.tr("Your note on this article (saved as you type)"))
        self.note.setFixedHeight(110)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note.textChanged.connect(self._on_note_typed)
        # the box's name once its placeholder is gone (a note typed), and Alt+O to reach it
        self.note_label = QLabel(self.tr("N&ote on this article:"))
        self.note_label.setObjectName("noteLabel")
        self.note_label.setBuddy(self.note)

        title = QLabel(self.tr("Highlights and notes"))
        title.setObjectName("paneTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(flags)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        self.set_article_state(False, False, [])
        self.set_highlights([])

    # -- content ------------------------------------------------------------------------------
    def set_article_state(self, starred: bool, read: bool, tags: Sequence[str]) -> None:
        self._loading = True
        try:
            self.star.setChecked(starred)
            self._paint_star()
            self.read.setChecked(read)
            self.tags.setText(tag_separator().join(tags))
        finally:
            self._loading = False

    def set_highlights(self, highlights: Sequence[Mapping[str, Any]], select: int | None = None) -> None:
        current = select if select is not None else self.current_highlight_id()
        self._highlights = [dict(h) for h in highlights]
        self.list.clear()
        for h in self._highlights:
            item = QListWidgetItem(_icon(str(h.get("color") or "")), _item_text(h))
            item.setData(HIGHLIGHT_ID_ROLE, int(h["id"]))
            item.setToolTip(_item_tip(h))
            if not h.get("anchored", True):
                item.setForeground(QColor("#9a9a9a"))
            self.list.addItem(item)
            if current is not None and int(h["id"]) == current:
                self.list.setCurrentItem(item)
        n = len(self._highlights)
        self.empty.setVisible(not n)
        self.count.setText((self.tr("%n highlight", "", n) if n == 1 else self.tr("%n highlights", "", n)) if n
                           else self.tr("Select text, then Ctrl+H to highlight."))
        self._update_buttons()

    def set_notes(self, notes: Sequence[Mapping[str, Any]]) -> None:
        """The article's free note (the first stored note; more come from other tools and are kept)."""
        self._note_timer.stop()
        self._note_dirty = False
        self._loading = True
        try:
            first = notes[0] if notes else None
            self._note_id = first["id"] if first else None
            self.note.setPlainText(str(first["body"]) if first else "")
        finally:
            self._loading = False

    def note_saved(self, notes: Sequence[Mapping[str, Any]]) -> None:
        """After a save: learn the new note's id without touching what the analyst is typing."""
        if self._note_id is None and notes:
            self._note_id = notes[0]["id"]
        elif not notes:
            self._note_id = None

    def highlights(self) -> list[dict[str, Any]]:
        return list(self._highlights)

    def highlight(self, highlight_id: int) -> dict[str, Any] | None:
        return next((h for h in self._highlights if int(h["id"]) == highlight_id), None)

    def current_highlight_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else _id(item)

    def select_highlight(self, highlight_id: int) -> None:
        for i in range(self.list.count()):
            if _id(self.list.item(i)) == highlight_id:
                self.list.setCurrentRow(i)
                self.list.scrollToItem(self.list.item(i))
                return

    # -- slots --------------------------------------------------------------------------------
    def flush_note(self) -> None:
        """Emit the free note now (called by the timer, on article change and on close)."""
        self._note_timer.stop()
        if self._note_dirty:
            self._note_dirty = False
            self.noteChanged.emit(self._note_id, self.note.toPlainText())

    def _on_note_typed(self) -> None:
        if not self._loading:
            self._note_dirty = True
            self._note_timer.start()

    def _on_star(self, on: bool) -> None:
        self._paint_star()
        if not self._loading:
            self.starToggled.emit(on)

    def _paint_star(self) -> None:
        self.star.setText(self.tr("★ Starred") if self.star.isChecked() else self.tr("☆ Star"))

    def _on_tags_edited(self) -> None:
        tags = [t.strip() for t in self.tags.text().replace("،", ",").split(",") if t.strip()]
        self.tagsEdited.emit(tags)

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.highlightActivated.emit(_id(item))

    def _emit_current(self, signal: Any) -> None:
        hid = self.current_highlight_id()
        if hid is not None:
            signal.emit(hid)

    def on_delete(self) -> None:
        """Delete the selected highlight; one that carries a note asks first (No by default): the
        note is the analyst's own writing, and a deleted highlight cannot be brought back."""
        hid = self.current_highlight_id()
        if hid is None:
            return
        h = self.highlight(hid) or {}
        if str(h.get("note") or "").strip() and not self.confirm_delete():
            return
        self.highlightDeleteRequested.emit(hid)

    def confirm_delete(self) -> bool:
        return ask_yes_no(
            self, self.tr("Delete the highlight"),
            self.tr("This highlight has a note; deleting the highlight deletes its note too, for good. Delete it?"))

    def _update_buttons(self) -> None:
        on = self.current_highlight_id() is not None
        self.edit_button.setEnabled(on)
        self.delete_button.setEnabled(on)
        self.edit_action.setEnabled(on)
        self.delete_action.setEnabled(on)


def _id(item: QListWidgetItem) -> int:
    return int(item.data(HIGHLIGHT_ID_ROLE))


def _icon(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(theme.highlight_color(color))
    return QIcon(pixmap)


def _item_text(h: Mapping[str, Any]) -> str:
    quote = " ".join(str(h.get("quote") or "").split())
    quote = quote if len(quote) <= 120 else quote[:120] + "…"
    note = str(h.get("note") or "").strip()
    return f"«{quote}»" + (f"\n✎ {note}" if note else "")


def _item_tip(h: Mapping[str, Any]) -> str:
    lost_text = translate("NotesPane", "This passage is no longer in the text.")
    lost = "" if h.get("anchored", True) else f"<p><i>{escape(lost_text)}</i></p>"
    note = escape(str(h.get("note") or ""))
    return f"<div dir='auto'>{escape(str(h.get('quote') or ''))}</div>" + (f"<p dir='auto'>✎ {note}</p>" if note else "") + lost
