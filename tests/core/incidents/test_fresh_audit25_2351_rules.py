"""Rules added after the fresh-article audit of seed 2351 (session 25): a coder's reading of
never-coded SaudiNewsNet news.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 28)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str):
    return analyze(text, DAY, "").incidents


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in _incidents(text)]


@pytest.mark.parametrize("text", [
    "وخرجت أمس مسيرة حاشدة في مدينة تعز تطالب بطرد المسلحين الحوثيين من مديرية صالة.",
    "واجتمع مشايخ قبائل أرحب أمس وطالبوا بطرد المسلحين الحوثيين من مديرية أرحب.",
    "ولا يزال الأهالي يطالبون بطرد المسلحين الحوثيين من مديرية رداع.",
    "وطالبت السلطة المحلية بطرد الميليشيات من مديرية خنفر.",
])
def test_a_demand_to_expel_or_free_is_no_taking(text: str) -> None:
    """«مسيرة حاشدة تطالب بطرد المسلحين الحوثيين من مديرية صالة», «وطالبت السلطة المحلية بطرد
    الميليشيات من مديرية خنفر»: what is demanded has not happened — no territory taken (a protest
    making the demand is still told)."""
    kinds = _kinds(text)
    assert not [k for k in kinds if k[0] == "Battles"], kinds


def test_a_taking_told_by_its_doer_stays() -> None:
    """The demand words cancel only what they ask for: «تمكنت المقاومة من طرد الحوثيين» is a taking."""
    assert _kinds("وتمكنت المقاومة الشعبية أمس من طرد الحوثيين من مدينة الضالع.") \
        == [("Battles", "Government regains territory")]


@pytest.mark.parametrize("text", [
    "وسيطرت المقاومة أمس على تلال كان المتمردون يستخدمونها في قصف الأحياء السكنية بمدينة تعز.",
    "واستعاد الجيش أمس جبلا مطلا على مدينة صرواح، حيث يستخدمه الحوثيون في قصف القرى المجاورة.",
])
def test_fire_a_place_is_used_for_is_no_event(text: str) -> None:
    """«تلال كان المتمردون يستخدمونها في قصف الأحياء», «حيث يستخدمه الحوثيون في قصف القرى»:
    what a place serves for, a habit — the taking is the event, no shelling beside it."""
    kinds = _kinds(text)
    assert kinds and not [k for k in kinds if k[0] == "Explosions/Remote violence"], kinds


def test_fire_told_with_a_past_verb_of_using_stays() -> None:
    """«استخدم الحوثيون الدبابات أمس في قصف الأحياء»: a past verb tells the day's shelling."""
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in _kinds(
        "واستخدم الحوثيون الدبابات أمس في قصف الأحياء السكنية في مدينة تعز.")


@pytest.mark.parametrize("text, kind", [
    ("وداهمت ميليشيات الحوثي أمس منزل الناشط محمد الشرعبي في مدينة إب واختطفت شقيقه الأصغر.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("وشنت ميليشيات الحوثي أمس حملة مداهمات في حي الجحملية بمدينة تعز، اختطفت خلالها ثلاثة من الشبان.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("وداهمت ميليشيات الحوثي أمس مقر جمعية خيرية في مدينة ذمار ونهبت محتوياته.",
     ("Strategic developments", "Looting/property destruction")),
])
def test_a_raid_told_with_an_abduction_or_looting_is_that_event(text: str, kind: tuple[str, str]) -> None:
    """«داهمت الميليشيات منزل الناشط … واختطفت شقيقه», «حملة مداهمات …، اختطفت خلالها …»: the raid is how the
    people were taken or the goods stolen — one event of that kind, no arrest beside it."""
    assert _kinds(text) == [kind]


def test_a_raid_with_its_own_arrest_stays_an_arrest() -> None:
    """«داهمت قوات الأمن منزلا واعتقلت ثلاثة مطلوبين»: an arrest, as before."""
    assert _kinds("وداهمت قوات الأمن أمس منزلا في مدينة عدن واعتقلت ثلاثة من عناصر الميليشيات.") \
        == [("Strategic developments", "Arrests")]


@pytest.mark.parametrize("text", [
    "وتحولت المدارس في محافظة صعدة إلى أهداف لطيران التحالف بعد أن خزن فيها الحوثيون أسلحتهم.",
    "ولا تزال معسكرات الحوثيين في محافظة ذمار هدفا سهلا لغارات التحالف.",
])
def test_a_target_of_aircraft_is_no_strike(text: str) -> None:
    """«تحولت المدارس إلى أهداف لطيران التحالف», «هدفا سهلا لغارات التحالف»: what a place is or
    has become, no air strike of a day."""
    kinds = _kinds(text)
    assert not [k for k in kinds if k[1] == "Air/drone strike"], kinds


def test_a_strike_on_a_camp_stays() -> None:
    assert _kinds("وشنت طائرات التحالف أمس غارات على معسكر للحوثيين في محافظة ذمار.") \
        == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_place_within_the_sources_governorate_places_the_event() -> None:
    """«وأكد مصدر عسكري في محافظة أبين سيطرة المقاومة على مواقع …، وهي التلال المطلة على مدينة
    لودر»: the governorate is where the source speaks from; the town a clause of the sentence with
    no event of its own names, within it, is where the taking was."""
    incidents = _incidents("وأكد مصدر عسكري في محافظة أبين سيطرة المقاومة الشعبية أمس على مواقع للحوثيين، "
                           "وهي التلال المطلة على مدينة لودر.")
    assert [(i.sub_event_type, i.location.admin1_en, i.location.kind) for i in incidents] \
        == [("Government regains territory", "Abyan", "town")], [i.location for i in incidents]


def test_the_sources_governorate_stays_when_nothing_within_it_is_named() -> None:
    incidents = _incidents("وأكد مصدر عسكري في محافظة أبين سيطرة المقاومة الشعبية أمس على مواقع للحوثيين.")
    assert [(i.sub_event_type, i.location.admin1_en, i.location.kind) for i in incidents] \
        == [("Government regains territory", "Abyan", "governorate")]
