"""Reopening the app shows the article the analyst was reading in that database, not the
library's first row (before, every start opened the first row, wherever they had left off)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core import store
from core.ingest.model import ArticleIn
from core.pipeline import ANALYZER_VERSION
from gui import ops
from gui.dialogs import settings_dialog as prefs
from gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TITLES = ["غارة على مخزن", "اشتباك قرب الحاجز", "قصف على حي سكني"]


@pytest.fixture
def three_articles(tmp_path: Path) -> str:
    path = tmp_path / "three.db"
    db = store.open_db(path)
    for i, title in enumerate(TITLES):
        article_id, _ = store.add_article(db, ArticleIn(title=title, text=f"{title}. قال مصدر محلي إن الحادث وقع أمس.",
                                                        source="test", published=f"2015-08-0{i + 1}"))
        store.save_analysis(db, article_id, {"entities": [], "incidents": [], "summary": {},
                                             "analyzer_version": ANALYZER_VERSION})
    db.conn.close()
    return str(path)


def _start(qtbot, path: str) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.refresh_library()
    return w


def _leave_on(qtbot, path: str, title: str) -> int:  # type: ignore[no-untyped-def]
    """Start, open the article titled `title`, quit; its id."""
    w = _start(qtbot, path)
    first = w.article.id
    target = next(w.library.model.row_dict(r)["id"] for r in range(w.library.model.rowCount())
                  if w.library.model.row_dict(r)["title"] == title)
    assert target != first  # the test means something only if it is not the row opened anyway
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.open_article(target)
    ops.wait_for_all(10_000)
    w.close()
    return target


def test_the_article_read_last_opens_again(qtbot, three_articles) -> None:  # type: ignore[no-untyped-def]
    left = _leave_on(qtbot, three_articles, TITLES[1])
    again = _start(qtbot, three_articles)
    assert again.article.id == left and again.article_title.text() == TITLES[1]
    assert again.library.selected_article_ids() == [left]
    again.remember_layout = False
    ops.wait_for_all(10_000)


def test_it_opens_even_beyond_the_first_page(qtbot, three_articles, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gui.main_window

    left = _leave_on(qtbot, three_articles, TITLES[0])
    monkeypatch.setattr(gui.main_window, "PAGE_SIZE", 1)  # a long library: the first page lists one article
    again = _start(qtbot, three_articles)
    assert again.library.model.row_dict(0)["id"] != left  # the first page is row 0 alone
    assert again.article.id == left
    again.remember_layout = False
    ops.wait_for_all(10_000)


def test_a_remembered_article_since_deleted_gives_the_first_row_quietly(qtbot, three_articles) -> None:  # type: ignore[no-untyped-def]
    prefs.remember_article(three_articles, 999)
    w = _start(qtbot, three_articles)
    ops.wait_for_all(10_000)
    assert w.article.id == w.library.model.row_dict(0)["id"]
    assert not [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    w.remember_layout = False


def test_each_database_keeps_its_own(qtbot, three_articles, tmp_path) -> None:  # type: ignore[no-untyped-def]
    prefs.remember_article(three_articles, 2)
    prefs.remember_article(tmp_path / "other.db", 7)
    assert prefs.last_article(three_articles) == 2 and prefs.last_article(tmp_path / "other.db") == 7
    prefs.remember_article(three_articles, 3)
    assert prefs.last_article(three_articles) == 3 and prefs.last_article(tmp_path / "other.db") == 7
    assert prefs.last_article(tmp_path / "never.db") is None
