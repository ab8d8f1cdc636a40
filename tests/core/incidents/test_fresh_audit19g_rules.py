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


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


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


def test_one_of_the_security_men_who_fell_is_hit() -> None:
    """«استشهد أحد رجال الأمن»: a partitive («أحد») between the word of dying and the party still
    makes that party the one hit."""
    text = "استشهد أحد رجال الأمن في محافظة صامطة إثر سقوط قذيفة أطلقها الحوثيون من داخل الأراضي اليمنية."
    incidents = analyze(text, DAY).incidents
    assert len(incidents) == 1
    assert incidents[0].actor1 is not None and incidents[0].actor1.name_en == "Houthis (Ansar Allah)"
    assert incidents[0].actor2 is not None and incidents[0].actor2.name_en.startswith("Police Forces")


def test_security_men_of_a_saudi_town_are_the_saudi_police() -> None:
    """Police named in words of no country («رجال الأمن») in an article mostly about Yemen are those
    of the country the incident is placed in: a Saudi town's are the Saudi police."""
    text = ("تواصل ميليشيات الحوثي في اليمن قصف مدن اليمن، وقتل الحوثيون عشرات المدنيين في صنعاء وتعز. "
            "وفي جازان استشهد أحد رجال الأمن إثر سقوط قذيفة أطلقها الحوثيون على مركز حدودي في صامطة.")
    incidents = [i for i in analyze(text, DAY).incidents if i.location and i.location.country == "Saudi Arabia"]
    assert len(incidents) == 1
    names = _names(incidents[0])
    assert "Police Forces of Saudi Arabia" in names and "Police Forces of Yemen" not in names


def test_an_unidentified_group_of_no_country_takes_the_place_s() -> None:
    """Gunmen in an article naming no country take the country of the place they struck."""
    text = "أطلق مجهولون النار على دورية لرجال الأمن في حي العوامية بمحافظة القطيف فأصيب أحد رجال الأمن."
    incidents = analyze(text, DAY).incidents
    assert len(incidents) == 1
    assert _names(incidents[0]) == ("Unidentified Armed Group (Saudi Arabia)", "Police Forces of Saudi Arabia")
