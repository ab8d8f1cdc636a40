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

