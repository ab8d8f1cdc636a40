"""A long import: a progress bar with an end, a Cancel button that keeps what was imported,
articles that open meanwhile, and a window closed under it without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from gui import ops
from gui.ops import Op, OpContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ROOT = Path(__file__).resolve().parents[2]


def jsonl(path: Path, n: int) -> str:
    lines = [json.dumps({"title": f"خبر {i}", "text": f"قال مصدر إن اشتباكات وقعت في تعز، الخبر رقم {i}.",
                         "published": "2015-08-01"}, ensure_ascii=False) for i in range(n)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


@pytest.fixture
def slow_analysis(monkeypatch):  # type: ignore[no-untyped-def]
    """Each imported article's analysis waits for `gate` (so the test decides when the import moves)."""
    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION

    state = type("Gate", (), {})()
    state.started = threading.Semaphore(0)
    state.gate = threading.Event()

    def analyze(_article):  # type: ignore[no-untyped-def]
        state.started.release()
        assert state.gate.wait(20)
        return {"entities": [], "incidents": [], "summary": {}, "analyzer_version": ANALYZER_VERSION}

    monkeypatch.setattr(importer, "_analyze", analyze)
    yield state
    state.gate.set()
    ops.wait_for_all(20_000)


def test_stop_delivers_what_was_done(qtbot) -> None:
    release = threading.Event()
    results: list[object] = []

    def work(ctx: OpContext) -> int:
        done = 0
        release.wait(5)
        while not ctx.cancelled() and done < 1000:
            done += 1
        return done

    op = Op(None, work).success(results.append)
    op.run_in_background()
    op.stop()
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert results == [0]  # stopped before the first item, and the (partial) result still arrived


def test_open_an_article_during_an_import_then_cancel_it(qtbot, open_window, slow_analysis, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.import_files([jsonl(tmp_path / "five.jsonl", 5)], open_first=False)
    assert slow_analysis.started.acquire(timeout=20)  # the first article is being analysed
    assert w.cancel_button.isVisible() and w.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: w.progress.maximum() == 5, timeout=5000)  # the total is known: not a busy bar
    assert w.progress.isTextVisible() and w.progress.text() == "\u20660 / 5\u2069"

    w.article = None
    with qtbot.waitSignal(w.articleShown, timeout=5000) as shown:  # not queued behind the import
        w.open_article(1)
    assert shown.args == [1] and not w._import_op.done

    with qtbot.waitSignal(w.importFinished, timeout=20_000) as finished:
        w.cancel_button.click()
        assert "Cancelling" in w.statusBar().currentMessage()
        slow_analysis.gate.set()
    report = finished.args[0].report
    assert report.cancelled and report.added == 1  # the article under analysis was kept, no more
    assert w.statusBar().currentMessage().endswith("Import cancelled: 1 imported\u2069")
    assert not w.cancel_button.isVisible() and not w.progress.isVisible()
    from core import store

    db = store.open_db(w.db_path)
    assert store.count_articles(db) == 2
    db.conn.close()


def test_no_import_beside_a_restore_and_no_article_of_another_database_opened(qtbot, open_window, slow_analysis, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A review: an import started while a restore copies over the database would be locked out or
    lost; one that ends after the analyst switched databases opened an id of the old one in the new."""
    w = open_window
    running = type("Running", (), {"done": False})()
    w._restore_op = running
    assert w.import_files([jsonl(tmp_path / "one.jsonl", 1)]) is running
    assert "restore" in w.statusBar().currentMessage()
    w._restore_op = None

    opened: list = []
    w.refresh_library = lambda then_open=None, then_select=(), then_selected=None: opened.append((then_open, then_select))  # type: ignore[method-assign]
    w.import_files([jsonl(tmp_path / "two.jsonl", 2)], open_first=True)
    assert slow_analysis.started.acquire(timeout=20)
    w.db_path = str(tmp_path / "another.db")  # the analyst switched databases meanwhile
    with qtbot.waitSignal(w.importFinished, timeout=20_000):
        slow_analysis.gate.set()
    assert opened == [(None, [])]  # nothing of the other database opened, nor selected



def test_an_import_into_a_read_only_library_is_refused_before_any_work(qtbot, article_db, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """It used to count the files and analyse a whole batch, then fail at the first write."""
    from PySide6.QtWidgets import QMessageBox

    from core.ingest import importer
    from gui.main_window import MainWindow

    work: list[str] = []
    monkeypatch.setattr(importer, "_analyze", lambda article: work.append("analysed"))
    monkeypatch.setattr(importer, "count_articles_in", lambda *a: work.append("counted"))
    monkeypatch.setattr("core.store.db._writable", lambda file: False)
    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    w.import_files([jsonl(tmp_path / "three.jsonl", 3)], open_first=False)
    qtbot.waitUntil(lambda: w._import_op.done, timeout=10_000)
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert [b.windowTitle() for b in boxes] == ["Import failed"]
    assert "opened read-only" in boxes[0].text() and article_db in boxes[0].text()
    assert "writable folder" in boxes[0].text() and "`" not in boxes[0].text()  # no command to type
    assert work == [] and not w.progress.isVisible() and not w.cancel_button.isVisible()
    boxes[0].close()
    ops.wait_for_all(10_000)


def test_an_import_meeting_a_locked_database_says_which_and_what_to_do(qtbot, article_db, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Bad-input review: SQLite's own errors reached the analyst bare ("Import failed: database is
    locked", "database disk image is malformed"): no database named, no advice. They now read as
    the CLI's do; what was imported before stays, nothing of the failed batch is kept."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION
    from core.store import count_articles, open_db
    from gui.main_window import MainWindow

    monkeypatch.setattr("core.store.db.BUSY_TIMEOUT_MS", 200)  # wait 0.2 s for the lock, not 10 s
    monkeypatch.setattr(importer, "_analyze", lambda article: {
        "entities": [], "incidents": [], "summary": {}, "analyzer_version": ANALYZER_VERSION})
    before = count_articles(open_db(article_db))
    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    other = sqlite3.connect(article_db, isolation_level=None)  # another program writing
    other.execute("BEGIN IMMEDIATE")
    try:
        w.import_files([jsonl(tmp_path / "three.jsonl", 3)], open_first=False)
        qtbot.waitUntil(lambda: w._import_op.done, timeout=20_000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert [b.windowTitle() for b in boxes] == ["Import failed"]
    from gui.bidi import strip_isolates

    text = strip_isolates(boxes[0].text())
    assert article_db in text and "database is locked" in text and "Another program holds the database" in text
    assert count_articles(open_db(article_db)) == before
    boxes[0].close()
    ops.wait_for_all(10_000)


CLOSE_DURING_IMPORT = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION
    from gui.app import application, run_gui

    def analyze(_article):
        time.sleep(0.3)
        return {"entities": [], "incidents": [], "summary": {}, "analyzer_version": ANALYZER_VERSION}

    importer._analyze = analyze
    app = application()

    def close():
        for w in QApplication.topLevelWidgets():
            if type(w).__name__ == "MainWindow":
                assert w._import_op is not None and not w._import_op.done, "the import ended too soon"
                w.close()

    QTimer.singleShot(2500, close)
    print("exit", run_gui(sys.argv[1], open_file=sys.argv[2]), flush=True)
""")


def test_closing_the_window_during_an_import_is_quiet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CLOSE_DURING_IMPORT, str(tmp_path / "lib.db"),
                           jsonl(tmp_path / "many.jsonl", 200)],
                          capture_output=True, text=True, timeout=240, env=env, cwd=tmp_path)
    assert "exit 0" in done.stdout, done.stderr
    assert "Signal source has been deleted" not in done.stderr
    assert "Traceback" not in done.stderr, done.stderr


def test_an_import_stopped_by_a_full_disk_says_how_many_articles_were_saved(qtbot, article_db, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The CLI said how many articles an import had stored before a storage failure stopped it
    (each batch is one transaction, and importing again skips them); the window only showed the
    failure. It now says both, and nothing when nothing had been stored."""
    from PySide6.QtWidgets import QMessageBox

    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION
    from core.store import StoreError, count_articles, open_db
    from gui.bidi import strip_isolates
    from gui.main_window import MainWindow

    monkeypatch.setattr(importer, "_analyze", lambda article: {
        "entities": [], "incidents": [], "summary": {}, "analyzer_version": ANALYZER_VERSION})
    real = importer.import_paths

    def fills_the_disk(db, paths, **kw):  # type: ignore[no-untyped-def]
        real(db, paths[:1], **kw)  # the first file's batch is stored, then the disk is full
        raise StoreError("disk I/O error: the disk is full", code="disk_full", params={"path": article_db})

    monkeypatch.setattr(importer, "import_paths", fills_the_disk)
    before = count_articles(open_db(article_db))
    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    w.import_files([jsonl(tmp_path / "three.jsonl", 3), jsonl(tmp_path / "four.jsonl", 4)], open_first=False)
    qtbot.waitUntil(lambda: w._import_op.done, timeout=20_000)
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert [b.windowTitle() for b in boxes] == ["Import failed"]
    text = strip_isolates(boxes[0].text())
    saved = count_articles(open_db(article_db)) - before
    assert saved == 3
    assert "3 article(s) had been imported before it stopped" in text and "skips them as duplicates" in text
    assert "disk" in text.lower()
    boxes[0].close()
    ops.wait_for_all(10_000)
