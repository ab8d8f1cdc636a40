"""Rules added in session 23 for one event told at a place and at a place inside it (nested23).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 10)
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _placed(text: str) -> list[tuple[str, str | None]]:
    return [(i.sub_event_type, i.location.text if i.location else None) for i in analyze(text, DAY).incidents]


def test_a_shelling_told_at_a_hospital_then_at_its_town_is_one_at_the_hospital() -> None:
    """The gazetteer puts «مستشفى ظهران الجنوب العام» by the town «ظهران الجنوب» (a Saudi town has no
    district, so the admin names do not tell it): the shelling told at the hospital and then at the
    town, the same day and by the same party, is one event at the most specific place."""
    text = ("سقطت قذائف أطلقتها ميليشيات الحوثي صباح أمس على مستشفى ظهران الجنوب العام دون أن تسفر عن إصابات. "
            "وأوضح متحدث الدفاع المدني أن قذائف الحوثيين التي سقطت في ظهران الجنوب ألحقت أضرارا مادية.")
    assert _placed(text) == [(SHELLING[1], "مستشفى ظهران الجنوب العام")]


def test_a_shelling_told_at_a_quarter_then_at_its_town_is_one_at_the_quarter() -> None:
    """«حي الرحيب الشرقي», a quarter the gazetteer puts by «ظهران الجنوب»: the town told next is that
    shelling's town, not a second shelling."""
    text = ("أصابت قذيفة أطلقها الحوثيون من الأراضي اليمنية منزلا في حي الرحيب الشرقي مساء الثلاثاء. "
            "وقال مصدر أمني إن قذائف الحوثيين على ظهران الجنوب لم تخلف إصابات.")
    assert _placed(text) == [(SHELLING[1], "حي الرحيب الشرقي")]


def test_a_front_listed_beside_the_place_it_is_placed_by_stays_apart() -> None:
    """«في جبهتي بلة والعند» after a clash «في منطقة العند»: the list tells Bala (put by al-Anad in
    the gazetteer) as a front of its own beside al-Anad, so it does not fold into al-Anad's clash."""
    text = ("اندلعت اشتباكات بين المقاومة الشعبية والحوثيين في منطقة العند بمحافظة لحج أمس. "
            "واشتبك مقاتلو المقاومة مع الحوثيين في جبهتي بلة والعند.")
    assert [p for _, p in _placed(text)] == ["منطقة العند", "بلة"]
