"""Library model and pane over a real temporary store: rows, lazy pages, sorting requests,
search with folded spelling and snippets, filters, counts, selection."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core import store
from core.ingest.model import ArticleIn
from core.store.library import HIT_END, HIT_START, LibraryQuery
from gui import tasks
from gui.bidi import strip_isolates
from gui.library import LibraryPane
from gui.library.model import ARTICLE_ID_ROLE, SNIPPET_ROLE, TITLE_COLUMN, ArticleListModel, snippet_html

ARTICLES = [
    ("مقتل 12 في اشتباكات بمحافظة الضالع", "sabq", "2015-08-01", "قال المركز الإعلامي للمقاومة إن 12 قتلوا."),
    ("غارات للتحالف على مواقع في تعز", "alriyadh", "2015-08-03", "شنت طائرات التحالف غارات على تعز."),
    ("Coalition strikes near Aden", "spa", None, "Strikes hit Aden port."),
]


def make_db(tmp_path):  # type: ignore[no-untyped-def]
    db = store.open_db(tmp_path / "t.db")
    ids = {}
    for title, source, published, text in ARTICLES:
        article_id, created = store.add_article(db, ArticleIn(title=title, text=text, source=source,
                                                               published=published))
        assert created
        ids[title] = article_id
    return db, ids


def page(db, **query):  # type: ignore[no-untyped-def]
    return tasks.library_page(db, LibraryQuery(**query), 1, 0, 200)


def titles(model: ArticleListModel) -> list[str]:
    return [strip_isolates(model.index(r, TITLE_COLUMN).data()) for r in range(model.rowCount())]


def test_rows_come_from_the_library_query(qtmodeltester, tmp_path) -> None:
    db, ids = make_db(tmp_path)
    model = ArticleListModel()
    p = page(db)
    model.reset(p.rows, p.total)
    qtmodeltester.check(model)
    assert titles(model) == ["غارات للتحالف على مواقع في تعز", "مقتل 12 في اشتباكات بمحافظة الضالع",
                             "Coalition strikes near Aden"]  # newest first, undated last
    assert model.index(2, 3).data() == "—"
    assert model.index(0, 3).data() == "2015-08-03"
    assert model.index(0, 0).data(ARTICLE_ID_ROLE) == ids["غارات للتحالف على مواقع في تعز"]


def test_pages_load_lazily_through_fetch_more(qtbot, tmp_path) -> None:
    db, _ = make_db(tmp_path)
    model = ArticleListModel()
    first = tasks.library_page(db, LibraryQuery(), 1, 0, 2)
    model.reset(first.rows, first.total)
    assert model.rowCount() == 2 and model.canFetchMore()
    with qtbot.waitSignal(model.moreRequested, timeout=1000) as asked:
        model.fetchMore()
    assert asked.args == [2]
    assert not model.canFetchMore()  # one request at a time
    rest = tasks.library_page(db, LibraryQuery(), 1, 2, 2)
    model.append(2, rest.rows)
    assert model.rowCount() == 3 and not model.canFetchMore()
    model.append(1, rest.rows)  # a stale page for an old offset changes nothing
    assert model.rowCount() == 3


def test_clicking_a_header_asks_the_store_for_that_order(qtbot, tmp_path) -> None:
    pane = LibraryPane()
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.queryChanged, timeout=1000) as blocker:
        pane.table.sortByColumn(TITLE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert blocker.args[0].order == "title asc"


def test_search_finds_folded_spelling_and_marks_the_hit(qtbot, tmp_path) -> None:
    db, _ = make_db(tmp_path)
    pane = LibraryPane()
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.queryChanged, timeout=2000) as blocker:
        pane.search.setText("الاعلامي")  # written without hamza; the article has «الإعلامي»
    q = blocker.args[0]
    p = tasks.library_page(db, q, 1, 0, 200)
    pane.set_page(p.rows, p.total, p.corpus)
    assert titles(pane.model) == ["مقتل 12 في اشتباكات بمحافظة الضالع"]
    snippet = pane.model.index(0, TITLE_COLUMN).data(SNIPPET_ROLE)
    assert snippet == f"قال المركز {HIT_START}الإعلامي{HIT_END} للمقاومة إن 12 قتلوا."  # as the article spells it
    assert "<span style='background:" in snippet_html(snippet) and HIT_START not in snippet_html(snippet)
    assert pane.count.text() == "1 of 3 articles"
    assert pane.table.verticalHeader().defaultSectionSize() == 52  # room for the snippet line


def test_filters_build_the_query(qtbot, tmp_path) -> None:
    db, _ = make_db(tmp_path)
    store.add_tag(db, 1, "to check")
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.set_facets(tasks.library_facets(db))
    assert [pane.source.itemText(i) for i in range(pane.source.count())] == ["Any", "alriyadh", "sabq", "spa"]
    with qtbot.waitSignal(pane.queryChanged, timeout=1000) as blocker:
        pane.source.setCurrentIndex(pane.source.findData("spa"))
    assert blocker.args[0].source == "spa"
    with qtbot.waitSignal(pane.queryChanged, timeout=1000) as blocker:
        pane.tag.setCurrentIndex(pane.tag.findData("to check"))
    assert blocker.args[0].tag == "to check" and pane.filter_button.text() == "Filters (2)"
    p = tasks.library_page(db, pane.query(), 1, 0, 200)
    assert p.rows == []  # no spa article is tagged
    pane.source.setCurrentIndex(0)
    p = tasks.library_page(db, pane.query(), 1, 0, 200)
    assert [r["id"] for r in p.rows] == [1]
    with qtbot.waitSignal(pane.queryChanged, timeout=1000):
        pane.date_from.setDate(pane.date_from.date().fromString("2015-08-02", "yyyy-MM-dd"))
    assert pane.query().date_from == "2015-08-02"
    with qtbot.waitSignal(pane.queryChanged, timeout=1000):
        pane.clear_filters()
    assert pane.query() == LibraryQuery() and pane.filter_button.text() == "Filters"


def test_selecting_a_row_asks_to_open_that_article(qtbot, tmp_path) -> None:
    db, ids = make_db(tmp_path)
    pane = LibraryPane()
    qtbot.addWidget(pane)
    p = page(db)
    pane.set_page(p.rows, p.total, p.corpus)
    target = ids["Coalition strikes near Aden"]
    with qtbot.waitSignal(pane.articleActivated, timeout=1000) as blocker:
        pane.table.selectRow(2)
    assert blocker.args == [target]
    assert pane.count.text() == "3 articles"


def test_arabic_titles_are_isolated_and_right_aligned_and_flags_show(tmp_path) -> None:
    db, ids = make_db(tmp_path)
    store.set_starred(db, ids["Coalition strikes near Aden"])
    store.add_note(db, ids["Coalition strikes near Aden"], "x")
    model = ArticleListModel()
    p = page(db)
    model.reset(p.rows, p.total)
    shown = model.index(0, TITLE_COLUMN).data()
    assert shown.startswith("\u2067") and shown.endswith("\u2069")
    assert model.index(0, TITLE_COLUMN).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(2, TITLE_COLUMN).data() == "✎ Coalition strikes near Aden"  # has a note; Latin as is
    assert model.index(2, 0).data() == "★" and model.index(0, 0).data() == ""
    assert model.index(0, TITLE_COLUMN).data(Qt.ItemDataRole.FontRole).bold()  # unread
    model.update_article(ids["غارات للتحالف على مواقع في تعز"], read=True)
    assert not model.index(0, TITLE_COLUMN).data(Qt.ItemDataRole.FontRole).bold()


def test_an_empty_library_says_how_to_fill_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Not "0 articles": the footer names File › Import… and its shortcut; a search without hits
    in a full library says there is no match (not "0 of N articles")."""
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.set_page([], 0, 0)
    assert pane.count.text() == "No articles yet: File › Import… (Ctrl+O) adds them"
    assert pane.count.wordWrap()
    pane.set_page([], 0, 3)  # a search that finds nothing says so
    assert pane.count.text() == "No match among 3 articles"
    pane.set_page([], 0, 1)
    assert pane.count.text() == "No match in the library's 1 article"


def test_a_search_without_hits_says_so_in_arabic(arabic, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.set_page([], 0, 3)
    assert pane.count.text() == "لا نتيجة بين 3 مقالات"
    pane.set_page([], 0, 12)
    assert pane.count.text() == "لا نتيجة بين 12 مقالًا"


def test_date_filters_read_left_to_right_in_arabic(arabic, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt lays a date format's sections out reversed in a right-to-left widget: 02-08-2015."""
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.date_from.setDate(pane.date_from.date().fromString("2015-08-02", "yyyy-MM-dd"))
    assert pane.date_from.text() == "2015-08-02"


def test_no_sort_arrow_while_a_search_lists_the_best_matches_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Searching, the results come in relevance order: the date header's arrow said they were
    sorted by date. It goes while the search orders them, and comes back with a clicked header
    or an empty search."""
    pane = LibraryPane()
    qtbot.addWidget(pane)
    header = pane.table.horizontalHeader()
    assert header.isSortIndicatorShown()  # newest first
    pane.search.setText("الحوثي")
    pane.emit_query()
    assert not header.isSortIndicatorShown()
    with qtbot.waitSignal(pane.queryChanged, timeout=1000) as blocker:
        pane.table.sortByColumn(TITLE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert blocker.args[0].order == "title asc" and blocker.args[0].text == "الحوثي"
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == TITLE_COLUMN
    pane.search.clear()
    pane.emit_query()
    assert header.isSortIndicatorShown()
