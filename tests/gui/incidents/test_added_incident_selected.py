"""After Add from selection the new incident is the one selected, its details shown: before, the
selection stayed on the row selected before the add (in a long list the new row, last, was below
the pane's edge), so the analyst could not see what was stored and Ctrl+E edited the old row."""

from __future__ import annotations

import pytest

from tests.gui.conftest import add_strike

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_added_incident_is_selected(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.incidents.select_row(0)
    add_strike(qtbot, w, "وشنت طائرات التحالف", "تعز")
    assert w.incidents.model.rowCount() == 3
    assert w.incidents.current_row() == 2
    current = w.incidents.current_incident()
    assert current["analyst_status"] == "added" and current["location"]["name_ar"] == "تعز"
    assert "in Taizz" in w.incidents.summary.toPlainText() and w.incidents.action_edit.isEnabled()
    # a second one: the newest is selected, not the first added
    w.incidents.select_row(1)
    add_strike(qtbot, w, "غارات على مواقع", "دمت")
    assert w.incidents.model.rowCount() == 4
    current = w.incidents.current_incident()
    assert current["analyst_status"] == "added" and current["location"]["name_ar"] == "دمت"


def test_an_edit_keeps_its_own_row_selected(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    add_strike(qtbot, w, "وشنت طائرات التحالف", "تعز")
    w.incidents.select_row(0)
    w.incidents.action_edit.trigger()
    w.editor.fatalities.setValue(13)
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        w.editor.accept()
    assert w.incidents.current_row() == 0 and w.incidents.current_incident()["fatalities"] == 13
