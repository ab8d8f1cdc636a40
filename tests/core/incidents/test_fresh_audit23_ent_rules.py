"""Rules added after the twenty-third fresh-article audit of entities (s23-ent).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)
BATTLE = "Battles"


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def types(text: str) -> list[str]:
    return [i.event_type for i in analyze(text, DAY).incidents]


def test_standing_ready_to_storm_is_a_plan() -> None:
    """«على أهبة الاستعداد لاقتحام», «على استعداد لاقتحام»: units standing ready to storm a base have
    not stormed it yet (as «يتأهب»); the storming itself is an event."""
    assert types("وأكد المتحدث أن وحدات خاصة من الجيش الوطني على أهبة الاستعداد لاقتحام معسكر لبوزة في محافظة لحج.") == []
    assert types("وقال القائد إن مقاتلي المقاومة على استعداد لاقتحام مدينة الحوطة بمحافظة لحج.") == []
    assert types("واقتحمت وحدات خاصة من الجيش الوطني أمس معسكر لبوزة في محافظة لحج.") == [BATTLE]
