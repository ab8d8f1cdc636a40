"""The incidents pane: the article's key sentences, its coded incidents, the selected one's
summary and the other articles that report it, and the analyst's corrections (edit, confirm,
reject, restore, add from a selection).

The pane only asks: its actions emit `editRequested`, `decisionRequested` and `addRequested`,
and opening another article's report emits `reportRequested`; the main window stores the
decision through an Op and hands back the merged incidents, or opens the other article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelection, QItemSelectionModel,
                            QModelIndex, QPoint, QRect, QSize, Qt, QUrl, Signal)
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QSplitter,
                               QStyledItemDelegate, QStyleOptionViewItem, QTableView, QTextBrowser, QToolButton,
                               QVBoxLayout, QWidget)

from core.store.analyses import count_incidents, counts_as_incident
from gui import theme
from gui.bidi import isolate_arabic_runs, isolate_auto
from gui.dialogs.messages import ask_yes_no
from gui.i18n import acled_name, is_rtl, translate_n
from gui.incidents.columns import MENU_COLUMNS, ColumnFitter
from gui.incidents.corroboration import parse_report_link, reports_html, reports_menu
from gui.incidents.key_sentences import KeySentences
from gui.incidents.model import (ALSO_COLUMN, COLUMNS, EVENT_TYPE_COLUMN, INCIDENT_ROLE, SUB_EVENT_COLUMN,
                                 IncidentSortProxy, IncidentTableModel, evidence_spans, figure_spans, first_evidence,
                                 status_text, summary_text)

WRAPPING_COLUMNS = (EVENT_TYPE_COLUMN, SUB_EVENT_COLUMN)

translate = QCoreApplication.translate
ROW_HEIGHT = 28  # one line; a row whose event type wraps grows to two
# The incidents table is the pane's main content: it keeps up to SHOW_ROWS rows (all of them when
# fewer) before the key sentences grow; the key sentences take what is left, down to their few
# lines (then they scroll); only a pane too short for both gives the table less, down to KEEP_ROWS.
SHOW_ROWS = 8
KEEP_ROWS = 3  # the least the table is given, whatever the key sentences take
KEEP_SUMMARY_LINES = 3  # and the selected incident's summary this many lines
# Past the table's rows and the key sentences' least, the summary is given room to show an incident's
# details whole, up to this many lines: as tall as the article's longest details (measured once per
# article and width, not per selection, so the table does not move under the pointer from row to row)
WHOLE_SUMMARY_LINES = 5
FILTER_FROM = 6  # the filter box shows from this many incidents on (a short list is read at a glance)


class WrappingDelegate(QStyledItemDelegate):
    """Wraps its cell's text instead of eliding it; a line may also break after a "/"
    ("Explosions/ Remote violence"), which the data keeps without a space."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.text = option.text.replace("/", "/\u200b")

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802 - Qt override
        # the table gives the column's width to wrap at only when all its cells wrap: give it here
        option = QStyleOptionViewItem(option)
        table = self.parent()
        if isinstance(table, QTableView):
            option.rect = QRect(0, 0, table.columnWidth(index.column()), ROW_HEIGHT)
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(ROW_HEIGHT, hint.height() + self._overhang(option, index) + 6))  # some air

    def _overhang(self, option: QStyleOptionViewItem, index: Any) -> int:
        """Pixels the text's glyphs stand above its first line or below its last: the style counts
        lines at the font's line height, but an Arabic letter with its marks in a Latin interface
        font («عبوة ناسفة/لغم أرضي»: 12 px over an 11 px ascent), drawn by a fallback font, is taller;
        on a three-line cell the air left under the last line was too little (text cut)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text:
            return 0
        fm = QFontMetrics(opt.font)
        glyphs = fm.tightBoundingRect(opt.text)
        return max(0, -glyphs.top() - fm.ascent()) + max(0, glyphs.bottom() - fm.descent())


class IncidentPanel(QWidget):
    """Selecting an incident emits `evidenceRequested(start, end)` for the reader, then
    `figuresRequested(spans)`: where its figures are told, marked beside the evidence."""

    evidenceRequested = Signal(int, int)
    evidenceSpansRequested = Signal(object)  # every evidence span of the selected incident [(start, end), …]
    figuresRequested = Signal(object)  # [(start, end), …] in code points; [] when it has none
    editRequested = Signal(object)  # the incident dict
    decisionRequested = Signal(object, str)  # the incident dict, "confirm" | "reject" | "restore"
    addRequested = Signal()  # add an incident from the reader's selection
    reportRequested = Signal(int, int, int)  # another article's report: article id, evidence start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidents")
        self.model = IncidentTableModel(self)
        # The table shows the model through a sort/filter proxy: `self.model`'s rows are the
        # incidents in text order, and every row number the panel hands out or takes is one of
        # them (`_view_index` / `_source_row` map to and from the table's rows).
        self.proxy = IncidentSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setObjectName("incidentFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter by type, place or actor"))
        self.filter.textChanged.connect(self.on_filter_changed)
        self.filter.hide()
        self.title = QLabel(self.tr("Incidents"))
        self.title.setObjectName("paneTitle")
        self.key_sentences = KeySentences(toggle_inside=False)  # its toggle goes on the title's line
        self.key_sentences.fitted.connect(self._fit_minimum)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (it walked its cells and never left); arrows move
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # a click on a header sorts (up, down, then back to the article's order); none at first
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for col, width in enumerate(self.model.default_widths()):
            header.resizeSection(col, width)
        # the columns share the pane's width (gui.incidents.columns): none pushed off its right
        self.columns = ColumnFitter(self.table, self._on_columns_changed)
        # The event type is what an analyst scans the list by: it wraps onto a second line rather
        # than elide ("Explosions/R…" could not be told from a sub-event); the rows fit their text.
        # So does the sub-event ("Shelling/artille…" hid what kind of attack it was).
        self._wrapping = WrappingDelegate(self.table)
        for col in WRAPPING_COLUMNS:
            self.table.setItemDelegateForColumn(col, self._wrapping)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header.sectionResized.connect(lambda col, _old, _new: col in WRAPPING_COLUMNS and self.fit_rows())
        # and after every change of the rows' layout: a sort moved each row's height with it, but a
        # height left stale (a column's width changed while the rows were elsewhere, a cell's text
        # changed) stayed short of a three-line cell; the rows fit their text again
        self.proxy.layoutChanged.connect(self.fit_rows)
        self.proxy.rowsInserted.connect(self.fit_rows)
        self.proxy.dataChanged.connect(lambda first, last, _roles=(): self._wrapping_changed(first, last))
        self.summary = QTextBrowser()
        self.summary.setObjectName("incidentSummary")
        self.summary.setOpenLinks(False)
        self.summary.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.summary.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty = QLabel("")
        self.empty.setObjectName("paneFooter")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.linkActivated.connect(self.on_footer_link)

        split = self.split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("incidentSplit")
        split.addWidget(self.table)
        split.addWidget(self.summary)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.key_sentences.toggle)
        layout.addLayout(heading)
        layout.addWidget(self.key_sentences)
        layout.addLayout(self._build_actions())
        layout.addWidget(self.filter)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty)

        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.table.doubleClicked.connect(self.on_double_clicked)
        self.table.installEventFilter(self)  # Enter does what a double-click does
        self.table.customContextMenuRequested.connect(self.on_table_context_menu)
        self.summary.anchorClicked.connect(self.on_summary_link)
        self.summary.customContextMenuRequested.connect(self.on_summary_context_menu)
        self._summary: Mapping[str, Any] | None = None
        self._details_height: tuple[int, int] | None = None  # (the summary's width, its height) for this article
        self.set_incidents([], article_open=False)

    def _build_actions(self) -> QHBoxLayout:
        """Actions with shortcuts (the main window also lists them in its Incident menu)."""
        def action(text: str, shortcut: str, tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({isolate_auto(keys)})")
            return act

        self.action_edit = action(self.tr("Edit…"), "Ctrl+E", self.tr("Correct the selected incident's fields"))
        self.action_confirm = action(self.tr("Confirm"), "Ctrl+Shift+C", self.tr("Confirm the selected incident"))
        self.action_reject = action(self.tr("Reject"), "Ctrl+Shift+X",
                                    self.tr("Reject the selected incident (an added one is deleted)"))
        self.action_restore = action(self.tr("Restore"), "Ctrl+Shift+R",
                                     self.tr("Undo confirming or rejecting; on an edited incident, "
                                             "give back the machine's values"))
        self.action_add = action(self.tr("Add from selection…"), "Ctrl+I",
                                 self.tr("Code a new incident; the selected text is its evidence"))
        self.action_edit.triggered.connect(self.on_edit)
        self.action_confirm.triggered.connect(lambda: self._decide("confirm"))
        self.action_reject.triggered.connect(lambda: self._decide("reject"))
        self.action_restore.triggered.connect(lambda: self._decide("restore"))
        self.action_add.triggered.connect(self.addRequested.emit)
        row = QHBoxLayout()
        row.setSpacing(4)
        for act, key in zip(self.actions_for_menu(), ("edit", "confirm", "reject", "restore", "add")):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setObjectName(f"incidentButton_{key}")
            row.addWidget(button)
        row.addStretch(1)
        return row

    def actions_for_menu(self) -> list[QAction]:
        return [self.action_edit, self.action_confirm, self.action_reject, self.action_restore, self.action_add]

    def set_incidents(self, incidents: Sequence[Mapping[str, Any]], article_summary: Mapping[str, Any] | None = None,
                      *, keep_selection: bool = False, article_open: bool = True) -> None:
        """Show the article's incidents; `keep_selection` re-selects the same incident after a
        correction (`same_incident_row`: a re-analysis may add or drop rows above it, and the row
        number then held another incident, which a Confirm or Reject pressed next would have hit).
        With no article open (`article_open` False: an empty library, a database being switched)
        the footer does not say "No incidents coded in this article yet"."""
        before = self.current_incident() if keep_selection else None
        row = same_incident_row(before, incidents) if before is not None else -1
        if article_summary is not None or not keep_selection:
            self._summary = article_summary
        if not keep_selection:  # another article: its own list, unfiltered
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
            self.proxy.set_filter_text("")
        self.model.set_incidents(incidents)
        self._details_height = None
        self.filter.setVisible(len(incidents) >= FILTER_FROM or bool(self.filter.text()))
        self._show_also_column()
        self.fit_rows()
        self._update_title()
        footer = [] if incidents or not article_open else [_esc(self.tr("No incidents coded in this article yet."))]
        footer += _set_aside_html((self._summary or {}).get("set_aside") or [])
        self.empty.setText("<br>".join(footer))
        self.fit_key_sentences()  # the footer and the filter come and go: the room left changes
        self.summary.setHtml(_overview_html(incidents, self._summary))
        self._update_actions()
        if 0 <= row < self.model.rowCount():
            if not self._view_index(row).isValid():  # an edit took it out of the filter: show it all
                self.filter.clear()
            self.table.selectionModel().blockSignals(True)
            self._select(row)
            self.table.selectionModel().blockSignals(False)
            self._show_incident(row)
            self._update_actions()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_key_sentences()

    def event(self, event: QEvent) -> bool:
        # a line of the pane changed its height (the footer's text, the title's, a button's): the
        # room shared out follows (at 1366×768 the sentences kept 6 px too many, the table 6 too few)
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit_key_sentences()
        return handled

    def fit_key_sentences(self) -> None:
        """Share the pane's height the rest does not need (the title with the sentences' toggle
        beside it, the buttons, the filter and the footer as they are, the summary
        `KEEP_SUMMARY_LINES` lines) between the table and the key sentences: the table first, up to
        `SHOW_ROWS` rows under its header; the sentences what is left, as tall as they need, or
        scrolled at their least (`KeySentences.least_height`, about three lines). At 1400×900 the
        sample's five long sentences were read whole while the table showed 6 of its 8 incidents
        and its scroll bar pushed the Captured column away."""
        summary, whole = self.summary_heights()
        least, wanted = self.table_heights()
        key = self.key_sentences  # its toggle is on the title's line, counted in the fixed height
        left = self.height() - self._fixed_height() - summary
        # the summary's lines past its least come after the table's rows and the sentences' least
        # (a short pane keeps its eight rows), before the sentences' other lines (which then scroll)
        key_least = key.least_height() if not key.isHidden() and not key.list.isHidden() else 0
        left -= max(0, min(whole - summary, left - wanted - key_least))
        key.set_room(left - wanted)  # a list of another height says so (`fitted`): the pane's least height follows
        given = key.list.height() if not key.isHidden() and not key.list.isHidden() else 0
        table = max(least, min(wanted, left - given))
        if self.table.minimumHeight() != table:  # the splitter shares out the rest 3:2; these rows are kept
            self.table.setMinimumHeight(table)

    def _fixed_height(self) -> int:
        """The pane's height but for the key sentences' list, the table and the summary: its
        margins, the title's line, the buttons, the filter and the footer as they are, the
        spacing between them and the splitter's handle."""
        layout = self.layout()
        margins = layout.contentsMargins()
        width = max(0, self.width() - margins.left() - margins.right())
        used, shown = margins.top() + margins.bottom() + self.split.handleWidth(), 0
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget()
            if widget is self.key_sentences:
                shown += not widget.isHidden()
                continue
            if widget is self.split:
                shown += 1
                continue
            if item.isEmpty():  # a hidden widget (the filter below six incidents, an empty footer)
                continue
            shown += 1
            used += item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
        return used + layout.spacing() * max(0, shown - 1)

    def table_heights(self) -> tuple[int, int]:
        """(the least, the wanted) height of the table: its header and `KEEP_ROWS` rows of one line;
        its header and its first `SHOW_ROWS` rows (all when fewer) at their heights (an event type on
        two lines makes its row taller), with the sideways scroll bar when it shows."""
        header = self.table.horizontalHeader()
        frame = (header.height() if header.isVisible() else 0) + 2 * self.table.frameWidth()
        rows = self.table.verticalHeader()
        shown = [r for r in range(self.proxy.rowCount()) if not rows.isSectionHidden(r)][:SHOW_ROWS]
        wanted = sum(rows.sectionSize(r) for r in shown)
        bar = self.table.horizontalScrollBar()
        if bar.isVisible():
            wanted += bar.height()
        least = frame + KEEP_ROWS * ROW_HEIGHT
        return least, max(least, frame + wanted)

    def _fit_minimum(self) -> None:
        """The list's height is fixed and the table's least height follows the pane's: left to the
        layout, the pane's least height (and so the window's) would grow with them, and a window
        grown to 768 px could not be made shorter again. The pane's least height counts the list
        and the table at their own least (the list about three lines, the table three rows); a
        shorter pane gives them less (`fit_key_sentences`)."""
        key = self.key_sentences
        shown = not key.isHidden() and not key.list.isHidden()
        height = (self._fixed_height() + self.table_heights()[0] + self.summary.minimumSizeHint().height()
                  + (min(key.needed_height(), key.least_height()) if shown else 0))
        least = QSize(self.layout().minimumSize().width(), height)
        if least != self.minimumSize():  # else no layout pass of the window for nothing
            self.setMinimumSize(least)

    def fit_rows(self, *_args: Any) -> None:
        """Each row as tall as its event type or sub-event needs (one line, two or three) at the
        columns' widths; the table's rows kept before the key sentences follow."""
        self.table.resizeRowsToContents()
        self.fit_key_sentences()

    def _wrapping_changed(self, first: Any, last: Any) -> None:
        if first.column() <= max(WRAPPING_COLUMNS) and last.column() >= min(WRAPPING_COLUMNS):
            self.fit_rows()

    def select_row(self, row: int) -> None:
        """Select the incident in `row` of `self.model` (wherever the sorted table shows it)."""
        self._select(row)

    def select_first(self) -> None:
        """Select the table's first row as sorted and filtered."""
        index = self.proxy.index(0, 0)
        if index.isValid():
            self._select(self._source_row(index))

    def scroll_to_row(self, row: int) -> None:
        index = self._view_index(row)
        if index.isValid():
            self.table.scrollTo(index)

    def _view_index(self, row: int, column: int = 0) -> QModelIndex:
        """The table's index of `self.model`'s `row` (invalid when the filter hides it)."""
        return self.proxy.mapFromSource(self.model.index(row, column))

    def _source_row(self, index: QModelIndex) -> int:
        """`self.model`'s row of an index of the table (-1 for an invalid one)."""
        if not index.isValid():
            return -1
        if index.model() is self.proxy:
            index = self.proxy.mapToSource(index)
        return index.row()

    def on_filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.fit_rows()
        self._update_title()

    def _update_title(self) -> None:
        """«Incidents (14)», what exports and the library count (no rejected ones, nor an orphan
        another incident stands for); while the filter is on, «Incidents (3 of 14)»: how many of
        those the filter leaves."""
        incidents = self.model.incidents()
        if not incidents:
            self.title.setText(self.tr("Incidents"))
            return
        counted = count_incidents(incidents)
        rejected = sum(1 for i in incidents if i.get("analyst_status") == "rejected")
        if self.proxy.filter_active():
            shown = count_incidents(self.proxy.index(r, 0).data(INCIDENT_ROLE) or {}
                                    for r in range(self.proxy.rowCount()))
            title = self.tr("Incidents (%1 of %n)", "", counted).replace("%1", str(shown))
        else:
            title = self.tr("Incidents (%n)", "", counted)
        self.title.setText(title + (" · " + self.tr("%n rejected", "", rejected) if rejected else ""))

    def _select(self, row: int) -> None:
        """Select `row` (of `self.model`) through the selection model: `QTableView.selectRow` selects
        nothing under a right-to-left layout (it looks for a column at the viewport's edge and finds none)."""
        index = self._view_index(row)
        if index.isValid():
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                     | QItemSelectionModel.SelectionFlag.Current)
            self.table.selectionModel().setCurrentIndex(index, flags)

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return self._source_row(rows[0]) if rows else -1

    def current_incident(self) -> Mapping[str, Any] | None:
        row = self.current_row()
        return self.model.incident(row) if row >= 0 else None

    def on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        row = self.current_row()
        if row < 0:
            rows = [self._source_row(i) for i in selected.indexes()]
            row = rows[0] if rows else -1
        if row < 0:
            return
        incident = self.model.incident(row)
        self._show_incident(row)
        span = first_evidence(incident)
        if span is not None:
            self.evidenceRequested.emit(*span)
        self.evidenceSpansRequested.emit(evidence_spans(incident))
        self.figuresRequested.emit(figure_spans(incident))

    def on_footer_link(self, link: str) -> None:
        """«evidence:start:end» links of the set-aside candidates select their text in the reader."""
        kind, _, rest = link.partition(":")
        start, _, end = rest.partition(":")
        if kind == "evidence" and start.isdigit() and end.isdigit():
            self.evidenceRequested.emit(int(start), int(end))

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        """Enter on a row, as a double-click: edit it, or on "Also in" open the other article.
        Before, the keyboard could reach another article's report only through the context menu."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self.table.currentIndex().isValid()):
            self.on_double_clicked(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def on_double_clicked(self, index: QModelIndex) -> None:
        """On the "Also in" cell: open the other article (a menu when there are several); else edit."""
        reports = self.model.reports(self._source_row(index)) if index.column() == ALSO_COLUMN else []
        if len(reports) == 1:
            self.open_report(reports[0])
        elif reports:
            self.on_table_context_menu(self.table.visualRect(index).center())
        else:
            self.on_edit()

    # -- other articles' reports of an incident -------------------------------------------------
    def set_corroborations(self, reports: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """{incident key: other articles' reports} for the incidents shown (`core.store.corroborations`)."""
        self.model.set_corroborations(reports)
        self._details_height = None
        self._show_also_column()
        if self.current_row() >= 0:
            self._show_incident(self.current_row())

    def open_report(self, report: Mapping[str, Any]) -> None:
        self.reportRequested.emit(int(report["article_id"]), int(report.get("start", -1)), int(report.get("end", -1)))

    def context_menu(self, row: int) -> QMenu:
        """The row's menu: open each other article that reports the incident, then the corrections."""
        menu = reports_menu(self.model.reports(row), self.table, self.open_report)
        if not menu.isEmpty():
            menu.addSeparator()
        for act in self.actions_for_menu():
            menu.addAction(act)
        return menu

    def on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        row = self._source_row(index)
        self._select(row)
        menu = self.context_menu(row)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def summary_context_menu(self, pos: QPoint) -> QMenu:
        """Qt's own menu of the summary (copy, select all), laid out in the UI language's direction,
        not in the right-to-left the summary's Arabic text is set in."""
        menu = self.summary.createStandardContextMenu(pos)
        menu.setLayoutDirection(QGuiApplication.layoutDirection())
        return menu

    def on_summary_context_menu(self, pos: QPoint) -> None:
        menu = self.summary_context_menu(pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.popup(self.summary.viewport().mapToGlobal(pos))

    def on_summary_link(self, url: QUrl) -> None:
        target = parse_report_link(url.toString())
        if target is not None:
            self.reportRequested.emit(*target)

    def select_by_evidence(self, start: int, end: int) -> bool:
        """Select the incident whose first evidence is [start, end) (an incident opened from another
        article's panel); False when none is."""
        for row in range(self.model.rowCount()):
            if first_evidence(self.model.incident(row)) == (start, end):
                self._select(row)
                return True
        return False

    def _show_also_column(self) -> None:
        """"Also in" takes room only when another article reports one of the incidents."""
        hidden = not any(self.model.reports(r) for r in range(self.model.rowCount()))
        if hidden != self.table.isColumnHidden(ALSO_COLUMN):
            self.table.setColumnHidden(ALSO_COLUMN, hidden)
            self.columns.fit()

    def _on_columns_changed(self) -> None:
        """An optional column shown or hidden: the rows' heights follow the new widths, and the
        details name the fields no longer in the table."""
        self._details_height = None
        self.fit_rows()
        if self.current_row() >= 0:
            self._show_incident(self.current_row())

    def _show_incident(self, row: int) -> None:
        self.summary.setHtml(self._details_html(row))

    def _details_html(self, row: int) -> str:
        hidden = [c for c in MENU_COLUMNS if self.table.isColumnHidden(c)]  # named in the details
        return _incident_html(self.model.incident(row), hidden) + reports_html(self.model.reports(row))

    def summary_heights(self) -> tuple[int, int]:
        """(the least, the wanted) height of the summary: `KEEP_SUMMARY_LINES` lines of its font; the
        article's longest details (or its overview) whole up to `WHOLE_SUMMARY_LINES` lines, at the
        summary's width. At 1366×768 the details kept 3 lines and scrolled by one (English) to three
        (Arabic, its larger script). The wanted height is measured once per article and width (an
        incident's corrections, other articles' reports and the columns the table gives up measure
        it again), not at every selection: the key sentences above the table keep their height, so
        the table's rows do not move under the pointer from one incident to the next."""
        frame = 2 * self.summary.frameWidth()
        margin = int(self.summary.document().documentMargin())
        least = max(self.summary.minimumSizeHint().height(),
                    KEEP_SUMMARY_LINES * QFontMetrics(self.summary.font()).lineSpacing() + frame + 2 * margin)
        width = self.summary.width()
        if self._details_height is None or self._details_height[0] != width:
            self._details_height = (width, self._measure_details(width - frame))
        return least, max(least, self._details_height[1] + frame)

    def _measure_details(self, width: int) -> int:
        """The height of the tallest details of the article's incidents (and of its overview) laid out
        at `width`, cut after `WHOLE_SUMMARY_LINES` lines; stops at the first that reaches the cut."""
        doc = self.summary.document().clone(self.summary)  # the summary's font, margins and direction
        doc.setTextWidth(max(1, width))
        tallest = 0
        texts = [_overview_html(self.model.incidents(), self._summary)] if self.model.rowCount() else []
        texts += (self._details_html(row) for row in range(self.model.rowCount()))
        for html in texts:
            doc.setHtml(html)
            height, cut = _height_of_lines(doc, WHOLE_SUMMARY_LINES)
            tallest = max(tallest, height)
            if cut:
                break
        doc.deleteLater()
        return tallest

    def on_edit(self) -> None:
        incident = self.current_incident()
        if incident is not None:
            self.editRequested.emit(dict(incident))

    def _decide(self, decision: str) -> None:
        incident = self.current_incident()
        if incident is None:
            return
        if decision == "reject" and incident.get("analyst_status") == "added" and not self.confirm_delete():
            return
        self.decisionRequested.emit(dict(incident), decision)

    def confirm_delete(self) -> bool:
        """Rejecting an incident the analyst added deletes it: ask first (it cannot be restored)."""
        return ask_yes_no(self, self.tr("Delete the incident"),
                          self.tr("This incident was added by you; rejecting it deletes it for good. Delete it?"))

    def _update_actions(self) -> None:
        inc = self.current_incident()
        status = (inc or {}).get("analyst_status")
        self.action_edit.setEnabled(inc is not None)
        self.action_confirm.setEnabled(inc is not None and status != "confirmed" and not (inc or {}).get("analyst_confirmed"))
        self.action_reject.setEnabled(inc is not None and status != "rejected")
        self.action_restore.setEnabled(inc is not None and (status in ("confirmed", "rejected", "edited")
                                                            or bool((inc or {}).get("analyst_confirmed"))))


def same_incident_row(before: Mapping[str, Any], incidents: Sequence[Mapping[str, Any]]) -> int:
    """The row of `incidents` holding the incident `before` was (-1 when none does): the analyst's
    decision on it (the same override), else the same passage, place and event type (after a
    re-analysis its position may move), else the same position and passage (an edit changed its
    place or type)."""
    def place(inc: Mapping[str, Any]) -> Any:
        return ((inc.get("location") or {}).get("name_ar"), (inc.get("location") or {}).get("text"))

    override = before.get("override_id")
    tests = [lambda inc: override is not None and inc.get("override_id") == override,
             lambda inc: (first_evidence(inc) == first_evidence(before) and place(inc) == place(before)
                          and inc.get("event_type") == before.get("event_type")),
             lambda inc: (before.get("seq") is not None and inc.get("seq") == before.get("seq")
                          and first_evidence(inc) == first_evidence(before))]
    for same in tests:
        rows = [row for row, inc in enumerate(incidents) if same(inc)]
        if len(rows) == 1:
            return rows[0]
    return -1


def _height_of_lines(doc: Any, lines: int) -> tuple[int, bool]:
    """The height of `doc` (laid out) down to the end of its `lines`-th line, with its bottom
    margin, or its whole height when it has fewer; and whether it was cut."""
    whole = doc.size().height()  # lays the document out
    seen = 0
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            seen += 1
            if seen == lines:
                line = layout.lineAt(i)
                bottom = layout.position().y() + line.y() + line.height() + doc.documentMargin()
                if bottom < whole - 1:
                    return int(bottom + 0.999), True
        block = block.next()
    return int(whole + 0.999), False


def _esc(text: Any) -> str:
    from html import escape

    return escape("" if text is None else str(text))


def _fields_line(inc: Mapping[str, Any], columns: Sequence[int]) -> str:
    """«Actor 1: … · Date: …» of the incident's fields in `columns` (the table's hidden ones), each
    value isolated so an Arabic name keeps its place in an English line and the reverse."""
    names = {"Conf.": QT_TRANSLATE_NOOP("IncidentPanel", "Confidence")}
    fields = []
    for col in columns:
        header, read = COLUMNS[col][0], COLUMNS[col][1]
        value = read(inc)
        if value:
            label = translate("IncidentPanel", names[header]) if header in names else translate("IncidentTableModel", header)
            fields.append(f"{label}: {isolate_auto(value)}")
    return " · ".join(fields)


def _incident_html(inc: Mapping[str, Any], fields: Sequence[int] = ()) -> str:
    """The selected incident under the table: its types, the analyst's decision, the summary in
    the interface's language, and the `fields` (columns) the table does not show."""
    summary = summary_text(inc)
    head = f"{_esc(acled_name(inc.get('event_type')))} · {_esc(acled_name(inc.get('sub_event_type')))}"
    parts = [f"<p dir='auto' style='color:#555'>{head}</p>"]
    line = _fields_line(inc, fields)
    if line:
        parts.append(f"<p dir='auto' style='color:#555'>{_esc(line)}</p>")
    status = status_text(inc)
    if status:
        parts.append(f"<p dir='auto' style='color:#1f4e9c'><b>{_esc(status)}</b></p>")
    if summary and summary == inc.get("summary_ar"):
        parts.append(f"<p dir='rtl' style='font-family:\"{theme.READER_FAMILY}\"; font-size:14pt'>{_esc(summary)}</p>")
    elif summary:
        parts.append(f"<p dir='ltr'>{_esc(isolate_arabic_runs(summary))}</p>")
    if INFERRED_SIDE in (inc.get("flags") or []):
        note = translate("IncidentPanel", "A side not named in these sentences was taken from the article: "
                         "the party it names most on the other side.")
        parts.append(f"<p dir='auto' style='color:#777'>{_esc(note)}</p>")
    if not (inc.get("location") or {}).get("country"):  # added with no place, or one the gazetteer does not know
        note = translate("IncidentPanel", "No country known from its place: the export codes it in the article's "
                         "country, or as Unknown when the analysis tells none. Edit it to give a known place or a "
                         "governorate.")
        parts.append(f"<p dir='auto' style='color:#777'>{_esc(note)}</p>")
    if not summary:
        none = translate("IncidentPanel", "No summary.")
        parts.append(f"<p dir='auto' style='color:#888'>{_esc(none)}</p>")
    return "".join(parts)


def _set_aside_html(set_aside: Sequence[Mapping[str, Any]]) -> list[str]:
    """Candidates the analyzer did not code (commentary, no place below the country, a tally, a
    rights report, or scored unlikely by the codability model), each with its reason and one
    click from its text."""
    if not set_aside:
        return []
    head = translate_n("IncidentPanel", "%n mention(s) not coded:", len(set_aside))
    lines = [f"<span style='color:#777'>{_esc(head)}</span>"]
    for item in set_aside[:SET_ASIDE_SHOWN]:
        evidence = item.get("evidence") or []
        flags = item.get("flags") or []
        why = (translate("IncidentPanel", "reads as commentary") if "possibly_commentary" in flags
               else translate("IncidentPanel", "a running total") if "running_total" in flags
               else translate("IncidentPanel", "retold from a rights group's report") if "rights_report" in flags
               else translate("IncidentPanel", "unlikely to be an incident, score %1").replace(
                   "%1", f"{float(item.get('confidence') or 0):.2f}") if "unlikely" in flags
               else translate("IncidentPanel", "no place to code it"))
        line = summary_text(item) or acled_name(item.get("sub_event_type"))
        label = _esc(f"{line} ({why})" if is_rtl() else isolate_arabic_runs(f"{line} ({why})"))
        if evidence:
            start, end = evidence[0]
            lines.append(f"<a href='evidence:{int(start)}:{int(end)}'>{label}</a>")
        else:
            lines.append(label)
    if len(set_aside) > SET_ASIDE_SHOWN:
        more = translate("IncidentPanel", "… and %n more", None, len(set_aside) - SET_ASIDE_SHOWN)
        lines.append(f"<span style='color:#777'>{_esc(more)}</span>")
    return ["<br>".join(lines)]


SET_ASIDE_SHOWN = 6  # the footer stays a footer on long articles
# core.incidents.INFERRED_SIDE (not imported: the package pulls the whole analysis in at start-up)
INFERRED_SIDE = "side_from_article"


def _none_counted(incidents: Sequence[Mapping[str, Any]]) -> str:
    """Why no listed incident counts, by `counts_as_incident`'s reasons: rejected, no event type
    (an orphan may have none), or an orphan whose event another incident tells (`superseded`)."""
    rejected = sum(1 for i in incidents if i.get("analyst_status") == "rejected")
    if rejected == len(incidents):
        return translate("IncidentPanel", "Every incident was rejected.")
    untyped = sum(1 for i in incidents if i.get("analyst_status") != "rejected" and not i.get("event_type"))
    parts = [translate("IncidentPanel", text).replace("%1", str(n)) for n, text in (
        (rejected, QT_TRANSLATE_NOOP("IncidentPanel", "rejected: %1")),
        (untyped, QT_TRANSLATE_NOOP("IncidentPanel", "no event type: %1")),
        (len(incidents) - rejected - untyped, QT_TRANSLATE_NOOP("IncidentPanel", "its event told by another incident: %1")),
    ) if n]
    return translate("IncidentPanel", "No incident is counted (%1).").replace(
        "%1", translate("IncidentPanel", ", ").join(parts))


def _count_or_unknown(incidents: Sequence[Mapping[str, Any]], key: str, counted: str, unknown: str) -> str:
    """The incidents' total of `key` («5 killed»), or «unknown» when no incident gives the figure
    (None: the article does not say). «0 injured» (Arabic «لا جرحى», "no injured") would claim
    what no article said; a 0 the analysis or the analyst did give is still shown as 0."""
    known = [int(i[key]) for i in incidents if i.get(key) is not None]
    if not known:
        return translate("IncidentPanel", unknown)
    return translate("IncidentPanel", counted, None, sum(known))


def _overview_html(incidents: Sequence[Mapping[str, Any]], summary: Mapping[str, Any] | None) -> str:
    if not incidents:
        return ""
    listed, incidents = incidents, [i for i in incidents if counts_as_incident(i)]
    if not incidents:
        return f"<p dir='auto' style='color:#555'>{_esc(_none_counted(listed))}</p>"
    text = " · ".join((translate_n("IncidentPanel", "%n incident(s)", len(incidents)),
                       _count_or_unknown(incidents, "fatalities", QT_TRANSLATE_NOOP("IncidentPanel", "%n killed"),
                                         QT_TRANSLATE_NOOP("IncidentPanel", "killed: unknown")),
                       _count_or_unknown(incidents, "injured", QT_TRANSLATE_NOOP("IncidentPanel", "%n injured"),
                                         QT_TRANSLATE_NOOP("IncidentPanel", "injured: unknown"))))
    text += translate("IncidentPanel", ". Select one to see its summary and evidence.")
    return f"<p dir='auto' style='color:#555'>{_esc(text)}</p>"
