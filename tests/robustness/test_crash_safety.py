"""Crash safety: SIGKILL at random moments never damages the database or loses a commit.

A child process (crash_child.py) writes and logs, fsync'ed, what it has committed; the test
kills it at a random point of its work, then checks `PRAGMA integrity_check` and that everything
logged is in the database. 50 cycles for importing, 50 for editing notes and highlights.
Also: two processes writing at once, and a database from the first schema version migrating.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.store import count_articles, open_db
from core.store import migrations as migrations_module

CHILD = Path(__file__).with_name("crash_child.py")
CYCLES = 50
ROWS = 150  # articles per import: several batches of 5, each its own transaction
ARABIC = "اشتباكات عنيفة بين الجيش والمسلحين في مديرية الظاهر أسفرت عن قتلى وجرحى"


def _spawn(mode: str, db: Path, log: Path, arg: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(db), str(log), arg],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait_ready(proc: subprocess.Popen[bytes], log: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text(encoding="utf-8").startswith("ready"):
            return
        if proc.poll() is not None:
            raise AssertionError(f"child exited early: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        time.sleep(0.01)
    proc.kill()
    raise AssertionError("child never became ready")


def _kill_after(proc: subprocess.Popen[bytes], log: Path, lines: int, delay: float) -> None:
    """SIGKILL once the child has logged `lines` commits, plus `delay` seconds: a random point
    in the middle of real work, whatever the machine's speed."""
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if log.read_text(encoding="utf-8").count("\n") > lines:
            break
        time.sleep(0.002)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    if proc.returncode not in (-signal.SIGKILL, 0):
        raise AssertionError(f"child failed by itself: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
    proc.stderr.close()  # type: ignore[union-attr]


def _integrity(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def _log_lines(log: Path) -> list[str]:
    # A kill can only cut the line being written; its transaction was not reported yet.
    return [line for line in log.read_text(encoding="utf-8").split("\n")[:-1] if line]


def test_sigkill_during_import(tmp_path: Path) -> None:
    rng = random.Random(7)
    db_path = tmp_path / "lib.db"
    open_db(db_path).conn.close()
    killed_mid_work = 0
    for cycle in range(CYCLES):
        source = tmp_path / f"batch{cycle}.jsonl"
        with source.open("w", encoding="utf-8") as f:
            for i in range(ROWS):
                row = {"title": f"{cycle}-{i}", "text": f"{ARABIC} {cycle} {i} " + "نص " * rng.randint(5, 200)}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        log = tmp_path / f"import{cycle}.log"
        proc = _spawn("import", db_path, log, str(source))
        _wait_ready(proc, log)
        _kill_after(proc, log, rng.randrange(ROWS // 5 - 8), rng.uniform(0.0, 0.02))
        assert _integrity(db_path) == "ok", f"cycle {cycle}"
        batches = [int(line.split()[1]) for line in _log_lines(log) if line.startswith("batch")]
        killed_mid_work += not any(line.startswith("finished") for line in _log_lines(log))
        db = open_db(db_path)
        stored = db.conn.execute(
            "SELECT count(*) FROM articles WHERE origin LIKE ?", (f"{source}:%",)
        ).fetchone()[0]
        db.conn.close()
        assert stored >= (batches[-1] if batches else 0), f"cycle {cycle}: committed articles lost"
    assert killed_mid_work >= CYCLES * 0.9, killed_mid_work  # the kills really landed mid-import
    # Every interrupted import finishes on a second run, with no duplicates and nothing lost.
    db = open_db(db_path)
    from core.ingest.importer import import_paths

    report = import_paths(db, sorted(tmp_path.glob("batch*.jsonl")), analyze=False)
    assert report.errors == []
    assert count_articles(db) == CYCLES * ROWS
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fts = db.conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'الظاهر'").fetchone()[0]
    assert fts == CYCLES * ROWS  # the search index is consistent with the table


def _stamp(value: str | None) -> tuple[int, int]:
    """(seed, step) a child wrote into a value; (-1, -1) for a missing row."""
    if value is None:
        return (-1, -1)
    seed, step = value.rsplit(" ", 1)[-1].split("-")
    return (int(seed), int(step))


def test_sigkill_while_editing_notes_and_highlights(tmp_path: Path) -> None:
    rng = random.Random(11)
    db_path = tmp_path / "lib.db"
    open_db(db_path).conn.close()
    expected_notes: dict[int, str] = {}
    expected_marks: dict[int, str] = {}
    for cycle in range(CYCLES):
        log = tmp_path / f"notes{cycle}.log"
        proc = _spawn("annotate", db_path, log, str(cycle))
        _wait_ready(proc, log)
        _kill_after(proc, log, rng.randrange(40), rng.uniform(0.0, 0.02))
        assert _integrity(db_path) == "ok", f"cycle {cycle}"
        for line in _log_lines(log)[1:]:
            kind, ident, value = line.split(" ", 2)
            (expected_notes if kind == "note" else expected_marks)[int(ident)] = value
        db = open_db(db_path)
        notes = dict(db.conn.execute("SELECT id, body FROM notes").fetchall())
        marks = dict(db.conn.execute("SELECT id, color FROM highlights").fetchall())
        db.conn.close()
        # The database may be one write ahead of the log (killed after COMMIT, before logging).
        lost = {k: v for k, v in expected_notes.items() if _stamp(notes.get(k)) < _stamp(v)}
        lost.update({k: v for k, v in expected_marks.items() if _stamp(marks.get(k)) < _stamp(v)})
        assert lost == {}, f"cycle {cycle}: committed annotations missing or reverted"
    assert len(expected_notes) > CYCLES and len(expected_marks) > CYCLES  # real work was killed


def test_two_processes_writing_at_once(tmp_path: Path) -> None:
    db_path = tmp_path / "lib.db"
    open_db(db_path).conn.close()
    source = tmp_path / "many.jsonl"
    with source.open("w", encoding="utf-8") as f:
        for i in range(1500):
            f.write(json.dumps({"title": str(i), "text": f"{ARABIC} {i} " + "كلمة " * 100}, ensure_ascii=False) + "\n")
    import_log, notes_log = tmp_path / "import.log", tmp_path / "notes.log"
    importer_proc = _spawn("import", db_path, import_log, str(source))
    annotator = _spawn("annotate", db_path, notes_log, "5")
    _wait_ready(importer_proc, import_log)
    _wait_ready(annotator, notes_log)
    importer_proc.wait(timeout=120)
    os.kill(annotator.pid, signal.SIGKILL)
    annotator.wait(timeout=30)
    assert importer_proc.returncode == 0, importer_proc.stderr.read().decode()[-2000:]  # type: ignore[union-attr]
    assert annotator.returncode == -signal.SIGKILL, annotator.stderr.read().decode()[-2000:]  # type: ignore[union-attr]
    for proc in (importer_proc, annotator):
        proc.stderr.close()  # type: ignore[union-attr]
    assert _log_lines(import_log)[-1] == "finished 1500"
    assert _integrity(db_path) == "ok"
    edits = _log_lines(notes_log)[1:]
    assert len(edits) > 20  # both really wrote during the same time
    db = open_db(db_path)
    assert count_articles(db) == 1501
    notes = dict(db.conn.execute("SELECT id, body FROM notes").fetchall())
    for line in edits:
        kind, ident, value = line.split(" ", 2)
        if kind == "note":
            assert int(ident) in notes


def _first_version_db(path: Path) -> None:
    """A database exactly as the first schema version left it, with an analyst's work in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = __import__("sqlite_utils").Database(conn)
    conn.execute("BEGIN")
    migrations_module.m001_initial(db)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("INSERT INTO _migrations VALUES ('001_initial', '2025-01-01T00:00:00+00:00')")
    conn.execute(
        "INSERT INTO articles (id, title, text, title_search, search_text, content_hash, imported_at) "
        "VALUES (1, 'قديم', ?, 'قديم', ?, 'h1', '2025-01-01')",
        (ARABIC, ARABIC),
    )
    conn.execute("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'ملاحظة قديمة', 'x', 'x')")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()


def test_a_first_version_database_opens_and_migrates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v1.db"
    _first_version_db(path)
    db = open_db(path)  # with today's migrations
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations_module.SCHEMA_VERSION
    assert [r[0] for r in db.conn.execute("SELECT body FROM notes")] == ["ملاحظة قديمة"]
    db.conn.close()

    def m_later(db: object) -> None:  # what a future version appends
        db.conn.execute("CREATE TABLE saved_searches (id INTEGER PRIMARY KEY, query TEXT NOT NULL)")  # type: ignore[attr-defined]
        db.conn.execute("INSERT INTO saved_searches (query) SELECT title FROM articles")  # type: ignore[attr-defined]

    later = [*migrations_module.MIGRATIONS, ("999_saved_searches", m_later)]
    monkeypatch.setattr(migrations_module, "MIGRATIONS", later)
    monkeypatch.setattr(migrations_module, "SCHEMA_VERSION", len(later))
    old = tmp_path / "v1b.db"
    _first_version_db(old)
    db = open_db(old)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == len(later)
    assert [r[0] for r in db.conn.execute("SELECT name FROM _migrations ORDER BY name")][-1] == "999_saved_searches"
    assert [r[0] for r in db.conn.execute("SELECT query FROM saved_searches")] == ["قديم"]
    assert [r[0] for r in db.conn.execute("SELECT body FROM notes")] == ["ملاحظة قديمة"]
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.conn.close()
    assert open_db(old).conn.execute("SELECT count(*) FROM saved_searches").fetchone()[0] == 1  # runs once
