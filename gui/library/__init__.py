"""The library pane: search, filters and the lazily loaded list of stored articles."""

from gui.library.model import ArticleDelegate, ArticleListModel
from gui.library.pane import LibraryPane

__all__ = ["ArticleDelegate", "ArticleListModel", "LibraryPane"]
