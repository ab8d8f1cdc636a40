"""A region told by a later telling of the same strikes (session 35).

The region rule (`incidents.region_of_country`) read only the draft's first place: when a
country-level telling in passing («في ظل الغارات الجوية للجيش على معاقل المسلحين في العراق») came first
and the report that names the region («في شمال العراق») merged into it, the incident kept the bare
country and was set aside as having no place. Every country span of the draft's own tellings is
tried now. Sentences written for the test; the rules alone (codability model off).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents import REGION_KIND
from core.pipeline import analyze

DAY = date(2015, 8, 5)

pytestmark = pytest.mark.usefixtures("rules_alone")


def test_the_region_named_by_a_later_telling_places_the_strikes() -> None:
    an = analyze("ويجتمع المجلس في ظل الغارات الجوية للجيش على معاقل المسلحين الأكراد في العراق. "
                 "وأعلن الجيش أن مقاتلاته شنت أمس غارات جديدة على مخابئ لحزب العمال الكردستاني في شمال العراق.",
                 DAY, "")
    assert [(i.event_type, i.location.name_ar, i.location.kind, i.location.country) for i in an.incidents] == [
        ("Explosions/Remote violence", "شمال العراق", REGION_KIND, "Iraq")]


def test_two_tellings_at_the_bare_country_make_no_region() -> None:
    # no region is invented from the two bare tellings; since session 42 (`_struck_abroad`) the
    # foreign air force's strikes on targets named before «في العراق» are coded at the country itself
    an = analyze("ويجتمع المجلس في ظل الغارات الجوية للجيش على معاقل المسلحين الأكراد في العراق. "
                 "وأعلن الجيش أن مقاتلاته شنت أمس غارات جديدة على مخابئ لحزب العمال الكردستاني في العراق.",
                 DAY, "")
    assert [(i.location.name_ar, i.location.kind, i.location.country) for i in an.incidents] == [
        ("العراق", REGION_KIND, "Iraq")]


def test_a_region_of_another_country_does_not_place_it() -> None:
    """The later telling's region is Turkey's; the draft's country is Iraq's: not moved."""
    an = analyze("ويجتمع المجلس في ظل الغارات الجوية للجيش على معاقل المسلحين الأكراد في العراق. "
                 "وأعلن الجيش أن مقاتلاته شنت أمس غارات جديدة على مخابئ لحزب العمال الكردستاني في العراق، "
                 "فيما قتل جندي في هجوم في جنوب شرق تركيا.", DAY, "")
    # (since session 42 the strikes may be coded at the bare country, `_struck_abroad`; never at Turkey's region)
    assert all(i.location.country != "Iraq" or i.location.kind != REGION_KIND or i.location.name_ar == "العراق"
               for i in an.incidents)


def test_a_region_told_of_a_party_in_a_relative_clause_does_not_place_it() -> None:
    """«… على قواعد للحزب، الذي يخوض منذ عقود تمردا في جنوب شرق تركيا»: where the party fights."""
    an = analyze("ويجتمع المجلس في ظل الغارات الجوية للجيش على معاقل المسلحين في تركيا. "
                 "وشنت المقاتلات أمس غارات على قواعد لحزب العمال الكردستاني، الذي يخوض منذ عقود تمردا في جنوب شرق تركيا.",
                 DAY, "")
    assert all(i.location.kind != REGION_KIND for i in an.incidents)
