"""The library's Qt model: pages of `core.store.library.query_articles` rows, loaded lazily.

Filtering, searching and sorting happen in the store (one indexed SQL query), so 31k+ articles
never sit in memory: the model holds the rows scrolled past so far. `canFetchMore`/`fetchMore`
ask for the next page through the `moreRequested` signal, and `sort` asks for a new order
through `sortRequested`; the main window runs those queries as Ops and hands back the rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal)
from PySide6.QtGui import (QAbstractTextDocumentLayout, QFont, QFontMetrics, QPainter, QPalette, QTextDocument,
                           QTextOption)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from core.store.library import HIT_END, HIT_START
from gui import theme
from gui.bidi import has_rtl, isolate, strip_isolates
from gui.i18n import source_name, tag_separator
from gui.i18n import translate_n

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

# (store key, header, the sort key `LibraryQuery.order` uses)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("starred", "★"),
    ("title", QT_TRANSLATE_NOOP("ArticleListModel", "Title")),
    ("source", QT_TRANSLATE_NOOP("ArticleListModel", "Source")),
    ("published", QT_TRANSLATE_NOOP("ArticleListModel", "Date")),
    ("incident_count", QT_TRANSLATE_NOOP("ArticleListModel", "Inc.")),
)
TITLE_COLUMN = 1
TEXT_DATE_MARK = "≈"  # the tooltip's mark of a date read from the article's dateline (shown in italics)
translate = QCoreApplication.translate
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """One row per article. The id is in ARTICLE_ID_ROLE, the search snippet in SNIPPET_ROLE."""

    moreRequested = Signal(int)  # offset of the next page to load
    sortRequested = Signal(str)  # "column asc|desc"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self._fetching = False
        self.show_star_in_title = False  # the star column is hidden (a narrow pane): ★ leads the title

    # -- filling ------------------------------------------------------------------------------
    def reset(self, rows: Sequence[Mapping[str, Any]], total: int) -> None:
        """The first page of a new query and how many rows the query has in all."""
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self._total = max(total, len(self._rows))
        self._fetching = False
        self.endResetModel()

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Every row at once (small libraries, tests)."""
        self.reset(rows, len(rows))

    def append(self, offset: int, rows: Sequence[Mapping[str, Any]]) -> None:
        """A further page; a page for another offset (a reset came in between) is dropped."""
        self._fetching = False
        if offset != len(self._rows) or not rows:
            if not rows:
                self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(dict(r) for r in rows)
        self.endInsertRows()

    def total(self) -> int:
        return self._total

    def row_dict(self, row: int) -> Mapping[str, Any]:
        return self._rows[row]

    def row_of(self, article_id: Any) -> int:
        for i, r in enumerate(self._rows):
            if r.get("id") == article_id:
                return i
        return -1

    def update_article(self, article_id: Any, **fields: Any) -> None:
        """Change shown fields of one loaded row (star, read, tags, incident count) without reloading the list."""
        row = self.row_of(article_id)
        if row >= 0:
            self._rows[row] = {**self._rows[row], **fields}
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- lazy loading ------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.moreRequested.emit(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sortRequested.emit(f"{COLUMNS[column][0]} {'asc' if order == Qt.SortOrder.AscendingOrder else 'desc'}")

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole:
                return {"starred": self.tr("Starred"), "incident_count": self.tr("Incidents")}.get(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "title" and self.show_star_in_title and row.get("starred"):
                return "★ " + _display(key, row)
            return _display(key, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row)
        if role == ARTICLE_ID_ROLE:
            return row.get("id")
        if role == SNIPPET_ROLE:
            return row.get("snippet") or ""
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and key == "title":
            return title_font(bold=not row.get("read", True))  # unread articles stand out
        if role == Qt.ItemDataRole.FontRole and key == "published" and row.get("date_origin") == "text":
            font = QFont()
            font.setItalic(True)  # read from the article's dateline, not the file: the column keeps its width
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "title" and has_rtl(str(row.get("title") or "")):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key in ("incident_count", "starred"):
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "starred":
            return QPalette().color(QPalette.ColorRole.Text) if row.get("starred") else None
        return None


def _display(key: str, row: Mapping[str, Any]) -> str:
    value = row.get(key)
    if key == "starred":
        return "★" if value else ""
    if key == "title":
        marks = ("✎ " if row.get("annotation_count") else "") + ("# " if row.get("tags") else "")
        return marks + isolate(str(value or translate("ArticleListModel", "(untitled)")))
    if key == "incident_count" and not value and not_analysed(row):
        return "—"  # not "0": nothing was looked for yet
    if value is None or value == "":
        return "—" if key in ("published", "incident_count") else ""
    text = source_name(str(value)) if key == "source" else str(value)
    if key == "published":
        return text[:10]
    return isolate(text)


def _tooltip(row: Mapping[str, Any]) -> str:
    lines = [str(v) for v in (row.get("title"), source_name(row.get("source")), row.get("url")) if v]
    if row.get("tags"):
        lines.append(translate("ArticleListModel", "Tags: %1").replace("%1", isolate(tag_separator().join(row["tags"]))))
    if row.get("annotation_count"):
        n = int(row["annotation_count"])
        lines.append(translate_n("ArticleListModel", "%n highlight(s) or note(s)", n))
    if row.get("published") and row.get("date_origin") == "text":
        lines.append(translate("ArticleListModel", "%1 Date read from the article's text (its dateline), not from "
                               "the file; Article details… corrects it").replace("%1", TEXT_DATE_MARK))
    elif not row.get("published"):
        lines.append(translate("ArticleListModel", "Date unknown: incidents are undated; Article details… sets it"))
    if not row.get("read", True):
        lines.append(translate("ArticleListModel", "Unread"))
    if not row.get("incident_count") and not_analysed(row):
        lines.append(translate("ArticleListModel", "Not analysed yet: opening it analyses it"))
    return "\n".join(lines)


def not_analysed(row: Mapping[str, Any]) -> bool:
    """A library row of an article imported without analysis (or whose analysis is stale) that
    has not been analysed since it was listed (`analysed` is set when its count is updated)."""
    return "analyzer_version" in row and not row["analyzer_version"] and not row.get("analysed")


def snippet_html(snippet: str, lead: int = 24) -> str:
    """The search snippet as HTML, the matched words on the find colour. At most `lead`
    characters (whole words) are kept before the first hit, so the hit is on the cell's first
    line even in a narrow library pane."""
    first = snippet.find(HIT_START)
    if first > lead:
        cut = snippet.find(" ", first - lead)
        snippet = "…" + snippet[cut + 1 if 0 <= cut < first else first:]
    out = escape(snippet).replace(HIT_START, f"<span style='background:{theme.FIND_COLOR}'>").replace(HIT_END, "</span>")
    return out.replace("\n", " ")


def title_font(bold: bool = False) -> QFont:
    font = QFont(theme.READER_FAMILY)
    font.setPointSize(12)
    font.setBold(bold)
    return font


def two_line_row_height() -> int:
    """A row with the title on two lines (a narrow library pane)."""
    return 2 * QFontMetrics(title_font(bold=True)).height() + 4


def row_height(searching: bool, max_lines: int) -> int:
    """A library row's height: the title and a snippet under it while searching, else the title on
    `max_lines` lines (two in a narrow pane)."""
    return 52 if searching else 30 if max_lines == 1 else two_line_row_height()


def title_lines(title: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """The title broken at spaces into at most `max_lines` lines of `width` pixels, the last one
    elided at its logical end (an Arabic title keeps its beginning at the right, "…" on the left)."""
    words = title.split()
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        taken = 1
        while taken < len(words) and metrics.horizontalAdvance(" ".join(words[:taken + 1])) <= width:
            taken += 1
        if metrics.horizontalAdvance(" ".join(words[:taken])) > width:
            break  # one word longer than the line: the last line elides it
        lines.append(" ".join(words[:taken]))
        words = words[taken:]
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines or [""]


class ArticleDelegate(QStyledItemDelegate):
    """Draws the title cell: the title on `max_lines` lines (two in a narrow library pane), elided
    at its logical end (so an Arabic title shows its beginning at the right, "…" on the left) and,
    when searching, the snippet under it (the title on one line) with the hit marked, wrapped and
    clipped to the row."""

    max_lines = 1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = strip_isolates(opt.text)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect: QRect = opt.rect.adjusted(4, 1, -4, -1)
        snippet = str(index.data(SNIPPET_ROLE) or "")
        rtl = has_rtl(title)
        title_rect = QRect(rect.x(), rect.y(), rect.width(), 28 if snippet else rect.height())
        painter.save()
        painter.setClipRect(rect)
        painter.setFont(opt.font)
        painter.setPen(color)
        # Absolute: under a right-to-left text direction a plain AlignRight means the left edge, which
        # showed only once a title's line (of two) no longer filled the cell.
        text_option = QTextOption((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                                  | Qt.AlignmentFlag.AlignAbsolute)
        text_option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        metrics = QFontMetrics(opt.font)
        lines = title_lines(title, metrics, title_rect.width(), 1 if snippet else self.max_lines)
        line_height = metrics.height()
        top = title_rect.y() + max(0, (title_rect.height() - line_height * len(lines)) // 2)
        for i, line in enumerate(lines):
            painter.drawText(QRectF(title_rect.x(), top + i * line_height, title_rect.width(), line_height), line,
                             text_option)
        if snippet:
            doc = _snippet_document(snippet, opt, rect.width())
            painter.translate(rect.x(), title_rect.bottom() - 2)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.palette.setColor(QPalette.ColorRole.Text, color)
            ctx.clip = QRectF(0, 0, rect.width(), rect.bottom() - title_rect.bottom() + 2)
            doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width(), row_height(bool(index.data(SNIPPET_ROLE)), self.max_lines))


def _snippet_document(snippet: str, opt: QStyleOptionViewItem, width: int) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = QFont(opt.font)
    font.setBold(False)
    font.setPointSize(max(8, opt.font.pointSize() - 2))
    doc.setDefaultFont(font)
    option = QTextOption(Qt.AlignmentFlag.AlignRight)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setHtml(f"<div dir='rtl' style='color:#555'>{snippet_html(snippet)}</div>")
    doc.setTextWidth(max(10, width))
    return doc
