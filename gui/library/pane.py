"""The library pane: a filter box over the article table. Selecting a row asks to open it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from gui.library.model import ARTICLE_ID_ROLE, ArticleFilterProxy, ArticleListModel


class LibraryPane(QWidget):
    articleActivated = Signal(object)  # article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.model = ArticleListModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel("Library")
        self.title.setObjectName("paneTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by title or source…")
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 72)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.count = QLabel("")
        self.count.setObjectName("paneFooter")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.filter.textChanged.connect(self.on_filter_changed)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        current = self.current_article_id()
        self.model.set_rows(rows)
        self._update_count()
        if current is not None:
            self.select_article(current, emit=False)

    def current_article_id(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ARTICLE_ID_ROLE) if rows else None

    def select_article(self, article_id: Any, *, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.blockSignals(not emit)
        sm = self.table.selectionModel()
        sm.blockSignals(not emit)
        try:
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        finally:
            sm.blockSignals(False)
            self.table.blockSignals(False)
        return True

    def on_filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.articleActivated.emit(indexes[0].data(ARTICLE_ID_ROLE))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = "article" if total == 1 else "articles"
        self.count.setText(f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}")
