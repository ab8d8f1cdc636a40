"""Entity audit 31b at the incident step: a local name news of Yemen places in a Yemeni governorate
(`corpus_places.json`) is not moved to Yemen in an article about another country, where the
recogniser placed it; «جنديا تركيا قتل وأصيب آخر» is one
killed and one injured.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str) -> list:
    return analyze(text, MONDAY).incidents


def test_a_yemeni_local_name_in_news_of_iraq_stays_in_iraq() -> None:
    """«منطقة المضيق» (news of Yemen put an «المضيق» in Ibb) near Ramadi, «ناحية العلم» (an «العلم»
    in Aden) in Salah ad Din: the article is about Iraq and the recogniser placed them there — the
    place and the police's country stay Iraqi."""
    text = ("أعلنت قيادة الشرطة الاتحادية العراقية صد هجوم لتنظيم داعش شرقي مدينة الرمادي. "
            "وأضافت أن قواتها دمرت ثلاث آليات للتنظيم في كمين بمنطقة المضيق.")
    incs = _incidents(text)
    assert incs and all(i.location.country == "Iraq" for i in incs), [(i.location.name_ar, i.location.country) for i in incs]
    assert all("Yemen" not in (a.name_en if a else "") for i in incs for a in (i.actor1, i.actor2))
    text = ("قالت مصادر أمنية عراقية إن القوات العراقية استعادت قضاء بيجي. "
            "وأضافت أن اشتباكات عنيفة دارت مع عناصر داعش في ناحية العلم.")
    incs = _incidents(text)
    assert incs and all(i.location.country == "Iraq" for i in incs), [(i.location.name_ar, i.location.country) for i in incs]
    assert all("Yemen" not in (a.name_en if a else "") for i in incs for a in (i.actor1, i.actor2))


def test_the_same_local_name_in_news_of_yemen_keeps_its_yemeni_governorate() -> None:
    text = ("قالت مصادر محلية في محافظة إب إن اشتباكات عنيفة اندلعت بين المقاومة الشعبية والحوثيين. "
            "وأضافت أن المواجهات دارت في منطقة المضيق.")
    places = {(i.location.country, i.location.admin1_en) for i in _incidents(text)}
    assert places == {("Yemen", "Ibb")}


def test_a_soldier_killed_and_another_wounded_on_a_border() -> None:
    """«إن جنديا تركيا قتل وأصيب آخر»: one killed, one wounded; «تركيا» is the soldier's nationality,
    the place is the border town."""
    text = "وقالت قناة تلفزيونية إن جنديا تركيا قتل وأصيب آخر برصاص أطلق من الجانب السوري قرب بلدة أقجة قلعة التركية."
    incs = _incidents(text)
    assert [(i.fatalities, i.injured) for i in incs] == [(1, 1)]
    assert incs[0].location.name_en != "Turkey"

