"""The analyst's entity decisions on an article: spans to add, machine spans to remove.

Machine entities are replaced wholesale by every analysis (`save_analysis`); these decisions are
the analyst's and live apart, so a re-analysis (a better analyzer, a version bump) applies them
again instead of erasing them (`core.entities.corrections` does the applying).

One decision per (article, start, end, label): deciding again replaces it. Adding a span takes
back the analyst's earlier "add" decisions it overlaps (the newest wins: a span marked PERSON
then LOCATION is a LOCATION, not two competing spans).

Every change to the decisions marks the article's stored analysis stale (analyzer_version NULL) in
the same transaction: the caller re-analyses at once, and if that fails the next opening (or
`analyze_stored`) does, so a stored decision is never left unapplied.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from core.store.analyses import _dumps
from core.store.articles import mark_outdated, now_iso
from core.store.db import transaction

ACTIONS = ("add", "remove")


def _article_length(db: sqlite_utils.Database, article_id: int) -> int:
    row = db.conn.execute("SELECT length(text) FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise KeyError(f"no article with id {article_id}")
    return int(row[0])


def _decide(db: sqlite_utils.Database, article_id: int, start: int, end: int, label: str, action: str,
            attrs: dict[str, Any] | None) -> int:
    if not label:
        raise ValueError("an entity decision needs a label")
    length = _article_length(db, article_id)
    if not 0 <= start < end <= length:
        raise ValueError(f"entity ({start}, {end}) is outside the article (length {length})")
    payload = _dumps(attrs) if attrs else None
    with transaction(db):
        if action == "add":
            db.conn.execute(
                'DELETE FROM entity_corrections WHERE article_id = ? AND action = \'add\' '
                'AND "start" < ? AND ? < "end"',
                (article_id, end, start),
            )
        db.conn.execute(
            'INSERT INTO entity_corrections (article_id, "start", "end", label, action, attrs, created_at) '
            "VALUES (?, ?, ?, ?, ?, ?, ?) "
            'ON CONFLICT (article_id, "start", "end", label) DO UPDATE SET action = excluded.action, '
            "attrs = excluded.attrs, created_at = excluded.created_at",
            (article_id, start, end, label, action, payload, now_iso()),
        )
        mark_outdated(db, article_id)
        row = db.conn.execute(
            'SELECT id FROM entity_corrections WHERE article_id = ? AND "start" = ? AND "end" = ? AND label = ?',
            (article_id, start, end, label),
        ).fetchone()
    return int(row[0])


def add_entity(db: sqlite_utils.Database, article_id: int, start: int, end: int, label: str,
               attrs: dict[str, Any] | None = None) -> int:
    """The analyst marks [start, end) as `label` (with `attrs`, e.g. a place's gazetteer
    reading). Returns the decision's id."""
    return _decide(db, article_id, start, end, label, "add", attrs)


def remove_entity(db: sqlite_utils.Database, article_id: int, start: int, end: int, label: str) -> int:
    """The analyst says the machine's `label` span at exactly [start, end) is wrong."""
    return _decide(db, article_id, start, end, label, "remove", None)


def list_entity_corrections(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    """The article's decisions (id, start, end, label, action, attrs, created_at), by offset."""
    rows = db.query(
        'SELECT id, "start", "end", label, action, attrs, created_at FROM entity_corrections '
        'WHERE article_id = ? ORDER BY "start", "end", label',
        [article_id],
    )
    return [{**row, "attrs": json.loads(row["attrs"]) if row["attrs"] else {}} for row in rows]


def clear_entity_correction(db: sqlite_utils.Database, article_id: int, start: int, end: int, label: str) -> bool:
    """Take back the decision on this span and label (the machine's reading shows again)."""
    with transaction(db):
        cursor = db.conn.execute(
            'DELETE FROM entity_corrections WHERE article_id = ? AND "start" = ? AND "end" = ? AND label = ?',
            (article_id, start, end, label),
        )
        if cursor.rowcount:
            mark_outdated(db, article_id)
    return cursor.rowcount > 0


def clear_entity_corrections(db: sqlite_utils.Database, article_id: int) -> int:
    """Take back every entity decision on the article; returns how many there were."""
    with transaction(db):
        cursor = db.conn.execute("DELETE FROM entity_corrections WHERE article_id = ?", (article_id,))
        if cursor.rowcount:
            mark_outdated(db, article_id)
    return int(cursor.rowcount)
