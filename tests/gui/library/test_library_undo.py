"""Edit › Undo and Redo of the library-wide edits of the analyst's data: Set date of selected
articles… and Read dates from article text… are one step each, whatever article is open after
them; undoing puts every article's date back in one transaction and analyses them again.
Analyse outdated articles again… changes no analyst data (nothing to undo) and the app deletes
no article (there is no delete to confirm)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from core import store
from gui import ops
from tests.gui.conftest import add_undated_articles, hold_analysis
from tests.gui.library.test_read_dates import DATELINED
from tests.gui.library.test_set_dates import _select

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def library(article_db):  # type: ignore[no-untyped-def]
    """article_db plus three undated articles (ids 2, 3, 4); id 2 states its date in a dateline."""
    add_undated_articles(article_db, [("انفجار في عدن", DATELINED), ("بلا تاريخ 1", "قصفت طائرات أمس مواقع قرب البلدة."),
                                      ("بلا تاريخ 2", "أعلن مسؤول محلي أمس افتتاح مدرسة.")])
    return article_db


def _dates(path: str) -> dict[int, tuple]:
    db = store.open_db(path)
    try:
        return {r[0]: (r[1], r[2]) for r in db.conn.execute("SELECT id, published, date_origin FROM articles")}
    finally:
        db.conn.close()


def _set_date(qtbot, w, ids, date: str) -> None:  # type: ignore[no-untyped-def]
    _select(w, ids)
    w.action_set_dates.trigger()
    dialog = w.set_dates_dialog
    dialog.date_edit.setDate(dialog.date_edit.date().fromString(date, "yyyy-MM-dd"))
    with qtbot.waitSignal(w.datesSet, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    ops.wait_for_all(10_000)


def _step(qtbot, w, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(w.libraryStepPutBack, timeout=20_000):
        action.trigger()
    ops.wait_for_all(10_000)


def test_set_date_of_several_articles_is_one_step_to_undo_and_redo(qtbot, library, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    w = window_on(library, 2)
    before = _dates(library)
    _set_date(qtbot, w, [2, 3], "2016-03-10")
    dated = _dates(library)
    assert dated[2] == dated[3] == ("2016-03-10", "user") and dated[4] == before[4]
    assert w.action_undo.isEnabled() and w.action_undo.text() == "&Undo the date of 2 articles"

    with qtbot.waitSignal(w.articleShown, timeout=10_000):  # another article: the library's step stays
        w.open_article(4)
    assert w.action_undo.text() == "&Undo the date of 2 articles"
    reanalysed.clear()
    _step(qtbot, w, w.action_undo)
    assert _dates(library) == before  # both undated again, as they were, in one step
    assert sorted(reanalysed) == [(2, None), (3, None)]  # their incidents' dates follow
    assert "Undone: the date of 2 articles." in w.statusBar().currentMessage() and not w.progress.isVisible()
    assert not w.action_undo.isEnabled() and w.action_redo.text() == "&Redo the date of 2 articles"
    model = w.library.model
    qtbot.waitUntil(lambda: model.row_dict(model.row_of(3)).get("published") is None, timeout=10_000)

    _step(qtbot, w, w.action_redo)
    assert _dates(library) == dated and w.action_undo.isEnabled()


def test_the_open_article_shows_its_date_put_back(qtbot, library, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    w = window_on(library, 3)
    _set_date(qtbot, w, [3], "2016-03-10")
    qtbot.waitUntil(lambda: w.article.published == "2016-03-10", timeout=10_000)
    _step(qtbot, w, w.action_undo)
    qtbot.waitUntil(lambda: w.article.published is None, timeout=10_000)  # the open article reloaded


def test_read_dates_is_one_step_to_undo(qtbot, monkeypatch, library, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    w = window_on(library, 1)
    before = _dates(library)
    with qtbot.waitSignal(w.datesRead, timeout=20_000):
        w.action_read_dates.trigger()
    ops.wait_for_all(10_000)
    assert _dates(library)[2] == ("2016-05-07", "text")
    assert w.action_undo.text() == "&Undo the date read from the text of 1 article"
    _step(qtbot, w, w.action_undo)
    assert _dates(library) == before  # undated again, and read again by the next Read dates…


def test_an_article_changed_since_keeps_its_change(qtbot, library, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    """One of the articles re-dated again since (Article details, another window): the step goes,
    nothing is put back, the status bar says why."""
    w = window_on(library, 1)
    _set_date(qtbot, w, [2, 3], "2016-03-10")
    db = store.open_db(library)
    store.set_dates(db, [3], "2017-01-01")
    db.conn.close()
    changed = _dates(library)
    op_count = len(w.history.undo)
    w.action_undo.trigger()
    ops.wait_for_all(20_000)
    qtbot.waitUntil(lambda: not w._undo_busy, timeout=10_000)
    assert _dates(library) == changed and len(w.history.undo) == op_count - 1 and not w.history.redo
    assert "Could not undo the date of 2 articles: an article has changed since." in w.statusBar().currentMessage()


def test_another_database_starts_an_empty_history(qtbot, library, tmp_path, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    w = window_on(library, 1)
    _set_date(qtbot, w, [2], "2016-03-10")
    assert w.history.undo
    w.reload_database(library)
    assert not w.history.undo and not w.action_undo.isEnabled()


def test_the_step_in_arabic(qtbot, arabic, library, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    w = window_on(library, 1)
    _set_date(qtbot, w, [2, 3], "2016-03-10")
    assert w.action_undo.text() == "ت&راجع عن تاريخ مقالين"
    _step(qtbot, w, w.action_undo)
    assert "تاريخ مقالين" in w.statusBar().currentMessage()


def test_read_dates_step_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    from gui.i18n import plural, translate_n
    from PySide6.QtCore import QCoreApplication

    assert translate_n("SetDates", "the date of %n article(s)", 5) == "تاريخ 5 مقالات"
    text = QCoreApplication.translate("ReadDates", "the date(s) read from the text of %n article(s)", None, 2)
    assert plural(text, 2) == "تأريخ مقالين من نصهما"
    assert QCoreApplication.translate("MainWindow", "Could not undo %1: an article has changed since.").startswith("تعذّر")


def _retitled_meanwhile(monkeypatch, path: str, article_id: int, where, name: str) -> None:  # type: ignore[no-untyped-def]
    """The analyst saves article `article_id`'s title on the other worker (its own connection)
    while the library-wide edit runs, just before `where.name` stores it."""
    real = getattr(where, name)

    def edited_then(db, *args, **kwargs):  # type: ignore[no-untyped-def]
        other = store.open_db(path)
        try:
            other.conn.execute("UPDATE articles SET title = 'عنوان المحلل' WHERE id = ?", (article_id,))
            other.conn.commit()
        finally:
            other.conn.close()
        return real(db, *args, **kwargs)

    monkeypatch.setattr(where, name, edited_then)


def test_undoing_read_dates_keeps_a_title_saved_while_they_were_read(monkeypatch, library, reanalysed) -> None:  # type: ignore[no-untyped-def]
    """Read dates… reads every undated article's text on the long-job thread while the analyst may
    save an article's title on the other: its Undo takes back the date only. (The step once read the
    details of every undated article before reading the dates, and its Undo put the old title back.)"""
    from core.ingest import redate
    from core.store.undo import put_parts
    from gui import tasks

    _retitled_meanwhile(monkeypatch, library, 2, redate, "date_from_text")
    db = store.open_db(library)
    try:
        outcome = tasks.read_dates(db)
        assert list(outcome.before) == [2] and outcome.before[2]["title"] == "عنوان المحلل"
        assert (outcome.before[2]["published"], outcome.before[2]["date_origin"]) == (None, None)
        put_parts(db, "details", outcome.before, outcome.after)  # Edit › Undo
    finally:
        db.conn.close()
    db = store.open_db(library)
    try:
        assert db.conn.execute("SELECT title, published, date_origin FROM articles WHERE id = 2").fetchone() \
            == ("عنوان المحلل", None, None)
    finally:
        db.conn.close()


def test_undoing_set_date_keeps_a_title_saved_meanwhile(monkeypatch, library, reanalysed) -> None:  # type: ignore[no-untyped-def]
    from core.store.undo import put_parts
    from gui import tasks

    _retitled_meanwhile(monkeypatch, library, 3, store, "set_dates_keeping_old")
    db = store.open_db(library)
    try:
        outcome = tasks.set_dates(db, [2, 3], "2016-03-10")
        assert outcome.before[3]["title"] == outcome.after[3]["title"] == "عنوان المحلل"
        put_parts(db, "details", outcome.before, outcome.after)  # Edit › Undo
        assert db.conn.execute("SELECT title, published, date_origin FROM articles WHERE id = 3").fetchone() \
            == ("عنوان المحلل", None, None)
    finally:
        db.conn.close()


def test_an_undo_cancelled_part_way_says_how_many_it_put_back_and_how_many_wait(qtbot, monkeypatch, library, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    """Cancel during an Undo's analysis: every date is put back (one transaction), the articles not
    analysed yet count as outdated, and the status bar gives both counts."""
    w = window_on(library, 1)
    before = _dates(library)
    _set_date(qtbot, w, [2, 3, 4], "2016-03-10")
    held = hold_analysis(monkeypatch)
    with qtbot.waitSignal(w.libraryStepPutBack, timeout=20_000) as got:
        w.action_undo.trigger()
        assert held.started.wait(10) and w.cancel_button.isVisible()
        w.cancel_button.click()
        held.release.set()
    ops.wait_for_all(10_000)
    outcome = got.args[0]
    assert outcome.cancelled and sorted(outcome.changed) == [2, 3, 4] and outcome.analysed == 1 and held.calls == [2]
    assert _dates(library) == before  # all three put back, though two are not analysed yet
    message = w.statusBar().currentMessage()
    assert "Undone: the date of 3 articles." in message and "2 not analysed again yet" in message


def test_a_cancelled_put_back_counts_as_waiting_only_the_articles_it_had_to_analyse(library, reanalysed) -> None:  # type: ignore[no-untyped-def]
    """Of a step's articles, only those whose date or title came back are analysed again: one whose
    details are put back unchanged was never outdated, and a cancelled Undo does not count it (it
    counted every article put back)."""
    from core.store.undo import read_parts
    from gui import tasks

    db = store.open_db(library)
    try:
        after = read_parts(db, "details", [2, 3, 4])
        redated = {"published": "2016-03-10", "date_origin": "user"}
        before = {2: {**after[2], **redated}, 3: after[3], 4: {**after[4], **redated}}
        outcome = tasks.put_back_library(db, "details", before, after, should_cancel=lambda: True)
        assert outcome.changed == [2, 3, 4] and outcome.again == [2, 4]
        assert outcome.cancelled and outcome.analysed == 1 and outcome.not_analysed == 1  # not 3 - 1
        assert read_parts(db, "details", [2, 3, 4]) == before
    finally:
        db.conn.close()
