"""Opening the database: where it lives, connection settings, and the one way to write.

One connection per process does all writes (Datasette's single-writer idea); every write goes
through `transaction(db)`, which takes the write lock up front (BEGIN IMMEDIATE) so two writers
queue on `busy_timeout` instead of failing half-way. Python's implicit transactions are turned
off, so a statement outside `transaction()` is committed at once and nothing is left pending.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
import sqlite_utils

DB_ENV = "MARSAD_DB"
BUSY_TIMEOUT_MS = 10_000
_SQLITE_HEADER = b"SQLite format 3\x00"
_savepoints = itertools.count(1)


class StoreError(Exception):
    """The database cannot be used (not a database, damaged, newer than this app)."""


def default_db_path() -> Path:
    """$MARSAD_DB when set, else marsad.db in the user's data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("marsad", appauthor=False)) / "marsad.db"


def open_db(path: str | Path | None = None, *, memory: bool = False) -> sqlite_utils.Database:
    """An open, migrated database. A file that is not a Marsad/SQLite database raises StoreError
    and is left exactly as it was: we check before SQLite writes anything to it."""
    from core.store.migrations import check_compatible, migrate

    if memory:
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        where = ":memory:"
    else:
        file = Path(path) if path is not None else default_db_path()
        where = str(file)
        _check_file(file)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            # check_same_thread=False: the GUI's single background executor may not be the
            # thread that opened the connection; it still uses it from one thread at a time.
            conn = sqlite3.connect(
                file, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
            )
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the database {where}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db = sqlite_utils.Database(conn)
        check_compatible(db, where)  # reads only: a refused file is never written to
        if not memory:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(db, where)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{where} is not a usable Marsad database ({exc}); it was left untouched") from exc
    except StoreError:
        conn.close()
        raise
    return db


def _check_file(file: Path) -> None:
    """Refuse anything that exists but is not an SQLite file, before opening it."""
    if file.is_dir():
        raise StoreError(f"{file} is a folder, not a database file")
    if not file.exists() or file.stat().st_size == 0:
        return
    try:
        with open(file, "rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot read the database {file}: {exc.strerror}") from exc
    if header != _SQLITE_HEADER:
        raise StoreError(f"{file} is not a Marsad database (not an SQLite file); it was left untouched")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """All-or-nothing block. Nested use becomes a savepoint, so functions that write can be
    called alone or inside a caller's larger batch."""
    conn = db.conn
    if conn.in_transaction:
        name = f"marsad_sp_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
