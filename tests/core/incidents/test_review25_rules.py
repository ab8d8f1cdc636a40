"""Review of the incident rules merged in session 25: defects found, each pinned on sentences
written for the test. The rules alone."""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 7)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _equipment(text: str) -> list[tuple[str, str]]:
    an = analyze(text, DAY, "")
    return [(e["text"], e["fate"]) for i in an.incidents + an.set_aside for e in i.equipment]


def test_a_noun_spelt_with_ba_after_the_weapon_is_the_object() -> None:
    # «بيوت», «بنايات» start with the letter of the preposition «ب» but are the verb's object: the
    # rockets did the destroying, none of them was lost
    assert _equipment("دمرت صواريخ الكاتيوشا بيوت المواطنين في حي الروضة بمدينة تعز أمس.") == []
    assert _equipment("دمرت قذائف الدبابات بنايات سكنية في حي الروضة بمدينة تعز أمس.") == []
    # the same verb with a preposition after the weapon, or a ground party as doer: the weapon lost
    assert _equipment("ودمرت المقاومة دبابة بمديرية المسيمير أمس.") == [("دبابة", "destroyed")]
