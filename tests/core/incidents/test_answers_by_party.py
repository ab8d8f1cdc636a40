"""An answer to fire told with the party that answers and no weapon («وردت القوات السعودية على
مصادر النيران»): the party shells the source of the fire (detect._answers). A party answering a
statement or questions fires nothing."""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 3)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    analysis = analyze(text, DAY)
    return [(i.sub_event_type, i.location.admin1_en if i.location else None, i.actor1.name_en if i.actor1 else None)
            for i in analysis.incidents + analysis.set_aside]


def test_a_party_answering_the_source_of_fire_shells_it() -> None:
    got = _coded("وردت القوات السعودية أمس على مصادر النيران في مديرية رازح بمحافظة صعدة.")
    assert got == [("Shelling/artillery/missile attack", "Sadah", "Military Forces of Saudi Arabia (2015-)")]


def test_a_party_answering_a_statement_or_questions_fires_nothing() -> None:
    assert _coded("وردت القوات السعودية أمس على البيان الصادر عن الحوثيين في صنعاء.") == []
    assert _coded("ورد المتحدث باسم قوات التحالف على أسئلة الصحفيين في مدينة الرياض.") == []


def test_fire_from_across_the_border_takes_no_side_of_the_other_clause() -> None:
    """«سقطت قذائف على قرى في جازان أطلقت من الجانب اليمني، وقصفت المدفعية السعودية مواقع الحوثيين في
    صعدة»: one report split by place; the Jazan part's clause names no party and says the fire came
    from Yemen, so the Saudi artillery of the other clause is not its shooter."""
    analysis = analyze("سقطت قذائف على قرى في جازان أمس أطلقت من الجانب اليمني، وقصفت المدفعية السعودية "
                       "مواقع الحوثيين في صعدة.", DAY)
    got = sorted((i.location.admin1_en, i.actor1.name_en if i.actor1 else None, i.actor2.name_en if i.actor2 else None)
                 for i in analysis.incidents)
    assert got == [("Jazan", "Houthis (Ansar Allah)", "Civilians (Saudi Arabia)"),
                   ("Sadah", "Military Forces of Saudi Arabia (2015-)", "Houthis (Ansar Allah)")]
