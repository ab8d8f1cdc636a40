"""Session 41 (s41-left): shapes version 40 saw and left.

- A toll told bare, with no deed of its own («أفادت مصادر بمقتل 20 مدنيا وإصابة 30 آخرين في مدينة
  الرمادي»), then the deeds that made it one by one in the sentences right after it: the toll is their
  sum, not an attack of its own counted beside them (`merge._bare_total_told_in_parts`).
- The article's lead sentence's day runs on through its paragraph: to events of its kinds, and to
  events of any kind in a sentence opening «(و)في …» (`reports._lead_day`, `lead_day_openers`).
- A place after «(من) مواليد» or «ابن مدينة/محافظة …» is a home town, not the event's place
  (`home_town_born_words`, `home_town_son_words`).
- A claim naming a place in another governorate is another bombing's (`_claims_elsewhere`).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import place_names, violent

WEDNESDAY = date(2015, 7, 22)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, WEDNESDAY)


def _killed(found: list) -> list[int | None]:
    return sorted(i.fatalities or 0 for i in found)


# -- a bare toll told again in its parts --------------------------------------------------------------

PARTS = ("وقالت المصادر إن عبوة ناسفة انفجرت في حي الضباط غربي الرمادي ما أدى إلى مقتل خمسة مدنيين وإصابة "
         "12 آخرين. وأشارت إلى مقتل تسعة مدنيين وإصابة 14 آخرين جراء سقوط قذائف هاون على منازل في قضاء هيت.")


def test_a_bare_toll_summed_by_the_deeds_after_it_is_no_event_of_its_own() -> None:
    text = "أفادت مصادر أمنية عراقية أمس بمقتل 14 مدنيا وإصابة 26 آخرين في محافظة الأنبار. " + PARTS
    found = _violent(text)
    assert _killed(found) == [5, 9]
    assert all(i.event_type == "Explosions/Remote violence" for i in found)


def test_a_bare_toll_without_injured_summed_by_the_deeds_after_it() -> None:
    text = "قتل 14 مدنيا أمس في محافظة الأنبار. " + PARTS
    assert _killed(_violent(text)) == [5, 9]


def test_a_bare_toll_the_deeds_after_it_do_not_add_up_to_stays() -> None:
    # 14 + 26 told, the details 5 + 9 killed but 12 + 14 injured ≠ 30: another count, the lead stays
    text = "أفادت مصادر أمنية عراقية أمس بمقتل 14 مدنيا وإصابة 30 آخرين في محافظة الأنبار. " + PARTS
    assert 14 in _killed(_violent(text))


def test_a_bare_toll_larger_than_its_details_stays() -> None:
    text = "أفادت مصادر أمنية عراقية أمس بمقتل 20 مدنيا في محافظة الأنبار. " + PARTS
    assert 20 in _killed(_violent(text))


# -- the lead sentence's day carried on -----------------------------------------------------------------

def _days(found: list) -> list[str | None]:
    return sorted(i.date or "" for i in found)


def test_the_lead_day_runs_to_an_event_of_another_kind_after_it() -> None:
    text = ("قتل ثلاثة جنود عراقيين أمس الثلاثاء في هجوم شنه مسلحون على نقطة تفتيش في مدينة الرمادي. "
            "وفي تكريت، انفجرت عبوة ناسفة بدورية للشرطة ما أدى إلى مقتل شرطيين اثنين.")
    assert _days(_violent(text)) == ["2015-07-21", "2015-07-21"]


def test_the_lead_day_stops_at_a_sentence_naming_its_own_day() -> None:
    text = ("قتل ثلاثة جنود عراقيين أمس الثلاثاء في هجوم شنه مسلحون على نقطة تفتيش في مدينة الرمادي. "
            "وفي تكريت، انفجرت عبوة ناسفة اليوم الأربعاء بدورية للشرطة ما أدى إلى مقتل شرطيين اثنين. "
            "وفي بيجي، قصفت طائرات التحالف مواقع لتنظيم داعش.")
    days = _days(_violent(text))
    assert days.count("2015-07-21") == 1


def test_the_lead_day_does_not_cross_into_another_paragraph() -> None:
    text = ("قتل ثلاثة جنود عراقيين أمس الثلاثاء في هجوم شنه مسلحون على نقطة تفتيش في مدينة الرمادي.\n\n"
            "وفي تكريت، انفجرت عبوة ناسفة بدورية للشرطة ما أدى إلى مقتل شرطيين اثنين.")
    assert _days(_violent(text)) == ["2015-07-21", "2015-07-22"]


# -- a birthplace or «ابن مدينة» is no event's place ---------------------------------------------------

def test_a_birthplace_is_not_where_the_attack_was() -> None:
    text = "أعلنت الشرطة التركية مقتل شرطي من مواليد مدينة أضنة في هجوم مسلح على مركز للشرطة في مدينة سيلوبي أمس."
    assert place_names(_violent(text)) == ["Silopi"]


def test_a_son_of_a_town_is_not_where_he_was_killed() -> None:
    text = "قتل الجندي محمد العبيدي، ابن مدينة البصرة، أمس في هجوم لتنظيم داعش على موقع للجيش في الرمادي."
    assert place_names(_violent(text)) == ["Ramadi"]


def test_a_bare_ibn_before_a_name_is_no_home_town() -> None:
    # «ابن» with no place word after it is a name's particle: the place after it stays the event's
    text = "قتل ثلاثة مدنيين أمس في قصف استهدف حي ابن خلدون في مدينة تعز."
    assert place_names(_violent(text)) != []


# -- a claim naming a place is that place's bombing's ---------------------------------------------------

def _doers(found: list) -> dict[str, str]:
    return {i.location.name_en: (i.actor1.name_en if i.actor1 else "") for i in found if i.location}


def test_a_claim_naming_another_town_is_not_the_last_bombings() -> None:
    text = ("قتل عشرة أشخاص أمس في تفجير انتحاري استهدف سوقا في بغداد. كما قتل شرطيان في انفجار عبوة ناسفة "
            "في كركوك. وأعلن تنظيم داعش مسؤوليته عن الهجوم في بغداد.")
    doers = _doers(_violent(text))
    assert doers["Baghdad"] == "Islamic State (Iraq)"
    assert doers["Kirkuk"] != "Islamic State (Iraq)"


def test_a_claim_naming_the_bombings_own_town_stays() -> None:
    text = ("قتل عشرة أشخاص أمس في تفجير انتحاري استهدف سوقا في بغداد. وفي كركوك، قتل شرطيان في انفجار عبوة "
            "ناسفة. وأعلن تنظيم داعش مسؤوليته عن تفجير كركوك.")
    doers = _doers(_violent(text))
    assert doers["Kirkuk"] == "Islamic State (Iraq)"
    assert doers["Baghdad"] != "Islamic State (Iraq)"
