"""Incident rules for news of other countries than Yemen (session 26, levant4).

Sentences written for the tests in the style of the news; the codability model is switched off, so
each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 24)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _kinds(text: str) -> list[str]:
    return sorted(i.sub_event_type for i in analyze(text, DAY).incidents)


def test_a_belt_carried_by_men_killed_before_using_it_is_no_suicide_bombing():
    # «يحملون أحزمة ناسفة»: what the attackers carried; they were killed, nothing went off
    kinds = _kinds("أفاد مصدر أمني أن ثلاثة مسلحين يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم "
                   "على مقر للشرطة في مدينة كركوك.")
    assert kinds and "Suicide bomb" not in kinds
    assert "Remote explosive/landmine/IED" not in kinds  # nor a bombing by the belt as their weapon
    assert _kinds("قتلت الشرطة ثلاثة مسلحين يرتدون أحزمة ناسفة عند نقطة تفتيش في مدينة كركوك.") == ["Armed clash"]


def test_a_belt_that_went_off_is_still_a_suicide_bombing():
    assert _kinds("هاجم مسلحون يحملون أحزمة ناسفة نقطة تفتيش في مدينة كركوك وفجر أحدهم حزامه الناسف "
                  "مما أدى إلى مقتل ثلاثة من الشرطة.") == ["Suicide bomb"]
    assert _kinds("قال مصدر أمني إن انتحاريا يرتدي حزاما ناسفا فجر نفسه في سوق بمدينة بعقوبة مما أدى إلى "
                  "مقتل خمسة أشخاص.") == ["Suicide bomb"]
