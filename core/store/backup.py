"""Backup and restore of the whole database, safe while the app is using it.

Both directions use SQLite's online backup API rather than copying files: a file copy taken
while another connection writes (or while recent commits still sit in the `-wal` file) can be
torn or stale, whereas the backup API copies a consistent snapshot page by page and, writing
into a live database, takes that database's locks like any other writer. So a restore never
pulls the file from under an open app: the app's next read simply sees the restored content.

A backup is written to a temporary file beside the destination, checked, switched out of WAL
mode (one self-contained file to copy or mail) and renamed into place, so a half-written backup
never carries the final name. A restore validates the source first (SQLite header, integrity
check, Marsad schema no newer than this version), keeps the current database as `<name>.bak`,
then copies the source in and applies any pending migrations.

These are the Qt-free task functions the GUI's backup/restore actions call from its executor.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from core.store.db import BUSY_TIMEOUT_MS, StoreError, _connect_read_only, copy_database
from core.text.english import plural

Progress = Callable[[int, int | None, str], None]
# The tables whose absence means "not a Marsad database" (the analyst's layers first).
REQUIRED_TABLES = (
    "articles", "notes", "highlights", "tags", "article_tags", "incident_overrides",
    "entities", "incidents", "_migrations",
)  # fmt: skip
_PAGES_PER_STEP = 1024  # 4 MB at the default page size: progress a few times a second
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup file holds, for the confirmation a restore asks for."""

    path: Path
    schema_version: int
    articles: int
    notes: int
    highlights: int
    size_bytes: int

    def summary(self) -> str:
        return (
            plural(f"{self.articles} article(s), {self.notes} note(s), {self.highlights} highlight(s) ",
                   self.articles, self.notes, self.highlights)
            + f"(schema {self.schema_version}, {self.size_bytes / 1e6:.1f} MB)"
        )


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: BackupInfo
    previous: Path | None  # where the replaced database was kept; None when there was none


def backup_db(
    db: sqlite_utils.Database,
    dest_path: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    on_progress: Progress | None = None,
) -> BackupInfo:
    """Copy the open database `db` to `dest_path`, consistent even while others write.

    Refuses to overwrite an existing file unless `overwrite`, and refuses the database's own
    file. Returns what the backup holds (read back from the finished file)."""
    dest = Path(dest_path).expanduser()
    if dest.is_dir():
        raise StoreError(f"{dest} is a folder; give a file name for the backup", code="backup_is_folder",
                         params={"path": str(dest)})
    own = _main_file(db.conn)
    if own is not None and dest.exists() and os.path.samefile(dest, own):
        raise StoreError(f"{dest} is the database itself; choose another file for the backup",
                         code="backup_is_database", params={"path": str(dest)})
    if dest.exists() and not overwrite:
        raise StoreError(f"{dest} exists; choose another name or allow overwriting", code="backup_exists",
                         params={"path": str(dest)})
    _make_folder(dest.parent, f"cannot back up to {dest}")
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        _, integrity = copy_database(db.conn, tmp, pages=_PAGES_PER_STEP,
                                     progress=_pages_progress(on_progress, "backing up"))
        _raise_if_damaged(integrity, str(dest))
        os.replace(tmp, dest)  # on disk (fsynced) before the rename makes it the backup
    except sqlite3.Error as exc:
        raise StoreError(f"backup to {dest} failed: {exc}", code="backup_failed",
                         params={"path": str(dest), "reason": str(exc)}) from exc
    except OSError as exc:
        raise StoreError(f"backup to {dest} failed: {exc.strerror or exc}", code="backup_failed",
                         params={"path": str(dest), "reason": str(exc.strerror or exc),
                                 "errno": exc.errno or ""}) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return inspect_backup(dest)


def inspect_backup(src_path: str | os.PathLike[str]) -> BackupInfo:
    """Validate a backup file without changing it; raises StoreError saying what is wrong."""
    from core.store.migrations import SCHEMA_VERSION

    src = Path(src_path).expanduser()
    if not src.is_file():
        raise StoreError(f"{src}: no such backup file", code="no_backup", params={"path": str(src)})
    with open(src, "rb") as f:
        if f.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise StoreError(f"{src} is not a Marsad backup (not an SQLite database)", code="not_a_backup",
                             params={"path": str(src)})
    try:  # a backup on a read-only stick or share, or a WAL-mode copy of a library, opens too
        conn = _connect_read_only(src)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the backup {src}: {exc}", code="backup_cannot_open",
                         params={"path": str(src), "reason": str(exc)}) from exc
    try:
        _check_integrity(conn, str(src))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise StoreError(f"{src} is not a Marsad backup (no {', '.join(missing)} table)",
                             code="backup_missing_tables", params={"path": str(src), "tables": ", ".join(missing)})
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{src} was made by a newer Marsad (schema {version}, this version knows "
                f"{SCHEMA_VERSION})",
                code="backup_newer", params={"path": str(src), "version": version, "known": SCHEMA_VERSION},
            )

        def count(table: str) -> int:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        return BackupInfo(src, version, count("articles"), count("notes"), count("highlights"), src.stat().st_size)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{src} is not a usable Marsad backup ({exc})", code="backup_not_usable",
                         params={"path": str(src), "reason": str(exc)}) from exc
    finally:
        conn.close()


def previous_path(db_path: str | os.PathLike[str]) -> Path:
    """Where a restore keeps the database it replaced."""
    path = Path(db_path)
    return path.with_name(path.name + ".bak")


def restore_db(
    src_path: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    *,
    on_progress: Progress | None = None,
    replace_unreadable: bool = False,
) -> RestoreResult:
    """Replace the database at `db_path` with the backup `src_path`.

    The source is validated before anything is touched; the current database (if any) is kept
    as `<name>.bak` first, so a wrong restore can itself be undone by restoring the .bak.
    Safe while the app has the database open: the copy goes through SQLite's locks.

    A current database that cannot be copied (damaged, not a database: the very reason to
    restore) is refused with a StoreError unless `replace_unreadable`; then its files are moved,
    unchanged, to `<name>.damaged` (with their -wal/-shm), and the backup is restored in its place."""
    info = inspect_backup(src_path)
    dest = Path(db_path).expanduser()
    if dest.exists() and os.path.samefile(info.path, dest):
        raise StoreError(f"{info.path} is the database itself; nothing to restore", code="restore_is_database",
                         params={"path": str(info.path)})
    # The current database is copied aside under a temporary name and only becomes the .bak
    # after the restore: restoring the .bak itself must read it before it is replaced.
    kept: Path | None = None
    set_aside: Path | None = None
    if dest.exists() and dest.stat().st_size > 0:
        from core.store.db import open_db

        try:
            current = open_db(dest)  # refuses (untouched) a file that is not a Marsad database
            try:
                kept = backup_db(current, dest.with_name(dest.name + ".bak.new"), overwrite=True).path
            finally:
                current.conn.close()
        except (StoreError, sqlite3.DatabaseError) as exc:
            if not replace_unreadable:
                raise StoreError(
                    f"{dest} cannot be kept as {previous_path(dest).name} before the restore ({exc}); "
                    f"restoring anyway moves it, as it is, to {damaged_path(dest).name}",
                    code="restore_cannot_keep", params={"path": str(dest), "kept": previous_path(dest).name,
                                                        "damaged": damaged_path(dest).name, "reason": str(exc)},
                ) from exc
            set_aside = _set_aside(dest)
    _make_folder(dest.parent, f"cannot restore into {dest}")
    try:
        source = _connect_read_only(info.path)
        target = sqlite3.connect(dest, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            source.backup(target, pages=_PAGES_PER_STEP, progress=_pages_progress(on_progress, "restoring"))
        finally:
            source.close()
            target.close()
    except sqlite3.Error as exc:
        if kept is not None:
            kept.unlink(missing_ok=True)
        if set_aside is not None:
            raise StoreError(f"restore into {dest} failed ({exc}); the previous database is in {set_aside}",
                             code="restore_failed_set_aside",
                             params={"path": str(dest), "previous": str(set_aside), "reason": str(exc)}) from exc
        raise StoreError(f"restore into {dest} failed ({exc}); the previous database is unchanged",
                         code="restore_failed", params={"path": str(dest), "reason": str(exc)}) from exc
    previous = set_aside
    if kept is not None:
        previous = previous_path(dest)
        os.replace(kept, previous)
    from core.store.db import open_db

    restored = open_db(dest)  # WAL mode and pending migrations, as for any database we open
    restored.conn.close()
    return RestoreResult(info, previous)


def damaged_path(db_path: Path) -> Path:
    """A free `<name>.damaged` (then .damaged-2, -3…): an earlier one is never overwritten."""
    n = 1
    while True:
        candidate = db_path.with_name(db_path.name + (".damaged" if n == 1 else f".damaged-{n}"))
        if not any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
            return candidate
        n += 1


def _set_aside(db_path: Path) -> Path:
    """Move a database that cannot be read, with its -wal and -shm files, out of the way, byte for byte."""
    aside = damaged_path(db_path)
    try:
        for suffix in ("-wal", "-shm", ""):  # the main file last: until then the database is whole
            part = Path(f"{db_path}{suffix}")
            if part.exists():
                os.replace(part, f"{aside}{suffix}")
    except OSError as exc:
        raise StoreError(f"cannot move {db_path} aside to {aside} ({exc.strerror or exc}); nothing was restored",
                         code="cannot_move_aside",
                         params={"path": str(db_path), "aside": str(aside), "reason": str(exc.strerror or exc),
                                 "errno": exc.errno or ""}) from exc
    return aside


def _make_folder(folder: Path, what: str) -> None:
    """Create `folder` (and its parents) or say in one line why not: a file where a folder
    should be, a read-only place. Was an uncaught OSError (a traceback in the CLI)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        for parent in (folder, *folder.parents):  # the nearest existing one decides
            if parent.exists():
                if not parent.is_dir():
                    raise StoreError(f"{what}: {parent} is a file, not a folder", code="folder_is_file",
                                     params={"path": str(parent)}) from exc
                break
        raise StoreError(f"{what}: the folder {folder} cannot be created ({exc.strerror or exc})",
                         code="folder_cannot_create", params={"path": str(folder), "reason": str(exc.strerror or exc),
                                 "errno": exc.errno or ""}) from exc
    if not os.access(folder, os.W_OK):
        raise StoreError(f"{what}: the folder {folder} cannot be written to", code="folder_not_writable",
                         params={"path": str(folder)})


def _main_file(conn: sqlite3.Connection) -> Path | None:
    # Read as bytes: a path that is not UTF-8 (os.fsencode's bytes, as SQLite keeps them) failed
    # to decode, and the backup was refused as a damaged database.
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute("PRAGMA database_list").fetchall()
    finally:
        conn.text_factory = factory
    for _, name, file in rows:
        if name == b"main" and file:
            return Path(os.fsdecode(file))
    return None


def _check_integrity(conn: sqlite3.Connection, where: str) -> None:
    _raise_if_damaged([r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()], where)


def _raise_if_damaged(rows: list[str], where: str) -> None:
    """StoreError "integrity" unless `PRAGMA integrity_check` said ["ok"]."""
    if rows != ["ok"]:
        reason = "; ".join(str(r) for r in rows[:3])
        raise StoreError(f"{where} is damaged: {reason}", code="integrity", params={"path": where, "reason": reason})


def _pages_progress(on_progress: Progress | None, verb: str) -> Callable[[int, int, int], None] | None:
    if on_progress is None:
        return None

    def report(status: int, remaining: int, total: int) -> None:
        on_progress(total - remaining, total, f"{verb}: {total - remaining} of {total} pages")

    return report
