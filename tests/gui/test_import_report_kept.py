"""The import's report stays in the status bar when the imported article opens: the article's
own counts replaced it at once ("Import: 1 already in the library" was gone before it could be
read, and a folder's count of new and known articles with it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui import ops
from gui.bidi import strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def no_analysis(monkeypatch):  # type: ignore[no-untyped-def]
    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION

    monkeypatch.setattr(importer, "_analyze", lambda article: {"entities": [], "incidents": [], "summary": {},
                                                               "analyzer_version": ANALYZER_VERSION})


def _import_and_open(qtbot, window, path: Path) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.articleShown, timeout=30_000):
        window.import_files([str(path)])
    ops.wait_for_all(10_000)
    return strip_isolates(window.statusBar().currentMessage())


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "new.txt"
    path.write_text("غارة على مخزن للأسلحة\n\nاستهدفت غارة جوية مخزنا للأسلحة شرق المدينة أمس.", encoding="utf-8")
    return path


def test_the_report_is_shown_with_the_opened_article(qtbot, open_window, tmp_path, no_analysis) -> None:  # type: ignore[no-untyped-def]
    path = _article(tmp_path)
    shown = _import_and_open(qtbot, open_window, path)
    assert "غارة على مخزن" in open_window.article_title.text()
    assert "Import: 1 added" in shown and "0 entities" in shown
    again = _import_and_open(qtbot, open_window, path)  # the same file: nothing new, the stored copy opens
    assert "Import: 1 already in the library" in again


def test_an_article_opened_later_shows_its_counts_alone(qtbot, open_window, tmp_path, no_analysis) -> None:  # type: ignore[no-untyped-def]
    _import_and_open(qtbot, open_window, _article(tmp_path))
    with qtbot.waitSignal(open_window.articleShown, timeout=10_000):
        open_window.open_article(1)
    assert "Import" not in strip_isolates(open_window.statusBar().currentMessage())


def test_the_report_in_arabic(qtbot, arabic, open_window, tmp_path, no_analysis) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import _report_text

    shown = _import_and_open(qtbot, open_window, _article(tmp_path))

    class Report:
        added, duplicates, errors, warnings, cancelled = 1, 0, [], [], False

    assert strip_isolates(_report_text(Report())) in shown
