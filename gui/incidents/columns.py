"""How the incident table's columns share the width of its pane.

The table has more columns than fit the pane at the default layout (1400×900: a viewport of
about 450 px; the columns' default widths added up to 940 px, and the headers alone, unclipped,
to about 580). So:

- the actors, the date and the confidence are hidden at first; the header's context menu shows
  or hides them (remembered in QSettings), and the details under the table name them for the
  selected incident;
- the captured and then the injured give way when the shown columns do not fit the viewport at
  their minimums with the place at about twelve characters and the event type and sub-event on
  two lines (a 1100 px window: the sub-event and the captured were scrolled out of sight; at
  1366 px, in English, the place was elided to «Az Zab…», worse with the sort arrow on Killed),
  and come back when there is room again; the details name them meanwhile. Shown or hidden from the
  header's menu, the analyst's choice holds at any width (remembered). The width they are chosen
  for leaves out the table's vertical scroll bar: a long list keeps the columns a short one shows
  (at 1400×900 the sample's Captured gave way to the bar), and they are fitted to the viewport;
- every shown column is at least as wide as its header (never clipped) and as its widest
  possible content: a count, a date, one word of an event type or sub-event (they wrap);
- what is left goes first to the event type and the sub-event until every ACLED name takes at
  most two lines, then to the place, then to all the text columns by their default widths, so the
  columns fill the viewport exactly, in either direction. Only when the minimums do not fit
  (a narrow pane, or the analyst keeps the counts) does the table scroll sideways.

The columns are fitted again when the viewport's width, the font or the shown columns change; a
column the analyst drags keeps its width until then.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMenu, QStyle, QTableView

from gui.i18n import acled_name
from gui.incidents.corrections import taxonomy
from gui.headers import section_width
from gui.incidents.model import ALSO_COLUMN, COLUMNS, EVENT_TYPE_COLUMN, SUB_EVENT_COLUMN

translate = QCoreApplication.translate

HEADERS = [c[0] for c in COLUMNS]
LOCATION_COLUMN = HEADERS.index("Location")
ACTOR_COLUMNS = (HEADERS.index("Actor 1"), HEADERS.index("Actor 2"))
# Shown or hidden by the analyst (the header's context menu); hidden at first: with them the
# columns do not fit the pane at the default layout. The details under the table name them.
OPTIONAL_COLUMNS = (*ACTOR_COLUMNS, HEADERS.index("Date"), HEADERS.index("Conf."))
SETTING = "incidents/shownColumns"  # the English headers of the optional columns shown
# Given up, in this order, when the pane is too narrow for every shown column; back, in the
# reverse order, when there is room. Useful, but less than the place, the killed and the sub-event.
NARROW_COLUMNS = (HEADERS.index("Captured"), HEADERS.index("Injured"))
KEPT = "incidents/keptColumns"  # the English headers of the NARROW_COLUMNS the analyst shows at any width
DROPPED = "incidents/droppedColumns"  # … and those hidden at any width
# the header menu's columns, in the table's order: the counts, then the actors, the date, the confidence
MENU_COLUMNS = tuple(sorted((*NARROW_COLUMNS, *OPTIONAL_COLUMNS)))
# Take what is left over, in this order of need (see the module's doc).
WRAPPING = (EVENT_TYPE_COLUMN, SUB_EVENT_COLUMN)
FLEXIBLE = (EVENT_TYPE_COLUMN, SUB_EVENT_COLUMN, LOCATION_COLUMN, *ACTOR_COLUMNS)
NEEDED = (EVENT_TYPE_COLUMN, SUB_EVENT_COLUMN, LOCATION_COLUMN)  # their wants count before the counts
CELL_MARGIN = 10  # the cell's text margins and the focus frame, both sides
# the widest text a fixed-content column shows
SAMPLES = {0: "✓✎", ALSO_COLUMN: "⇄ 99", HEADERS.index("Killed"): "9999", HEADERS.index("Injured"): "9999",
           HEADERS.index("Captured"): "9999", HEADERS.index("Date"): "2015-08-01", HEADERS.index("Conf."): "100%"}


def _pieces(text: str) -> list[str]:
    """Where the wrapping delegate may break a line: after a space, after a "/"."""
    return [p for p in re.split(r"(?<=/)|(?<= )", text) if p]


def wrap_widths(names: Iterable[str], fm: QFontMetrics) -> tuple[int, int]:
    """(text width of the longest unbreakable piece, text width at which every name takes at most two lines)."""
    word = two = 0
    for name in names:
        pieces = _pieces(name)
        word = max(word, *(fm.horizontalAdvance(p.rstrip()) for p in pieces))
        # the best break into two lines: the wider line as narrow as it can be
        two = max(two, min(max(fm.horizontalAdvance("".join(pieces[:i]).rstrip()),
                               fm.horizontalAdvance("".join(pieces[i:]).rstrip()))
                           for i in range(1, len(pieces) + 1)))
    return word, two


def fit_widths(available: int, minimums: dict[int, int], wants: dict[int, int],
               order: Sequence[int], weights: dict[int, int]) -> dict[int, int]:
    """Widths of the shown columns: each its minimum; what is left first raises the columns of
    `order` to what they want, in that order, then is shared by the `weights` columns in
    proportion (the last one takes the rounding), so the widths add up to `available`. When the
    minimums alone are wider than `available` they are kept (the table scrolls)."""
    widths = dict(minimums)
    spare = available - sum(widths.values())
    for col in order:
        if spare <= 0:
            break
        if col in widths:
            extra = min(spare, max(0, wants.get(col, 0) - widths[col]))
            widths[col] += extra
            spare -= extra
    shared = [c for c in weights if c in widths]
    if spare > 0 and shared:
        total = sum(weights[c] for c in shared)
        given = 0
        for col in shared[:-1]:
            extra = spare * weights[col] // total
            widths[col] += extra
            given += extra
        widths[shared[-1]] += spare - given
    return widths


class ColumnFitter(QObject):
    """Fits `table`'s columns to its viewport (see the module's doc) and gives its header a
    menu to show or hide the optional columns."""

    def __init__(self, table: QTableView, on_columns_changed: object = None) -> None:
        super().__init__(table)
        self.table = table
        self._on_columns_changed = on_columns_changed
        self._fitting = False
        settings = QSettings()
        shown = settings.value(SETTING, [], type=list) or []
        for col in OPTIONAL_COLUMNS:
            table.setColumnHidden(col, HEADERS[col] not in shown)
        self._kept = set(settings.value(KEPT, [], type=list) or [])
        self._dropped = set(settings.value(DROPPED, [], type=list) or []) - self._kept
        for col in NARROW_COLUMNS:
            table.setColumnHidden(col, HEADERS[col] in self._dropped)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # the fit fills the viewport itself
        # in a narrow pane the last columns scroll into view whole, not a column at a time
        table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.on_header_menu)
        header.sortIndicatorChanged.connect(lambda *_: self.fit())  # the sorted column takes its arrow's room
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        table.installEventFilter(self)

    # -- widths -----------------------------------------------------------------------------
    def minimum_widths(self, wraps: dict[int, tuple[int, int]], columns: Iterable[int] | None = None) -> dict[int, int]:
        """The narrowest widths of `columns` (the shown ones by default): the header unclipped, the
        widest content whole."""
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        out = {}
        for col in self.shown_columns() if columns is None else columns:
            width = section_width(header, col)  # the sort arrow's room in the sorted column only
            if col in SAMPLES:
                width = max(width, fm.horizontalAdvance(SAMPLES[col]) + CELL_MARGIN)
            elif col in WRAPPING:
                width = max(width, wraps[col][0] + CELL_MARGIN)
            else:  # a place or an actor: elided, its whole name in the tooltip
                width = max(width, fm.horizontalAdvance("0") * 5 + CELL_MARGIN)
            out[col] = width
        return out

    def needed_width(self, wraps: dict[int, tuple[int, int]], columns: Iterable[int] | None = None) -> int:
        """What `columns` (the shown ones by default) take with nothing elided nor on three lines:
        their minimums, the place's twelve characters, the wrapping columns' two lines. The counts
        give way while it is wider than the viewport: less useful than a whole place name."""
        minimums = self.minimum_widths(wraps, columns)
        wants = self.wanted_widths(wraps)
        return sum(max(width, wants[col]) if col in NEEDED else width for col, width in minimums.items())

    def wanted_widths(self, wraps: dict[int, tuple[int, int]]) -> dict[int, int]:
        """What the text columns take before any spare room is shared: two lines at most for the
        wrapping ones, about twelve characters for a place or an actor."""
        fm = self.table.fontMetrics()
        wants = {col: wraps[col][1] + CELL_MARGIN for col in WRAPPING}
        for col in (LOCATION_COLUMN, *ACTOR_COLUMNS):
            wants[col] = fm.averageCharWidth() * 12 + CELL_MARGIN
        return wants

    def _wrap(self, col: int) -> tuple[int, int]:
        names = taxonomy() if col == EVENT_TYPE_COLUMN else [sub for subs in taxonomy().values() for sub in subs]
        return wrap_widths([acled_name(n) for n in names], self.table.fontMetrics())

    def shown_columns(self) -> list[int]:
        return [c for c in range(self.table.model().columnCount()) if not self.table.isColumnHidden(c)]

    def auto_columns(self) -> list[int]:
        """The NARROW_COLUMNS the analyst has not shown or hidden from the menu: the width decides."""
        return [c for c in NARROW_COLUMNS if HEADERS[c] not in self._kept and HEADERS[c] not in self._dropped]

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            wraps = {col: self._wrap(col) for col in WRAPPING}  # measured once a fit, for both
            changed = self._give_way(wraps)
            self._resize(wraps)
        finally:
            self._fitting = False
        if changed and callable(self._on_columns_changed):
            self._on_columns_changed()

    def _resize(self, wraps: dict[int, tuple[int, int]]) -> None:
        widths = fit_widths(self.table.viewport().width(), self.minimum_widths(wraps), self.wanted_widths(wraps),
                            (EVENT_TYPE_COLUMN, SUB_EVENT_COLUMN, LOCATION_COLUMN),
                            {c: COLUMNS[c][3] for c in FLEXIBLE})
        header = self.table.horizontalHeader()
        for col, width in widths.items():
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)

    def _give_way(self, wraps: dict[int, tuple[int, int]]) -> bool:
        """Show the auto columns that fit again (the last given up first), then hide them, the
        captured first, while the shown columns are wider than the room (`_room`). True when the
        shown columns changed."""
        table, width = self.table, self._room()
        viewport = table.viewport().width()
        auto = self.auto_columns()
        changed = False
        for col in reversed(auto):
            if not table.isColumnHidden(col):
                continue
            if not self._fits(wraps, [*self.shown_columns(), col], width, viewport):
                break
            table.setColumnHidden(col, False)
            changed = True
        for col in auto:
            if self._fits(wraps, self.shown_columns(), width, viewport):
                break
            if not table.isColumnHidden(col):
                table.setColumnHidden(col, True)
                changed = True
        return changed

    def _fits(self, wraps: dict[int, tuple[int, int]], columns: list[int], width: int, viewport: int) -> bool:
        """`columns` fit `width` with nothing elided nor on three lines, and the viewport at their minimums."""
        return (self.needed_width(wraps, columns) <= width
                and sum(self.minimum_widths(wraps, columns).values()) <= viewport)

    def _room(self) -> int:
        """The width the shown columns are chosen for: the viewport's, with the room of the table's
        vertical scroll bar when it shows. The bar comes with a ninth incident or a short pane; a
        column given up for it (at 1400×900 the sample's Captured went when its table scrolled) came
        back with the bar's going: which columns show does not hang on how many rows are in sight.
        The columns are then fitted to the viewport (the place gives the bar its room first)."""
        bar = self.table.verticalScrollBar()
        width = self.table.viewport().width()
        if bar.isVisible():
            width += self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
        return width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # the event's type first: a table being deleted still sends its viewport events
        kind = event.type()
        if ((kind == QEvent.Type.Resize and watched is self._viewport
             and event.size().width() != event.oldSize().width())
                or (kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and watched is self.table)):
            self.fit()
        return super().eventFilter(watched, event)

    # -- the optional columns -----------------------------------------------------------------
    def header_menu(self) -> QMenu:
        menu = QMenu(self.table)
        for col in MENU_COLUMNS:
            action = menu.addAction(translate("IncidentTableModel", HEADERS[col]))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.show_column(c, on))
        return menu

    def on_header_menu(self, pos: QPoint) -> None:
        menu = self.header_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def show_column(self, col: int, shown: bool) -> None:
        """Show or hide an optional column (or, at any width from now on, a narrow one), remember
        it, and fit the columns again."""
        self.table.setColumnHidden(col, not shown)
        settings = QSettings()
        if col in NARROW_COLUMNS:
            (self._kept if shown else self._dropped).add(HEADERS[col])
            (self._dropped if shown else self._kept).discard(HEADERS[col])
            settings.setValue(KEPT, [HEADERS[c] for c in NARROW_COLUMNS if HEADERS[c] in self._kept])
            settings.setValue(DROPPED, [HEADERS[c] for c in NARROW_COLUMNS if HEADERS[c] in self._dropped])
        else:
            settings.setValue(SETTING, [HEADERS[c] for c in OPTIONAL_COLUMNS if not self.table.isColumnHidden(c)])
        self.fit()
        if callable(self._on_columns_changed):
            self._on_columns_changed()
