"""An arrest naming no doer in non-Yemen news (session 36, lev14): the force named storming or
raiding right before it, in its sentence or the one before, made it; a storming told the sentence
before with no one hurt was that arrest's raid — one Arrests event, no battle.

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import told

pytestmark = pytest.mark.usefixtures("rules_alone")

SATURDAY = date(2015, 8, 8)


def _arrests(text: str, day: date = SATURDAY) -> list[tuple[str, str, str]]:
    return [(i.sub_event_type, i.actor1.name_en if i.actor1 else "", i.location.name_en if i.location else "")
            for i in told(text, day)]


def test_an_arrest_naming_no_doer_is_made_by_the_raiders_before() -> None:
    """«اقتحمت قوات … بلدة X. واعتقل الشاب …»: the force that stormed the town arrested him — one
    Arrests event at the town, no battle."""
    text = ("اقتحمت قوات الاحتلال الإسرائيلي بلدة قباطية جنوب جنين فجر اليوم. "
            "واعتقل الشاب أحمد سمير من منزله.")
    found = _arrests(text)
    assert [k for k, _, _ in found] == ["Arrests"], found
    assert "Israel" in found[0][1], found


def test_an_arrest_naming_no_doer_in_the_raid_sentence() -> None:
    """«… آليات عسكرية … داهمت … واعتقلت»: the raiding force is the doer of the arrest beside it."""
    text = ("وذكرت مصادر محلية أن قوات الاحتلال داهمت بلدة عناتا شمال القدس فجر اليوم. "
            "واعتقلت بعد اقتحام منزله بآليات عسكرية الأسير المحرر خالد.")
    found = _arrests(text)
    assert found and all(k == "Arrests" and "Israel" in a1 for k, a1, _ in found), found


def test_a_raid_with_someone_hurt_is_no_arrest_raid() -> None:
    """A storming before the arrest that hurt someone is a fight of its own: it stays."""
    text = ("اقتحمت قوات الاحتلال الإسرائيلي بلدة قباطية جنوب جنين فجر اليوم وأصيب شاب بالرصاص الحي. "
            "واعتقل الشاب أحمد سمير من منزله.")
    assert any(k != "Arrests" for k, _, _ in _arrests(text)), _arrests(text)
