"""Edit › Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) of the open article's highlights and incident
corrections. Before, no key or menu took back a highlight made by mistake or an incident edit
(Restore drops every edit of an incident at once; a deleted highlight with its note was gone)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from gui import ops
from gui.bidi import strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def settle(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    ops.wait_for_all(10_000)
    qtbot.wait(20)
    ops.wait_for_all(10_000)
    qtbot.wait(20)


def select(w, words: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = w.reader.text().index(words)
    cursor = QTextCursor(w.reader.document())
    cursor.setPosition(w.reader.offset_map().to_qt(start))
    cursor.setPosition(w.reader.offset_map().to_qt(start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    w.reader.setTextCursor(cursor)
    return start, start + len(words)


def spans(w) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    return [(h["start"], h["end"], h["color"], h.get("note") or "") for h in w.reader.user_highlights()]


def test_undo_and_redo_a_highlight_with_the_keys(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    assert not w.action_undo.isEnabled() and not w.action_redo.isEnabled()
    span = select(w, "المركز الإعلامي")
    w.reader.setFocus()
    w.action_highlight.trigger()
    settle(qtbot, w)
    assert [s[:2] for s in spans(w)] == [span]
    assert w.action_undo.isEnabled()
    qtbot.keyClick(w.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # from the reader, by key
    settle(qtbot, w)
    assert spans(w) == [] and w.notes.list.count() == 0
    assert strip_isolates(w.statusBar().currentMessage()) == "Undone: the highlight «المركز الإعلامي»."
    assert w.action_redo.isEnabled() and not w.action_undo.isEnabled()
    qtbot.keyClick(w.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, w)
    assert [s[:2] for s in spans(w)] == [span]
    assert strip_isolates(w.statusBar().currentMessage()).startswith("Redone: the highlight")
    # survives a reopen: it is stored, not only drawn
    w2 = open_window.reopen()
    assert [s[:2] for s in spans(w2)] == [span]


def test_undo_a_deleted_highlight_gives_back_its_note_and_its_edit(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    span = select(w, "المركز الإعلامي")
    w._save_new_highlight(span, "green", "a note")
    settle(qtbot, w)
    [h] = w.reader.user_highlights()
    w.run_recorded_op("highlights", lambda db, aid: __import__("gui.tasks").tasks.update_highlight(db, aid, h["id"], "pink", None),
                      "edit", w.on_highlights_changed, w._highlight_what(h["quote"], "edit"))
    settle(qtbot, w)
    w.on_highlight_delete_requested(h["id"])
    settle(qtbot, w)
    assert spans(w) == []
    w.action_undo.trigger()
    settle(qtbot, w)
    assert spans(w) == [(span[0], span[1], "pink", "a note")]
    assert w.reader.user_highlights()[0]["id"] == h["id"]  # the same row: a later step still finds it
    w.action_undo.trigger()
    settle(qtbot, w)
    assert spans(w) == [(span[0], span[1], "green", "a note")]
    w.action_redo.trigger()
    settle(qtbot, w)
    assert spans(w) == [(span[0], span[1], "pink", "a note")]
    w.on_highlight_delete_requested(h["id"])  # a new change empties Redo
    settle(qtbot, w)
    assert not w.action_redo.isEnabled()


def test_undo_an_incident_correction(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    assert w.incidents.model.rowCount()
    w.incidents.select_row(0)
    incident = w.incidents.current_incident()
    killed = incident.get("fatalities")
    w.on_incident_edited(incident, {"fatalities": 99})
    settle(qtbot, w)
    w.incidents.select_row(0)
    assert w.incidents.current_incident().get("fatalities") == 99
    w.incidents.action_confirm.trigger()
    settle(qtbot, w)
    assert len(w.history.undo) == 2  # the edit, then the confirmation
    w.action_undo.trigger()  # the confirmation
    settle(qtbot, w)
    w.action_undo.trigger()  # the edit
    settle(qtbot, w)
    w.incidents.select_row(0)
    now = w.incidents.current_incident()
    assert now.get("fatalities") == killed and not now.get("analyst_status")
    assert strip_isolates(w.statusBar().currentMessage()) == "Undone: the incident correction."
    w.action_redo.trigger()
    settle(qtbot, w)
    w.incidents.select_row(0)
    assert w.incidents.current_incident().get("fatalities") == 99


def test_nothing_to_undo_says_so_and_another_article_has_its_own_history(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.on_undo_requested()
    assert strip_isolates(w.statusBar().currentMessage()) == "Nothing to undo."
    span = select(w, "المركز الإعلامي")
    w._save_new_highlight(span, "yellow", "")
    settle(qtbot, w)
    assert w.action_undo.isEnabled()
    w.history.undo[-1].article_id = -5  # as if it were another article's step
    w.on_undo_requested()
    settle(qtbot, w)
    assert spans(w) and strip_isolates(w.statusBar().currentMessage()) == "Nothing to undo."


def test_a_text_field_keeps_its_own_ctrl_z(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    span = select(w, "المركز الإعلامي")
    w._save_new_highlight(span, "yellow", "")
    settle(qtbot, w)
    w.side_tabs.setCurrentWidget(w.notes)
    w.notes.tags.setFocus()
    qtbot.keyClicks(w.notes.tags, "abc")
    qtbot.keyClick(w.notes.tags, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    assert spans(w)  # the highlight stays: the key undid the typing
    assert w.notes.tags.text() != "abc"


def test_the_edit_menu_in_arabic(qtbot, arabic, window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(article_db)
    [edit] = [a.menu() for a in w.menuBar().actions() if a.menu() is not None and w.action_undo in a.menu().actions()]
    texts = [edit.title(), w.action_undo.text(), w.action_redo.text()]
    assert all("Undo" not in t and "Redo" not in t and "Edit" not in t for t in texts), texts


def test_the_history_is_the_open_articles(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Shown again (details changed, analysed again), its incident steps go (the incidents may be
    rebuilt) and its highlight steps stay; another article starts an empty history."""
    w = open_window
    w._save_new_highlight(select(w, "المركز الإعلامي"), "yellow", "")
    w.incidents.select_row(0)
    w.on_incident_edited(w.incidents.current_incident(), {"fatalities": 99})
    settle(qtbot, w)
    assert sorted(s.table for s in w.history.undo) == ["highlights", "incident_overrides"]
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.open_article(w.article.id)
    assert [s.table for s in w.history.undo] == ["highlights"] and w.action_undo.isEnabled()
    w.reload_database(w.db_path)
    assert not w.history.undo and not w.action_undo.isEnabled()
    settle(qtbot, w)
