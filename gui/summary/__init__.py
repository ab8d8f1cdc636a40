"""The summary pane: totals, incidents per day and a map for an article, a selection or a search."""

from gui.summary.view import SummaryView

__all__ = ["SummaryView"]
