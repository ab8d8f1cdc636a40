"""Rules added after the fresh-article audit a21 (seeds 2131–2133: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 3)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _where(text: str) -> list[str]:
    return [i.location.admin1_en for i in analyze(text, DAY).incidents if i.location]


def test_the_city_a_government_works_from_is_not_where_the_fight_was() -> None:
    """«مدعومة بالحكومة التي تزاول عملها من الرياض سيطرت على حي المعلا»: Riyadh is where the
    government sits (like «تتخذ من جنيف مقرا»), not the town the quarter lies in; the quarter of
    Aden stays in Aden."""
    text = ("قال متحدث عسكري أمس إن قوات من الجيش مدعومة بالحكومة اليمنية التي تزاول عملها من الرياض "
            "سيطرت على حي المعلا في عدن بعد طرد المتمردين الحوثيين منه.")
    assert _where(text) == ["Aden"]
    text = "أعلنت الحكومة اليمنية المقيمة في الرياض أن قوات الجيش استعادت أمس مدينة الحوطة من الحوثيين."
    assert _where(text) == ["Lahij"]


def test_a_quarter_of_a_yemeni_town_is_not_put_in_a_foreign_city_named_before_it() -> None:
    """«وصل الوزير من الرياض، فيما سيطرت المقاومة على حي التواهي»: a quarter the gazetteer knows
    in Yemen does not move to a Saudi city named before it in its sentence."""
    text = "قال مسؤول وصل أمس من مدينة الرياض إن المقاومة سيطرت على حي التواهي بعد معارك مع الحوثيين."
    assert "Ar Riyad" not in _where(text)
