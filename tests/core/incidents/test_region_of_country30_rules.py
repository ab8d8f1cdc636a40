"""A fight, strike or blast abroad placed only by a region of its country («في شمال العراق»).

ACLED codes such an event at the country with geo_precision 3 (its convention for a region); the
pipeline set every candidate placed only by a country aside as having no place, so Turkey's air
strikes «في شمال العراق» and the PKK's attacks «في جنوب شرق تركيا» were never coded
(`incidents.region_of_country`). In Yemen and Saudi Arabia a country-level place stays no place.
Sentences written for the test; the rules alone (codability model off).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents import REGION_KIND
from core.pipeline import analyze

DAY = date(2015, 8, 2)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _coded(text: str) -> list[tuple[str, str, str, str, int]]:
    return [(i.event_type, i.location.name_ar, i.location.kind, i.location.country, i.location.geo_precision)
            for i in analyze(text, DAY, "").incidents]


@pytest.mark.parametrize("text, event_type, region, country", [
    ("شنت مقاتلات تركية أمس غارات جوية على مواقع لحزب العمال الكردستاني في شمال العراق.",
     "Explosions/Remote violence", "شمال العراق", "Iraq"),
    ("هاجم مسلحون من حزب العمال الكردستاني نقطة للجيش التركي في جنوب شرق تركيا، ما أدى إلى مقتل ثلاثة جنود.",
     "Battles", "جنوب شرق تركيا", "Turkey"),
    ("قصفت طائرات التحالف الدولي أمس مقرات لجبهة النصرة بشمال غرب سوريا.",
     "Explosions/Remote violence", "شمال غرب سوريا", "Syria"),
])
def test_an_event_in_a_region_of_a_foreign_country_is_coded_at_the_country(
        text: str, event_type: str, region: str, country: str) -> None:
    assert _coded(text) == [(event_type, region, REGION_KIND, country, 3)]


def test_no_governorate_and_no_point_is_given() -> None:
    (incident,) = analyze("شنت مقاتلات تركية أمس غارات جوية على مواقع لحزب العمال الكردستاني في شمال العراق.",
                          DAY, "").incidents
    assert (incident.location.admin1_en, incident.location.admin1_ar) == ("", "")
    assert (incident.location.lat, incident.location.lon) == (None, None)  # not the capital's point


@pytest.mark.parametrize("text", [
    # Yemen: a region of the country is no place to code
    "شنت طائرات التحالف أمس غارات على مواقع الحوثيين في شمال اليمن.",
    # a general «هاجم» with no dead counted
    "هاجم مسلحون نقطة للجيش في شرق ليبيا.",
    # no state or armed party named
    "وقعت اشتباكات أمس في شمال سوريا.",
    # where the fighting is taken, not where it was
    "نقلت الطائرات الحربية التركية المعركة ضد حزب العمال الكردستاني إلى شمال العراق.",
])
def test_other_country_level_places_stay_set_aside(text: str) -> None:
    an = analyze(text, DAY, "")
    assert an.incidents == []
    assert all("no_place" in i.flags for i in an.set_aside)


def test_the_same_days_strike_placed_finer_is_the_one_coded() -> None:
    """The region's telling is the event the next sentence places in a village: coded once."""
    an = analyze("شنت مقاتلات تركية أمس غارات على مواقع حزب العمال الكردستاني في شمال العراق. "
                 "وقتلت الغارات ستة أشخاص في قرية زركلة بمحافظة أربيل.", DAY, "")
    assert [(i.event_type, i.location.admin1_en) for i in an.incidents] == [("Explosions/Remote violence", "Erbil")]
    # the region's telling is not coded apart: set aside (version 33) or, since session 34's
    # `merge._country_lead`, one more telling of the village's strike
    assert all(i.event_type != "Explosions/Remote violence" or i.location.name_ar == "شمال العراق"
               for i in an.set_aside)
    assert len(an.incidents[0].evidence) + sum(i.event_type == "Explosions/Remote violence" for i in an.set_aside) == 2
