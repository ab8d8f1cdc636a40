"""The incident editor shows an actor's or a place's name as the Arabic interface names it
(`arabic_name`: the canonical Arabic, else the article's words, else the English), and an
untouched name is no change: the editor, the table and the change detection read one function."""

from __future__ import annotations

from gui.i18n import arabic_name
from gui.incidents.editor import IncidentEditor

INCIDENT = {
    "event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 3, "date": "2015-08-05",
    "location": {"text": "دمت", "name_ar": "", "name_en": "Damt", "admin1_ar": "الضالع", "admin1_en": "Al Dhale'e"},
    "actor1": {"text": "", "name_ar": "", "name_en": "Houthis"},  # an English name only
    "actor2": {"text": "المقاومة", "name_ar": "المقاومة الشعبية", "name_en": "Popular Resistance"},
}


def test_the_editor_shows_each_name_as_arabic_name_and_an_untouched_name_is_no_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = IncidentEditor(INCIDENT)
    qtbot.addWidget(editor)
    shown = (editor.location.text(), editor.actor1.text(), editor.actor2.text())
    assert shown == ("دمت", "Houthis", "المقاومة الشعبية")  # the article's words, the English, the canonical
    assert shown == tuple(arabic_name(INCIDENT[k]) for k in ("location", "actor1", "actor2"))
    assert editor.changes() == {}
    editor.actor1.setText("الحوثيون")
    assert set(editor.changes()) == {"actor1"}
