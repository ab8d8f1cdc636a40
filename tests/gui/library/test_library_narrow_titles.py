"""At 1100×700 the library pane is ~210 px: between the star, date and count columns its titles
were cut to about one word (at 1400×900, ~265 px, to two or three), and titles are what an analyst
scans. A narrow pane hides the star column (a starred title starts with ★) and gives the title two
lines; a pane widened past 300 px is as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics

from core import store
from core.ingest.model import ArticleIn
from gui import i18n
from gui.library.model import TITLE_COLUMN, title_lines

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TITLE = "مقتل ثلاثة مسلحين في اشتباكات مع دورية أمنية شرق مدينة تعز"


def _shown_words(pane) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    """How many of TITLE's words the cell shows whole, and its lines."""
    row = pane.model.row_of(2)
    index = pane.model.index(row, TITLE_COLUMN)
    font = index.data(Qt.ItemDataRole.FontRole)
    width = pane.table.columnWidth(TITLE_COLUMN) - 8  # the delegate's margins
    lines = title_lines(TITLE, QFontMetrics(font), width, pane.delegate.max_lines)
    words = [w for line in lines for w in line.split() if "…" not in w]
    return len(words), lines


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_titles_keep_several_words_at_1100x700(qtbot, qapp, window_on, article_db, lang) -> None:  # type: ignore[no-untyped-def]
    db = store.open_db(article_db)
    store.add_article(db, ArticleIn(title=TITLE, text=TITLE + "\n\nنص المقال.", published="2015-08-02"))
    db.conn.close()
    i18n.install_language(qapp, lang)
    try:
        w = window_on(article_db)
        w.resize(QSize(1100, 700))
        w.default_pane_sizes()
        qtbot.wait(20)
        pane = w.library
        assert pane.width() < 260
        shown, lines = _shown_words(pane)
        assert len(lines) == 2 and shown >= 4, lines
        assert pane.table.isColumnHidden(0) and not pane.table.isColumnHidden(3)  # the date stays, whole
        assert pane.table.columnWidth(3) >= pane.table.fontMetrics().horizontalAdvance("2015-08-02") + 8  # the cell margins
        assert pane.table.verticalHeader().defaultSectionSize() >= 2 * QFontMetrics(
            pane.model.index(0, TITLE_COLUMN).data(Qt.ItemDataRole.FontRole)).height()  # room for both lines
        w.resize(QSize(1400, 900))
        w.default_pane_sizes()
        qtbot.wait(20)
        pane.resize(420, pane.height())  # a pane widened past NARROW_TABLE: one line, the star column back
        qtbot.wait(20)
        assert pane.delegate.max_lines == 1 and not pane.table.isColumnHidden(0)
    finally:
        i18n.install_language(qapp, "en")


def test_a_starred_title_shows_its_star_when_the_column_is_hidden() -> None:
    from gui.library.model import ArticleListModel

    model = ArticleListModel()
    model.set_rows([{"id": 1, "title": "غارة", "starred": 1}, {"id": 2, "title": "اشتباك", "starred": 0}])
    model.show_star_in_title = True
    assert model.index(0, TITLE_COLUMN).data().startswith("★ ")
    assert not model.index(1, TITLE_COLUMN).data().startswith("★")


@pytest.mark.parametrize("pane_width", [None, 420])  # the narrow pane of 1100 px, then one widened past NARROW_TABLE
def test_a_note_marker_counts_in_the_title_and_keeps_the_rows_height(qtbot, window_on, article_db,
                                                                     pane_width) -> None:  # type: ignore[no-untyped-def]
    """The ✎ (and #, ★) marks are part of the text the cell measures and elides: a marked title takes
    at most the pane's lines (two narrow, one wide) and its row is as tall as the others. In a narrow
    pane a title that just fits one line takes two once marked (its words kept whole, not elided)."""
    from gui.bidi import strip_isolates
    from gui.library.model import ArticleDelegate

    db = store.open_db(article_db)
    store.add_article(db, ArticleIn(title=TITLE, text=TITLE + "\n\nنص المقال.", published="2015-08-02"))
    db.conn.close()
    w = window_on(article_db)
    w.resize(QSize(1100, 700))
    w.default_pane_sizes()
    qtbot.wait(20)
    pane = w.library
    if pane_width:
        pane.resize(pane_width, pane.height())
        qtbot.wait(20)
    heights = [pane.table.rowHeight(r) for r in range(pane.model.rowCount())]
    pane.model.update_article(2, annotation_count=1, tags=["صعدة"])
    qtbot.wait(20)
    index = pane.model.index(pane.model.row_of(2), TITLE_COLUMN)
    shown = strip_isolates(index.data())
    assert shown.startswith("✎ # ")
    delegate = pane.delegate
    assert pane.table.itemDelegateForColumn(TITLE_COLUMN) is delegate and isinstance(delegate, ArticleDelegate)
    lines = title_lines(shown, QFontMetrics(index.data(Qt.ItemDataRole.FontRole)),
                        pane.table.columnWidth(TITLE_COLUMN) - 8, delegate.max_lines)
    assert lines[0].startswith("✎ # ") and len(lines) <= delegate.max_lines == (1 if pane_width else 2)
    assert [pane.table.rowHeight(r) for r in range(pane.model.rowCount())] == heights
    assert len(set(heights)) == 1
