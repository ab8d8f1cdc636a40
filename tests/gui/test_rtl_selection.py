"""Rows selected by the program (the open article, Alt+Down/Up, the incident kept after a
correction) under the Arabic, right-to-left interface, where QTableView.selectRow selects nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui import i18n
from gui.incidents import IncidentPanel
from gui.library import LibraryPane

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROWS = [{"id": i, "title": f"خبر {i}", "published": "2015-08-01", "source": "test"} for i in (1, 2, 3)]
INCIDENTS = [{"event_type": "Battles", "sub_event_type": "Armed clash", "seq": n, "summary_ar": f"اشتباك {n}",
              "evidence": [{"start": 0, "end": 4}]} for n in (0, 1, 2)]


@pytest.fixture
def arabic(qapp):  # type: ignore[no-untyped-def]
    assert i18n.install_language(qapp, "ar") == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    yield qapp
    i18n.install_language(qapp, "en")


def test_library_marks_and_steps_through_articles_right_to_left(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.resize(400, 600)
    pane.show()
    assert pane.table.isRightToLeft()
    pane.set_rows(ROWS)
    assert pane.select_article(2, emit=False)
    assert pane.current_article_id() == 2
    with qtbot.waitSignal(pane.articleActivated) as opened:
        pane.step(+1)
    assert opened.args == [3] and pane.current_article_id() == 3
    pane.step(-1)
    pane.step(-1)
    assert pane.current_article_id() == 1
    assert [i.row() for i in pane.table.selectionModel().selectedRows()] == [0]
    # An open article that is not among the loaded rows leaves no other row looking open.
    assert not pane.select_article(99, emit=False)
    assert pane.current_article_id() is None and pane.selected_article_ids() == []


def test_incident_stays_selected_after_a_correction_right_to_left(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    panel.set_incidents(INCIDENTS, {})
    with qtbot.waitSignal(panel.evidenceRequested):
        panel.select_row(2)
    assert panel.current_row() == 2
    confirmed = [dict(i) for i in INCIDENTS]
    confirmed[2]["analyst_status"] = "confirmed"
    panel.set_incidents(confirmed, keep_selection=True)
    assert panel.current_row() == 2
    assert panel.action_restore.isEnabled()  # Ctrl+Shift+R has an incident to restore
