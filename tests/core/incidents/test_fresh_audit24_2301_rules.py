"""Rules added after the fresh-article audit of session 24 (seed 2301: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

DAY = date(2015, 7, 21)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple[str, str]]:
    return coded(text, DAY, "sub_event_type", "admin1")


@pytest.mark.parametrize("text", [
    "وأفادت مصادر ميدانية أمس بأن وحدات الجيش المسنودة بغارات التحالف الذي تقوده السعودية استعادت "
    "مواقع في أطراف مدينة زنجبار.",
    "وأكد المصدر أن قوات الجيش المسنودة بالتحالف العربي الذي تقوده المملكة حررت مدينة زنجبار.",
])
def test_a_relative_clause_inside_an_actors_name_does_not_describe_the_trigger_after_it(text: str) -> None:
    """«التحالف الذي تقوده السعودية» is a name: the past verb after it («استعادت», «حررت») is the
    sentence's own taking, not what a place habitually sees («التي تنطلق منها صواريخ الحوثي»)."""
    assert ("Government regains territory", "Abyan") in _kinds(text), _kinds(text)


def test_a_relative_clause_of_a_place_still_describes_it() -> None:
    """What happens at a place told in its relative clause stays a description (the rule above
    only reads past a relative clause inside an actor's name)."""
    text = "وتقدمت القوات أمس نحو مناطق في محافظة لحج التي تنطلق منها صواريخ الحوثيين."
    assert not any(k == "Shelling/artillery/missile attack" for k, _ in _kinds(text)), _kinds(text)


@pytest.mark.parametrize("text", [
    "ولا تزال المعارك دائرة في أحياء مدينة الحوطة بمحافظة لحج بعد اندلاعها منذ أيام.",
    "ولا تزال المعارك مستمرة في مدينة الحوطة بمحافظة لحج منذ أيام.",
    "وما زالت الاشتباكات متواصلة في مدينة الحوطة بمحافظة لحج منذ أيام.",
])
def test_fighting_still_going_on_for_days_is_news_of_the_day(text: str) -> None:
    """«ولا يزال الاقتتال دائرا في الحوطة بعد تفجره منذ أيام»: the days are when the fight broke
    out or how long it has lasted; the fight is told as going on — a clash of the report's day,
    not a recap of days back."""
    found = analyze(text, DAY, "").incidents
    clashes = [i for i in found if i.sub_event_type == "Armed clash" and i.location and i.location.admin1_en == "Lahij"]
    assert clashes, [(i.sub_event_type, i.location) for i in found]
    assert clashes[0].date == DAY.isoformat()


@pytest.mark.parametrize("text", [
    "وكانت المقاومة قد سيطرت على مدينة الحوطة بمحافظة لحج قبل أيام.",
    "وكانت المعارك قد اندلعت في مدينة الحوطة بمحافظة لحج قبل أيام.",
])
def test_an_event_told_days_back_stays_a_recap(text: str) -> None:
    """Without a word of lasting, «قبل أيام» still makes the clause a recap."""
    assert _kinds(text) == [], _kinds(text)


def test_rebel_militias_are_never_the_resistance_named_beside_them() -> None:
    """«هاجمت الميليشيات المتمردة مواقع المقاومة الشعبية»: the generic rebel word stands for the
    article's main non-state actor — never a militia of the government's side, even when the
    Resistance is the only non-state actor the article names."""
    text = "هاجمت الميليشيات المتمردة أمس مواقع المقاومة الشعبية في مديرية كرش بمحافظة لحج."
    found = analyze(text, DAY, "").incidents
    assert found, found
    names = [(i.actor1.name_en if i.actor1 else None, i.actor2.name_en if i.actor2 else None) for i in found]
    assert all(a1 != "Popular Resistance" for a1, _ in names), names
    assert any(a2 == "Popular Resistance" for _, a2 in names), names


@pytest.mark.parametrize("text", [
    "وقمعت ميليشيات الحوثي أمس مسيرة سلمية في مدينة إب خرج فيها مئات المواطنين للمطالبة بالإفراج عن المختطفين.",
    "وقامت قوات الأمن أمس بقمع مظاهرة سلمية في مدينة تعز.",
])
def test_a_protest_suppressed_met_an_intervention(text: str) -> None:
    """«قمعت الميليشيات مسيرة سلمية», «بقمع مظاهرة»: a verb of suppressing before the protest tells
    that it met an intervention, not a peaceful protest."""
    assert [k for k, _ in _kinds(text)] == ["Protest with intervention"], _kinds(text)


def test_the_repression_a_protest_denounces_is_no_intervention() -> None:
    """«خرجوا في مسيرة تنديدا بقمع المتظاهرين»: the repression is the protest's topic."""
    text = "وخرج مئات المواطنين أمس في مسيرة سلمية في مدينة تعز تنديدا بقمع المتظاهرين."
    assert [k for k, _ in _kinds(text)] == ["Peaceful protest"], _kinds(text)
