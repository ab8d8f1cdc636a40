"""Old events told as if new, and the dates of events told beside another day (session 34, «background»).

- A weekday naming the prayer («خلال صلاة الجمعة») is the time of the old deed a cue of the past
  («سبق أن») tells, not a day of news that overrules the cue.
- A sentence opening with «كما», with no date of its own, right after a sentence told only as the
  past goes on telling that history.
- A date told inside a relative clause after its trigger («التي شهدت معارك بين سبتمبر ويناير»)
  is the deed's, not the main clause's «اليوم».
- «غداة» + an event: the event is of the day before the sentence's day; a day before «أن» after a
  verb of telling dates the telling, not the deed told after it.

Sentences written for the tests; the real pipeline reads them with the codability model switched off.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded

SUNDAY = date(2015, 7, 26)
TUESDAY = date(2015, 8, 4)
LEAD = "قتل ثلاثة عناصر من الشرطة اليوم الثلاثاء في هجوم مسلح على نقطة تفتيش في مدينة الرمادي. "

pytestmark = pytest.mark.usefixtures("rules_alone")


def _places(text: str, day: date = TUESDAY) -> list[str]:
    return [p for (p,) in coded(text, day, "place")]


def _dates(text: str, day: date = SUNDAY) -> list[tuple]:
    return coded(text, day, "place", "date")


@pytest.mark.parametrize("prayer", ["خلال صلاة الجمعة", "أثناء أداء صلاة الجمعة", "خلال خطبة الجمعة"])
def test_a_prayer_weekday_does_not_make_history_news(prayer: str) -> None:
    text = LEAD + f"ويذكر أن مسلحي التنظيم سبق أن فجروا مسجدا في مدينة الموصل {prayer}، ما أدى إلى مقتل عشرين مصليا."
    assert "مدينة الموصل" not in _places(text), _places(text)


def test_a_day_the_cue_reaches_still_dates_the_deed() -> None:
    """A day of news in the clause still overrules the cue («سبق أن اقتحموا أمس»)."""
    text = LEAD + "وقال شهود إن المسلحين سبق أن فجروا أمس مسجدا في مدينة الموصل، ما أدى إلى مقتل عشرين مصليا."
    assert "مدينة الموصل" in _places(text), _places(text)


def test_a_kama_sentence_goes_on_with_the_history_before() -> None:
    text = (LEAD + "ويذكر أن مسلحي التنظيم سبق أن فجروا مسجدا في مدينة الموصل، ما أدى إلى مقتل عشرين مصليا. "
            "كما قام التنظيم بتفجير سيارة مفخخة قرب سوق شعبي في مدينة كركوك، ما أسفر عن مقتل سبعة أشخاص.")
    assert _places(text) == ["مدينة الرمادي"], _places(text)


def test_a_kama_sentence_after_the_news_is_news() -> None:
    text = (LEAD + "كما قام التنظيم بتفجير سيارة مفخخة قرب سوق شعبي في مدينة كركوك، ما أسفر عن مقتل سبعة أشخاص.")
    assert "مدينة كركوك" in _places(text), _places(text)


def test_a_kama_sentence_with_its_own_day_is_news() -> None:
    text = (LEAD + "ويذكر أن مسلحي التنظيم سبق أن فجروا مسجدا في مدينة الموصل، ما أدى إلى مقتل عشرين مصليا. "
            "كما فجر التنظيم اليوم سيارة مفخخة قرب سوق شعبي في مدينة كركوك، ما أسفر عن مقتل سبعة أشخاص.")
    assert "مدينة كركوك" in _places(text), _places(text)


def test_a_history_relative_clause_takes_its_own_date() -> None:
    text = "زار وزير الدفاع اليوم الاثنين مدينة الرقة التي شهدت معارك عنيفة بين سبتمبر ويناير الماضيين."
    assert coded(text, date(2015, 7, 27), "place") == [], coded(text, date(2015, 7, 27), "place")


def test_a_relative_clause_dated_yesterday_is_news_of_yesterday() -> None:
    text = "زار وزير الدفاع اليوم مدينة الرقة التي شهدت معارك عنيفة أمس بين الجيش ومسلحي التنظيم."
    assert [d for _, d in _dates(text)] == ["2015-07-25"], _dates(text)


@pytest.mark.parametrize("opening", ["أعلنت وزارة الداخلية اليوم الأحد", "قالت مصادر أمنية اليوم"])
def test_the_day_of_the_telling_does_not_date_the_deed(opening: str) -> None:
    text = f"{opening} أن مسلحين هاجموا أمس الأول الجمعة مركزا للشرطة في مدينة العريش، ما أسفر عن مقتل خمسة من عناصره."
    assert [d for _, d in _dates(text)] == ["2015-07-24"], _dates(text)


def test_the_day_of_the_telling_dates_a_deed_with_no_day() -> None:
    text = "أعلنت وزارة الداخلية اليوم الأحد أن مسلحين هاجموا مركزا للشرطة في مدينة العريش، ما أسفر عن مقتل خمسة من عناصره."
    assert [d for _, d in _dates(text)] == ["2015-07-26"], _dates(text)


@pytest.mark.parametrize("event", ["هجوم انتحاري استهدف فندقا سياحيا", "تفجير انتحاري استهدف فندقا سياحيا"])
def test_the_day_after_dates_the_event_the_day_before(event: str) -> None:
    text = f"أعلنت الحكومة اليوم الأحد حالة الطوارئ في مدينة سوسة غداة {event} وأسفر عن مقتل 12 شخصا."
    assert [d for _, d in _dates(text)] == ["2015-07-25"], _dates(text)


def test_the_day_after_an_event_with_its_own_day() -> None:
    text = "أعلنت الحكومة اليوم الأحد حالة الطوارئ في مدينة سوسة غداة الهجوم الانتحاري الذي وقع الجمعة وأسفر عن مقتل 12 شخصا."
    assert [d for _, d in _dates(text)] == ["2015-07-24"], _dates(text)


def test_the_history_goes_on_past_a_deed_told_back_and_a_prayer_day() -> None:
    """«وقد أعلن التنظيم مسؤوليته عن الهجوم» tells the old attack again; the «كما» sentence's «صلاة
    الجمعة» is the time of its old bombing, no day of news."""
    text = (LEAD + "ويذكر أن مسلحي التنظيم سبق أن استهدفوا المصلين في مسجد بمدينة الموصل، ما أدى إلى مقتل "
            "عشرين مصليا، وقد أعلن التنظيم مسؤوليته عن الهجوم. كما قام التنظيم بتفجير مسجد آخر في مدينة "
            "كركوك أثناء صلاة الجمعة، ما أسفر عن مقتل سبعة أشخاص.")
    assert "مدينة كركوك" not in _places(text), _places(text)


def test_a_kama_sentence_after_news_told_with_a_deed_back_is_news() -> None:
    """A sentence standing as news before it: the «كما» sentence adds news."""
    text = (LEAD + "وأعلن التنظيم مسؤوليته عن الهجوم. كما قام التنظيم بتفجير سيارة مفخخة قرب سوق شعبي في "
            "مدينة كركوك، ما أسفر عن مقتل سبعة أشخاص.")
    assert "مدينة كركوك" in _places(text), _places(text)


def test_fighting_going_on_since_days_is_of_the_telling_day() -> None:
    """«منذ أيام» after the trigger is when a fight began that goes on: not the deed's own day."""
    text = "أكدت مصادر محلية اليوم الأحد أن الاشتباكات بين الجيش والمسلحين تتواصل في مدينة العريش منذ أيام."
    assert [d for _, d in _dates(text)] == ["2015-07-26"], _dates(text)
