"""Protests, riots and arrests (session 40, protests10): a coder's reading of 16 protest-pool articles
outside Yemen (sampler seeds 3111, 3121). Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

SATURDAY = date(2015, 8, 8)


def _all(text: str):
    an = analyze(text, SATURDAY)
    return an.incidents + an.set_aside


# -- the site's link line cut into sentences is no event --------------------------------------------------

_BODY = "أعلنت بلدية مدينة جدة أمس افتتاح حديقة جديدة في حي الصفا تضم ملاعب للأطفال ومسطحات خضراء.\n"


def test_a_link_line_cut_by_dots_tells_no_event() -> None:
    """«رابط الخبر بصحيفة الوئام: بالصور.. صدامات بين متظاهرين والشرطة …»: the site's link line
    repeats the headline; cut in two by «..» it is still the link line, no event."""
    found = _all(_BODY + "رابط الخبر بصحيفة الوئام: بالصور.. صدامات بين متظاهرين والشرطة في مدينة حلب")
    assert found == []


def test_a_protest_told_on_the_last_line_after_a_link_line_is_read() -> None:
    """A line of its own after the link line is no longer the link line."""
    found = _all("رابط الخبر بصحيفة الوئام: بالصور.. حديقة جديدة في جدة\n"
                 "وتظاهر مئات المواطنين أمس أمام مبنى محافظة البصرة للمطالبة بتحسين الكهرباء.")
    assert [i.event_type for i in found] == ["Protests"]


# -- what a measure is to prevent has not happened --------------------------------------------------------

def test_what_is_to_be_prevented_is_no_event() -> None:
    """«للحيلولة دون تسلل المسلحين»: an aim to prevent (the `avoided` cue), no fight."""
    found = _all("بدأت السلطات أمس بناء جدار ترابي على الحدود مع ليبيا للحيلولة دون تسلل المسلحين إلى البلاد.")
    assert not any(i.event_type == "Battles" for i in found)


def test_an_infiltration_told_as_done_stays() -> None:
    found = _all("تسلل مسلحون أمس من ليبيا إلى مدينة بن قردان واشتبكوا مع قوات الجيش التونسي.")
    assert any(i.event_type == "Battles" for i in found)


# -- where the protesters come from is not where they protest ---------------------------------------------

def test_a_home_town_list_after_mutahaddir_is_not_the_protests_place() -> None:
    """«عائلات متحدرة من مدينتي حمص وحماة … تظاهرت في اللاذقية»: «متحدرة من» is a word of origin
    (`home_town_words`), and the list after the first home town too; the protest is in Latakia."""
    found = [i for i in _all("تظاهرت أمس عائلات متحدرة من حمص وحماة في مدينة اللاذقية للمطالبة بالإفراج عن أبنائها.")
             if i.event_type == "Protests"]
    assert [i.location.name_en if i.location else None for i in found] == ["Latakia"]
