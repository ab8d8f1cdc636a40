"""Edit › Undo and Redo take back every edit the app stores on the open article, not only its
highlights and incident corrections: the free note (one step while it is typed), the tags, the
star and the read flag, the title and date (the article analysed again as they come back), and an
entity removed. The menu says what it will undo, in Arabic too. Before, Ctrl+Z after typing a
note or starring an article undid the highlight made before it, or nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from core import store
from gui import ops
from gui.bidi import strip_isolates
from tests.gui.reader.test_reader_entity_corrections import decisions, drawn
from tests.gui.reader.test_reader_entity_corrections_undo import remove_coalition
from tests.gui.test_article_details import stored
from tests.gui.test_undo_redo import select, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def stored_article(w):  # type: ignore[no-untyped-def]
    db = store.open_db(w.db_path)
    try:
        art = store.get_article(db, 1)
        return {**art, "tags": store.list_tags(db, 1), "notes": [n["body"] for n in store.list_notes(db, 1)]}
    finally:
        db.close()


def menu_text(action) -> str:  # type: ignore[no-untyped-def]
    return strip_isolates(action.text()).replace("&&", "\0").replace("&", "").replace("\0", "&")


def type_note(qtbot, w, text: str) -> None:  # type: ignore[no-untyped-def]
    w.notes.note.setPlainText(text)  # typed: saved half a second after, or when flushed
    w.notes.flush_note()
    settle(qtbot, w)


def test_the_note_typed_in_several_saves_is_one_step(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    type_note(qtbot, w, "مسودة")
    type_note(qtbot, w, "مسودة أولى للملاحظة")
    assert len(w.history.undo) == 1 and stored_article(w)["notes"] == ["مسودة أولى للملاحظة"]
    assert menu_text(w.action_undo) == "Undo the change to the note"
    w.on_focus_changed(w.notes.note, w.reader)  # the note left: typed again, it is another step
    type_note(qtbot, w, "مسودة ثانية")
    assert len(w.history.undo) == 2
    w.action_undo.trigger()
    settle(qtbot, w)
    assert w.notes.note.toPlainText() == "مسودة أولى للملاحظة" == stored_article(w)["notes"][0]
    w.action_undo.trigger()
    settle(qtbot, w)
    assert w.notes.note.toPlainText() == "" and stored_article(w)["notes"] == []
    assert strip_isolates(w.statusBar().currentMessage()) == "Undone: the change to the note."
    assert w.side_tabs.tabText(w.side_tabs.indexOf(w.notes)) == "Notes"
    w.action_redo.trigger()
    settle(qtbot, w)
    assert w.notes.note.toPlainText() == "مسودة أولى للملاحظة" and len(w.history.redo) == 1
    type_note(qtbot, w, "مسودة أولى للملاحظة، ثم")  # typing after a redo is a new step and empties Redo
    assert not w.history.redo and len(w.history.undo) == 2
    assert open_window.reopen().notes.note.toPlainText() == "مسودة أولى للملاحظة، ثم"


def test_tags_come_back_in_the_field_the_store_and_the_library(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.notes.tags.setText("قصف، الضالع")
    w.notes.tags.editingFinished.emit()
    settle(qtbot, w)
    assert stored_article(w)["tags"] == ["الضالع", "قصف"]
    assert menu_text(w.action_undo) == "Undo the change to the tags"
    w.action_undo.trigger()
    settle(qtbot, w)
    assert w.notes.tags.text() == "" and w.article.tags == [] and stored_article(w)["tags"] == []
    assert not w.library.model.row_dict(w.library.model.row_of(1)).get("tags")
    assert menu_text(w.action_redo) == "Redo the change to the tags"
    w.action_redo.trigger()
    settle(qtbot, w)
    assert w.notes.tags.text() == "الضالع, قصف" and stored_article(w)["tags"] == ["الضالع", "قصف"]


def test_the_star_and_the_read_flag(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.action_star.trigger()
    settle(qtbot, w)
    w.notes.read.setChecked(False)
    settle(qtbot, w)
    assert (stored_article(w)["starred"], stored_article(w)["read"]) == (1, 0)
    assert menu_text(w.action_undo) == "Undo marking the article unread"
    w.action_undo.trigger()
    settle(qtbot, w)
    assert w.notes.read.isChecked() and w.action_read.isChecked() and stored_article(w)["read"] == 1
    assert menu_text(w.action_undo) == "Undo starring the article"
    w.action_undo.trigger()
    settle(qtbot, w)
    assert not w.notes.star.isChecked() and not w.action_star.isChecked() and stored_article(w)["starred"] == 0
    assert not w.library.model.row_dict(w.library.model.row_of(1)).get("starred")
    assert len(w.history.undo) == 0 and len(w.history.redo) == 2  # putting them back stored no new step


def test_details_come_back_and_the_incidents_follow_the_date(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    before = stored(w.db_path)
    w.action_details.trigger()
    dialog = w.details_dialog
    dialog.title_edit.setText("اشتباكات في دمت والضالع")
    dialog.date_edit.setDate(QDate(2015, 8, 3))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: w.article.published == "2015-08-03", timeout=60_000)
    ops.wait_for_all(60_000)
    assert "2015-08-02" in stored(w.db_path)["incident_dates"]
    assert menu_text(w.action_undo) == "Undo the change to the article's details"
    w.action_undo.trigger()
    qtbot.waitUntil(lambda: w.article.published == before["published"], timeout=60_000)
    settle(qtbot, w)
    ops.wait_for_all(60_000)
    now = stored(w.db_path)
    assert [now[k] for k in ("title", "source", "published", "date_origin")] == [
        before[k] for k in ("title", "source", "published", "date_origin")]
    assert sorted(now["incident_dates"]) == sorted(before["incident_dates"])  # analysed again on the old date
    assert now["analyzer_version"] is not None
    assert w.article_title.text() == before["title"]


def test_an_entity_removed_comes_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    remove_coalition(qtbot, w)
    assert decisions(w) and menu_text(w.action_undo) == "Undo removing the entity «التحالف»"
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        w.action_undo.trigger()
    settle(qtbot, w)
    assert decisions(w) == [] and "التحالف" in drawn(w, "ARMED_ACTOR")
    with qtbot.waitSignal(w.entitiesChanged, timeout=60_000):
        w.action_redo.trigger()
    settle(qtbot, w)
    assert len(decisions(w)) == 1 and "التحالف" not in drawn(w, "ARMED_ACTOR")


def test_one_history_across_kinds_of_edit(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z undoes the last thing done, whatever it was: star, highlight, tags, back in that order."""
    w = open_window
    w.action_star.trigger()
    settle(qtbot, w)
    w._save_new_highlight(select(w, "المركز الإعلامي"), "yellow", "")
    settle(qtbot, w)
    w.notes.tags.setText("متابعة")
    w.notes.tags.editingFinished.emit()
    settle(qtbot, w)
    assert [s.table for s in w.history.undo] == ["flags", "highlights", "tags"]
    for left in (["flags", "highlights"], ["flags"], []):
        w.action_undo.trigger()
        settle(qtbot, w)
        assert [s.table for s in w.history.undo] == left
    art = stored_article(w)
    assert (art["starred"], art["tags"], w.reader.user_highlights()) == (0, [], [])


def test_the_edit_menu_names_the_step_in_arabic(qtbot, arabic, window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(article_db)
    w.action_star.trigger()
    settle(qtbot, w)
    assert menu_text(w.action_undo) == "تراجع عن تمييز المقال بنجمة"
    w.action_undo.trigger()
    settle(qtbot, w)
    assert menu_text(w.action_redo) == "إعادة تمييز المقال بنجمة"
    assert menu_text(w.action_undo) == "تراجع"
    assert strip_isolates(w.statusBar().currentMessage()) == "تم التراجع عن تمييز المقال بنجمة."


def test_a_step_changed_since_by_something_else_is_not_put_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.action_star.trigger()
    settle(qtbot, w)
    db = store.open_db(w.db_path)  # another change, not the analyst's step: the star taken off elsewhere
    try:
        store.set_starred(db, 1, False)
        store.set_read(db, 1, False)
    finally:
        db.close()
    w.action_undo.trigger()
    settle(qtbot, w)
    assert strip_isolates(w.statusBar().currentMessage()) == (
        "Could not undo starring the article: the article has changed since.")
    assert (stored_article(w)["starred"], stored_article(w)["read"]) == (0, 0)  # the later change kept
    assert not w.history.undo and not w.history.redo and not w.action_undo.isEnabled()


def test_an_undo_that_fails_to_store_keeps_its_step(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A lock held by another program or a full disk: nothing was put back, so the step stays
    (it was popped and lost: neither Undo nor Redo could take it back any more)."""
    import sqlite3

    from gui import undo

    w = open_window
    w.action_star.trigger()
    settle(qtbot, w)
    shown: list[str] = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc, title="", icon=None: shown.append(title))
    real = undo.put_back

    def locked(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(undo, "put_back", locked)
    w.action_undo.trigger()
    settle(qtbot, w)
    assert shown == ["Could not undo"]
    assert [s.table for s in w.history.undo] == ["flags"] and not w.history.redo and w.action_undo.isEnabled()
    monkeypatch.setattr(undo, "put_back", real)
    w.action_undo.trigger()  # the lock gone: the same step undone
    settle(qtbot, w)
    assert stored_article(w)["starred"] == 0 and [s.table for s in w.history.redo] == ["flags"]
