"""Defects found reviewing session 27's merges, each pinned on sentences written for the test.

The real pipeline reads them with the codability model switched off: the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str) -> list[tuple[str, str]]:
    return coded(text, DAY, "event_type", "sub_event_type")


def test_locals_fighting_a_militia_are_no_riot() -> None:
    """«اشتباكات بين أهالي … وعناصر ميليشيا الحوثي»: «عناصر», «رجال», «قوات» head a militia here, no
    force of the state, so the crowd-vs-police riot rule (levant-2471) must not turn the clash of
    armed locals and a rebel group into rioting."""
    text = "اندلعت اشتباكات عنيفة بين أهالي قرية الأعروق وعناصر ميليشيا الحوثي في مديرية حيفان بمحافظة تعز أمس."
    assert ("Battles", "Armed clash") in _kinds(text)
    assert ("Riots", "Violent demonstration") not in _kinds(text)
    text = "دارت مواجهات بين سكان المنطقة وعناصر من تنظيم القاعدة في مديرية المحفد بمحافظة أبين أمس."
    assert ("Riots", "Violent demonstration") not in _kinds(text)


def test_a_crowd_against_the_police_is_still_a_riot() -> None:
    """The rule's own pattern stays: a crowd and the police or an occupying army."""
    text = "اندلعت مواجهات بين عشرات من الطلاب وقوات الشرطة أمام جامعة القاهرة أمس."
    assert ("Riots", "Violent demonstration") in _kinds(text)


def test_with_such_force_points_back_to_no_forces() -> None:
    """«بهذه القوة», «بتلك القوة» say how hard (with such force), not who: audit-2461's «هذه القوة»
    rule must not make them the forces of the sentence before, a second party of the shelling."""
    before = "وسيطرت قوات المقاومة الشعبية على جبل هيلان في مديرية صرواح بمحافظة مأرب أمس. "
    for text in ("وقصف الحوثيون بهذه القوة مواقع في مديرية صرواح أمس، ما أدى إلى مقتل ثلاثة.",
                 "وهاجمت ميليشيا الحوثي بتلك القوة مديرية صرواح أمس."):
        parties = [(i.actor1.text if i.actor1 else "", i.actor2.text if i.actor2 else "")
                   for i in analyze(before + text, DAY, "").incidents]
        assert not any("القوة" in a or "القوة" in b for a, b in parties), parties


def test_these_forces_still_point_back() -> None:
    """«هذه القوات» after a sentence naming forces first stays those forces."""
    text = ("وتقدمت قوات المقاومة الشعبية نحو مديرية صرواح بمحافظة مأرب أمس. "
            "وأضاف المصدر أن هذه القوات سيطرت على جبل هيلان في مديرية صرواح.")
    found = [i for i in analyze(text, DAY, "").incidents if i.actor1 and i.actor1.text == "هذه القوات"]
    assert found and found[0].actor1.name_en == "Popular Resistance"
