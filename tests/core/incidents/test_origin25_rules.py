"""A place told with «التي … منها» (the place fire or forces set out from) is the origin of the
fire that relative clause tells, not of an event whose own trigger names the place before it:
«شنت طائرات التحالف غارات على مديرية كرش التي تقصف منها الميليشيات مدينة تعز» is a strike on
Kirsh, and Taizz is the target of the militias' shelling, not of the strike.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 2)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((i.sub_event_type, i.location.text if i.location else "") for i in analyze(text, DAY).incidents)


@pytest.mark.parametrize("text, kind", [
    ("وشنت طائرات التحالف أمس غارات على مديرية كرش التي تقصف منها الميليشيات مدينة الحوطة.", "Air/drone strike"),
    ("وقصفت مدفعية الجيش أمس مواقع الحوثيين في مديرية كرش التي يقصفون منها مدينة الحوطة.",
     "Shelling/artillery/missile attack"),
    ("وسيطرت المقاومة أمس على مديرية كرش التي كانت الميليشيات تقصف منها مدينة الحوطة.", "Government regains territory"),
    ("ودارت اشتباكات عنيفة أمس في مديرية كرش التي كانت الميليشيات تقصف منها مدينة الحوطة.", "Armed clash"),
    ("وتمكنت المقاومة من تمشيط مديرية كرش التي قصفت منها الميليشيات مدينة الحوطة أمس.", "Government regains territory"),
])
def test_an_event_whose_trigger_names_the_origin_place_happens_there(text: str, kind: str) -> None:
    """The strike on, the taking of, the fight or combing in a place the relative clause tells
    fire came from: the event's own target or scene; the relative clause's target (الحوطة) is the
    other fire's, not this event's."""
    assert _found(text) == [(kind, "كرش")]


def test_a_list_of_targets_goes_on_after_the_relative_clause() -> None:
    """«… التي تقصف منها الميليشيات مدينة الحوطة وعلى مواقع في مديرية تبن»: «وعلى» goes on with
    the strike's targets after the relative clause ends."""
    found = _found("وشنت طائرات التحالف أمس غارات على مديرية كرش التي تقصف منها الميليشيات مدينة الحوطة "
                   "وعلى مواقع في مديرية تبن.")
    assert found == [("Air/drone strike", "كرش"), ("Air/drone strike", "مديرية تبن")]


@pytest.mark.parametrize("text", [
    "وقصفت الميليشيات أمس مدينة الحوطة من مديرية كرش التي كانت تقصف منها المدينة.",
    "ومن مديرية كرش التي قصفت منها الميليشيات أمس مدينة الحوطة قتل خمسة مدنيين.",
    "وقتل خمسة مدنيين أمس في قصف على مدينة الحوطة من مديرية كرش التي قصفت منها الميليشيات المدينة.",
])
def test_the_fire_the_relative_clause_tells_still_falls_on_its_target(text: str) -> None:
    """The other direction: the fire told from the origin place (its trigger inside the relative
    clause, or the place after «من») is placed where it fell, not where it came from."""
    assert _found(text) == [("Shelling/artillery/missile attack", "مدينة الحوطة")]
