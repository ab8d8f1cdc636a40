"""Library model over a real temporary store: rows, filtering with Arabic folding, selection."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core import store
from core.ingest.model import ArticleIn
from gui import tasks
from gui.bidi import strip_isolates
from gui.library import LibraryPane
from gui.library.model import ARTICLE_ID_ROLE, ArticleFilterProxy, ArticleListModel


def make_db(tmp_path):  # type: ignore[no-untyped-def]
    db = store.open_db(tmp_path / "t.db")
    ids = {}
    for title, source, published in [
        ("مقتل 12 في اشتباكات بمحافظة الضالع", "sabq", "2015-08-01"),
        ("غارات للتحالف على مواقع في تعز", "alriyadh", "2015-08-03"),
        ("Coalition strikes near Aden", "spa", None),
    ]:
        article_id, created = store.add_article(db, ArticleIn(title=title, text=title + " نص الخبر.", source=source,
                                                               published=published))
        assert created
        ids[title] = article_id
    return db, ids


def test_rows_come_from_list_articles(qtmodeltester, tmp_path) -> None:
    db, ids = make_db(tmp_path)
    model = ArticleListModel()
    model.set_rows(tasks.list_articles(db))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    titles = [strip_isolates(model.index(r, 0).data()) for r in range(3)]
    assert titles[0] == "غارات للتحالف على مواقع في تعز"  # newest first, undated last
    assert titles[2] == "Coalition strikes near Aden"
    assert model.index(2, 2).data() == "—"
    assert model.index(0, 2).data() == "2015-08-03"
    assert model.index(0, 0).data(ARTICLE_ID_ROLE) == ids["غارات للتحالف على مواقع في تعز"]


def test_filter_folds_arabic_spelling(qtmodeltester, tmp_path) -> None:
    db, _ = make_db(tmp_path)
    model = ArticleListModel()
    model.set_rows(tasks.list_articles(db))
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("محافظه الضالع")  # ه for ة, as people type it
    assert proxy.rowCount() == 1
    assert "الضالع" in proxy.index(0, 0).data()
    proxy.set_filter_text("SPA")  # source, any case
    assert proxy.rowCount() == 1
    proxy.set_filter_text("غارات عدن")  # every word must match
    assert proxy.rowCount() == 0
    proxy.set_filter_text("")
    assert proxy.rowCount() == 3


def test_selecting_a_row_asks_to_open_that_article(qtbot, tmp_path) -> None:
    db, ids = make_db(tmp_path)
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.set_rows(tasks.list_articles(db))
    target = ids["Coalition strikes near Aden"]
    with qtbot.waitSignal(pane.articleActivated, timeout=1000) as blocker:
        pane.table.selectRow(2)
    assert blocker.args == [target]
    assert pane.count.text() == "3 articles"
    pane.filter.setText("تعز")
    assert pane.count.text() == "1 of 3 articles"


def test_arabic_titles_are_isolated_and_right_aligned(tmp_path) -> None:
    db, _ = make_db(tmp_path)
    model = ArticleListModel()
    model.set_rows(tasks.list_articles(db))
    shown = model.index(0, 0).data()
    assert shown.startswith("\u2067") and shown.endswith("\u2069")
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(2, 0).data() == "Coalition strikes near Aden"  # Latin stays as it is
