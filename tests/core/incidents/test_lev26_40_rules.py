"""Session 40 (lev26): a pass over fresh non-Yemen conflict news (levant seeds 3271, 3281).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import counted

MONDAY = date(2020, 5, 11)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_wounded_named_by_title_after_their_figure_are_not_added() -> None:
    """«أصيب ضابطان ومجند …» then «… إصابة النقيب … والملازم … والمجند …»: the three named are the
    three counted, not three more."""
    text = ("أصيب ضابطان ومجند اليوم في انفجار عبوة ناسفة قرب مبنى البلدية في مدينة طنطا. "
            "وأوضح بيان للشرطة أن الانفجار أسفر عن إصابة النقيب أحمد سالم والملازم محمود حسن "
            "والمجند علي عمر، ونقلوا إلى المستشفى.")
    got = counted(text, MONDAY)
    assert len(got) == 1 and got[0].injured == 3


def test_named_list_with_no_figure_before_is_the_toll() -> None:
    """A titled list with no figure told before it counts its people."""
    text = ("أسفر انفجار عبوة ناسفة قرب مبنى البلدية في مدينة طنطا اليوم عن إصابة النقيب أحمد سالم "
            "والملازم محمود حسن والمجند علي عمر.")
    got = counted(text, MONDAY)
    assert len(got) == 1 and got[0].injured == 3


def test_named_list_larger_than_the_figure_before_is_not_dropped() -> None:
    """A figure of one before a list of three names: the names are not all among it."""
    text = ("قتل جندي اليوم في هجوم مسلح على حاجز للشرطة في مدينة الرمادي. "
            "وأوضح بيان للشرطة أن الهجوم أسفر أيضا عن إصابة النقيب أحمد سالم والملازم محمود حسن "
            "والمجند علي عمر.")
    got = counted(text, MONDAY)
    assert len(got) == 1 and got[0].fatalities == 1 and got[0].injured == 3


@pytest.mark.parametrize("group, one", [
    ("3 من أفراد الشرطة", "ومدني"),
    ("ثلاثة من عناصر الأمن", "وطفل"),
    ("3 من رجال الشرطة المحلية", "وامرأة"),
])
def test_single_person_joined_to_a_min_group_counts_one_more(group: str, one: str) -> None:
    """«قتل 3 من أفراد الشرطة ومدني»: the single person after the «من» group is a fourth dead."""
    text = f"قتل {group} {one} اليوم في هجوم شنه مسلحون على حاجز في مدينة الرمادي."
    got = counted(text, MONDAY)
    assert len(got) == 1 and got[0].fatalities == 4


@pytest.mark.parametrize("group", [
    "3 من الجنود والضباط",  # a definite second noun: part of the group
    "3 من أفراد الشرطة وأحد المارة",  # «وأحد» + a definite noun: left to the other rules
])
def test_min_group_partner_needs_an_indefinite_single_person(group: str) -> None:
    text = f"قتل {group} اليوم في هجوم شنه مسلحون على حاجز في مدينة الرمادي."
    got = counted(text, MONDAY)
    assert len(got) == 1 and got[0].fatalities == 3


def test_bombing_told_back_with_unnamed_gunmen_is_the_air_strike() -> None:
    """«قتل عدد من مسلحي داعش في قصف جوي …» then «… تسعة مسلحين قتلوا في القصف»: the bare «القصف» is
    the air strike told back, its figure the strike's toll (the unnamed «مسلحين» name no other party)."""
    text = ("لقي عدد من مسلحي تنظيم داعش مصرعهم في قصف جوي على قرية قرب مدينة الحويجة اليوم. "
            "وقال مصدر أمني إن تسعة مسلحين قتلوا في القصف.")
    got = counted(text, MONDAY)
    assert [(i.sub_event_type, i.fatalities) for i in got] == [("Air/drone strike", 9)]


def test_bombing_told_back_naming_another_party_stays_apart() -> None:
    """A named party the strike before did not name still keeps the shelling its own."""
    text = ("لقي عدد من مسلحي تنظيم داعش مصرعهم في قصف جوي على قرية قرب مدينة الحويجة اليوم. "
            "وقال مصدر إن القصف أدى إلى مقتل ثلاثة من قوات البيشمركة الكردية.")
    got = counted(text, MONDAY)
    assert sorted((i.sub_event_type, i.fatalities) for i in got) == [("Air/drone strike", None), ("Shelling/artillery/missile attack", 3)]
