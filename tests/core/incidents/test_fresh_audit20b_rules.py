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


def test_shelling_answered_the_other_way_is_another_event() -> None:
    """«سقطت قذائف حوثية على قرية … وقصفت المدفعية السعودية مواقع الحوثيين»: the second shelling
    names its own doer, who fires on the first one's doer — two shellings, each with its own sides,
    not one Saudi shelling that swallowed the Houthis' one."""
    text = ("سقطت قذائف حوثية أمس على قرية في محافظة الحرث بجازان. "
            "وقصفت المدفعية السعودية مواقع المسلحين الحوثيين قرب الحدود.")
    incidents = analyze(text, DAY).incidents
    assert sorted(i.sub_event_type for i in incidents) == ["Shelling/artillery/missile attack"] * 2
    assert {_names(i)[0] for i in incidents} == {"Houthis (Ansar Allah)", "Military Forces of Saudi Arabia (2015-)"}
    saudi = next(i for i in incidents if _names(i)[0].startswith("Military Forces of Saudi"))
    assert _names(saudi)[1] == "Houthis (Ansar Allah)"


def test_a_fight_told_from_both_sides_stays_one() -> None:
    """The answer rule is for shelling only: a clash told again from the other side is one clash."""
    text = ("اشتبكت قوات الجيش مع المسلحين الحوثيين في مديرية صرواح بمأرب أمس. "
            "وهاجم المسلحون الحوثيون مواقع الجيش في صرواح.")
    incidents = analyze(text, DAY).incidents
    assert [i.event_type for i in incidents] == ["Battles"]


def test_a_party_after_a_targeting_verb_and_before_a_date_is_its_subject() -> None:
    """«استهدفت ميليشيات الحوثي … أمس أحياء مدينة …»: verb, party, date, object — the party fires
    (it had been read as the target, leaving the shelling with no doer); with the means right after
    the date («أمس بغارات جوية») the party is still who was hit."""
    text = "استهدفت ميليشيات الحوثي الانقلابية وحلفاؤهم أمس أحياء مدينة ظهران الجنوب بقذائف الهاون."
    incidents = analyze(text, DAY).incidents
    assert len(incidents) == 1
    assert _names(incidents[0])[0] == "Houthis (Ansar Allah)"
    text = "استهدفت ميليشيات الحوثي أمس بغارات جوية في مديرية حرض بمحافظة حجة."
    incidents = analyze(text, DAY).incidents
    assert len(incidents) == 1
    assert _names(incidents[0])[1] == "Houthis (Ansar Allah)"


def test_aircraft_sweeping_a_place_strike_it_and_take_no_ground() -> None:
    """«قامت طائرات الأباتشي بتمشيط الشريط الحدودي … وقصف تجمعات المتمردين»: aircraft named as the
    subject of a clearing word (no ground party before it) strike from the air — no territory
    regained; ground forces sweeping a district still regain it."""
    text = ("قامت طائرات الأباتشي أمس بتمشيط الشريط الحدودي في مديرية حرض بمحافظة حجة "
            "وقصف تجمعات المتمردين الحوثيين.")
    incidents = analyze(text, DAY).incidents
    assert [(i.event_type, i.sub_event_type) for i in incidents] == [("Explosions/Remote violence", "Air/drone strike")]
    text = "قامت قوات الجيش أمس بتمشيط مديرية حرض بمحافظة حجة وطرد المتمردين الحوثيين منها."
    incidents = analyze(text, DAY).incidents
    assert [i.sub_event_type for i in incidents] == ["Government regains territory"]
