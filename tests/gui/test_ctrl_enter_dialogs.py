"""Ctrl+Enter accepts the incident editor and the highlight dialog from any field, as the editor's
docstring promised. Before, QDialog ignored Enter with a modifier, so nothing happened: in the
highlight dialog, whose focus starts in the note, the only keyboard way to save was Tab to the
Save button, then Enter. The editor still refuses an incomplete coding on Ctrl+Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.incidents.corrections import incident_from_selection
from gui.incidents.editor import IncidentEditor
from gui.notes.highlight_dialog import HighlightDialog
from tests.gui.conftest import ARTICLE_TEXT

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)  # shortcuts need it
    return dialog


@pytest.mark.parametrize("key, modifiers", [(Qt.Key.Key_Return, CTRL),
                                            (Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)])
def test_ctrl_enter_in_a_field_of_the_editor_accepts_it(qtbot, key, modifiers) -> None:  # type: ignore[no-untyped-def]
    editor = _shown(qtbot, IncidentEditor(incident_from_selection(ARTICLE_TEXT, 2, 8, "2015-08-01")))
    editor.event_type.setCurrentIndex(editor.event_type.findData("Battles"))
    editor.sub_event_type.setCurrentIndex(editor.sub_event_type.findData("Armed clash"))
    editor.fatalities.setFocus()
    QTest.keyClick(editor.fatalities, key, modifiers)
    assert editor.result() == editor.DialogCode.Accepted and not editor.isVisible()


def test_ctrl_enter_is_refused_on_an_incomplete_coding(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _shown(qtbot, IncidentEditor(incident_from_selection(ARTICLE_TEXT, 2, 8, "2015-08-01")))
    editor.location.setFocus()
    QTest.keyClick(editor.location, Qt.Key.Key_Return, CTRL)
    assert editor.isVisible() and editor.result() != editor.DialogCode.Accepted
    assert editor.problem_label.text() == "Choose an event type."


def test_ctrl_enter_in_the_note_saves_the_highlight(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown(qtbot, HighlightDialog("قتل ثلاثة مسلحين"))
    dialog.note.setFocus()
    QTest.keyClicks(dialog.note, "check")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.note_text() == "check"  # no new line typed into the note


def test_plain_enter_in_the_note_still_starts_a_new_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown(qtbot, HighlightDialog("قتل ثلاثة مسلحين"))
    dialog.note.setFocus()
    QTest.keyClicks(dialog.note, "a")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.note, "b")
    assert dialog.isVisible() and dialog.note_text() == "a\nb"


def test_the_shortcuts_list_names_ctrl_enter() -> None:
    from gui.dialogs.shortcuts import EXTRA_KEYS
    assert any(keys == "Ctrl+Enter" and "incident editor" in does for _where, keys, does in EXTRA_KEYS)
