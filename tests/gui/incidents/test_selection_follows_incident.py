"""After a correction the incident table keeps the same incident selected, not the same row number:
an entity correction re-analyses the article, and an incident dropped above the selected one moved
the selection onto the next incident (Aden instead of Al Dbab), which a Confirm or Reject pressed
next would then have hit."""

from __future__ import annotations

from gui.incidents import IncidentPanel
from gui.incidents.panel import same_incident_row


def _incident(seq: int, place: str, start: int) -> dict:
    return {"seq": seq, "event_type": "Battles", "sub_event_type": "Armed clash",
            "location": {"text": place, "name_ar": place}, "evidence": [{"start": start, "end": start + 30}],
            "date": "2015-07-22"}


# three clashes told in one sentence (one passage), then one in another
BEFORE = [_incident(0, "البريد", 100), _incident(1, "الجمهوري", 100), _incident(2, "الضباب", 100),
          _incident(3, "عدن", 200)]


def test_an_incident_dropped_above_keeps_the_selection_on_the_same_incident(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents(BEFORE)
    panel.select_row(2)
    assert panel.current_incident()["location"]["name_ar"] == "الضباب"
    # the re-analysis after «البريد» was unmarked: the first incident is gone, the others renumbered
    after = [_incident(0, "الجمهوري", 100), _incident(1, "الضباب", 100), _incident(2, "عدن", 200)]
    panel.set_incidents(after, {}, keep_selection=True)
    assert panel.current_row() == 1
    assert panel.current_incident()["location"]["name_ar"] == "الضباب"


def test_an_edit_or_a_decision_keeps_its_row_and_a_vanished_incident_selects_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.set_incidents(BEFORE)
    panel.select_row(1)
    edited = [dict(i) for i in BEFORE]
    edited[1] = {**edited[1], "location": {"text": "تعز", "name_ar": "تعز"}, "override_id": 7,
                 "analyst_status": "edited"}
    panel.set_incidents(edited, keep_selection=True)  # its place changed: the same position and passage
    assert panel.current_row() == 1
    panel.set_incidents([edited[0], edited[2], edited[3]], keep_selection=True)  # gone: no other takes its place
    assert panel.current_row() == -1 and not panel.action_confirm.isEnabled()
    assert same_incident_row(edited[1], [{**edited[1], "seq": 5, "location": {"name_ar": "x"}}]) == 0  # its override
