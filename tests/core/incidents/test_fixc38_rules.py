"""Fixes from the session-38 review of the blast-told-back rules: a back-reference's figure retells
the blast's toll, and a period's total is no event's toll.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

TUESDAY = date(2015, 7, 21)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _blasts(text: str) -> list:
    return [i for i in analyze(text, TUESDAY).incidents if i.event_type == "Explosions/Remote violence"]


def test_attack_told_back_with_a_larger_figure_restates_the_blast_toll() -> None:
    """A blast with its first toll, then «الهجوم» told back with an official's figure: one blast,
    the later, larger figure (a restatement), not the two added nor the first kept."""
    text = ("قال مصدر أمني إن شخصين قتلا وأصيب خمسة آخرون في انفجار سيارة مفخخة قرب مركز للشرطة في "
            "مدينة كركوك صباح اليوم. وأكد مكتب المحافظ مقتل ستة أشخاص في الهجوم.")
    got = _blasts(text)
    assert [(i.fatalities, i.injured) for i in got] == [(6, 5)]


def test_attack_told_back_with_a_smaller_figure_keeps_the_blast_toll() -> None:
    """The back-reference's figure below the blast's: part of those dead told again, the blast's stands."""
    text = ("قتل تسعة أشخاص في انفجار سيارة مفخخة قرب سوق في مدينة كركوك صباح اليوم. "
            "وأكد مكتب المحافظ مقتل ثلاثة من رجال الشرطة في الهجوم.")
    got = _blasts(text)
    assert [i.fatalities for i in got] == [9]


def test_attack_told_back_gives_its_figure_to_a_blast_told_without_one() -> None:
    text = "فجر انتحاري نفسه عند مدخل مسجد في مدينة أبها اليوم. وأسفر الهجوم عن مقتل 12 مصليا."
    got = _blasts(text)
    assert [i.fatalities for i in got] == [12]


def test_a_period_total_after_a_blast_is_no_toll_of_it() -> None:
    """«… وأدت إلى مقتل 90 شخصا وإصابة العشرات هذا الشهر»: a wave's total over a month and several
    countries, told in a clause of its own after the blast told back — neither the blast's toll nor
    an event of its own."""
    text = ("قتل ستة أشخاص عندما فجرت انتحارية نفسها في سوق بمدينة مايدوغوري، شمال شرقي نيجيريا، صباح "
            "اليوم. ويعد هذا الانفجار الأحدث في سلسلة هجمات استهدفت أسواقا مكتظة، في نيجيريا والنيجر "
            "وتشاد، وأدت إلى مقتل 90 شخصا وإصابة العشرات هذا الشهر.")
    got = analyze(text, TUESDAY).incidents
    assert [(i.fatalities, i.injured) for i in got] == [(6, None)]


def test_a_period_told_with_the_event_itself_keeps_its_toll() -> None:
    """The period in the clause telling the event («… عن مقتل 12 شخصا الأسبوع الماضي»): its day, and
    the figure is the event's."""
    got = _blasts("أسفر تفجير انتحاري استهدف سوقا في مدينة مايدوغوري عن مقتل 12 شخصا الأسبوع الماضي.")
    assert [i.fatalities for i in got] == [12]


def test_a_device_blast_with_its_own_toll_stays_apart_from_a_suicide_bombing() -> None:
    """A suicide bombing with its toll, then a car bomb told with another toll in a sentence of its
    own: two blasts, not one with the figures mixed."""
    text = ("وقتل 20 شخصا في تفجير انتحاري استهدف مركزا للشرطة في مدينة كركوك صباح اليوم. "
            "وقتل 7 أشخاص في وقت لاحق في هجوم بسيارة مفخخة في كركوك.")
    got = _blasts(text)
    assert sorted((i.sub_event_type, i.fatalities) for i in got) == [
        ("Remote explosive/landmine/IED", 7), ("Suicide bomb", 20)]


def test_the_car_a_suicide_bomber_drove_is_the_same_blast() -> None:
    text = ("فجر انتحاري نفسه عند حاجز للشرطة في مدينة كركوك صباح اليوم. وقال مصدر أمني إن الانتحاري "
            "كان يقود سيارة مفخخة وإن الانفجار أدى إلى مقتل 9 أشخاص.")
    got = _blasts(text)
    assert [(i.sub_event_type, i.fatalities) for i in got] == [("Suicide bomb", 9)]
