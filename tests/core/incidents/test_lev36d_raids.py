"""Raids and arrests in non-Yemen news (session 36, lev14): a storming word told with an arrest and
no fighting is the arrest's means — one Arrests event, no armed clash beside it; with clashes or
someone hurt the fight is told and stays.

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import told

pytestmark = pytest.mark.usefixtures("rules_alone")

SATURDAY = date(2015, 8, 8)


def _kinds(text: str, day: date = SATURDAY) -> list[str]:
    return sorted(i.sub_event_type for i in told(text, day))


@pytest.mark.parametrize("text", [
    "اعتقلت قوات الاحتلال الإسرائيلي، اليوم، أربعة شبان فلسطينيين بعد اقتحام منازلهم في بلدة عزون شرق قلقيلية.",
    "اقتحمت قوات الاحتلال بلدة بيت فجار جنوب بيت لحم فجر اليوم واعتقلت ثلاثة مواطنين.",
    "واعتقل الجيش الإسرائيلي صباح اليوم خمسة فلسطينيين خلال اقتحام عدة قرى في محافظة نابلس.",
])
def test_a_raid_with_arrests_and_no_fight_is_the_arrest(text: str) -> None:
    assert _kinds(text) == ["Arrests"], text


def test_a_raid_with_a_fight_told_stays_a_fight() -> None:
    """«واندلعت مواجهات … أصيب خلالها»: the raid is not only the arrest's means."""
    text = ("اقتحمت قوات الاحتلال بلدة يعبد جنوب جنين فجر اليوم واعتقلت شابين، واندلعت مواجهات مع الشبان "
            "أصيب خلالها اثنان بالرصاص الحي.")
    assert "Arrests" not in _kinds(text) or len(_kinds(text)) > 1, _kinds(text)
    assert any(k != "Arrests" for k in _kinds(text)), _kinds(text)



def _sides(text: str, day: date = SATURDAY) -> list[tuple[str, str, str]]:
    return [(i.sub_event_type, i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
            for i in told(text, day)]


@pytest.mark.parametrize("text", [
    "وأصيب شاب برصاص الجيش الإسرائيلي خلال مواجهات اندلعت في بلدة بيت فجار جنوب بيت لحم فجر اليوم.",
    "اقتحمت قوات الاحتلال بلدة يعبد جنوب جنين فجر اليوم، واندلعت مواجهات مع الشبان الذين رشقوا الجنود بالحجارة.",
])
def test_confrontations_with_israels_forces_in_palestine_are_a_riot(text: str) -> None:
    """CODING.md: Palestinian youths in confrontations with the army or police are Riots."""
    found = _sides(text)
    assert found and found[0][0] == "Violent demonstration", found
    assert found[0][1] == "Rioters (Palestine)" and "Israel" in found[0][2], found


def test_a_fight_with_an_armed_group_in_palestine_stays_a_clash() -> None:
    """An armed Palestinian group named as the other side: an armed clash."""
    text = "اندلعت اشتباكات مسلحة بين قوات الاحتلال ومقاتلين من كتائب القسام شرق خان يونس فجر اليوم."
    assert all(k != "Violent demonstration" for k, _, _ in _sides(text)), _sides(text)
