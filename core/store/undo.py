"""The analyst's undo and redo: an article's own rows of one table, read before and after a change
and put back as they were.

Only the tables that hold the analyst's decisions on an article, whose rows nothing else refers
to: highlights (with their notes) and incident_overrides (edits, confirmations, rejections, added
incidents). Rows are put back with their ids, so a later step that names a row still finds it.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from core.store.db import transaction

UNDOABLE_TABLES = ("highlights", "incident_overrides")


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
