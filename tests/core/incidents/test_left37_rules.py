"""Shapes earlier sessions left (session 37, s37-left): foreign civilians named by their
nationality, the reporting army no side, Iran's regime words. Sentences written for the tests in
the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _sides(text: str) -> list[tuple[str, str, str]]:
    an = analyze(text, MONDAY)
    return [(i.sub_event_type, i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
            for i in an.incidents]


# -- foreign civilians: ACLED names civilians abroad by their nationality ------------------------

@pytest.mark.parametrize("text, civilians", [
    ("قتل ثلاثة سياح تشيكيين أمس في هجوم شنه مسلحون مجهولون على حافلة سياحية قرب مدينة الأقصر.",
     "Civilians (Czech Republic)"),
    ("أصيب أربعة مواطنين أتراك بجروح أمس في انفجار عبوة ناسفة استهدفت سيارتهم في مدينة الموصل.",
     "Civilians (Turkey)"),
    ("قتل مسلحون مجهولون أمس ثلاثة سياح ألمان في هجوم على فندق في مدينة سوسة التونسية.",
     "Civilians (Germany)"),
])
def test_foreign_civilians_take_their_nationality(text: str, civilians: str) -> None:
    """«سياح تشيكيين», «مواطنين أتراك», «سياح ألمان» (tourists are civilians; a broken plural is a
    nationality form too): "Civilians (Czech Republic)", not the civilians of the place's country
    nor no victim at all."""
    sides = _sides(text)
    assert sides and sides[0][2] == civilians, sides


def test_broken_plural_agrees_in_definiteness() -> None:
    """«الألمان» is definite and «ألمان» (read «المان») indefinite: the nationality still agrees."""
    from core.entities.lexicon import lexicons
    from core.entities.matcher import pattern_key

    nat = lexicons().nationalities
    assert nat[" ".join(pattern_key("ألمان"))] == ("Germany", True)
    assert nat[" ".join(pattern_key("الأتراك"))] == ("Turkey", True)


def test_local_civilians_unchanged() -> None:
    """Tourists of no nationality told are the place's civilians."""
    sides = _sides("قتل مسلحون مجهولون أمس ثلاثة سياح في هجوم على فندق في مدينة سوسة التونسية.")
    assert sides and sides[0][2] == "Civilians (Tunisia)", sides
