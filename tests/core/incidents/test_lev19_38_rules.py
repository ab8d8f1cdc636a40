"""Rules added after a pass over fresh non-Yemen articles (seeds 3111 and 3121, session 38).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

TUESDAY = date(2015, 7, 21)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_a_definite_number_after_a_time_noun_is_a_span_no_count() -> None:
    """«خلال الساعات الـ48 الماضية», «في الأيام الثلاثة الأخيرة»: the length of a period, never
    how many were taken or killed."""
    for text, taken in (("وأكد مسؤول محلي تسجيل ثلاث حالات خطف خلال الساعات الـ48 الماضية في مدينة بعقوبة.", (None, 3)),
                        ("وقال مصدر أمني إن مسلحين خطفوا تجارا في مدينة بعقوبة خلال الأيام الثلاثة الأخيرة.", (None,))):
        [inc] = analyze(text, TUESDAY).incidents
        assert inc.sub_event_type == "Abduction/forced disappearance"
        assert inc.captured in taken, text
    [inc] = analyze("قتل 7 أشخاص في انفجار عبوة ناسفة في مدينة بعقوبة خلال الساعات الـ24 الماضية.", TUESDAY).incidents
    assert inc.fatalities == 7


def test_attacks_told_back_after_blasts_are_the_blasts() -> None:
    """«قتل 20 في سلسلة تفجيرات … واستهدف أكثر الهجمات دموية سوقا …، حيث قتل 11»: the definite
    «الهجمات» points back to the blasts of the sentence before — a bombing, not an armed clash."""
    got = analyze("وقتل 20 شخصا في سلسلة تفجيرات ضربت مدنا عراقية أمس. واستهدف أكثر الهجمات دموية سوقا "
                  "في مدينة الحلة جنوب بغداد، حيث قتل 11 شخصا وأصيب 30.", TUESDAY).incidents
    assert [i.event_type for i in got] == ["Explosions/Remote violence"]
    assert (got[0].fatalities, got[0].injured) == (11, 30)


def test_attacks_after_blasts_and_a_storming_stay_a_fight() -> None:
    """The sentence before tells a storming beside the blast: «الهجوم» may be the storming, kept a
    fight; an attack with its own armed party is its own too."""
    got = analyze("انفجرت سيارة مفخخة عند بوابة معسكر للجيش في مدينة سامراء أمس، ثم اقتحم مسلحون المعسكر. "
                  "وأسفر الهجوم عن مقتل خمسة جنود.", TUESDAY).incidents
    assert any(i.event_type == "Battles" and i.fatalities == 5 for i in got)
    got = analyze("وانفجرت عبوة ناسفة في سوق بمدينة الرمادي أمس. وفي الموصل، شن مسلحون من داعش هجوما على "
                  "حاجز للشرطة، وأسفر الهجوم عن مقتل شرطيين.", TUESDAY).incidents
    assert any(i.event_type == "Battles" and i.location.name_en == "Mosul" for i in got)


def test_the_gendarmerie_is_no_place() -> None:
    """«هجوم على مخفر للدرك في ولاية ماردين»: «الدرك» is Turkey's (or Algeria's) gendarmerie, which a
    tagger may read as a place; the incident is in the province named after it."""
    [inc] = analyze("نفذ مسلحون هجوما بعبوة ناسفة على مخفر للدرك في ولاية ماردين جنوب شرق تركيا، "
                    "ما أدى إلى مقتل جنديين.", TUESDAY).incidents
    assert inc.location.name_en == "Mardin"
    doc_places = [e.text for e in analyze("وأصيب ثلاثة من أفراد الدرك في هجوم على دورية بولاية تبسة.", TUESDAY).entities
                  if e.label == "LOCATION"]
    assert not any("الدرك" in p for p in doc_places)


def test_the_battlefield_is_no_battle() -> None:
    """«إبعاد ساحة المعركة عن القرى», «من ميدان القتال»: a field of battle names where fighting is,
    as «ساحات/أرض المعركة» do — no fight told."""
    assert analyze("ودعا زعيم القبيلة الفصائل المسلحة إلى إبعاد ساحة المعركة عن القرى الآهلة بالسكان "
                   "في ريف حماة.", TUESDAY).incidents == []
    assert analyze("وقال المتحدث إن الجيش لن يغيب عن ميدان المعركة في ريف حماة.", TUESDAY).incidents == []
