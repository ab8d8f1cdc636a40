"""Protests, riots and arrests (session 38, protests6): a coder's reading of 24 protest-pool articles
outside Yemen (sampler seeds 3031, 3041). Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _all(text: str):
    an = analyze(text, MONDAY)
    return an.incidents + an.set_aside


# -- a place of detention named is no arrest --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ووصل وفد الأهالي أمس إلى مكان احتجاز الجنود في جبال القلمون بعد رحلة استغرقت ساعتين.",
    "وتوفي ثلاثة أشخاص الشهر الماضي داخل مراكز الاحتجاز العسكرية في إقليم بلوشستان.",
    "ونقلت السلطات الإيطالية المهاجرين أمس إلى مراكز احتجاز في جزيرة صقلية.",
    "وطالبت المنظمة السلطات بالكشف عن أماكن احتجازهم في مدينة القدس.",
    "ونقل الصحفيون أمس إلى معسكرات اعتقال قرب مدينة الموصل.",
])
def test_a_place_of_detention_is_no_arrest(text: str) -> None:
    """«مكان احتجاز العسكريين», «مراكز الاحتجاز», «معسكرات اعتقال»: a holding or arrest word right
    after a word for a place (`detention_places`) names where people are held, not an arrest."""
    assert not [i for i in _all(text) if i.sub_event_type == "Arrests"]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة التركية أمس عشرة أشخاص في إسطنبول ونقلتهم إلى مركز احتجاز.",
    "احتجزت قوات الأمن المصرية أمس ثلاثة صحفيين في مكان مجهول بمدينة العريش.",
])
def test_an_arrest_beside_a_place_of_detention_stays(text: str) -> None:
    """The arrest word itself, not after a place word, is still an arrest."""
    assert [i for i in _all(text) if i.sub_event_type == "Arrests"]

