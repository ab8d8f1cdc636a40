"""The analyst's own layers on an article: highlights, notes, tags, starred and read flags.

Highlights are code-point offsets into the untouched article text, like every span; the quoted
text is copied at creation so a highlight still reads sensibly in exports and notes lists.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from core.store.articles import now_iso
from core.store.db import transaction


def _article_text(db: sqlite_utils.Database, article_id: int) -> str:
    row = db.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise KeyError(f"no article with id {article_id}")
    return str(row[0])


# -- highlights --------------------------------------------------------------------------------


def add_highlight(
    db: sqlite_utils.Database,
    article_id: int,
    start: int,
    end: int,
    *,
    color: str = "yellow",
    note: str = "",
) -> int:
    text = _article_text(db, article_id)
    if not 0 <= start < end <= len(text):
        raise ValueError(f"highlight ({start}, {end}) is outside the article (length {len(text)})")
    stamp = now_iso()
    with transaction(db):
        cursor = db.conn.execute(
            'INSERT INTO highlights (article_id, "start", "end", quote, color, note, created_at, '
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, start, end, text[start:end], color, note, stamp, stamp),
        )
    return int(cursor.lastrowid or 0)


def update_highlight(
    db: sqlite_utils.Database, highlight_id: int, *, color: str | None = None, note: str | None = None
) -> None:
    with transaction(db):
        cursor = db.conn.execute(
            "UPDATE highlights SET color = coalesce(?, color), note = coalesce(?, note), "
            "updated_at = ? WHERE id = ?",
            (color, note, now_iso(), highlight_id),
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no highlight with id {highlight_id}")


def delete_highlight(db: sqlite_utils.Database, highlight_id: int) -> bool:
    with transaction(db):
        cursor = db.conn.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
    return cursor.rowcount > 0


def list_highlights(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    return list(
        db.query(
            'SELECT id, article_id, "start", "end", quote, color, note, created_at, updated_at '
            'FROM highlights WHERE article_id = ? ORDER BY "start", id',
            [article_id],
        )
    )


# -- notes -------------------------------------------------------------------------------------


def add_note(db: sqlite_utils.Database, article_id: int, body: str) -> int:
    _article_text(db, article_id)  # a clear KeyError rather than a foreign-key failure
    stamp = now_iso()
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (article_id, body, stamp, stamp),
        )
    return int(cursor.lastrowid or 0)


def update_note(db: sqlite_utils.Database, note_id: int, body: str) -> None:
    with transaction(db):
        cursor = db.conn.execute(
            "UPDATE notes SET body = ?, updated_at = ? WHERE id = ?", (body, now_iso(), note_id)
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no note with id {note_id}")


def delete_note(db: sqlite_utils.Database, note_id: int) -> bool:
    with transaction(db):
        cursor = db.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    return cursor.rowcount > 0


def list_notes(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT id, article_id, body, created_at, updated_at FROM notes "
            "WHERE article_id = ? ORDER BY created_at, id",
            [article_id],
        )
    )


# -- tags --------------------------------------------------------------------------------------


def _clean_tag(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("a tag needs a name")
    return cleaned


def add_tag(db: sqlite_utils.Database, article_id: int, name: str) -> None:
    """Tag an article (the tag is created on first use; tagging twice is harmless)."""
    name = _clean_tag(name)
    _article_text(db, article_id)
    with transaction(db):
        db.conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        db.conn.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id) "
            "SELECT ?, id FROM tags WHERE name = ?",
            (article_id, name),
        )


def remove_tag(db: sqlite_utils.Database, article_id: int, name: str) -> bool:
    """Untag an article; a tag no article uses any more is deleted too."""
    name = _clean_tag(name)
    with transaction(db):
        cursor = db.conn.execute(
            "DELETE FROM article_tags WHERE article_id = ? "
            "AND tag_id = (SELECT id FROM tags WHERE name = ?)",
            (article_id, name),
        )
        db.conn.execute(
            "DELETE FROM tags WHERE name = ? AND id NOT IN (SELECT tag_id FROM article_tags)",
            (name,),
        )
    return cursor.rowcount > 0


def set_tags(db: sqlite_utils.Database, article_id: int, names: list[str] | tuple[str, ...]) -> list[str]:
    """Make the article's tags exactly `names` (cleaned; blanks dropped), in one transaction: the
    tags it loses are untagged (a tag no article uses any more deleted, as `remove_tag` does), the
    new ones added. Returns the article's tags now, sorted."""
    wanted = {" ".join(n.split()) for n in names if n.strip()}
    _article_text(db, article_id)
    with transaction(db):
        current = set(list_tags(db, article_id))
        for name in sorted(current - wanted):
            remove_tag(db, article_id, name)
        for name in sorted(wanted - current):
            add_tag(db, article_id, name)
    return list_tags(db, article_id)


def list_tags(db: sqlite_utils.Database, article_id: int | None = None) -> list[str]:
    """One article's tags, or every tag in use when no article is given; sorted by name."""
    if article_id is None:
        rows = db.conn.execute("SELECT name FROM tags ORDER BY name").fetchall()
    else:
        rows = db.conn.execute(
            "SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id "
            "WHERE at.article_id = ? ORDER BY t.name",
            (article_id,),
        ).fetchall()
    return [r[0] for r in rows]


def articles_with_tag(db: sqlite_utils.Database, name: str) -> list[int]:
    rows = db.conn.execute(
        "SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
        "WHERE t.name = ? ORDER BY at.article_id",
        (_clean_tag(name),),
    ).fetchall()
    return [r[0] for r in rows]


# -- flags -------------------------------------------------------------------------------------


def set_starred(db: sqlite_utils.Database, article_id: int, starred: bool = True) -> None:
    _set_flag(db, article_id, "starred", starred)


def set_read(db: sqlite_utils.Database, article_id: int, read: bool = True) -> None:
    _set_flag(db, article_id, "read", read)


def _set_flag(db: sqlite_utils.Database, article_id: int, column: str, value: bool) -> None:
    with transaction(db):
        cursor = db.conn.execute(
            f"UPDATE articles SET {column} = ? WHERE id = ?", (int(bool(value)), article_id)
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no article with id {article_id}")
