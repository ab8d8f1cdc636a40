"""After an incident is corrected the status bar says what was saved, in the words Edit › Undo's
item names the step with (MainWindow._incident_what, one source). Before, it said only "Saved."."""

from __future__ import annotations

import pytest

from gui import ops
from gui.bidi import strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def correct_first_incident(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    assert w.incidents.model.rowCount()
    w.incidents.select_row(0)
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        w.on_incident_edited(w.incidents.current_incident(), {"fatalities": 99})
    ops.wait_for_all(10_000)


def test_saved_says_the_incident_correction(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    correct_first_incident(qtbot, w)
    assert strip_isolates(w.statusBar().currentMessage()) == "Saved: the incident correction."
    assert w.action_undo.text() == "&Undo the incident correction"  # the same words


def test_saved_says_the_incident_correction_in_arabic(qtbot, arabic, window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(article_db)
    correct_first_incident(qtbot, w)
    message = strip_isolates(w.statusBar().currentMessage())
    what = w._incident_what()
    assert what == "تصحيح الحادثة"
    assert message == f"تم حفظ {what}."
    assert what in w.action_undo.text().replace("&", "")
