"""Incident rules for news of other countries than Yemen (session 36, lev11: seed 2971).

Sentences written for the tests in the style of the news; the codability model is switched off, so
each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 2)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _incidents(text: str):
    return analyze(text, DAY).incidents


def _kinds(text: str) -> list[str]:
    return sorted(i.sub_event_type for i in _incidents(text))


def test_suicide_bombers_counted_among_the_dead_of_a_fight_make_no_bombing():
    # «بينهم أربعة انتحاريين»: bombers killed in the fight, before they blew themselves up
    incs = _incidents("قالت قيادة العمليات إن القوات الأمنية قتلت 15 عنصرا من التنظيم بينهم أربعة انتحاريين "
                      "خلال صد هجوم على مواقعها في قضاء هيت بمحافظة الأنبار.")
    assert [i.sub_event_type for i in incs] == ["Armed clash"]
    assert incs[0].fatalities == 15
    # the toll in a clause of its own joins the fight, not a bombing of its own
    incs = _incidents("أعلنت الشرطة اليوم عن صد هجوم شنه مسلحو التنظيم على ناحية البغدادي غرب الرمادي، "
                      "وقتل تسعة من المهاجمين بينهم انتحاريان.")
    assert [i.sub_event_type for i in incs] == ["Armed clash"]
    assert incs[0].fatalities == 9
    # a count after a killing word: «قتل 10 انتحاريين»
    assert "Suicide bomb" not in _kinds("تمكنت قوات الجيش من قتل 6 انتحاريين حاولوا الاقتراب من مواقعها "
                                        "في ناحية الكرمة شرق الفلوجة.")


def test_a_bomber_among_the_dead_of_a_blast_is_still_a_suicide_bombing():
    assert _kinds("قتل سبعة أشخاص بينهم انتحاري في تفجير استهدف سوقا شعبية في مدينة بعقوبة صباح اليوم.") \
        == ["Suicide bomb"]
    # no count before the noun: the bomber is the one who kills
    assert _kinds("قتل انتحاري عشرة أشخاص في سوق شعبية بمدينة بعقوبة صباح اليوم.") == ["Suicide bomb"]


def test_a_period_tally_told_beside_an_event_does_not_join_its_toll():
    # «التي قتل نحو 30 من أفرادها منذ بداية العام»: the period's dead of the party attacked
    incs = _incidents("قال مصدر عسكري إن مسلحين شنوا هجوما على دورية للجيش التي قتل نحو 30 من أفرادها "
                      "منذ بداية العام في مدينة العريش، وأضاف أن الهجوم أدى إلى مقتل جنديين.")
    assert len(incs) == 1 and incs[0].fatalities == 2
    # a clause of its own telling the war's dead after a strike
    incs = _incidents("قصفت طائرات التحالف مواقع للتنظيم في مدينة الرقة أمس، وقتل أكثر من ألفي شخص منذ "
                      "اندلاع الصراع.")
    assert [i.sub_event_type for i in incs] == ["Air/drone strike"]
    assert incs[0].fatalities in (0, None)


def test_the_dead_of_a_fight_told_since_it_began_still_count():
    incs = _incidents("قتل 12 شخصا في اشتباكات بين الجيش ومسلحين منذ بدء الهجوم على بلدة الشيخ زويد صباح اليوم.")
    assert [i.sub_event_type for i in incs] == ["Armed clash"]
    assert incs[0].fatalities == 12


def test_a_town_the_gathering_stood_with_is_not_where_the_bombing_was():
    incs = _incidents("قتل 20 شخصا في تفجير انتحاري استهدف مركزا ثقافيا في مدينة سروج التركية أمس.\n"
                      "وقال شهود إن الانتحاري فجر نفسه وسط تجمع للطلاب في المركز بهدف التضامن مع مدينة كوباني.")
    assert [(i.sub_event_type, i.location.country) for i in incs] == [("Suicide bomb", "Turkey")]
