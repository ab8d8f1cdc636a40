"""Opening the database: where it lives, connection settings, and the one way to write.

One connection per process does all writes (Datasette's single-writer idea); every write goes
through `transaction(db)`, which takes the write lock up front (BEGIN IMMEDIATE) so two writers
queue on `busy_timeout` instead of failing half-way. Python's implicit transactions are turned
off, so a statement outside `transaction()` is committed at once and nothing is left pending.

A database whose file or folder cannot be written (a read-only share, a mounted backup) opens
read-only (SQLite's `mode=ro`, no WAL switch, no migration): reading, searching and exporting
work, and any write stops at `transaction()` with a ReadOnlyError that says so.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
import sqlite_utils

DB_ENV = "MARSAD_DB"
BUSY_TIMEOUT_MS = 10_000
_SQLITE_HEADER = b"SQLite format 3\x00"
_savepoints = itertools.count(1)


# SQLite's own failures (damaged pages, full disk, locks), for callers that must catch them at
# their boundary without touching SQLite themselves.
DatabaseError = sqlite3.DatabaseError


class StoreError(Exception):
    """The database cannot be used (not a database, damaged, newer than this app).

    `detail` says what is wrong; `advice`, when there is any, what a command-line user can do
    about it (a `marsad …` command to type). `str()` is both, as the CLI prints it; the GUI shows
    `detail` only, its own buttons being the way on.

    `code` names the failure for an interface that words it itself (the GUI, in its language:
    "disk_full", "read_only", "locked", "damaged", "opened_read_only", …; see STORE_ERROR_CODES),
    `params` the values its wording needs ("path", "reason", …); "" when there is none, and the
    interface shows `detail`."""

    def __init__(self, detail: str, advice: str = "", *, code: str = "",
                 params: dict[str, object] | None = None) -> None:
        super().__init__(detail, advice)  # both in args: a pickled error keeps them apart
        self.detail = detail
        self.advice = advice
        self.code = code
        self.params = dict(params or {})

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_rebuild_store_error, (type(self), self.detail, self.advice, self.code, self.params))

    def __str__(self) -> str:
        return f"{self.detail} {self.advice}" if self.advice else self.detail


def _rebuild_store_error(cls: type[StoreError], detail: str, advice: str, code: str,
                         params: dict[str, object]) -> StoreError:
    return cls(detail, advice, code=code, params=params)


class ReadOnlyError(StoreError):
    """A write was asked of a database opened read-only."""


# The codes a StoreError may carry, for interfaces that word store errors in their own language.
STORE_ERROR_CODES = frozenset({
    "disk_full", "read_only", "locked", "damaged",  # storage_error(): met while using the database
    "opened_read_only",  # check_writable(): a write asked of a database opened read-only
    "cannot_open", "is_folder", "cannot_read", "not_sqlite", "not_usable", "newer", "other_program",
    "cannot_keep_copy",
    "read_only_old_schema", "read_only_wal",  # open_db(): the database cannot be used
    "backup_is_folder", "backup_is_database", "backup_exists", "backup_failed",  # backup.backup_db()
    "no_backup", "not_a_backup", "backup_cannot_open", "backup_missing_tables", "backup_newer",
    "backup_not_usable", "integrity",  # backup.inspect_backup()
    "restore_is_database", "restore_cannot_keep", "restore_failed_set_aside", "restore_failed",
    "cannot_move_aside",  # backup.restore_db()
    "folder_is_file", "folder_cannot_create", "folder_not_writable",  # the folder of a backup or restore
})


READ_ONLY_REASON = "its file or folder cannot be written to"


def is_read_only(db: sqlite_utils.Database) -> bool:
    """Whether `open_db` opened this database read-only."""
    return bool(getattr(db, "marsad_read_only", False))


def check_writable(db: sqlite_utils.Database) -> None:
    """Raise ReadOnlyError when the database was opened read-only: `transaction()` does, and so
    does a long operation before its work, so it does not fail only at its first write."""
    if is_read_only(db):
        where = getattr(db, "marsad_path", None)
        raise ReadOnlyError(
            f"{where or 'the database'} was opened read-only ({READ_ONLY_REASON}); nothing can be saved "
            "to it. Copy it to a writable folder to make changes",
            advice=f"(`marsad{f' --db {where}' if where else ''} backup COPY` makes such a copy)",
            code="opened_read_only", params={"path": str(where or "")},
        )


def storage_error(path: str | Path, exc: Exception, restore_with: str = "") -> StoreError:
    """A StoreError for an SQLite failure met while using the database at `path`: its detail says
    what happened and what to do, in words for any interface. Every write is a transaction, so
    what had not been committed is left unwritten. For a damaged database the way to restore a
    backup depends on the interface: `restore_with` names it in the detail (the GUI's menu item);
    without it, the command line's `marsad --db PATH restore BACKUP` is the error's advice."""
    reason = str(exc) or type(exc).__name__
    lowered = reason.lower()
    advice = ""
    if "disk is full" in lowered or "disk i/o" in lowered:
        code = "disk_full"
        todo = ("the command stopped and what it had not saved was left out (earlier batches are kept); "
                "free disk space and run it again")
    elif "readonly" in lowered or "read-only" in lowered:
        code = "read_only"
        todo = "the database cannot be written here; copy it to a writable folder to make changes"
    elif "locked" in lowered or "busy" in lowered:
        code = "locked"
        todo = "another program holds the database; close it and try again"
    elif restore_with:
        code = "damaged"
        todo = f"the database may be damaged; restore it from a backup with {restore_with}"
    else:
        code = "damaged"
        todo = "the database may be damaged; restore it from a backup"
        advice = f"with `marsad --db {path} restore BACKUP` (see docs/robustness.md)"
    return StoreError(f"database {path}: {reason}; {todo}", advice, code=code,
                      params={"path": str(path), "reason": reason})


def default_db_path() -> Path:
    """$MARSAD_DB when set, else marsad.db in the user's data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("marsad", appauthor=False)) / "marsad.db"


def open_db(
    path: str | Path | None = None, *, memory: bool = False, read_only: bool | None = None
) -> sqlite_utils.Database:
    """An open, migrated database. A file that is not a Marsad/SQLite database raises StoreError
    and is left exactly as it was: we check before SQLite writes anything to it.

    `read_only` None: read-only when the existing file or its folder is not writable."""
    from core.store.migrations import check_compatible, migrate

    if memory:
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        where = ":memory:"
    else:
        file = Path(path) if path is not None else default_db_path()
        where = str(file)
        _check_file(file)
        if read_only is None:
            read_only = file.exists() and not _writable(file)
        try:
            if read_only:
                conn = _connect_read_only(file)
            else:
                file.parent.mkdir(parents=True, exist_ok=True)
                # check_same_thread=False: the GUI's single background executor may not be the
                # thread that opened the connection; it still uses it from one thread at a time.
                conn = sqlite3.connect(
                    file, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
                )
        except (OSError, sqlite3.Error) as exc:
            reason = _open_failure(file, exc)
            raise StoreError(f"cannot open the database {where}: {reason}", code="cannot_open",
                             params={"path": where, "reason": reason}) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db = sqlite_utils.Database(conn)
        check_compatible(db, where)  # reads only: a refused file is never written to
        if read_only:
            _check_current(db, where)
            conn.execute("PRAGMA query_only=ON")
        else:
            if not memory:
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            if not memory:
                _keep_before_migrating(db, file, where)
            migrate(db, where)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _in_use(exc):
            # Another program (often Marsad itself, in another window) held the file past the busy
            # timeout: the file is sound, and advising a restore would have the analyst replace it.
            raise StoreError(
                f"{where} is in use by another program ({exc}); it was left untouched. Close the other "
                "program (or wait for it to finish) and try again",
                code="locked", params={"path": where, "reason": str(exc)},
            ) from exc
        raise StoreError(
            f"{where} is not a usable Marsad database ({exc}); it was left untouched.",
            advice=f"If it is your library, restore it from a backup: `marsad --db {where} restore BACKUP` "
                   "(see docs/robustness.md)",
            code="not_usable", params={"path": where, "reason": str(exc)},
        ) from exc
    except StoreError:
        conn.close()
        raise
    db.marsad_read_only = bool(read_only)  # type: ignore[attr-defined]
    db.marsad_path = where  # type: ignore[attr-defined]
    return db


def _in_use(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's "database is locked" / "database table is locked" / SQLITE_BUSY: held by another
    connection, not damaged."""
    lowered = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in lowered or "busy" in lowered)


def before_migrating_path(file: Path, version: int) -> Path:
    """Where the library of schema `version` is kept before it is upgraded: «lib.db.schema3.bak»."""
    return file.with_name(f"{file.name}.schema{version}.bak")


def _keep_before_migrating(db: sqlite_utils.Database, file: Path, where: str) -> None:
    """A copy of a Marsad library of an older schema, made before its first migration (once: an
    existing copy is kept): an upgraded library cannot be opened by the version that made it, and
    a migration that went wrong must be undoable. A new or empty database needs none. The copy
    is made like a backup (the online backup API, checked, fsynced) and only then linked to its
    name, so two programs opening the library at once cannot replace a good copy. If no copy can
    be made (a full disk), nothing is migrated: StoreError says why."""
    from core.store.migrations import SCHEMA_VERSION

    conn = db.conn
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if not 0 < version < SCHEMA_VERSION:
        return
    dest = before_migrating_path(file, version)
    if dest.exists():
        return
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        copied, integrity = copy_database(conn, tmp)
        if copied != version:  # another program upgraded it meanwhile (and kept its own copy)
            return
        if integrity != ["ok"]:
            raise sqlite3.DatabaseError("the copy failed its integrity check")
        _link_no_replace(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        reason = str(getattr(exc, "strerror", None) or exc)
        raise StoreError(
            f"{where} is of an older schema (version {version}) and is upgraded only after a copy is kept, but "
            f"the copy {dest} could not be made ({reason}); nothing was changed. Free some disk space and open it "
            "again",
            code="cannot_keep_copy", params={"path": where, "version": version, "copy": str(dest), "reason": reason},
        ) from exc
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # (not ours to remove: a folder by that name)
            pass


def copy_database(conn: sqlite3.Connection, tmp: Path, *, pages: int = -1,
                  progress: Callable[[int, int, int], None] | None = None) -> tuple[int, list[str]]:
    """`conn`'s database copied into the new file `tmp` by SQLite's online backup (consistent while
    others write; `pages`, `progress` as `Connection.backup` takes them), made one self-contained
    file (no WAL) and on disk (fsynced) before the caller gives it its name: the copy's schema
    version (user_version) and its `PRAGMA integrity_check` rows (["ok"] when sound). A backup
    (backup.backup_db) and the copy kept before a migration (`_keep_before_migrating`) are made so."""
    target = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.backup(target, pages=pages, progress=progress)
        target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        version = int(target.execute("PRAGMA user_version").fetchone()[0])
        integrity = [str(r[0]) for r in target.execute("PRAGMA integrity_check").fetchall()]
    finally:
        target.close()
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    return version, integrity


def _link_no_replace(tmp: Path, dest: Path) -> None:
    """Give the finished copy `tmp` its name `dest` unless a copy has it already (made meanwhile by
    another program: kept). A hard link never replaces; a disk without hard links (a FAT or exFAT
    stick, many network shares: EPERM, ENOTSUP) renames instead, which Windows never lets replace
    and elsewhere is done only while `dest` is absent. (A failed link refused every older library
    on such a disk, "free some disk space".)"""
    try:
        os.link(tmp, dest)
        return
    except FileExistsError:
        return
    except OSError:
        pass
    if os.name == "nt":
        try:
            os.rename(tmp, dest)
        except FileExistsError:
            pass
    elif not dest.exists():
        os.replace(tmp, dest)


def _open_failure(file: Path, exc: Exception) -> str:
    """Why a database file could not be opened or created, in the user's terms: SQLite says only
    "unable to open database file", the OS "[Errno 17] File exists: 'notes.txt'"."""
    for parent in file.parents:  # the nearest existing one decides
        if parent.exists():
            if not parent.is_dir():
                return f"{parent} is a file, not a folder"
            if not file.exists() and not os.access(parent, os.W_OK):
                return f"no database there, and the folder {parent} cannot be written to"
            break
    return (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)


def _writable(file: Path) -> bool:
    """Can SQLite write here: the file, and its folder (for the WAL and journal files)?"""
    return os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)


def _connect_read_only(file: Path) -> sqlite3.Connection:
    """A read-only connection. A WAL-mode database needs its -shm file; where that cannot be
    made (a read-only folder), the file is opened immutable: nobody can write it there anyway."""
    uri = "file:" + urllib.parse.quote(os.fsencode(file.resolve()))  # bytes: a non-UTF-8 name too
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(f"{uri}?{flags}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
            if flags.endswith("immutable=1"):
                raise
            wal = file.with_name(file.name + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                # immutable ignores the WAL: the latest work in it would silently not show
                raise StoreError(
                    f"{file} can only be opened read-only and its recent changes are still in "
                    f"{wal.name}, which SQLite cannot read from this folder; copy the database with "
                    "its -wal file to a folder you can write to and open it there",
                    code="read_only_wal", params={"path": str(file), "wal": wal.name}) from None
    raise AssertionError("unreachable")


def _check_current(db: sqlite_utils.Database, where: str) -> None:
    """A read-only database cannot be migrated: refuse one that needs it, rather than misread it."""
    from core.store.migrations import SCHEMA_VERSION

    version = int(db.conn.execute("PRAGMA user_version").fetchone()[0])
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{where} can only be opened read-only ({READ_ONLY_REASON}) and was made by an older "
            f"Marsad (schema {version}, this version needs {SCHEMA_VERSION}); open it once where it "
            "can be written to update it",
            code="read_only_old_schema", params={"path": where, "version": version, "needed": SCHEMA_VERSION},
        )


def _check_file(file: Path) -> None:
    """Refuse anything that exists but is not an SQLite file, before opening it."""
    if file.is_dir():
        raise StoreError(f"{file} is a folder, not a database file", code="is_folder", params={"path": str(file)})
    if not file.exists() or file.stat().st_size == 0:
        return
    try:
        with open(file, "rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot read the database {file}: {exc.strerror}", code="cannot_read",
                         params={"path": str(file), "reason": str(exc.strerror)}) from exc
    if header != _SQLITE_HEADER:
        raise StoreError(f"{file} is not a Marsad database (not an SQLite file); it was left untouched",
                         code="not_sqlite", params={"path": str(file)})


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """All-or-nothing block. Nested use becomes a savepoint, so functions that write can be
    called alone or inside a caller's larger batch."""
    conn = db.conn
    check_writable(db)
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
