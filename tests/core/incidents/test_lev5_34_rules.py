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
