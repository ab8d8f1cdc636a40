"""Shapes left alone in version 38 (session 39, left39): duals of victim nouns as a count of two.
Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from core.entities import numbers
from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _values(text: str) -> list[int]:
    return [s.attrs["value"] for s in numbers.find(analyze(text, until="tokenise").doc)]


def _one(text: str):
    incidents = analyze(text, MONDAY).incidents
    assert len(incidents) == 1, [i.summary_en for i in incidents]
    return incidents[0]


# -- a dual of a victim noun is two (numbers.json duals) -------------------------------------------

def test_two_pilots_killed_when_their_jet_is_downed() -> None:
    inc = _one("قتل طياران سوريان عندما أسقط مسلحون من المعارضة طائرة حربية بصاروخ قرب مدينة حماة.")
    assert inc.fatalities == 2


def test_two_activists_killed() -> None:
    inc = _one("قتل ناشطان برصاص قوات الأمن خلال مواجهات في مدينة القطيف يوم الجمعة.")
    assert inc.fatalities == 2


def test_two_engineers_killed_and_two_drivers_wounded() -> None:
    inc = _one("قتل مهندسان تركيان وأصيب سائقان في هجوم مسلح على حافلة في مدينة كركوك.")
    assert inc.fatalities == 2
    assert inc.injured == 2


def test_two_others_wounded_after_one_killed() -> None:
    inc = _one("قتل شخص واحد وجرح آخران عندما هاجم مسلح مركزا للشرطة في مدينة بنغازي.")
    assert inc.fatalities == 1
    assert inc.injured == 2


def test_two_others_after_a_count_are_that_count() -> None:
    # «آخران» right after a number or a dual is its adjective: one pair, not two
    inc = _one("قتل ثلاثة جنود وأصيب اثنان آخران في هجوم مسلح على دورية في مدينة العريش.")
    assert inc.fatalities == 3
    assert inc.injured == 2
    text = "وقتل جنديان آخران في انفجار عبوة ناسفة."
    assert _values(text) == [2]


def test_genitive_dual_of_a_sound_plural_noun_is_not_two() -> None:
    # «مهندسين» is also the plural (engineers): no count
    assert _values("اختطف مسلحون مهندسين أجانب في المدينة.") == []
