"""Rules added after the fresh-article audit of seed 2551 (session 28): a coder's reading of
never-coded SaudiNewsNet Yemen news.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_fixtures import coded

DAY = date(2015, 7, 25)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _incidents(text: str) -> list[tuple[str, str, str]]:
    return coded(text, DAY, "sub_event_type", "admin1", "actor1")


# -- an armed party entering a place takes it ------------------------------------------------------

@pytest.mark.parametrize("text, admin1", [
    ("وعلى جبهة أخرى، دخلت طلائع من المقاومة الشعبية إلى وسط مدينة زنجبار صباح أمس وتقوم بملاحقة فلول المتمردين.",
     "Abyan"),
    ("ودخلت عناصر من المقاومة الشعبية مدينة الحوطة فجر اليوم بعد أيام من الحصار.", "Lahij"),
])
def test_armed_party_entering_a_town_takes_it(text: str, admin1: str) -> None:
    assert ("Government regains territory", admin1, "Popular Resistance") in _incidents(text)


def test_entry_with_no_fight_stays_a_handover() -> None:
    got = _incidents("ودخلت قوات المقاومة الشعبية مدينة دمت عصر أمس دون حدوث أي مواجهات.")
    assert [g[0] for g in got] == ["Non-violent transfer of territory"]
