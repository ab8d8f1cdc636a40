"""The analyst's undo and redo: one part of an article the analyst edits, read before and after a
change and put back as it was.

The parts (`PARTS`) are every edit the app stores on one article:
- its rows of the tables that hold the analyst's decisions, whose rows nothing else refers to
  (`UNDOABLE_TABLES`): highlights (with their notes), incident_overrides (edits, confirmations,
  rejections, added incidents), notes (the free note), entity_corrections (entities marked or
  removed). Rows are put back with their ids, so a later step that names a row still finds it;
- "tags": its tag names (tag rows are shared by articles: names are put back, `set_tags`);
- "flags": its starred and read flags;
- "details": its title, source, date and the date's origin (Article details…).

`put_part` says whether the article must be analysed again: entity decisions, its title and its
date are read by the analysis (the article is then marked outdated in the same transaction, as a
correction of them is, so a failed analysis leaves it for Analyse outdated articles again…).

A library-wide edit (Set date of selected articles…, Read dates from article text…) changes one
part of several articles at once: `read_parts` and `put_parts` read and put back that part of
each of them, all in one transaction (one step to undo).
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from core.store.annotations import list_tags, set_tags
from core.store.articles import mark_outdated
from core.store.db import transaction
from core.text.normalize import fold_for_search

UNDOABLE_TABLES = ("highlights", "incident_overrides", "notes", "entity_corrections")
FLAGS = ("starred", "read")
DETAILS = ("title", "source", "published", "date_origin")
PARTS = UNDOABLE_TABLES + ("tags", "flags", "details")


def _checked(table: str) -> str:
    if table not in UNDOABLE_TABLES:
        raise ValueError(f"no undo for table {table!r} (one of {', '.join(UNDOABLE_TABLES)})")
    return table


def article_rows(db: sqlite_utils.Database, table: str, article_id: int) -> list[dict[str, Any]]:
    """Every row of `table` for `article_id`, as stored (ids included), in id order."""
    cursor = db.conn.execute(f"SELECT * FROM {_checked(table)} WHERE article_id = ? ORDER BY id", (article_id,))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def put_article_rows(db: sqlite_utils.Database, table: str, article_id: int, rows: list[dict[str, Any]]) -> None:
    """Make `table`'s rows for `article_id` exactly `rows` (as `article_rows` read them), in one transaction."""
    _checked(table)
    if any(row.get("article_id") != article_id for row in rows):
        raise ValueError("rows of another article")
    with transaction(db):
        db.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        for row in rows:
            names = list(row)
            columns = ", ".join(f'"{n}"' for n in names)
            db.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' for _ in names)})",
                            [row[n] for n in names])


class ChangedSince(ValueError):
    """The part is no longer as the step to undo (or redo) left it: something else changed it since
    (a library-wide date change, an automatic read flag), and putting it back would lose that."""


def read_part(db: sqlite_utils.Database, part: str, article_id: int) -> Any:
    """The article's `part` as stored (one of `PARTS`): rows, tag names, or a dict of its columns."""
    if part in UNDOABLE_TABLES:
        return article_rows(db, part, article_id)
    if part == "tags":
        return list_tags(db, article_id)
    if part in ("flags", "details"):
        names = _columns(part)
        row = db.conn.execute(f"SELECT {', '.join(names)} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise LookupError(f"article {article_id} is not in the library")
        return dict(zip(names, row))
    raise ValueError(f"no undo for {part!r} (one of {', '.join(PARTS)})")


def put_part(db: sqlite_utils.Database, part: str, article_id: int, value: Any, expected: Any = None) -> bool:
    """Make the article's `part` exactly `value` (as `read_part` read it), in one transaction.
    `expected`, when given: what the part must be now (as the step left it), else ChangedSince
    and nothing is written. True when the article must be analysed again (its entity decisions,
    title or date changed: it is marked outdated in the same transaction)."""
    with transaction(db):
        now = read_part(db, part, article_id)
        if expected is not None and now != expected:
            raise ChangedSince(f"the article's {part} changed since")
        if part in UNDOABLE_TABLES:
            put_article_rows(db, part, article_id, value)
            reanalyse = part == "entity_corrections" and now != value
        elif part == "tags":
            set_tags(db, article_id, list(value))
            reanalyse = False
        else:
            _put_columns(db, part, article_id, value)
            reanalyse = part == "details" and (now["title"], now["published"]) != (value["title"], value["published"])
        if reanalyse:
            mark_outdated(db, article_id)
    return reanalyse


def _columns(part: str) -> tuple[str, ...]:
    """The articles columns a part of the article's own row is made of ("flags" or "details")."""
    return FLAGS if part == "flags" else DETAILS


def _put_columns(db: sqlite_utils.Database, part: str, article_id: int, value: dict[str, Any]) -> None:
    """The article's row given `value` for the part's columns (`_columns`); its title's search form
    follows a new title."""
    names = _columns(part)
    if set(value) != set(names):
        raise ValueError(f"{part} is {', '.join(names)}")
    sets = [f"{n} = ?" for n in names]
    args = [value[n] for n in names]
    if part == "details":
        sets.append("title_search = ?")
        args.append(fold_for_search(str(value["title"] or "")))
    db.conn.execute(f"UPDATE articles SET {', '.join(sets)} WHERE id = ?", (*args, article_id))


def read_parts(db: sqlite_utils.Database, part: str, article_ids: list[int]) -> dict[int, Any]:
    """`read_part` of each of `article_ids` (a library-wide edit's articles), by id, in the order given."""
    return {int(i): read_part(db, part, int(i)) for i in dict.fromkeys(article_ids)}


def put_parts(db: sqlite_utils.Database, part: str, values: dict[int, Any],
              expected: dict[int, Any] | None = None) -> list[int]:
    """`put_part` of several articles in one transaction: each article's `part` made `values[id]`.
    `expected`, when given: what every one of them must be now, else ChangedSince and nothing is
    written (a step is put back whole or not at all). The ids that must be analysed again."""
    if expected is not None and set(expected) != set(values):
        raise ValueError("expected and values name other articles")
    again: list[int] = []
    with transaction(db):
        for article_id, value in values.items():
            if put_part(db, part, int(article_id), value, None if expected is None else expected[article_id]):
                again.append(int(article_id))
    return again
