"""Qt table adapter over incident dicts (`core.incidents.model.Incident.to_dict()`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gui.bidi import isolate

INCIDENT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def _actor(key: str) -> Callable[[Mapping[str, Any]], str]:
    def get(inc: Mapping[str, Any]) -> str:
        actor = inc.get(key) or {}
        return actor.get("name_ar") or actor.get("text") or actor.get("name_en") or ""

    return get


def _location(inc: Mapping[str, Any]) -> str:
    loc = inc.get("location") or {}
    return loc.get("name_ar") or loc.get("text") or loc.get("name_en") or ""


def _number(key: str) -> Callable[[Mapping[str, Any]], str]:
    def get(inc: Mapping[str, Any]) -> str:
        value = inc.get(key)
        return "" if value is None else str(value)

    return get


def _confidence(inc: Mapping[str, Any]) -> str:
    value = inc.get("confidence")
    return "" if value is None else f"{float(value):.0%}"


# (header, how to read the cell, is it a number to right-align, default width in px)
COLUMNS: tuple[tuple[str, Callable[[Mapping[str, Any]], str], bool, int], ...] = (
    ("Event type", lambda i: i.get("event_type") or "", False, 110),
    ("Sub-event", lambda i: i.get("sub_event_type") or "", False, 120),
    ("Location", _location, False, 90),
    ("Killed", _number("fatalities"), True, 46),
    ("Injured", _number("injured"), True, 52),
    ("Captured", _number("captured"), True, 62),
    ("Actor 1", _actor("actor1"), False, 120),
    ("Actor 2", _actor("actor2"), False, 120),
    ("Date", lambda i: i.get("date") or "", False, 84),
    ("Conf.", _confidence, True, 48),
)


class IncidentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Mapping[str, Any]] = []

    def set_incidents(self, incidents: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(incidents)
        self.endResetModel()

    def incident(self, row: int) -> Mapping[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section][0]
        return None

    @staticmethod
    def default_widths() -> list[int]:
        return [c[3] for c in COLUMNS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        inc = self._rows[index.row()]
        header, read, numeric, _ = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(read(inc))
        if role == Qt.ItemDataRole.ToolTipRole:  # the full cell (it may be elided) and the summary
            summary = inc.get("summary_ar") or inc.get("summary_en") or ""
            return "\n".join(x for x in (f"{header}: {read(inc)}" if read(inc) else "", summary) if x) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == INCIDENT_ROLE:
            return inc
        return None


def first_evidence(incident: Mapping[str, Any]) -> tuple[int, int] | None:
    """(start, end) of the incident's first evidence span, in code points."""
    spans = []
    for ev in incident.get("evidence") or []:
        try:
            start, end = (int(ev["start"]), int(ev["end"])) if isinstance(ev, Mapping) else (int(ev[0]), int(ev[1]))
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if start < end:
            spans.append((start, end))
    return min(spans) if spans else None
