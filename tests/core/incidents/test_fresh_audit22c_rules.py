"""Rules added after the fresh-article audit 22c (seeds 2211–2213: a coder's reading of
never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 6)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _places(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(i.location.admin1_en, i.sub_event_type) for i in analyze(text, DAY, title).incidents if i.location]


@pytest.mark.parametrize("text, admin1", [
    ("دارت أمس معارك عنيفة بين رجال المقاومة ومسلحي الحوثي في محيط مدينة تعز.", "Taizz"),
    ("قصفت مقاتلات التحالف فجر اليوم تجمعات للمتمردين في ضواحي مدينة ذمار.", "Dhamar"),
])
def test_a_city_after_a_generic_head_is_that_city_not_algiers(text: str, admin1: str) -> None:
    """«في محيط مدينة تعز», «في ضواحي مدينة ذمار»: the indefinite «مدينة» (a city) after a generic
    head (محيط, ضواحي, منطقة) is the head of the name that follows, not a name of its own — the
    gazetteer lists «مدينة» among Algiers' Arabic names, which put the fight in Algeria."""
    places = _places(text)
    assert places and all(a == admin1 for a, _ in places), places
