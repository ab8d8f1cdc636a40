"""Incident shapes earlier sessions left (session 36, left36): written sentences."""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze


def _incidents(text: str):
    a = analyze(text, date(2015, 8, 4))
    return a.incidents + a.set_aside


def _side(inc, k: int) -> list[str]:
    return [a.name_en for a in inc.side(k)]


def test_an_air_strikes_other_parties_in_its_sentence_are_neither_side() -> None:
    # the strike's sentence goes on about a fight between others: they neither struck nor were struck
    text = ("وقتل 14 مسلحا من تنظيم داعش أمس الاثنين في غارات نفذها طيران التحالف الدولي على مواقع للتنظيم "
            "قرب مدينة الحسكة التي تدور فيها معارك بين التنظيم ووحدات حماية الشعب الكردية وقوات النظام السوري.")
    strikes = [i for i in _incidents(text) if i.sub_event_type == "Air/drone strike"]
    assert strikes
    for inc in strikes:
        assert _side(inc, 1) == ["International Coalition against the Islamic State"]
        assert _side(inc, 2) == ["Islamic State (Syria)"]


def test_an_air_strike_naming_only_its_striker_and_target_keeps_both() -> None:
    text = "وشنت طائرات التحالف الدولي أمس الاثنين غارات على مواقع تنظيم داعش قرب مدينة الحسكة."
    strikes = [i for i in _incidents(text) if i.sub_event_type == "Air/drone strike"]
    assert strikes and all(_side(i, 2) == ["Islamic State (Syria)"] for i in strikes)
