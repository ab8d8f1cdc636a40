"""Session 43 (s43-cleanup): the code review's findings on the session's rules.

- A device detonated «تم تفجير …» is a Disrupted weapons use only when the sentence tells no harm
  after it: a word of result («ما أسفر عن», «أدت إلى») or a casualty after the device makes it a
  bombing told in the passive (`detect._detonated_devices`).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import coded

WEDNESDAY = date(2015, 6, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple]:
    return coded(text, WEDNESDAY, "sub_event_type", "fatalities")


def test_passive_bombing_with_a_result_word_is_an_explosion() -> None:
    text = "تم تفجير عبوة ناسفة قرب حافلة للركاب في مدينة الموصل، ما أسفر عن مقتل أربعة أشخاص."
    assert _kinds(text) == [("Remote explosive/landmine/IED", 4)]


def test_passive_bombing_with_an_injury_is_an_explosion() -> None:
    text = "وتم تفجير عبوة ناسفة في سوق شعبي بمدينة تكريت أدت إلى إصابة عشرة مدنيين."
    assert [k for k, _ in _kinds(text)] == ["Remote explosive/landmine/IED"]


def test_device_detonated_with_no_harm_stays_disrupted() -> None:
    text = "وتم تفجير عبوة ناسفة عثر عليها الجنود قرب الطريق العام في مدينة الموصل."
    assert _kinds(text) == [("Disrupted weapons use", None)]

