"""Review s20 of the rules merged late in session 20 (cancel kinds delay, supplied, habit; the
answer to fire told with no weapon): sentences those rules should leave alone.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 25)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(i.sub_event_type, i.location.admin1_en if i.location else None) for i in analyze(text, DAY).incidents]


def test_the_cause_of_a_delay_is_told() -> None:
    """A delay's reach stops at the word of its cause («بسبب», «بعد أن»): the strike or the
    shelling that held a flight or a salary back happened."""
    text = "وتأخرت الرحلة بسبب قصف طيران التحالف مطار صنعاء الدولي أمس."
    assert [k for k, _ in _kinds(text)] == ["Air/drone strike"]
    text = "تأخر صرف رواتب الموظفين في عدن بعد أن قصفت ميليشيات الحوثي مبنى البنك المركزي في المدينة أمس."
    assert ("Shelling/artillery/missile attack", "Aden") in _kinds(text)


def test_a_hindrance_that_caused_a_fight_tells_the_fight() -> None:
    """«تسببت عرقلة الحوثيين لقوافل الإغاثة في اشتباكات»: the hindrance caused the clash."""
    text = "وتسببت عرقلة الحوثيين لقوافل الإغاثة في اشتباكات مع المقاومة الشعبية في مدينة تعز أمس."
    assert ("Armed clash", "Taizz") in _kinds(text)


def test_a_delayed_assault_is_still_no_fight() -> None:
    text = "وقال القائد الميداني إن نقص الذخيرة سبب تأخر عملية اقتحام مدينة الحوطة في محافظة لحج."
    assert _kinds(text) == []


def test_weapons_used_in_a_shelling_are_no_supply() -> None:
    """«أسلحة نوعية منها صواريخ الكاتيوشا في قصف …»: the list ends at «في»; the shelling is told."""
    text = "واستخدم الحوثيون أسلحة نوعية منها صواريخ الكاتيوشا في قصف مواقع المقاومة بمدينة تعز أمس."
    assert ("Shelling/artillery/missile attack", "Taizz") in _kinds(text)
    text = "وحصلت المقاومة في عدن على دعم عسكري من التحالف يضم دبابات وراجمات صواريخ."
    assert _kinds(text) == []


def test_as_usual_tells_the_day_s_event() -> None:
    """«وكما اعتادت، قصفت الميليشيات أمس …»: as usual — the day's shelling, no habit."""
    text = "وكما اعتادت، قصفت ميليشيات الحوثي أمس الأحياء السكنية في مدينة تعز بالدبابات."
    assert ("Shelling/artillery/missile attack", "Taizz") in _kinds(text)
    text = "ودأبت الميليشيات على قصف الأحياء السكنية في مدينة تعز بالدبابات."
    assert _kinds(text) == []


def test_a_reply_to_sources_is_no_fire() -> None:
    """An armed party answering «مصادر إعلامية» or told «بحسب مصدر» shoots nothing: only the
    source of fire («على مصادر النيران») is shelled."""
    text = "وردت القوات الحكومية على مصادر إعلامية حوثية زعمت أنها انسحبت من مدينة مأرب أمس."
    assert _kinds(text) == []
    text = "ورد التحالف على البيان الحوثي بحسب مصدر عسكري في الرياض."
    assert _kinds(text) == []
