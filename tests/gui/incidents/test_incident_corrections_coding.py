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


def test_replacing_an_actor_drops_the_machine_associates_of_the_old_one(article_db) -> None:
    db = store.open_db(article_db)
    machine = {**store.get_incidents(db, 1)[0],
               "assoc_actor_1": [{"text": "الجيش", "name_en": "Military Forces of Yemen (2012-)"}]}
    edited = tasks.edit_incident(db, 1, machine, {"actor1": actor_from_name("foo militia")})[0]
    assert edited["assoc_actor_1"] == [] and "Military Forces" not in edited["summary_en"]
    assert edited["analyst_fields"] == ["actor1"]


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
    assert tasks.article_place_context(db, 1).governorates[0] == "Ad Dali"
    assert tasks.resolve_names({"location": place_from_name("الزاهر")}, ["Al Jawf"])["location"]["admin1_en"] == "Al Jawf"
    # a name no gazetteer knows stays as typed, placed at the governorate the analyst chose
    unknown = tasks.resolve_names({"location": place_from_name("قرية مجهولة تماما", "البيضاء")})["location"]
    assert unknown["name_ar"] == "قرية مجهولة تماما" and unknown["country"] == "Yemen"
    assert unknown["admin1_en"] == "Al Bayda" and unknown["geo_precision"] == 3 and not unknown.get("place_id")


def test_no_place_is_read_through_a_letter_after_the_article(article_db) -> None:  # type: ignore[no-untyped-def]
    """A typed «الكسارة» (a front the gazetteer does not hold) was read «كسارة», then «سارة» after
    a «ك»: Sarh, a village of Ibb. A proclitic never follows the article: no place is read so, the
    name stays as typed (at the governorate typed with it), and the editor offers no such choice."""
    front = tasks.resolve_names({"location": place_from_name("الكسارة")})["location"]
    assert front["name_ar"] == "الكسارة" and not front.get("place_id") and front.get("admin1_en") in (None, "")
    at_marib = tasks.resolve_names({"location": place_from_name("الكسارة", "مأرب")})["location"]
    assert at_marib["admin1_en"] == "Marib" and not at_marib.get("place_id")
    db = store.open_db(article_db)
    assert tasks.places_named(db, 1, "الكسارة") == []
    # names that are the gazetteer's, with the article or without it, are still read
    for typed, name_en in (("الباب", "Al Bab"), ("المخا", "Mocha"), ("البيضاء", "Al Bayda")):
        assert tasks.resolve_names({"location": place_from_name(typed)})["location"]["name_en"] == name_en
    assert tasks.places_named(db, 1, "المخا")


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


def test_restore_gives_back_the_machine_values_of_an_edited_incident(qtbot, open_window) -> None:
    w = open_window
    w.incidents.select_row(0)
    w.on_incident_edited(w.incidents.current_incident(), {"fatalities": 15})
    qtbot.waitUntil(lambda: w.incidents.model.incident(0)["fatalities"] == 15, timeout=10_000)
    w.incidents.select_row(0)
    assert w.incidents.action_restore.isEnabled()
    with qtbot.waitSignal(w.incidentsChanged, timeout=10_000):
        w.incidents.action_restore.trigger()
    restored = w.incidents.model.incident(0)
    assert restored["fatalities"] == 12 and restored["analyst_status"] is None
    assert restored["summary_ar"] == "اشتباك في دمت"  # the machine's own summary again


def test_restore_of_a_confirmed_edit_unconfirms_it_first(article_db) -> None:
    db = store.open_db(article_db)
    inc = tasks.edit_incident(db, 1, store.get_incidents(db, 1)[0], {"fatalities": 15})[0]
    inc = tasks.decide_incident(db, 1, inc, "confirm")[0]
    inc = tasks.decide_incident(db, 1, inc, "restore")[0]
    assert inc["analyst_status"] == "edited" and inc["fatalities"] == 15 and not inc.get("analyst_confirmed")
    inc = tasks.decide_incident(db, 1, inc, "restore")[0]
    assert inc["analyst_status"] is None and inc["fatalities"] == 12


def test_rejecting_an_added_incident_asks_before_deleting_it(qtbot, open_window, monkeypatch) -> None:
    w = open_window
    start = ARTICLE_TEXT.index("وشنت")
    base = incident_from_selection(ARTICLE_TEXT, start, start + 10, "2015-08-01")
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        w.on_incident_added({**base, "event_type": "Battles", "sub_event_type": "Armed clash"})
    assert w.incidents.model.rowCount() == 3
    asked = []
    monkeypatch.setattr(w.incidents, "confirm_delete", lambda: asked.append(1) or False)
    w.incidents.select_row(2)
    with qtbot.assertNotEmitted(w.incidents.decisionRequested):
        w.incidents.action_reject.trigger()
    assert asked and w.incidents.model.rowCount() == 3
    monkeypatch.setattr(w.incidents, "confirm_delete", lambda: True)
    with qtbot.waitSignal(w.incidentsChanged, timeout=10_000):
        w.incidents.action_reject.trigger()
    assert w.incidents.model.rowCount() == 2
    # a machine incident is rejected without asking (Restore undoes it)
    monkeypatch.setattr(w.incidents, "confirm_delete", lambda: 1 / 0)
    w.incidents.select_row(1)
    with qtbot.waitSignal(w.incidentsChanged, timeout=10_000):
        w.incidents.action_reject.trigger()


def test_the_editor_message_and_the_delete_question_are_translated(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from gui import i18n

    assert i18n.install_language(qapp, "ar") == "ar"
    try:
        editor = IncidentEditor(incident_from_selection(ARTICLE_TEXT, 2, 8, None))
        qtbot.addWidget(editor)
        assert editor.problem_label.text() == "اختر نوع الحدث."
        editor.event_type.setCurrentIndex(editor.event_type.findData("Battles"))
        editor.sub_event_type.setCurrentIndex(editor.sub_event_type.findData("Armed clash"))
        editor.date.setText("2015-13-45")
        assert editor.problem_label.text().startswith("التاريخ ليس")
        assert QCoreApplication.translate("IncidentPanel", "Delete the incident") == "حذف الحادثة"
    finally:
        i18n.install_language(qapp, "en")


def test_restore_on_an_orphaned_edit_keeps_it(article_db) -> None:
    """A review: once a re-analysis no longer finds the edited incident (an orphan), Restore has no
    machine values to return to; it must not delete what the analyst kept."""
    db = store.open_db(article_db)
    tasks.edit_incident(db, 1, store.get_incidents(db, 1)[0], {"fatalities": 15})
    analysis = machine_analysis()
    analysis["incidents"] = analysis["incidents"][1:]  # the clash is gone from the new analysis
    store.save_analysis(db, 1, analysis)
    orphan = next(i for i in store.get_incidents(db, 1) if i.get("orphaned"))
    after = tasks.decide_incident(db, 1, orphan, "restore")
    kept = [i for i in after if i.get("orphaned")]
    assert kept and kept[0]["fatalities"] == 15


def test_a_village_named_only_in_other_governorates_is_not_taken_for_the_typed_one() -> None:
    """«صبر» typed with governorate «تعز»: the gazetteer has villages of that name only in Dhamar,
    Lahij, al-Bayda… Taking one of them exported a village of another governorate at precision 1;
    the incident is coded at the governorate the analyst typed, under the name typed."""
    sabir = tasks.resolve_names({"location": place_from_name("صبر", "تعز")}, ["Lahij", "Taizz"])["location"]
    assert (sabir["name_ar"], sabir["admin1_en"], sabir["geo_precision"]) == ("صبر", "Taizz", 3)
    assert not sabir.get("place_id") and sabir["country"] == "Yemen"
    # a district of another governorate is still found (the governorate field was likely left as it was)
    damt = tasks.resolve_names({"location": place_from_name("دمت", "تعز")})["location"]
    assert (damt["name_en"], damt["admin1_en"]) == ("Damt", "Ad Dali")
    # and a village in the typed governorate is taken as before
    assert tasks.resolve_names({"location": place_from_name("صبر", "لحج")})["location"]["admin1_en"] == "Lahij"


def test_a_date_the_analyst_sets_is_exported_with_day_precision(article_db, tmp_path) -> None:
    """The editor takes only yyyy-mm-dd: an added incident had no time_precision (blank in the
    CSV beside its event_date), and an edited date kept the machine's week or month precision."""
    db = store.open_db(article_db)
    machine = store.get_incidents(db, 1)[0]
    db.conn.execute("UPDATE incidents SET data = json_set(data, '$.time_precision', 3) WHERE article_id = 1 AND seq = 0")
    tasks.edit_incident(db, 1, {**machine, "time_precision": 3}, {"date": "2015-07-28"})
    start = ARTICLE_TEXT.index("وشنت")
    base = incident_from_selection(ARTICLE_TEXT, start, start + 10, "2015-08-01")
    from gui.incidents.corrections import new_incident_data
    tasks.add_incident(db, 1, new_incident_data(base, {"event_type": "Battles", "sub_event_type": "Armed clash",
                                                       "date": "2015-07-30"}))
    rows = {r["analyst_status"]: r for r in _csv_rows(db, tmp_path)}
    assert (rows["edited"]["event_date"], rows["edited"]["time_precision"]) == ("2015-07-28", "1")
    assert (rows["added"]["event_date"], rows["added"]["time_precision"]) == ("2015-07-30", "1")


def test_typed_actors_take_the_articles_country_as_the_machines_do(article_db) -> None:
    """«المدنيين» typed in the editor of a Yemeni article was exported as "Civilians" (and «الجيش»
    as "Military Forces"): no ACLED actor is called so; the machine's span there reads
    "Civilians (Yemen)"."""
    db = store.open_db(article_db)
    analysis = machine_analysis()
    analysis["entities"][0]["attrs"]["country"] = "Yemen"
    analysis["entities"].append({"start": 0, "end": 1, "label": "ARMED_ACTOR", "source": "lexicon", "text": "x",
                                 "attrs": {"name_en": "Houthis (Ansar Allah)", "country": "Yemen", "actor_type": "rebel"}})
    store.save_analysis(db, 1, analysis)
    assert tasks.article_place_context(db, 1).country == "Yemen"
    machine = store.get_incidents(db, 1)[0]
    edited = tasks.edit_incident(db, 1, machine, {"actor1": actor_from_name("الجيش"),
                                                  "actor2": actor_from_name("المدنيين")})[0]
    assert (edited["actor1"]["name_en"], edited["actor1"]["inter"]) == ("Military Forces of Yemen (2012-)", 1)
    assert (edited["actor2"]["name_en"], edited["actor2"]["inter"]) == ("Civilians (Yemen)", 7)
    assert edited["actor2"]["text"] == "المدنيين"
    # no country known: the bare name, as before
    assert tasks.resolve_names({"actor1": actor_from_name("المدنيين")})["actor1"]["name_en"] == "Civilians"


def test_the_store_knows_the_editors_fields() -> None:
    """An added incident the analyzer finds later becomes an edit showing these as the analyst's."""
    from core.store.analyses import ANALYST_FIELDS
    from gui.incidents.corrections import EDITABLE_FIELDS

    assert ANALYST_FIELDS == EDITABLE_FIELDS


def test_a_place_typed_in_an_article_about_aden_is_looked_for_in_yemen_first(article_db) -> None:
    """«الرباط» typed with no governorate in an article about Aden was placed at Rabat, Morocco: no
    homonym is in Aden, and the article's country did not count. Now its Yemeni homonyms come first."""
    db = store.open_db(article_db)
    analysis = machine_analysis()
    for ent in analysis["entities"][:2]:
        ent["attrs"].update(admin1_en="Aden", country="Yemen")
    store.save_analysis(db, 1, analysis)
    context = tasks.article_place_context(db, 1)
    assert context.country == "Yemen" and context.governorates[0] == "Aden" and "ye:d:291" in context.place_ids
    start = ARTICLE_TEXT.index("وشنت")
    data = {**incident_from_selection(ARTICLE_TEXT, start, start + 10, "2015-08-01"),
            "event_type": "Battles", "sub_event_type": "Armed clash", "disorder_type": "Political violence",
            "location": place_from_name("الرباط", ""), "actor1": actor_from_name("foo militia")}
    added = tasks.add_incident(db, 1, data)[-1]
    assert added["location"]["country"] == "Yemen" and added["location"]["name_en"] != "Rabat"


def test_an_incident_added_with_no_place_is_exported_in_the_articles_country(article_db, tmp_path) -> None:
    """Added with no place, an incident was exported with an empty country; now the article's
    country (as its analysis establishes it), else "Unknown" — each said in the tags."""
    db = store.open_db(article_db)
    start = ARTICLE_TEXT.index("وشنت")
    editor = IncidentEditor(incident_from_selection(ARTICLE_TEXT, start, start + 10, "2015-08-01"), adding=True)
    editor.event_type.setCurrentIndex(editor.event_type.findData("Battles"))
    editor.sub_event_type.setCurrentIndex(editor.sub_event_type.findData("Armed clash"))
    assert _ok(editor) and editor.values()["location"] is None
    tasks.add_incident(db, 1, {**incident_from_selection(ARTICLE_TEXT, start, start + 10, "2015-08-01"),
                               **editor.values()})
    row = next(r for r in _csv_rows(db, tmp_path) if r["analyst_status"] == "added")
    assert (row["country"], row["tags"], row["event_id_cnty"][:3]) == ("Unknown", "country_unknown", "XXX")
    analysis = machine_analysis()
    analysis["entities"][0]["attrs"]["country"] = "Yemen"  # the analysis now tells the article's country
    store.save_analysis(db, 1, analysis)
    (tmp_path / "again").mkdir()
    row = next(r for r in _csv_rows(db, tmp_path / "again") if r["analyst_status"] == "added")
    assert (row["country"], row["region"], row["tags"]) == ("Yemen", "Middle East", "country_from_article")
    assert row["event_id_cnty"].startswith("YEM")


def test_a_governorate_typed_without_a_place_is_where_the_incident_is_coded(article_db, qtbot) -> None:
    """Only «عدن» typed as the governorate, the place left empty: the governorate was dropped (no
    place, no country in the export). It is now the incident's place, at governorate precision."""
    start = ARTICLE_TEXT.index("وشنت")
    editor = IncidentEditor(incident_from_selection(ARTICLE_TEXT, start, start + 10, "2015-08-01"), adding=True)
    qtbot.addWidget(editor)
    editor.location.setText("")
    editor.admin1.setText("عدن")
    place = tasks.resolve_names({"location": editor.values()["location"]})["location"]
    assert (place["name_en"], place["admin1_en"], place["country"], place["geo_precision"]) == ("Aden", "Aden", "Yemen", 3)
    editor.admin1.setText("")
    assert editor.values()["location"] is None


def test_the_same_actor_typed_in_another_spelling_is_no_correction(article_db) -> None:
    """Re-typing the shown actor as the text spells it elsewhere («الحوثيين» for the Houthis the
    incident shows) changes nothing: the lexicons read both to one actor, so no edit is stored."""
    db = store.open_db(article_db)
    shown = {"text": "ميليشيات الحوثي", "name_ar": "الحوثيون (أنصار الله)", "name_en": "Houthis (Ansar Allah)",
             "actor_type": "rebel", "inter": 2}
    machine = {**store.get_incidents(db, 1)[0], "actor1": shown}
    after = tasks.edit_incident(db, 1, machine, {"actor1": actor_from_name("الحوثيين")})[0]
    assert after.get("analyst_status") in (None, "") and not after.get("analyst_fields"), after
    # a different actor is still a correction
    edited = tasks.edit_incident(db, 1, machine, {"actor1": actor_from_name("foo militia")})[0]
    assert edited["analyst_fields"] == ["actor1"]


def test_one_arabic_name_of_two_countries_actors_is_two_actors() -> None:
    """«مدنيون» is Yemen's civilians in one incident and Iraq's in another: the English name, which
    carries the country, decides."""
    shown = {"name_ar": "مدنيون", "name_en": "Civilians (Yemen)", "actor_type": "civilians"}
    assert tasks._same_actor(shown, {**shown})
    assert not tasks._same_actor(shown, {**shown, "name_en": "Civilians (Iraq)"})
