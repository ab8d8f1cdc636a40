"""Rules added after a coder's reading of protest articles outside Yemen (session 34, sampler seed
2891): protesters named as whose demands are met or discussed tell no protest.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded

MONDAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple[str, str]]:
    return coded(text, MONDAY, "event_type", "sub_event_type")


# -- «مطالب المتظاهرين»: the protesters referred to ------------------------------------------------

@pytest.mark.parametrize("text", [
    "وناقش رئيس البرلمان أمس مع قادة الكتل النيابية مطالب المحتجين في مدينة البصرة.",
    "وأكد رئيس الوزراء في بغداد أمس أن الحكومة جادة في تلبية مطالب المتظاهرين.",
    "واستجاب وزير الكهرباء أمس لمطالبات المعتصمين في مدينة الناصرية بتحسين التيار.",
])
def test_the_demands_of_protesters_tell_no_protest(text: str) -> None:
    """«تلبية مطالب المتظاهرين», «ناقش مطالب المحتجين»: the protesters are whose demands a government
    meets or a parliament discusses — no protest told in the sentence."""
    assert not any(k[0] == "Protests" for k in _kinds(text)), _kinds(text)


def test_a_protest_told_beside_its_demands_stays() -> None:
    """A protest told by a verb of its own keeps its event, the demands named after it or not."""
    text = "وتظاهر آلاف العراقيين أمس في ساحة التحرير ببغداد ورددوا مطالب المتظاهرين بمحاسبة الفاسدين."
    assert ("Protests", "Peaceful protest") in _kinds(text), _kinds(text)

