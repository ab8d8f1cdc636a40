"""The library pane: a search box over the full-text index, filters, the lazily loaded article
table and its counts. The current row is the open article (moving it asks to open it); Shift/Ctrl-click
and Ctrl+A select more rows for the "selected articles" scopes of the summary and the export.

The pane builds a `LibraryQuery` from its widgets and emits `queryChanged`; it never queries the
store. Typing in the search box waits a moment (SEARCH_DELAY_MS) so a query runs per pause, not
per key.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QDate, QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QTableView, QToolButton, QVBoxLayout, QWidget)

from core.store.library import LibraryQuery
from gui.headers import section_width
from gui.i18n import acled_name, governorate_name, grouped, source_name
from gui.library.model import ARTICLE_ID_ROLE, COLUMNS, TITLE_COLUMN, ArticleDelegate, ArticleListModel, row_height

SEARCH_DELAY_MS = 250
NARROW_TABLE = 300  # px: below it the title takes two lines and the star column goes
ANY = "Any"
NO_DATE = QDate(1900, 1, 1)  # a date edit at its minimum shows "any"


def _sort_key(name: str) -> str:
    """A name as a list sorts it: without its short vowels («عَسِيْر» among the «ع»), case-folded."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).casefold()


class FilterDateEdit(QDateEdit):
    """A filter's date: Tab goes on to the next field. A QDateEdit's Tab walks its year, month and
    day first, and on «Any» (the special value at the minimum date) it never left: Tab from the
    search field stopped at "From" for good, and the other filters and the article list could not
    be reached by keyboard. ←/→ still move between the year, month and day."""

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)


class LibraryPane(QWidget):
    articleActivated = Signal(object)  # article id
    queryChanged = Signal(object)  # LibraryQuery
    readRequested = Signal()  # Enter on a result: the keyboard goes on to the open article's text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.any_text = self.tr("Any")  # the drop-downs' and date edits' "no filter" entry
        self.model = ArticleListModel(self)
        self._order = ""
        self._loading_facets = False

        self.title = QLabel(self.tr("Library"))
        self.title.setObjectName("paneTitle")
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        # Short enough to fit the field at 1100×700 in both languages; the shortcut is in the tooltip
        # (with it, «Search the articles… (Ctrl+L)» was cut off after «…»).
        self.search.setPlaceholderText(self.tr("Search articles…"))
        self.search.setToolTip(self.tr("Search the articles' titles and text (Ctrl+L)"))
        self.search.setClearButtonEnabled(True)
        self.filter_button = QToolButton()
        self.filter_button.setText(self.tr("Filters"))
        self.filter_button.setCheckable(True)
        self.filter_button.setToolTip(self.tr("Show the filters (Ctrl+Shift+F)"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter_button)

        self.filters = QWidget()
        self.filters.setObjectName("libraryFilters")
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.source = self._combo()
        self.governorate = self._combo()
        self.actor = self._combo(editable=True)
        self.event_type = self._combo()
        self.tag = self._combo()
        self.starred = QCheckBox(self.tr("★ Starred"))
        self.has_notes = QCheckBox(self.tr("With notes"))
        self.unread = QCheckBox(self.tr("Unread"))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        grid = QGridLayout(self.filters)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        rows = ((self.tr("From"), self.date_from, self.tr("To"), self.date_to),
                (self.tr("Source"), self.source, self.tr("Event"), self.event_type),
                (self.tr("Gov."), self.governorate, self.tr("Actor"), self.actor), (self.tr("Tag"), self.tag, None, None))
        for r, (l1, w1, l2, w2) in enumerate(rows):
            grid.addWidget(QLabel(l1), r, 0)
            grid.addWidget(w1, r, 1)
            if l2 is not None:
                grid.addWidget(QLabel(l2), r, 2)
                grid.addWidget(w2, r, 3)
        checks = QHBoxLayout()
        for box in (self.starred, self.has_notes, self.unread):
            checks.addWidget(box)
        checks.addStretch(1)
        checks.addWidget(self.clear_button)
        grid.addLayout(checks, len(rows), 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.filters.hide()

        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (it walked its cells, opening article after article)
        self.table.setModel(self.model)
        self.delegate = ArticleDelegate(self.table)
        self.table.setItemDelegateForColumn(TITLE_COLUMN, self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 22), (2, 64), (3, 80), (4, 34)):
            header.resizeSection(col, width)
        # the date and the count: wide enough for their header and, when the list is sorted by it, its
        # sort arrow (the Arabic «عدد» was clipped beside it at 34 px); the title keeps the rest
        self._base_widths = {3: 80, 4: 34}
        header.sortIndicatorChanged.connect(lambda *_: self._fit_sorted_columns())
        self._fit_sorted_columns()
        self.table.setColumnHidden(2, True)  # the pane is narrow: the source is in the tooltip and the filters
        header.setMinimumSectionSize(20)
        self._set_row_height(False)
        self.count = QLabel("")
        self.count.setObjectName("paneFooter")
        self.count.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.emit_query)
        self.search.textChanged.connect(self.on_search_typed)
        self.search.returnPressed.connect(self.emit_query)
        self.search.installEventFilter(self)  # ↓ goes on into the results
        self.table.installEventFilter(self)  # Enter goes on into the article
        self.filter_button.toggled.connect(self.filters.setVisible)
        self.clear_button.clicked.connect(self.clear_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.on_filter_changed)
        for combo in (self.source, self.governorate, self.event_type, self.tag):
            combo.currentIndexChanged.connect(self.on_filter_changed)
        self.actor.activated.connect(self.on_filter_changed)
        self.actor.lineEdit().editingFinished.connect(self.on_filter_changed)
        for box in (self.starred, self.has_notes, self.unread):
            box.toggled.connect(self.on_filter_changed)
        self.model.sortRequested.connect(self.on_sort_requested)
        self._order = ""  # newest first, or by relevance while searching, until a header is clicked
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_count())
        self._counts = (0, 0)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        """↓ in the search field puts the keyboard in the results, as search boxes do, and opens
        the result it lands on: the open article's row when the search lists it, else the first. Before, ↓ did nothing there; the results were reached by Tab, Tab or Alt+↓.
        A search still waiting to run (typed within SEARCH_DELAY_MS) runs first."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if self._timer.isActive():
                self._timer.stop()
                self.emit_query()
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if self.model.rowCount():
                # a new page selects its first row without opening it: the row the keyboard lands on is
                # opened (the open article itself only moves the reader to its hit)
                current = self.table.currentIndex()
                before = self.current_article_id()
                self._select_row(current.row() if current.isValid() else 0)
                if self.current_article_id() == before and before is not None:
                    self.articleActivated.emit(before)
            return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier and self.table.currentIndex().isValid()):
            # the row under the keyboard is already open (moving to it opened it): Enter reads it. Before,
            # the reader was twelve Tabs away, past the legend's eleven chips
            self.readRequested.emit()
            return True
        return super().eventFilter(watched, event)

    # -- widgets ------------------------------------------------------------------------------
    def _date_edit(self) -> QDateEdit:
        edit = FilterDateEdit()
        edit.setCalendarPopup(True)
        # before the format: Qt reverses a format's sections in a right-to-left widget (02-08-2015)
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.any_text)
        edit.setDate(NO_DATE)
        return edit

    def _combo(self, editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.addItem(self.any_text, None)
        if editable:
            combo.lineEdit().setPlaceholderText(self.any_text)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def _set_row_height(self, searching: bool) -> None:
        self._searching = searching
        self.table.verticalHeader().setDefaultSectionSize(row_height(searching, self.delegate.max_lines))

    def is_narrow(self) -> bool:
        return self.delegate.max_lines > 1

    def _fit_width(self) -> None:
        """A narrow pane (the library of a 1100 px window, ~210 px; of a 1400 px window, ~265 px)
        left the title about one word (two or three) between the star, date and count columns:
        there the star column goes (a starred title starts with ★) and the title takes two lines;
        a pane widened past NARROW_TABLE is as before (one line, the star column)."""
        narrow = self.table.width() < NARROW_TABLE
        if narrow == self.is_narrow():
            return
        self.delegate.max_lines = 2 if narrow else 1
        self.model.show_star_in_title = narrow
        self.table.setColumnHidden(0, narrow)  # the date keeps its 80 px: at 74 «2015-07-29» was elided
        self._set_row_height(getattr(self, "_searching", False))
        self.table.viewport().update()

    def _fit_sorted_columns(self) -> None:
        header = self.table.horizontalHeader()
        for col, width in self._base_widths.items():
            header.resizeSection(col, max(width, section_width(header, col)))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_width()

    # -- the query ---------------------------------------------------------------------------
    def query(self) -> LibraryQuery:
        def date(edit: QDateEdit) -> str | None:
            return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        actor = self.actor.currentText().strip()
        return LibraryQuery(
            text=self.search.text().strip(),
            date_from=date(self.date_from),
            date_to=date(self.date_to),
            source=self.source.currentData(),
            governorate=self.governorate.currentData(),
            actor=None if actor in ("", ANY, self.any_text) else actor,
            event_type=self.event_type.currentData(),
            tag=self.tag.currentData(),
            starred=self.starred.isChecked(),
            has_notes=self.has_notes.isChecked(),
            unread=self.unread.isChecked(),
            order=self._order,
        )

    def emit_query(self) -> None:
        self._timer.stop()
        q = self.query()
        self._set_row_height(bool(q.text))
        # A search lists the best matches first until a header is clicked: no column's arrow then
        # (the date's stayed, saying "sorted by date" over results in relevance order)
        self.table.horizontalHeader().setSortIndicatorShown(bool(self._order) or not q.text)
        self.queryChanged.emit(q)

    def set_facets(self, facets: dict[str, list[str]]) -> None:
        """Fill the drop-downs, keeping what is chosen."""
        self._loading_facets = True
        try:
            for combo, key in ((self.source, "sources"), (self.governorate, "governorates"),
                               (self.actor, "actors"), (self.event_type, "event_types"), (self.tag, "tags")):
                chosen = combo.currentData() if not combo.isEditable() else combo.currentText()
                combo.clear()
                combo.addItem(self.any_text, None)
                items = [(acled_name(value) if key == "event_types"
                          else governorate_name(value) if key == "governorates"
                          else source_name(value) if key == "sources" else value, value)
                         for value in facets.get(key, [])]
                if key == "governorates":  # in the order of the names shown, not of the stored English ones
                    items.sort(key=lambda item: _sort_key(item[0]))
                for shown, value in items:
                    combo.addItem(shown, value)
                if combo.isEditable():
                    combo.setEditText("" if chosen in (None, ANY, self.any_text) else str(chosen))
                else:
                    combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            self._loading_facets = False

    def clear_filters(self) -> None:
        self._loading_facets = True
        try:
            for edit in (self.date_from, self.date_to):
                edit.setDate(NO_DATE)
            for combo in (self.source, self.governorate, self.event_type, self.tag, self.actor):
                combo.setCurrentIndex(0)
            self.actor.setEditText("")
            for box in (self.starred, self.has_notes, self.unread):
                box.setChecked(False)
        finally:
            self._loading_facets = False
        self.filter_button.setText(self.tr("Filters"))
        self.emit_query()

    def active_filter_count(self) -> int:
        q = self.query()
        return sum(bool(v) for v in (q.date_from, q.date_to, q.source, q.governorate, q.actor, q.event_type, q.tag,
                                     q.starred, q.has_notes, q.unread))

    # -- rows --------------------------------------------------------------------------------
    def set_page(self, rows: list[dict[str, Any]], total: int, corpus: int, offset: int = 0) -> None:
        """Rows of the current query: the first page (resets the table) or a further one."""
        if offset == 0:
            current = self.current_article_id()
            self.model.reset(rows, total)
            self._update_count(total, corpus)
            if current is not None:
                self.select_article(current, emit=False)
        else:
            self.model.append(offset, rows)

    def on_incident_count_changed(self, article_id: Any, count: int) -> None:
        """An article's incidents changed (analysed on opening, corrected): its row's Inc. follows."""
        self.model.update_article(article_id, incident_count=count, analysed=True)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.set_page(rows, len(rows), len(rows))

    def current_article_id(self) -> Any:
        """The article of the current row (the one the reader shows), selected or not."""
        index = self.table.selectionModel().currentIndex()
        return index.siblingAtColumn(0).data(ARTICLE_ID_ROLE) if index.isValid() else None

    def selected_article_ids(self) -> list[Any]:
        """Every selected row's article, in the table's order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ARTICLE_ID_ROLE) for i in rows if i.data(ARTICLE_ID_ROLE) is not None]

    def select_article(self, article_id: Any, *, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:  # not among the loaded rows: no other row may look like the open article
            self.table.selectionModel().clear()
            return False
        index = self.model.index(row, TITLE_COLUMN)
        self.table.blockSignals(not emit)
        sm = self.table.selectionModel()
        sm.blockSignals(not emit)
        try:
            self._select_row(row)
            self.table.scrollTo(index)
        finally:
            sm.blockSignals(False)
            self.table.blockSignals(False)
        return True

    def select_articles(self, article_ids: Any) -> int:
        """Select the loaded rows of `article_ids` (an import's undated articles, for Set date of
        selected articles…) beside the current row, which stays the one the reader shows: no article
        is opened. The number of rows selected (an article the query does not list is not)."""
        rows = sorted({self.model.row_of(i) for i in article_ids} - {-1})
        if not rows:
            return 0
        current = self.model.row_of(self.current_article_id())
        sm = self.table.selectionModel()
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        # the open article's row stays current; it stays selected only if it is one of them
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(self.model.index(current if current in rows else rows[0], TITLE_COLUMN))
        return len(rows)

    def step(self, delta: int) -> None:
        """Select the next (+1) or previous (-1) article."""
        row = self.model.row_of(self.current_article_id())
        target = max(0, min(self.model.rowCount() - 1, row + delta))
        if self.model.rowCount() and target != row:
            self._select_row(target)
            self.table.scrollTo(self.model.index(target, TITLE_COLUMN))

    def _select_row(self, row: int) -> None:
        """Make `row` the one selected, current row. Not `QTableView.selectRow`: under a right-to-left
        layout it looks the column up at the viewport's edge, finds none, and selects nothing."""
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                 | QItemSelectionModel.SelectionFlag.Current)
        self.table.selectionModel().setCurrentIndex(index, flags)

    # -- slots --------------------------------------------------------------------------------
    def on_search_typed(self, _text: str) -> None:
        self._timer.start()

    def on_filter_changed(self, *_args: Any) -> None:
        if not self._loading_facets:
            n = self.active_filter_count()
            self.filter_button.setText(self.tr("Filters (%n)", "", n) if n else self.tr("Filters"))
            self.emit_query()

    def on_sort_requested(self, order: str) -> None:
        if order != self._order:
            self._order = order
            self.emit_query()

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.siblingAtColumn(0).data(ARTICLE_ID_ROLE) if current.isValid() else None
        if article_id is not None:
            self.articleActivated.emit(article_id)

    def _update_count(self, shown: int, total: int) -> None:
        self._counts = (shown, total)
        self._show_count()

    def _show_count(self) -> None:
        """The footer: how many articles the query lists, and how many rows are selected when more
        than one is (Shift/Ctrl-click, Ctrl+A: the export's and the summary's "selected articles";
        before, nothing said how many that was)."""
        shown, total = self._counts
        # Two English sources so English reads right without a translation file; Arabic has its plural forms.
        if total == 0:  # an empty library: say how to fill it rather than "0 articles"
            keys = QKeySequence(QKeySequence.StandardKey.Open).toString(QKeySequence.SequenceFormat.NativeText)
            self.count.setText(self.tr("No articles yet: File › Import… (%1) adds them").replace("%1", keys))
            return
        if shown == 0:  # a search or filter that finds nothing says so, not "0 of 3 articles"
            text = (self.tr("No match in the library's %n article", "", total) if total == 1
                    else self.tr("No match among %n articles", "", total))
        elif shown == total:
            text = self.tr("%n article", "", total) if total == 1 else self.tr("%n articles", "", total)
        else:
            text = (self.tr("%1 of %n article", "", total) if total == 1
                    else self.tr("%1 of %n articles", "", total))
        text = grouped(text, total).replace("%1", f"{shown:,}")
        selected = len(self.table.selectionModel().selectedRows())
        if selected > 1:
            text = f"{text} · {grouped(self.tr('%n selected', '', selected), selected)}"
        self.count.setText(text)


__all__ = ["COLUMNS", "LibraryPane"]
