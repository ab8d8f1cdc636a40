"""An old event told back (session 35).

A report dated long before the article is background and dropped (`reports._background`); a definite
back-reference to it in the sentences right after («الهجوم على المتحف الذي خلف 20 قتيلا») carried no
date of its own, so it was coded on the article's day. It is that old event told again now
(`reports._retells_old`). Sentences written for the test; the rules alone (codability model off).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _coded(text: str) -> list[tuple[str, str, str | None]]:
    return [(i.event_type, i.location.admin1_en if i.location else "", i.date) for i in analyze(text, DAY, "").incidents]


@pytest.mark.parametrize("text", [
    # no place of its own
    "قتل 20 شخصا في هجوم مسلح على متحف في مدينة سوسة في 18 مارس. "
    "وقال مسؤول إن «الهجوم الذي خلف 20 قتيلا كان مروعا».",
    # the very place of the old one
    "قتل 20 شخصا في هجوم مسلح على متحف في مدينة سوسة في 18 مارس. "
    "وقال مسؤول إن «الهجوم على مدينة سوسة الذي خلف 20 قتيلا كان مروعا».",
    # two sentences on
    "قتل 20 شخصا في هجوم مسلح على متحف في مدينة سوسة في 18 مارس. "
    "ولم تعلن أي جهة مسؤوليتها. وقال مسؤول إن «الهجوم الذي خلف 20 قتيلا كان مروعا».",
])
def test_a_definite_back_reference_to_an_old_event_is_not_coded(text: str) -> None:
    assert _coded(text) == []


@pytest.mark.parametrize("text", [
    # a place of its own, another one: news
    "قتل 20 شخصا في هجوم مسلح على متحف في مدينة سوسة في 18 مارس. "
    "وقال مسؤول إن الهجوم على مدينة بنزرت أسفر عن مقتل خمسة جنود.",
    # news of its kind told between: the back-reference may be to it
    "قتل 20 شخصا في هجوم مسلح على متحف في مدينة سوسة في 18 مارس. "
    "وقتل مسلحون خمسة جنود أمس في هجوم على حاجز في مدينة سوسة. وقال مسؤول إن الهجوم كان مروعا.",
    # the day's news told before the old event named as a yardstick
    "قصف المسلحون أمس مواقع الجيش في مدينة سوسة بأعنف قصف منذ الهجوم على المتحف في 18 مارس. "
    "وقال الجيش إن قواته صدت الهجوم بالقصف المدفعي.",
    # told again with a day of its own
    "قتل 20 شخصا في هجوم مسلح على متحف في مدينة سوسة في 18 مارس. "
    "وتجدد الهجوم أمس على المتحف في مدينة سوسة ما أسفر عن مقتل خمسة.",
])
def test_news_after_an_old_event_is_still_coded(text: str) -> None:
    assert [c[:2] for c in _coded(text)] and all(d != "2015-03-18" for *_, d in _coded(text))
