"""The incidents pane: coded incidents of the open article."""

from gui.incidents.model import IncidentTableModel, first_evidence
from gui.incidents.panel import IncidentPanel

__all__ = ["IncidentPanel", "IncidentTableModel", "first_evidence"]
