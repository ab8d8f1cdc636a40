"""Defects found reviewing session 26's merged rules (review of 911c9f9..a469294).

Sentences written for the tests in the style of Yemen war news; the real pipeline reads them with
the codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.document import Span
from core.incidents.detect import weapon_kind
from core.pipeline import analyze

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.sub_event_type, i.location.admin1_en if i.location else "", i.actor1 and i.actor1.name_en)
            for i in an.incidents]


def test_anti_aircraft_weapons_are_no_aircraft() -> None:
    """weapons.json's «Anti-aircraft gun» (category anti_aircraft: «مضادات الطائرات», «الدفاعات
    الجوية») held «aircraft» in its label, so `weapon_kind` read it as an air strike's weapon, and
    the aircraft-fires-the-missile rule turned missiles fired by air defences into a coalition air
    strike. They fire from the ground."""
    gun = Span(0, 1, "WEAPON", "x", attrs={"category": "anti_aircraft", "name_en": "Anti-aircraft gun"})
    assert weapon_kind(gun) is None
    jets = Span(0, 1, "WEAPON", "x", attrs={"category": "aircraft", "name_en": "Fighter jets"})
    assert weapon_kind(jets) == ("Explosions/Remote violence", "Air/drone strike")
    text = "وأطلقت مضادات الطائرات التابعة للحوثيين صواريخ على مدينة مأرب أمس."
    assert _coded(text) == [("Shelling/artillery/missile attack", "Marib", "Houthis (Ansar Allah)")]
    text = "وأطلقت الدفاعات الجوية صواريخ على مواقع الحوثيين في مدينة صعدة أمس."
    assert [c[:2] for c in _coded(text)] == [("Shelling/artillery/missile attack", "Sadah")]
