"""Library → Set date of selected articles…: one date for several articles at once (a folder of
undated .txt files), stored in one transaction as the analyst's, then each article analysed again
on the long-job thread (as Article details does for one), with the progress bar and Cancel. The
import's message says how many articles have no date and how to set it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from gui import ops, tasks
from gui.library import set_dates
from tests.gui.conftest import add_undated_articles, hold_analysis

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def library(article_db):  # type: ignore[no-untyped-def]
    """article_db plus three undated articles (ids 2, 3, 4), analysed by this version."""
    texts = ("قال سكان إن اشتباكات اندلعت أمس في المدينة.", "قصفت طائرات أمس مواقع قرب البلدة.",
             "أعلن مسؤول محلي أمس افتتاح مدرسة.")
    add_undated_articles(article_db, [(f"بلا تاريخ {n}", text) for n, text in enumerate(texts)])
    return article_db


def _select(w, ids) -> None:  # type: ignore[no-untyped-def]
    table, model = w.library.table, w.library.model
    table.selectionModel().clear()
    for i in ids:
        table.selectionModel().select(model.index(model.row_of(i), 0),
                                      QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_several_selected_articles_take_one_date_and_are_analysed_again(qtbot, library, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    w = window_on(library, 2)
    assert w.action_set_dates in w.library.table.actions()  # the library's right-click menu
    _select(w, [2, 3])
    w.action_set_dates.trigger()
    dialog = w.set_dates_dialog
    assert dialog.isVisible() and "2 selected articles" in dialog.head.text() and "None of them has a date now" in dialog.head.text()
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2016-03-10", "yyyy-MM-dd"))
    with qtbot.waitSignal(w.datesSet, timeout=20_000) as got:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    ops.wait_for_all(10_000)
    outcome = got.args[0]
    assert sorted(outcome.changed) == [2, 3] and outcome.analysed == 2 and not outcome.cancelled
    assert sorted(reanalysed) == [(2, "2016-03-10"), (3, "2016-03-10")]
    qtbot.waitUntil(lambda: w.article.published == "2016-03-10", timeout=10_000)  # the open article reloaded
    assert w.article.date_origin == "user"
    model = w.library.model
    qtbot.waitUntil(lambda: model.row_dict(model.row_of(3)).get("published") == "2016-03-10", timeout=10_000)
    assert model.row_dict(model.row_of(4)).get("published") is None
    assert "2 articles dated" in w.statusBar().currentMessage() and not w.progress.isVisible()


def test_nothing_selected_and_nothing_open_says_what_to_do(qtbot, library, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    w = window_on(library)
    w.library.table.selectionModel().clear()
    w.article = None
    assert set_dates.start(w) is None
    assert w.statusBar().currentMessage() == "Select the articles in the library first."


def test_cancel_keeps_the_dates_and_leaves_the_rest_outdated(qtbot, monkeypatch, library, window_on) -> None:  # type: ignore[no-untyped-def]
    from core import store

    held = hold_analysis(monkeypatch)
    w = window_on(library)
    with qtbot.waitSignal(w.datesSet, timeout=20_000) as got:
        set_dates.run(w, [2, 3, 4], "2016-03-10")
        assert held.started.wait(10)
        assert w.cancel_button.isVisible()
        w.cancel_button.click()
        held.release.set()
    ops.wait_for_all(10_000)
    outcome = got.args[0]
    assert outcome.cancelled and outcome.changed == [2, 3, 4] and outcome.analysed == 1 and held.calls == [2]
    assert "not analysed again yet" in w.statusBar().currentMessage() and not w.cancel_button.isVisible()
    db = store.open_db(library)
    rows = {a: store.get_article(db, a) for a in (2, 3, 4)}
    assert {r["published"] for r in rows.values()} == {"2016-03-10"}
    assert rows[3]["analyzer_version"] is None and rows[4]["analyzer_version"] is None  # outdated: analysed later


def test_the_import_message_counts_undated_articles_and_says_how_to_date_them(qtbot, monkeypatch, open_window) -> None:  # type: ignore[no-untyped-def]
    from core.ingest.importer import ImportReport
    from gui.main_window import _report_text

    shown: list = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc, title="", icon=None: shown.append((title, str(exc))))
    report = ImportReport(added=13, undated=list(range(2, 14)))
    assert _report_text(report) == "Import: 13 added, 12 without a date"
    open_window.on_import_finished(tasks.ImportOutcome(report, []), False)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # once the library is read again
    [(title, text)] = shown
    assert title == "Some articles have no date"
    assert text.startswith("12 articles have no date") and "Set date of selected articles…" in text
    assert "select them in the library" in text  # the library lists none of them: none is selected
    assert "Ctrl+Shift+D" in text
    ops.wait_for_all(10_000)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_import_message_says_the_undated_articles_are_selected(qtbot, monkeypatch, library, window_on, language, request) -> None:  # type: ignore[no-untyped-def]
    """«2 articles have no date … To set it, select them in the library and choose Set date…»: they
    were selected already, and the analyst went looking for them. The message comes once the library
    has selected them, and says so: Set date of selected articles… dates them at once."""
    from core.ingest.importer import ImportReport
    from gui.main_window import undated_hint

    if language == "ar":
        request.getfixturevalue("arabic")
    shown: list = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc, title="", icon=None: shown.append(str(exc)))
    w = window_on(library, 1)
    w.on_import_finished(tasks.ImportOutcome(ImportReport(added=3, undated=[3, 4]), [2, 3, 4]), False)
    assert not shown  # not before the library lists them
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert sorted(w.library.selected_article_ids()) == [3, 4]  # selected when the message came
    assert shown == [undated_hint(2, selected=True)]
    if language == "en":
        assert shown[0].startswith("2 articles have no date") and "They are selected in the library" in shown[0]
    else:
        assert shown[0].startswith("مقالان بلا تاريخ") and "وهما محدَّدان في المكتبة" in shown[0]
        assert "(s)" not in shown[0] and "Set date" not in shown[0]
    w.action_set_dates.trigger()  # at once: the dialog is for the two of them
    head = w.set_dates_dialog.head.text()
    assert ("2 selected articles" in head) if language == "en" else head.startswith("تاريخ نشر المقالين المحددين")
    w.set_dates_dialog.reject()
    ops.wait_for_all(10_000)


def test_undated_articles_a_search_does_not_list_are_not_said_selected(qtbot, monkeypatch, library, window_on) -> None:  # type: ignore[no-untyped-def]
    """A search the imported articles do not match leaves them out of the list: the message says to
    select them (it does not claim they are), and still comes."""
    from core.ingest.importer import ImportReport
    from gui.main_window import undated_hint

    shown: list = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc, title="", icon=None: shown.append(str(exc)))
    w = window_on(library, 1)
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.library.search.setText("مدرسة")  # article 4 only
        w.library.emit_query()
    ops.wait_for_all(10_000)
    w.on_import_finished(tasks.ImportOutcome(ImportReport(added=2, undated=[3, 4]), [3, 4]), False)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [undated_hint(2)] and "select them in the library" in shown[0]
    ops.wait_for_all(10_000)


def test_one_undated_article_is_told_in_the_singular() -> None:
    """«1 article have no date … select them»: English's "(s)" left the verb and the pronouns plural."""
    from gui.main_window import undated_hint

    for selected in (False, True):
        text = undated_hint(1, selected=selected)
        assert text.startswith("1 article has no date") and "its incidents" in text and " them" not in text
    assert "It is selected in the library" in undated_hint(1, selected=True)


def test_arabic_texts(arabic) -> None:  # type: ignore[no-untyped-def]
    from core.ingest.importer import ImportReport
    from gui.main_window import _report_text, undated_hint

    dialogs = [set_dates.SetDateDialog(3, 2, None), set_dates.SetDateDialog(1, 0, None)]
    for text in (undated_hint(12), _report_text(ImportReport(added=13, undated=list(range(12)))),
                 set_dates.status_text(tasks.DatesSet("2016-03-10", [2, 3], 1, True, not_analysed=1)),
                 *(d.head.text() for d in dialogs), dialogs[0].windowTitle()):
        assert "(s)" not in text and not any(w in text for w in ("article", "date", "Set"))


def test_setting_dates_reads_only_the_dates_and_the_changed_articles_details(monkeypatch, library, reanalysed) -> None:  # type: ignore[no-untyped-def]
    """Before it sets the date, Set date… reads each article's date and its origin only
    (store.article_dates, one query); the details Edit › Undo keeps are read for the articles whose
    date changed, once (it read every selected article's details first)."""
    from core import store
    from core.store import undo

    read: list = []
    real = undo.read_parts
    monkeypatch.setattr(undo, "read_parts", lambda db, part, ids: read.append((part, list(ids))) or real(db, part, ids))
    db = store.open_db(library)
    try:
        store.set_dates(db, [2], "2016-03-10")
        outcome = tasks.set_dates(db, [2, 3, 4], "2016-03-10")
    finally:
        db.conn.close()
    assert outcome.changed == [3, 4] and read == [("details", [3, 4])]
    was = {i: (d["published"], d["date_origin"]) for i, d in outcome.before.items()}
    assert was == {3: (None, None), 4: (None, None)}
    assert {d["published"] for d in outcome.after.values()} == {"2016-03-10"}


def test_a_cancelled_job_counts_as_waiting_only_articles_analyse_outdated_would_analyse(monkeypatch, library, reanalysed) -> None:  # type: ignore[no-untyped-def]
    """An article too long to analyse automatically is left alone by the re-analysis and by Analyse
    outdated articles again… (`outdated_among`): a cancelled Set date… or Undo does not count it as
    waiting (it counted every changed article not analysed). The longest of the three is 'too long'."""
    from core import store
    from core.ingest import importer
    from core.store.undo import read_parts

    db = store.open_db(library)
    try:
        texts = {i: db.conn.execute("SELECT text FROM articles WHERE id = ?", (i,)).fetchone()[0] for i in (2, 3, 4)}
        assert len(texts[2]) > max(len(texts[3]), len(texts[4]))
        monkeypatch.setattr(importer, "MAX_ANALYSIS_CHARS", len(texts[2]) - 1)
        outcome = tasks.set_dates(db, [2, 3, 4], "2016-03-10", should_cancel=lambda: True)
        assert outcome.changed == [2, 3, 4] and outcome.analysed == 1 and reanalysed == [(3, "2016-03-10")]
        assert outcome.cancelled and outcome.not_analysed == 1  # article 4; not 3 - 1
        assert "1 not analysed again yet" in set_dates.status_text(outcome)
        back = tasks.put_back_library(db, "details", outcome.before, read_parts(db, "details", [2, 3, 4]),
                                      should_cancel=lambda: True)
        assert back.again == [2, 3, 4] and back.analysed == 1 and back.cancelled and back.not_analysed == 1
        monkeypatch.setattr(importer, "MAX_ANALYSIS_CHARS", 0)  # none can be analysed: none waits
        outcome = tasks.set_dates(db, [2, 3, 4], "2016-03-11", should_cancel=lambda: True)
        assert outcome.analysed == 0 and not outcome.cancelled and outcome.not_analysed == 0
        assert "not analysed" not in set_dates.status_text(outcome)
    finally:
        db.conn.close()


@pytest.mark.parametrize("open_first", [True, False])
def test_the_imports_undated_articles_come_selected_for_set_date(qtbot, monkeypatch, library, window_on, open_first) -> None:  # type: ignore[no-untyped-def]
    """«2 articles have no date … select them in the library» did not say which: the library selects
    them once the import ends, ready for Set date of selected articles…; the article the reader shows
    (the first imported one, or the one open before) stays the current row and no other is opened."""
    from core.ingest.importer import ImportReport

    monkeypatch.setattr(ops, "show_error", lambda *a, **k: None)
    w = window_on(library, 1)
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.on_import_finished(tasks.ImportOutcome(ImportReport(added=3, undated=[3, 4]), [2, 3, 4]), open_first)
    shown = 2 if open_first else 1
    qtbot.waitUntil(lambda: w.article is not None and w.article.id == shown, timeout=10_000)
    ops.wait_for_all(10_000)
    assert sorted(w.library.selected_article_ids()) == [3, 4]
    assert w.library.current_article_id() == shown and w.article.id == shown
    w.action_set_dates.trigger()
    assert "2 selected articles" in w.set_dates_dialog.head.text()
    w.set_dates_dialog.reject()


def test_an_import_ended_after_a_database_switch_selects_nothing(qtbot, monkeypatch, library, window_on) -> None:  # type: ignore[no-untyped-def]
    """The ids of an import into the database the analyst has since left are not this library's."""
    from core.ingest.importer import ImportReport

    monkeypatch.setattr(ops, "show_error", lambda *a, **k: None)
    w = window_on(library, 1)
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.on_import_finished(tasks.ImportOutcome(ImportReport(added=3, undated=[3, 4]), [2, 3, 4]), False, False)
    ops.wait_for_all(10_000)
    assert w.library.selected_article_ids() == [1] and w.article.id == 1


def test_the_dialog_says_how_many_have_no_date_in_good_english_and_arabic(qapp) -> None:  # type: ignore[no-untyped-def]
    """The import's two undated articles come selected together: «2 of them have no date now» read
    as if others had a date (Arabic «اثنان منها», of two), and one of three read «1 of them have»."""
    from gui import i18n

    english = {(2, 2): "None of them has a date now.", (1, 1): "It has no date now.",
               (3, 1): "1 of them has no date now.", (3, 2): "2 of them have no date now."}
    assert {k: set_dates.undated_line(*k) for k in english} == english
    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        arabic = {(2, 2): "كلاهما بلا تاريخ الآن.", (5, 5): "كلها بلا تاريخ الآن.", (1, 1): "لا تاريخ له الآن.",
                  (2, 1): "أحدهما بلا تاريخ الآن.", (3, 1): "واحد منها بلا تاريخ الآن.", (3, 2): "اثنان منها بلا تاريخ الآن."}
        assert {k: set_dates.undated_line(*k) for k in arabic} == arabic
    finally:
        i18n.install_language(qapp, "en")
