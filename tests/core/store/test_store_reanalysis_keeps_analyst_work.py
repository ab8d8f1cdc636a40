"""An audit: an incident the analyst confirmed or edited vanished from exports after a re-analysis
that no longer found it, because another machine incident told its passage at another place.

Nothing the analyst confirmed, edited or added may drop out silently: it stays counted as an
orphan with the analyst's values, or it follows the new incident that is plainly the same event
(the same event type, governorate and place, overlapping passages); only when another analyst
decision already holds that same event is it left out (`superseded`), listed, and Restore counts
it again as the analyst's own incident."""

from __future__ import annotations

from typing import Any

import pytest

from core.export import select
from core.ingest.model import ArticleIn
from core.store import (
    LibraryQuery,
    add_article,
    get_incidents,
    open_db,
    query_articles,
    save_analysis,
    set_incident_override,
)
from core.store.analyses import counts_as_incident, effective_incidents_sql

# One sentence, two places in two governorates; a second sentence tells the toll.
TEXT = ("اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحي جماعة الحوثي في مدينة تعز وفي مديرية الحوطة بمحافظة لحج. "
        "وقتل خمسة مسلحين وأصيب ثلاثة جنود في المواجهات.")
SENTENCE = (0, TEXT.index(".") + 1)
TOLL = (SENTENCE[1] + 1, len(TEXT))
TAIZ = {"text": "مدينة تعز", "name_ar": "تعز", "name_en": "Taizz", "admin1_ar": "تعز", "admin1_en": "Taizz"}
HAWTAH = {"text": "مديرية الحوطة", "name_ar": "الحوطة", "name_en": "Al Hawtah", "admin1_ar": "لحج", "admin1_en": "Lahij"}


def _clash(place: dict[str, Any], *spans: tuple[int, int], fatalities: int | None = None) -> dict[str, Any]:
    return {"event_type": "Battles", "sub_event_type": "Armed clash", "location": place, "date": "2015-07-21",
            "fatalities": fatalities, "injured": None, "captured": None, "confidence": 0.8,
            "actor1": {"text": "قوات الجيش", "name_en": "Military Forces of Yemen"},
            "actor2": {"text": "جماعة الحوثي", "name_en": "Houthis"},
            "evidence": [{"start": s, "end": e} for s, e in spans]}


def _analysis(*incidents: dict[str, Any], version: str) -> dict[str, Any]:
    return {"entities": [], "incidents": list(incidents), "summary": {}, "analyzer_version": version}


@pytest.fixture()
def db():  # type: ignore[no-untyped-def]
    return open_db(memory=True)


@pytest.fixture()
def article(db) -> int:  # type: ignore[no-untyped-def]
    assert TEXT[slice(*SENTENCE)].endswith("لحج.")
    article_id, _ = add_article(db, ArticleIn("اشتباكات في تعز ولحج", TEXT))
    return article_id


def _counted(db, article: int) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """What each place of the record says: exports, the panel's rule and the library's count agree."""
    exported = [(r.incident["location"]["name_en"], r.incident.get("fatalities"), r.incident["analyst_status"])
                for r in select(db).incidents]
    incidents = get_incidents(db, article)
    assert sum(counts_as_incident(i) for i in incidents) == len(exported)
    assert db.conn.execute(f"SELECT count(*) FROM ({effective_incidents_sql()})").fetchone()[0] == len(exported)
    assert [row["incident_count"] for row in query_articles(db, LibraryQuery())] == [len(exported)]
    return sorted(exported, key=str)


@pytest.mark.parametrize("status, data", [("confirmed", {}),
                                          ("edited", {"fatalities": 5, "analyst_fields": ["fatalities"]})])
def test_a_kept_incident_the_new_analysis_misses_stays_counted_beside_the_other_place(
        db, article, status: str, data: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    """The defect as the audit found it: Taiz confirmed (or its toll edited), the new analyzer
    finds only Al Hawtah in the same sentence; Taiz was flagged superseded and left every export."""
    save_analysis(db, article, _analysis(_clash(TAIZ, SENTENCE), _clash(HAWTAH, SENTENCE), version="1"))
    oid = set_incident_override(db, article, 0, status, data)
    save_analysis(db, article, _analysis(_clash(HAWTAH, SENTENCE), version="2"))
    orphan = next(i for i in get_incidents(db, article) if i.get("orphaned"))
    assert (orphan["override_id"], orphan["analyst_status"], orphan["location"]["name_en"]) == (oid, status, "Taizz")
    assert not orphan.get("superseded")
    assert _counted(db, article) == [("Al Hawtah", None, None), ("Taizz", data.get("fatalities"), status)]
    # a later analysis that finds Taiz again takes the analyst's decision back onto it
    save_analysis(db, article, _analysis(_clash(TAIZ, SENTENCE), _clash(HAWTAH, SENTENCE), version="3"))
    assert [(i["seq"], i["analyst_status"], i.get("fatalities")) for i in get_incidents(db, article)] == [
        (0, status, data.get("fatalities")), (1, None, None)]


def test_an_edit_follows_the_new_incident_that_is_plainly_its_event(db, article) -> None:  # type: ignore[no-untyped-def]
    """The old analysis told one clash twice (the sentence; the sentence and the toll); the analyst
    corrected the first telling. The new analysis tells it once, as the untouched second telling
    did: the edit had been superseded, its toll silently replaced by the machine's."""
    save_analysis(db, article, _analysis(_clash(TAIZ, SENTENCE), _clash(TAIZ, SENTENCE, TOLL, fatalities=3),
                                         version="1"))
    oid = set_incident_override(db, article, 0, "edited", {"fatalities": 5, "analyst_fields": ["fatalities"]})
    save_analysis(db, article, _analysis(_clash(TAIZ, SENTENCE, TOLL, fatalities=3), version="2"))
    [incident] = get_incidents(db, article)
    assert (incident["seq"], incident["override_id"], incident["analyst_status"], incident["fatalities"]) == (
        0, oid, "edited", 5)
    assert _counted(db, article) == [("Taizz", 5, "edited")]


def test_an_edit_is_never_moved_onto_another_place_of_the_same_governorate(db, article) -> None:  # type: ignore[no-untyped-def]
    """Same type and governorate, another place: two events, the analyst's kept as an orphan."""
    mawza = {**TAIZ, "text": "مديرية موزع", "name_ar": "موزع", "name_en": "Mawza"}
    save_analysis(db, article, _analysis(_clash(TAIZ, SENTENCE), _clash(mawza, SENTENCE), version="1"))
    set_incident_override(db, article, 0, "edited", {"fatalities": 5, "analyst_fields": ["fatalities"]})
    save_analysis(db, article, _analysis(_clash(mawza, SENTENCE), version="2"))
    assert _counted(db, article) == [("Mawza", None, None), ("Taizz", 5, "edited")]


def _two_edits_merged(db, article: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Two tellings of the Taiz clash, both edited by the analyst; the new analysis tells it once."""
    save_analysis(db, article, _analysis(_clash(TAIZ, SENTENCE), _clash(TAIZ, TOLL), version="1"))
    first = set_incident_override(db, article, 0, "edited", {"fatalities": 5, "analyst_fields": ["fatalities"]})
    second = set_incident_override(db, article, 1, "edited", {"injured": 3, "analyst_fields": ["injured"]})
    save_analysis(db, article, _analysis(_clash(TAIZ, (0, TOLL[1])), version="2"))
    return first, second


def test_two_edits_of_one_event_count_once_and_restore_keeps_the_other(db, article) -> None:  # type: ignore[no-untyped-def]
    first, second = _two_edits_merged(db, article)
    incidents = get_incidents(db, article)
    assert [(i["override_id"], i.get("orphaned", False), i.get("superseded", False)) for i in incidents] == [
        (first, False, False), (second, True, True)]
    assert _counted(db, article) == [("Taizz", 5, "edited")]  # the same event is not counted twice
    # Restore on the superseded one: the analyst says it is an event of its own
    from core.store import keep_orphan; keep_orphan(db, second)
    kept = get_incidents(db, article)[1]
    assert (kept["seq"], kept["override_id"], kept["analyst_status"], kept["injured"]) == (None, second, "added", 3)
    assert "superseded" not in kept and "override_keys" not in kept
    assert _counted(db, article) == [("Taizz", 5, "edited"), ("Taizz", None, "added")]
    # and so it stays through the next analysis: the first edit still holds the machine's incident
    save_analysis(db, article, _analysis(_clash(TAIZ, (0, TOLL[1])), version="3"))
    assert [(i["override_id"], i["analyst_status"]) for i in get_incidents(db, article)] == [
        (first, "edited"), (second, "added")]


def test_keep_orphan_refuses_what_is_no_orphan(db, article) -> None:  # type: ignore[no-untyped-def]
    save_analysis(db, article, _analysis(_clash(TAIZ, SENTENCE), version="1"))
    oid = set_incident_override(db, article, 0, "confirmed")
    from core.store import keep_orphan
    with pytest.raises(KeyError):
        keep_orphan(db, oid)
    assert get_incidents(db, article)[0]["analyst_status"] == "confirmed"


def test_the_superseded_edit_comes_back_when_the_analysis_splits_the_event_again(db, article) -> None:  # type: ignore[no-untyped-def]
    """Undoing what caused the re-analysis (an entity correction taken back) gives the old analysis
    again: each edit is back on its own incident, nothing orphaned or superseded."""
    first, second = _two_edits_merged(db, article)
    save_analysis(db, article, _analysis(_clash(TAIZ, SENTENCE), _clash(TAIZ, TOLL), version="1"))
    incidents = get_incidents(db, article)
    assert [(i["seq"], i["override_id"], i.get("fatalities"), i.get("injured"), i.get("orphaned", False),
             i.get("superseded", False)) for i in incidents] == [(0, first, 5, None, False, False),
                                                                  (1, second, None, 3, False, False)]
