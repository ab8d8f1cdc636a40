"""Schema migrations: an ordered list of named functions, each run once, in a transaction.

Applied names are recorded in `_migrations` (name, applied_at); `PRAGMA user_version` is the
number of migrations the schema has, so a database made by a newer Marsad is refused rather
than misread. To change the schema, append a function to MIGRATIONS; never edit an old one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

import sqlite_utils

from core.store.db import StoreError, transaction

Migration = Callable[[sqlite_utils.Database], None]


def _run(db: sqlite_utils.Database, statements: str) -> None:
    """Execute `;`-separated DDL one statement at a time (executescript would commit)."""
    for statement in _split(statements):
        db.conn.execute(statement)


def _split(script: str) -> list[str]:
    parts: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            parts.append(buf.strip())
            buf = ""
    if buf.strip():
        parts.append(buf.strip())
    return parts


def m001_initial(db: sqlite_utils.Database) -> None:
    """Articles, machine output, analyst layers (kept apart from machine output), tags, FTS."""
    _run(
        db,
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT,
            text TEXT NOT NULL,
            title_search TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL UNIQUE,
            imported_at TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT '',
            analyzer_version TEXT,
            summary TEXT,
            starred INTEGER NOT NULL DEFAULT 0,
            read INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX idx_articles_published ON articles(published);
        CREATE INDEX idx_articles_imported_at ON articles(imported_at);

        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            attrs TEXT
        );
        CREATE INDEX idx_entities_article ON entities(article_id);
        CREATE INDEX idx_entities_label ON entities(label);

        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            event_type TEXT,
            sub_event_type TEXT,
            admin1 TEXT,
            location TEXT,
            date TEXT,
            fatalities INTEGER,
            injured INTEGER,
            captured INTEGER,
            confidence REAL,
            data TEXT NOT NULL,
            UNIQUE (article_id, seq)
        );
        CREATE INDEX idx_incidents_article ON incidents(article_id);
        CREATE INDEX idx_incidents_date ON incidents(date);
        CREATE INDEX idx_incidents_event_type ON incidents(event_type);

        CREATE TABLE incident_overrides (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            incident_seq INTEGER,
            status TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected', 'edited', 'added')),
            data TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX idx_overrides_article ON incident_overrides(article_id);
        CREATE UNIQUE INDEX idx_overrides_machine
            ON incident_overrides(article_id, incident_seq) WHERE incident_seq IS NOT NULL;

        CREATE TABLE highlights (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT 'yellow',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX idx_highlights_article ON highlights(article_id);

        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            body TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX idx_notes_article ON notes(article_id);

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        );
        CREATE INDEX idx_article_tags_tag ON article_tags(tag_id);

        -- External-content FTS over the folded title and text: the folded copies live in
        -- articles, so the index adds no third copy of the text.
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title_search, search_text,
            content='articles', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title_search, search_text)
            VALUES (new.id, new.title_search, new.search_text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title_search, search_text)
            VALUES ('delete', old.id, old.title_search, old.search_text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title_search, search_text ON articles
        BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title_search, search_text)
            VALUES ('delete', old.id, old.title_search, old.search_text);
            INSERT INTO articles_fts(rowid, title_search, search_text)
            VALUES (new.id, new.title_search, new.search_text);
        END;
        """,
    )


def refold_search_copies(db: sqlite_utils.Database, *, page: int = 500) -> int:
    """Fold every article's title and text again with today's `fold_for_search`; returns how
    many rows changed. The FTS triggers re-index exactly those rows. Read a page at a time, so a
    library of 30k articles is never in memory at once. For migrations that change the fold."""
    from core.text.normalize import fold_for_search

    conn = db.conn
    changed = 0
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, title, text, title_search, search_text FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            (last, page),
        ).fetchall()
        if not rows:
            return changed
        updates = []
        for article_id, title, text, title_search, search_text in rows:
            new = (fold_for_search(title or ""), fold_for_search(text or ""))
            if new != (title_search, search_text):
                updates.append((*new, article_id))
        conn.executemany("UPDATE articles SET title_search = ?, search_text = ? WHERE id = ?", updates)
        changed += len(updates)
        last = rows[-1][0]


def m002_search_folds_hamza_seats(db: sqlite_utils.Database) -> None:
    """Search now folds a hamza on its seat (ؤ → و, ئ → ي): the stored search copies and the
    FTS index are rebuilt from the original texts, which are not touched."""
    refold_search_copies(db)


def m003_entity_corrections(db: sqlite_utils.Database) -> None:
    """The analyst's entity decisions, kept apart from machine entities (which every analysis
    replaces): "add" a span with a label (its attrs, e.g. the gazetteer place picked), or
    "remove" the machine span with exactly those offsets and label. One decision per span and
    label; the pipeline applies them after the recognisers (`core.entities.corrections`)."""
    _run(
        db,
        """
        CREATE TABLE entity_corrections (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
            attrs TEXT,
            created_at TEXT NOT NULL,
            CHECK (0 <= "start" AND "start" < "end"),
            UNIQUE (article_id, "start", "end", label)
        );
        CREATE INDEX idx_entity_corrections_article ON entity_corrections(article_id);
        """,
    )


def m004_date_origin(db: sqlite_utils.Database) -> None:
    """Where an article's date came from: "metadata" (the file's or feed's date field), "text"
    (read from the article's dateline, `core.ingest.text_date`) or "user" (set in Article
    details); NULL while it has none. The dates stored before were all the metadata's."""
    _run(
        db,
        """
        ALTER TABLE articles ADD COLUMN date_origin TEXT
            CHECK (date_origin IS NULL OR date_origin IN ('metadata', 'text', 'user'));
        UPDATE articles SET date_origin = 'metadata' WHERE published IS NOT NULL;
        """,
    )


MIGRATIONS: list[tuple[str, Migration]] = [
    ("001_initial", m001_initial),
    ("002_search_folds_hamza_seats", m002_search_folds_hamza_seats),
    ("003_entity_corrections", m003_entity_corrections),
    ("004_date_origin", m004_date_origin),
]
SCHEMA_VERSION = len(MIGRATIONS)


def check_compatible(db: sqlite_utils.Database, where: str = "") -> None:
    """Refuse, before anything is written, a database this version must not touch."""
    version = _user_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{where or 'the database'} was made by a newer Marsad (schema {version}, "
            f"this version knows {SCHEMA_VERSION}); it was left untouched",
            code="newer", params={"path": where, "version": version, "known": SCHEMA_VERSION},
        )
    if version == 0 and not _has_migrations_table(db) and _table_count(db):
        raise StoreError(
            f"{where or 'the database'} is an SQLite file of another program, not a Marsad "
            "database; it was left untouched",
            code="other_program", params={"path": where},
        )


def migrate(db: sqlite_utils.Database, where: str = "") -> list[str]:
    """Apply pending migrations; returns the names applied now (empty when up to date)."""
    conn = db.conn
    check_compatible(db, where)
    if _user_version(db) == SCHEMA_VERSION and _has_migrations_table(db):
        return []
    applied_now: list[str] = []
    with transaction(db):
        conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
    for index, (name, function) in enumerate(MIGRATIONS, start=1):
        with transaction(db):
            # Checked inside the write lock: another process may have migrated meanwhile.
            done = conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone()
            if not done:
                function(db)
                conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                    (name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
                )
                applied_now.append(name)
            conn.execute(f"PRAGMA user_version = {max(index, _user_version(db))}")
    return applied_now


def _user_version(db: sqlite_utils.Database) -> int:
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def _has_migrations_table(db: sqlite_utils.Database) -> bool:
    row = db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    return row is not None


def _table_count(db: sqlite_utils.Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])
