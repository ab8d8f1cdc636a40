"""The analyst's entity decisions applied after the recognisers, and incidents built on them
(real recognisers, real incident pipeline, real SQLite for the re-analysis)."""

from __future__ import annotations

from typing import Any

from core.entities.place_names import resolve_place
from core.ingest.importer import analyze_stored
from core.ingest.model import ArticleIn
from core.pipeline import analyze
from core.store import (
    add_article,
    add_entity,
    get_entities,
    get_incidents,
    open_db,
    remove_entity,
)

DATE = "2015-08-01"
# «الزعفرانة» is in no gazetteer: the machine places the shelling at Taiz, the town after «شرق».
NEAR_TAIZ = "قصفت ميليشيات الحوثي أمس مواقع المقاومة الشعبية في الزعفرانة شرق مدينة تعز، ما أدى إلى مقتل ثلاثة مقاتلين."
# No place the machine knows at all: the shelling is set aside (no place below the country).
NOWHERE = "قصفت ميليشيات الحوثي أمس مواقع المقاومة الشعبية في الزعفرانة، ما أدى إلى مقتل ثلاثة مقاتلين."


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _add(text: str, words: str, label: str, attrs: dict[str, Any] | None = None) -> dict[str, Any]:
    start, end = _span(text, words)
    return {"start": start, "end": end, "label": label, "action": "add", "attrs": attrs or {}}


def _remove(text: str, words: str, label: str) -> dict[str, Any]:
    start, end = _span(text, words)
    return {"start": start, "end": end, "label": label, "action": "remove"}


def _places(incidents: list[Any]) -> list[tuple[str, str]]:
    places = [i.to_dict()["location"] or {} for i in incidents]
    return [(p.get("name_en", ""), p.get("admin1_en", "")) for p in places]


def test_without_decisions_the_machine_places_the_shelling_at_taiz() -> None:
    analysis = analyze(NEAR_TAIZ, DATE)
    assert "الزعفرانة" not in [e.text for e in analysis.entities]
    assert _places(analysis.incidents) == [("Taiz", "Taizz")]


def test_a_user_place_with_its_gazetteer_reading_relocates_the_incident() -> None:
    picked = resolve_place("الراهدة", "Ibb")  # the place the analyst picked in the lookup (Ibb's village)
    assert picked is not None and picked["name_en"] == "Ar Rahd'h"
    analysis = analyze(NEAR_TAIZ, DATE, corrections=[_add(NEAR_TAIZ, "الزعفرانة", "LOCATION", picked)])
    mine = [e for e in analysis.entities if e.source == "user"]
    assert [(e.text, e.label) for e in mine] == [("الزعفرانة", "LOCATION")]
    assert mine[0].attrs["kind"] == "village" and mine[0].attrs["admin1_en"] == "Ibb"
    assert _places(analysis.incidents) == [("Ar Rahd'h", "Ibb")]
    assert analysis.incidents[0].to_dict()["location"]["lat"] == picked["lat"]


def test_a_user_place_creates_an_incident_the_machine_had_set_aside() -> None:
    assert analyze(NOWHERE, DATE).incidents == []
    picked = resolve_place("الحوبان")
    analysis = analyze(NOWHERE, DATE, corrections=[_add(NOWHERE, "الزعفرانة", "LOCATION", picked)])
    assert [(i.event_type, *_places([i])[0]) for i in analysis.incidents] == [
        ("Explosions/Remote violence", "Al Hwban", "Taizz")]
    assert analysis.incidents[0].fatalities == 3


def test_a_user_span_wins_over_the_machine_spans_it_overlaps() -> None:
    # the analyst says «مدينة تعز» is no place here but an organisation's name (say)
    analysis = analyze(NEAR_TAIZ, DATE, corrections=[_add(NEAR_TAIZ, "شرق مدينة تعز", "ORGANIZATION")])
    labels = {(e.text, e.label, e.source) for e in analysis.entities}
    assert ("شرق مدينة تعز", "ORGANIZATION", "user") in labels
    assert not any(e.text == "مدينة تعز" for e in analysis.entities)


def test_a_removed_actor_disappears_from_the_incident() -> None:
    before = analyze(NEAR_TAIZ, DATE).incidents[0]
    assert (before.actor1.name_en, before.actor2.name_en) == ("Houthis (Ansar Allah)", "Popular Resistance")
    after = analyze(NEAR_TAIZ, DATE, corrections=[_remove(NEAR_TAIZ, "المقاومة الشعبية", "ARMED_ACTOR")])
    assert "المقاومة الشعبية" not in [e.text for e in after.entities]
    incident = after.incidents[0]
    assert incident.actor1.name_en == "Houthis (Ansar Allah)"
    assert incident.actor2 is None or incident.actor2.name_en != "Popular Resistance"


def test_a_remove_whose_span_no_longer_exists_is_harmless() -> None:
    plain = analyze(NEAR_TAIZ, DATE).to_dict()
    stale = [
        _remove(NEAR_TAIZ, "ميليشيات", "ARMED_ACTOR"),  # offsets of no span the recognisers find
        _remove(NEAR_TAIZ, "ميليشيات الحوثي", "PERSON"),  # the right offsets, another label
        {"start": 5000, "end": 5010, "label": "PERSON", "action": "remove"},  # outside the text
        {"start": 9000, "end": 9004, "label": "LOCATION", "action": "add", "attrs": {}},
    ]
    assert analyze(NEAR_TAIZ, DATE, corrections=stale).to_dict() == plain


def test_decisions_survive_re_analysis_after_a_version_bump() -> None:
    db = open_db(memory=True)
    article = add_article(db, ArticleIn("t", NEAR_TAIZ, published=DATE))[0]
    start, end = _span(NEAR_TAIZ, "الزعفرانة")
    add_entity(db, article, start, end, "LOCATION", resolve_place("الراهدة", "Ibb"))
    a_start, a_end = _span(NEAR_TAIZ, "المقاومة الشعبية")
    remove_entity(db, article, a_start, a_end, "ARMED_ACTOR")
    db.conn.execute("UPDATE articles SET analyzer_version = 'older'")  # as after an analyzer version bump
    assert analyze_stored(db, workers=1) == 1
    entities = get_entities(db, article)
    assert {"start": start, "end": end, "label": "LOCATION", "source": "user", "text": "الزعفرانة"}.items() \
        <= next(e for e in entities if e["source"] == "user").items()
    assert not any(e["text"] == "المقاومة الشعبية" for e in entities)
    incidents = get_incidents(db, article)
    assert [(i["location"]["name_en"], i["actor1"]["name_en"]) for i in incidents] == [
        ("Ar Rahd'h", "Houthis (Ansar Allah)")]
    assert all((i.get("actor2") or {}).get("name_en") != "Popular Resistance" for i in incidents)
    assert analyze_stored(db, only_stale=False, workers=1) == 1  # and again: same result
    assert get_entities(db, article) == entities


def test_place_choices_lists_the_homonyms_with_full_attrs_the_articles_governorate_first() -> None:
    from core.entities.place_names import place_choices

    damt = place_choices("دمت")
    assert [(p["name_en"], p["admin1_en"], p["kind"]) for p in damt][:1] == [("Damt", "Ad Dali", "district")]
    assert {"place_id", "lat", "lon", "admin1_ar", "geo_precision"} <= damt[0].keys()
    assert place_choices("الزعفرانة", ["Taizz"])[0]["admin1_en"] == "Hadramawt"  # the only one: still offered
    assert place_choices("لامكان يسمى هكذا") == []


# -- an analyst's actor or organisation takes the lexicons' reading --------------------------------

HOUTHI_GROUP = "قصفت جماعة الحوثي أمس مواقع المقاومة الشعبية في مدينة تعز، ما أدى إلى مقتل ثلاثة مقاتلين."
# «القاعدة» beside a base named «قاعدة العند»: the machine reads no group here.
NAMED_BASE = "هاجم مسلحون من القاعدة أمس قاعدة العند الجوية في محافظة لحج، ما أدى إلى مقتل ثلاثة جنود."


def _user(analysis: Any) -> list[Any]:
    return [e for e in analysis.entities if e.source == "user"]


def test_a_marked_armed_actor_the_lexicon_knows_gets_its_name_type_and_inter_code() -> None:
    analysis = analyze(HOUTHI_GROUP, DATE, corrections=[_add(HOUTHI_GROUP, "جماعة الحوثي", "ARMED_ACTOR")])
    [mine] = _user(analysis)
    assert (mine.text, mine.attrs["id"], mine.attrs["actor_type"]) == ("جماعة الحوثي", "houthis", "rebel")
    actor = analysis.incidents[0].to_dict()["actor1"]
    assert (actor["text"], actor["name_en"], actor["inter"]) == ("جماعة الحوثي", "Houthis (Ansar Allah)", 2)


def test_a_marked_actor_the_machine_missed_is_read_with_the_articles_country() -> None:
    assert "القاعدة" not in [e.text for e in analyze(NAMED_BASE, DATE).entities]
    [mine] = _user(analyze(NAMED_BASE, DATE, corrections=[_add(NAMED_BASE, "القاعدة", "ARMED_ACTOR")]))
    assert (mine.attrs["id"], mine.attrs["inter"], mine.attrs["country"]) == ("aqap", 2, "Yemen")


def test_a_marked_organisation_gets_the_lexicons_reading() -> None:
    text = "وصلت فرق منظمة أطباء بلا حدود إلى مدينة تعز أمس."
    [mine] = _user(analyze(text, DATE, corrections=[_add(text, "أطباء بلا حدود", "ORGANIZATION")]))
    assert (mine.attrs["id"], mine.attrs["name_en"]) == ("msf", "Medecins Sans Frontieres")


def test_words_the_lexicon_does_not_know_or_reads_otherwise_stay_bare() -> None:
    text = "قصف الحوثة أمس مواقع في مدينة تعز، ما أدى إلى مقتل ثلاثة مدنيين."
    unknown = analyze(text, DATE, corrections=[_add(text, "الحوثة", "ARMED_ACTOR")])
    assert [m.attrs for m in _user(unknown)] == [{}]
    assert unknown.incidents[0].to_dict()["actor1"]["name_en"] == ""  # named by its words, no type
    part = analyze(HOUTHI_GROUP, DATE, corrections=[_add(HOUTHI_GROUP, "قصفت جماعة الحوثي", "ARMED_ACTOR")])
    assert [m.attrs for m in _user(part)] == [{}]  # the lexicon's phrase is only part of the words
    other = analyze(HOUTHI_GROUP, DATE, corrections=[_add(HOUTHI_GROUP, "جماعة الحوثي", "ORGANIZATION")])
    assert [m.attrs for m in _user(other)] == [{}]  # the analyst says organisation, the lexicon armed actor
    person = analyze(HOUTHI_GROUP, DATE, corrections=[_add(HOUTHI_GROUP, "جماعة الحوثي", "PERSON")])
    assert [m.attrs for m in _user(person)] == [{}]


def test_attrs_the_analyst_gave_are_kept() -> None:
    given = {"name_en": "Ansar Allah fighters", "inter": 2}
    [mine] = _user(analyze(HOUTHI_GROUP, DATE, corrections=[_add(HOUTHI_GROUP, "جماعة الحوثي", "ARMED_ACTOR", given)]))
    assert mine.attrs == given


def test_a_bare_stored_actor_is_read_from_the_lexicon_at_every_re_analysis() -> None:
    db = open_db(memory=True)
    article = add_article(db, ArticleIn("t", HOUTHI_GROUP, published=DATE))[0]
    start, end = _span(HOUTHI_GROUP, "جماعة الحوثي")
    add_entity(db, article, start, end, "ARMED_ACTOR")  # as the reader stores it: no attrs
    assert analyze_stored(db, workers=1) == 1
    [mine] = [e for e in get_entities(db, article) if e["source"] == "user"]
    assert mine["attrs"]["name_en"] == "Houthis (Ansar Allah)"
    assert get_incidents(db, article)[0]["actor1"]["inter"] == 2
    from core.store import list_entity_corrections

    assert list_entity_corrections(db, article)[0]["attrs"] == {}  # the decision itself stays as given


def test_a_marked_actor_reads_as_the_machines_span_does_country_included() -> None:
    """«التحالف الدولي» in a Syrian article: the lexicon gives no country of its own; the machine's
    span takes the article's (Syria), and so does the analyst's mark of the same words."""
    from core.entities.lexicon import lookup

    text = "قصفت طائرات التحالف الدولي مواقع تنظيم داعش في مدينة الرقة السورية أمس."
    doc = analyze(text, "2015-08-02").doc
    start = text.index("التحالف الدولي")
    end = start + len("التحالف الدولي")
    machine = next(s for s in doc.entities if s.label == "ARMED_ACTOR" and s.start == start)
    label, attrs = lookup(doc, start, end)  # type: ignore[misc]
    assert label == "ARMED_ACTOR" and attrs == machine.attrs and attrs["country"] == "Syria"


# -- an analyst's casualty, number or date takes its recogniser's reading -------------------------

TOLL = "قصفت ميليشيات الحوثي أمس مواقع المقاومة الشعبية في مدينة تعز، وسقط 7 قتلى و12 جريحا."


def _bare_marks(monkeypatch: Any) -> None:
    """The analysis as it was before marked casualties, numbers and dates were read: left bare."""
    import core.entities.corrections as corrections

    monkeypatch.setattr(corrections, "recogniser_attrs", lambda *args, **kwargs: {})


def test_a_marked_casualty_counts_in_the_incident_as_the_machines_span_does(monkeypatch: Any) -> None:
    machine = analyze(TOLL, DATE)
    [killed] = [e for e in machine.entities if e.label == "CASUALTY" and e.attrs["role"] == "killed"]
    assert killed.text == "قتلى" and killed.attrs["count"] == 7
    assert [(i.fatalities, i.injured) for i in machine.incidents] == [(7, 12)]
    for words in ("وسقط 7 قتلى", "7 قتلى", "قتلى"):  # the words with the verb, with the count, exactly
        marked = analyze(TOLL, DATE, corrections=[_add(TOLL, words, "CASUALTY")])
        [mine] = _user(marked)
        assert (mine.text, mine.attrs) == (words, killed.attrs)
        assert not any(e.source != "user" and e.label == "CASUALTY" and e.attrs["role"] == "killed"
                       for e in marked.entities)  # the machine's span gave way: the toll is the mark's
        assert [(i.fatalities, i.injured) for i in marked.incidents] == [(7, 12)]
    _bare_marks(monkeypatch)  # a bare mark hides the machine's span and the toll loses its dead
    bare = analyze(TOLL, DATE, corrections=[_add(TOLL, "وسقط 7 قتلى", "CASUALTY")])
    assert [m.attrs for m in _user(bare)] == [{}]
    assert [(i.fatalities, i.injured) for i in bare.incidents] == [(None, 12)]


def test_a_marked_injured_casualty_counts_as_injured(monkeypatch: Any) -> None:
    marked = analyze(TOLL, DATE, corrections=[_add(TOLL, "12 جريحا", "CASUALTY")])
    assert [(m.attrs["role"], m.attrs["count"]) for m in _user(marked)] == [("injured", 12)]
    assert [(i.fatalities, i.injured) for i in marked.incidents] == [(7, 12)]
    _bare_marks(monkeypatch)
    bare = analyze(TOLL, DATE, corrections=[_add(TOLL, "12 جريحا", "CASUALTY")])
    assert [(i.fatalities, i.injured) for i in bare.incidents] == [(7, None)]


def test_a_marked_date_dates_the_incident(monkeypatch: Any) -> None:
    assert [i.to_dict()["date"] for i in analyze(TOLL, DATE).incidents] == ["2015-07-31"]
    marked = analyze(TOLL, DATE, corrections=[_add(TOLL, "أمس", "DATE")])
    [mine] = _user(marked)
    assert (mine.attrs["iso"], mine.attrs["relative"]) == ("2015-07-31", True)  # the day before the article's
    assert [i.to_dict()["date"] for i in marked.incidents] == ["2015-07-31"]
    _bare_marks(monkeypatch)  # bare, the mark hid the machine's date: the incident took the article's
    bare = analyze(TOLL, DATE, corrections=[_add(TOLL, "أمس", "DATE")])
    assert [i.to_dict()["date"] for i in bare.incidents] == ["2015-08-01"]


def test_a_marked_number_takes_its_value() -> None:
    [mine] = _user(analyze(TOLL, DATE, corrections=[_add(TOLL, "12", "NUMBER")]))
    assert (mine.attrs["value"], mine.attrs["kind"]) == (12, "digits")


def test_marked_words_read_as_two_things_or_as_nothing_stay_bare() -> None:
    both = analyze(TOLL, DATE, corrections=[_add(TOLL, "7 قتلى و12 جريحا", "CASUALTY")])
    assert [m.attrs for m in _user(both)] == [{}]  # two casualties: no one reading to give it
    nothing = analyze(TOLL, DATE, corrections=[_add(TOLL, "مواقع المقاومة", "CASUALTY")])
    assert [m.attrs for m in _user(nothing)] == [{}]
    part = analyze(TOLL, DATE, corrections=[_add(TOLL, "مدينة تعز، وسقط 7 قتلى", "CASUALTY")])
    assert [m.attrs for m in _user(part)] == [{}]  # the machine's reading is only a small part of the words
    given = {"role": "missing", "count": 3}
    [kept] = _user(analyze(TOLL, DATE, corrections=[_add(TOLL, "7 قتلى", "CASUALTY", given)]))
    assert kept.attrs == given  # attrs the analyst gave are kept


def test_with_no_machine_span_there_the_marked_words_are_read_alone() -> None:
    from core.entities.corrections import recogniser_attrs

    doc = analyze(TOLL, DATE).doc
    start, end = _span(TOLL, "وسقط 7 قتلى")
    alone = recogniser_attrs(doc, start, end, "CASUALTY", {"core.entities.casualties": []})
    assert (alone["role"], alone["count"], TOLL[alone["count_start"]:alone["count_end"]]) == ("killed", 7, "7")
    start, end = _span(TOLL, "أمس")
    assert recogniser_attrs(doc, start, end, "DATE", {"core.entities.dates": []})["iso"] == "2015-07-31"
    assert recogniser_attrs(doc, start, end, "PERSON") == {}


def test_a_bare_stored_casualty_is_read_at_every_re_analysis() -> None:
    db = open_db(memory=True)
    article = add_article(db, ArticleIn("t", TOLL, published=DATE))[0]
    start, end = _span(TOLL, "وسقط 7 قتلى")
    add_entity(db, article, start, end, "CASUALTY")  # as the reader stores it: no attrs
    assert analyze_stored(db, workers=1) == 1
    [mine] = [e for e in get_entities(db, article) if e["source"] == "user"]
    assert (mine["attrs"]["role"], mine["attrs"]["count"]) == ("killed", 7)
    assert [(i["fatalities"], i["injured"]) for i in get_incidents(db, article)] == [(7, 12)]
    from core.store import list_entity_corrections

    assert list_entity_corrections(db, article)[0]["attrs"] == {}  # the decision itself stays as given
