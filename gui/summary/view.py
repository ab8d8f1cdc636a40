"""The Summary pane: totals by type, actor and governorate, incidents per day, and a map.

The pane only shows data: it asks for a refresh (`refreshRequested` with the chosen scope) and
the main window runs `gui.summary.data.compute_summary` as an Op and hands the result to
`set_data`. Clicking a point on the map is passed on as `pointActivated`.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QSizePolicy, QSplitter, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from core.export.totals import UNKNOWN, killed_text
from gui.bidi import isolate
from gui.i18n import acled_name, arabic_count, current_language, english_name, governorate_name, grouped, plural, translate_n
from gui.summary.chart import DayChart
from gui.summary.data import SCOPES, SummaryData
from gui.summary.map_view import MapView
from gui.tabs import tab_widget

# The heading's counted nouns in Arabic, in the order arabic_count() takes them.
ARABIC_HEADING_NOUNS: tuple[tuple[str, str, str, str, str], ...] = (
    ("حادثة واحدة", "حادثتان", "حوادث", "حادثةً", "حادثة"),
    ("مقال واحد", "مقالين", "مقالات", "مقالًا", "مقال"),
    ("قتيل واحد", "قتيلان", "قتلى", "قتيلًا", "قتيل"),
    ("جريح واحد", "جريحان", "جرحى", "جريحًا", "جريح"),
    ("أسير واحد", "أسيران", "أسرى", "أسيرًا", "أسير"),
    ("حادثة واحدة", "حادثتان", "حوادث", "حادثةً", "حادثة"),  # {5}: incidents with deaths of unknown number
)


def _link(href: str, text: str) -> str:
    return f"<a href='{href}'>{escape(text)}</a>"


class NoteLabel(QLabel):
    """A note of one line: its sentence elided to the width, followed by its links, the whole text
    as the tooltip. A note with more to say has a "How to date them…" link that shows it all
    (wrapped, with its own links) and a "Less" link that folds it back; the choice is kept over
    refreshes. On a 1366×768 screen the three wrapped lines it took left the summary's tables
    about two rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        # the one line never widens the pane: it is elided to the width it gets
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.expanded = False
        self._short = ""
        self._links: list[tuple[str, str]] = []
        self._full = ""
        self.linkActivated.connect(self._on_link)

    def set_note(self, short: str, links: list[tuple[str, str]], full_html: str = "", tooltip: str = "") -> None:
        """`short`: the plain sentence of the folded line; `links`: (href, text) after it; `full_html`:
        the whole note (rich text) that the "more" link shows, "" when the line says it all."""
        self._short, self._links, self._full = short, list(links), full_html
        self.setToolTip(tooltip or short)
        self._render()

    def is_folded(self) -> bool:
        return not (self.expanded and self._full)

    def _link_items(self) -> list[tuple[str, str]]:
        if not self._full:
            return self._links
        return [*self._links, ("more", self.tr("How to date them…"))]

    def _render(self) -> None:
        if not self.is_folded():
            self.setWordWrap(True)
            self.setText(self._full + " " + _link("less", self.tr("Less")))
            return
        self.setWordWrap(False)
        links = self._link_items()
        fm = self.fontMetrics()
        room = self.contentsRect().width() - sum(fm.horizontalAdvance(" " + text) for _h, text in links) - 4
        short = fm.elidedText(self._short, Qt.TextElideMode.ElideRight, max(room, fm.horizontalAdvance("…") * 4))
        self.setText(escape(short) + "".join(" " + _link(href, text) for href, text in links))

    def _on_link(self, link: str) -> None:
        if link in ("more", "less"):
            self.expanded = link == "more"
            self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.is_folded() and self._short:
            self._render()


class CountItem(QTableWidgetItem):
    """A number cell that sorts as a number."""

    def __init__(self, value: int, text: str | None = None) -> None:
        super().__init__(str(value) if text is None else text)
        self.setData(Qt.ItemDataRole.UserRole, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.data(Qt.ItemDataRole.UserRole) or 0) < int(other.data(Qt.ItemDataRole.UserRole) or 0)


class SummaryView(QWidget):
    refreshRequested = Signal(str)  # scope: "article" | "selected" | "search" | "library"
    pointActivated = Signal(int, int, int)  # article id, evidence start, end
    detailsRequested = Signal()  # the undated note's link: Article details… of the open article
    readDatesRequested = Signal()  # the undated note's link: File → Read dates from article text…

    def __init__(self, parent: QWidget | None = None, *, arabic_labels: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("summaryView")
        self.data: SummaryData | None = None
        self.scope = QComboBox()
        self.scope.setObjectName("summaryScope")
        for kind, text in zip(SCOPES, (self.tr("Open article"), self.tr("Selected articles"),
                                       self.tr("Library search and filters"), self.tr("The whole library")),
                              strict=True):
            self.scope.addItem(text, kind)
        self.scope.setToolTip(self.tr("Which articles the summary counts (the whole library: every article, "
                                      "whatever the library's search and filters)"))
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the summary again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.heading = QLabel(self.tr("No summary yet."))
        self.heading.setObjectName("summaryHeading")
        self.heading.setWordWrap(True)
        # Incidents without a day are left out of the chart: say so, and how to date them.
        self.dates_note = NoteLabel()
        self.dates_note.setObjectName("summaryDatesNote")
        self.dates_note.linkActivated.connect(self._on_dates_link)
        self.dates_note.hide()

        self.tables = tab_widget()
        self.tables.setObjectName("summaryTables")
        self.type_table = self._table([self.tr("Event type"), self.tr("Incidents"), self.tr("Killed")])
        self.actor_table = self._table([self.tr("Actor"), self.tr("Incidents")])
        self.place_table = self._table([self.tr("Governorate"), self.tr("Incidents"), self.tr("Killed")])
        self.tables.addTab(self.type_table, self.tr("By type"))
        self.tables.addTab(self.actor_table, self.tr("By actor"))
        self.tables.addTab(self.place_table, self.tr("By governorate"))

        self.chart = DayChart()
        self.map = MapView(arabic_labels=arabic_labels)
        self.map.pointActivated.connect(self.pointActivated)
        map_box = QWidget()
        map_col = QVBoxLayout(map_box)
        map_col.setContentsMargins(0, 0, 0, 0)
        map_col.setSpacing(2)
        map_bar = QHBoxLayout()
        self.map_note = QLabel("")
        self.map_note.setObjectName("paneFooter")
        map_bar.addWidget(self.map_note, 1)
        for text, tip, slot in (("+", self.tr("Zoom in"), self.map.zoom_in), ("−", self.tr("Zoom out"), self.map.zoom_out),
                                ("⤢", self.tr("Whole map"), self.map.fit)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            map_bar.addWidget(button)
        map_col.addLayout(map_bar)
        map_col.addWidget(self.map, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tables)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(map_box)
        # the tables, the chart and the map share a larger window 4:2:4 (the map had half: the tables
        # kept two rows at 1366×768); their first sizes: see default_splitter_sizes
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 4)
        self._splitter_sized = False

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Summarise:")))
        top.addWidget(self.scope, 1)
        top.addWidget(self.refresh_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(4, 4, 4, 4)
        col.addLayout(top)
        col.addWidget(self.heading)
        col.addWidget(self.dates_note)
        col.addWidget(self.splitter, 1)

        self.scope.currentIndexChanged.connect(lambda _i: self.refreshRequested.emit(self.scope_kind()))
        self.refresh_button.clicked.connect(lambda: self.refreshRequested.emit(self.scope_kind()))

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # rows of one line of text (the style's default is taller): more rows in the same room
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headers)):
            table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        return table

    # Shares of the splitter's height at first show: the tables 40% (seven rows or so at 1366×768),
    # the chart 20% (at least its 140 px), the map the rest (at least its 160 px).
    SPLITTER_SHARES = (0.40, 0.20)

    def default_splitter_sizes(self) -> None:
        total = sum(self.splitter.sizes()) or self.splitter.height()
        if total <= 0:
            return
        chart = max(int(total * self.SPLITTER_SHARES[1]), self.chart.minimumHeight())
        chart = min(chart, self.chart.maximumHeight())
        tables = int(total * self.SPLITTER_SHARES[0])
        map_min = self.map.minimumHeight() + 24  # the map's bar above it
        tables = max(min(tables, total - chart - map_min), 0)
        self.splitter.setSizes([tables, chart, total - tables - chart])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._splitter_sized:
            layout = self.layout()
            if layout is not None:
                layout.activate()
            if self.splitter.height() > 0:
                self._splitter_sized = True
                self.default_splitter_sizes()

    # -- state ------------------------------------------------------------------------------------
    def scope_kind(self) -> str:
        return str(self.scope.currentData())

    def set_scope_kind(self, kind: str, *, emit: bool = False) -> None:
        """Choose a scope of SCOPES; an unknown kind is an error (it used to choose the open article
        silently: a script asking for "corpus" got the open article's numbers)."""
        index = self.scope.findData(kind)
        if index < 0:
            raise ValueError(f"unknown summary scope {kind!r}; one of {', '.join(SCOPES)}")
        self.scope.blockSignals(not emit)
        self.scope.setCurrentIndex(index)
        self.scope.blockSignals(False)

    def set_loading(self) -> None:
        self.heading.setText(self.tr("Computing the summary…"))

    def set_message(self, text: str) -> None:
        self.heading.setText(text)

    def set_data(self, data: SummaryData) -> None:
        self.data = data
        t = data.totals
        counts: list[Any] = [int(t.get("incidents", 0)), int(data.articles), int(t.get("fatalities", 0)),
                             int(t.get("injured", 0)), int(t.get("captured", 0)), int(t.get("unknown_fatalities", 0))]
        # Incidents reporting deaths without a number add 0 to the total (ACLED), so the total is a
        # floor: said as the incident panel («القتلى: غير معروف») and the reports say it, never
        # "0 killed" alone.
        if not counts[5]:
            template = self.tr("{0} incident(s) in {1} article(s): {2} killed, {3} injured, {4} captured.")
        elif counts[2]:
            template = self.tr("{0} incident(s) in {1} article(s): {2} killed + {5} incident(s) with deaths of "
                               "unknown number, {3} injured, {4} captured.")
        else:
            template = self.tr("{0} incident(s) in {1} article(s): deaths of unknown number in {5} incident(s), "
                               "{3} injured, {4} captured.")
        template = plural(template, counts[0], counts[1], counts[5])
        if current_language() == "ar":  # each number with its noun in the agreeing form
            counts = [arabic_count(n, forms) for n, forms in zip(counts, ARABIC_HEADING_NOUNS)]
        # The Arabic translation has no nouns of its own ("{0} في {1}: {2}، {3}، {4}.").
        text = template.format(*counts)
        if t.get("folded_reports"):
            n = int(t["folded_reports"])
            text += " " + grouped(plural(self.tr("%n corroborating report(s) counted once.", "", n), n), n)
        self.heading.setText(text)
        self._fill(self.type_table, t.get("by_event_type", {}), t.get("fatalities_by_event_type", {}),
                   t.get("unknown_fatalities_by_event_type", {}))
        self._fill(self.actor_table, t.get("by_actor", {}), None)
        self._fill(self.place_table, t.get("by_governorate", {}), t.get("fatalities_by_governorate", {}),
                   t.get("unknown_fatalities_by_governorate", {}))
        self.chart.set_series(data.days)
        self._set_dates_note(int((t.get("by_day") or {}).get(UNKNOWN, 0)), data.scope.kind)
        self.map.set_points(data.points)
        self.map_note.setText(self.tr("{0} on the map, {1} without coordinates").format(
            len(data.points), data.unlocated))

    def _set_dates_note(self, undated: int, kind: str) -> None:
        """"No dated incidents" told why and what to do: an incident's day is its own date or its
        article's, so an undated incident of the open article means the article has no date
        (Article details… sets it); over several articles, File → Read dates from article text…
        dates those whose text says it."""
        if not undated:
            self.dates_note.hide()
            self.dates_note.set_note("", [])
            return
        if kind == "article":  # one line: the sentence and its link; the shortcut in the tooltip
            short = translate_n("SummaryView", "%n incident(s) without a date: the article has none.", undated)
            link = self.tr("Set the article's date…")
            self.dates_note.set_note(short, [("details", link)],
                                     tooltip=f"{short} {link} {self.tr('(Article details…, Ctrl+Shift+D)')}")
        else:  # one line; "How to date them…" shows the three ways
            short = translate_n("SummaryView", "Not in the day chart: %n incident(s) without a date (their "
                                               "articles have none).", undated)
            how = self.tr("Select them in the library and choose Set date of selected articles… "
                          "(right-click), or open one and use Article details… (Ctrl+Shift+D), or")
            read = self.tr("read the dates from the articles' text…")
            self.dates_note.set_note(short, [], full_html=f"{escape(short)} {escape(how)} {_link('read-dates', read)}",
                                     tooltip=f"{short} {how} {read}")
        self.dates_note.show()

    def _on_dates_link(self, link: str) -> None:
        if link in ("more", "less"):  # the note folds and unfolds itself
            return
        (self.detailsRequested if link == "details" else self.readDatesRequested).emit()

    def _fill(self, table: QTableWidget, counts: dict[str, int], killed: dict[str, int] | None,
              unknown: dict[str, int] | None = None) -> None:
        table.setSortingEnabled(False)
        table.setRowCount(len(counts))
        for row, (name, n) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))):
            shown = (acled_name(name) if table is self.type_table
                     else governorate_name(name) if table is self.place_table else self._actor_shown(name))
            item = QTableWidgetItem(isolate(shown))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(self._name_tooltip(table, name, shown))
            table.setItem(row, 0, item)
            table.setItem(row, 1, CountItem(int(n)))
            if killed is not None:
                table.setItem(row, 2, self._killed_item(int(killed.get(name, 0)), int((unknown or {}).get(name, 0))))
        table.setSortingEnabled(True)
        table.sortItems(1, Qt.SortOrder.DescendingOrder)

    def _killed_item(self, known: int, unknown: int) -> CountItem:
        """A row's killed cell as the heading says it: «12 + ?» when some of its incidents report deaths
        of unknown number (counted as 0, so 12 is a floor), «?» when only such; sorted by the 12."""
        mark = "؟" if current_language() == "ar" else "?"
        item = CountItem(known, killed_text(known, unknown, mark))
        item.setData(Qt.ItemDataRole.UserRole + 1, unknown)
        if unknown:
            item.setToolTip(translate_n("SummaryView", "{0} killed + %n incident(s) with deaths of unknown number",
                                        unknown).format(known))
        return item

    def _actor_shown(self, name: str) -> str:
        """An actor's canonical Arabic name in the Arabic interface; its English (ACLED) name, the
        row's key for filters and exports, otherwise and as the tooltip."""
        if current_language() == "ar" and self.data is not None:
            return self.data.actor_names_ar.get(name, name)
        return english_name(name)  # an actor of no English name is keyed on its Arabic

    def _name_tooltip(self, table: QTableWidget, name: str, shown: str) -> str:
        """The row's stored name (ACLED's English one) or, in the English interface, the Arabic of
        an actor or a governorate shown in Latin letters (the canonical Arabic of an actor)."""
        if current_language() == "ar":
            return name
        if table is self.actor_table and self.data is not None and name in self.data.actor_names_ar:
            return self.data.actor_names_ar[name]
        return name

    def table_rows(self, table: QTableWidget) -> list[tuple[Any, ...]]:
        """(name, counts…) per row as shown — for tests and copy-out."""
        return [tuple([table.item(r, 0).data(Qt.ItemDataRole.UserRole)]
                      + [int(table.item(r, c).data(Qt.ItemDataRole.UserRole)) for c in range(1, table.columnCount())])
                for r in range(table.rowCount())]
