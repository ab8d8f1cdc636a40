"""Rules added after the audit of fresh SaudiNewsNet Yemen articles (seeds 2721 and 2722,
session 31): a plan's or a warning's reach stops where a report begins; arms seized are a
Disrupted weapons use; a town ranked within its governorate («ثاني أكبر مدن محافظة أبين») lies there.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

FRIDAY = date(2015, 7, 31)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str, day: date = FRIDAY) -> list[tuple[str, str]]:
    return sorted((i.sub_event_type, i.location.admin1_en if i.location else "") for i in analyze(text, day).incidents)


@pytest.mark.parametrize("text, expected", [
    # a participle of what the source reports ends the warning's reach: the clash it reveals was told as done
    ("وحذرت مصادر إعلامية في العاصمة صنعاء من انشقاقات في صفوف الحوثيين، كاشفة عن اشتباكات عنيفة "
     "وقعت أمس بين قوات الجيش والحوثيين في مديرية بني حشيش.", [("Armed clash", "Sanaa")]),
    ("وحذرت مصادر محلية من سقوط مدينة الحوطة مشيرة إلى أن اشتباكات عنيفة اندلعت أمس بين المقاومة "
     "والحوثيين في مدينة الحوطة بمحافظة لحج.", [("Armed clash", "Lahij")]),
    # a past verb of occurrence: the clashes that «took place» are told, from their noun on
    ("ويستعد الحوثيون لاقتحام مدينة زنجبار بعد مواجهات عنيفة دارت أمس بين المقاومة الشعبية "
     "والحوثيين في المدينة.", [("Armed clash", "Abyan")]),
    # what the participle adds is still ahead, or nothing follows the plan: nothing is told
    ("ويستعد الحوثيون لاقتحام مدينة الحوطة بمحافظة لحج خلال ساعات، مؤكدين أنهم سيسيطرون على قاعدة العند.", []),
    ("ويستعد الحوثيون لاقتحام مدينة الحوطة بمحافظة لحج.", []),
])
def test_a_plan_stops_where_a_report_begins(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # weapons or military equipment seized: a Disrupted weapons use, the seize verb far from the arms
    ("ضبط الجيش الوطني والمقاومة في محافظة مأرب قاطرتين تقلان أسلحة وذخائر مهربة.",
     [("Disrupted weapons use", "Marib")]),
    ("ضبطت نقطة أمنية تابعة للمقاومة في محافظة مأرب قاطرة محملة بالأسلحة والذخائر.",
     [("Disrupted weapons use", "Marib")]),
    ("أعلنت قوات الجيش مصادرة شحنة صواريخ كانت في طريقها للحوثيين في محافظة الجوف.",
     [("Disrupted weapons use", "Al Jawf")]),
    ("ضبطت المقاومة في محافظة مأرب قاطرتين تقلان أجهزة تنصت عسكرية.", [("Disrupted weapons use", "Marib")]),
    # no arms seized, or a seizure only aimed at: nothing
    ("ضبطت المقاومة في محافظة مأرب قاطرتين تحملان مواد غذائية.", []),
    ("تسعى قوات الجيش إلى ضبط الأسلحة المهربة في محافظة مأرب.", []),
])
def test_arms_seized_are_a_disrupted_weapons_use(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the governorate a town is ranked within is where it lies, and the town named after «وهي» is it
    ("حققت المقاومة انتصارات تمثلت في تحرير ثاني أكبر مدن محافظة أبين وهي مدينة لودر.",
     [("Government regains territory", "Abyan")]),
    ("سيطرت المقاومة الشعبية أمس على ثالث أكبر مدن محافظة شبوة.", [("Government regains territory", "Shabwah")]),
    # the cities it is ranked after are no place of the event
    ("اندلعت اشتباكات عنيفة بين المقاومة والحوثيين في مدينة إب، ثاني أكبر مدينة في البلاد بعد صنعاء.",
     [("Armed clash", "Ibb")]),
])
def test_a_town_ranked_within_its_governorate_lies_there(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text", [
    "وتوقعت مصادر في المقاومة سقوط قاعدة العند في محافظة لحج بيد المقاومة الشعبية خلال ساعات.",
    "وتوقع المحلل العسكري اقتراب حسم معركة قاعدة العند في محافظة لحج لصالح المقاومة الشعبية.",
    "ومن المتوقع أن تسيطر قوات الجيش الوطني على مدينة زنجبار في محافظة أبين.",
    "ويتوقع مراقبون أن تشهد مدينة تعز مواجهات عنيفة بين المقاومة الشعبية والحوثيين.",
    "وتتوقع المقاومة الشعبية بدء الهجوم لاستعادة مدينة الحوطة من الحوثيين.",
])
def test_what_is_expected_is_no_event(text: str) -> None:
    assert _kinds(text) == []


def test_what_was_done_before_the_forecast_is_still_told() -> None:
    """The forecast reaches over what follows it in its clause only: the taking told before it,
    in a clause of its own, is an event; so is a clash told after «بعد أن» + a past verb."""
    text = ("سيطرت المقاومة الشعبية أمس على منطقة العلم شرق مدينة عدن، "
            "وتوقعت مصادر في المقاومة سقوط قاعدة العند خلال ساعات.")
    assert _kinds(text) == [("Government regains territory", "Aden")]
    text = ("وتوقعت المصادر سقوط مدينة الحوطة خلال ساعات بعد أن اندلعت أمس اشتباكات عنيفة بين "
            "المقاومة الشعبية والحوثيين في مدينة الحوطة بمحافظة لحج.")
    assert _kinds(text) == [("Armed clash", "Lahij")]


def test_a_forecast_stops_where_the_report_after_it_begins() -> None:
    """«توقعت مصادر حدوث انشقاقات …، كاشفة عن اشتباكات وقعت …»: the forecast is no event, the clash
    the sources reveal after it is."""
    text = ("وتوقعت مصادر إعلامية في العاصمة صنعاء حدوث انشقاقات في صفوف الحوثيين، كاشفة عن اشتباكات "
            "عنيفة وقعت أمس بين قوات الجيش والحوثيين في مديرية بني حشيش.")
    assert _kinds(text) == [("Armed clash", "Sanaa")]
    assert _kinds("وتوقعت مصادر إعلامية في العاصمة صنعاء حدوث انشقاقات في صفوف الحوثيين.") == []
