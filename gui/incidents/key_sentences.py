"""The open article's key sentences, above its incidents: a collapsible list, one click from the text.

`core.incidents.summary.key_sentences` picks 3–5 sentences carrying the most incident evidence
(the lead always when it tells one) and the analysis stores them in the article's summary as
code-point offsets into the untouched text. This widget shows them as the text has them (cut
from the article, not from the stored copy) and emits `sentenceActivated(start, end)` in code
points; the reader converts to Qt positions itself (`gui.offsets`). Open or closed is remembered.

The list is as tall as its sentences wrapped at its width: five long ones are read whole, with no
scroll bar, when there is room. Its pane says how much room it may take (`set_room`: what is left
once the incidents table shows up to eight rows and the summary a few lines); in a shorter pane it
keeps about three lines (`least_height`) and scrolls.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget

from gui import theme
from gui.bidi import LRI, PDI, has_rtl

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
SETTING = "incidents/keySentencesOpen"
LEAST_LINES = 3  # the least the list is given when its pane is short (then it scrolls): lines of its font
MIN_HEIGHT = 60  # px: and never less than this
SHOWN_CHARS = 220  # a long sentence is cut in the list; its tooltip and the reader show it whole


def sentence_spans(text: str, summary: Mapping[str, Any] | None) -> list[tuple[int, int]]:
    """The stored key sentences' (start, end) that still fit `text`, in text order."""
    spans = []
    for item in (summary or {}).get("key_sentences") or ():
        try:
            start, end = int(item["start"]), int(item["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if 0 <= start < end <= len(text) and text[start:end].strip():
            spans.append((start, end))
    return sorted(set(spans))


class KeySentences(QWidget):
    sentenceActivated = Signal(int, int)  # code-point start, end in the article
    fitted = Signal()  # the list's height changed, it was folded or opened, or it shows another article's

    def __init__(self, parent: QWidget | None = None, *, toggle_inside: bool = True) -> None:
        """`toggle_inside` False: the pane puts the toggle on its title's line (a line of height
        more for the sentences and the incidents at a laptop's 768 px)."""
        super().__init__(parent)
        self.setObjectName("keySentences")
        self.toggle = QToolButton()
        self.toggle.setObjectName("keySentencesToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(self.tr("The sentences that tell the article's incidents; click one to read it in place"))
        self.list = QListWidget()
        self.list.setObjectName("keySentencesList")
        self.list.setWordWrap(True)
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if toggle_inside:
            layout.addWidget(self.toggle)
        layout.addWidget(self.list)
        self._room: int | None = None  # the most the list may take (its pane sets it); None: all it needs
        self._fitted_as: tuple[bool, bool, int] | None = None  # (hidden, list hidden, list height) last told
        self._filling = False  # in set_sentences: `fitted` is told once at its end
        self.toggle.setChecked(QSettings().value(SETTING, True, type=bool))
        self.toggle.toggled.connect(self.on_toggled)
        self.list.itemClicked.connect(self.on_item_activated)
        self.list.itemActivated.connect(self.on_item_activated)
        self.set_sentences("", None)

    def set_sentences(self, text: str, summary: Mapping[str, Any] | None) -> None:
        """Show the key sentences of `summary` (the stored article summary) cut from `text`."""
        self._filling = True  # a resize on being shown fits the height, told with the rest below
        try:
            self._fill(text, summary)
        finally:
            self._filling = False
        self._tell_fitted(always=True)  # another article's sentences: the pane refits once (it was told twice)

    def _fill(self, text: str, summary: Mapping[str, Any] | None) -> None:
        self.list.clear()
        font = self.list.font()
        font.setFamily(theme.READER_FAMILY)
        font.setPointSize(max(font.pointSize(), 11))
        for start, end in sentence_spans(text, summary):
            sentence = " ".join(text[start:end].split())
            shown = sentence if len(sentence) <= SHOWN_CHARS else sentence[:SHOWN_CHARS].rsplit(" ", 1)[0] + " …"
            # a sentence with no Arabic keeps its full stop at its end in the right-to-left list
            item = QListWidgetItem(shown if has_rtl(shown) else f"{LRI}{shown}{PDI}")
            item.setData(SPAN_ROLE, (start, end))
            item.setToolTip(sentence)
            item.setFont(font)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.list.addItem(item)
        self.setVisible(self.list.count() > 0)
        self.toggle.setVisible(self.list.count() > 0)  # on the pane's title line, it hides apart
        self._update_toggle()
        self._fit_height()

    def spans(self) -> list[tuple[int, int]]:
        return [tuple(self.list.item(i).data(SPAN_ROLE)) for i in range(self.list.count())]  # type: ignore[misc]

    def activate(self, row: int) -> None:
        """As a click on sentence `row` does: ask the reader to show it."""
        item = self.list.item(row)
        if item is not None:
            self.on_item_activated(item)

    def on_item_activated(self, item: QListWidgetItem) -> None:
        start, end = item.data(SPAN_ROLE)
        self.sentenceActivated.emit(int(start), int(end))

    def on_toggled(self, checked: bool) -> None:
        QSettings().setValue(SETTING, checked)
        self._update_toggle()
        self._tell_fitted()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()  # wrapped sentences take more lines in a narrower pane

    def set_room(self, room: int | None) -> None:
        """The most height the list may take (the pane's room once its incidents have theirs); None:
        as tall as its sentences need."""
        if room != self._room:
            self._room = room
            self._fit_height()

    def needed_height(self) -> int:
        """The list's height with every sentence shown whole, wrapped at the list's width.
        A row's height is the one the list lays it out at: `sizeHintForRow` is one line's, so a
        sentence wrapped onto a second line in a laptop's narrower pane was cut off."""
        self.list.doItemsLayout()
        rows = sum(max(self.list.sizeHintForRow(i), self.list.visualItemRect(self.list.item(i)).height())
                   for i in range(self.list.count()))
        return rows + 2 * self.list.frameWidth() + 2

    def least_height(self) -> int:
        """About `LEAST_LINES` lines of the sentences' font: what the list keeps in a short pane."""
        font = self.list.item(0).font() if self.list.count() else self.list.font()
        lines = LEAST_LINES * QFontMetrics(font).lineSpacing()
        return max(MIN_HEIGHT, lines + 2 * self.list.frameWidth() + 2)

    def _fit_height(self) -> None:
        """As tall as its sentences (two short ones leave no blank box, five long ones are read
        whole: it was cut at 170 px and five long sentences scrolled), within the pane's room."""
        needed = self.needed_height()
        cap = needed if self._room is None else max(self.least_height(), self._room)
        height = min(needed, cap)
        if height != self.list.height() or self.list.minimumHeight() != height:
            self.list.setFixedHeight(height)
        self._tell_fitted()

    def _tell_fitted(self, always: bool = False) -> None:
        """Emit `fitted` when the list was shown or hidden (or the whole widget) or took another
        height since it was last emitted (`always`: another article's sentences, once)."""
        if self._filling:
            return
        state = (self.isHidden(), self.list.isHidden(), self.list.minimumHeight())
        if always or state != self._fitted_as:
            self._fitted_as = state
            self.fitted.emit()

    def _update_toggle(self) -> None:
        opened = self.toggle.isChecked()
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else
                                 (Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow))
        self.toggle.setText(self.tr("Key sentences (%n)", "", self.list.count()))
        self.list.setVisible(opened)
