"""The notes pane: the analyst's highlights and notes on the open article, its tags, star and read flag."""

from gui.notes.highlight_dialog import HighlightDialog
from gui.notes.pane import NotesPane

__all__ = ["HighlightDialog", "NotesPane"]
