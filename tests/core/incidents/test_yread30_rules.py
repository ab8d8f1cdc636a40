"""Rules from the session-30 review of the read parts' misses and extras (branch yread).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.entities import dates
from core.pipeline import analyze

DAY = date(2015, 8, 5)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, DAY, "").incidents]


@pytest.mark.parametrize("text", [
    "وسيطرت المقاومة أمس على جبل في مديرية مشرعة وحدنان، وكان الموقع تحت سيطرة الحوثيين الذين استخدموه لقصف القرى المجاورة.",
    "وخسرت المقاومة أمس موقعا استراتيجيا في جبل صبر استخدمه الحوثيون لقصف القرى المجاورة.",
    "وسيطرت المقاومة أمس على المعسكر في مدينة الضالع، حيث كان المتمردون يستغلونه في قصف المدينة.",
])
def test_what_a_place_was_used_for_is_no_shelling(text: str) -> None:
    """«الذين استخدموه لقصف القرى», «موقعا استخدمه الحوثيون لقصف …»: a past verb of using that
    carries the place as its pronoun, with no «و» before it, is a relative clause describing the
    place; «يستغلونه في قصف المدينة» is a present verb of using like «يستخدمونه». No shelling."""
    assert not [k for k in _kinds(text) if k[0] == "Explosions/Remote violence"], _kinds(text)


def test_a_coordinated_past_verb_of_using_still_tells_the_shelling() -> None:
    """«واستخدموها أمس في قصف الأحياء»: the verb joined by «و» is a deed of its own."""
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in _kinds(
        "ونشر الحوثيون دبابات في جبل صبر واستخدموها أمس في قصف الأحياء السكنية في مدينة تعز.")


@pytest.mark.parametrize("text", [
    "وسيطر الحوثيون على العاصمة صنعاء في 2014.",
    "ونجح الحوثيون في 2014 في بسط سيطرتهم على العاصمة صنعاء.",
])
def test_a_past_year_after_fi_is_background(text: str) -> None:
    """«في 2014» alone (no «عام») is a year: the taking of Sanaa told with it is history."""
    assert _kinds(text) == []


def test_the_articles_own_year_after_fi_keeps_the_day() -> None:
    """«هي الأعنف في 2015»: the article's own year says nothing against yesterday's clash."""
    incs = analyze("وقتل 5 حوثيين أمس في اشتباكات مع المقاومة في مدينة تعز، هي الأعنف في 2015.", DAY, "").incidents
    assert [(i.event_type, i.date) for i in incs] == [("Battles", "2015-08-04")]


def test_fi_before_a_year_is_a_date_and_before_other_numbers_is_not() -> None:
    def found(text: str) -> list[tuple[str, str]]:
        return [(s.text, s.attrs["iso"]) for s in dates.find(analyze(text, DAY, until="tokenise").doc)]
    assert found("وقتل العشرات في 2012 في مدينة عدن.") == [("في 2012", "2012-01-01")]
    assert found("وشن التحالف في 1500 غارة على صعدة.") == []
    assert found("ثم في 2011م.") == [("2011م", "2011-01-01")]  # a marked year is read as before
