"""An article opened from a library search is shown at the search's first hit, marked and
selected, although the query is spelt otherwise (folded as the index folds it)."""

from __future__ import annotations

import pytest

from core import store
from core.ingest.model import ArticleIn
from tests.gui.conftest import ARTICLE_TEXT

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

OTHER_TEXT = "خبر آخر عن الطقس في عدن."


@pytest.fixture
def two_articles_db(article_db):  # type: ignore[no-untyped-def]
    db = store.open_db(article_db)
    store.add_article(db, ArticleIn(title="الطقس", text=OTHER_TEXT, source="t", published="2015-08-03"))
    db.conn.close()
    return article_db


@pytest.mark.parametrize(("query", "hit"), [
    ("الاعلامي", "الإعلامي"),  # a bare alef for the text's alef with hamza below
    ("مدينه", "بمدينة"),  # a heh for the teh marbuta, the word found with its proclitic
])
def test_opening_a_search_result_selects_the_first_hit(qtbot, window_on, two_articles_db, query, hit) -> None:
    from gui import ops

    window = window_on(two_articles_db, article=2)
    window.library.search.setText(query)
    with qtbot.waitSignal(window.libraryLoaded, timeout=10_000):
        window.library.emit_query()
    assert window.library.model.rowCount() == 1
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.library.select_article(1)  # the analyst clicks the result
    start = ARTICLE_TEXT.index(hit)
    assert window.reader.search_hits() == [(start, start + len(hit))]
    assert window.reader.selected_span() == (start, start + len(hit))
    cursor = window.reader.textCursor()
    assert cursor.selectedText() == hit and cursor.selectionStart() == start + 1  # after the emoji's 2 units
    assert ARTICLE_TEXT == window.reader.text()  # the text itself is untouched
    ops.wait_for_all(10_000)


def test_without_a_search_the_article_opens_at_its_top(qtbot, open_window) -> None:
    assert open_window.reader.search_hits() == []
    assert not open_window.reader.textCursor().hasSelection()


def test_the_open_article_found_by_a_new_search_shows_its_hit_when_its_row_is_chosen(qtbot, open_window) -> None:
    window = open_window
    window.library.search.setText("الاعلامي")
    with qtbot.waitSignal(window.libraryLoaded, timeout=10_000):
        window.library.emit_query()
    window.on_article_activated(1)  # its row chosen again: the article stays, the reader moves to the hit
    start = ARTICLE_TEXT.index("الإعلامي")
    assert window.reader.selected_span() == (start, start + len("الإعلامي"))


def test_the_open_article_marks_follow_the_search_as_it_is_applied(qtbot, open_window) -> None:
    window = open_window
    window.library.search.setText("الاعلامي")
    with qtbot.waitSignal(window.libraryLoaded, timeout=10_000):
        window.library.emit_query()
    assert window.article.id == 1  # still open, its row not chosen again
    start = ARTICLE_TEXT.index("الإعلامي")
    assert window.reader.search_hits() == [(start, start + len("الإعلامي"))]
    assert not window.reader.textCursor().hasSelection()  # marked where it is: the reader does not jump
    window.library.search.setText("مدينه")
    with qtbot.waitSignal(window.libraryLoaded, timeout=10_000):
        window.library.emit_query()
    start = ARTICLE_TEXT.index("بمدينة")
    assert window.reader.search_hits() == [(start, start + len("بمدينة"))]
    window.library.search.clear()
    with qtbot.waitSignal(window.libraryLoaded, timeout=10_000):
        window.library.emit_query()
    assert window.reader.search_hits() == []
