"""File → Back up database… / Restore database…: the analyst's layer comes back, every pane
reloads, a cancelled confirmation changes nothing; File → Import lists every reader's extension."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import store
from core.ingest.readers import SUPPORTED_EXTENSIONS, is_supported
from core.store.backup import inspect_backup, previous_path
from gui import ops, tasks
from tests.gui.conftest import ARTICLE_TEXT

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
WORD = "دمت"


def stored_highlights(db_path: str) -> list[tuple[int, int, str]]:
    db = store.open_db(db_path)
    try:
        return [(r["start"], r["end"], r["color"]) for r in db.query("SELECT * FROM highlights ORDER BY id")]
    finally:
        db.conn.close()


def add_highlight(qtbot: Any, window: Any) -> list[dict[str, Any]]:
    start = ARTICLE_TEXT.index(WORD)
    with qtbot.waitSignal(window.highlightsChanged, timeout=10_000) as blocker:
        window.run_article_op(lambda db, aid: tasks.add_highlight(db, aid, start, start + len(WORD), "yellow", "دمت"),
                              "test", window.on_highlights_changed)
    return blocker.args[0]


def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Every QMessageBox.question gets `answer`; returns the texts asked, in order."""
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def back_up(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, dest: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "")))
    window.message_box = None
    window.action_backup.trigger()
    qtbot.waitUntil(lambda: window.message_box is not None, timeout=10_000)


def test_restore_brings_back_the_backup_and_reloads_every_pane(qtbot, open_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    db_path = w.db_path
    highlights = add_highlight(qtbot, w)
    assert len(highlights) == 1
    dest = tmp_path / "saved" / "marsad-backup.db"
    back_up(qtbot, w, monkeypatch, dest)
    info = inspect_backup(dest)
    assert (info.articles, info.highlights) == (1, 1)
    assert dest.name in w.message_box.text()
    assert not w.progress.isVisible()

    # The analyst changes the database after the backup: the highlight is deleted.
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.on_highlight_delete_requested(int(highlights[0]["id"]))
    assert stored_highlights(db_path) == []
    assert w.reader.user_highlights() == [] and w.notes.highlights() == []
    assert w.library.model.row_dict(w.library.model.row_of(1)).get("annotation_count") == 0

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(dest), "")))
    with qtbot.waitSignals([w.databaseRestored, w.libraryLoaded, w.articleShown], order="strict", timeout=10_000):
        w.action_restore.trigger()
    ops.wait_for_all(10_000)

    assert len(asked) == 1 and "1 highlight" in asked[0] and dest.name in asked[0]
    start = ARTICLE_TEXT.index(WORD)
    assert stored_highlights(db_path) == [(start, start + len(WORD), "yellow")]
    # Every pane shows the restored state: the notes list, the reader, the library row.
    assert [(h["start"], h["end"]) for h in w.notes.highlights()] == [(start, start + len(WORD))]
    assert [(h["start"], h["end"]) for h in w.reader.user_highlights()] == [(start, start + len(WORD))]
    assert w.library.model.row_dict(w.library.model.row_of(1)).get("annotation_count") == 1
    assert w.article is not None and w.article.id == 1 and w.reader.text() == ARTICLE_TEXT
    # The database the restore replaced (no highlight) is kept beside it.
    kept = previous_path(db_path)
    assert inspect_backup(kept).highlights == 0
    assert "1 highlight" in w.message_box.text() and kept.name in w.message_box.text()


def test_cancelling_the_restore_changes_nothing(qtbot, open_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    db_path = w.db_path
    highlights = add_highlight(qtbot, w)
    dest = tmp_path / "marsad-backup.db"
    back_up(qtbot, w, monkeypatch, dest)
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.on_highlight_delete_requested(int(highlights[0]["id"]))

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(dest), "")))
    restored: list[Any] = []
    w.databaseRestored.connect(lambda result: restored.append(result))
    w.action_restore.trigger()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    ops.wait_for_all(10_000)
    qtbot.wait(50)

    assert restored == []
    assert stored_highlights(db_path) == []
    assert not previous_path(db_path).exists()
    assert w.notes.highlights() == [] and w.article is not None and w.article.id == 1
    assert not w.progress.isVisible()


def test_backup_never_replaces_a_file_without_asking(qtbot, open_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    dest = tmp_path / "existing.db"
    dest.write_bytes(b"the analyst's other file")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "")))
    w.action_backup.trigger()
    ops.wait_for_all(10_000)
    qtbot.wait(50)
    assert len(asked) == 1 and dest.name in asked[0]
    assert dest.read_bytes() == b"the analyst's other file"

    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    back_up(qtbot, w, monkeypatch, dest)
    assert inspect_backup(dest).articles == 1


def test_a_file_that_is_not_a_backup_is_refused_before_asking(qtbot, open_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database", encoding="utf-8")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(ops, "show_error", lambda _parent, exc, title="": shown.append(str(exc)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bogus), "")))
    w.action_restore.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert asked == [] and "not a Marsad backup" in shown[0]
    assert not previous_path(w.db_path).exists()


def test_import_filter_lists_every_reader_extension(open_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def get_open_file_names(_parent: Any, _caption: str, _folder: str, filters: str, *_a: Any, **_k: Any) -> tuple:
        seen.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open_file_names))
    open_window.action_import.trigger()
    assert len(seen) == 1
    first = seen[0].split(";;")[0]
    patterns = set(first[first.index("(") + 1:first.rindex(")")].split())
    for ext in (".txt", ".json", ".jsonl", ".gz", ".html", ".htm", ".docx", ".pdf", ".rss", ".atom", ".xml"):
        assert f"*{ext}" in patterns
    assert patterns == {f"*{ext}" for ext in SUPPORTED_EXTENSIONS}
    # ... and each pattern names a file the importer really reads (nothing listed that it refuses).
    for ext in SUPPORTED_EXTENSIONS:
        name = f"a{ext}" if ext != ".gz" else "a.jsonl.gz"
        assert is_supported(tmp_path / name), ext
