"""Session 43 (o4miss): the fourth non-Yemen read file's misses.

- A foreign force's air strike abroad told by a generic strike verb that its aircraft make an air
  strike («وقصفت طائرات تركية مواقع للتنظيم في سوريا»), or by the aircraft as the definite doer of a
  strike word («وواصلت المقاتلات التركية، أمس، قصف أهداف لداعش في سوريا»), is coded at the country
  struck (geo_precision 3), as the strong «شنت مقاتلات تركية غارات …» is (session 42).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import at_country as _at_country, violent

TUESDAY = date(2015, 8, 4)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, TUESDAY)


@pytest.mark.parametrize("text", [
    "وقصفت طائرات تركية أمس مواقع لتنظيم داعش في سوريا.",
    "وقصفت طائرة أمريكية من دون طيار الاثنين هدفا للتنظيم في سوريا.",
    "وواصلت المقاتلات التركية، أمس، قصف أهداف لتنظيم داعش في سوريا.",
])
def test_a_foreign_aircrafts_strike_verb_on_targets_in_a_country_is_coded_there(text: str) -> None:
    hit = _at_country(_violent(text), "Syria")
    assert len(hit) == 1 and hit[0].sub_event_type == "Air/drone strike"
    assert hit[0].location.geo_precision == 3 and hit[0].location.admin1_en in ("", None)


def test_aircraft_only_flying_to_a_country_strike_nothing_there() -> None:
    # the definite aircraft with no strike word before the country: no strike told
    found = _violent("ووصلت المقاتلات الأمريكية أمس إلى قاعدة على الحدود في تركيا.")
    assert found == []  # a "nothing here" test: no strike at all, at the country or elsewhere


def test_a_strike_verb_with_no_target_before_the_country_stays_uncoded() -> None:
    found = _violent("وقال إن طائرات أمريكية قصفت أمس في سوريا.")
    # a "nothing here" test: it passes when nothing is coded (as now: the strike is set aside with no
    # place); it pins only that the country is not the place
    assert not _at_country(found, "Syria")


def test_the_governments_own_aircraft_are_not_placed_at_their_country() -> None:
    found = _violent("وقصفت طائرات النظام السوري أمس مواقع للمعارضة في سوريا.")
    # a "nothing here" test: it passes when nothing is coded (as now: the strike is set aside with no
    # place); it pins only that the country is not the place
    assert not _at_country(found, "Syria")


# «في المنطقة نفسها» after an event placed only at a country (a country named in passing in its
# clause: «مصالح أميركا في المنطقة») is the last event placed below a country.

def test_the_same_area_after_an_event_placed_at_a_country_is_the_last_town() -> None:
    text = ("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الأربعاء قرب مدينة اعزاز في ريف حلب الشمالي. "
            "وتبنت جبهة النصرة خطف العناصر متهمة إياهم بأنهم وكلاء لتمرير مصالح أمريكا في المنطقة. "
            "وهاجمت جبهة النصرة الجمعة مقرا للفرقة 30 في المنطقة نفسها، ووقعت اشتباكات بينها وبين المدافعين "
            "عن المقر تسببت بمقتل 25 مقاتلا من الطرفين.")
    fights = [i for i in _violent(text) if i.event_type == "Battles"]
    assert fights and all(i.location.country == "Syria" and i.location.admin1_en == "Aleppo" for i in fights)


# A mine told as the object of a verb of detonation is the blast, not mines left or laid.

def test_a_mine_fighters_set_off_is_a_blast() -> None:
    found = _violent("قالت مصادر أمنية إن جنديين وحارسا قتلوا عندما فجر مقاتلون أكراد لغما محلي الصنع اليوم "
                     "الثلاثاء بإقليم شرناق في جنوب شرق البلاد.")
    assert [i.sub_event_type for i in found] == ["Remote explosive/landmine/IED"]


def test_mines_left_behind_at_dawn_are_still_no_blast() -> None:
    found = _violent("وانسحب المسلحون فجر أمس من البلدة وتركوا خلفهم ألغاما في الطرقات.")
    assert not [i for i in found if i.sub_event_type == "Remote explosive/landmine/IED"]
