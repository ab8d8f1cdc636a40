"""Rules added after the audit d of round 23 of fresh (never-coded) war news (seeds 2281–2283).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 12)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_an_earlier_announcement_told_back_keeps_its_toll() -> None:
    """«وكان المتحدث قد أعلن … مقتل ثلاثة وإصابة ستة»: an announcement made before the news, told
    back in the pluperfect; its dead are not the day's event's."""
    lead = "قتل جندي سعودي أمس إثر إصابته بمقذوف أطلقه الحوثيون على قطاع نجران."
    back = (" وكان المتحدث الأمني لوزارة الداخلية قد أعلن مقتل ثلاثة أشخاص وإصابة ستة آخرين من رجال "
            "الأمن نتيجة إطلاق الحوثيين قذائف على حدود المملكة.")
    incs = analyze(lead + back, DAY).incidents
    najran = [i for i in incs if i.location and i.location.admin1_en == "Najran"]
    assert any(i.fatalities == 1 and not i.injured for i in najran)  # the day's event, its own toll
    assert not any(i.fatalities == 4 for i in incs)  # not the two tolls added up


def test_a_plain_second_report_still_joins_its_event() -> None:
    """Told afresh («وأفاد مصدر أن القصف أسفر عن مقتل جندي»), the toll is the event's own."""
    text = ("أطلق الحوثيون أمس قذائف على قطاع نجران. وأفاد مصدر أن القصف أسفر عن مقتل جندي وإصابة اثنين.")
    incs = analyze(text, DAY).incidents
    assert len(incs) == 1 and incs[0].fatalities == 1


def test_talk_after_the_deed_names_no_new_party() -> None:
    """«واعتمد الحوثي سياسة قتل المدنيين بهدف التأثير على المقاومة»: commentary on a policy after the
    shelling is told; the resistance it names is no side of the shelling."""
    deed = ("قال مدير مستشفى الثورة إن ميليشيا الحوثي قصفت منازل المواطنين في أحياء مدينة تعز أمس، "
            "وأسفر القصف عن مقتل خمسة مدنيين.")
    talk = " واعتمد الحوثي سياسة قتل المدنيين بهدف التأثير على المقاومة."
    incs = analyze(deed + talk, DAY).incidents
    assert len(incs) == 1 and incs[0].fatalities == 5
    names = [a.name_en for a in (incs[0].actor1, incs[0].actor2) if a is not None]
    assert "Popular Resistance" not in names


def test_an_earlier_announcement_with_no_place_of_its_own_is_not_coded() -> None:
    """The pluperfect announcement set aside from the day's event and placed only by the sentence
    before it is background: not coded as an event of its own there."""
    lead = "قتل جندي سعودي أمس إثر إصابته بمقذوف أطلقه الحوثيون على قطاع نجران."
    back = (" وكان المتحدث الأمني لوزارة الداخلية قد أعلن مقتل ثلاثة أشخاص وإصابة ستة آخرين من رجال "
            "الأمن نتيجة إطلاق الحوثيين قذائف على حدود المملكة.")
    incs = analyze(lead + back, DAY).incidents
    assert len(incs) == 1 and incs[0].fatalities == 1


def test_an_announcement_told_back_gives_its_toll_to_a_deed_told_without_one() -> None:
    """Review (5035fa4/86b2964): the pluperfect announcement is set aside only against a deed that
    has a toll of its own. After strikes told with no toll, «وكان التحالف قد أعلن مقتل 15 حوثيا في
    غارات جوية» was neither joined to them nor coded: the only toll of the article was lost."""
    lead = "شنت طائرات التحالف غارات جوية على مواقع الحوثيين في محافظة صعدة أمس."
    back = " وكان التحالف قد أعلن مقتل 15 حوثيا في غارات جوية."
    incs = analyze(lead + back, DAY).incidents
    assert len(incs) == 1 and incs[0].fatalities == 15


def test_news_told_after_the_pluperfect_announcement_is_no_retelling() -> None:
    """Review (5035fa4/86b2964): the announcement is told back up to a comma that opens the news
    itself (the trigger, or a word of sequence: «ثم», «قبل أن», «لكن» …). «وكانت مصادر قد أفادت بوصول
    تعزيزات …، ثم قتل جنديان في هجوم» is a new attack, not the earlier announcement: it was set aside
    from the day's fight and, with no place of its own, not coded at all."""
    lead = "قتل ثلاثة جنود في هجوم شنه الحوثيون على موقع عسكري في مديرية صرواح بمأرب أمس."
    back = " وكانت مصادر قد أفادت بوصول تعزيزات للحوثيين إلى المنطقة، ثم قتل جنديان في هجوم للحوثيين."
    incs = analyze(lead + back, DAY).incidents
    assert sorted(i.fatalities or 0 for i in incs) == [2, 3]


def test_an_announcement_with_its_source_between_commas_is_still_told_back() -> None:
    """«قد أعلن، في بيان، مقتل …»: a parenthesis inside the announcement keeps it told back."""
    lead = "قتل جندي سعودي أمس إثر إصابته بمقذوف أطلقه الحوثيون على قطاع نجران."
    back = (" وكان المتحدث الأمني لوزارة الداخلية قد أعلن، في بيان، مقتل ثلاثة أشخاص وإصابة ستة آخرين من "
            "رجال الأمن نتيجة إطلاق الحوثيين قذائف على حدود المملكة.")
    incs = analyze(lead + back, DAY).incidents
    assert len(incs) == 1 and incs[0].fatalities == 1
