"""Rules added after audit 20b of fresh articles (a coder's reading of never-coded war news).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 8)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _names(incident) -> tuple[str, str]:
    return (incident.actor1.name_en if incident.actor1 else "", incident.actor2.name_en if incident.actor2 else "")


def test_a_taking_with_a_pronoun_for_its_taker_goes_on_with_the_earlier_clause_s_party() -> None:
    """«حققت قوات الجيش تقدما، إذ بسطت سيطرتها على …، مما دفع الحوثيين إلى الفرار»: the taker is the
    party of the clause before (it tells no event), not the party made to flee named after the
    place; the sub-event follows the taker."""
    text = ("حققت قوات الجيش الوطني تقدما جديدا أمس، إذ بسطت سيطرتها على مدينة الحوطة في محافظة لحج، "
            "مما دفع العشرات من المسلحين الحوثيين إلى الفرار باتجاه محافظة تعز.")
    incidents = analyze(text, DAY).incidents
    assert len(incidents) == 1
    assert incidents[0].sub_event_type == "Government regains territory"
    assert _names(incidents[0]) == ("Military Forces of Yemen (2012-)", "Houthis (Ansar Allah)")
    text = ("حقق المسلحون الحوثيون تقدما جديدا أمس، إذ بسطوا سيطرتهم على مدينة الحوطة في محافظة لحج، "
            "مما دفع العشرات من مقاتلي المقاومة الشعبية إلى الانسحاب.")
    incidents = analyze(text, DAY).incidents
    assert len(incidents) == 1
    assert incidents[0].sub_event_type == "Non-state actor overtakes territory"
    assert _names(incidents[0]) == ("Houthis (Ansar Allah)", "Popular Resistance")
