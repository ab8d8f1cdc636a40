"""What an analyst's correction becomes: summaries told from the edited fields, typed places
found in the gazetteer, only complete codings accepted, and every correction undoable."""

from __future__ import annotations

import csv

from core import store
from core.export import select, write_export
from gui import tasks
from gui.incidents.corrections import actor_from_name, incident_from_selection, place_from_name
from gui.incidents.editor import IncidentEditor
from tests.gui.conftest import ARTICLE_TEXT, machine_analysis


def _csv_rows(db, tmp_path) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.csv"
    write_export(out, "acled-csv", select(db))
    return list(csv.DictReader(out.open(encoding="utf-8")))


def test_an_edited_incident_is_summarised_from_the_analyst_values(article_db, tmp_path) -> None:
    db = store.open_db(article_db)
    machine = store.get_incidents(db, 1)[0]
    changes = {"event_type": "Violence against civilians", "sub_event_type": "Attack", "fatalities": 5,
               "location": place_from_name("مكيراس", "البيضاء"), "actor1": actor_from_name("foo militia")}
    edited = tasks.edit_incident(db, 1, machine, changes)[0]
    assert edited["summary_en"] == "Attack by foo militia in Mukayras (Al Bayda): 5 killed, 22 injured"
    assert edited["summary_ar"].startswith("هجوم") and "مكيراس" in edited["summary_ar"] and "دمت" not in edited["summary_ar"]
    row = next(r for r in _csv_rows(db, tmp_path) if r["analyst_status"] == "edited")
    assert row["notes"] == edited["summary_en"] and row["summary_ar"] == edited["summary_ar"]
    assert row["location"] == "Mukayras" and row["country"] == "Yemen" and row["event_id_cnty"].startswith("YEM")
    # a second edit keeps the first one's fields in the summary
    again = tasks.edit_incident(db, 1, edited, {"fatalities": 7})[0]
    assert again["summary_en"] == "Attack by foo militia in Mukayras (Al Bayda): 7 killed, 22 injured"


def test_an_added_incident_is_summarised_and_placed(article_db, tmp_path) -> None:
    db = store.open_db(article_db)
    start = ARTICLE_TEXT.index("وشنت")
    base = incident_from_selection(ARTICLE_TEXT, start, start + 10, "2015-08-01")
    data = {**base, "event_type": "Strategic developments", "sub_event_type": "Looting/property destruction",
            "disorder_type": "Strategic developments", "location": place_from_name("الزاهر", ""),
            "actor1": actor_from_name("foo militia")}
    added = tasks.add_incident(db, 1, data)[-1]
    place = added["location"]
    assert (place["name_en"], place["country"], place["iso"]) == ("Az Zahir", "Yemen", 887) and place["lat"]
    assert place["alternatives"]  # the other Az Zahir (al-Jawf) is kept
    assert added["summary_en"].startswith("Looting/property destruction by foo militia in Az Zahir")
    row = next(r for r in _csv_rows(db, tmp_path) if r["analyst_status"] == "added")
    assert row["location"] == "Az Zahir" and row["latitude"] and row["event_id_cnty"].startswith("YEM")
    assert row["notes"] == added["summary_en"]


def test_typed_places_are_found_in_the_gazetteer_preferring_the_article(article_db) -> None:
    damt = tasks.resolve_names({"location": place_from_name("دمت")})["location"]  # the editor's own example
    assert (damt["name_en"], damt["admin1_en"], damt["country"]) == ("Damt", "Ad Dali", "Yemen") and damt["lat"]
    zahir = tasks.resolve_names({"location": place_from_name("مديرية الزاهر", "الجوف")})["location"]
    assert (zahir["name_en"], zahir["admin1_en"]) == ("Az Zahir", "Al Jawf")
    db = store.open_db(article_db)
    assert tasks.article_governorates(db, 1)[0] == "Ad Dali"
    assert tasks.resolve_names({"location": place_from_name("الزاهر")}, ["Al Jawf"])["location"]["admin1_en"] == "Al Jawf"
    # a name no gazetteer knows stays as typed, placed at the governorate the analyst chose
    unknown = tasks.resolve_names({"location": place_from_name("قرية مجهولة تماما", "البيضاء")})["location"]
    assert unknown["name_ar"] == "قرية مجهولة تماما" and unknown["country"] == "Yemen"
    assert unknown["admin1_en"] == "Al Bayda" and unknown["geo_precision"] == 3 and not unknown.get("place_id")


def _ok(editor: IncidentEditor) -> bool:
    return editor.buttons.button(editor.buttons.StandardButton.Ok).isEnabled()


def test_the_editor_accepts_only_a_complete_coding_and_a_real_date(qtbot) -> None:
    editor = IncidentEditor(incident_from_selection(ARTICLE_TEXT, 2, 8, "2015-08-01"))
    qtbot.addWidget(editor)
    assert not _ok(editor) and editor.problem_label.text() == "Choose an event type."
    editor.accept()
    assert editor.result() != editor.DialogCode.Accepted  # Ctrl+Enter is refused as well
    editor.event_type.setCurrentIndex(editor.event_type.findData("Battles"))
    assert not _ok(editor) and editor.problem_label.text() == "Choose a sub-event type."
    editor.sub_event_type.setCurrentIndex(editor.sub_event_type.findData("Armed clash"))
    assert _ok(editor) and not editor.problem()
    editor.date.setText("2015-13-45")
    assert not _ok(editor) and "calendar date" in editor.problem()
    editor.date.setText("2015-02-29")
    assert not _ok(editor)
    editor.date.setText("2016-02-29")
    assert _ok(editor)
    editor.date.setText("")
    assert _ok(editor)  # unknown date
    editor.accept()
    assert editor.result() == editor.DialogCode.Accepted


def test_changing_the_event_type_asks_for_its_sub_event(qtbot) -> None:
    editor = IncidentEditor(machine_analysis()["incidents"][0])
    qtbot.addWidget(editor)
    assert _ok(editor)
    editor.event_type.setCurrentIndex(editor.event_type.findData("Explosions/Remote violence"))
    assert editor.sub_event_type.currentData() == "" and not _ok(editor)
    editor.accept()
    assert editor.result() != editor.DialogCode.Accepted
