"""Session 41 (lev30): a pass over fresh non-Yemen conflict articles (levant seeds 3361, 3371).

- A deed told right after «عقب/بعد/إثر» (a series word «سلسلة/موجة من» between allowed) came before
  what the sentence tells: a date told after it that is not the sentence's news day is its own
  («وافق البرلمان ليل أمس على القانون عقب سلسلة من الاحتجاجات في المدينة العام الماضي»).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import told

TUESDAY = date(2015, 7, 21)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _dates(text: str, event_type: str) -> list[str]:
    return [i.date for i in told(text, TUESDAY) if i.event_type == event_type]


# -- a deed told after «عقب/بعد» takes its own date told after it ------------------------------------

def test_protests_after_which_a_law_was_passed_yesterday_are_of_last_year() -> None:
    text = ("وصادق المجلس التشريعي مساء أمس الاثنين على قانون جديد طرح عقب سلسلة من الاحتجاجات "
            "في مدينة الخليل العام الماضي.")
    assert "2015-07-20" not in _dates(text, "Protests")  # was coded as yesterday's protest


def test_an_attack_after_which_a_bill_was_drafted_is_of_last_month() -> None:
    text = "وناقش البرلمان أمس مشروع قانون أعد بعد موجة من الهجمات على مراكز الشرطة في مدينة العريش الشهر الماضي."
    assert "2015-07-20" not in _dates(text, "Battles") + _dates(text, "Explosions/Remote violence")


def test_a_deed_after_the_cue_with_no_date_of_its_own_keeps_the_sentence_day() -> None:
    text = "ووافق البرلمان مساء أمس الاثنين على القانون بعد سلسلة من الاحتجاجات في مدينة الخليل."
    assert _dates(text, "Protests") == ["2015-07-20"]


def test_a_month_told_after_the_cue_dates_the_protests_of_it() -> None:
    text = "ووافق البرلمان مساء أمس الاثنين على القانون عقب الاحتجاجات في مدينة الخليل في مايو الماضي."
    assert "2015-07-20" not in _dates(text, "Protests")


def test_a_deed_after_the_cue_told_the_same_morning_keeps_its_news_day() -> None:
    text = "قتل ثلاثة جنود أمس الاثنين في هجوم على حاجز في مدينة العريش بعد اشتباكات في مدينة رفح فجر أمس."
    assert _dates(text, "Battles") == ["2015-07-20"]


# -- a town abroad named bare with its country in the sentence is that town ---------------------------

SYRIAN_TOWN_IN_LEBANESE_NEWS = (
    "شيع حزب الله أمس في بلدة بعلبك اللبنانية ثلاثة من عناصره قتلوا في سوريا خلال معركة {town}. "
    "وقال مصدر في بيروت إن عنصرين آخرين من الحزب قتلا في اشتباكات مع المعارضة في {town} أمس. "
    "وأضاف أن الحزب يخوض معارك في جنوب لبنان."
)


@pytest.mark.parametrize("town, admin1", [("مضايا", "Rural Damascus"), ("سراقب", "Idleb")])
def test_a_syrian_town_named_with_syria_in_news_of_lebanon_is_placed_in_syria(town: str, admin1: str) -> None:
    found = [i for i in told(SYRIAN_TOWN_IN_LEBANESE_NEWS.format(town=town), TUESDAY) if i.event_type == "Battles"]
    placed = [(i.location.country, i.location.admin1_en) for i in found if i.location and i.location.admin1_en]
    assert ("Syria", admin1) in placed
    assert not any(country == "Lebanon" for country, _ in placed)


def test_a_bare_syrian_town_with_no_country_in_its_sentences_stays_unplaced_in_news_of_lebanon() -> None:
    text = ("وقال مصدر في بيروت إن عنصرين من حزب الله قتلا في اشتباكات مع المعارضة في مضايا أمس. "
            "ويواصل الحزب حشد مقاتليه في البقاع اللبناني وجنوب لبنان.")
    found = [i for i in told(text, TUESDAY) if i.event_type == "Battles"]
    assert not any(i.location and i.location.admin1_en == "Rural Damascus" for i in found)


# -- a deed that caused «his death» killed one -------------------------------------------------------

def _killed(text: str) -> list:
    return [i.fatalities for i in told(text, TUESDAY) if i.event_type in ("Battles", "Explosions/Remote violence")]


def test_fire_returned_that_led_to_the_gunmans_death_killed_one() -> None:
    text = "وقالت الوزارة إن مسلحا أطلق النار على دورية للشرطة أمس في مدينة سوسة فردت عليه ما أدى إلى مقتله."
    assert _killed(text) == [1]


def test_a_bomb_that_resulted_in_the_officers_death_killed_one() -> None:
    text = "انفجرت عبوة ناسفة بسيارة ضابط في مدينة العريش أمس ما أسفر عن مقتله وإصابة اثنين من مرافقيه."
    assert _killed(text) == [1]


def test_a_death_confirmed_again_by_a_pronoun_is_not_counted_twice() -> None:
    text = "أعلن الجيش أمس مقتل القيادي في التنظيم أبو محمد في غارة على مدينة الرقة، وأكد التنظيم مقتله."
    assert _killed(text) == [1]
    text = "قتل خمسة مسلحين أمس في غارة على مدينة الرقة بينهم قيادي أعلن التنظيم مقتله."
    assert _killed(text) == [5]


def test_the_earlier_deed_cue_never_reaches_across_punctuation() -> None:
    """«بعد» of "yet" ending a sentence, or before a comma, is no cue for the deed told after it; right
    before the deed, or with series words between, it is (code review of session 41)."""
    from types import SimpleNamespace

    from core.incidents.reports import _after_earlier_deed_cue

    def cued(text: str, trigger: str) -> bool:
        return _after_earlier_deed_cue(SimpleNamespace(start=text.index(trigger)), text)

    assert not cued("لم تعرف هوية المسلحين بعد. هجوم آخر استهدف مركزا للشرطة.", "هجوم")
    assert not cued("لم تعرف هوية المسلحين بعد، هجوم آخر استهدف مركزا للشرطة.", "هجوم")
    assert cued("وافق البرلمان على القانون بعد الهجوم على مركز الشرطة.", "الهجوم")
    assert cued("وافق البرلمان على القانون عقب سلسلة من الاحتجاجات في المدينة.", "الاحتجاجات")
