"""The incidents pane: the coded incidents of the open article and the selected one's summary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QTextBrowser,
                               QVBoxLayout, QWidget)

from gui import theme
from gui.incidents.model import IncidentTableModel, first_evidence


class IncidentPanel(QWidget):
    """Selecting an incident emits `evidenceRequested(start, end)` for the reader."""

    evidenceRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidents")
        self.model = IncidentTableModel(self)
        self.title = QLabel("Incidents")
        self.title.setObjectName("paneTitle")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(self.model.default_widths()):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.summary = QTextBrowser()
        self.summary.setObjectName("incidentSummary")
        self.summary.setOpenLinks(False)
        self.summary.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.empty = QLabel("")
        self.empty.setObjectName("paneFooter")
        self.empty.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("incidentSplit")
        split.addWidget(self.table)
        split.addWidget(self.summary)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty)

        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.set_incidents([])

    def set_incidents(self, incidents: Sequence[Mapping[str, Any]], article_summary: Mapping[str, Any] | None = None) -> None:
        self.model.set_incidents(incidents)
        self.title.setText(f"Incidents ({len(incidents)})" if incidents else "Incidents")
        self.empty.setText("" if incidents else "No incidents coded in this article yet.")
        self.summary.setHtml(_overview_html(incidents, article_summary))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if not rows:
            return
        incident = self.model.incident(min(rows))
        self.summary.setHtml(_incident_html(incident))
        span = first_evidence(incident)
        if span is not None:
            self.evidenceRequested.emit(*span)


def _esc(text: Any) -> str:
    from html import escape

    return escape("" if text is None else str(text))


def _incident_html(inc: Mapping[str, Any]) -> str:
    ar = inc.get("summary_ar") or ""
    en = inc.get("summary_en") or ""
    head = f"{_esc(inc.get('event_type'))} · {_esc(inc.get('sub_event_type'))}"
    parts = [f"<p dir='ltr' style='color:#555'>{head}</p>"]
    if ar:
        parts.append(f"<p dir='rtl' style='font-family:\"{theme.READER_FAMILY}\"; font-size:14pt'>{_esc(ar)}</p>")
    if en:
        parts.append(f"<p dir='ltr'>{_esc(en)}</p>")
    if not (ar or en):
        parts.append("<p dir='ltr' style='color:#888'>No summary.</p>")
    return "".join(parts)


def _overview_html(incidents: Sequence[Mapping[str, Any]], summary: Mapping[str, Any] | None) -> str:
    if not incidents:
        return ""
    killed = sum(int(i.get("fatalities") or 0) for i in incidents)
    injured = sum(int(i.get("injured") or 0) for i in incidents)
    return (f"<p dir='ltr' style='color:#555'>{len(incidents)} incidents · {killed} killed · {injured} injured."
            f" Select one to see its summary and evidence.</p>")
