"""Session 42 (s42-fix43): shapes version 41 saw and left.

- A cumulative toll of a war or a campaign («وارتفع عدد ضحايا الحملة منذ مطلع الشهر إلى 85 قتيلا»)
  is the period's, not the fatalities of the next deed told in its sentence or paragraph: «مطلع»,
  «مستهل», «أوائل», «بدايات» join the running-total cue's period words, and the count's noun
  («عدد/حصيلة») before «منذ» + a period word makes the rest of its clause a tally
  (`reports._tally_ranges`, `tally_total_nouns`).
- An inquiry into a strike or a bombing («فتح تحقيق في الغارة …», «لجنة للتحقيق في التفجير …») tells
  the deed again: a background cue over the rest of its clause (triggers_context.json).
- A claim of another bombing told in the same sentence («…، فيما تبنى تنظيم داعش الهجوم الذي استهدف
  مسجدا في بغداد») gives no side to a bombing naming none of its own in another governorate
  (`reports._beside_claims_elsewhere`); the claim's place may lie to the end of its clause after «في»
  (`claim_places`, at most 14 tokens).
- A toll whose accident is told past ACCIDENT_REACH words or in a later clause of its sentence
  («توفي ثلاثة أشخاص وأصيب ستة آخرون، بينهم طفلان، إثر حادث مروري») is an accident's, not an attack
  (`detect._accident_told_after`), unless a deed or a weapon is told between.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import violent

MONDAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, MONDAY)


def _killed(found: list) -> list[int | None]:
    return sorted(i.fatalities or 0 for i in found)


# -- a background toll is not the next deed's ----------------------------------------------------------

def test_a_campaign_toll_in_its_own_sentence_is_not_the_next_deeds():
    found = _violent("وارتفع عدد ضحايا الحملة العسكرية منذ مطلع الشهر إلى 85 قتيلا. "
                     "وقتل أمس ثلاثة مدنيين في قصف على حي المعلا في عدن.")
    assert _killed(found) == [3]


def test_a_toll_since_the_start_of_the_year_after_the_deed_is_not_its_toll():
    found = _violent("قتل جنديان في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش أمس، "
                     "وارتفع عدد قتلى قوات الأمن في شمال سيناء منذ مطلع العام إلى 120 قتيلا.")
    assert _killed(found) == [2]


def test_a_toll_since_the_fighting_began_told_by_an_official_is_not_the_shellings():
    found = _violent("قال مسؤول محلي إن حصيلة القتلى منذ بدء المواجهات في المدينة بلغت ألف قتيل، "
                     "وقتل أمس ثلاثة مدنيين في قصف على حي المعلا في عدن.")
    assert _killed(found) == [3]


def test_a_rising_toll_of_one_bombing_is_still_its_toll():
    # no period after «منذ»: the toll of the day's bombing rose
    found = _violent("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة أمس، وارتفع عدد قتلى التفجير إلى 25 قتيلا.")
    assert _killed(found) == [25]


# -- an inquiry into a deed is no new deed ---------------------------------------------------------------

def test_an_inquiry_into_an_air_strike_is_no_air_strike():
    assert _violent("أعلنت وزارة الدفاع الأمريكية أمس فتح تحقيق في الغارة الجوية التي استهدفت قرية قرب مدينة "
                    "أربيل في شمال العراق الأسبوع الماضي.") == []


def test_a_committee_to_investigate_a_bombing_is_no_bombing():
    assert _violent("شكلت وزارة الداخلية العراقية أمس لجنة للتحقيق في التفجير الذي استهدف سوقا شعبيا في مدينة بعقوبة.") == []


def test_the_strike_told_before_the_inquiry_stays():
    found = _violent("قتل خمسة مدنيين في غارة جوية على قرية شمال مدينة أربيل أمس، "
                     "وأعلنت الحكومة فتح تحقيق في الغارة.")
    assert _killed(found) == [5]


# -- a claim of another bombing in the same sentence -----------------------------------------------------

def _doers(found: list) -> list[str]:
    return [i.actor1.name_en if i.actor1 else "" for i in found]


def test_a_claim_of_a_baghdad_attack_is_not_the_kirkuk_bombings():
    found = _violent("قتل عشرة أشخاص في تفجير سيارة مفخخة في مدينة كركوك أمس، فيما تبنى تنظيم داعش "
                     "الهجوم الانتحاري الذي استهدف مسجدا في بغداد الأسبوع الماضي.")
    kirkuk = [i for i in found if i.fatalities == 10]
    assert len(kirkuk) == 1 and "Islamic State" not in _doers(kirkuk)[0]


def test_a_short_claim_of_another_citys_attack_is_not_this_bombings():
    found = _violent("قتل عشرة أشخاص في تفجير سيارة مفخخة في مدينة كركوك أمس، فيما تبنى تنظيم داعش هجوما في بغداد.")
    assert "Islamic State" not in _doers(found)[0]


def test_a_claim_of_this_citys_bombing_in_the_same_sentence_stays():
    found = _violent("قتل عشرة أشخاص في تفجير سيارة مفخخة في مدينة كركوك أمس، وتبنى تنظيم داعش تفجير كركوك.")
    assert "Islamic State" in _doers(found)[0]


def test_a_sect_named_far_after_a_claim_is_no_place():
    found = _violent("انفجرت سيارة ملغومة خارج مسجد في صنعاء أمس ما أسفر عن مقتل ثلاثة أشخاص، وأعلن داعش مسؤوليته "
                     "عن الهجوم بالسيارة الملغومة الذي استهدف مسجدا للطائفة الإسماعيلية.")
    assert "Islamic State" in _doers(found)[0]


def test_a_claim_naming_no_place_stays():
    found = _violent("قتل عشرة أشخاص في تفجير سيارة مفخخة في مدينة كركوك أمس، وتبنى تنظيم داعش الهجوم.")
    assert "Islamic State" in _doers(found)[0]


# -- a traffic accident told a clause after its toll -------------------------------------------------------

def test_an_accident_told_in_a_later_clause_is_no_attack():
    assert _violent("توفي ثلاثة أشخاص وأصيب ستة آخرون، بينهم طفلان، وإصابة امرأة بإصابات طفيفة أمس، "
                    "إثر حادث مروري بين سيارتين على طريق أبها.") == []


def test_an_accident_told_far_after_its_toll_is_no_attack():
    assert _violent("لقي خمسة أشخاص حتفهم وأصيب 30 راكبا بإصابات متفاوتة بين الخطيرة والمتوسطة، "
                    "فجر أمس في حادث سير على طريق الرياض الدمام.") == []


def test_an_attack_before_an_accident_in_its_sentence_stays():
    found = _violent("قتل جنديان في هجوم مسلح على حاجز أمني قرب مدينة العريش أمس، وتوفي ثالث في حادث سير أثناء نقله.")
    assert 2 in _killed(found)


def test_accidents_counted_by_a_number_in_a_later_clause_are_no_attack():
    assert _violent("توفي أربعة أشخاص وأصيب تسعة آخرون، بينهم ثلاثة أطفال، وإصابة رجل بإصابات طفيفة أمس، "
                    "إثر 3 حوادث سير متفرقة على طرق منطقة جازان.") == []
