"""Rules added after the Yemen audit of session 33 (a coder's reading of never-coded articles:
fresh.py seeds 2801-2802, the long interviews and features left once every article of up to 12,000
characters was coded).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 7)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone

FIGHT = "وقال القائد العسكري إن مقاتلي المقاومة الشعبية خاضوا معارك عنيفة مع مسلحي الحوثي في مديرية المسراخ بمحافظة تعز مساء الخميس. "


@pytest.mark.parametrize("losses", [
    "وبلغت خسائر الحوثيين 30 قتيلا، بينما بلغت خسائر المقاومة 7 شهداء.",
    "وبلغت خسائر الحوثيين في القتال الذي دار مساء الخميس 30 قتيلا، فيما بلغت خسائر المقاومة والجيش الوطني في المعركة نفسها 7 شهداء و12 جريحا.",
    "وكانت خسائر المليشيات 30 قتيلا في حين كانت خسائر رجال المقاومة 7 قتلى.",
])
def test_losses_of_two_sides_add_up(losses: str) -> None:
    """«بلغت خسائر الحوثيين 30 قتيلا، بينما بلغت خسائر المقاومة 7 شهداء»: the loss noun in construct
    names whose dead each figure counts, so the two sides add up (37) instead of the lower being kept."""
    [clash] = analyze(FIGHT + losses, DAY).incidents
    assert clash.event_type == "Battles"
    assert clash.fatalities == 37


def test_one_side_losses_told_twice_keep_the_lower() -> None:
    """Two figures of the same side's losses are two reports of the same dead: the lowest stands."""
    text = FIGHT + "وبلغت خسائر الحوثيين 30 قتيلا. وقال مصدر آخر إن خسائر الحوثيين بلغت 25 قتيلا."
    [clash] = analyze(text, DAY).incidents
    assert clash.fatalities == 25


def test_definite_losses_name_no_side() -> None:
    """«الخسائر البشرية … 25 قتيلا»: the definite noun is followed by its adjective, no group — the
    figure stays one of no one in particular, another report of the toll told before it (the lower
    stands), not a second side added to it."""
    text = FIGHT + "وأسفرت المعارك عن مقتل 30 شخصا. وقال مصدر طبي إن الخسائر البشرية بلغت حتى المساء 25 قتيلا."
    [clash] = analyze(text, DAY).incidents
    assert clash.fatalities == 25
