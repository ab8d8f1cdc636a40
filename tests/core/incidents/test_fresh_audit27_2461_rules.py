"""Rules added after the fresh-article audit of seed 2461 (session 27): a coder's reading of
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


def _incidents(text: str) -> list[tuple[str, str, str, str]]:
    return coded(text, DAY, "sub_event_type", "admin1", "actor1", "actor2")


# -- «هذه القوات»: the forces a sentence before told of ------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال قائد ميداني إن قوات المقاومة الشعبية سيطرت أمس على الطريق المؤدي إلى مدينة عتق في محافظة"
    " شبوة. وأضاف القائد أن هذه القوات بسطت نفوذها على ثلاثة مواقع أخرى في مديرية بيحان.",
    "تقدمت قوات المقاومة الشعبية أمس في محافظة شبوة بعد معارك مع المتمردين. وأكد مصدر محلي أن تلك"
    " القوات سيطرت على ثلاثة مواقع في مديرية بيحان.",
])
def test_these_forces_took_the_place_for_the_forces_told_of_before(text: str) -> None:
    """«وأضاف القائد أن هذه القوات بسطت نفوذها على ثلاثة مواقع»: the taker is the Resistance the
    sentence before told of, so the place is regained by the government's side — not taken by an
    unnamed non-state actor."""
    found = [i for i in _incidents(text) if i[1] == "Shabwah"]
    assert ("Government regains territory", "Shabwah", "Popular Resistance") in [i[:3] for i in found], found
    assert not any(i[0] == "Non-state actor overtakes territory" for i in found), found


def test_these_forces_are_not_the_forces_named_as_the_ones_fought() -> None:
    """The forces pointed back to are the party the sentence told of first (its agent), not forces
    named after it as the ones fought («الخناق على الميليشيات والقوات الموالية للمخلوع»)."""
    text = ("ضيقت القوات الموالية للرئيس اليمني عبد ربه منصور هادي الخناق على ميليشيات الحوثي والقوات"
            " الموالية للمخلوع صالح في محافظة لحج. وقال مصدر عسكري إن هذه القوات سيطرت أمس على جبل"
            " منيف في مديرية تبن.")
    found = [i for i in _incidents(text) if i[0] in ("Government regains territory", "Non-state actor overtakes territory")]
    assert found and all(i[0] == "Government regains territory" and i[2] == "Military Forces of Yemen (2012-)"
                         for i in found), found

