"""Rules added after the u21 error analysis of the read parts: buckets where the coder wrote more
incidents of one event type and governorate than the pipeline coded (where the extra gold
incidents went).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 2)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _places(text: str) -> list[str]:
    return sorted(inc.location.text for inc in analyze(text, DAY).incidents if inc.location)


def test_a_district_listed_beside_a_place_put_in_it_by_the_text_is_a_second_target() -> None:
    """«في منطقة رأس عيسى والصليف»: Ras Isa, which the gazetteer does not place, is put in the
    district named beside it; the district is still the list's second target, not its container.
    A place the gazetteer itself puts in the district, or one glued to it by «ب», stays nested."""
    listed = _places("شنت طائرات التحالف فجر اليوم غارات على مخازن أسلحة في منطقة رأس عيسى والصليف، "
                     "غرب مدينة الحديدة.")
    assert len(listed) == 2 and any("الصليف" in p for p in listed)
    nested = _places("شنت طائرات التحالف فجر اليوم غارات على قرية الحصون بمديرية مجزر في محافظة مأرب.")
    assert len(nested) == 1
