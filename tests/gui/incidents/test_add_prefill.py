"""Add from selection fills the editor from the entities of the selected words: the most precise
place, the first two armed actors in the text's order, a single stated count of killed, injured or
captured. Before, the editor opened blank and the analyst retyped in Arabic what the reader had
already recognised (and a typed place could miss the gazetteer reading the entity carried)."""

from __future__ import annotations

import pytest

from gui.incidents.corrections import incident_from_selection, prefill_from_entities
from gui.incidents.editor import IncidentEditor
from tests.gui.conftest import ARTICLE_TEXT, span_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXT = ("قصفت طائرات التحالف العربي مواقع لجماعة الحوثي في مديرية حيدان بمحافظة صعدة، "
        "ما أدى إلى مقتل ستة مسلحين وإصابة آخرين. وفي تعز تواصلت المواجهات.")


def _entities() -> list[dict]:
    t = TEXT
    killed = span_of(t, "مقتل", "CASUALTY", role="killed", count=6, vague=False)
    injured = span_of(t, "وإصابة آخرين", "CASUALTY", role="injured", count=None, vague=True)
    return [
        span_of(t, "التحالف العربي", "ARMED_ACTOR", id="saudi_coalition", name_ar="قوات التحالف العربي",
                name_en="Operation Restoring Hope", actor_type="external", inter=8),
        span_of(t, "جماعة الحوثي", "ARMED_ACTOR", id="houthis", name_ar="الحوثيون (أنصار الله)",
                name_en="Houthis (Ansar Allah)", actor_type="rebel", inter=2),
        span_of(t, "مديرية حيدان", "LOCATION", place_id="ye:d:150", kind="district", name_ar="حيدان",
                name_en="Haydan", admin1_ar="صعدة", admin1_en="Sadah", country="Yemen", lat=16.78, lon=43.43),
        span_of(t, "محافظة صعدة", "LOCATION", place_id="ye:g:9", kind="governorate", name_ar="صعدة",
                name_en="Sadah", admin1_ar="صعدة", admin1_en="Sadah", country="Yemen", lat=17.06, lon=43.91),
        killed, injured,
        span_of(t, "تعز", "LOCATION", place_id="ye:g:15", kind="governorate", name_ar="تعز", name_en="Taizz"),
    ]


def test_the_selection_fills_place_actors_and_the_stated_count() -> None:
    end = TEXT.index("وفي تعز")
    base = incident_from_selection(TEXT, 0, end, "2015-08-02", _entities())
    assert base["event_type"] == "" and base["evidence"] == [{"start": 0, "end": end}]
    place = base["location"]
    assert (place["name_en"], place["admin1_en"], place["place_id"], place["lat"]) == ("Haydan", "Sadah", "ye:d:150", 16.78)
    assert (base["actor1"]["name_en"], base["actor1"]["inter"]) == ("Operation Restoring Hope", 8)
    assert base["actor2"]["name_en"] == "Houthis (Ansar Allah)"
    assert base["fatalities"] == 6 and base["injured"] is None and base["captured"] is None  # «آخرين» is vague


def test_only_entities_inside_the_selection_count() -> None:
    start = TEXT.index("جماعة الحوثي")
    base = incident_from_selection(TEXT, start, TEXT.index("بمحافظة"), None, _entities())
    assert base["actor1"]["name_en"] == "Houthis (Ansar Allah)" and base["actor2"] is None
    assert base["location"]["name_en"] == "Haydan" and base["fatalities"] is None
    assert prefill_from_entities([]) == {}


def test_the_editor_shows_the_prefill_and_stores_it_unchanged(qtbot) -> None:  # type: ignore[no-untyped-def]
    base = incident_from_selection(TEXT, 0, TEXT.index("وفي تعز"), "2015-08-02", _entities())
    editor = IncidentEditor(base, title="Add an incident")
    qtbot.addWidget(editor)
    assert (editor.location.text(), editor.admin1.text()) == ("حيدان", "صعدة")
    assert (editor.actor1.text(), editor.actor2.text()) == ("قوات التحالف العربي", "الحوثيون (أنصار الله)")
    assert editor.fatalities.value() == 6 and editor.problem() == "Choose an event type."
    values = editor.values()
    assert values["location"]["place_id"] == "ye:d:150" and values["actor1"]["inter"] == 8  # the readings kept


def test_adding_in_the_window_starts_from_the_selection(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    start = ARTICLE_TEXT.index("وشنت")
    w.reader.select_span(start, ARTICLE_TEXT.index("تعز") + 3)
    w.incidents.action_add.trigger()
    assert w.editor.actor1.text() == "التحالف العربي"
    start = ARTICLE_TEXT.index("12 مسلحا")
    w.editor.reject()
    w.reader.select_span(start, ARTICLE_TEXT.index("دمت") + 3)
    w.incidents.action_add.trigger()
    assert w.editor.location.text() == "دمت" and w.editor.admin1.text() == "الضالع"


def test_a_country_named_beside_a_governorate_is_not_the_place() -> None:
    """«في محافظة صعدة شمال اليمن»: the governorate is the incident's place; a country (or a region,
    a Syrian province) was ranked as precise as a subdistrict by the default, ahead of the governorate."""
    t = "شنت مقاتلات التحالف غارات على مواقع في محافظة صعدة شمال اليمن أمس."
    ents = [
        span_of(t, "محافظة صعدة", "LOCATION", place_id="ye:g:9", kind="governorate", name_ar="صعدة",
                name_en="Sadah", admin1_ar="صعدة", admin1_en="Sadah", country="Yemen", lat=17.06, lon=43.91),
        span_of(t, "اليمن", "LOCATION", place_id="ye", kind="country", name_ar="اليمن", name_en="Yemen",
                admin1_ar="", admin1_en="", country="Yemen", lat=15.5, lon=47.5),
    ]
    location = prefill_from_entities(ents)["location"]
    assert (location.get("admin1_ar") or location.get("name_ar")) == "صعدة", location
