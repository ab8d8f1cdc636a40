"""An article stored without its analysis (too long to analyse automatically, or the analyzer
failed on it) is in the library: the import's report says so apart from the files that failed,
rather than counting it as a failure too ("4 added, 6 failed" for nine files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui import ops
from gui.bidi import strip_isolates
from tests.gui.import_helpers import import_messages

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SHORT = "قال مصدر محلي إن قصفا استهدف حيا سكنيا في المدينة صباح اليوم."
LONG = "أفاد شهود بأن اشتباكات اندلعت قرب السوق المركزي مساء الأحد. " * 20


@pytest.fixture
def long_is_too_long(monkeypatch):  # type: ignore[no-untyped-def]
    """No NLP; a text over 500 characters counts as too long to analyse."""
    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION

    monkeypatch.setattr(importer, "_analyze", lambda article: {"entities": [], "incidents": [], "summary": {},
                                                               "analyzer_version": ANALYZER_VERSION})
    monkeypatch.setattr(importer, "too_long_to_analyse", lambda text: "too long" if len(text) > 500 else None)


def _import(qtbot, article_db, paths: list[str]):  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    # the library's article open first, as at start: opened after the import, it said its own counts
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.refresh_library()
    with qtbot.waitSignal(w.importFinished, timeout=20_000) as blocker:
        w.import_files(paths, open_first=False)
    return w, blocker.args[0].report, import_messages(qtbot, w)


def _files(tmp_path: Path) -> tuple[str, str, str]:
    (tmp_path / "short.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "long.txt").write_text(LONG, encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    return str(tmp_path / "short.txt"), str(tmp_path / "long.txt"), str(tmp_path / "notes.xyz")


def test_a_stored_unanalysed_article_is_not_counted_as_failed(qtbot, article_db, tmp_path,  # type: ignore[no-untyped-def]
                                                               long_is_too_long) -> None:
    short, long_, bad = _files(tmp_path)
    w, report, [box] = _import(qtbot, article_db, [short, long_, bad])
    assert report.added == 2  # the long article is in the library
    assert strip_isolates(w.statusBar().currentMessage()) == "Import: 2 added, 1 failed, 1 not analysed, 2 without a date"
    assert box.windowTitle() == "Some files were not imported"
    lines = strip_isolates(box.text()).splitlines()
    assert lines[:3] == [f"{bad}: unsupported file type «.xyz»", "", "Stored without analysis:"]
    assert lines[3].startswith(f"{long_}: stored, but not analysed")
    box.close()


def test_only_unanalysed_articles_are_not_reported_as_files_not_imported(qtbot, article_db, tmp_path,  # type: ignore[no-untyped-def]
                                                                          long_is_too_long) -> None:
    _short, long_, _bad = _files(tmp_path)
    w, report, [box] = _import(qtbot, article_db, [long_])
    assert report.added == 1
    assert strip_isolates(w.statusBar().currentMessage()) == "Import: 1 added, 1 not analysed, 1 without a date"
    assert box.windowTitle() == "Some articles were stored without analysis"
    assert strip_isolates(box.text()).splitlines()[0] == "Stored without analysis:"
    box.close()
