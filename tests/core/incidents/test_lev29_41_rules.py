"""Session 41 (lev29): a pass over fresh non-Yemen conflict articles (levant seeds 3341, 3351).

- A list of places after a destination cue is where people headed, every item of it: under a
  plural or dual head («باتجاه مدينتي حمص وحماة», «باتجاه بلدات …»), and past items the
  recogniser did not read as places when the place is joined to them by «و».
- A place named with a relational adjective and then «ب» + a town («مجمع مليتة النفطي بزوارة») lies
  in that town: one event, not one per place.
- People taken «من أبناء/سكان» a town that the clause only says the governorate of («… الواقعة في
  محافظة حمص») were taken in that town: it is no home beside another event place.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import place_names, violent

SATURDAY = date(2015, 8, 8)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, SATURDAY)


# -- a destination list -----------------------------------------------------------------------------

def test_towns_under_a_dual_head_after_a_destination_cue_are_no_targets() -> None:
    text = "قصفت طائرات النظام بلدة تلبيسة أمس، ما دفع مئات العائلات إلى النزوح باتجاه مدينتي حمص وحماة."
    found = _violent(text)
    assert len(found) == 1
    assert found[0].location.admin1_en == "Homs"
    assert "Hama" not in [i.location.admin1_en for i in found]


def test_a_destination_list_goes_on_past_an_item_not_read_as_a_place() -> None:
    text = ("قصفت طائرات النظام بلدة تلبيسة أمس، ما دفع مئات العائلات إلى النزوح باتجاه بلدات الغنطو ودير "
            "فول والزعفرانة.")
    found = _violent(text)
    assert len(found) == 1
    assert place_names(found) == ["Tallbisah"]


def test_a_place_joined_by_a_verb_after_a_destination_is_still_an_event_place() -> None:
    """«و» + a verb opens another deed: the place after it is no item of the destination list."""
    text = ("تقدمت قوات النظام باتجاه مدينة تدمر وقصفت طائراتها بلدة القريتين أمس ما أدى إلى مقتل أربعة "
            "مدنيين.")
    found = _violent(text)
    assert "Al Qaryatayn" in place_names(found)


# -- a facility with its adjective, in its town ----------------------------------------------------------

def test_a_facility_with_its_adjective_and_its_town_is_one_place() -> None:
    text = "خطف مسلحون مجهولون خمسة عمال أجانب أمس قرب مجمع مليتة النفطي بزوارة."
    found = _violent(text)
    assert len(found) == 1
    assert found[0].captured == 5


def test_a_facility_and_a_town_listed_with_wa_stay_two_places() -> None:
    text = "خطف مسلحون مجهولون ستة موظفين أمس من مجمع مليتة وزوارة."
    assert len(_violent(text)) == 2


# -- residents of a town placed only by its governorate -----------------------------------------------

def test_people_of_a_town_taken_where_only_its_governorate_is_told() -> None:
    text = "اختطف مسلحون مجهولون 30 من أبناء بلدة القريتين الواقعة في محافظة حمص أمس."
    found = _violent(text)
    assert len(found) == 1
    assert found[0].location.name_en == "Al Qaryatayn"
    assert found[0].location.geo_precision == 1


def test_a_residents_home_beside_another_event_place_stays_a_home() -> None:
    text = "قتل مسلحون مجهولون شابا من سكان مخيم جنين بإطلاق النار عليه في مدينة نابلس أمس."
    assert place_names(_violent(text)) == ["Nablus"]


def test_an_advance_toward_a_list_of_towns_is_fought_there() -> None:
    """No flight word before the cue: a repelled advance «نحو …» keeps the list's places as the fight's."""
    text = "صد مقاتلو المعارضة محاولة لقوات النظام للتقدم نحو مدينة مورك وبلدة اللطامنة أمس."
    found = _violent(text)
    assert [i.location.admin1_en for i in found] == ["Hama"]


# -- a toll since a day told before is a tally -------------------------------------------------------

def test_killed_since_then_is_a_tally_not_an_event() -> None:
    text = ("قتل مسلحون جنديين في هجوم على دورية عسكرية في ولاية ماردين أمس. ومنذ ذلك الحين قتل 14 عنصرا من قوات "
            "الأمن في هجمات متفرقة.")
    found = _violent(text)
    assert [i.fatalities for i in found] == [2]


# -- strikes told on in a relative clause ------------------------------------------------------------

def test_strikes_that_targeted_a_convoy_carry_the_toll_to_the_strike() -> None:
    text = ("قصفت طائرات التحالف الدولي رتلا لمسلحي داعش قرب مدينة بيجي أمس. وقال مصدر أمني إن الضربات الجوية "
            "التي استهدفت الرتل أسفرت عن مقتل 20 مسلحا.")
    found = _violent(text)
    assert [(i.sub_event_type, i.fatalities) for i in found] == [("Air/drone strike", 20)]
