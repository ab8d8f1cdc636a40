"""A library held by another program (another Marsad window, a sync tool, an open DB browser)
past the busy timeout is sound: opening it must say so and never advise restoring a backup over
it (session 43: it was reported as «not a usable Marsad database … restore it from a backup»)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from core import store
from core.cli import cli
from core.ingest.model import ArticleIn
from core.store import db as store_db


def library(path: Path) -> Path:
    db = store.open_db(path)
    store.add_article(db, ArticleIn(title="خبر", text="قتل ثلاثة مدنيين في قصف على تعز. " * 5, source="test"))
    db.conn.execute("PRAGMA journal_mode=DELETE")  # as a copy from another machine or an old version
    db.conn.close()
    return path


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


@pytest.fixture
def held(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A library with an exclusive lock taken by another connection; the busy timeout made short."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    path = library(tmp_path / "lib.db")
    before = md5(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield path
    other.execute("ROLLBACK")
    other.close()
    assert md5(path) == before  # nothing was written to it
    db = store.open_db(path)  # once released it opens, with its article
    assert db.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    db.conn.close()


def test_opening_a_held_library_says_it_is_in_use(held) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(store.StoreError) as err:
        store.open_db(held)
    assert err.value.code == "locked"
    assert "in use by another program" in str(err.value)
    assert "restore" not in str(err.value) and "not a usable" not in str(err.value)


def test_the_cli_says_so_in_one_line(held, tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    article.write_text("قتل خمسة في غارة على صنعاء. " * 5, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(held), "import", "--no-analyze", str(article)], obj={})
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "in use by another program" in lines[0], result.output
    assert "restore" not in result.output


def test_a_read_only_library_is_not_told_to_run_the_import_again(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Session 43: `marsad import` into a library on a read-only mount ended «… Nothing had been
    imported; run the same command again», which can only fail the same way. (The suite runs as
    root, which may write anywhere: the file is made to look unwritable as a read-only mount does.)"""
    path = library(tmp_path / "lib.db")
    before = md5(path)
    monkeypatch.setattr(store_db, "_writable", lambda file: False)
    article = tmp_path / "a.txt"
    article.write_text("قتل خمسة في غارة على صنعاء. " * 5, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(path), "import", "--no-analyze", str(article)], obj={})
    assert result.exit_code == 1
    assert "opened read-only" in result.output and "Nothing had been imported" in result.output
    assert "run the same command again" not in result.output
    assert md5(path) == before
