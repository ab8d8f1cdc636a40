"""Rules added after the pass over fresh non-Yemen articles of session 42 (branch s42-lev35, seeds 3491 and 3501).

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 19)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _tolls(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.event_type, i.fatalities) for i in an.incidents]


# ---------------------------------------------------------------- «راح/ذهب ضحيته N»: a toll


@pytest.mark.parametrize("text, dead", [
    ("انفجرت سيارة مفخخة في سوق مدينة الرمادي صباح اليوم الأحد، راح ضحيتها 12 شخصا.", 12),
    ("هاجم مسلحون نقطة تفتيش للجيش قرب مدينة العريش صباح اليوم الأحد في هجوم ذهب ضحيته أربعة جنود.", 4),
    ("قصفت الطائرات سوقا شعبيا في بلدة سراقب اليوم الأحد وراح ضحيته سبعة مدنيين.", 7),
])
def test_went_as_its_victims_is_a_toll(text: str, dead: int) -> None:
    """«راح ضحيتها 12 شخصا», «ذهب ضحيته أربعة جنود» (it took N as its victims) counts the dead of
    the deed it follows; it was only an accident's result word, so the toll was lost."""
    coded = _tolls(text)
    assert len(coded) == 1 and coded[0][1] == dead


def test_went_as_its_victims_needs_a_count() -> None:
    """Without a figure («راح ضحيته الأبرياء») no toll is set."""
    coded = _tolls("انفجرت عبوة ناسفة في سوق مدينة الرمادي صباح اليوم الأحد راح ضحيتها الأبرياء.")
    assert all(c[1] in (0, None) for c in coded)


# ---------------------------------------------------------------- a vehicle that collided or overturned


@pytest.mark.parametrize("text", [
    "لقي 14 شخصا مصرعهم مساء أمس بعد ما اصطدم مركب صيد كانوا على متنه بسفينة شحن في نهر النيل قرب أسيوط.",
    "لقي سبعة عمال حتفهم عندما انقلبت حافلة كانت تقلهم على طريق سريع قرب مدينة أضنة أمس الأحد.",
    "توفي ثلاثة شبان حينما اصطدمت سيارتهم بشاحنة على الطريق الدولي قرب مدينة الزرقاء صباح اليوم.",
])
def test_a_vehicle_collision_verb_is_an_accident(text: str) -> None:
    """«بعد ما اصطدم مركب …», «عندما انقلبت حافلة …»: the verb of a collision or an overturn with a
    vehicle as its subject or object, behind «بعد ما/بعدما/عندما/حينما», gives the toll an accident's
    cause as the noun («اصطدام», «انقلاب حافلة») did: no attack."""
    assert _tolls(text) == []


def test_a_collision_of_protesters_is_no_accident() -> None:
    """A clash verb whose subject is no vehicle stays violence («اصطدم المتظاهرون بالشرطة»)."""
    coded = _tolls("قتل متظاهران اليوم الأحد عندما اصطدم المتظاهرون بقوات الأمن وسط مدينة البصرة.")
    assert coded
