"""Backup and restore: consistent copies while in use, validated restores, the .bak kept."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.cli import cli
from core.ingest.model import ArticleIn
from core.store import (
    StoreError,
    add_article,
    add_highlight,
    add_note,
    count_articles,
    list_highlights,
    list_notes,
    open_db,
)
from core.store import migrations as migrations_module
from core.store.backup import backup_db, inspect_backup, previous_path, restore_db


def _library(path: Path, n: int = 3, note: str = "ملاحظة") -> list[int]:
    db = open_db(path)
    ids = []
    for i in range(n):
        article_id, _ = add_article(db, ArticleIn(title=f"خبر {i}", text=f"قتل {i} أشخاص في تعز يوم الاثنين"))
        add_note(db, article_id, f"{note} {i}")
        add_highlight(db, article_id, 0, 3, color="red")
        ids.append(article_id)
    db.conn.close()
    return ids


def _snapshot(path: Path) -> tuple[int, list[str], list[tuple[int, int, str]]]:
    db = open_db(path)
    ids = [r[0] for r in db.conn.execute("SELECT id FROM articles ORDER BY id")]
    notes = [n["body"] for i in ids for n in list_notes(db, i)]
    marks = [(h["start"], h["end"], h["color"]) for i in ids for h in list_highlights(db, i)]
    db.conn.close()
    return len(ids), notes, marks


def test_backup_then_restore_round_trip(tmp_path: Path) -> None:
    _library(tmp_path / "a.db")
    db = open_db(tmp_path / "a.db")
    info = backup_db(db, tmp_path / "copy.marsad")
    assert (info.articles, info.notes, info.highlights) == (3, 3, 3)
    # One self-contained file: no WAL mode, no side files, no temporary left behind.
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == ["copy.marsad"]
    with sqlite3.connect(tmp_path / "copy.marsad") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    result = restore_db(tmp_path / "copy.marsad", tmp_path / "b.db")
    assert result.previous is None
    assert _snapshot(tmp_path / "b.db") == _snapshot(tmp_path / "a.db")
    assert _snapshot(tmp_path / "b.db")[1] == ["ملاحظة 0", "ملاحظة 1", "ملاحظة 2"]


def test_backup_is_consistent_while_another_connection_writes(tmp_path: Path) -> None:
    _library(tmp_path / "a.db", n=1)
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        other = open_db(tmp_path / "a.db")
        k = 0
        while not stop.is_set() and k < 400:
            k += 1
            add_article(other, ArticleIn(title=str(k), text=f"نص رقم {k} " * 200))
            written.append(k)
        other.conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        db = open_db(tmp_path / "a.db")
        infos = [backup_db(db, tmp_path / f"b{i}.db") for i in range(5)]
    finally:
        stop.set()
        thread.join()
    counts = [i.articles for i in infos]
    assert counts == sorted(counts) and counts[-1] <= 1 + len(written)
    for i in range(5):  # every copy passes the integrity check and opens as a Marsad database
        assert inspect_backup(tmp_path / f"b{i}.db").articles == counts[i]


def test_backup_refuses_to_overwrite_or_copy_onto_itself(tmp_path: Path) -> None:
    _library(tmp_path / "a.db", n=1)
    db = open_db(tmp_path / "a.db")
    (tmp_path / "exists.db").write_bytes(b"keep me")
    with pytest.raises(StoreError, match="exists"):
        backup_db(db, tmp_path / "exists.db")
    assert (tmp_path / "exists.db").read_bytes() == b"keep me"
    with pytest.raises(StoreError, match="the database itself"):
        backup_db(db, tmp_path / "a.db", overwrite=True)
    assert count_articles(db) == 1
    assert backup_db(db, tmp_path / "exists.db", overwrite=True).articles == 1


def test_restore_keeps_the_previous_database_as_bak(tmp_path: Path) -> None:
    _library(tmp_path / "old.db", n=2, note="قديمة")
    _library(tmp_path / "current.db", n=4, note="حالية")
    db = open_db(tmp_path / "old.db")
    backup_db(db, tmp_path / "old.backup")
    result = restore_db(tmp_path / "old.backup", tmp_path / "current.db")
    assert result.previous == previous_path(tmp_path / "current.db") == tmp_path / "current.db.bak"
    assert _snapshot(tmp_path / "current.db")[1] == ["قديمة 0", "قديمة 1"]
    # The replaced database survives in the .bak and can itself be restored.
    assert _snapshot(tmp_path / "current.db.bak")[1] == ["حالية 0", "حالية 1", "حالية 2", "حالية 3"]
    restore_db(tmp_path / "current.db.bak", tmp_path / "current.db")
    assert _snapshot(tmp_path / "current.db")[0] == 4


def test_restore_under_an_open_connection(tmp_path: Path) -> None:
    """The app keeps its connection; after the restore it reads the restored library."""
    _library(tmp_path / "live.db", n=5)
    _library(tmp_path / "other.db", n=2, note="من النسخة")
    backup_db(open_db(tmp_path / "other.db"), tmp_path / "other.backup")
    app = open_db(tmp_path / "live.db")
    assert count_articles(app) == 5
    restore_db(tmp_path / "other.backup", tmp_path / "live.db")
    assert count_articles(app) == 2
    assert app.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [n["body"] for n in list_notes(app, 1)] == ["من النسخة 0"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000)), "not an SQLite database"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), "no articles"),
        (lambda p: p.write_bytes(b""), "not an SQLite database"),
    ],
    ids=["png", "other-program", "empty"],
)
def test_restore_refuses_what_is_not_a_marsad_backup(tmp_path: Path, make, message: str) -> None:
    _library(tmp_path / "current.db", n=2)
    before = (tmp_path / "current.db").read_bytes()
    make(tmp_path / "bad.backup")
    with pytest.raises(StoreError, match=message):
        restore_db(tmp_path / "bad.backup", tmp_path / "current.db")
    assert (tmp_path / "current.db").read_bytes() == before
    assert not previous_path(tmp_path / "current.db").exists()


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    _library(tmp_path / "a.db", n=30)
    backup_db(open_db(tmp_path / "a.db"), tmp_path / "a.backup")
    data = bytearray((tmp_path / "a.backup").read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page + 100 : 3 * page] = bytes(page - 100)  # zero most of a b-tree page
    (tmp_path / "a.backup").write_bytes(bytes(data))
    _library(tmp_path / "current.db", n=1)
    with pytest.raises(StoreError, match="damaged|not a usable"):
        restore_db(tmp_path / "a.backup", tmp_path / "current.db")
    assert _snapshot(tmp_path / "current.db")[0] == 1


def test_restore_refuses_a_backup_from_a_newer_version(tmp_path: Path) -> None:
    _library(tmp_path / "a.db", n=1)
    backup_db(open_db(tmp_path / "a.db"), tmp_path / "a.backup")
    with sqlite3.connect(tmp_path / "a.backup") as conn:
        conn.execute(f"PRAGMA user_version = {migrations_module.SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer Marsad"):
        restore_db(tmp_path / "a.backup", tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()


def test_restoring_an_old_backup_applies_newer_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _library(tmp_path / "a.db", n=2)
    backup_db(open_db(tmp_path / "a.db"), tmp_path / "v1.backup")

    def m002_reading_time(db) -> None:  # a later version's migration
        db.conn.execute("ALTER TABLE articles ADD COLUMN minutes INTEGER")

    monkeypatch.setattr(migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS, ("002_t", m002_reading_time)])
    monkeypatch.setattr(migrations_module, "SCHEMA_VERSION", len(migrations_module.MIGRATIONS))
    restore_db(tmp_path / "v1.backup", tmp_path / "b.db")
    with sqlite3.connect(tmp_path / "b.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations_module.SCHEMA_VERSION
        assert "minutes" in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 2


def test_cli_backup_and_restore(tmp_path: Path) -> None:
    _library(tmp_path / "a.db", n=2)
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", str(tmp_path / "a.db"), "backup", str(tmp_path / "a.backup")])
    assert out.exit_code == 0, out.output
    assert "2 articles, 2 notes, 2 highlights" in out.output
    again = runner.invoke(cli, ["--db", str(tmp_path / "a.db"), "backup", str(tmp_path / "a.backup")])
    assert again.exit_code != 0 and "exists" in again.output

    _library(tmp_path / "b.db", n=5)
    refused = runner.invoke(cli, ["--db", str(tmp_path / "b.db"), "restore", str(tmp_path / "a.backup")])
    assert refused.exit_code != 0 and "--force" in refused.output
    assert _snapshot(tmp_path / "b.db")[0] == 5
    done = runner.invoke(cli, ["--db", str(tmp_path / "b.db"), "restore", str(tmp_path / "a.backup"), "--force"])
    assert done.exit_code == 0, done.output
    assert f"kept as {tmp_path / 'b.db.bak'}" in done.output
    assert _snapshot(tmp_path / "b.db")[0] == 2
    fresh = runner.invoke(cli, ["--db", str(tmp_path / "new.db"), "restore", str(tmp_path / "a.backup")])
    assert fresh.exit_code == 0 and "kept as" not in fresh.output
    bad = runner.invoke(cli, ["--db", str(tmp_path / "new.db"), "restore", str(tmp_path / "nope.db")])
    assert bad.exit_code != 0 and "no such backup file" in bad.output


def test_restore_from_a_library_copy_in_a_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bad-input review: a copy of the library (WAL mode, as the app leaves it) on a read-only
    stick or share was refused as "not a usable Marsad backup (attempt to write a readonly
    database)": SQLite's `mode=ro` must make a -shm file beside a WAL database and cannot there.
    It is opened as the app opens a read-only library (immutable when no -wal holds recent work)."""
    src = tmp_path / "stick" / "marsad.db"
    src.parent.mkdir()
    _library(src, n=2)
    assert sqlite3.connect(src).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connect = sqlite3.connect

    class NoShm:  # what SQLite does in a read-only folder: the WAL index cannot be made
        def execute(self, *_a):  # type: ignore[no-untyped-def]
            raise sqlite3.OperationalError("attempt to write a readonly database")

        def close(self) -> None:
            pass

    def read_only_folder(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(target, str) and target.startswith("file:") and target.endswith("?mode=ro"):
            return NoShm()
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only_folder)
    assert inspect_backup(src).articles == 2
    dest = tmp_path / "restored.db"
    restore_db(src, dest)
    monkeypatch.undo()
    assert _snapshot(dest) == _snapshot(src)


def test_backup_and_restore_into_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    """Bad-input review: a backup or restore path under a file (or a read-only folder) was an
    uncaught FileExistsError/PermissionError, a traceback in the CLI; now one line, nothing written."""
    lib = tmp_path / "lib.db"
    _library(lib)
    (tmp_path / "notes.txt").write_text("x")
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(lib), "backup", str(tmp_path / "notes.txt" / "b.db")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "notes.txt is a file, not a folder" in result.output and "Traceback" not in result.output
    backup = tmp_path / "b.db"
    assert runner.invoke(cli, ["--db", str(lib), "backup", str(backup)]).exit_code == 0
    target = tmp_path / "notes.txt" / "sub" / "lib.db"
    result = runner.invoke(cli, ["--db", str(target), "restore", str(backup)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "cannot restore into" in result.output and "is a file, not a folder" in result.output
    with pytest.raises(StoreError, match="cannot back up to .* is a file, not a folder"):
        db = open_db(lib)
        try:
            backup_db(db, tmp_path / "notes.txt" / "c.db")
        finally:
            db.conn.close()
    assert (tmp_path / "notes.txt").read_text() == "x"


@pytest.mark.parametrize("damage", ["truncated", "garbage pages", "not sqlite"])
def test_restore_replaces_a_damaged_database_and_keeps_it_aside(tmp_path: Path, damage: str) -> None:
    """Bad-input review: a damaged library's own message says "restore it from a backup: `marsad
    --db DB restore BACKUP`", and that command failed on the same damage, with or without --force
    (the current database could not be opened or copied to .bak): no way out but moving files by
    hand. Now: without --force, one line saying so; with --force the damaged file is moved, byte
    for byte, to DB.damaged and the backup restored."""
    lib = tmp_path / "lib.db"
    _library(lib, n=2)
    backup = tmp_path / "lib.backup"
    db = open_db(lib)
    backup_db(db, backup)
    db.conn.close()
    data = bytearray(lib.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "garbage pages":
        data[4096:] = bytes(range(256)) * ((len(data) - 4096) // 256) + bytes((len(data) - 4096) % 256)
    else:
        data = bytearray(b"not a database" * 100)
    lib.write_bytes(bytes(data))
    for part in ("-wal", "-shm"):
        Path(f"{lib}{part}").unlink(missing_ok=True)
    runner = CliRunner()
    refused = runner.invoke(cli, ["--db", str(lib), "restore", str(backup)])
    assert refused.exit_code == 1 and isinstance(refused.exception, SystemExit)
    assert "use --force" in refused.output and "lib.db.damaged" in refused.output
    assert lib.read_bytes() == bytes(data)
    with pytest.raises(StoreError, match="cannot be kept as lib.db.bak"):
        restore_db(backup, lib)
    done = runner.invoke(cli, ["--db", str(lib), "restore", "--force", str(backup)])
    assert done.exit_code == 0, done.output
    assert "kept as" in done.output and "lib.db.damaged" in done.output
    assert (tmp_path / "lib.db.damaged").read_bytes() == bytes(data)
    db = open_db(lib)
    assert count_articles(db) == 2 and len(list_notes(db, 1)) == 1
    db.conn.close()
