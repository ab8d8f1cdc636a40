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


@pytest.mark.parametrize("thing", ["الشرعية", "الدولة", "الأمن"])
def test_restoring_a_state_of_things_takes_no_place(thing: str) -> None:
    """«شاركوا في العمل على استعادة الشرعية في عدن»: legitimacy, the state or security restored is
    no territory taken back — the freeing noun's object is not a place."""
    text = f"وقال الطبيب إن الجرحى شاركوا في العمل على استعادة {thing} في مدينة عدن."
    assert analyze(text, DAY).incidents == []
    # a place right after the freeing noun is still territory taken back
    text = "وقال الطبيب إن الجرحى شاركوا في العمل على تحرير مدينة عدن."
    [taken] = analyze(text, DAY).incidents
    assert taken.sub_event_type == "Government regains territory"
    assert taken.location is not None and taken.location.admin1_en == "Aden"
