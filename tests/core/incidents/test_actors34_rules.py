"""Actors of incidents outside Yemen (session 34): the side a report leaves unnamed, read from the
article when the article tells it beyond doubt.

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules and the lexicon alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(inc.actor1.name_en if inc.actor1 else None, inc.actor2.name_en if inc.actor2 else None)
            for inc in analyze(text, DAY, "").incidents]


# --- a rebel group's dead in a fight no one is told fighting: the state forces the article names

def test_rebels_killed_in_a_fight_were_fought_by_the_forces_the_article_names() -> None:
    text = ("قالت مصادر في الجيش العراقي إن القوات العراقية تواصل عملياتها في المحافظة. "
            "وقتل خمسة من عناصر داعش في اشتباكات مسلحة في منطقة الحامضية شرقي الرمادي أمس.")
    assert _pairs(text) == [("Military Forces of Iraq (2014-)", "Islamic State (Iraq)")]


def test_rebels_shelled_by_no_one_named_were_shelled_by_the_forces_of_the_place() -> None:
    text = ("أعلن الجيش التركي أمس مقتل تسعة من مسلحي حزب العمال الكردستاني بقصف مدفعي "
            "في بلدة شمدينلي بولاية هكاري جنوب شرق تركيا.")
    assert _pairs(text) == [("Military Forces of Turkey (2002-)", "PKK: Kurdistan Workers Party")]


def test_no_forces_of_the_country_named_leave_the_fight_as_told() -> None:
    text = "وقتل خمسة من عناصر داعش في اشتباكات مسلحة في منطقة الحامضية شرقي الرمادي أمس."
    assert _pairs(text) == [("Islamic State (Iraq)", None)]


def test_a_rebel_group_told_attacking_keeps_its_side_alone() -> None:
    text = ("قالت مصادر في الجيش العراقي إن القوات العراقية تواصل عملياتها في المحافظة. "
            "وهاجم مسلحو داعش أمس منطقة الحامضية شرقي الرمادي واندلعت اشتباكات عنيفة.")
    assert _pairs(text) == [("Islamic State (Iraq)", None)]


def test_another_rebel_group_named_may_be_the_one_that_fought() -> None:
    """In Syria IS fights the rebels as well as the regime: an article naming both leaves the foe unnamed."""
    text = ("تقدمت قوات النظام السوري في ريف حمص، فيما تواصل فصائل المعارضة هجماتها في ريف حلب. "
            "وقتل سبعة من عناصر داعش في اشتباكات في قرية أم حوش بريف حلب الشمالي أمس.")
    assert all(a1 != "Military Forces of Syria (2000-)" for a1, _a2 in _pairs(text))


def test_a_militia_of_the_government_side_is_not_fought_by_the_state() -> None:
    text = ("قالت مصادر إن قوات النظام السوري تواصل عملياتها في ريف دمشق. "
            "وقتل ستة من مقاتلي حزب الله في اشتباكات في مدينة الزبداني أمس.")
    assert all(a1 != "Military Forces of Syria (2000-)" for a1, _a2 in _pairs(text))


# --- a bomb among people: its dead, counted by no one in particular, are civilians

def test_a_suicide_bombing_whose_dead_are_no_one_in_particular_hit_civilians() -> None:
    text = "فجر انتحاري نفسه في مركز ثقافي بمدينة سوروج التركية أمس، ما أوقع 32 قتيلا و104 جرحى."
    assert _pairs(text) == [("Unidentified Armed Group (Turkey)", "Civilians (Turkey)")]


def test_a_bomb_that_killed_persons_hit_civilians() -> None:
    text = "قتل ستة أشخاص وأصيب عشرة آخرون في انفجار عبوة ناسفة في منطقة الحسينية شمالي بغداد أمس."
    assert _pairs(text) == [("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")]


def test_a_bomb_on_a_military_convoy_did_not_hit_civilians() -> None:
    text = ("أعلنت مصادر رسمية مقتل اثنين وجرح أربعة آخرين أمس في انفجار سيارة مفخخة استهدف قافلة "
            "عسكرية في محافظة ديار بكر.")
    assert all(a2 is None or not a2.startswith("Civilians") for _a1, a2 in _pairs(text))


def test_a_suicide_bombing_of_a_gendarmerie_post_did_not_hit_civilians() -> None:
    text = "وقعت عملية انتحارية استهدفت مركزا للدرك في ولاية أغري شرق تركيا أمس وأوقعت قتيلين."
    assert all(a2 is None or not a2.startswith("Civilians") for _a1, a2 in _pairs(text))


def test_a_bomb_whose_dead_are_soldiers_did_not_hit_civilians() -> None:
    text = "انفجرت عبوة ناسفة في مدينة العريش أمس ما أدى إلى مقتل ثلاثة جنود."
    assert all(a2 is None or not a2.startswith("Civilians") for _a1, a2 in _pairs(text))


# --- «الغارات» told back with no flyer: the flyer of the strikes told before

def test_strikes_told_back_were_flown_by_who_flew_the_strikes_before() -> None:
    text = ("أعلنت وزارة الدفاع الأمريكية أن طيران التحالف الدولي نفذ 12 غارة جوية في سوريا أمس. "
            "وأوضح البيان أن الغارات استهدفت مواقع لتنظيم داعش في الحسكة.")
    pairs = _pairs(text)
    assert ("International Coalition against the Islamic State", "Islamic State (Syria)") in pairs
    assert all(a1 is not None for a1, _a2 in pairs)


def test_strikes_told_back_with_a_nationality_keep_their_own_flyer() -> None:
    text = ("أعلنت وزارة الدفاع الأمريكية أن طيران التحالف الدولي نفذ 12 غارة جوية في سوريا أمس. "
            "وقال مسؤولون إن الغارات التركية استهدفت مواقع لحزب العمال الكردستاني في جبال قنديل.")
    assert all(a1 != "International Coalition against the Islamic State" for a1, a2 in _pairs(text)
               if a2 and a2.startswith("PKK"))


def test_strikes_with_no_strike_told_before_stay_unflown() -> None:
    text = "وأوضح البيان أن الغارات استهدفت مواقع لتنظيم داعش في الحسكة أمس."
    assert all(a1 is None for a1, _a2 in _pairs(text))


# --- verb, subject, object: a party right after «استهدفت» followed by what it hit of another party

def test_the_party_after_a_targeting_verb_before_the_other_party_s_positions_acted() -> None:
    text = "استهدفت الفصائل المعارضة تمركزات لقوات النظام بقذائف الهاون في محيط قرية الغاصبية بريف حمص أمس."
    assert _pairs(text) == [("Opposition Rebels (Syria)", "Military Forces of Syria (2000-)")]


def test_a_party_alone_after_a_targeting_verb_is_still_hit() -> None:
    text = "استهدفت المدفعية مواقع الفصائل المعارضة في محيط قرية الغاصبية بريف حمص أمس."
    assert all(a1 != "Opposition Rebels (Syria)" for a1, _a2 in _pairs(text))


# --- lexicon: leaders counted among the dead; the regime's aircraft

def test_leaders_of_a_group_killed_are_the_side_hit() -> None:
    text = ("أعلن مصدر في قيادة عمليات الأنبار أن القوات العراقية تتقدم في المحافظة. "
            "وقتل سبعة من قادة تنظيم داعش بقصف مدفعي استهدف موكبا لهم في حي نزال وسط مدينة الفلوجة أمس.")
    assert _pairs(text) == [("Military Forces of Iraq (2014-)", "Islamic State (Iraq)")]


def test_the_regime_s_helicopters_fly_for_the_syrian_army() -> None:
    text = "ألقت طائرات النظام المروحية أمس براميل متفجرة على مناطق في بلدة الغنطو بريف حمص الشمالي."
    assert [a1 for a1, _a2 in _pairs(text)] == ["Military Forces of Syria (2000-)"]
