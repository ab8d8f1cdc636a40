"""Session 42 (o3rest): the third non-Yemen read file's cancelled events and tolls.

- A vehicle bomb written «ملغمة» (as «ملغومة», with «مدرعة» between or not: «بعربة مدرعة ملغمة», «سيارة
  ملغمة») is a car bomb (weapons.json car_bomb), not an armoured vehicle destroyed; the blast it names is
  its own event, not folded into a strike told beside it with its toll.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from tests.core.incidents.incident_fixtures import violent

SATURDAY = date(2015, 7, 25)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


@pytest.mark.parametrize("text", [
    "ونشر المسلحون أمس صورا لتفجير كبير بعربة مدرعة ملغمة على مقر للقوات الحكومية في بلدة الصواغية بريف إدلب.",
    "وانفجرت سيارة ملغمة صباح اليوم قرب حاجز للجيش في مدينة حمص.",
    "وقتل ثلاثة جنود في هجوم بعربة ملغمة على نقطة تفتيش في مدينة درعا.",
])
def test_a_vehicle_bomb_written_mulaghama_is_a_car_bomb(text: str) -> None:
    """«عربة مدرعة ملغمة», «سيارة ملغمة», «بعربة ملغمة»: the car bomb (weapons.json car_bomb), no
    armoured vehicle or car lost."""
    a = analyze(text, SATURDAY)
    weapons = [e for e in a.entities if e.label == "WEAPON"]
    assert weapons and all(e.attrs.get("category") == "car_bomb" for e in weapons), \
        [(e.text, e.attrs.get("category")) for e in weapons]
    incidents = violent(text, SATURDAY)
    assert incidents and all(i.event_type == "Explosions/Remote violence" for i in incidents)
    assert not any(e["fate"] == "destroyed" for i in incidents for e in i.equipment)


def test_a_vehicle_bomb_is_not_folded_into_a_strike_told_beside_it() -> None:
    """The lead's air strikes elsewhere with their dead, then the blast of a vehicle bomb on a town's
    post: two events — the strikes' dead are not the blast's."""
    text = ("سيطر المسلحون على مواقع قرب بلدة الفوعة، في حين قتل وأصيب عشرات المدنيين في قصف جوي لمناطق في "
            "جنوب سوريا وشمالها. ونشر المسلحون صورا لتفجير كبير بعربة مدرعة ملغمة على مقر للقوات الحكومية "
            "في بلدة الصواغية بريف إدلب.")
    blasts = [i for i in violent(text, SATURDAY) if i.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(blasts) == 1
    assert blasts[0].location is not None and blasts[0].location.admin1_en == "Idleb"
    assert not blasts[0].fatalities
