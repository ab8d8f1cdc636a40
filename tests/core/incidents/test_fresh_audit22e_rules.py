"""Rules added after the fresh-article audit 22e (a coder's reading of never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 8)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


@pytest.mark.parametrize("cue", ["في بداية الحرب", "في مطلع الحرب", "في بداية الأزمة"])
def test_a_deed_set_at_the_start_of_the_war_is_background(cue: str) -> None:
    """«عندما سيطر الحوثيون على المكلا في بداية الحرب»: the start of the war dates the deed to
    months ago, history told in passing, not a new event."""
    text = f"وقال الشاهد إن الحوثيين سيطروا على مدينة زنجبار {cue} ونهبوا مخازن السلاح."
    assert analyze(text, DAY).incidents == []
    # the same deed told as news stays an event
    [taken] = analyze("سيطر الحوثيون أمس على مدينة زنجبار بعد معارك عنيفة.", DAY).incidents
    assert taken.location is not None and taken.location.admin1_en == "Abyan"
