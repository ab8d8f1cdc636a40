"""The incident table sorts on a header click and filters by text (an article may hold 14
incidents): a QSortFilterProxyModel between the model and the view, numbers sorted as numbers,
unknown tolls last either way, and every row the panel uses mapped through it, so Edit, Reject
and the evidence act on the incident selected on screen, not on the one at that row of the model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from gui.bidi import strip_isolates
from gui.incidents import IncidentPanel
from gui.incidents.model import COLUMNS, INCIDENT_ROLE
from tests.gui.conftest import add_strike

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HEADERS = [c[0] for c in COLUMNS]
KILLED, LOCATION = HEADERS.index("Killed"), HEADERS.index("Location")


def _inc(place: str, killed: int | None, start: int, event: str = "Battles", actor: str = "") -> dict:
    return {"event_type": event, "sub_event_type": "Armed clash", "fatalities": killed,
            "location": {"text": place, "name_ar": place}, "evidence": [{"start": start, "end": start + 5}],
            "actor1": {"text": actor, "name_ar": actor, "name_en": ""} if actor else None}


INCIDENTS = [_inc("عدن", 9, 0), _inc("تعز", None, 10), _inc("إب", 12, 20, actor="الحوثيين"),
             _inc("مأرب", 0, 30, event="Protests"), _inc("صنعاء", 100, 40)]


def _shown(panel: IncidentPanel, col: int) -> list[str]:
    view = panel.table.model()
    return [strip_isolates(view.index(r, col).data() or "") for r in range(view.rowCount())]


def _places(panel: IncidentPanel) -> list[str]:
    view = panel.table.model()
    return [view.index(r, 0).data(INCIDENT_ROLE)["location"]["name_ar"] for r in range(view.rowCount())]


def _select_view_row(panel: IncidentPanel, row: int) -> None:
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
             | QItemSelectionModel.SelectionFlag.Current)
    panel.table.selectionModel().setCurrentIndex(panel.table.model().index(row, 0), flags)


def test_killed_sorts_as_numbers_with_unknown_last_both_ways(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents(INCIDENTS)
    assert _shown(panel, KILLED) == ["9", "", "12", "0", "100"]  # the article's order until a header is clicked
    panel.table.sortByColumn(KILLED, Qt.SortOrder.AscendingOrder)
    assert _shown(panel, KILLED) == ["0", "9", "12", "100", ""]  # 100 after 12, not before 9
    panel.table.sortByColumn(KILLED, Qt.SortOrder.DescendingOrder)
    assert _shown(panel, KILLED) == ["100", "12", "9", "0", ""]  # unknown still last
    many = [_inc(p, None, 10 * i) for i, p in enumerate(("عدن", "تعز", "إب"))] + [_inc("مأرب", 1, 40)]
    panel.set_incidents(many)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):  # ties in the article's order
        panel.table.sortByColumn(KILLED, order)
        assert _places(panel) == ["مأرب", "عدن", "تعز", "إب"]
    panel.set_incidents(INCIDENTS)
    panel.table.sortByColumn(KILLED, Qt.SortOrder.DescendingOrder)
    # the panel's rows are the model's: the first row shown is the model's fifth incident
    _select_view_row(panel, 0)
    assert panel.current_row() == 4 and panel.current_incident()["location"]["name_ar"] == "صنعاء"
    with qtbot.waitSignal(panel.editRequested, timeout=1000) as edit:
        panel.action_edit.trigger()
    assert edit.args[0]["location"]["name_ar"] == "صنعاء"
    with qtbot.waitSignal(panel.evidenceRequested, timeout=1000) as evidence:
        _select_view_row(panel, 1)
    assert evidence.args == [20, 25]  # «إب»'s evidence, not the second incident's (10, 15)
    # select_row takes a model row, wherever the sorted table shows it
    panel.select_row(1)
    assert panel.current_incident()["location"]["name_ar"] == "تعز"
    assert panel.table.selectionModel().selectedRows()[0].row() == 4


def test_the_filter_matches_type_place_and_actor(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_incidents(INCIDENTS)
    assert not panel.filter.isVisible()  # five incidents: read at a glance
    panel.set_incidents(INCIDENTS + [_inc("لحج", 1, 50)])
    assert panel.filter.isVisible()
    panel.filter.setText("الحوثي")  # an actor
    assert _places(panel) == ["إب"]
    panel.filter.setText("protest")  # an event type, any case
    assert _places(panel) == ["مأرب"]
    _select_view_row(panel, 0)
    monkeypatch.setattr(panel, "confirm_delete", lambda: True)
    with qtbot.waitSignal(panel.decisionRequested, timeout=1000) as decision:
        panel.action_reject.trigger()
    assert decision.args[0]["location"]["name_ar"] == "مأرب" and decision.args[1] == "reject"
    panel.filter.setText("تعز")  # a place
    assert _places(panel) == ["تعز"]
    panel.set_incidents(INCIDENTS + [_inc("لحج", 1, 50)])  # another article: unfiltered
    assert panel.filter.text() == "" and panel.table.model().rowCount() == 6


def test_edit_and_delete_after_sorting_hit_the_incident_selected(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    panel = w.incidents
    # the article's order: Damt (12 killed), Taizz (toll unknown); by place going down, Taizz first
    panel.table.sortByColumn(LOCATION, Qt.SortOrder.DescendingOrder)
    _select_view_row(panel, 0)
    panel.action_edit.trigger()
    assert w.editor.location.text() == "تعز"
    w.editor.fatalities.setValue(9)
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        w.editor.accept()
    assert panel.current_incident()["location"]["name_ar"] == "تعز" and panel.current_incident()["fatalities"] == 9
    by_place = {i["location"]["name_ar"]: i.get("fatalities") for i in panel.model.incidents()}
    assert by_place == {"دمت": 12, "تعز": 9}  # Damt untouched
    # by killed going up: 9 before 12 (as numbers); an added incident of 3 killed first
    add_strike(qtbot, w, "غارات على مواقع", "إب", 3)
    panel.table.sortByColumn(KILLED, Qt.SortOrder.AscendingOrder)
    assert _shown(panel, KILLED) == ["3", "9", "12"]
    _select_view_row(panel, 0)
    assert panel.current_incident()["analyst_status"] == "added"
    monkeypatch.setattr(panel, "confirm_delete", lambda: True)
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        panel.action_reject.trigger()
    assert sorted(i["location"]["name_ar"] for i in panel.model.incidents()) == ["تعز", "دمت"]
    assert _shown(panel, KILLED) == ["9", "12"]


def test_the_title_says_how_many_the_filter_leaves(qtbot) -> None:  # type: ignore[no-untyped-def]
    """«Incidents (14)» said nothing of the filter box under it: while a filter is on, the title
    says how many of the counted incidents it leaves (a rejected one is counted in neither)."""
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    rejected = dict(_inc("لحج", 1, 60), analyst_status="rejected")
    panel.set_incidents(INCIDENTS + [_inc("لحج", 1, 50), rejected])
    assert panel.title.text() == "Incidents (6) · 1 rejected"
    panel.filter.setText("لحج")  # the rejected one shows in the table but is not counted
    assert panel.table.model().rowCount() == 2
    assert panel.title.text() == "Incidents (1 of 6) · 1 rejected"
    panel.filter.setText("protest")
    assert panel.title.text() == "Incidents (1 of 6) · 1 rejected"
    panel.filter.setText("nothing like it")
    assert panel.title.text() == "Incidents (0 of 6) · 1 rejected"
    panel.filter.setText("  ")  # blank: no filter
    assert panel.title.text() == "Incidents (6) · 1 rejected"
    panel.filter.setText("عدن")
    panel.set_incidents(INCIDENTS + [_inc("لحج", 1, 50)])  # another article: unfiltered
    assert panel.title.text() == "Incidents (6)"


@pytest.mark.parametrize(("total", "word"), [(1, "حادثة واحدة"), (2, "حادثتين"), (6, "6 حوادث"), (14, "14 حادثة")])
def test_the_filtered_title_in_arabic(qtbot, arabic, total, word) -> None:  # type: ignore[no-untyped-def]
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    places = ["عدن", "تعز", "إب", "مأرب", "صنعاء", "لحج", "أبين", "شبوة", "حجة", "صعدة", "الجوف", "المهرة", "ريمة",
              "البيضاء"]
    rejected = [dict(_inc("عدن", 0, 500 + i), analyst_status="rejected") for i in range(max(0, 6 - total))]
    panel.set_incidents([_inc(places[i], 1, 10 * i) for i in range(total)] + rejected)
    panel.filter.setText("عدن")
    assert panel.title.text().startswith(f"الحوادث (1 من أصل {word})")


def test_the_filter_matches_the_place_s_governorate(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An incident coded at a town is found by its governorate's name, in either language."""
    town = _inc("بلدة الوادي", 2, 60)
    town["location"].update({"name_en": "Wadi Town", "admin1_ar": "حلب", "admin1_en": "Aleppo"})
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents(INCIDENTS + [town])
    panel.filter.setText("حلب")
    assert _places(panel) == ["بلدة الوادي"]
    panel.filter.setText("aleppo")
    assert _places(panel) == ["بلدة الوادي"]
    panel.filter.setText("إدلب")  # no other governorate matches
    assert _places(panel) == []
