"""Several library rows selected (Shift/Ctrl-click, Ctrl+A) for the "selected articles" scopes of
the summary and the export, while the current row alone decides the article in the reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from core import store
from core.ingest.model import ArticleIn
from gui import ops
from gui.main_window import MainWindow
from tests.gui.conftest import ARTICLE_TEXT, machine_analysis

N = 5


@pytest.fixture
def window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    db = store.open_db(tmp_path / "five.db")
    for i in range(N):  # analysed already: opening one never runs the NLP
        article_id, _ = store.add_article(db, ArticleIn(title=f"خبر {i}", text=f"{ARTICLE_TEXT} {i}", source="test",
                                                        published=f"2015-08-0{i + 1}"))
        store.save_analysis(db, article_id, machine_analysis())
    db.conn.close()
    w = MainWindow(str(tmp_path / "five.db"))
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.refresh_library()
    yield w
    ops.wait_for_all(10_000)


def click(qtbot, w, row: int, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    table = w.library.table
    with qtbot.waitSignal(w.articleShown, timeout=10_000) as shown:
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         table.visualRect(w.library.model.index(row, 1)).center())
    return shown.args[0]


def test_shift_and_ctrl_click_select_several_articles(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w = window
    ids = [w.library.model.row_dict(r)["id"] for r in range(N)]
    assert w.article.id == ids[0]
    assert click(qtbot, w, 1) == ids[1]
    assert click(qtbot, w, 3, Qt.KeyboardModifier.ShiftModifier) == ids[3]  # the current row opens
    assert click(qtbot, w, 0, Qt.KeyboardModifier.ControlModifier) == ids[0]
    assert w.article.id == ids[0] and w.library.current_article_id() == ids[0]
    want = sorted(ids[:4])
    assert sorted(w.library.selected_article_ids()) == want
    scope = w.summary_scope("selected")
    assert scope is not None and sorted(scope.article_ids) == want

    from gui.dialogs.export_dialog import context_from_window

    assert sorted(context_from_window(w).selected_ids) == want


def test_ctrl_a_selects_all_and_keeps_the_open_article(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w = window
    opened = w.article.id
    w.library.table.setFocus()
    QTest.keySequence(w.library.table, QKeySequence(QKeySequence.StandardKey.SelectAll))
    qtbot.wait(50)
    ops.wait_for_all(10_000)
    assert len(w.library.selected_article_ids()) == N
    assert w.article.id == opened and w.library.current_article_id() == opened


def test_the_footer_counts_the_selected_rows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Nothing said how many articles the export's and summary's "selected articles" were."""
    w = window
    assert w.library.count.text() == f"{N} articles"  # one row (the open article): nothing more said
    click(qtbot, w, 2, Qt.KeyboardModifier.ShiftModifier)
    assert w.library.count.text() == f"{N} articles · 3 selected"
    w.library.table.setFocus()
    QTest.keySequence(w.library.table, QKeySequence(QKeySequence.StandardKey.SelectAll))
    assert w.library.count.text() == f"{N} articles · {N} selected"
    click(qtbot, w, 1)
    assert w.library.count.text() == f"{N} articles"


def test_the_selected_count_in_arabic(qtbot, arabic, window) -> None:  # type: ignore[no-untyped-def]
    w = window
    click(qtbot, w, 1, Qt.KeyboardModifier.ShiftModifier)
    assert w.library.count.text() == "5 مقالات · مقالان محددان"
