"""Rules added in session 36 for the actors of incidents outside Yemen (actors36): a month written
«آب» is no Yemeni governorate «إب» (no country cue of Yemen).

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

pytestmark = pytest.mark.usefixtures("rules_alone")

MONDAY = date(2015, 8, 10)


def _actor_names(text: str) -> dict[str, str]:
    an = analyze(text, MONDAY)
    return {text[s.start:s.end]: s.attrs.get("name_en", "") for s in an.entities if s.label == "ARMED_ACTOR"}


def test_the_month_aab_is_no_yemeni_governorate() -> None:
    """«آب» (August) normalises as «إب»: a report from an American town dated in it is no Yemeni one."""
    text = ("تظاهر مئات في مدينة بالتيمور في 12 آب الماضي احتجاجا على مقتل رجل برصاص الشرطة، "
            "وقالت الشرطة إنها اعتقلت عشرة أشخاص.")
    assert not any("Yemen" in n for n in _actor_names(text).values())


def test_the_governorate_ibb_is_still_yemen() -> None:
    text = "قالت مصادر محلية إن الشرطة اعتقلت عشرة أشخاص في محافظة إب أمس."
    assert _actor_names(text)["الشرطة"] == "Police Forces of Yemen"
