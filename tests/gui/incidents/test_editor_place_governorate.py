"""Typing another place in the incident editor drops the old place's governorate: «عدن» typed over
a camp in Lahij was looked for in Lahij and became the village «العدن» there, not Aden."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from gui.incidents.editor import IncidentEditor
from gui.tasks import resolve_names

CAMP = {"text": "معسكر لبوزة", "name_ar": "معسكر لبوزة", "admin1_ar": "لحج", "admin1_en": "Lahij"}
INCIDENT = {"event_type": "Battles", "sub_event_type": "Armed clash", "location": CAMP, "fatalities": 7}


def _type(line, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` over the line's text, as a keyboard does (QTest's keyClicks takes Latin-1 only)."""
    line.selectAll()
    QApplication.sendEvent(line, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text))


def _type_place(qtbot, editor: IncidentEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    _type(editor.location, text)


def test_a_typed_place_is_not_looked_for_in_the_old_places_governorate(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = IncidentEditor(INCIDENT)
    qtbot.addWidget(editor)
    assert editor.admin1.text() == "لحج"
    _type_place(qtbot, editor, "عدن")
    assert editor.admin1.text() == ""  # the camp's governorate went with it
    place = resolve_names({"location": editor.values()["location"]}, ["Lahij", "Aden"], "Yemen")["location"]
    assert (place["name_en"], place["admin1_en"]) == ("Aden", "Aden")
    _type_place(qtbot, editor, "معسكر لبوزة")  # typed back: its governorate returns, the place is unchanged
    assert editor.admin1.text() == "لحج" and "location" not in editor.changes()


def test_a_governorate_the_analyst_typed_is_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = IncidentEditor(INCIDENT)
    qtbot.addWidget(editor)
    _type(editor.admin1, "تعز")
    _type_place(qtbot, editor, "صبر")
    assert editor.admin1.text() == "تعز"
    assert editor.values()["location"]["admin1_ar"] == "تعز"


def test_a_corrected_governorate_is_not_overruled_by_a_place_abroad(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The analyst types «عدن» as the governorate of «الرباط» (read as Rabat, Morocco): the
    correction is kept and the incident is placed in Aden, Yemen, not saved back as Morocco's."""
    rabat = {"text": "الرباط", "name_ar": "الرباط", "name_en": "Rabat", "admin1_ar": "الرباط-سلا-القنيطرة",
             "admin1_en": "Rabat-Sale-Kenitra", "country": "Morocco", "place_id": "gn:2538475"}
    editor = IncidentEditor({**INCIDENT, "location": rabat})
    qtbot.addWidget(editor)
    _type(editor.admin1, "عدن")
    place = resolve_names({"location": editor.changes()["location"]}, ["Aden"], "Yemen")["location"]
    assert (place["country"], place["admin1_en"], place["admin1_ar"]) == ("Yemen", "Aden", "عدن")
    assert place["name_ar"] == "الرباط" and place.get("place_id") is None
