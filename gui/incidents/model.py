"""Qt table adapter over incident dicts (`core.incidents.model.Incident.to_dict()`).

Incidents come from `core.store.get_incidents`, with the analyst's overrides merged in: the
cells holding an analyst value are bold and blue, rejected incidents are struck out and grey,
and the first column says what the analyst decided. The second says how many other articles
report the same incident (`core.store.corroborations`, given by `set_corroborations`), its
tooltip which ones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QColor, QFont

from core.store.corroborations import incident_key
from core.text.transliterate import english_summary
from gui.bidi import isolate, isolate_auto
from gui.i18n import acled_name, entity_name, entity_tooltip, is_rtl, place_name, translate_n
from gui.incidents.corrections import analyst_fields

translate = QCoreApplication.translate

INCIDENT_ROLE = Qt.ItemDataRole.UserRole + 1
REPORTS_ROLE = Qt.ItemDataRole.UserRole + 2  # the other articles' reports of the row's incident
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the cell's sort key (`sort_key`); None: unknown, sorted last

Index = QModelIndex | QPersistentModelIndex


def _actor(key: str) -> Callable[[Mapping[str, Any]], str]:
    """An actor's name in the interface's language (`entity_name`: English or spelled in Latin
    letters in the English interface, Arabic in the Arabic one)."""
    def get(inc: Mapping[str, Any]) -> str:
        return entity_name(inc.get(key) or {})

    return get


def _location(inc: Mapping[str, Any]) -> str:
    return place_name(inc.get("location") or {})


# The columns whose cell is a name: its tooltip gives the other language's name too.
NAMED_FIELDS = ("location", "actor1", "actor2")


def _number(key: str) -> Callable[[Mapping[str, Any]], str]:
    def get(inc: Mapping[str, Any]) -> str:
        value = inc.get(key)
        return "" if value is None else str(value)

    return get


def _confidence(inc: Mapping[str, Any]) -> str:
    value = inc.get("confidence")
    return "" if value is None else f"{float(value):.0%}"


# The analyst's decision, as a one-character mark and a word for the tooltip.
STATUS_MARKS = {"confirmed": ("✓", QT_TRANSLATE_NOOP("IncidentTableModel", "Confirmed by the analyst")),
                "rejected": ("✗", QT_TRANSLATE_NOOP("IncidentTableModel", "Rejected by the analyst")),
                "edited": ("✎", QT_TRANSLATE_NOOP("IncidentTableModel", "Corrected by the analyst")),
                "added": ("+", QT_TRANSLATE_NOOP("IncidentTableModel", "Added by the analyst"))}
ANALYST_COLOR = "#1f4e9c"
REJECTED_COLOR = "#9a9a9a"


def _status(inc: Mapping[str, Any]) -> str:
    mark = STATUS_MARKS.get(inc.get("analyst_status") or "", ("", ""))[0]
    if inc.get("analyst_confirmed") and inc.get("analyst_status") != "rejected":
        mark = "✓" + ("" if mark == "✓" else mark)
    return mark + ("?" if inc.get("orphaned") else "")


def status_text(inc: Mapping[str, Any]) -> str:
    """The analyst's decision in words ("" when the incident is the machine's, untouched)."""
    words = [translate("IncidentTableModel", STATUS_MARKS[s][1])
             for s in (inc.get("analyst_status"),) if s in STATUS_MARKS]
    if inc.get("analyst_confirmed") and inc.get("analyst_status") != "rejected":
        words.insert(0, translate("IncidentTableModel", "Confirmed"))
    if inc.get("orphaned"):
        words.append(translate("IncidentTableModel", "the machine no longer finds this incident after re-analysis"))
        words.append(_orphan_count_text(inc))
    return translate("IncidentTableModel", "; ").join(w for w in words if w)


def _orphan_count_text(inc: Mapping[str, Any]) -> str:
    """Whether an orphan still counts, and why not when it does not (`counts_as_incident`)."""
    if inc.get("analyst_status") == "rejected":
        return ""  # not counted, as rejected; Restore takes back the rejection only
    if inc.get("superseded"):
        return translate("IncidentTableModel", "not counted: a re-analysis tells its event once, in another "
                                               "incident you corrected; Restore counts it again as your own")
    return translate("IncidentTableModel", "kept and counted with your values")


ALSO_COLUMN = 1  # "Also in": the number of other articles reporting the incident
EVENT_TYPE_COLUMN = 2  # wraps onto two lines rather than elide (gui.incidents.panel.WrappingDelegate)
SUB_EVENT_COLUMN = 7  # wraps too: at 130 px no sub-event type needs three lines

# (header, how to read the cell, is it a number to right-align, default width in px, incident field)
COLUMNS: tuple[tuple[str, Callable[[Mapping[str, Any]], str], bool, int, str], ...] = (
    ("", _status, False, 26, ""),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Also in"), lambda i: "", False, 58, ""),  # filled from the reports
    # the place and the counts come before the sub-event so that at the default pane width they are
    # on screen without scrolling, even with "Also in" shown (the sub-event wraps like the event type)
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Event type"), lambda i: acled_name(i.get("event_type")), False, 110,
     "event_type"),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Location"), _location, False, 84, "location"),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Killed"), _number("fatalities"), True, 46, "fatalities"),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Injured"), _number("injured"), True, 52, "injured"),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Captured"), _number("captured"), True, 62, "captured"),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Sub-event"), lambda i: acled_name(i.get("sub_event_type")), False, 130,
     "sub_event_type"),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Actor 1"), _actor("actor1"), False, 120, "actor1"),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Actor 2"), _actor("actor2"), False, 120, "actor2"),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Date"), lambda i: i.get("date") or "", False, 84, "date"),
    (QT_TRANSLATE_NOOP("IncidentTableModel", "Conf."), _confidence, True, 48, ""),
)
CONFIDENCE_COLUMN = len(COLUMNS) - 1  # "Conf.", the last


class IncidentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Mapping[str, Any]] = []
        self._reports: Mapping[str, Sequence[Mapping[str, Any]]] = {}

    def set_incidents(self, incidents: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(incidents)
        self.endResetModel()

    def set_corroborations(self, reports: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """{incident key: other articles' reports} (`core.store.corroborations.corroborating_reports`)."""
        self._reports = dict(reports)
        if self._rows:
            self.dataChanged.emit(self.index(0, ALSO_COLUMN), self.index(len(self._rows) - 1, ALSO_COLUMN))

    def reports(self, row: int) -> list[Mapping[str, Any]]:
        """Other articles' reports of the incident in `row`, oldest article first."""
        return list(self._reports.get(incident_key(self._rows[row]), ())) if 0 <= row < len(self._rows) else []

    def incident(self, row: int) -> Mapping[str, Any]:
        return self._rows[row]

    def incidents(self) -> list[Mapping[str, Any]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][0]) if COLUMNS[section][0] else ""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(COLUMNS):
            # the whole name (a narrow header elides it) or what an abbreviated or blank one means
            header = COLUMNS[section][0]
            explained = {"": self.tr("The analyst's decision: ✓ confirmed, ✎ corrected, ✗ rejected, + added"),
                         "Conf.": self.tr("The machine's confidence in this incident"),
                         "Also in": self.tr("Other articles that report this incident")}
            return "\n".join((explained.get(header) or self.tr(header),
                              self.tr("Right-click the header to show or hide the injured, the captured, the actors, "
                                      "the date and the confidence.")))
        return None

    @staticmethod
    def default_widths() -> list[int]:
        return [c[3] for c in COLUMNS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        inc = self._rows[index.row()]
        if index.column() == ALSO_COLUMN or role == REPORTS_ROLE:
            return self._also_data(index.row(), role)
        header, read, numeric, _, key = COLUMNS[index.column()]
        rejected = inc.get("analyst_status") == "rejected"
        mine = bool(key) and key in analyst_fields(inc)
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(read(inc))
        if role == Qt.ItemDataRole.ToolTipRole:  # the full cell (it may be elided) and the summary
            summary = summary_text(inc)
            who = " " + self.tr("(analyst)") if mine else ""
            cell = f"{self.tr(header)}{who}: {read(inc)}" if header and read(inc) else ""
            other = entity_tooltip(inc.get(key) or {}, place=key == "location") if cell and key in NAMED_FIELDS else ""
            cell += f" ({isolate_auto(other)})" if other else ""
            return "\n".join(x for x in (status_text(inc), cell, summary) if x) or None
        if role == Qt.ItemDataRole.FontRole and (mine or rejected):
            font = QFont()
            font.setBold(mine and not rejected)
            font.setStrikeOut(rejected and bool(key))
            return font
        if role == Qt.ItemDataRole.ForegroundRole and inc.get("superseded"):
            return QColor(REJECTED_COLOR)  # listed, not counted
        if role == Qt.ItemDataRole.ForegroundRole and (mine or rejected):
            return QColor(REJECTED_COLOR if rejected else ANALYST_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and (numeric or not header):
            return int((Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignCenter)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == INCIDENT_ROLE:
            return inc
        if role == SORT_ROLE:
            return sort_key(inc, index.column())
        return None

    def _also_data(self, row: int, role: int) -> Any:
        reports = self.reports(row)
        if role == REPORTS_ROLE:
            return reports
        if role == INCIDENT_ROLE:
            return self._rows[row]
        if role == SORT_ROLE:
            return len(reports) or None
        if not reports:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(f"⇄ {len(reports)}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return reports_tooltip(reports)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(ANALYST_COLOR)
        return None


NUMBER_FIELDS = ("fatalities", "injured", "captured")


def sort_key(inc: Mapping[str, Any], column: int) -> Any:
    """What a column sorts by: numbers as numbers (10 after 9), names and types case-folded as
    shown, the date as its ISO text; None when the cell is unknown (an untold toll, no place),
    which `IncidentSortProxy` keeps last whichever way the column is sorted."""
    key = COLUMNS[column][4]
    if key in NUMBER_FIELDS:
        value = inc.get(key)
        try:
            return None if value is None or value == "" else int(value)
        except (TypeError, ValueError):
            return None
    if column == CONFIDENCE_COLUMN:
        value = inc.get("confidence")
        return None if value is None else float(value)
    text = COLUMNS[column][1](inc)
    return text.casefold() if text else None


class IncidentSortProxy(QSortFilterProxyModel):
    """Sorts and filters the incident table without touching `IncidentTableModel`'s rows (the
    panel maps every row it uses through it). The filter is text matched, folded, against the
    event type, sub-event, place and actors, in both languages' names."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def set_filter_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_active(self) -> bool:
        """Whether a filter text is set (the table may then show fewer rows than the model has)."""
        return bool(self._needle)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        if not self._needle:
            return True
        model = self.sourceModel()
        inc = model.incident(source_row) if isinstance(model, IncidentTableModel) else {}
        return self._needle in filter_haystack(inc)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt override
        """Unknown (None) last in both directions: Qt sorts descending by swapping the operands,
        so a None is "greater" going up and "less" going down."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if a is None or b is None:
            if (a is None) == (b is None):
                return self._in_text_order(left, right)
            return (a is None) if descending else (b is None)
        if type(a) is not type(b) and not all(isinstance(x, (int, float)) for x in (a, b)):
            a, b = str(a), str(b)
        if a == b:
            return self._in_text_order(left, right)
        return a < b

    def _in_text_order(self, left: Index, right: Index) -> bool:
        """Ties keep the article's order whichever way the column is sorted."""
        if self.sortOrder() == Qt.SortOrder.DescendingOrder:
            return left.row() > right.row()
        return left.row() < right.row()


def filter_haystack(inc: Mapping[str, Any]) -> str:
    """The text the incident filter looks in: the shown names and types, both languages' names,
    and the place's governorate («حلب» finds an incident at Tall Rif'at in Aleppo governorate;
    before, a governorate filtered out every incident coded at a town of it)."""
    place = inc.get("location") or {}
    parts = [acled_name(inc.get("event_type")), acled_name(inc.get("sub_event_type")),
             str(inc.get("event_type") or ""), str(inc.get("sub_event_type") or ""), _location(inc),
             str(inc.get("admin1") or "")]
    if isinstance(place, Mapping):
        parts += [str(place[k]) for k in ("admin1_ar", "admin1_en") if place.get(k)]
    for key in NAMED_FIELDS:
        value = inc.get(key) or {}
        if isinstance(value, Mapping):
            parts += [str(v) for k, v in value.items() if k in ("name", "name_ar", "name_en", "text") and v]
    parts += [entity_name(inc.get(k) or {}) for k in ("actor1", "actor2")]
    return "\n".join(parts).casefold()


def summary_text(inc: Mapping[str, Any]) -> str:
    """The incident's one-line summary in the interface's language (core writes both, "Shelling by
    … in Ibb" and «قصف … في إب»); the other one when that one is empty. The English one names an
    actor or a place of no English name in Latin letters («… in معسكر لبوزة» → "… in Labouza
    Camp"), as the reports do (`core.text.transliterate.english_summary`)."""
    ar, en = str(inc.get("summary_ar") or ""), str(inc.get("summary_en") or "")
    return (ar or en) if is_rtl() else (english_summary(inc) if en else ar)


def also_reported_text(count: int) -> str:
    """"Also reported in N other article(s)" (the panel's line and the tooltip's head)."""
    return translate_n("IncidentTableModel", "Also reported in %n other article(s)", count)


def report_label(report: Mapping[str, Any]) -> str:
    """«title» (date) of another article's report, isolated so a Latin title or a date keeps its order."""
    title = str(report.get("title") or "") or translate("IncidentTableModel", "(untitled)")
    day = str(report.get("published") or "")[:10] or translate("IncidentTableModel", "date unknown")
    return f"{isolate_auto(title)} ({isolate_auto(day)})"


def reports_tooltip(reports: Sequence[Mapping[str, Any]]) -> str:
    lines = [also_reported_text(len(reports)) + ":"]
    lines += [f"• {report_label(r)}" for r in reports]
    lines.append(translate("IncidentTableModel", "Double-click or right-click to open one at this incident."))
    return "\n".join(lines)


def first_evidence(incident: Mapping[str, Any]) -> tuple[int, int] | None:
    """(start, end) of the incident's first evidence span, in code points."""
    spans = spans_of(incident, "evidence")
    return spans[0] if spans else None


def evidence_spans(incident: Mapping[str, Any]) -> list[tuple[int, int]]:
    """Every evidence span of the incident, in text order (the first may be the headline)."""
    return spans_of(incident, "evidence")


def figure_spans(incident: Mapping[str, Any]) -> list[tuple[int, int]]:
    """Where the incident's figures (killed, injured, captured) are told, in code points: often
    another clause than its evidence. An incident stored before figures were kept has none."""
    return spans_of(incident, "figures")


def spans_of(incident: Mapping[str, Any], key: str) -> list[tuple[int, int]]:
    """The incident's non-empty (start, end) spans under `key`, in text order, stored as
    {"start", "end"} or as pairs; malformed ones are left out."""
    spans = []
    for ev in incident.get(key) or []:
        try:
            start, end = (int(ev["start"]), int(ev["end"])) if isinstance(ev, Mapping) else (int(ev[0]), int(ev[1]))
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if start < end:
            spans.append((start, end))
    return sorted(spans)
