"""Session 40 (lev28): a pass over fresh non-Yemen conflict articles (levant seeds 3321, 3331).

- A deed told as someone's intention («معلومات عن نية المسلحين تفجير سيارة مفخخة», «أعلن الجيش
  نيته قصف …») has not happened: «نية / نيته / نيتها / نيتهم / نوايا …» join the plan cue.
- A base right after the aircraft that struck («قصفت طائرات حربية سورية من مطار حماة العسكري بلدة
  كفرنبل») is where they flew from, not a second target.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import place_names, violent

SATURDAY = date(2015, 8, 8)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, SATURDAY)


# -- an intention is no deed ------------------------------------------------------------------------

def test_an_intention_to_bomb_is_no_bombing() -> None:
    text = "وقالت الشرطة إن لديها معلومات عن نية خلية مسلحة تفجير عبوة ناسفة قرب سوق الموصل."
    assert _violent(text) == []


def test_an_army_announcing_its_intention_to_shell_is_no_shelling() -> None:
    text = "وأعلن الجيش العراقي نيته قصف مواقع المسلحين في مدينة الرمادي."
    assert _violent(text) == []


def test_a_bombing_told_beside_an_intention_is_still_found() -> None:
    """The deed of the day stays; only the intended one goes."""
    text = ("انفجرت عبوة ناسفة في سوق بمدينة بعقوبة أمس ما أدى إلى مقتل أربعة مدنيين، وقال مصدر أمني إن "
            "لديه معلومات عن نية المسلحين تفجير سيارة مفخخة في مدينة سامراء.")
    found = _violent(text)
    assert [i.fatalities for i in found] == [4]
    assert "Samarra" not in place_names(found)


# -- the base aircraft flew from ------------------------------------------------------------------------

def test_the_airbase_right_after_the_aircraft_is_not_a_target() -> None:
    text = "قصفت طائرات حربية سورية من مطار حماة العسكري بلدة كفرنبل في ريف إدلب أمس ما أدى إلى مقتل خمسة مدنيين."
    found = _violent(text)
    assert len(found) == 1
    assert found[0].fatalities == 5
    assert found[0].location is not None and found[0].location.name_en == "Kafranbel"


def test_a_strike_near_an_airbase_is_still_placed_there() -> None:
    """«قريبة من مطار …»: the target is by the base, no base they flew from."""
    text = ("قصفت طائرات حربية سورية مواقع للمسلحين قريبة من مطار حماة العسكري في ريف حماة أمس ما أدى إلى "
            "مقتل ثلاثة مسلحين.")
    found = _violent(text)
    assert [i.fatalities for i in found] == [3]
    assert [i.location.name_ar for i in found if i.location] == ["مطار حماة العسكري"]



# -- Kurdish fighters told indefinite -------------------------------------------------------------------

def _names(found: list) -> set[str]:
    return {a.name_en for i in found for a in (i.actor1, i.actor2) if a}


def test_kurdish_fighters_attacking_in_turkey_are_the_pkk() -> None:
    text = "قال الجيش التركي إن جنديين قتلا عندما هاجم مقاتلون أكراد دورية عسكرية في ولاية هكاري جنوب شرق تركيا أمس."
    found = _violent(text)
    assert found and any("PKK" in n for n in _names(found))


def test_kurdish_fighters_clashing_in_syria_are_the_ypg() -> None:
    text = "اندلعت اشتباكات عنيفة بين مقاتلين أكراد وعناصر تنظيم داعش قرب مدينة رأس العين في محافظة الحسكة السورية أمس."
    found = _violent(text)
    assert found and any("YPG" in n for n in _names(found))
