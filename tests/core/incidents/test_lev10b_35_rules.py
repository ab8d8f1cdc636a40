"""Non-Yemen audit (session 35, seed 2961): the tolls told per place after a list of governorates.

Sentences written for the tests; the real pipeline reads them with the codability model switched
off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _strikes(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return sorted((i.location.admin1_en if i.location else "", i.fatalities) for i in an.incidents)


def test_tolls_told_per_place_after_a_list_of_governorates() -> None:
    """A total over a list of governorates, then one sentence telling each place's dead in a clause of
    its own («مقتل 15 … في بلدة الشدادي بريف الحسكة، بينما قتل 25 منهم … قرب مدينة الطبقة بريف الرقة»),
    with no deed word of their own: each toll is its place's strike, not the first place's."""
    text = ("قتل 40 عنصرا من تنظيم داعش في غارات للتحالف الدولي على مواقع التنظيم في الحسكة والرقة خلال "
            "اليومين الماضيين. وأشار المرصد إلى مقتل 15 من داعش جراء استهداف مقر في بلدة الشدادي بريف الحسكة، "
            "بينما قتل 25 منهم في استهداف لمعسكر قرب مدينة الطبقة بريف الرقة.")
    assert _strikes(text) == [("Al-Hasakeh", 15), ("Ar-Raqqa", 25)]


def test_a_toll_after_a_list_goes_to_its_own_place() -> None:
    """«غارات … في صنعاء وتعز. وقتل ثلاثة مدنيين في مدينة تعز، بينما قتل اثنان في حي الحصبة بصنعاء»:
    each toll to the strike of its own place, whichever was named last in the list."""
    text = ("شنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء وتعز. "
            "وقتل ثلاثة مدنيين في مدينة تعز، بينما قتل اثنان في حي الحصبة بصنعاء.")
    assert _strikes(text) == [("Amanat al Asimah", 2), ("Taizz", 3)]


def test_one_place_tolls_in_two_clauses_stay_one_report() -> None:
    """Two tolls of one governorate in one sentence («… في مدينة الميادين، بينما قتل خمسة في بلدة
    البوكمال», both Deir ez-Zor): no split, the sentence's event as before."""
    text = ("شنت طائرات التحالف الدولي غارات على مواقع تنظيم داعش في دير الزور. وأشار المرصد إلى مقتل "
            "ثمانية من داعش في مدينة الميادين، بينما قتل خمسة منهم في مدينة البوكمال.")
    assert [p for p, _ in _strikes(text)] == ["Deir-ez-Zor"]


def test_a_toll_clause_with_no_place_does_not_keep_the_others_together() -> None:
    """«إن أغلب القتلى من الأجانب، وأشار إلى مقتل 15 … بريف الحسكة، بينما قتل 25 منهم … بريف الرقة»:
    the clause naming no place goes with the part before; the two placed tolls are still two."""
    text = ("قتل 40 عنصرا من تنظيم داعش في غارات للتحالف الدولي على مواقع التنظيم في الحسكة والرقة خلال "
            "اليومين الماضيين. وقال المرصد إن أغلب القتلى من الأجانب، وأشار إلى مقتل 15 من داعش جراء استهداف "
            "مقر في بلدة الشدادي بريف الحسكة، بينما قتل 25 منهم في استهداف لمعسكر قرب مدينة الطبقة بريف الرقة.")
    assert _strikes(text) == [("Al-Hasakeh", 15), ("Ar-Raqqa", 25)]
