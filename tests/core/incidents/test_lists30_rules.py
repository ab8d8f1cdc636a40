"""Lists of places (session 30, branch `lists`): items of a list the coder codes one incident each.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 9)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _places(text: str, sub_event: str) -> list[str]:
    """The place names of the incidents of one sub-event type, sorted."""
    return sorted(i.location.name_ar for i in analyze(text, DAY).incidents
                  if i.sub_event_type == sub_event and i.location is not None)


def test_a_street_inside_a_list_of_quarters_does_not_end_it() -> None:
    """«في أحياء كلابة، وشارع الستين، وحوض الأشراف، والجمهوري»: a head and its name in the list
    («وشارع الستين», read by the facility step) is an item, not the list's end, so the ordinary
    word «الجمهوري» after the known quarter «حوض الأشراف» is still read as a quarter of the town."""
    text = ("واصلت المقاومة الشعبية هجماتها على مواقع الحوثيين في تعز، وقالت مصادر محلية إن 20 مسلحا "
            "حوثيا قتلوا في اشتباكات عنيفة دارت أمس في أحياء كلابة، وشارع الستين، وحوض الأشراف، والجمهوري.")
    places = _places(text, "Armed clash")
    assert "الجمهوري" in places
    assert len(places) == 4



def test_a_plural_place_noun_ends_a_list_of_quarters() -> None:
    """«… وحوض الأشراف، والمناطق المجاورة»: a place noun, bare or definite («المناطق», «الأحياء»),
    names no quarter even after a known quarter of the town (it had been read as one)."""
    text = ("واصلت المقاومة الشعبية هجماتها على مواقع الحوثيين في تعز، وقالت مصادر محلية إن 20 مسلحا "
            "حوثيا قتلوا في اشتباكات عنيفة دارت أمس في أحياء كلابة، وحوض الأشراف، والمناطق المجاورة.")
    places = _places(text, "Armed clash")
    assert "المناطق المجاورة" not in places
    assert places == ["حوض الأشراف", "كلابة"]


def test_two_unknown_quarter_names_make_a_list_of_quarters() -> None:
    """«أحياء عصيفرة، والموشكي، والتحرير، والشماسي»: two names no step knew that read as names make
    the list one of the town's quarters, so its ordinary word «التحرير» is a quarter too (before, only
    a quarter the gazetteer knew did). A list of one such name and ordinary words stays as it was."""
    text = ("واصلت المقاومة الشعبية هجماتها على مواقع الحوثيين في تعز. "
            "واستهدف قصف الميليشيات أمس أحياء المجلية، والموشكي، والتحرير، والشماسي، ما أدى إلى إصابة أربعة مدنيين.")
    places = _places(text, "Shelling/artillery/missile attack")
    assert "التحرير" in places
    assert len(places) == 4
    one = _places("واصلت المقاومة الشعبية هجماتها على مواقع الحوثيين في تعز. واستهدف قصف الميليشيات أمس "
                  "أحياء المجلية، والتحرير، ما أدى إلى إصابة أربعة مدنيين.", "Shelling/artillery/missile attack")
    assert "التحرير" not in one
