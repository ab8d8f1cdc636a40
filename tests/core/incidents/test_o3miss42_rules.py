"""Session 42 (o3miss): the third non-Yemen read file's misses.

- An air strike by a foreign force (ACLED inter 8) on targets named between its trigger and «في» +
  the country struck is coded at that country (geo_precision 3), as a region of it is («شمال
  سوريا»): not a tally naming no target, not strikes told back with a definite noun, not the
  country of a base the aircraft fly from, and one event when told twice the same day.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import at_country as _at_country, violent

SUNDAY = date(2015, 7, 26)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, SUNDAY)


def test_a_foreign_air_strike_on_targets_in_a_country_is_coded_at_the_country() -> None:
    found = _violent("شنت مقاتلات تركية أمس السبت غارات جوية على مواقع لتنظيم داعش في سوريا.")
    hit = _at_country(found, "Syria")
    assert len(hit) == 1 and hit[0].sub_event_type == "Air/drone strike"
    assert hit[0].location.geo_precision == 3 and hit[0].location.admin1_en in ("", None)


def test_the_coalition_bombing_depots_in_a_country_is_coded_there() -> None:
    found = _violent("قصفت طائرات التحالف الدولي فجر اليوم مخازن أسلحة وأهدافا للتنظيم في العراق.")
    assert len(_at_country(found, "Iraq")) == 1


def test_a_tally_of_strikes_with_no_target_named_stays_uncoded() -> None:
    found = _violent("وقال الجيش الأمريكي إن قوات التحالف شنت 12 غارة جوية في العراق وخمس غارات في سوريا يوم السبت.")
    assert not _at_country(found, "Iraq") and not _at_country(found, "Syria")


def test_strikes_told_back_with_a_definite_noun_are_no_new_event() -> None:
    found = _violent("وقال المرصد إن الغارات التركية على مواقع التنظيم في سوريا أدت إلى مقتل سبعة مسلحين.")
    assert not _at_country(found, "Syria")


def test_the_country_of_the_base_aircraft_fly_from_is_no_place_struck() -> None:
    found = _violent("وأصبح بوسع الطائرات الأمريكية أن تنطلق من قواعد في الأردن لشن ضربات على التنظيم.")
    assert not _at_country(found, "Jordan")


def test_a_government_bombing_its_own_country_is_not_placed_by_this_rule() -> None:
    found = _violent("قصفت طائرات النظام السوري أمس مواقع للمعارضة في سوريا.")
    assert not _at_country(found, "Syria")


def test_the_same_days_strikes_told_twice_are_one_event() -> None:
    text = ("أعلن رئيس الوزراء أن الطائرات التركية شنت غارات جوية السبت على مواقع تنظيم داعش في سوريا. "
            "وكانت مقاتلات تركية قد شنت السبت غارات جوية على مواقع للتنظيم في سوريا.")
    assert len(_at_country(_violent(text), "Syria")) == 1


# Session 42 review (s42-review): two over-reaches of the rule above, seen in the corpus.

def test_a_forces_strikes_told_with_its_own_country_are_not_placed_at_it() -> None:
    # Turkey's forces (inter 8 abroad, 1 at home) in Turkey: the rule is for a force abroad
    found = _violent("شنت مقاتلات تركية أمس غارات جوية على مواقع لحزب العمال الكردستاني في تركيا.")
    assert not _at_country(found, "Turkey")
    abroad = _violent("شنت مقاتلات تركية أمس غارات جوية على مواقع لحزب العمال الكردستاني في العراق.")
    assert len(_at_country(abroad, "Iraq")) == 1


def test_strikes_in_construct_with_the_party_flying_them_are_no_new_strike() -> None:
    # a decision about a campaign: «غارات التحالف» is the coalition's known campaign
    found = _violent("وأعلن وزير الدفاع الكندي تمديد مشاركة بلاده في غارات التحالف الدولي ضد تنظيم داعش في العراق "
                     "لعام آخر.")
    assert not _at_country(found, "Iraq")


def test_the_coalitions_strikes_on_targets_in_a_country_are_still_coded_there() -> None:
    found = _violent("شنت طائرات التحالف الدولي أمس غارات جوية على مواقع للتنظيم في العراق.")
    assert len(_at_country(found, "Iraq")) == 1
