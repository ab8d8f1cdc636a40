"""An article the importer stored unanalysed for its length (over MAX_ANALYSIS_CHARS) was analysed
anyway as soon as it was opened: for a 600,000-character file the reader stayed on "Opening…"
for minutes. It now opens at once as text, and the status bar says why it has no highlights."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.bidi import strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXT = "أفاد شهود بأن اشتباكات اندلعت قرب السوق المركزي مساء الأحد. " * 5


@pytest.fixture
def long_article_db(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A store with one unanalysed article over a lowered length limit; analysing it fails the test."""
    from core import store
    from core.ingest import parallel
    from core.ingest.model import ArticleIn
    from gui import tasks

    monkeypatch.setattr(parallel, "MAX_ANALYSIS_CHARS", 100)
    calls: list[int] = []
    monkeypatch.setattr(tasks, "analyze_and_store", lambda db, article_id, *a: calls.append(article_id) or {})
    path = tmp_path / "long.db"
    db = store.open_db(path)
    store.add_article(db, ArticleIn(title="تقرير طويل", text=TEXT, source="test"))
    db.conn.close()
    return str(path), calls


def test_a_too_long_article_opens_as_text_without_analysis(window_on, long_article_db) -> None:  # type: ignore[no-untyped-def]
    path, calls = long_article_db
    w = window_on(path)
    assert calls == []  # not analysed on opening
    assert w.reader.toPlainText().strip() == TEXT.strip()
    assert strip_isolates(w.statusBar().currentMessage()) == (
        f"Not analysed: too long to analyse automatically ({len(TEXT):,} characters; limit 100). "
        "Showing the text only.")
    index = w.library.model.index(0, [c for c in range(w.library.model.columnCount())
                                      if w.library.model.headerData(c, Qt.Orientation.Horizontal) == "Inc."][0])
    assert index.data() == "—"  # nothing looked for yet, not «0 incidents»


def test_an_article_within_the_limit_is_still_analysed_on_opening(window_on, long_article_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from core.ingest import parallel

    monkeypatch.setattr(parallel, "MAX_ANALYSIS_CHARS", 500_000)
    path, calls = long_article_db
    window_on(path)
    assert calls == [1]
