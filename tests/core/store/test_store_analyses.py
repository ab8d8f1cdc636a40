"""Machine output is replaced as a whole; analyst overrides live apart and win when read."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from typing import Any

import pytest

from core.export import select
from core.export.acled import write_acled_csv
from core.ingest.model import ArticleIn
from core.store import (
    add_article,
    add_highlight,
    add_note,
    delete_incident_override,
    get_article,
    get_entities,
    get_incidents,
    get_summary,
    list_highlights,
    list_notes,
    open_db,
    save_analysis,
    set_incident_override,
    update_added_incident,
)

TEXT = "قتل 3 جنود في اشتباكات مع الحوثيين في دمت بمحافظة الضالع."


def _incident(event: str, place: str, fatalities: int | None) -> dict[str, Any]:
    return {
        "event_type": event,
        "sub_event_type": "Armed clash",
        "location": {"text": place, "name_en": place, "admin1_en": "Al Dhale"},
        "date": "2015-07-21",
        "fatalities": fatalities,
        "injured": None,
        "captured": None,
        "confidence": 0.7,
        "evidence": [{"start": 0, "end": 10}],
    }


def _result(*incidents: dict[str, Any], version: str = "1") -> dict[str, Any]:
    return {
        "entities": [
            {"start": 37, "end": 40, "label": "LOCATION", "source": "gazetteer", "text": TEXT[37:40],
             "attrs": {"kind": "district", "admin1_en": "Al Dhale"}},
            {"start": 25, "end": 32, "label": "ARMED_ACTOR", "source": "lexicon", "text": TEXT[25:32]},
        ],  # fmt: skip
        "incidents": list(incidents),
        "summary": {"headline": "clash"},
        "analyzer_version": version,
    }


@pytest.fixture()
def db():  # type: ignore[no-untyped-def]
    return open_db(memory=True)


@pytest.fixture()
def article(db) -> int:  # type: ignore[no-untyped-def]
    article_id, _ = add_article(db, ArticleIn("t", TEXT))
    return article_id


def test_save_and_read_back(db, article) -> None:  # type: ignore[no-untyped-def]
    save_analysis(db, article, _result(_incident("Battles", "Damt", 3)))
    entities = get_entities(db, article)
    assert [(e["start"], e["end"], e["label"]) for e in entities] == [
        (25, 32, "ARMED_ACTOR"),
        (37, 40, "LOCATION"),
    ]
    assert entities[1]["attrs"] == {"kind": "district", "admin1_en": "Al Dhale"}
    assert entities[0]["attrs"] == {}
    incidents = get_incidents(db, article)
    assert len(incidents) == 1
    assert incidents[0]["fatalities"] == 3 and incidents[0]["seq"] == 0
    assert incidents[0]["analyst_status"] is None
    assert incidents[0]["location"]["name_en"] == "Damt"
    row = db.conn.execute("SELECT event_type, location, admin1, fatalities FROM incidents").fetchone()
    assert row == ("Battles", "Damt", "Al Dhale", 3)
    assert get_summary(db, article) == {"headline": "clash"}
    assert get_article(db, article)["analyzer_version"] == "1"


def test_save_analysis_replaces_machine_rows_only(db, article) -> None:  # type: ignore[no-untyped-def]
    save_analysis(db, article, _result(_incident("Battles", "Damt", 3), _incident("Battles", "Qataba", 1)))
    add_highlight(db, article, 0, 3, note="مهم")
    add_note(db, article, "راجع الأرقام")
    set_incident_override(db, article, 1, "rejected")
    save_analysis(db, article, _result(_incident("Explosions/Remote violence", "Damt", 5), version="2"))
    assert db.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 1
    assert db.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 2
    assert len(list_highlights(db, article)) == 1 and len(list_notes(db, article)) == 1
    incidents = get_incidents(db, article)
    assert incidents[0]["event_type"] == "Explosions/Remote violence"
    # The rejected incident is no longer found: the analyst's decision is kept, flagged, and its
    # seq (−its id) can never point at a machine incident of a later analysis.
    oid = incidents[1]["override_id"]
    orphan = incidents[1]
    assert (orphan["seq"], orphan["orphaned"], orphan["analyst_status"], orphan["override_id"]) == (-oid, True, "rejected", oid)
    # it still says what was rejected
    assert orphan["event_type"] == "Battles" and orphan["location"]["name_en"] == "Qataba"
    assert get_article(db, article)["analyzer_version"] == "2"
    # found again (the same passage, the same type), the rejection follows it: no orphan is left
    save_analysis(db, article, _result(*[_incident("Battles", "Damt", 3)] * 3, version="3"))
    incidents = get_incidents(db, article)
    assert [(i.get("orphaned", False), i["analyst_status"]) for i in incidents].count((False, "rejected")) == 1
    assert len(incidents) == 3


def _at(event: str, place: str, start: int, end: int, sub: str = "Armed clash") -> dict[str, Any]:
    return {**_incident(event, place, None), "sub_event_type": sub, "evidence": [[start, end]]}


def test_overrides_follow_their_incident_when_a_reanalysis_reorders(db, article) -> None:  # type: ignore[no-untyped-def]
    clash, strike = _at("Battles", "Damt", 0, 20), _at("Explosions/Remote violence", "Qataba", 30, 50, "Air/drone strike")
    save_analysis(db, article, _result(clash, strike))
    set_incident_override(db, article, 0, "rejected")
    set_incident_override(db, article, 1, "edited", {"fatalities": 7})
    # The new analyzer finds a protest first and stretches the clash's evidence.
    protest = _at("Protests", "Aden", 52, 60, "Peaceful protest")
    save_analysis(db, article, _result(protest, strike, {**clash, "evidence": [[0, 25]]}, version="2"))
    got = [(i["event_type"], i["analyst_status"], i.get("fatalities")) for i in get_incidents(db, article)]
    assert got == [("Protests", None, None), ("Explosions/Remote violence", "edited", 7), ("Battles", "rejected", None)]


def test_reanchor_prefers_the_same_evidence_and_gives_each_incident_one_override() -> None:
    from core.store.analyses import reanchor

    def moves(*args):  # type: ignore[no-untyped-def]
        return reanchor(*args)[0]

    before = _at("Battles", "Damt", 0, 20)
    wider = {**before, "evidence": [[0, 40]]}
    assert moves([(1, before, 0)], [wider, before]) == {1: 1}
    assert moves([(1, before, 0), (2, before, 1)], [wider]) == {1: 0}
    # a passing overlap with another event type is another event
    assert moves([(1, before, 0)], [_at("Riots", "Damt", 15, 60)]) == {}
    assert moves([(1, None, 0)], [before]) == {}
    # one sentence, three places: the same evidence, told apart by the place, then by position
    strikes = [_at("Explosions/Remote violence", p, 0, 114, "Air/drone strike") for p in ("Midi", "Hays", "Harad")]
    assert moves([(7, strikes[2], 2)], strikes) == {7: 2}
    assert moves([(5, strikes[2], 2), (6, strikes[0], 0)], strikes) == {5: 2, 6: 0}


def test_reanchor_follows_the_passages_when_the_event_type_changes() -> None:
    from core.store.analyses import reanchor

    clash = _at("Battles", "Damt", 0, 20)
    # the same passage, or most of it, coded as another event: the same event
    assert reanchor([(1, clash, 0)], [_at("Riots", "Damt", 0, 20)]) == ({1: 0}, set())
    assert reanchor([(1, clash, 0)], [_at("Protests", "Aden", 30, 40), _at("Riots", "Damt", 2, 24)])[0] == {1: 1}
    # the same evidence and type still beat the same evidence retyped
    assert reanchor([(1, clash, 0)], [_at("Riots", "Damt", 0, 20), clash])[0] == {1: 1}
    # an untouched old incident that is closer keeps the new incident; the override, at another
    # place, is an orphan that still counts (an audit: it was flagged superseded and left exports)
    qataba = _at("Battles", "Qataba", 0, 20)
    assert reanchor([(4, qataba, 1)], [_at("Riots", "Damt", 0, 20)], [(clash, 0)]) == ({}, set())
    assert reanchor([(4, qataba, 1)], [_at("Battles", "Damt", 0, 20)], [(clash, 0)]) == ({}, set())
    assert reanchor([(4, qataba, 1)], [_at("Riots", "Aden", 50, 60)], [(clash, 0)]) == ({}, set())
    # plainly its event (type, governorate, place, passage): the override takes it from the untouched one
    assert reanchor([(4, _at("Battles", "Damt", 0, 12), 1)], [clash], [(clash, 0)]) == ({4: 0}, set())
    # held by another override: superseded (counted once); a rejected holder never supersedes
    assert reanchor([(4, _at("Battles", "Damt", 0, 12), 1), (5, clash, 0)], [clash]) == ({5: 0}, {4})
    assert reanchor([(4, _at("Battles", "Damt", 0, 12), 1), (5, clash, 0)], [clash], rejected={5}) == ({5: 0}, set())


def test_corrections_survive_a_reanalysis_that_retypes_their_incidents(db, article) -> None:  # type: ignore[no-untyped-def]
    """User audit: a re-analysis that changed the event type of the same passages brought a
    rejected incident back and showed an edited one twice (exported twice)."""
    from core.export.scope import ArticleBundle, export_incidents

    clash, strike = _at("Battles", "Damt", 0, 20), _at("Explosions/Remote violence", "Qataba", 30, 50, "Shelling")
    save_analysis(db, article, _result(clash, strike))
    set_incident_override(db, article, 0, "edited", {"event_type": "Violence against civilians", "fatalities": 5,
                                                      "analyst_fields": ["event_type", "fatalities"]})
    set_incident_override(db, article, 1, "rejected")
    retyped = [{**clash, "event_type": "Violence against civilians", "sub_event_type": "Attack"},
               {**strike, "event_type": "Battles", "sub_event_type": "Armed clash", "evidence": [[31, 52]]}]
    save_analysis(db, article, _result(*retyped, version="2"))
    got = [(i["seq"], i["event_type"], i["analyst_status"], i.get("fatalities"), i.get("orphaned", False))
           for i in get_incidents(db, article)]
    assert got == [(0, "Violence against civilians", "edited", 5, False), (1, "Battles", "rejected", None, False)]
    exported = export_incidents([ArticleBundle({"id": article}, get_incidents(db, article))])
    assert [(r.incident["event_type"], r.incident["fatalities"]) for r in exported] == [("Violence against civilians", 5)]


def test_an_orphan_at_another_place_counts_beside_the_incident_that_took_its_passage(db, article) -> None:  # type: ignore[no-untyped-def]
    """An audit: the edited Qataba clash, no longer found, was flagged superseded by the Damt riot
    that took its passage and left every export. It is another event: it counts, as an orphan."""
    from core.export.scope import ArticleBundle, export_incidents

    save_analysis(db, article, _result(_at("Battles", "Damt", 0, 20), _at("Battles", "Qataba", 0, 20)))
    oid = set_incident_override(db, article, 1, "edited", {"fatalities": 2})
    save_analysis(db, article, _result(_at("Riots", "Damt", 0, 20), version="2"))
    incidents = get_incidents(db, article)
    assert [(i["event_type"], i.get("orphaned", False), i.get("superseded", False), i["override_id"])
            for i in incidents] == [("Riots", False, False, None), ("Battles", True, False, oid)]
    exported = export_incidents([ArticleBundle({"id": article}, incidents)])
    assert [(r.incident["event_type"], r.incident.get("fatalities")) for r in exported] == [("Riots", None), ("Battles", 2)]


def test_a_failed_save_leaves_the_previous_analysis(db, article) -> None:  # type: ignore[no-untyped-def]
    save_analysis(db, article, _result(_incident("Battles", "Damt", 3)))
    broken = _result(_incident("Battles", "Damt", 9))
    broken["entities"].append({"start": 1, "end": 2})  # no label
    with pytest.raises(KeyError):
        save_analysis(db, article, broken)
    assert [i["fatalities"] for i in get_incidents(db, article)] == [3]
    assert len(get_entities(db, article)) == 2


def test_save_analysis_for_a_missing_article_fails_cleanly(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((KeyError, sqlite3.IntegrityError)):
        save_analysis(db, 999, _result(_incident("Battles", "Damt", 3)))
    assert db.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0


def test_overrides_win_over_machine_output(db, article) -> None:  # type: ignore[no-untyped-def]
    save_analysis(db, article, _result(
        _incident("Battles", "Damt", 3), _incident("Battles", "Qataba", 1), _incident("Riots", "Aden", 0)
    ))  # fmt: skip
    set_incident_override(db, article, 0, "edited", {"fatalities": 4, "location": {"text": "دمت"}})
    set_incident_override(db, article, 1, "rejected")
    set_incident_override(db, article, 2, "confirmed")
    added = set_incident_override(db, article, None, "added", {"event_type": "Protests", "fatalities": 0})
    incidents = get_incidents(db, article)
    assert [i["analyst_status"] for i in incidents] == ["edited", "rejected", "confirmed", "added"]
    assert incidents[0]["fatalities"] == 4 and incidents[0]["location"] == {"text": "دمت"}
    assert incidents[0]["event_type"] == "Battles"  # fields not edited stay
    assert incidents[1]["location"]["name_en"] == "Qataba"  # rejected stays readable
    assert incidents[3]["event_type"] == "Protests" and incidents[3]["seq"] is None
    assert incidents[3]["override_id"] == added
    # The machine rows themselves were not touched.
    assert db.conn.execute("SELECT fatalities FROM incidents WHERE seq = 0").fetchone()[0] == 3


def test_an_override_is_replaced_not_duplicated_and_can_be_undone(db, article) -> None:  # type: ignore[no-untyped-def]
    save_analysis(db, article, _result(_incident("Battles", "Damt", 3)))
    first = set_incident_override(db, article, 0, "rejected")
    second = set_incident_override(db, article, 0, "edited", {"fatalities": 2})
    assert first == second
    assert db.conn.execute("SELECT count(*) FROM incident_overrides").fetchone()[0] == 1
    assert get_incidents(db, article)[0]["fatalities"] == 2
    assert delete_incident_override(db, first) is True
    assert get_incidents(db, article)[0]["fatalities"] == 3
    assert get_incidents(db, article)[0]["analyst_status"] is None


def test_analyst_added_incidents_can_be_edited(db, article) -> None:  # type: ignore[no-untyped-def]
    added = set_incident_override(db, article, None, "added", {"event_type": "Protests"})
    update_added_incident(db, added, {"event_type": "Riots", "fatalities": 1})
    assert get_incidents(db, article) == [
        {"seq": None, "event_type": "Riots", "fatalities": 1, "analyst_status": "added", "override_id": added}
    ]
    with pytest.raises(KeyError):
        update_added_incident(db, added + 50, {})


def test_override_arguments_are_checked(db, article) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        set_incident_override(db, article, 0, "deleted")
    with pytest.raises(ValueError):
        set_incident_override(db, article, None, "rejected")
    with pytest.raises(ValueError):
        set_incident_override(db, article, 0, "added")


def test_a_rejected_override_never_supersedes_an_edited_one(db, article) -> None:  # type: ignore[no-untyped-def]
    """A review: two old incidents merged into one new incident; the rejected one is the closer
    and takes it — the edited one must still count (as an orphan), not vanish as superseded."""
    from core.export.scope import ArticleBundle, export_incidents

    save_analysis(db, article, _result(_at("Battles", "Damt", 0, 100), _at("Battles", "Qataba", 100, 200)))
    set_incident_override(db, article, 0, "rejected")
    set_incident_override(db, article, 1, "edited", {"fatalities": 5, "analyst_fields": ["fatalities"]})
    save_analysis(db, article, _result(_at("Battles", "Damt", 0, 200), version="2"))
    incidents = get_incidents(db, article)
    exported = export_incidents([ArticleBundle({"id": article}, incidents)])
    assert [r.incident.get("fatalities") for r in exported] == [5]


def test_a_confirmation_does_not_follow_a_retyped_incident(db, article) -> None:  # type: ignore[no-untyped-def]
    """A review: a «Battles» coding confirmed, then re-analysed as a protest, came back confirmed."""
    save_analysis(db, article, _result(_at("Battles", "Damt", 0, 20)))
    set_incident_override(db, article, 0, "confirmed")
    save_analysis(db, article, _result(_at("Protests", "Damt", 0, 20, "Peaceful protest"), version="2"))
    live = [i for i in get_incidents(db, article) if not i.get("orphaned")]
    assert [(i["event_type"], i["analyst_status"]) for i in live] == [("Protests", None)]


def test_an_edits_summaries_tell_the_incident_it_follows_after_a_reanalysis(db, article) -> None:  # type: ignore[no-untyped-def]
    """The summaries an edit stored told its fields over the machine incident of the time; a
    re-analysis that changed the incident's other fields (place, toll) left them telling the old."""
    from core.incidents.summary import describe_dict

    clash = {**_at("Battles", "Damt", 0, 20), "fatalities": 3}
    save_analysis(db, article, _result(clash))
    edit = {"injured": 4, "analyst_fields": ["injured"]}
    en, ar = describe_dict({**clash, **edit})  # as the editor stores an edit (gui.tasks.edit_incident)
    set_incident_override(db, article, 0, "edited", {**edit, "summary_en": en, "summary_ar": ar})
    assert en == "Clashes in Damt (Al Dhale): 3 killed, 4 injured"
    qataba = {**clash, "location": {"text": "قعطبة", "name_en": "Qataba", "admin1_en": "Al Dhale"}, "fatalities": 5}
    save_analysis(db, article, _result(qataba, version="2"))
    shown = get_incidents(db, article)[0]
    assert (shown["analyst_status"], shown["injured"], shown["fatalities"]) == ("edited", 4, 5)
    assert shown["summary_en"] == "Clashes in Qataba (Al Dhale): 5 killed, 4 injured"
    assert shown["summary_ar"] == describe_dict({**qataba, **edit})[1]
    # orphaned, it tells what it kept: the incident as last found, with the edit over it
    save_analysis(db, article, _result(version="3"))
    orphan = get_incidents(db, article)[0]
    assert orphan["orphaned"] and orphan["summary_en"] == "Clashes in Qataba (Al Dhale): 5 killed, 4 injured"


def test_an_orphan_follows_its_event_when_a_later_analysis_finds_it_again(db, article) -> None:  # type: ignore[no-untyped-def]
    """Orphans never re-anchored: found again, the event was counted twice (the machine's
    incident and the analyst's orphan) and the rejected one came back."""
    from core.export.scope import ArticleBundle, export_incidents
    from core.store import LibraryQuery, query_articles

    clash, strike = _at("Battles", "Damt", 0, 20), _at("Explosions/Remote violence", "Qataba", 30, 50, "Shelling")
    save_analysis(db, article, _result(clash, strike))
    edited = set_incident_override(db, article, 0, "edited", {"fatalities": 5, "analyst_fields": ["fatalities"]})
    rejected = set_incident_override(db, article, 1, "rejected")
    save_analysis(db, article, _result(version="2"))  # finds neither
    orphans = get_incidents(db, article)
    assert [(i["seq"], i["orphaned"]) for i in orphans] == [(-rejected, True), (-edited, True)]
    assert orphans[1]["location"]["name_en"] == "Damt" and "override_keys" not in orphans[1]
    # the analyst goes on correcting the orphan: that is the override's own too
    kept = db.conn.execute("SELECT data FROM incident_overrides WHERE id = ?", (edited,)).fetchone()[0]
    set_incident_override(db, article, -edited, "edited",
                          {**json.loads(kept), "injured": 2, "analyst_fields": ["fatalities", "injured"]})
    protest = _at("Protests", "Aden", 52, 60, "Peaceful protest")
    damt_city = {"text": "مدينة دمت", "name_en": "Damt city", "admin1_en": "Al Dhale"}
    found = [protest, {**strike, "evidence": [[30, 52]]}, {**clash, "evidence": [[0, 24]], "location": damt_city}]
    save_analysis(db, article, _result(*found, version="3"))
    incidents = get_incidents(db, article)
    got = [(i["seq"], i["event_type"], i["analyst_status"], i.get("fatalities"), i.get("injured"),
            i["location"]["name_en"], i.get("orphaned", False)) for i in incidents]
    assert got == [(0, "Protests", None, None, None, "Aden", False),
                   (1, "Explosions/Remote violence", "rejected", None, None, "Qataba", False),
                   (2, "Battles", "edited", 5, 2, "Damt city", False)]  # the new place: no analyst field
    assert "override_keys" not in incidents[2] and "superseded" not in incidents[2]
    exported = export_incidents([ArticleBundle({"id": article}, incidents)])
    assert [(r.incident["event_type"], r.incident.get("fatalities")) for r in exported] == [
        ("Protests", None), ("Battles", 5)]
    assert [r["incident_count"] for r in query_articles(db, LibraryQuery())] == [2]


def test_an_orphan_stays_superseded_while_another_incident_holds_its_event(db, article) -> None:  # type: ignore[no-untyped-def]
    """Two tellings of one clash, both edited; the new analyses tell it once, and the first edit
    keeps it: the second is listed but not counted (the same event, counted once)."""
    from core.export.scope import ArticleBundle, export_incidents

    save_analysis(db, article, _result(_at("Battles", "Damt", 0, 20), _at("Battles", "Damt", 20, 40)))
    set_incident_override(db, article, 0, "edited", {"fatalities": 3})
    oid = set_incident_override(db, article, 1, "edited", {"fatalities": 2})
    for version in "234":  # the closer first edit keeps the event on every re-analysis
        save_analysis(db, article, _result(_at("Battles", "Damt", 0, 40), version=version))
        incidents = get_incidents(db, article)
        assert [(i["fatalities"], i.get("orphaned", False), i.get("superseded", False)) for i in incidents] == [
            (3, False, False), (2, True, True)]
        assert incidents[1]["override_id"] == oid
        assert len(export_incidents([ArticleBundle({"id": article}, incidents)])) == 1
    # the event is no longer found at all: the orphans are again the only tellings of it
    save_analysis(db, article, _result(_at("Riots", "Aden", 50, 60), version="5"))
    assert [i.get("superseded", False) for i in get_incidents(db, article)] == [False, False, False]


def test_orphans_keep_the_rules_of_rejections_and_confirmations(db, article) -> None:  # type: ignore[no-untyped-def]
    """A rejected orphan never supersedes an edited incident; a confirmed one follows only its type."""
    from core.export.scope import ArticleBundle, export_incidents

    save_analysis(db, article, _result(_at("Battles", "Damt", 0, 100), _at("Riots", "Aden", 200, 220)))
    set_incident_override(db, article, 0, "rejected")
    confirmed = set_incident_override(db, article, 1, "confirmed")
    save_analysis(db, article, _result(version="2"))  # both orphaned
    save_analysis(db, article, _result(_at("Battles", "Qataba", 100, 200), version="3"))
    edited = set_incident_override(db, article, 0, "edited", {"fatalities": 5})
    # the rejected orphan is the closer to the merged incident and takes it; the edit still counts
    merged, retyped = _at("Battles", "Damt", 0, 200), _at("Protests", "Aden", 200, 220, "Peaceful protest")
    save_analysis(db, article, _result(merged, retyped, version="4"))
    incidents = get_incidents(db, article)
    assert [(i["event_type"], i["analyst_status"], i.get("orphaned", False), i.get("superseded", False))
            for i in incidents] == [("Battles", "rejected", False, False), ("Protests", None, False, False),
                                    ("Battles", "edited", True, False), ("Riots", "confirmed", True, False)]
    assert incidents[2]["override_id"] == edited and incidents[3]["override_id"] == confirmed
    exported = export_incidents([ArticleBundle({"id": article}, incidents)])
    assert sorted((r.incident["event_type"], r.incident.get("fatalities")) for r in exported) == [
        ("Battles", 5), ("Protests", None), ("Riots", None)]
    # the riot is coded a riot again: the confirmation follows it
    save_analysis(db, article, _result(merged, _at("Riots", "Aden", 200, 220), version="5"))
    assert [(i["event_type"], i["analyst_status"], i.get("orphaned", False)) for i in get_incidents(db, article)] == [
        ("Battles", "rejected", False), ("Riots", "confirmed", False), ("Battles", "edited", True)]


def test_a_toll_the_analyst_gives_drops_the_machines_number_unknown_flag(db, article) -> None:  # type: ignore[no-untyped-def]
    """«Killed, number unknown» (flag fatalities_unknown) corrected to 5 killed: the flag stayed in
    the merged incident, so the ACLED CSV's tags said fatalities_unknown beside fatalities 5."""
    damt = _incident("Battles", "Damt", None)
    unknown = {**damt, "location": {**damt["location"], "country": "Yemen"},  # a country: no country_unknown tag
               "flags": ["fatalities_unknown", "possibly_commentary"]}
    save_analysis(db, article, _result(unknown, {**unknown, "evidence": [{"start": 20, "end": 30}]}))
    set_incident_override(db, article, 0, "edited", {"fatalities": 5, "analyst_fields": ["fatalities"]})
    set_incident_override(db, article, 1, "edited", {"injured": 2, "analyst_fields": ["injured"]})
    edited, other = get_incidents(db, article)
    assert edited["fatalities"] == 5 and edited["flags"] == ["possibly_commentary"]
    assert other["flags"] == ["fatalities_unknown", "possibly_commentary"]  # still no number: still unknown
    out = io.StringIO()
    write_acled_csv(out, select(db).incidents)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["fatalities"], r["tags"]) for r in rows] == [("5", "possibly_commentary"),
                                                            ("0", "fatalities_unknown; possibly_commentary")]


def test_an_added_incident_the_analyzer_finds_later_is_one_incident(db, article) -> None:  # type: ignore[no-untyped-def]
    """The analyst added the clash an older analyzer missed; the newer one finds it (the same
    passage, type and governorate): exports had both, its toll counted twice. It is now the
    machine incident with every field of the analyst's over it."""
    from core.store.analyses import counts_as_incident, effective_incidents_sql

    strike = _at("Explosions/Remote violence", "Qataba", 30, 50, "Air/drone strike")
    save_analysis(db, article, _result(strike))
    mine = {**_at("Battles", "Damt", 0, 22), "fatalities": 4, "summary_en": "Clash in Damt: 4 killed"}
    added = set_incident_override(db, article, None, "added", mine)
    other = set_incident_override(db, article, None, "added", {**_at("Battles", "Aden", 0, 22),  # another governorate
                                                               "location": {"name_en": "Aden", "admin1_en": "Aden"}})
    save_analysis(db, article, _result({**_at("Battles", "Dhubab", 0, 20), "fatalities": 3}, strike, version="2"))
    incidents = get_incidents(db, article)
    got = [(i["seq"], i["analyst_status"], i["override_id"], i["location"]["name_en"], i["fatalities"]) for i in incidents]
    assert got == [(0, "edited", added, "Damt", 4), (1, None, None, "Qataba", None), (None, "added", other, "Aden", None)]
    assert incidents[0]["analyst_fields"] == ["event_type", "sub_event_type", "location", "fatalities", "injured",
                                              "captured", "date"]
    assert sum(counts_as_incident(i) for i in incidents) == 3
    assert db.conn.execute(f"SELECT count(*) FROM ({effective_incidents_sql()})").fetchone()[0] == 3
    # and it stays so through the next analysis
    save_analysis(db, article, _result({**_at("Battles", "Dhubab", 0, 20), "fatalities": 3}, strike, version="3"))
    assert [(i["seq"], i["analyst_status"], i["fatalities"]) for i in get_incidents(db, article)][0] == (0, "edited", 4)


def test_an_added_incident_beside_the_machines_telling_of_its_passage_stays_added(db, article) -> None:  # type: ignore[no-untyped-def]
    """Two events in one passage: the machine had one, the analyst added the other. A re-analysis
    that finds the machine's again gives it to the old machine incident, not to the analyst's."""
    save_analysis(db, article, _result(_at("Battles", "Damt", 0, 20)))
    added = set_incident_override(db, article, None, "added", {**_at("Battles", "Qataba", 0, 20), "fatalities": 2})
    save_analysis(db, article, _result(_at("Battles", "Damt", 0, 20), version="2"))
    got = [(i["seq"], i["analyst_status"], i["override_id"]) for i in get_incidents(db, article)]
    assert got == [(0, None, None), (None, "added", added)]
