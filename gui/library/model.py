"""Qt adapters over `core.store.list_articles` rows (plain dicts): a table model and its filter.

The model never queries the store itself: an Op fetches the rows on a worker thread and hands
them to `set_rows` on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from core.text.normalize import fold_for_search
from gui import theme
from gui.bidi import has_rtl, isolate

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "Title"),
    ("source", "Source"),
    ("published", "Date"),
    ("incident_count", "Inc."),
)

Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """One row per article: title, source, date (ISO day). The id is in ARTICLE_ID_ROLE."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Mapping[str, Any]] = []
        self._search: list[str] = []

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [fold_for_search(f"{r.get('title') or ''} {r.get('source') or ''}") for r in self._rows]
        self.endResetModel()

    def row_dict(self, row: int) -> Mapping[str, Any]:
        return self._rows[row]

    def update_article(self, article_id: Any, **fields: Any) -> None:
        """Change shown fields of one loaded row (star, read, tags) without reloading the list."""
        row = self.row_of(article_id)
        if row >= 0:
            self._rows[row] = {**self._rows[row], **fields}
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, article_id: Any) -> int:
        for i, r in enumerate(self._rows):
            if r.get("id") == article_id:
                return i
        return -1

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(key, row.get(key))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(str(v) for v in (row.get("title"), row.get("source"), row.get("url")) if v)
        if role == ARTICLE_ID_ROLE:
            return row.get("id")
        if role == SEARCH_TEXT_ROLE:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.FontRole and key == "title":
            font = QFont(theme.READER_FAMILY)
            font.setPointSize(12)
            font.setBold(not row.get("read", True))  # unread articles stand out
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "title" and has_rtl(str(row.get("title") or "")):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "incident_count":
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            value = row.get(key)
            if key == "incident_count":
                return int(value or 0)
            return "" if value is None else str(value)
        return None


def _display(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—" if key in ("published", "incident_count") else ""
    text = str(value)
    if key == "published":
        return text[:10]
    return isolate(text)


class ArticleFilterProxy(QSortFilterProxyModel):
    """Filters on title and source with Arabic folding (hamza, diacritics, ة/ه do not matter)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needles: list[str] = []
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setDynamicSortFilter(True)

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateRowsFilter is deprecated there
            self.beginFilterChange()
            self._needles = fold_for_search(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needles = fold_for_search(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needles:
            return True
        model = self.sourceModel()
        hay = model.data(model.index(source_row, 0, source_parent), SEARCH_TEXT_ROLE) or ""
        return all(n in hay for n in self._needles)
