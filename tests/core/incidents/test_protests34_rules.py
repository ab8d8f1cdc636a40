"""Rules added after a coder's reading of protest articles outside Yemen (session 34, sampler seed
2891): protesters named as whose demands are met or discussed tell no protest.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
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


# -- protesters shot: one event of excessive force ------------------------------------------------

def _sides(text: str) -> list[tuple]:
    return coded(text, MONDAY, "sub_event_type", "actor1", "actor2", "assoc_actor_2")


@pytest.mark.parametrize("text", [
    "قتل متظاهر وأصيب ثلاثة آخرون برصاص قوات الأمن أمس في مدينة البصرة خلال تظاهرة تطالب بتحسين الخدمات.",
    "أصيب متظاهران برصاص الشرطة مساء أمس في مدينة الناصرية خلال احتجاج على انقطاع الكهرباء.",
    "قتل ثلاثة محتجين وأصيب عشرة آخرون أمس في مدينة القاهرة عندما أطلقت الشرطة الرصاص الحي على مسيرة لأنصار الإخوان.",
])
def test_protesters_shot_are_one_event_of_excessive_force(text: str) -> None:
    """«قتل متظاهر … برصاص قوات الأمن خلال تظاهرة», «أصيب متظاهران برصاص الشرطة»: the protesters
    (one, two or many) shot by the police are one event — excessive force against protesters, the
    police actor2 — not an attack on civilians or a clash told beside a peaceful protest."""
    got = coded(text, MONDAY, "event_type", "sub_event_type")
    assert got == [("Protests", "Excessive force against protesters")], got
    inc = analyze(text, MONDAY).incidents[0]
    assert inc.actor1.name_en.startswith("Protesters") and inc.actor2 and inc.actor2.name_en.startswith("Police Forces")


def test_protesters_dispersed_are_not_the_polices_associates() -> None:
    """«أطلقت الشرطة الغاز المسيل للدموع لتفريق مئات المتظاهرين»: the protesters are actor1, not
    an associate of the police that dispersed them."""
    inc = analyze("أطلقت الشرطة الغاز المسيل للدموع لتفريق مئات المتظاهرين في ساحة التحرير وسط بغداد أمس.",
                  MONDAY).incidents
    assert [i.sub_event_type for i in inc] == ["Protest with intervention"]
    assert not any(a.name_en.startswith("Protesters") for a in inc[0].assoc_actor_2), inc[0].assoc_actor_2
    assert inc[0].actor1.name_en.startswith("Protesters") and inc[0].actor1.text == "المتظاهرين", inc[0].actor1


def test_a_killing_the_protest_denounces_is_no_force_used_on_it() -> None:
    """«تظاهر المئات تنديدا بمقتل ثلاثة متظاهرين الأسبوع الماضي»: the deaths are what the protest
    denounces — a peaceful protest, with no fatalities of its own."""
    inc = analyze("تظاهر المئات أمس في مدينة البصرة تنديدا بمقتل ثلاثة متظاهرين الأسبوع الماضي.", MONDAY).incidents
    assert [i.sub_event_type for i in inc] == ["Peaceful protest"], [i.sub_event_type for i in inc]
    assert not inc[0].fatalities, inc[0].fatalities
