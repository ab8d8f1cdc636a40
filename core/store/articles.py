"""Articles: add (deduplicated by content), read, list for the library, delete.

Two articles are "the same" when their folded text matches: the hash is taken over the text
folded as tokens are (`fold`, lower case) with whitespace collapsed, so a copy that differs only
in diacritics, hamza on alef, tatweel or line endings is recognised and never stored twice. The
hash does not follow the search fold (`fold_for_search`, which also folds hamza seats): search
folding may grow, and every stored hash must keep meaning the same thing.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

import sqlite_utils

from core.ingest.dates import iso_date, normalize_date
from core.ingest.model import ArticleIn
from core.store.db import transaction
from core.text.normalize import fold, fold_for_search, search_fold_of

# Columns the library list shows (everything but the texts).
LIST_COLUMNS = (
    "id", "title", "source", "url", "published", "date_origin", "imported_at", "origin",
    "analyzer_version", "starred", "read",
)  # fmt: skip
_ORDER_COLUMNS = {"published", "imported_at", "title", "source", "id", "starred", "read"}


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    """sha256 of the folded text with all whitespace runs made one space."""
    return hash_of_fold(fold(text).lower())


def hash_of_fold(lowered_fold: str) -> str:
    """`content_hash` of a text whose `fold(text).lower()` is already at hand. Joining the words
    of `split()` collapses whitespace runs and strips the ends as `re.sub(r"\\s+", " ", …).strip()`
    did (the same whitespace, hashes unchanged) at less than half the cost."""
    return hashlib.sha256(" ".join(lowered_fold.split()).encode("utf-8")).hexdigest()


def find_by_hash(db: sqlite_utils.Database, digest: str) -> int | None:
    row = db.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
    return None if row is None else int(row[0])


def add_article(db: sqlite_utils.Database, art: ArticleIn) -> tuple[int, bool]:
    """(id, created). A duplicate of stored content returns the stored id and False."""
    if not art.text.strip():
        raise ValueError("an article needs text")
    base = fold(art.text).lower()
    return insert_article(db, art, search_fold_of(base), hash_of_fold(base))


def insert_article(
    db: sqlite_utils.Database, art: ArticleIn, folded: str, digest: str
) -> tuple[int, bool]:
    """add_article with the folded text and hash already computed (the importer computes them
    once, to dedupe before analysing)."""
    published = normalize_date(art.published)
    with transaction(db):
        existing = find_by_hash(db, digest)
        if existing is not None:
            return existing, False
        cursor = db.conn.execute(
            """INSERT INTO articles (title, source, url, published, date_origin, text, title_search,
                   search_text, content_hash, imported_at, origin)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                art.title or "",
                art.source or "",
                art.url or "",
                published,
                (art.date_origin or "metadata") if published else None,
                art.text,
                fold_for_search(art.title or ""),
                folded,
                digest,
                now_iso(),
                art.origin or "",
            ),
        )
        return int(cursor.lastrowid or 0), True


def get_article(db: sqlite_utils.Database, article_id: int) -> dict[str, Any] | None:
    """The article with its text (not the folded copies, which are only for search)."""
    columns = ", ".join((*LIST_COLUMNS, "text", "summary", "content_hash"))
    rows = list(db.query(f"SELECT {columns} FROM articles WHERE id = ?", [article_id]))
    if not rows:
        return None
    row = rows[0]
    row["summary"] = _loads(row["summary"])
    return row


def list_articles(
    db: sqlite_utils.Database,
    *,
    limit: int | None = None,
    offset: int = 0,
    order: str = "published desc",
) -> list[dict[str, Any]]:
    """Library rows without text. `order` is "column [asc|desc]" from a fixed set of columns."""
    order_sql = _order_clause(order)
    columns = ", ".join(f"a.{c}" for c in LIST_COLUMNS)
    sql = (
        f"SELECT {columns}, "
        "(SELECT count(*) FROM incidents i WHERE i.article_id = a.id) AS incident_count "
        f"FROM articles a ORDER BY {order_sql}, a.id DESC LIMIT ? OFFSET ?"
    )
    return list(db.query(sql, [-1 if limit is None else int(limit), int(offset)]))


def _order_clause(order: str) -> str:
    parts = order.strip().lower().split()
    if not parts or parts[0] not in _ORDER_COLUMNS or len(parts) > 2:
        raise ValueError(f"cannot order articles by {order!r}")
    direction = parts[1] if len(parts) == 2 else "asc"
    if direction not in ("asc", "desc"):
        raise ValueError(f"cannot order articles by {order!r}")
    # Unknown dates go last either way: they are not "oldest" or "newest".
    return f"a.{parts[0]} IS NULL, a.{parts[0]} {direction.upper()}"


DATE_ORIGINS = ("metadata", "text", "user")


def _analyst_date(published: str | None) -> str | None:
    """A date the analyst set, ISO; None or "" is "unknown" (None); ValueError when it cannot be read."""
    return iso_date(published) if published is not None and str(published).strip() else None


def update_details(
    db: sqlite_utils.Database, article_id: int, *, title: str, source: str, published: str | None
) -> dict[str, Any]:
    """Set an article's title, source and date as the analyst corrects them (one transaction).
    `published` is an ISO date or a layout `normalize_date` reads, or None / "" for "unknown"; a
    date that cannot be read raises ValueError and nothing is saved. A changed date (set, changed or
    cleared) becomes the user's (`date_origin` "user"), which no later reading replaces; an
    unchanged one keeps its origin. Returns the row's new values with `reanalyse`: whether the
    title or date changed (the analysis reads both; the source it does not)."""
    date = _analyst_date(published)
    title = str(title or "").strip()
    source = str(source or "").strip()
    with transaction(db):
        row = db.conn.execute(
            "SELECT title, published, date_origin FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise LookupError(f"article {article_id} is not in the library")
        old_title, old_date, origin = row
        if date != old_date:
            origin = "user"
        db.conn.execute(
            "UPDATE articles SET title = ?, title_search = ?, source = ?, published = ?, date_origin = ? WHERE id = ?",
            (title, fold_for_search(title), source, date, origin, article_id),
        )
    return {"id": article_id, "title": title, "source": source, "published": date, "date_origin": origin,
            "reanalyse": title != old_title or date != old_date}


IDS_PER_QUERY = 500  # ids bound in one query (here and importer.outdated_among): under SQLite's oldest limit (999)


def article_dates(db: sqlite_utils.Database, article_ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
    """Each article's (published, date_origin), by id in the order given: what Set date… needs to
    undo a date (not its title, source or text), read a few hundred ids per query. An unknown id
    raises LookupError."""
    ids = list(dict.fromkeys(int(i) for i in article_ids))
    found: dict[int, tuple[str | None, str | None]] = {}
    for k in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[k:k + IDS_PER_QUERY]
        marks = ", ".join("?" for _ in chunk)
        for article_id, published, origin in db.conn.execute(
                f"SELECT id, published, date_origin FROM articles WHERE id IN ({marks})", chunk):
            found[int(article_id)] = (published, origin)
    missing = [i for i in ids if i not in found]
    if missing:
        raise LookupError(f"article {missing[0]} is not in the library")
    return {i: found[i] for i in ids}


def set_dates(db: sqlite_utils.Database, article_ids: list[int], published: str | None) -> list[int]:
    """Give several articles one date as the analyst sets it (Set date…, `marsad set-date`), in one
    transaction: as `update_details` does for one, a changed date becomes the user's (`date_origin`
    "user"). The articles whose date changed are marked for analysis again (analyzer_version NULL,
    as an entity correction does): their incidents are dated from the article's date, so until each
    is analysed again it counts as outdated (Analyse outdated articles again…, `marsad reanalyze`,
    or opening it). Returns the ids whose date changed, in the order given; an unknown id raises
    LookupError and nothing is saved, as does a date that cannot be read (ValueError)."""
    return set_dates_keeping_old(db, article_ids, published)[0]


def set_dates_keeping_old(db: sqlite_utils.Database, article_ids: list[int], published: str | None
                          ) -> tuple[list[int], dict[int, tuple[str | None, str | None]]]:
    """`set_dates`, also returning each article's (published, date_origin) before (`article_dates`),
    read in the same transaction as the dates are set: what Set date…'s Undo puts back, never
    another writer's date read a moment before."""
    date = _analyst_date(published)
    changed: list[int] = []
    with transaction(db):
        was = article_dates(db, article_ids)  # an unknown id: LookupError, nothing saved
        for article_id, (old, _origin) in was.items():
            if old == date:
                continue
            db.conn.execute("UPDATE articles SET published = ?, date_origin = 'user', analyzer_version = NULL "
                            "WHERE id = ?", (date, article_id))
            changed.append(article_id)
    return changed, was


def undated_articles(db: sqlite_utils.Database) -> list[tuple[int, str, str]]:
    """(id, title, text) of the articles without a date that no one chose to leave undated: no
    date and no origin (an analyst who cleared a date made it the user's, "user", and it stays so)."""
    return [(int(r[0]), r[1] or "", r[2] or "") for r in db.conn.execute(
        "SELECT id, title, text FROM articles WHERE published IS NULL AND date_origin IS NULL ORDER BY id")]


def date_from_text(db: sqlite_utils.Database, article_id: int, iso: str) -> bool:
    """Give an undated article (see `undated_articles`) the date read from its own text, origin
    "text"; False, and nothing changed, when it has a date or an origin meanwhile."""
    date = iso_date(iso)
    with transaction(db):
        cursor = db.conn.execute("UPDATE articles SET published = ?, date_origin = 'text' "
                                 "WHERE id = ? AND published IS NULL AND date_origin IS NULL", (date, article_id))
    return cursor.rowcount > 0


def mark_outdated(db: sqlite_utils.Database, article_id: int) -> None:
    """The article's analysis no longer reflects the decisions it is analysed with (its entity
    corrections, title or date changed): analysed again when next opened or by Analyse outdated
    articles again… (inside the caller's transaction)."""
    db.conn.execute("UPDATE articles SET analyzer_version = NULL WHERE id = ?", (article_id,))


def count_articles(db: sqlite_utils.Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def articles_added_since(db: sqlite_utils.Database, before: int) -> int | None:
    """How many articles the library holds more than `before` (its count when an import began: what
    a stopped import had saved, whole batches); None when it cannot be counted now (the failure that
    stopped the import may have left it unusable: the caller's message says why)."""
    try:
        return count_articles(db) - before
    except Exception:  # noqa: BLE001 — any failure to read it now: not known
        return None


def delete_article(db: sqlite_utils.Database, article_id: int) -> bool:
    """Deletes the article and, by cascade, its entities, incidents and analyst notes."""
    with transaction(db):
        cursor = db.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    return cursor.rowcount > 0


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)
