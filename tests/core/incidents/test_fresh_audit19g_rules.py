"""Rules added after the seventh fresh-article audit of round nineteen (a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 8)


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.incidents import codability

    monkeypatch.setattr(codability, "ENABLED", False)


def _names(incident) -> tuple[str, str]:
    return (incident.actor1.name_en if incident.actor1 else "", incident.actor2.name_en if incident.actor2 else "")


def test_the_soldier_who_fell_to_a_shell_is_hit_and_the_named_shooter_fires() -> None:
    """A party right after a word of dying or being wounded («استشهد», «أصيب», «مقتل») is who was
    hit, not who fired: the Houthis named as firing are actor1."""
    text = "أصيب جنديان سعوديان بقذيفة هاون أطلقها الحوثيون على موقع عسكري في نجران أمس."
    incidents = analyze(text, DAY).incidents
    assert len(incidents) == 1
    assert _names(incidents[0]) == ("Houthis (Ansar Allah)", "Military Forces of Saudi Arabia (2015-)")
    assert incidents[0].injured == 2


def test_the_soldier_who_fell_to_a_shell_from_an_unnamed_shooter_is_not_the_shooter() -> None:
    """No shooter named («قذيفة قادمة من الأراضي اليمنية»): the fallen force is still actor2."""
    text = "استشهد جندي سعودي بقذيفة قادمة من الأراضي اليمنية على مركز حدودي في جازان أمس."
    incidents = analyze(text, DAY).incidents
    assert len(incidents) == 1
    assert incidents[0].actor2 is not None
    assert incidents[0].actor2.name_en == "Military Forces of Saudi Arabia (2015-)"
    assert incidents[0].actor1 is None or "Saudi" not in incidents[0].actor1.name_en
