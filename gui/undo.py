"""Edit › Undo and Redo of the analyst's changes to the open article: a highlight added, edited
(colour, note) or deleted, and an incident corrected (edited, confirmed, rejected, restored,
added).

Each change is run with the article's rows of its table read before and after it, on the worker
(`recorded`); undoing puts the rows read before back, redoing the rows read after (`put_back`).
The history is the open article's: it is emptied when another article opens, and when the
article is analysed again (an entity corrected: its incidents are rebuilt, older rows of their
corrections would no longer fit them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

HIGHLIGHTS = "highlights"
INCIDENTS = "incident_overrides"


@dataclass
class Step:
    table: str
    article_id: Any
    before: list[dict[str, Any]]
    after: list[dict[str, Any]]
    what: str  # the change, in the interface's words: "the highlight «…»", "the incident correction"


def recorded(table: str, work: Callable[[Any, Any], Any]) -> Callable[[Any, Any], tuple[Any, list[dict[str, Any]],
                                                                                           list[dict[str, Any]]]]:
    """`work(db, article_id)` run between two reads of the article's `table` rows: (result, before, after)."""
    def run(db: Any, article_id: Any) -> tuple[Any, list[dict[str, Any]], list[dict[str, Any]]]:
        from core.store.undo import article_rows

        before = article_rows(db, table, article_id)
        result = work(db, article_id)
        return result, before, article_rows(db, table, article_id)

    return run


def put_back(db: Any, article_id: Any, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The article's `table` rows made `rows` again; returns its highlights or its incidents as they are now."""
    from core.store.library import list_anchored_highlights
    from core.store.undo import put_article_rows
    from gui.tasks import load_incidents

    put_article_rows(db, table, article_id, rows)
    return list_anchored_highlights(db, article_id) if table == HIGHLIGHTS else load_incidents(db, article_id)


@dataclass
class History:
    undo: list[Step] = field(default_factory=list)
    redo: list[Step] = field(default_factory=list)

    def record(self, step: Step) -> None:
        if step.before != step.after:  # nothing changed (an edit that changed nothing): nothing to undo
            self.undo.append(step)
            self.redo.clear()

    def clear(self) -> None:
        self.undo.clear()
        self.redo.clear()

    def drop(self, table: str) -> None:
        """Forget the steps of `table` (an article analysed again: its incidents were rebuilt)."""
        self.undo[:] = [s for s in self.undo if s.table != table]
        self.redo[:] = [s for s in self.redo if s.table != table]
