"""↓ in the library's search field puts the keyboard in the results: the first result is
selected and opened at its hit when the open article is not among them; the open article's row
stays when it is. Before, ↓ did nothing there (Tab, Tab or Alt+↓ reached the results)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core import store
from core.ingest.model import ArticleIn

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

WEATHER = "توقعت الأرصاد أمطارا غزيرة على المرتفعات الغربية خلال الأيام المقبلة."


@pytest.fixture
def two_articles_db(article_db):  # type: ignore[no-untyped-def]
    db = store.open_db(article_db)
    store.add_article(db, ArticleIn(title="طقس", text=WEATHER, source="t", published="2015-08-03"))
    db.conn.close()
    return article_db


def _search(qtbot, window, query: str) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.library.search.setFocus()
    window.library.search.setText(query)
    with qtbot.waitSignal(window.libraryLoaded, timeout=10_000):
        window.library.emit_query()


def test_down_opens_the_first_result(qtbot, window_on, two_articles_db) -> None:  # type: ignore[no-untyped-def]
    from gui import ops

    window = window_on(two_articles_db, article=1)
    _search(qtbot, window, "امطارا")  # without its hamza: «أمطارا» is found
    assert window.library.model.rowCount() == 1 and window.article.id == 1
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        QTest.keyClick(window.library.search, Qt.Key.Key_Down)
    assert window.article.id == 2 and window.library.table.hasFocus()
    start = WEATHER.index("أمطارا")
    assert window.reader.selected_span() == (start, start + len("أمطارا"))
    ops.wait_for_all(10_000)


def test_down_keeps_the_open_article_when_it_is_a_result(qtbot, window_on, two_articles_db) -> None:  # type: ignore[no-untyped-def]
    window = window_on(two_articles_db, article=1)
    _search(qtbot, window, "دمت")
    QTest.keyClick(window.library.search, Qt.Key.Key_Down)
    assert window.library.table.hasFocus() and window.library.current_article_id() == 1 and window.article.id == 1


def test_the_shortcuts_list_names_it() -> None:
    from gui.dialogs.shortcuts import EXTRA_KEYS
    assert any(keys == "↓" and "search field" in does for _where, keys, does in EXTRA_KEYS)
