"""Rules added after a pass over fresh non-Yemen articles (seeds 3111 and 3121, session 38).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

TUESDAY = date(2015, 7, 21)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_a_definite_number_after_a_time_noun_is_a_span_no_count() -> None:
    """«خلال الساعات الـ48 الماضية», «في الأيام الثلاثة الأخيرة»: the length of a period, never
    how many were taken or killed."""
    for text, taken in (("وأكد مسؤول محلي تسجيل ثلاث حالات خطف خلال الساعات الـ48 الماضية في مدينة بعقوبة.", (None, 3)),
                        ("وقال مصدر أمني إن مسلحين خطفوا تجارا في مدينة بعقوبة خلال الأيام الثلاثة الأخيرة.", (None,))):
        [inc] = analyze(text, TUESDAY).incidents
        assert inc.sub_event_type == "Abduction/forced disappearance"
        assert inc.captured in taken, text
    [inc] = analyze("قتل 7 أشخاص في انفجار عبوة ناسفة في مدينة بعقوبة خلال الساعات الـ24 الماضية.", TUESDAY).incidents
    assert inc.fatalities == 7
