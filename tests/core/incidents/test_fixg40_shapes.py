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
