"""Session 40: a library of an older schema is copied (once) before its first migration, so the
version that made it can still open it and a migration gone wrong can be undone; when no copy
can be made, nothing is migrated. Every database is made here."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

import core.store.migrations as migrations_module
from core.ingest.model import ArticleIn
from core.store import StoreError, add_article, add_note, open_db
from core.store.db import before_migrating_path


def _library(path: Path) -> int:
    db = open_db(path)
    article, _ = add_article(db, ArticleIn(title="قديم", text="اندلعت مواجهات قرب مبنى البلدية مساء الخميس."))
    add_note(db, article, "ملاحظة قديمة")
    version = db.conn.execute("PRAGMA user_version").fetchone()[0]
    db.conn.close()
    return int(version)


def _upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a future version appends."""
    def m_later(db: object) -> None:
        db.conn.execute("CREATE TABLE saved_searches (id INTEGER PRIMARY KEY, query TEXT NOT NULL)")  # type: ignore[attr-defined]

    later = [*migrations_module.MIGRATIONS, ("999_saved_searches", m_later)]
    monkeypatch.setattr(migrations_module, "MIGRATIONS", later)
    monkeypatch.setattr(migrations_module, "SCHEMA_VERSION", len(later))


def test_an_older_library_is_copied_once_before_it_is_upgraded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.db"
    old = _library(path)
    assert not before_migrating_path(path, old).exists()  # a current library: no copy
    _upgrade(monkeypatch)
    db = open_db(path)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == old + 1
    db.conn.close()
    copy = before_migrating_path(path, old)
    assert copy.name == f"lib.db.schema{old}.bak"
    kept = sqlite3.connect(copy)  # what the older version opens: its schema, the note
    assert kept.execute("PRAGMA user_version").fetchone()[0] == old
    assert kept.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert [r[0] for r in kept.execute("SELECT body FROM notes")] == ["ملاحظة قديمة"]
    assert kept.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept.close()
    monkeypatch.undo()
    open_db(copy, read_only=True).conn.close()  # the version that made it opens it
    _upgrade(monkeypatch)
    stamp = copy.stat().st_mtime_ns
    open_db(path).conn.close()  # up to date now: the copy is left alone
    assert copy.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir() if ".tmp" in p.name) == []


def test_no_copy_no_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy cannot be made (here its temporary file's name is taken by a folder, as a full
    disk would fail it): the library is left at its schema, with a message saying why."""
    path = tmp_path / "lib.db"
    old = _library(path)
    _upgrade(monkeypatch)
    copy = before_migrating_path(path, old)
    (tmp_path / f".{copy.name}.{os.getpid()}.tmp").mkdir()
    with pytest.raises(StoreError) as raised:
        open_db(path)
    assert raised.value.code == "cannot_keep_copy" and raised.value.params["version"] == old
    assert "nothing was changed" in str(raised.value) and str(copy) in str(raised.value)
    assert not copy.exists()
    monkeypatch.undo()
    db = open_db(path)  # today's version: no upgrade needed, opens as before
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == old
    assert [r[0] for r in db.conn.execute("SELECT body FROM notes")] == ["ملاحظة قديمة"]


def test_a_disk_without_hard_links_still_keeps_the_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A FAT/exFAT stick or a network share refuses os.link (EPERM): the copy is renamed to its
    name instead, and the library upgraded (it was refused, "free some disk space")."""
    import errno

    import core.store.db as db_module

    def no_links(src: object, dst: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    path = tmp_path / "lib.db"
    old = _library(path)
    _upgrade(monkeypatch)
    monkeypatch.setattr(db_module.os, "link", no_links)
    db = open_db(path)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == old + 1
    db.conn.close()
    kept = sqlite3.connect(before_migrating_path(path, old))
    assert kept.execute("PRAGMA user_version").fetchone()[0] == old
    kept.close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".tmp" in p.name) == []


def test_a_copy_made_meanwhile_is_never_replaced_without_hard_links(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import core.store.db as db_module

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.ENOTSUP, "Operation not supported")

    monkeypatch.setattr(db_module.os, "link", no_links)
    tmp, dest = tmp_path / "new.tmp", tmp_path / "lib.db.schema3.bak"
    tmp.write_bytes(b"new")
    dest.write_bytes(b"first")
    db_module._link_no_replace(tmp, dest)
    assert dest.read_bytes() == b"first"
