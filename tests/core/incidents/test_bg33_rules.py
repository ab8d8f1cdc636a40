"""Background events told with a relative time a month or more back (session 33, «bg»).

«قبل عام», «قبل عامين», «قبل أشهر», «قبل ثلاثة أشهر», «قبل سنوات» put an event far outside the
coding window (CODING.md: up to about a week before the article): a recap, not news. Days and
weeks back («قبل أيام», «قبل ثلاثة أيام») are left as they were. Sentences written for the tests;
the real pipeline reads them with the codability model switched off.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

DAY = date(2016, 3, 20)
LEAD = "أصيب أربعة مدنيين بقصف مدفعي على حي سكني في مدينة تعز مساء الخميس. "

pytestmark = pytest.mark.usefixtures("rules_alone")


def _places(text: str) -> list[tuple]:
    return coded(text, DAY, "admin1", "fatalities")


@pytest.mark.parametrize("when", [
    "قبل عام", "قبل عامين", "قبل أشهر", "قبل سنوات", "قبل عدة أشهر", "قبل بضعة أشهر",
    "قبل أكثر من عام", "قبل ثلاثة أشهر", "قبل 3 أشهر", "قبل خمس سنوات", "قبل عشرين عاما",
])
def test_an_event_a_month_or_more_back_is_background(when: str) -> None:
    text = LEAD + f"وقتل عشرة أشخاص في قصف على مدينة إب {when}."
    found = _places(text)
    assert [p for p, _ in found] == ["Taizz"], found
    assert all(not f for _, f in found), found  # the old toll is not folded into the day's shelling


@pytest.mark.parametrize("when", ["أمس", "قبل ثلاثة أيام", "قبل عام من بدء الحرب"])
def test_days_back_or_a_year_before_something_stay_news(when: str) -> None:
    """Days back are within the window; «قبل عام من …» is a year before what follows, not before
    the article."""
    text = LEAD + f"وقتل عشرة أشخاص في قصف على مدينة إب {when}."
    assert "Ibb" in [p for p, _ in _places(text)], _places(text)


def test_a_fronted_earlier_attack_does_not_add_its_dead() -> None:
    text = (LEAD + "وفي هجوم سابق على قاعدة عسكرية قرب مدينة إب قبل أشهر، قتل اثنان من الجنود.")
    found = _places(text)
    assert [p for p, _ in found] == ["Taizz"], found
    assert all(not f for _, f in found), found


def test_a_pluperfect_strike_a_year_ago_is_background() -> None:
    text = ("قتل خمسة مسلحين حوثيين في غارة جوية شنتها طائرات التحالف على مواقعهم في محافظة مأرب يوم "
            "الثلاثاء. وكانت طائرات التحالف قد قصفت مواقع الحوثيين في مدينة إب قبل عام، ما أدى إلى "
            "مقتل عشرين مسلحا.")
    assert [p for p, _ in _places(text)] == ["Marib"], _places(text)


def test_a_year_back_in_a_relative_clause_leaves_the_days_deed() -> None:
    """«التي سقطت … قبل عام» describes the town: the killing before it is news."""
    text = "قتل خمسة جنود أمس في هجوم شنه مسلحون على مدينة مأرب التي سقطت بيد الحوثيين قبل عام."
    assert [(p, f) for p, f in _places(text)] == [("Marib", 5)], _places(text)


@pytest.mark.parametrize("text", [
    "وأصيب خمسة جنود في هجوم شنه مسلحون على مدينة مأرب أمس حسب بيان صادر من قبل مدير عام الأمن.",
    "وقتل خمسة جنود في هجوم شنه مسلحون على مدينة مأرب أمس قبل نهاية عام كامل من المعارك.",
])
def test_a_bare_year_word_after_qabl_is_not_a_time_back(text: str) -> None:
    """«من قبل مدير عام» (by a director general), «قبل نهاية عام»: «عام» two words after «قبل»
    counts no years back; only plural units do («قبل ثلاثة أشهر», «قبل 20 عاما»)."""
    assert [p for p, _ in _places(text)] == ["Marib"], _places(text)
