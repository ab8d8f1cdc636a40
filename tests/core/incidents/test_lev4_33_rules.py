"""Session 33 (lev4), a pass on fresh Iraqi and Syrian articles: a site for launching shells that a
strike destroyed is equipment lost, not a shelling; «دول التحالف» and «قوات التحالف» are the
anti-IS coalition in Iraq and Syria, as the bare «التحالف» already is.

Sentences written for the tests in the style of that news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.entities import lexicon
from core.pipeline import analyze

DAY = date(2015, 7, 26)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone

SHELLING = "Shelling/artillery/missile attack"


def _types(text: str) -> list[str]:
    return sorted(i.sub_event_type for i in analyze(text, DAY).incidents)


def test_a_site_for_launching_shells_the_aircraft_destroyed_is_their_strike() -> None:
    """«دمرت الطائرات موقعا لإطلاق قذائف الهاون»: «لإطلاق» names what the site is for — the mortar
    is equipment destroyed, not fire of its own."""
    assert _types("وقال الجيش إن الطائرات دمرت أمس موقعا لإطلاق قذائف الهاون قرب مدينة الفلوجة.") == ["Air/drone strike"]
    assert SHELLING not in _types(
        "وأكد بيان عسكري أن الغارات دمرت مبنى ومركزا لإطلاق قذائف المورتر تابعا للتنظيم قرب الموصل أمس.")


def test_shells_fired_are_still_shelling() -> None:
    """Shells fired on a place stay a shelling; a destroy verb with the shells as its means too."""
    assert _types("وقصفت القوات الحكومية أمس بقذائف الهاون أحياء في مدينة الفلوجة.") == [SHELLING]


def _names(text: str) -> set[str]:
    doc = analyze(text, None, until="tokenise").doc
    return {s.attrs.get("name_en", "") for s in lexicon.find(doc) if s.label == "ARMED_ACTOR"}


@pytest.mark.parametrize("phrase", ["دول التحالف", "قوات التحالف"])
def test_the_coalition_in_iraq_and_syria_is_the_anti_is_one(phrase: str) -> None:
    iraq = _names(f"وقال مسؤول عراقي إن {phrase} نفذت غارات على مواقع تنظيم داعش في محافظة الأنبار بالعراق.")
    assert "International Coalition against the Islamic State" in iraq
    assert "Operation Restoring Hope" not in iraq
    syria = _names(f"وذكر المرصد السوري أن {phrase} قصفت مواقع لتنظيم داعش في ريف الرقة شمال سوريا.")
    assert "International Coalition against the Islamic State" in syria


@pytest.mark.parametrize("phrase", ["دول التحالف", "قوات التحالف"])
def test_the_coalition_in_yemen_is_still_the_saudi_led_one(phrase: str) -> None:
    yemen = _names(f"وقالت مصادر محلية إن {phrase} قصفت مواقع للحوثيين في محافظة صعدة شمال اليمن.")
    assert "Operation Restoring Hope" in yemen
