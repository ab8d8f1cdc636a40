"""Session 42 (lev34): a pass over fresh non-Yemen conflict articles (levant seeds 3471, 3481).

- A sentence opening with the source speaking on («وأضافت المصادر أن …», «وأوضح البيان أن …»), set
  on a line of its own as wire copy does, goes on with the day of the sentence before it: an event
  of a kind that sentence told on a named day, with no day of its own, takes that day.
- A deed told right after «بعد» + a span of time + «على/من» («بعد يومين على هجوم …», «بعد وقت قصير
  على مقتل …») came that span before the day its sentence tells, unless it names a day of its own.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import violent

TUESDAY = date(2015, 8, 11)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, TUESDAY)


# -- the source speaking on, on a line of its own ----------------------------------------------------

def test_source_speaking_on_in_a_new_paragraph_keeps_the_day_told_before() -> None:
    text = ("قالت مصادر في الشرطة إن 12 شخصا قتلوا وأصيب 30 آخرون اليوم الاثنين عندما انفجرت سيارة ملغومة "
            "في سوق بمدينة بعقوبة.\nوأضافت المصادر أن خمسة آخرين قتلوا وأصيب عشرة في تفجير آخر شرقي المدينة.")
    found = _violent(text)
    assert len(found) == 2
    assert {i.date for i in found} == {"2015-08-10"}


def test_a_new_paragraph_not_speaking_on_keeps_the_article_day() -> None:
    text = ("قالت مصادر في الشرطة إن 12 شخصا قتلوا وأصيب 30 آخرون اليوم الاثنين عندما انفجرت سيارة ملغومة "
            "في سوق بمدينة بعقوبة.\nوقتل خمسة أشخاص وأصيب عشرة في تفجير عبوة ناسفة في مدينة الحلة.")
    found = _violent(text)
    assert {i.location.name_en: i.date for i in found if i.location}.get("Hillah", "2015-08-11") == "2015-08-11"


def test_speaking_on_with_a_day_of_its_own_keeps_it() -> None:
    text = ("قالت مصادر في الشرطة إن 12 شخصا قتلوا اليوم الاثنين عندما انفجرت سيارة ملغومة في سوق بمدينة بعقوبة.\n"
            "وأضافت المصادر أن خمسة قتلوا أمس الأول الأحد في تفجير آخر في مدينة الخالص.")
    found = _violent(text)
    assert "2015-08-09" in {i.date for i in found}


# -- a deed told a span of time before ---------------------------------------------------------------

def test_attack_told_days_before_the_sentence_is_dated_back() -> None:
    found = _violent("وتأتي هذه الخطوة بعد ثلاثة أيام على هجوم انتحاري أوقع 20 قتيلا في مدينة كركوك.")
    assert found and found[0].date == "2015-08-08"


def test_deaths_told_a_short_while_before_are_dated_to_the_week() -> None:
    found = _violent("ويأتي القرار بعد وقت قصير على مقتل 15 شخصا في مدينة الموصل في تفجير انتحاري.")
    assert found and found[0].date == "2015-08-08" and found[0].time_precision == 2


def test_deed_after_a_span_with_its_own_day_keeps_it() -> None:
    found = _violent("وتأتي هذه المواجهة بعد ثلاثة أيام على الهجوم الانتحاري الذي أوقع 20 قتيلا في كركوك الخميس الماضي.")
    assert found and found[0].date == "2015-08-06"


def test_fighting_a_span_long_is_not_dated_back() -> None:
    found = _violent("سيطر الجيش على البلدة أمس بعد ثلاثة أيام من المعارك مع المسلحين في محافظة الأنبار.")
    assert found and {i.date for i in found} == {"2015-08-10"}


def test_earlier_attack_told_with_the_sentence_deed_stays_with_it() -> None:
    text = "قصفت المدفعية أمس مواقع للمسلحين في مدينة كركوك، وذلك بعد ثلاثة أيام على هجوم انتحاري في المدينة."
    found = _violent(text)
    assert found and not {i.date for i in found} & {"2015-08-07", "2015-08-08"}  # not dated three days back
