"""Protests and arrests (session 36, protests4): arrests of protesters, negated and passive arrests,
«مسيرة» as a career or a course, excessive force at several places, a march from one town to another.
Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _events(text: str) -> list[tuple[str, str, str, str]]:
    an = analyze(text, MONDAY)
    return sorted((i.sub_event_type, i.location.name_en if i.location else "",
                   i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
                  for i in an.incidents + an.set_aside
                  if i.event_type in ("Protests", "Riots") or i.sub_event_type == "Arrests")


# -- an arrest of protesters: one event, a protest with intervention against the police ----------

@pytest.mark.parametrize("text, country", [
    ("اعتقلت السلطات المصرية أمس عشرة متظاهرين في مدينة الإسكندرية خلال احتجاج على ارتفاع الأسعار.", "Egypt"),
    ("وخرج مئات المحتجين أمس في مدينة البصرة للمطالبة بتحسين الخدمات، وفرقت الشرطة المتظاهرين واعتقلت عددا منهم.", "Iraq"),
    ("اعتقلت قوات الأمن أمس أكثر من مئة عامل في مدينة طهران خلال قمع مظاهرة للمطالبة برفع الأجور.", "Iran"),
    ("وقال شهود إن عشرات المحتجين اعتقلوا أمس في مدينة إسطنبول بعدما أغلقوا طريقا رئيسيا.", "Turkey"),
])
def test_arrest_of_protesters_is_one_protest_with_intervention(text: str, country: str) -> None:
    """«اعتقلت السلطات عشرة متظاهرين», «فرقت الشرطة المتظاهرين واعتقلت عددا منهم», «المحتجين اعتقلوا»
    (the protesters were arrested): ACLED codes one event — Protests / Protest with intervention,
    actor1 the protesters, actor2 the police — not an Arrests event beside a protest whose other side
    was the protesters themselves (or, read actively, protesters arresting civilians)."""
    events = _events(text)
    assert [e[0] for e in events] == ["Protest with intervention"]
    _sub, _place, actor1, actor2 = events[0]
    assert actor1 == f"Protesters ({country})"
    assert actor2 == f"Police Forces of {country}"


def test_arrest_of_someone_after_a_protest_stays_an_arrest() -> None:
    """The arrested are not protesters («اعتقلت السلطات أحد المسؤولين بعد احتجاجات»): the Arrests event stays."""
    events = _events("اعتقلت السلطات السورية أمس مسؤولا في مدينة اللاذقية بعد احتجاجات استمرت يومين للمطالبة بمعاقبته.")
    assert "Arrests" in [e[0] for e in events]


@pytest.mark.parametrize("text", [
    "تظاهر مئات الأشخاص أمس في مدينة الناصرية ولم تتحرك الشرطة لإلقاء القبض على أي من المتظاهرين.",
    "احتشد آلاف المتظاهرين أمس في ساحة التحرير ببغداد، وراقبتهم الشرطة دون أن تعتقل أحدا.",
    "تجمع مئات المحتجين أمس أمام مبنى المحافظة في مدينة البصرة، ولم تقم الشرطة باعتقال أي منهم.",
])
def test_negated_arrest_is_no_arrest(text: str) -> None:
    """«ولم تتحرك الشرطة لإلقاء القبض», «لم تقم الشرطة باعتقال أي منهم»: the arrest, the purpose or
    manner of a negated verb, did not happen — a peaceful protest, no Arrests, no intervention."""
    assert [e[0] for e in _events(text)] == ["Peaceful protest"]


# -- «مسيرة» as a career, a course or a parade ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال اللاعب أمس في مدينة برشلونة إن المسيرة المهنية للاعب الشاب ما زالت في بدايتها.",
    "وأكد الوزير أمس في مدينة القاهرة أن مسيرة السلام مستمرة رغم العقبات.",
    "وأشاد رئيس النادي أمس في مدينة الرياض بمسيرة حافلة بالإنجازات للمدرب الراحل.",
    "ونظمت البلدية أمس في مدينة جدة مسيرة استعراضية للخيالة بمناسبة العيد.",
])
def test_march_word_as_a_career_or_course_is_no_protest(text: str) -> None:
    """«المسيرة المهنية», «مسيرة السلام» (the peace process), «مسيرة حافلة», «مسيرة استعراضية»: a
    career, a course or a parade — no protest."""
    assert _events(text) == []


def test_a_march_for_peace_is_still_a_protest() -> None:
    events = _events("وشارك آلاف الأشخاص أمس في مسيرة من أجل السلام في مدينة إسطنبول.")
    assert [e[0] for e in events] == ["Peaceful protest"]


# -- excessive force told at several places: one event per place --------------------------------

def test_excessive_force_at_several_places_is_one_event_per_place() -> None:
    """«أطلقت قوات الأمن الرصاص الحي على المتظاهرين في البصرة والناصرية والعمارة فقتلت ثلاثة منهم»: one
    event per place (ACLED), the toll shared evenly (CODING.md)."""
    an = analyze("أطلقت قوات الأمن أمس الرصاص الحي على المتظاهرين في مدينة البصرة ومدينة الناصرية ومدينة العمارة "
                 "فقتلت ثلاثة منهم.", MONDAY)
    force = [i for i in an.incidents + an.set_aside if i.sub_event_type == "Excessive force against protesters"]
    assert sorted(i.location.name_en for i in force) == ["Amarah", "Basrah", "Nasiriyah"]
    assert [i.fatalities for i in force] == [1, 1, 1]


# -- a march from one town to another: one event, where it started -------------------------------

@pytest.mark.parametrize("text", [
    "انطلقت أمس مسيرة احتجاجية من مدينة البصرة إلى مدينة الناصرية للمطالبة بمحاسبة الفاسدين.",
    "سار آلاف المتظاهرين أمس من مدينة البصرة إلى مدينة الناصرية احتجاجا على انقطاع الكهرباء.",
])
def test_march_from_one_town_to_another_is_one_event_at_its_start(text: str) -> None:
    """«من البصرة إلى الناصرية»: one demonstration moving, coded once at the place it set off from (the
    destination is where it went, `destination_cues`); gatherings told at each town are one event each."""
    events = _events(text)
    assert [(e[0], e[1]) for e in events] == [("Peaceful protest", "Basrah")]


def test_protesters_arrested_by_an_armed_group_keep_that_group() -> None:
    """«قام مسلحو داعش باعتقال المتظاهرين»: the group that arrested them is the other side, not the police."""
    an = analyze("وقال السكان إن مسلحي تنظيم داعش قاموا أمس باعتقال المتظاهرين في مدينة الفلوجة بعد أن خرجوا "
                 "للمطالبة بفتح الطرق.", MONDAY)
    protests = [i for i in an.incidents + an.set_aside if i.event_type == "Protests"]
    assert protests and all("Police" not in (i.actor2.name_en if i.actor2 else "") for i in protests)
    assert not [i for i in an.incidents + an.set_aside if i.sub_event_type == "Arrests"]
