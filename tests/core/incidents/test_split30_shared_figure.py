"""One figure told for several places whose names come in another sentence (session 30):
«قتل 20 … في مناطق مختلفة بمحافظة مأرب. وقالت مصادر إن المواجهات دارت في منطقتي الجفينة وصرواح».
ACLED shares a figure covering several events evenly over them (build_scripts/gold/CODING.md); the
pipeline gave the whole figure to one place and none to the others (`merge._shared_over_list`).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

FRIDAY = date(2015, 7, 31)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _clashes(text: str) -> list[tuple[str, int | None]]:
    """(place, fatalities) of each armed clash, in text order of the incidents."""
    return [(i.location.name_ar if i.location else "", i.fatalities)
            for i in analyze(text, FRIDAY).incidents if i.sub_event_type == "Armed clash"]


def _figures(text: str) -> list[int | None]:
    return sorted((k for _, k in _clashes(text)), key=lambda k: -1 if k is None else k)


def test_a_province_figure_is_shared_over_the_places_named_in_the_next_sentence() -> None:
    text = ("وقتل 20 مسلحا حوثيا خلال اشتباكات عنيفة مع المقاومة الشعبية دارت أمس في مناطق مختلفة بمحافظة مأرب. "
            "وقالت مصادر محلية إن المواجهات اندلعت بعد أن حاول الحوثيون التقدم في منطقتي الجفينة وصرواح.")
    assert len(_clashes(text)) == 2
    assert _figures(text) == [10, 10]


def test_a_city_figure_is_shared_over_the_quarters_listed_two_sentences_on() -> None:
    """«مناطق متفرقة من مدينة تعز», the toll of the other side in the next sentence, then the list:
    17 + 3 = 20 over four quarters is 5 each."""
    text = ("وقتل 17 مسلحا من الحوثيين في مواجهات مع المقاومة الشعبية بمناطق متفرقة من مدينة تعز أمس. "
            "وأشارت مصادر طبية إلى مقتل 3 من أفراد المقاومة الشعبية. "
            "فيما اندلعت اشتباكات عنيفة بين المقاومة والحوثيين في أحياء حوض الأشراف والجمهوري وثعبات والضباب.")
    assert len(_clashes(text)) == 4
    assert _figures(text) == [5, 5, 5, 5]


def test_a_toll_told_after_the_list_is_shared_over_it_too() -> None:
    text = ("ودارت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في جبهتي الجفينة وصرواح بمحافظة مأرب. "
            "وأسفرت المواجهات عن مقتل 12 من الحوثيين.")
    assert _figures(text) == [6, 6]


def test_a_figure_smaller_than_the_places_gives_one_each_to_the_first() -> None:
    text = ("وقتل مسلح حوثي خلال اشتباكات مع المقاومة الشعبية دارت أمس في مناطق مختلفة بمحافظة مأرب. "
            "وقالت مصادر محلية إن المواجهات اندلعت في منطقتي الجفينة وصرواح.")
    assert _figures(text) == [0, 1]


def test_a_lead_total_is_not_shared_over_places_with_figures_of_their_own() -> None:
    """A total for the province, then each place's own toll: the places keep their own figures."""
    text = ("وقتل 20 مسلحا حوثيا خلال اشتباكات مع المقاومة الشعبية في مناطق مختلفة بمحافظة مأرب أمس. "
            "ففي جبهة الجفينة قتل 12 من الحوثيين في مواجهات مع المقاومة، "
            "وفي منطقة صرواح قتل 8 آخرون في هجوم للمقاومة الشعبية.")
    figures = _figures(text)
    assert 12 in figures and 8 in figures
    assert 10 not in figures and 6 not in figures and 4 not in figures


def test_a_figure_of_one_place_is_not_shared_with_a_list_told_next() -> None:
    """The figure's own clause names a place finer than the list's: it is that place's toll."""
    text = ("وقتل 6 مسلحين حوثيين في هجوم للمقاومة الشعبية على موقع لهم في منطقة الجفينة بمأرب أمس. "
            "كما دارت اشتباكات عنيفة بين المقاومة والحوثيين في منطقتي صرواح والمخدرة.")
    clashes = dict(_clashes(text))
    assert 6 in clashes.values()
    assert sorted(k or 0 for k in clashes.values()) == [0, 0, 6]


def test_a_vague_figure_stays_unshared() -> None:
    """«عشرات القتلى»: no figure to divide; it is not split into made-up shares. The vague figure
    (ACLED's «عشرات» = 10) stays whole with the place whose draft it joined, the list's first; the
    other place's clash has people killed but no number of its own (None, not 0 or a share)."""
    text = ("وسقط عشرات القتلى من الحوثيين خلال اشتباكات مع المقاومة الشعبية في مناطق مختلفة بمحافظة مأرب أمس. "
            "وقالت مصادر محلية إن المواجهات اندلعت في منطقتي الجفينة وصرواح.")
    assert _clashes(text) == [("الجفينة", 10), ("صرواح", None)]


def test_a_toll_told_with_a_place_of_the_list_keeps_the_toll_after_it_there() -> None:
    """A figure told for one place of the list, and a toll told after it with that place carried on:
    both are that place's, not shared with the list's other place."""
    text = ("وقتل 3 مسلحين حوثيين في هجوم للمقاومة الشعبية على موقع لهم في منطقة الجفينة بمأرب أمس. "
            "وأضاف المصدر أن 4 آخرين أصيبوا في الهجوم. "
            "وقالت مصادر محلية إن المواجهات دارت بين المقاومة والحوثيين في منطقتي الجفينة وصرواح.")
    injured = sorted(i.injured or 0 for i in analyze(text, FRIDAY).incidents if i.sub_event_type == "Armed clash")
    assert injured[-1] == 4 and 2 not in injured
