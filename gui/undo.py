"""Edit › Undo and Redo of the analyst's changes to the open article: every edit the app stores on
it (`core.store.undo.PARTS`): a highlight added, edited (colour, note) or deleted; an incident
corrected (edited, confirmed, rejected, restored, added); the free note written; the tags; the
star and the read flag; the title, source and date (Article details…); an entity marked or
removed (and entity corrections taken back in their dialog).

Each change is run with the article's part read before and after it, on the worker (`recorded`);
undoing puts what was read before back, redoing what was read after (`put_back`, one transaction;
an article whose entity decisions, title or date come back is analysed again, as their correction
is). One user action is one step: the free note, saved half a second after typing pauses, is one
step while it keeps the keyboard focus (`Step.merge`).
The history is the open article's: its steps go when another article opens; when the article is
analysed again (an entity corrected, its title or date changed) its incident steps go: its
incidents are rebuilt, older rows of their corrections would no longer fit them.

A library-wide edit of the analyst's data (Set date of selected articles…, Read dates from article
text…) is one step too, whatever article is open (`Step.article_id` None, `before` and `after`
the part of each article by id: core.store.undo.read_parts); it stays while other articles open,
until another database does. Putting it back is one transaction of every article, then those
whose date came back are analysed again (tasks.put_back_library, on the long-job thread).
Analyse outdated articles again… changes no analyst data: nothing to undo. The app deletes no
article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

HIGHLIGHTS = "highlights"
INCIDENTS = "incident_overrides"
NOTES = "notes"
ENTITIES = "entity_corrections"
TAGS = "tags"
FLAGS = "flags"
DETAILS = "details"


@dataclass
class Step:
    table: str  # the part of the article (core.store.undo.PARTS)
    article_id: Any
    before: Any
    after: Any
    what: str  # the change, in the interface's words: "the highlight «…»", "the incident correction"
    merge: Any = None  # steps of one action (a note typed in several saves) share it: they make one step

    @property
    def library(self) -> bool:
        """A library-wide step: `before`/`after` hold the part of several articles, by id."""
        return self.article_id is None


def recorded(table: str, work: Callable[[Any, Any], Any]) -> Callable[[Any, Any], tuple[Any, Any, Any]]:
    """`work(db, article_id)` run between two reads of the article's `table` part: (result, before, after)."""
    def run(db: Any, article_id: Any) -> tuple[Any, Any, Any]:
        from core.store.undo import read_part

        before = read_part(db, table, article_id)
        result = work(db, article_id)
        return result, before, read_part(db, table, article_id)

    return run


def put_back(db: Any, article_id: Any, table: str, value: Any, expected: Any = None) -> Any:
    """The article's `table` part made `value` again (analysed again when that needs it), if it is
    still `expected` (core.store.undo.ChangedSince if not); returns what the window shows of it
    now, as the change's own task returns it."""
    from core import store
    from core.store.library import list_anchored_highlights
    from core.store.undo import put_part
    from gui import tasks

    reanalyse = put_part(db, table, article_id, value, expected)
    if table == HIGHLIGHTS:
        return list_anchored_highlights(db, article_id)
    if table == INCIDENTS:
        return tasks.load_incidents(db, article_id)
    if table == NOTES:
        return list(store.list_notes(db, article_id))
    if table == TAGS:
        return store.list_tags(db, article_id)
    if table == FLAGS:
        return dict(value)
    if table == ENTITIES:
        return tasks.analysed_again(db, article_id)
    details = {"id": article_id, **dict(value)}
    return tasks.DetailsSaved(article_id, details, tasks.analysed_again(db, article_id) if reanalyse else None)


@dataclass
class History:
    undo: list[Step] = field(default_factory=list)
    redo: list[Step] = field(default_factory=list)

    def record(self, step: Step) -> None:
        if step.before == step.after:  # nothing changed (an edit that changed nothing): nothing to undo
            return
        top = self.undo[-1] if self.undo else None
        if (step.merge is not None and top is not None and top.merge == step.merge and top.table == step.table
                and top.article_id == step.article_id and top.after == step.before):
            top.after = step.after  # the same action going on: one step
            if top.before == top.after:
                self.undo.pop()
        else:
            self.undo.append(step)
        self.redo.clear()

    def clear(self) -> None:
        self.undo.clear()
        self.redo.clear()

    def forget_article(self) -> None:
        """Another article opens: the steps of the one open before go, library-wide steps stay."""
        self.undo[:] = [s for s in self.undo if s.library]
        self.redo[:] = [s for s in self.redo if s.library]

    def drop(self, table: str) -> None:
        """Forget the steps of `table` (an article analysed again: its incidents were rebuilt)."""
        self.undo[:] = [s for s in self.undo if s.table != table or s.library]
        self.redo[:] = [s for s in self.redo if s.table != table or s.library]
