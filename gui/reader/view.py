"""ReaderView: the article, right-to-left in the bundled Arabic font, entities coloured by type.

The text is set once with `setPlainText` and never edited: highlights are extra selections
(drawn over the text, not stored in it), so toggling a type or re-analysing only redraws. Every
offset crosses into Qt through `gui.offsets.OffsetMap`, the one tested conversion.

Layers, bottom to top: entities by type, the analyst's own highlights (their colour with a
dotted underline), the library search's hits (an article opened from a search), find-in-article
hits, an incident's evidence and the words its figures come from (the evidence's tint with a dashed
underline: the killed and injured are often told in another clause than the evidence).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (QAction, QColor, QContextMenuEvent, QFont, QGuiApplication, QHelpEvent, QMouseEvent,
                           QPalette, QResizeEvent, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextOption)
from PySide6.QtWidgets import QLabel, QMenu, QTextEdit, QToolTip, QWidget

from core.text.folded import FoldedText
from gui import theme
from gui.bidi import LRI, PDI, has_rtl, isolate_auto
from gui.offsets import OffsetMap
from gui.reader.highlights import Highlight, build_highlights, highlight_at, tooltip_lines, user_highlight_at

SOLID = QTextCharFormat.UnderlineStyle.SingleUnderline
DASHED = QTextCharFormat.UnderlineStyle.DashUnderline
DOTTED = QTextCharFormat.UnderlineStyle.DotLine


class ReaderView(QTextEdit):
    """Read-only article view. Public API speaks code-point offsets only."""

    zoomChanged = Signal(int)  # point size
    entityClicked = Signal(object)  # the Highlight clicked (a plain click, not a selection)
    userHighlightClicked = Signal(int)  # id of the analyst's highlight clicked
    entityRemoveRequested = Signal(object)  # the Highlight whose entity the analyst removes (context menu)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # Lines wrap at the widget's width, at a word boundary or, for a token longer than a line
        # (a URL), anywhere: nothing is wider than the view. Qt's measure of a line that ends in a
        # number amid Arabic («… كيلومترا 125 ») can still come out a pixel or two over, inside
        # the page margin (18 px): a horizontal scroll bar for those pixels showed in a 5 MB article.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        option = QTextOption(Qt.AlignmentFlag.AlignLeading)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(18)
        self.apply_selection_colors()
        self._text = ""
        self._map = OffsetMap("")
        self._highlights: list[Highlight] = []
        self._visible: set[str] = set(theme.DISPLAY_LABELS)
        self._evidence: tuple[int, int] | None = None
        self._figures: list[tuple[int, int]] = []
        self._more_evidence: list[tuple[int, int]] = []  # the incident's other evidence passages
        self._headline_end = 0  # the text's first line is the headline up to here (0: it is not)
        self._user: list[dict[str, Any]] = []
        self._folded: FoldedText | None = None
        self._hits: list[tuple[int, int]] = []
        self._hit = -1
        self._search_hits: list[tuple[int, int]] = []
        self._press: QPoint | None = None
        self.menu_actions: list[QAction | QMenu] = []  # put first in the context menu (main window fills it)
        # Said while no article is shown (set_empty_hint). Not QTextEdit's placeholder: Qt draws
        # that on one line, cut off at the view's edge.
        self.empty_hint = QLabel(self.viewport())
        self.empty_hint.setObjectName("readerEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.setStyleSheet("color: palette(placeholder-text); background: transparent;")
        self.empty_hint.hide()
        self.set_point_size(theme.READER_POINT_SIZE)

    # -- content --------------------------------------------------------------------------
    def set_article(self, text: str, entities: Iterable[Mapping[str, Any]] = ()) -> None:
        """Show `text` (untouched) with its entities; resets selection and scroll."""
        self._text = text
        self._map = OffsetMap(text)
        self._evidence = None
        self._figures = []
        self._more_evidence = []
        self._headline_end = 0
        self._user = []
        self._folded = None
        self._hits, self._hit = [], -1
        self._search_hits = []
        self.apply_selection_colors()  # the theme may have changed since the last article
        self.setPlainText(text)
        self._apply_paragraph_format()
        self.set_entities(entities)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._show_empty_hint()

    def set_entities(self, entities: Iterable[Mapping[str, Any]]) -> None:
        self._highlights = build_highlights(self._text, entities)
        self._refresh_selections()

    def set_user_highlights(self, highlights: Iterable[Mapping[str, Any]]) -> None:
        """The analyst's highlights (dicts with id, start, end, color, note); bad spans are skipped."""
        n = len(self._text)
        self._user = [dict(h) for h in highlights if 0 <= int(h["start"]) < int(h["end"]) <= n]
        self._refresh_selections()

    def user_highlights(self) -> list[dict[str, Any]]:
        return list(self._user)

    def clear_article(self) -> None:
        self.set_article("")

    def set_empty_hint(self, text: str) -> None:
        """What the view says, wrapped in its middle, while no article is shown."""
        self.empty_hint.setText(text)
        self._show_empty_hint()

    def _show_empty_hint(self) -> None:
        self.empty_hint.setVisible(not self._text and bool(self.empty_hint.text()))
        self._place_empty_hint()

    def _place_empty_hint(self) -> None:
        margin = 24
        self.empty_hint.setGeometry(self.viewport().rect().adjusted(margin, margin, -margin, -margin))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_empty_hint()

    def text(self) -> str:
        return self._text

    def offset_map(self) -> OffsetMap:
        return self._map

    # How much of the evidence colour covers what lies under the selection (0–255).
    SELECTION_ALPHA = 80

    def apply_selection_colors(self) -> None:
        """The selection (an incident's evidence, a find hit, the analyst's own) in the theme's
        evidence colour, translucent: the entity colours inside it stay visible, tinted, so the
        analyst can check an incident's actors and places against its evidence. Opaque, it hid
        every entity of the sentence. Called again with each article, so a theme change applies."""
        color = QColor(theme.EVIDENCE_COLOR)
        color.setAlpha(self.SELECTION_ALPHA)
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, color)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(theme.TEXT_COLOR))
        self.setPalette(palette)

    def highlights(self) -> list[Highlight]:
        return list(self._highlights)

    # -- entity types on/off ----------------------------------------------------------------
    def set_label_visible(self, label: str, visible: bool) -> None:
        if visible:
            self._visible.add(label)
        else:
            self._visible.discard(label)
        self._refresh_selections()

    def visible_labels(self) -> set[str]:
        return set(self._visible)

    # -- selection --------------------------------------------------------------------------
    def select_span(self, start: int, end: int) -> None:
        """Select code-point range [start, end), mark it as evidence and scroll it into view."""
        cursor = self._cursor_over(max(0, start), min(end, len(self._text)))
        self._evidence = (start, end)
        self._figures = []  # another incident's, or a set-aside mention's: `set_figures` follows
        self._more_evidence = []  # so are its other passages: `set_evidence_spans`
        self._refresh_selections()
        self._select_in_view(cursor)

    def set_figures(self, spans: Iterable[tuple[int, int]]) -> None:
        """Mark where the selected incident's figures are told (code-point ranges; none: unmarked),
        without moving the selection or the scroll. Bad spans are skipped."""
        n = len(self._text)
        self._figures = sorted((int(s), int(e)) for s, e in spans if 0 <= int(s) < int(e) <= n)
        self._refresh_selections()

    def figures(self) -> list[tuple[int, int]]:
        return list(self._figures)

    def set_headline(self, end: int) -> None:
        """The text's first `end` code points are its headline (0: the text does not begin with it)."""
        self._headline_end = max(0, min(int(end), len(self._text)))

    def set_evidence_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        """Mark every evidence passage of the selected incident (after `select_span` of its first),
        each underlined on the evidence's tint as the selected one. Before, only the first was
        marked, often the headline, and the sentence naming the place was not. When the selected
        passage is the headline, the first passage in the body is selected and scrolled to."""
        n = len(self._text)
        spans = sorted({(int(s), int(e)) for s, e in spans if 0 <= int(s) < int(e) <= n})
        if not spans:
            return
        if (self._evidence is not None and self._headline_end and self._evidence[1] <= self._headline_end
                and self._evidence in spans):
            body = [sp for sp in spans if sp[0] >= self._headline_end]
            if body:
                self._evidence = body[0]
                self._select_in_view(self._cursor_over(*body[0]))
        self._more_evidence = [sp for sp in spans if sp != self._evidence]
        self._refresh_selections()

    def evidence_spans(self) -> list[tuple[int, int]]:
        """The marked evidence: the selected passage first, then the incident's others."""
        return ([self._evidence] if self._evidence is not None else []) + list(self._more_evidence)

    def reveal(self, start: int, end: int) -> None:
        """Select [start, end) and scroll to it, without marking it as evidence."""
        self._select_in_view(self._cursor_over(max(0, start), min(end, len(self._text))))

    def _cursor_over(self, start: int, end: int, doc: Any = None) -> QTextCursor:
        """A cursor selecting the code-point range [start, end) of the text (in `doc`: the shown document)."""
        qs, qe = self._map.span_to_qt(start, end)
        cursor = QTextCursor(self.document() if doc is None else doc)
        cursor.setPosition(qs)
        cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # The share of the viewport's height above a span scrolled into view: the lines before it give
    # its context, and the lines after it (what an incident's evidence goes on to say) are in sight.
    SPAN_TOP = 0.25

    def _span_rect(self, qs: int, qe: int) -> tuple[int, int]:
        """(top of the span's first line, bottom of its last) in viewport coordinates."""
        start, end = QTextCursor(self.document()), QTextCursor(self.document())
        start.setPosition(qs)
        end.setPosition(qe)
        return self.cursorRect(start).top(), self.cursorRect(end).bottom()

    def _select_in_view(self, cursor: QTextCursor) -> None:
        """Select `cursor`'s span and bring it into sight. A span already whole in the viewport
        stays where it is; any other starts a quarter of the way down (at the top when it is
        taller than the rest of the viewport). Qt alone (`ensureCursorVisible`) scrolls as little
        as it can: a span below the view ended on the viewport's last line, nothing after it."""
        qs, qe = cursor.selectionStart(), cursor.selectionEnd()
        top, bottom = self._span_rect(qs, qe)
        height = self.viewport().height()
        in_view = top >= 0 and bottom <= height
        self.setTextCursor(cursor)  # Qt scrolls the cursor (the span's end) into view
        if in_view:
            return
        top, bottom = self._span_rect(qs, qe)
        margin = int(height * self.SPAN_TOP)
        if bottom - top > height - margin:  # a long span: its first line at the top
            margin = min(margin, self.fontMetrics().height())
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + top - margin)

    def selected_span(self) -> tuple[int, int] | None:
        """Code-point range of the current selection, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._map.from_qt(cursor.selectionStart()), self._map.from_qt(cursor.selectionEnd())

    def offset_at(self, x: int, y: int) -> int:
        """Code-point offset of the character under viewport point (x, y)."""
        return self._map.from_qt(self.cursorForPosition(QPoint(x, y)).position())

    def selected_text(self) -> str:
        span = self.selected_span()
        return "" if span is None else self._text[span[0]:span[1]]

    # -- find in article --------------------------------------------------------------------
    def find_all(self, needle: str) -> int:
        """Mark every occurrence of `needle` (spelling folded); the first becomes current."""
        if self._folded is None or self._folded.text is not self._text:
            self._folded = FoldedText(self._text)
        self._hits = self._folded.find_all(needle)
        self._hit = -1
        if self._hits:
            self.find_next()
        else:
            self._refresh_selections()
        return len(self._hits)

    def find_next(self, forward: bool = True) -> int:
        """Move to the next (or previous) hit, wrapping; returns its index (-1 without hits)."""
        if not self._hits:
            return -1
        self._hit = (self._hit + (1 if forward else -1)) % len(self._hits)
        start, end = self._hits[self._hit]
        self._refresh_selections()
        self._select_in_view(self._cursor_over(start, end))
        return self._hit

    # -- the library search's hits --------------------------------------------------------------
    def show_search_hits(self, hits: Iterable[tuple[int, int]], *, reveal: bool = True) -> None:
        """Mark the library search's hits (code-point ranges, `core.store.search.hit_spans`) and,
        with `reveal`, select and scroll to the first; nothing moves when there is none (a
        title-only match). No hits: the marks are taken away."""
        n = len(self._text)
        self._search_hits = sorted((int(s), int(e)) for s, e in hits if 0 <= int(s) < int(e) <= n)
        self._refresh_selections()
        if self._search_hits and reveal:
            self.reveal(*self._search_hits[0])

    def search_hits(self) -> list[tuple[int, int]]:
        return list(self._search_hits)

    def clear_find(self) -> None:
        self._hits, self._hit = [], -1
        self._refresh_selections()

    def find_hits(self) -> list[tuple[int, int]]:
        return list(self._hits)

    def current_hit(self) -> int:
        return self._hit

    # -- font size ------------------------------------------------------------------------
    def point_size(self) -> int:
        return self.font().pointSize()

    def set_point_size(self, size: int) -> None:
        size = max(theme.READER_MIN_POINT_SIZE, min(theme.READER_MAX_POINT_SIZE, int(size)))
        font = QFont(theme.READER_FAMILY)
        font.setPointSize(size)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.zoomChanged.emit(size)

    def zoom_by(self, steps: int) -> None:
        self.set_point_size(self.point_size() + steps)

    # -- internals ------------------------------------------------------------------------
    def _apply_paragraph_format(self) -> None:
        """Right-to-left, leading-aligned paragraphs with room for Arabic ascenders. A paragraph
        with no Arabic letter at all (an English quote, a wire's English line) is left-to-right:
        laid out right to left its full stop stood at its start («.Just an English note»)."""
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeading)
        fmt.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(10)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)
        ltr = QTextBlockFormat()
        ltr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        block = self.document().begin()
        while block.isValid():
            text = block.text()
            if text.strip() and not has_rtl(text) and any(ch.isalpha() for ch in text):
                QTextCursor(block).mergeBlockFormat(ltr)
            block = block.next()

    def _refresh_selections(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        doc = self.document()
        for h in self._highlights:
            if h.display not in self._visible:
                continue
            selections.append(self._selection(doc, h.start, h.end, theme.entity_color(h.display)))
        for u in self._user:
            color = theme.highlight_color(str(u.get("color") or ""))
            selections.append(self._underlined(doc, int(u["start"]), int(u["end"]), color, DOTTED, color.darker(170)))
        for s, e in self._search_hits:
            selections.append(self._underlined(doc, s, e, QColor(theme.FIND_COLOR), SOLID,
                                               QColor(theme.FIND_CURRENT_COLOR)))
        for i, (s, e) in enumerate(self._hits):
            color = theme.FIND_CURRENT_COLOR if i == self._hit else theme.FIND_COLOR
            selections.append(self._selection(doc, s, e, QColor(color)))
        tint = QColor(theme.EVIDENCE_COLOR)
        tint.setAlpha(self.SELECTION_ALPHA)  # as the evidence: translucent, the entity colours show through
        line = QColor(theme.EVIDENCE_UNDERLINE)
        if self._evidence is not None:
            s, e = self._evidence
            selections.append(self._underlined(doc, s, e, None, SOLID, line))
        for s, e in self._more_evidence:  # not selected: the selection's tint drawn, and its underline
            selections.append(self._underlined(doc, s, e, tint, SOLID, line))
        for s, e in self._figures:
            selections.append(self._underlined(doc, s, e, tint, DASHED, line))
        self.setExtraSelections(selections)

    def _underlined(self, doc: Any, start: int, end: int, color: QColor | None,
                    style: QTextCharFormat.UnderlineStyle, line: QColor) -> QTextEdit.ExtraSelection:
        """`_selection` underlined in `style` (a solid one also sets the font's underline) and `line`'s colour."""
        sel = self._selection(doc, start, end, color)
        sel.format.setUnderlineStyle(style)
        sel.format.setUnderlineColor(line)
        return sel

    def _selection(self, doc: Any, start: int, end: int, color: QColor | None) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor_over(start, end, doc)
        fmt = QTextCharFormat()
        if color is not None:
            fmt.setBackground(color)
            fmt.setForeground(QColor(theme.TEXT_COLOR))
        sel.format = fmt
        return sel

    def tooltip_at(self, x: int, y: int) -> str:
        """Tooltip for viewport point (x, y): the entity under it, or "" when none."""
        offset = self.offset_at(x, y)  # a boundary: the character under the mouse is on either side
        h = highlight_at(self._highlights, offset, self._visible)
        if h is None and offset > 0:
            h = highlight_at(self._highlights, offset - 1, self._visible)
        mine = user_highlight_at(self._user, offset)
        note = ""
        if mine is not None and mine.get("note"):
            note = f"<div dir='auto' style='margin-top:4px'>✎ {escape(str(mine['note']))}</div>"
        return ("" if h is None else tooltip_html(h)) + note

    def clicked_targets(self, x: int, y: int) -> tuple[Mapping[str, Any] | None, Highlight | None]:
        """(the analyst's highlight, the visible entity) under viewport point (x, y)."""
        offset = self.offset_at(x, y)
        rect = self.cursorRect(self.cursorForPosition(QPoint(x, y)))
        if abs(rect.center().y() - y) > rect.height():  # below the last line: nothing was clicked
            return None, None
        mine = user_highlight_at(self._user, offset) or (user_highlight_at(self._user, offset - 1) if offset else None)
        h = highlight_at(self._highlights, offset, self._visible)
        if h is None and offset > 0:
            h = highlight_at(self._highlights, offset - 1, self._visible)
        return mine, h

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = e.position().toPoint() if e.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(e)
        pos = e.position().toPoint()
        if (e.button() != Qt.MouseButton.LeftButton or self._press is None
                or (pos - self._press).manhattanLength() > 4 or self.textCursor().hasSelection()):
            return
        mine, h = self.clicked_targets(pos.x(), pos.y())
        if mine is not None:
            self.userHighlightClicked.emit(int(mine["id"]))
        elif h is not None:
            self.entityClicked.emit(h)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.build_context_menu(e.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.popup(e.globalPos())

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """Qt's own menu (copy, select all) with the main window's actions first, and "Remove
        this entity" when the click is on an entity highlight; laid out in the UI's direction."""
        menu = self.createStandardContextMenu(pos)
        # the reader is right-to-left for its Arabic text; its menu follows the UI language (English: shortcuts right)
        menu.setLayoutDirection(QGuiApplication.layoutDirection())
        first = menu.actions()[0] if menu.actions() else None
        for item in self.menu_actions:
            if isinstance(item, QMenu):
                menu.insertMenu(first, item)
            else:
                menu.insertAction(first, item)
        _mine, entity = self.clicked_targets(pos.x(), pos.y())
        if entity is not None:
            remove = QAction(self.tr("Remove this entity (%1: %2)").replace("%1", theme.entity_name(entity.display))
                             .replace("%2", isolate_auto(entity.text)), menu)
            remove.setObjectName("removeEntity")
            remove.triggered.connect(lambda _=False, h=entity: self.entityRemoveRequested.emit(h))
            menu.insertAction(first, remove)
        if (self.menu_actions or entity is not None) and first is not None:
            menu.insertSeparator(first)
        return menu

    def viewportEvent(self, e: QEvent) -> bool:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            tip = self.tooltip_at(e.pos().x(), e.pos().y())
            if tip:
                QToolTip.showText(e.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)


def tooltip_html(h: Highlight) -> str:
    lines = tooltip_lines(h)
    color = theme.ENTITY_COLORS.get(h.display, theme.FALLBACK_COLOR)
    head = f"<b style='background:{color}'>&nbsp;{escape(lines[0])}&nbsp;</b>"
    # The lines share one paragraph, right to left in the Arabic interface: a line with no Arabic
    # in it (the coordinates "13.9225° N, 44.7683° E", an English name) is kept left to right, or
    # it reads "N, 44.7683° E °13.9225".
    rest = "".join(f"<br>{escape(line if has_rtl(line) else f'{LRI}{line}{PDI}')}" for line in lines[1:])
    return f"<div dir='auto'>{head}{rest}</div>"


__all__ = ["ReaderView", "tooltip_html"]
