"""Protests, riots and arrests (session 38, protests6): a coder's reading of 24 protest-pool articles
outside Yemen (sampler seeds 3031, 3041). Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _all(text: str):
    an = analyze(text, MONDAY)
    return an.incidents + an.set_aside


# -- a place of detention named is no arrest --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ووصل وفد الأهالي أمس إلى مكان احتجاز الجنود في جبال القلمون بعد رحلة استغرقت ساعتين.",
    "وتوفي ثلاثة أشخاص الشهر الماضي داخل مراكز الاحتجاز العسكرية في إقليم بلوشستان.",
    "ونقلت السلطات الإيطالية المهاجرين أمس إلى مراكز احتجاز في جزيرة صقلية.",
    "وطالبت المنظمة السلطات بالكشف عن أماكن احتجازهم في مدينة القدس.",
    "ونقل الصحفيون أمس إلى معسكرات اعتقال قرب مدينة الموصل.",
])
def test_a_place_of_detention_is_no_arrest(text: str) -> None:
    """«مكان احتجاز العسكريين», «مراكز الاحتجاز», «معسكرات اعتقال»: a holding or arrest word right
    after a word for a place (`detention_places`) names where people are held, not an arrest."""
    assert not [i for i in _all(text) if i.sub_event_type == "Arrests"]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة التركية أمس عشرة أشخاص في إسطنبول ونقلتهم إلى مركز احتجاز.",
    "احتجزت قوات الأمن المصرية أمس ثلاثة صحفيين في مكان مجهول بمدينة العريش.",
])
def test_an_arrest_beside_a_place_of_detention_stays(text: str) -> None:
    """The arrest word itself, not after a place word, is still an arrest."""
    assert [i for i in _all(text) if i.sub_event_type == "Arrests"]


# -- an arrest in a protest's sentence is an intervention only when protesters are held --------------

def _protests(text: str):
    return [i for i in _all(text) if i.event_type == "Protests"]


@pytest.mark.parametrize("text", [
    "وقالت وكالة الأنباء الرسمية إن السلطات اعتقلت أمس أحد أقارب الوزير بعد احتجاجات استمرت يومين في مدينة حمص.",
    "وفي مدينة بالتيمور، تظاهر محتجون أمس للمطالبة بنشر تسجيلات حول اعتقال شاب أسود توفي في مركز للشرطة.",
    "تجمع مئات المحتجين أمس أمام مبنى البلدية في مدينة تونس بعد يومين من اعتقال ناشط نقابي بارز.",
])
def test_an_arrest_of_someone_else_leaves_the_protest_peaceful(text: str) -> None:
    """«اعتقلت السلطات أحد أقارب الرئيس بعد احتجاجات», «طالب محتجون بنشر صور حول اعتقال رجل»: the
    arrest is of someone else or the protest's matter — the protest met no intervention."""
    incs = _protests(text)
    assert incs
    assert all(i.sub_event_type == "Peaceful protest" for i in incs)


@pytest.mark.parametrize("text", [
    "تظاهر المئات أمس في مدينة إسطنبول واعتقلت الشرطة عشرات المتظاهرين.",
    "خرج المئات في مسيرة وسط مدينة كراتشي أمس، وفرقت الشرطة المسيرة ثم اعتقلت عددا منهم.",
    "اعتقلت الشرطة أمس عشرين شخصا شاركوا في المظاهرة التي نظمت وسط مدينة الخرطوم.",
])
def test_an_arrest_of_protesters_is_an_intervention(text: str) -> None:
    """Protesters or people of the protest held by the arrest word: a protest with intervention."""
    incs = _protests(text)
    assert incs
    assert any(i.sub_event_type == "Protest with intervention" for i in incs)


# -- an arrest told as the matter of a demand or a hearing ------------------------------------------

@pytest.mark.parametrize("text", [
    "وفي مدينة بالتيمور، طالب محتجون أمس بنشر تسجيلات حول اعتقال شاب أسود توفي في مركز للشرطة.",
    "وعقدت المحكمة أمس جلسة في مدينة لاهاي بشأن توقيفه المحتمل.",
    "ونشرت الصحف أمس في مدينة جدة تقارير بخصوص احتجاز جثث الموتى في المستشفيات.",
])
def test_an_arrest_as_the_matter_of_talk_is_no_arrest(text: str) -> None:
    """«حول اعتقال», «بشأن توقيفه», «بخصوص احتجاز» (a `matter` cue): what is talked about, no arrest told."""
    assert not [i for i in _all(text) if i.sub_event_type == "Arrests"]


def test_an_arrest_announced_stays() -> None:
    """«أعلنت الشرطة عن اعتقال …» is the arrest itself."""
    text = "أعلنت الشرطة التركية أمس عن اعتقال عشرة أشخاص في مدينة إسطنبول."
    assert [i for i in _all(text) if i.sub_event_type == "Arrests"]
