"""The incidents pane: coded incidents of the open article."""

from gui.incidents.model import IncidentTableModel, figure_spans, first_evidence
from gui.incidents.panel import IncidentPanel

__all__ = ["IncidentPanel", "IncidentTableModel", "figure_spans", "first_evidence"]
