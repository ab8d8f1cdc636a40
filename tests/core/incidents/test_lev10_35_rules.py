"""Non-Yemen audit (session 35, seed 2961): one fight told twice, once with the police, once with the army.

Sentences written for the tests; the real pipeline reads them with the codability model switched
off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents.merge import _state_of
from core.incidents.model import Actor
from core.pipeline import analyze

DAY = date(2015, 8, 6)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _battles(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.location.admin1_en if i.location else "", i.fatalities) for i in an.incidents if i.event_type == "Battles"]


def test_state_of_reads_the_country_of_state_forces_only() -> None:
    assert _state_of(Actor("x", name_en="Military Forces of Egypt (2014-)", inter=1)) == "Egypt"
    assert _state_of(Actor("x", name_en="Police Forces of Iraq", inter=1)) == "Iraq"
    # a regional force named after the state's is not the state's army; nor is a rebel group
    assert _state_of(Actor("x", name_en="Military Forces of Iraq (2014-) Peshmerga - Kurdistan Regional Government", inter=1)) is None
    assert _state_of(Actor("x", name_en="Islamic State (Iraq)", inter=2)) is None


def test_the_army_told_back_in_a_fight_with_the_police_is_that_fight() -> None:
    """«… في اشتباكات مع قوات الأمن في مدينة الرمادي» then «اشتباكات عنيفة اندلعت بين قوات الجيش وعناصر من
    الجماعة … جنوب الرمادي»: the army and police of one state are one side; the fight told again."""
    text = ("قتل خمسة من عناصر تنظيم داعش وأصيب عشرة آخرون في اشتباكات مع قوات الأمن في مدينة الرمادي. "
            "وقالت مصادر أمنية إن اشتباكات عنيفة اندلعت بين قوات الجيش وعناصر من الجماعة فجر أمس "
            "في منطقة الملعب جنوب الرمادي.")
    assert _battles(text) == [("Al-Anbar", 5)]


def test_another_armed_party_still_tells_another_fight() -> None:
    """The army named against another party (tribesmen) than the first fight's: a fight of its own."""
    text = ("قتل خمسة من عناصر تنظيم داعش في اشتباكات مع قوات الأمن في مدينة الرمادي. "
            "وفي سياق آخر، اندلعت اشتباكات بين قوات الجيش ومسلحين من العشائر في منطقة الملعب جنوب الرمادي.")
    assert len(_battles(text)) == 2



def test_an_unknown_place_lent_its_point_by_the_town_is_that_town() -> None:
    """«… في مدينة الشيخ زويد» then «… بمنطقة الزهيرات غرب الشيخ زويد»: a place the gazetteer does not
    know takes the town's region and point (`_in_context`); the fight told there is the town's fight."""
    text = ("قتل أربعة من عناصر تنظيم داعش في اشتباكات مع قوات الشرطة في مدينة الشيخ زويد بشمال سيناء. "
            "وذكرت مصادر أمنية أن اشتباكات عنيفة اندلعت بين قوات الجيش وعناصر التنظيم فجر اليوم "
            "بمنطقة الزهيرات غرب الشيخ زويد.")
    assert _battles(text) == [("North Sinai", 4)]


def test_lent_by_needs_the_very_point_of_the_town() -> None:
    from core.incidents.location import Located
    from core.incidents.merge import _lent_by
    from core.incidents.model import Place

    town = Located(Place("رفح", "رفح", "Rafah", "town", "شمال سيناء", "North Sinai", country="Egypt", lat=31.28, lon=34.24), True, 1)
    lent = Located(Place("قادود", "قادود", "", "", "شمال سيناء", "North Sinai", country="Egypt", lat=31.28, lon=34.24), True, 1)
    elsewhere = Located(Place("الزهيرات", "الزهيرات", "", "", "شمال سيناء", "North Sinai", country="Egypt", lat=31.13, lon=33.8), True, 1)
    assert _lent_by(lent, town)
    assert not _lent_by(elsewhere, town)  # lent by another place of the governorate (Arish)
    assert not _lent_by(town, lent)  # a known place is no lent one
