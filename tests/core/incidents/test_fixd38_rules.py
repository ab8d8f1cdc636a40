"""Session 38 (fixd): a fifth soldier dead of his wounds is the attack's toll now, not a new clash.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2020, 5, 11)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return [i for i in analyze(text, MONDAY).incidents
            if i.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
            and not set(i.flags) & {"possibly_commentary", "no_place", "running_total", "rights_report"}]


def test_ordinal_death_of_wounds_told_first_is_the_toll_on_the_attack_day() -> None:
    """«توفي شرطي ثالث، أمس، متأثرا بإصابته في إطلاق النار … يوم الخميس», then the attack's two dead:
    one event on the Thursday with three dead (the ordinal is the toll now), not the day of the death."""
    text = ("توفي شرطي ثالث، أمس، متأثرا بإصابته في إطلاق النار على مركز للشرطة في مدينة الموصل يوم الخميس.\n\n"
            "وكان مسلحون قد فتحوا النار على المركز فقتلوا شرطيين اثنين يوم الخميس.")
    got = _violent(text)
    assert [(i.date, i.fatalities) for i in got] == [("2020-05-07", 3)]


def test_ordinal_death_of_wounds_after_the_attack_is_not_added() -> None:
    """Four dead in an attack, then «وتوفي جندي خامس متأثرا بإصابته»: five in all, one event."""
    text = ("قتل أربعة جنود وأصيب ثلاثة آخرون في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش يوم الخميس.\n\n"
            "وتوفي جندي خامس أمس متأثرا بإصابته في الهجوم.")
    got = _violent(text)
    assert [(i.date, i.fatalities) for i in got] == [("2020-05-07", 5)]


def test_ordinal_without_death_of_wounds_is_one_dead() -> None:
    """«قتل جندي ثان» with no death of wounds told: no toll update, one dead of its own."""
    from core.incidents.counts import CountFinder  # noqa: F401  (the rule lives there)

    text = "قتل جندي ثان برصاص قناص في حي الزهور بمدينة دير الزور صباح اليوم."
    got = _violent(text)
    assert [i.fatalities for i in got] == [1]

