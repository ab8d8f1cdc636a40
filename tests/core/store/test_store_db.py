"""Opening, migrating and writing to the database: real SQLite files in tmp_path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.store import SCHEMA_VERSION, StoreError, default_db_path, open_db, transaction
from core.store.migrations import MIGRATIONS


def test_migrations_run_once_and_record_the_version(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "marsad.db"
    db = open_db(path)
    assert path.exists()
    names = [r["name"] for r in db.query("SELECT name FROM _migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert {"articles", "entities", "incidents", "incident_overrides", "highlights", "notes",
            "tags", "article_tags", "articles_fts"} <= set(db.table_names())  # fmt: skip
    db.close()

    again = open_db(path)
    rows = list(again.query("SELECT name, applied_at FROM _migrations"))
    assert len(rows) == len(MIGRATIONS)
    assert again.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    again.close()


def test_opening_a_schema_1_database_refolds_its_search_copies(tmp_path: Path) -> None:
    """Schema 1 folded search copies without the hamza seats; opening it today refolds them
    and the FTS index, and leaves the original text alone."""
    import sqlite_utils

    from core.store import search
    from core.store.migrations import m001_initial

    path = tmp_path / "v1.db"
    text, title = "قال مسؤول في وزارة الشؤون الخارجية", "بيان رئيس"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    m001_initial(sqlite_utils.Database(conn))
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("INSERT INTO _migrations VALUES ('001_initial', '2025-01-01T00:00:00+00:00')")
    conn.execute(  # the copies as schema 1 folded them: «ؤ» and «ئ» kept
        "INSERT INTO articles (id, title, text, title_search, search_text, content_hash, imported_at) "
        "VALUES (1, ?, ?, ?, ?, 'h1', '2025-01-01')",
        (title, text, title, text),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()

    db = open_db(path)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [r["id"] for r in search(db, "مسوول")] == [1]
    assert [r["id"] for r in search(db, "الشئون")] == [1]
    assert [r["id"] for r in search(db, "رييس")] == [1]  # the title too
    row = db.conn.execute("SELECT text, title, search_text, content_hash FROM articles").fetchone()
    assert row == (text, title, "قال مسوول في وزاره الشوون الخارجيه", "h1")
    db.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    db.close()


def test_connection_settings(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_memory_database_is_migrated() -> None:
    db = open_db(memory=True)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_default_path_honours_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("MARSAD_DB")
    assert default_db_path().name == "marsad.db"
    assert "marsad" in str(default_db_path().parent).lower()


def test_open_without_path_uses_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "env.db"))
    open_db().close()
    assert (tmp_path / "env.db").exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_intact(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    content = "ليست قاعدة بيانات\n".encode() * 200
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        open_db(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content
    assert not (tmp_path / "notes.db-wal").exists()


def test_a_damaged_database_is_refused_and_left_intact(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    open_db(path).close()
    good = path.read_bytes()
    damaged = good[:100] + b"\xde\xad" * 2000 + good[4100:]
    path.write_bytes(damaged)
    with pytest.raises(StoreError) as info:
        open_db(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == damaged
    # The command-line advice is a field of its own, not text to cut out of the message: the GUI
    # shows `detail` (its buttons are the way on), the CLI prints both (str()).
    assert "restore BACKUP" in info.value.advice and "restore BACKUP" not in info.value.detail
    assert str(path) in info.value.detail
    assert str(info.value) == f"{info.value.detail} {info.value.advice}"


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="another program"):
        open_db(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    db = open_db(path)
    db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        open_db(path)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        open_db(tmp_path)


def _tag_names(db) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[0] for r in db.conn.execute("SELECT name FROM tags ORDER BY name")]


def test_transaction_commits_or_rolls_back_everything() -> None:
    db = open_db(memory=True)
    with transaction(db):
        db.conn.execute("INSERT INTO tags (name) VALUES ('a')")
        db.conn.execute("INSERT INTO tags (name) VALUES ('b')")
    with pytest.raises(sqlite3.IntegrityError):
        with transaction(db):
            db.conn.execute("INSERT INTO tags (name) VALUES ('c')")
            db.conn.execute("INSERT INTO tags (name) VALUES ('a')")  # UNIQUE violation
    assert _tag_names(db) == ["a", "b"]
    assert not db.conn.in_transaction


def test_nested_transaction_rolls_back_only_the_inner_block() -> None:
    db = open_db(memory=True)
    with transaction(db):
        db.conn.execute("INSERT INTO tags (name) VALUES ('outer')")
        with pytest.raises(RuntimeError):
            with transaction(db):
                db.conn.execute("INSERT INTO tags (name) VALUES ('inner')")
                raise RuntimeError("boom")
        assert db.conn.in_transaction
    assert _tag_names(db) == ["outer"]


def test_writes_are_visible_to_a_second_connection(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    writer = open_db(path)
    reader = open_db(path)
    with transaction(writer):
        writer.conn.execute("INSERT INTO tags (name) VALUES ('seen')")
    assert _tag_names(reader) == ["seen"]


def _library(path: Path) -> None:
    from core.ingest.model import ArticleIn
    from core.store import add_article

    db = open_db(path)
    add_article(db, ArticleIn("t", "قتل 3 جنود في دمت"))
    db.close()


def test_a_database_that_cannot_be_written_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """User audit: a healthy database in a read-only folder was refused as "not a usable Marsad
    database (unable to open database file)": opening it switched it to WAL."""
    import hashlib

    from core.store import ReadOnlyError, add_note, count_articles, is_read_only, search, set_read

    path = tmp_path / "lib.db"
    _library(path)
    before = hashlib.md5(path.read_bytes()).hexdigest()
    monkeypatch.setattr("core.store.db._writable", lambda file: False)  # tests run as root: chmod is moot
    db = open_db(path)
    assert is_read_only(db)
    assert count_articles(db) == 1 and len(search(db, "دمت")) == 1
    with pytest.raises(ReadOnlyError, match="opened read-only"):
        set_read(db, 1, True)
    with pytest.raises(ReadOnlyError, match=str(path)) as info:
        add_note(db, 1, "x")
    # the command to type is the error's advice (the CLI prints it), not part of its detail (the GUI's)
    assert f"marsad --db {path} backup COPY" in info.value.advice and "marsad" not in info.value.detail
    assert "writable folder" in info.value.detail and str(info.value).startswith(info.value.detail)
    db.close()
    assert hashlib.md5(path.read_bytes()).hexdigest() == before
    assert not is_read_only(open_db(path, read_only=False))


def test_read_only_refuses_a_database_that_needs_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _library(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="read-only .* older Marsad"):
        open_db(path, read_only=True)


def test_read_only_fallback_refuses_to_hide_a_wal_with_recent_work(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A review: where `mode=ro` fails (a read-only folder, no -shm), `immutable=1` ignores the WAL,
    so the analyst's latest work would silently not show. Refuse with a clear message instead."""
    import sqlite3 as real

    from core.store import db as dbmod

    file = tmp_path / "lib.db"
    conn = real.connect(file)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    (tmp_path / "lib.db-wal").write_bytes(b"\0" * 64)
    connect = real.connect

    class NoShm:  # what SQLite does in a read-only folder: the WAL index cannot be made
        def execute(self, *_a):  # type: ignore[no-untyped-def]
            raise real.OperationalError("unable to open database file")

        def close(self) -> None:
            pass

    def no_plain_ro(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(target, str) and target.endswith("?mode=ro"):
            return NoShm()
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(dbmod.sqlite3, "connect", no_plain_ro)
    with pytest.raises(dbmod.StoreError, match="-wal"):
        dbmod._connect_read_only(file)


def test_a_database_path_under_a_file_says_so(tmp_path: Path) -> None:
    """Bad-input review: `--db notes.txt/lib.db` said "cannot open the database …: [Errno 17] File
    exists: 'notes.txt'"; the file is left as it was."""
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match=r"notes.txt is a file, not a folder$"):
        open_db(tmp_path / "notes.txt" / "sub" / "lib.db")
    assert (tmp_path / "notes.txt").read_text() == "x"


def test_an_sqlite_failure_during_use_keeps_the_command_to_type_apart() -> None:
    """storage_error: what happened and what to do is the detail, in words for any interface; the
    command line's `marsad … restore` is the advice, and an interface that names its own way to
    restore (the GUI's menu) gets no command at all."""
    import sqlite3

    from core.store.db import storage_error

    damaged = sqlite3.DatabaseError("database disk image is malformed")
    cli = storage_error("lib.db", damaged)
    assert cli.detail == "database lib.db: database disk image is malformed; the database may be damaged; restore it from a backup"
    assert "`marsad --db lib.db restore BACKUP`" in cli.advice and "marsad" not in cli.detail
    assert "restore BACKUP" in str(cli)
    gui = storage_error("lib.db", damaged, restore_with="File → Restore database…")
    assert gui.advice == "" and gui.detail.endswith("restore it from a backup with File → Restore database…")
    locked = storage_error("lib.db", sqlite3.OperationalError("database is locked"))
    assert "another program holds the database" in locked.detail and locked.advice == ""


def test_store_errors_carry_a_code_for_interfaces_that_word_them() -> None:
    """Each kind of store failure names itself (code) and the values an interface's own wording
    needs (params), so the GUI can say it in Arabic; the CLI's English detail is unchanged; a
    pickled error keeps all of it."""
    import pickle

    from core.store.db import STORE_ERROR_CODES, ReadOnlyError, storage_error

    cases = {
        "disk_full": sqlite3.OperationalError("database or disk is full"),
        "read_only": sqlite3.OperationalError("attempt to write a readonly database"),
        "locked": sqlite3.OperationalError("database is locked"),
        "damaged": sqlite3.DatabaseError("database disk image is malformed"),
    }
    for code, exc in cases.items():
        err = storage_error("lib.db", exc)
        assert err.code == code and err.params == {"path": "lib.db", "reason": str(exc)}
        assert err.detail.startswith(f"database lib.db: {exc};")
    assert "the command stopped" in storage_error("lib.db", cases["disk_full"]).detail  # the CLI's words
    again = pickle.loads(pickle.dumps(ReadOnlyError("x", "y", code="opened_read_only", params={"path": "p"})))
    assert type(again) is ReadOnlyError and (again.detail, again.advice, again.code, again.params) == (
        "x", "y", "opened_read_only", {"path": "p"})
    assert {c for c in cases} <= STORE_ERROR_CODES and "opened_read_only" in STORE_ERROR_CODES


def test_opening_failures_carry_their_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core.store.db import check_writable

    with pytest.raises(StoreError) as folder:
        open_db(tmp_path)
    assert folder.value.code == "is_folder" and folder.value.params == {"path": str(tmp_path)}
    (tmp_path / "notes.db").write_text("not a database")
    with pytest.raises(StoreError) as text_file:
        open_db(tmp_path / "notes.db")
    assert text_file.value.code == "not_sqlite"
    db = open_db(tmp_path / "lib.db")
    db.conn.close()
    ro = open_db(tmp_path / "lib.db", read_only=True)
    with pytest.raises(StoreError) as read_only:
        check_writable(ro)
    assert read_only.value.code == "opened_read_only" and read_only.value.params == {"path": str(tmp_path / "lib.db")}
    ro.conn.close()


def test_every_code_a_store_error_is_given_is_listed() -> None:
    """An interface words the codes in STORE_ERROR_CODES: a code raised but not listed would be
    one it never learns of."""
    import re

    from core.store.db import STORE_ERROR_CODES

    folder = Path(__file__).resolve().parents[3] / "core" / "store"
    raised = {code for path in folder.rglob("*.py")
              for code in re.findall(r'\bcode="(\w+)"', path.read_text(encoding="utf-8"))}
    raised |= {"disk_full", "read_only", "locked", "damaged"}  # storage_error() names them in a variable
    assert raised == STORE_ERROR_CODES
