"""Rules added in session 34's pass over fresh non-Yemen news (lev5, seed 2871): a deed named as the
topic of a question («ردا على سؤال عن أسباب اعتقال …») is asked about, not told.

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded, told

pytestmark = pytest.mark.usefixtures("rules_alone")

FRIDAY = date(2015, 7, 31)


def test_a_deed_asked_about_is_no_event() -> None:
    text = ("وقال المتحدث باسم المجلس المحلي في مدينة منبج إن الوضع هادئ. "
            "وردا على سؤال عن أسباب اعتقال عشرات الشبان في مدينة منبج، أوضح المتحدث أن الأمر إجراء أمني.")
    assert told(text, FRIDAY) == []


def test_a_question_about_strikes_tells_none() -> None:
    text = "وفي إجابة على سؤال حول الغارات الجوية على مدينة الرقة، قال المسؤول إن بلاده لا تعلق على العمليات."
    assert told(text, FRIDAY) == []


def test_the_deed_told_after_the_question_topic_stands() -> None:
    """The cue reaches only the words of the topic: what the answer then tells is news."""
    text = ("وردا على سؤال عن الوضع في المدينة، قال المسؤول إن مسلحين اقتحموا أمس مركزا للشرطة "
            "في مدينة الرمادي وقتلوا ثلاثة من عناصره.")
    assert [k[0] for k in coded(text, FRIDAY, "event_type")] != []


def test_a_question_ending_the_sentence_still_cancels_it() -> None:
    text = "فمن قصف السوق الشعبية في مدينة الرقة أمس؟"
    assert told(text, FRIDAY) == []


def test_the_speakers_own_dead_make_it_the_side_hit() -> None:
    """«قال الجيش … إن مسلحين قتلوا ثلاثة من جنوده»: the army speaks of its own soldiers killed —
    the armed men attacked it, the army is actor2 (not only the source)."""
    text = "قال الجيش التركي في بيان اليوم إن مسلحين أكرادا قتلوا ثلاثة من جنوده في هجوم على نقطة عسكرية في ولاية ماردين."
    assert coded(text, FRIDAY, "actor1", "actor2", "fatalities") == [
        ("Unidentified Armed Group (Turkey)", "Military Forces of Turkey (2002-)", 3)]


def test_a_feminine_speaker_and_its_members() -> None:
    text = "أعلنت الشرطة المصرية اليوم أن مسلحين مجهولين قتلوا اثنين من أفرادها في هجوم على كمين أمني بمدينة العريش."
    assert coded(text, FRIDAY, "actor1", "actor2") == [("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")]


def test_a_speaker_telling_of_no_own_dead_stays_the_source() -> None:
    text = "قال الجيش التركي في بيان اليوم إن مسلحين أكرادا هاجموا نقطة عسكرية في ولاية ماردين."
    assert coded(text, FRIDAY, "actor1", "actor2") == [("Unidentified Armed Group (Turkey)", "")]


def test_a_plural_pronoun_points_to_the_doers_not_the_speaker() -> None:
    """«من عناصرهم»: the doers' own members; the police who speak are not made the side hit."""
    text = "قالت الشرطة العراقية إن مسلحي داعش أعدموا خمسة من عناصرهم في مدينة الموصل اليوم."
    assert all(a2 != "Police Forces of Iraq" for _, a2 in coded(text, FRIDAY, "actor1", "actor2"))


def test_the_speakers_own_dead_with_wounded_told_after() -> None:
    text = ("قال الجيش التركي في بيان اليوم إن مسلحين أكرادا قتلوا اثنين من جنوده وأصابوا أربعة آخرين "
            "في تفجير قنبلة مزروعة على طريق قرب مدينة ماردين.")
    assert coded(text, FRIDAY, "sub_event_type", "actor2") == [
        ("Remote explosive/landmine/IED", "Military Forces of Turkey (2002-)")]


def test_a_party_losing_its_own_members_leaves_the_speaker_the_source() -> None:
    """«إن الميليشيات فقدت 20 من عناصرها»: the pronoun is the losing party's; no one is made the side hit."""
    text = "قالت المقاومة الشعبية إن الميليشيات فقدت 20 من عناصرها في المواجهات بمدينة تعز اليوم."
    assert all(a2 != "Popular Resistance" for _, a2 in coded(text, FRIDAY, "actor1", "actor2"))
