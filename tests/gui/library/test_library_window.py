"""The library inside the main window: lazy pages over a few hundred articles, search and a
filter going through the store, stale answers dropped."""

from __future__ import annotations

import pytest

from core import store
from core.ingest.model import ArticleIn
from gui import ops
from gui.library.model import PAGE_SIZE
from gui.main_window import MainWindow

N = PAGE_SIZE * 2 + 50
HITS = len(range(0, N, 50))  # articles that mention «المركز الإعلامي»


@pytest.fixture
def big_db(tmp_path) -> str:  # type: ignore[no-untyped-def]
    db = store.open_db(tmp_path / "big.db")
    for i in range(N):
        day = f"2015-07-{1 + i % 28:02d}"
        words = "المركز الإعلامي" if i % 50 == 0 else "خبر عادي"
        store.add_article(db, ArticleIn(title=f"خبر رقم {i}", text=f"{words} رقم {i} في تعز.",
                                        source="sabq" if i % 2 else "spa", published=day))
    db.conn.close()
    return str(tmp_path / "big.db")


@pytest.fixture
def window(qtbot, big_db):  # type: ignore[no-untyped-def]
    w = MainWindow(big_db)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.refresh_library()
    yield w
    ops.wait_for_all(10_000)


def test_first_page_then_more_on_scroll(qtbot, window) -> None:
    model = window.library.model
    assert model.rowCount() == PAGE_SIZE and model.total() == N
    assert window.library.count.text() == f"{N} articles"
    table = window.library.table
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=10_000)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == N, timeout=10_000)
    assert len({model.row_dict(r)["id"] for r in range(N)}) == N  # no row twice


def test_search_and_filter_through_the_store(qtbot, window) -> None:
    with qtbot.waitSignal(window.libraryLoaded, timeout=10_000) as loaded:
        window.library.search.setText("الاعلامي")
    assert loaded.args == [HITS]
    assert window.library.model.rowCount() == HITS
    assert window.library.count.text() == f"{HITS} of {N} articles"
    with qtbot.waitSignal(window.libraryLoaded, timeout=10_000) as loaded:
        window.load_facets()
        qtbot.waitUntil(lambda: window.library.source.count() == 3, timeout=10_000)
        window.library.source.setCurrentIndex(window.library.source.findData("spa"))
    assert loaded.args == [len([i for i in range(N) if i % 50 == 0 and i % 2 == 0])]


def test_an_older_answer_is_dropped(qtbot, window) -> None:
    from gui import tasks

    stale = tasks.LibraryPage(generation=window._library_generation - 1, offset=0, rows=[], total=0, corpus=0)
    window.on_library_page(stale)
    assert window.library.model.rowCount() == PAGE_SIZE


def test_the_open_articles_row_is_selected_again_after_a_search_that_hid_it(qtbot, open_window) -> None:
    """A search that listed nothing, then cleared: the open article was no longer selected in the
    library (so Export's "The selected articles" was off and the library showed nothing open)."""
    w = open_window
    assert w.library.selected_article_ids() == [1]
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.library.search.setText("كلمةلاتوجدفيأيمقال")
        w.library.emit_query()
    assert w.library.selected_article_ids() == [] and w.article is not None and w.article.id == 1
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.library.search.clear()
        w.library.emit_query()
    assert w.library.selected_article_ids() == [1] and w.article.id == 1
