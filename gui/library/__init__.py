"""The library pane: the list of stored articles and its filter."""

from gui.library.model import ArticleFilterProxy, ArticleListModel
from gui.library.pane import LibraryPane

__all__ = ["ArticleFilterProxy", "ArticleListModel", "LibraryPane"]
