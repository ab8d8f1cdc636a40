"""Adding (or editing into) an incident of the same event type, place and day as one already listed
asks first, No by default: before, a hand-added copy of a machine incident was stored silently and
every export counted the event twice. The analyst can still go ahead (two clashes at one place on
one day do happen)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.incidents.corrections import duplicate_rows, place_from_name
from tests.gui.conftest import ARTICLE_TEXT

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CLASH = {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2016-03-02",
         "location": {"text": "حيس", "name_ar": "حيس", "name_en": "Hays", "place_id": "ye:d:300"}}


def test_same_type_place_and_day_is_a_duplicate() -> None:
    listed = [CLASH, {**CLASH, "event_type": "Explosions/Remote violence"}, {**CLASH, "date": "2016-03-03"},
              {**CLASH, "analyst_status": "rejected"}, CLASH]
    typed = {"event_type": "Battles", "date": "2016-03-02", "location": place_from_name("حيس", "الحديدة")}
    assert duplicate_rows(typed, listed) == [1, 5]  # by name: the typed place has no gazetteer id
    other_id = {**typed, "location": {**CLASH["location"], "place_id": "ye:d:301"}}
    assert duplicate_rows(other_id, listed) == []  # two places of one name, told apart by the gazetteer
    assert duplicate_rows(typed, listed, skip=CLASH) == []  # an edit is no copy of itself
    assert duplicate_rows({**typed, "location": None}, listed) == []


def _answer(monkeypatch, button):  # type: ignore[no-untyped-def]
    asked: list[tuple] = []

    def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append((text, default))
        return button
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _add_clash_in_damt(w) -> None:  # type: ignore[no-untyped-def]
    start = ARTICLE_TEXT.index("12 مسلحا")
    w.reader.select_span(start, ARTICLE_TEXT.index("دمت") + 3)
    w.incidents.action_add.trigger()
    editor = w.editor
    editor.event_type.setCurrentIndex(editor.event_type.findData("Battles"))
    editor.sub_event_type.setCurrentIndex(editor.sub_event_type.findData("Armed clash"))
    assert editor.location.text() == "دمت" and editor.date.text() == "2015-08-01"


def test_adding_a_copy_of_a_machine_incident_asks_no_by_default(qtbot, monkeypatch, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    _add_clash_in_damt(w)
    w.editor.accept()
    assert len(asked) == 1 and "(row 1)" in asked[0][0] and asked[0][1] == QMessageBox.StandardButton.No
    assert w.editor.isVisible() and w.incidents.model.rowCount() == 2  # still open, nothing stored
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        w.editor.accept()
    assert w.incidents.model.rowCount() == 3 and len(asked) == 1


def test_another_day_or_type_is_not_asked(qtbot, monkeypatch, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked about a different incident"))
    _add_clash_in_damt(w)
    w.editor.date.setText("2015-07-30")
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        w.editor.accept()
    assert w.incidents.model.rowCount() == 3


def test_an_edit_into_a_copy_asks_but_other_edits_do_not(qtbot, monkeypatch, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    w.incidents.select_row(1)  # the air strike in Taizz, 2015-07-31
    w.incidents.action_edit.trigger()
    w.editor.event_type.setCurrentIndex(w.editor.event_type.findData("Battles"))
    w.editor.sub_event_type.setCurrentIndex(w.editor.sub_event_type.findData("Armed clash"))
    w.editor.location.setText("دمت")
    w.editor.date.setText("2015-08-01")
    w.editor.accept()
    assert len(asked) == 1 and "save anyway" in asked[0][0] and w.editor.isVisible()
    w.editor.reject()
    w.incidents.select_row(0)
    w.incidents.action_edit.trigger()
    w.editor.fatalities.setValue(13)  # the row itself is never its own copy
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        w.editor.accept()
    assert len(asked) == 1
