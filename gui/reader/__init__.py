"""The reader pane: article view, entity highlights and their legend."""

from gui.reader.legend import Legend
from gui.reader.view import ReaderView

__all__ = ["Legend", "ReaderView"]
