"""Protests, riots and arrests (session 38, protests7): a coder's reading of 16 protest-pool articles
outside Yemen (sampler seeds 3051, 3061). Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

TUESDAY = date(2015, 7, 21)


def _places(text: str) -> list[str]:
    an = analyze(text, TUESDAY)
    return [i.location.name_en for i in an.incidents if i.location]


# -- capitals the gazetteer lacked or spelt one way only -------------------------------------------

@pytest.mark.parametrize("text", [
    "أطلقت الشرطة البوروندية النار على المتظاهرين أمس في مدينة بوجمبورا مما أدى إلى إصابة ثلاثة منهم.",
    "وأصيب أربعة متظاهرين برصاص الشرطة مساء أمس في مدينة بوجومبورا.",
])
def test_bujumbura_places_a_protest(text: str) -> None:
    """Bujumbura (Burundi's largest city, its capital until 2019; «بوجمبورا», «بوجومبورا») is a
    curated GeoNames town (tier B: a head word or its context names it; the sampled article's bare
    «في بوجمبورا» is placed by its context): the repression of protesters there is placed (was: no place,
    no event)."""
    assert "Bujumbura" in _places(text)


def test_caracas_written_without_its_alif() -> None:
    """«كراكاس» as well as GeoNames' «كاراكاس»."""
    assert "Caracas" in _places("وتظاهر الآلاف أمس في كراكاس احتجاجا على نقص المواد الغذائية.")


# -- goods and papers impounded are no arrest -------------------------------------------------------

def _arrests(text: str):
    an = analyze(text, TUESDAY)
    return [i for i in an.incidents + an.set_aside if i.sub_event_type == "Arrests"]


@pytest.mark.parametrize("text", [
    "وعثر مأمور الجمرك في مطار القاهرة أمس على 300 علبة سجائر في حقيبة أحد الركاب وتم احتجاز المضبوطات وتحرير محضر.",
    "وقررت السلطات في مطار القاهرة أمس احتجاز جوازات سفر عشرة ناشطين.",
])
def test_goods_and_papers_impounded_are_no_arrest(text: str) -> None:
    """«تم احتجاز المضبوطات», «احتجاز جوازات سفر …» (`impounded_items` right after the holding word,
    before any person): property impounded, no one held."""
    assert not _arrests(text)


def test_people_held_before_their_papers_stay_arrested() -> None:
    assert _arrests("واحتجزت الشرطة المصرية أمس في مطار القاهرة ثلاثة ناشطين وصادرت جوازات سفرهم.")

