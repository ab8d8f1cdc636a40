"""One figure and a list of places in one sentence (session 39): ACLED splits a figure covering
several events evenly over them, rounded down (build_scripts/gold/CODING.md) — when the sentence
says the figure covers them all; a figure told of one place of the list is that place's.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

FRIDAY = date(2015, 7, 31)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _tolls(text: str, sub_event: str) -> list[tuple[str, int | None]]:
    """(place, fatalities) of each incident of `sub_event`, in text order of the incidents."""
    return [(i.location.name_ar if i.location else "", i.fatalities)
            for i in analyze(text, FRIDAY).incidents if i.sub_event_type == sub_event]


# A figure whose clause names one place of the list again after it: that place's dead

def test_a_figure_told_of_one_district_of_the_list_is_not_shared() -> None:
    text = ("وقصفت طائرات التحالف مواقع الحوثيين في مديرية صرواح ومديرية الجوبة بمحافظة مأرب، "
            "ما أسفر عن مقتل 30 من المتمردين في مديرية صرواح.")
    tolls = _tolls(text, "Air/drone strike")
    assert len(tolls) == 2
    assert sorted(k or 0 for _, k in tolls) == [0, 30]
    assert [k for name, k in tolls if "صرواح" in name] == [30]


def test_a_figure_told_of_the_second_place_named_again_goes_there() -> None:
    text = ("واستهدفت غارات التحالف معسكر لبوزة وقاعدة العند في لحج، "
            "ما أسفر عن مقتل 30 من المتمردين في اشتباكات عنيفة في قاعدة العند.")
    tolls = _tolls(text, "Air/drone strike")
    assert len(tolls) == 2
    assert sorted(k or 0 for _, k in tolls) == [0, 30]
    assert [k for name, k in tolls if "العند" in name] == [30]


def test_a_figure_after_the_list_naming_no_place_again_is_shared() -> None:
    text = ("وقصفت طائرات التحالف مواقع الحوثيين في مديرية صرواح ومديرية الجوبة بمحافظة مأرب، "
            "ما أسفر عن مقتل 30 من المتمردين.")
    assert sorted(k or 0 for _, k in _tolls(text, "Air/drone strike")) == [15, 15]


def test_a_figure_placed_in_the_governorate_holding_the_list_is_shared() -> None:
    """The place after the figure is the province of both districts, no place of the list."""
    text = ("وقصفت طائرات التحالف مواقع الحوثيين في مديرية صرواح ومديرية الجوبة، "
            "ما أسفر عن مقتل 31 من المتمردين في محافظة مأرب.")
    assert sorted(k or 0 for _, k in _tolls(text, "Air/drone strike")) == [15, 15]


def test_a_figure_before_the_list_is_shared_over_it() -> None:
    """«قتل 16 … في جبهات …»: the list told after the figure is the figure's; four fronts, 4 each."""
    text = ("قتل 16 من مسلحي الحوثي في مواجهات عنيفة مع المقاومة الشعبية في جبهات الضباب وجبل صبر "
            "وكلابة وحوض الأشرف بمدينة تعز أمس.")
    tolls = _tolls(text, "Armed clash")
    assert len(tolls) == 4
    assert [k for _, k in tolls] == [4, 4, 4, 4]


# Two figures of one role shared over the same places: one toll, shared evenly

def test_two_groups_dead_over_two_camps_are_one_toll_shared_evenly() -> None:
    """23 + 19 = 42 over two camps is 21 each (CODING.md), not 11 + 9."""
    text = ("وطرد رجال المقاومة الشعبية الحوثيين من معسكري لبوزة والعند في لحج فيما أسفرت هذه العمليات "
            "عن مقتل 23 من الحوثيين و19 من المقاومة.")
    tolls = _tolls(text, "Government regains territory")
    assert len(tolls) == 2
    assert [k for _, k in tolls] == [21, 21]


def test_one_figure_over_two_places_is_still_rounded_down() -> None:
    text = ("وأسفرت المواجهات بين المقاومة الشعبية والحوثيين في مديريتي صرواح والجوبة بمحافظة مأرب "
            "عن مقتل 51 من المتمردين.")
    assert [k for _, k in _tolls(text, "Armed clash")] == [25, 25]


def test_two_groups_over_three_fronts_share_their_sum() -> None:
    """10 + 10 = 20 over three fronts is 6 each (not 3 + 3)."""
    text = ("قتل 10 من مسلحي الحوثي و10 من رجال المقاومة الشعبية في مواجهات عنيفة في جبهات الضباب "
            "وجبل صبر وكلابة بمدينة تعز أمس.")
    tolls = _tolls(text, "Armed clash")
    assert len(tolls) == 3
    assert [k for _, k in tolls] == [6, 6, 6]
