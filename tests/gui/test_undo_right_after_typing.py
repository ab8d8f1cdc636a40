"""Edit › Undo clicked within half a second of typing in the free note: the note's delayed save
had not been written yet, so Undo took back the step before it (a star, a highlight) and the note
typed was saved after, as a new step. The pending save is now flushed first, as the same step of
the note, and the undo (or redo) waits for it to be recorded."""

from __future__ import annotations

import pytest

from tests.gui.test_undo_redo import settle
from tests.gui.test_undo_redo_every_edit import menu_text, stored_article

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_undo_right_after_typing_takes_back_the_note_not_the_step_before(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.action_star.trigger()
    settle(qtbot, w)
    w.notes.note.setPlainText("ملاحظة أولى")
    w.notes.flush_note()
    settle(qtbot, w)
    w.notes.note.setPlainText("ملاحظة أولى ثم ثانية")  # typed on: its save waits half a second
    assert w.notes._note_timer.isActive()
    w.action_undo.trigger()  # clicked in the menu at once
    settle(qtbot, w)
    art = stored_article(w)
    assert art["starred"] == 1 and w.action_star.isChecked()  # the star stays
    assert art["notes"] == [] and w.notes.note.toPlainText() == ""  # the whole note went, in one step
    assert [s.table for s in w.history.undo] == ["flags"] and [s.table for s in w.history.redo] == ["notes"]
    w.action_redo.trigger()
    settle(qtbot, w)
    assert stored_article(w)["notes"] == ["ملاحظة أولى ثم ثانية"]
    assert w.notes.note.toPlainText() == "ملاحظة أولى ثم ثانية"


def test_undo_right_after_a_first_note_leaves_the_star(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.action_star.trigger()
    settle(qtbot, w)
    w.notes.note.setPlainText("مسودة")
    w.action_undo.trigger()
    settle(qtbot, w)
    qtbot.wait(700)  # past the note's delay: nothing more is saved
    settle(qtbot, w)
    art = stored_article(w)
    assert (art["starred"], art["notes"], w.notes.note.toPlainText()) == (1, [], "")
    assert [s.table for s in w.history.undo] == ["flags"] and [s.table for s in w.history.redo] == ["notes"]


def test_opening_the_edit_menu_saves_the_note_so_undo_names_it(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.notes.note.setPlainText("مسودة")
    assert not w.action_undo.isEnabled()  # the first edit, not saved yet
    w.edit_menu.aboutToShow.emit()
    settle(qtbot, w)
    assert w.action_undo.isEnabled() and menu_text(w.action_undo) == "Undo the change to the note"


def test_redo_right_after_typing_redoes_nothing(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Typing is a new step: what was undone before it is not done again over the note."""
    w = open_window
    w.action_star.trigger()
    settle(qtbot, w)
    w.action_undo.trigger()
    settle(qtbot, w)
    assert w.action_redo.isEnabled()
    w.notes.note.setPlainText("مسودة")
    w.action_redo.trigger()
    settle(qtbot, w)
    art = stored_article(w)
    assert art["starred"] == 0 and art["notes"] == ["مسودة"]
    assert not w.action_redo.isEnabled() and [s.table for s in w.history.undo] == ["notes"]
