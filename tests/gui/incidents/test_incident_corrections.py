"""The analyst corrects incidents: edit, confirm, reject, restore, add from a selection.
Every decision is stored as an override, shown as the analyst's, and still there after the
window is reopened and after the article is re-analysed."""

from __future__ import annotations

from PySide6.QtGui import QFont

from core import store
from gui.bidi import strip_isolates
from gui.incidents.corrections import changed_fields, edited_data, incident_from_selection
from gui.incidents.editor import UNKNOWN, IncidentEditor
from gui.incidents.model import COLUMNS
from tests.gui.conftest import ARTICLE_TEXT, machine_analysis


def col(header: str) -> int:
    return [c[0] for c in COLUMNS].index(header)


def cell(window, row: int, header: str) -> str:  # type: ignore[no-untyped-def]
    return strip_isolates(window.incidents.model.index(row, col(header)).data() or "")


def font(window, row: int, header: str) -> QFont | None:  # type: ignore[no-untyped-def]
    return window.incidents.model.index(row, col(header)).data(_font_role())


def _font_role() -> int:
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.FontRole


def test_edited_data_accumulates_fields_and_derives_the_disorder_type() -> None:
    first = edited_data({}, {"fatalities": 15})
    assert first == {"fatalities": 15, "analyst_fields": ["fatalities"]}
    second = edited_data(first, {"event_type": "Protests", "sub_event_type": "Peaceful protest"})
    assert second["analyst_fields"] == ["fatalities", "event_type", "sub_event_type"]
    assert second["disorder_type"] == "Demonstrations" and second["fatalities"] == 15


def test_changed_fields_ignores_unchanged_names_and_sees_new_counts() -> None:
    inc = machine_analysis()["incidents"][0]
    same = {"location": {"text": "دمت", "name_ar": "دمت", "admin1_en": "Ad Dali"}, "fatalities": 12, "date": "2015-08-01"}
    assert changed_fields(inc, same) == {}
    assert changed_fields(inc, {"fatalities": None, "captured": 3}) == {"fatalities": None, "captured": 3}


def test_editor_fills_from_the_incident_and_reports_only_changes(qtbot) -> None:
    inc = machine_analysis()["incidents"][0]
    editor = IncidentEditor(inc)
    qtbot.addWidget(editor)
    assert editor.event_type.currentData() == "Battles"
    assert editor.sub_event_type.currentData() == "Armed clash"
    assert editor.location.text() == "دمت" and editor.fatalities.value() == 12
    assert editor.captured.value() == UNKNOWN and editor.captured.text() == "unknown"
    assert editor.changes() == {}
    editor.event_type.setCurrentIndex(editor.event_type.findData("Violence against civilians"))
    subs = [editor.sub_event_type.itemData(i) for i in range(editor.sub_event_type.count())]
    assert subs == ["", "Sexual violence", "Attack", "Abduction/forced disappearance"]  # from the taxonomy
    editor.sub_event_type.setCurrentIndex(subs.index("Attack"))
    editor.captured.setValue(4)
    changes = editor.changes()
    assert changes == {"event_type": "Violence against civilians", "sub_event_type": "Attack", "captured": 4}


def test_edit_is_stored_shown_as_analyst_value_and_survives_reopening(qtbot, open_window) -> None:
    w = open_window
    assert cell(w, 0, "Killed") == "12" and not font(w, 0, "Killed")
    w.incidents.select_row(0)
    w.incidents.action_edit.trigger()
    assert w.editor is not None and w.editor.isVisible()
    w.editor.fatalities.setValue(15)
    w.editor.location.setText("دمت")  # unchanged name: not a change
    with qtbot.waitSignal(w.incidentsChanged, timeout=10_000):
        w.editor.accept()
    assert cell(w, 0, "Killed") == "15"
    assert font(w, 0, "Killed").bold() and not font(w, 0, "Location")
    assert cell(w, 0, "").startswith("✎")
    again = w.reopen()
    assert cell(again, 0, "Killed") == "15" and font(again, 0, "Killed").bold()
    [machine] = [i for i in store.get_incidents(store.open_db(again.db_path), 1) if i.get("seq") == 0]
    assert machine["fatalities"] == 15 and machine["analyst_fields"] == ["fatalities"]


def test_reject_then_restore_keeps_the_edits(qtbot, open_window) -> None:
    w = open_window
    w.incidents.select_row(0)
    w.on_incident_edited(w.incidents.current_incident(), {"injured": 30})
    qtbot.waitUntil(lambda: cell(w, 0, "Injured") == "30", timeout=10_000)
    with qtbot.waitSignal(w.incidentsChanged, timeout=10_000):
        w.incidents.action_reject.trigger()
    assert font(w, 0, "Event type").strikeOut()
    assert cell(w, 0, "") == "✗" and w.incidents.title.text() == "Incidents (1) · 1 rejected"
    reopened = w.reopen()
    assert cell(reopened, 0, "") == "✗"
    reopened.incidents.select_row(0)
    with qtbot.waitSignal(reopened.incidentsChanged, timeout=10_000):
        reopened.incidents.action_restore.trigger()
    assert cell(reopened, 0, "") == "✎" and cell(reopened, 0, "Injured") == "30"
    assert font(reopened, 0, "Event type") is None  # neither struck out nor the analyst's


def test_confirm_marks_the_incident(qtbot, open_window) -> None:
    w = open_window
    w.incidents.select_row(1)
    with qtbot.waitSignal(w.incidentsChanged, timeout=10_000):
        w.incidents.action_confirm.trigger()
    assert cell(w, 1, "") == "✓"
    assert not w.incidents.action_confirm.isEnabled() and w.incidents.action_restore.isEnabled()


def test_add_an_incident_from_a_selection(qtbot, open_window) -> None:
    w = open_window
    start = ARTICLE_TEXT.index("وشنت")
    end = ARTICLE_TEXT.index("تعز") + 3
    w.reader.select_span(start, end)
    w.incidents.action_add.trigger()
    editor = w.editor
    assert editor is not None and editor.windowTitle() == "Add an incident"
    editor.event_type.setCurrentIndex(editor.event_type.findData("Explosions/Remote violence"))
    editor.sub_event_type.setCurrentIndex(editor.sub_event_type.findData("Air/drone strike"))
    editor.location.setText("تعز")
    editor.actor1.setText("foo militia")  # unknown to the lexicons: kept as typed
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        editor.accept()
    assert w.incidents.model.rowCount() == 3
    added = w.incidents.model.incident(2)
    assert added["analyst_status"] == "added" and added["evidence"] == [{"start": start, "end": end}]
    assert added["date"] == "2015-08-01" and added["disorder_type"] == "Political violence"
    assert added["location"]["admin1_en"] == "Taizz" and added["location"]["lat"]  # the gazetteer's reading
    assert added["actor1"]["name_en"] == "foo militia"
    assert font(w, 2, "Location").bold() and cell(w, 2, "") == "+"
    # Selecting it shows its evidence: the selection it was made from.
    w.incidents.select_row(2)
    assert w.reader.selected_span() == (start, end)


def test_adding_without_a_selection_is_disabled_and_the_slot_only_explains(qtbot, open_window) -> None:
    w = open_window
    assert w.reader.selected_span() is None and not w.incidents.action_add.isEnabled()
    w.incidents.action_add.trigger()  # Ctrl+I, the button, the menus: nothing happens
    assert w.editor is None
    w.on_add_incident_requested()  # reached some other way: it says what to do
    assert w.editor is None
    assert "Select the words" in w.statusBar().currentMessage()


def test_corrections_survive_re_analysis(qtbot, open_window) -> None:
    w = open_window
    w.incidents.select_row(1)
    w.on_incident_edited(w.incidents.current_incident(), {"fatalities": 3})
    qtbot.waitUntil(lambda: cell(w, 1, "Killed") == "3", timeout=10_000)
    from gui import ops

    ops.wait_for_all(10_000)
    db = store.open_db(w.db_path)
    store.save_analysis(db, 1, machine_analysis())  # a re-run writes the machine rows again
    db.conn.close()
    again = w.reopen()
    assert cell(again, 1, "Killed") == "3" and font(again, 1, "Killed").bold()


def test_incident_from_selection_refuses_empty_or_outside() -> None:
    import pytest

    with pytest.raises(ValueError):
        incident_from_selection("abc", 2, 2, None)
    assert incident_from_selection("abc", 0, 2, "2015-08-01T10:00")["date"] == "2015-08-01"
