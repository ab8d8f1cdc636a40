"""Non-Yemen pass 15 (session 37): a country named right after a verb of striking («قصفت تركيا أمس مواقع
لتنظيم داعش», «وشنت روسيا غارات») is its own forces that struck; a country after a preposition is a
place, and a coalition member's country is left to the coalition the article tells. Sentences written for
the tests."""

from __future__ import annotations

from core.pipeline import analyze


def _actor1(text: str) -> list[str]:
    return [(i.actor1.name_en if i.actor1 else "") for i in analyze(text, "2015-08-01", "").incidents]


def test_a_country_after_a_strike_verb_is_its_forces() -> None:
    for text, force in (("قصفت تركيا أمس مواقع لتنظيم داعش قرب مدينة جرابلس.", "Military Forces of Turkey"),
                        ("وشنت روسيا غارات جوية على مواقع لجبهة النصرة في ريف حماة أمس.", "Military Forces of Russia"),
                        ("قصفت إسرائيل أمس مواقع لحركة حماس في قطاع غزة.", "Military Forces of Israel")):
        actors = _actor1(text)
        assert actors and actors[0].startswith(force), (text, actors)


def test_a_country_after_a_preposition_acts_not() -> None:
    # «في تركيا»: where, not who
    actors = _actor1("قصفت الطائرات أمس مواقع لتنظيم داعش قرب الحدود مع تركيا.")
    assert not any(a.startswith("Military Forces of Turkey") for a in actors), actors
