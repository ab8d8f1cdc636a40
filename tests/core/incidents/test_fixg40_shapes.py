"""Shapes a non-Yemen pass of session 40 left (fixg40): an Iraqi operations command («قيادة عمليات بغداد»)
announcing the enemy it killed is the Iraqi army, the side that killed them; its headquarters as a place is no
actor. Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _incidents(text: str):
    return [i for i in analyze(text, MONDAY).incidents if "no_place" not in i.flags]


def _actor1(inc) -> str:
    return inc.actor1.name_en if inc.actor1 else ""


def test_operations_command_announcing_kills_is_the_iraqi_army() -> None:
    [inc] = _incidents("أعلنت قيادة عمليات بغداد عن مقتل 17 داعشيا في قضاء الطارمية شمال بغداد.")
    assert "Iraq" in _actor1(inc) and inc.fatalities == 17


def test_operations_command_of_a_province_with_its_shelling() -> None:
    [inc] = _incidents("وأعلنت قيادة عمليات صلاح الدين مقتل 12 من عناصر تنظيم داعش في قصف مدفعي "
                       "على مواقعهم قرب قضاء بيجي.")
    assert "Iraq" in _actor1(inc)
    assert inc.actor2 is not None and "Islamic State" in inc.actor2.name_en


def test_operations_command_headquarters_is_no_actor() -> None:
    doc = analyze("وعقد اجتماع أمني في مقر قيادة عمليات الأنبار لبحث خطط حماية الطرق.", MONDAY)
    assert not any(e.label == "ARMED_ACTOR" for e in doc.entities)


# -- a condemnation names an attack told elsewhere, unless its clause dates it ----------------------

def test_a_condemned_strike_is_no_event() -> None:
    text = ("دانت جامعة الدول العربية القصف التركي لمناطق في شمال العراق، ودعت أنقرة إلى احترام سيادة العراق. "
            "واستنكر الأمين العام للجامعة في بيان الغارات التركية على قرى إقليم كردستان.")
    assert _incidents(text) == []


def test_a_condemned_attack_the_clause_dates_is_told() -> None:
    text = ("واستنكر الشيخ التفجير الإرهابي الذي وقع في مسجد بمدينة أبها أمس، "
            "وأسفر عن مقتل خمسة من رجال الأمن.")
    assert len(_incidents(text)) == 1


def test_the_attack_told_beside_its_condemnation_stays() -> None:
    text = ("قتل سبعة جنود أتراك في هجوم شنه مسلحون من حزب العمال الكردستاني على موقع عسكري في ولاية هكاري يوم الأحد. "
            "ودانت الجامعة العربية الهجوم الذي استهدف الجنود الأتراك.")
    [inc] = _incidents(text)
    assert inc.fatalities == 7
