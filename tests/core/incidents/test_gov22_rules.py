"""Governorate rules added after the gov22 error analysis of the read parts (a gold incident in one
governorate, the pipeline's incident of the same type in another).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 26)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _govs(text: str) -> list[str]:
    return [inc.location.admin1_en if inc.location else "" for inc in analyze(text, DAY).incidents]


def test_the_azal_resistance_is_an_actor_not_the_azal_district() -> None:
    """«مقاومة آزال» is the resistance of the Azal region (Sanaa, Amran, Dhamar, Saada), named like
    «مقاومة تعز»; read as a place it was Azal, a district of the capital, and it took the
    governorate of the town the attack was in («مدينة معبر», Dhamar)."""
    text = "وتبنت مقاومة آزال أمس مقتل أربعة من مسلحي الحوثي في هجوم على نقطة تفتيش في مدينة معبر."
    assert _govs(text) == ["Dhamar"]
    inc = analyze(text, DAY).incidents[0]
    assert "Popular Resistance" in inc.summary_en
    text = "وقال بيان لمقاومة إقليم آزال إن عناصرها ألقوا قنبلة يدوية على طقم للحوثيين في مدينة معبر."
    assert set(_govs(text)) == {"Dhamar"}
