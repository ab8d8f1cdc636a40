"""Session 41 (lev31): a pass over fresh non-Yemen conflict articles (levant seeds 3391, 3401).

- Two quarters under the dual head «حيي», placed right after by «في/ب» + a town, lie in that town,
  like a list after «أحياء»: a name the gazetteer reads as a big town of another country
  (Damascus's al-Yarmuk) is a namesake quarter there, not a jump to that country.
- «الحركة الانفصالية الكردية», «الانفصاليين الأكراد», «المنظمة الانفصالية (الإرهابية)» in news of
  Turkey or Iraq are the PKK (the wire services' and the Turkish army's words for it).
- Çınar («تشينار»), a town of Diyarbakır, is in the gazetteer (curated).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import violent

SUNDAY = date(2015, 7, 26)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _violent(text: str) -> list:
    return violent(text, SUNDAY)


def _admin1(found: list) -> list[str]:
    return [i.location.admin1_en for i in found if i.location]


# -- quarters under a dual head, placed in a town after them ----------------------------------------

def test_two_quarters_after_a_dual_head_lie_in_the_town_told_after_them() -> None:
    text = "قتل ستة مدنيين أمس في انفجار عبوتين ناسفتين في حيي اليرموك والمعلمين في مدينة بعقوبة."
    found = _violent(text)
    assert found and set(_admin1(found)) == {"Diyala"}
    assert all(i.location.country == "Iraq" for i in found if i.location)


def test_a_list_of_quarters_in_a_town_of_another_country_than_a_namesake() -> None:
    text = "سقطت ثلاث قذائف هاون أمس على أحياء اليرموك والجديدة في بعقوبة ما أدى إلى إصابة أربعة أشخاص."
    found = _violent(text)
    assert found and set(_admin1(found)) == {"Diyala"}


def test_a_quarter_of_its_own_town_keeps_its_reading() -> None:
    text = "قصفت قوات النظام أمس حيي جوبر والقابون في دمشق بالمدفعية الثقيلة."
    found = _violent(text)
    assert found and set(_admin1(found)) == {"Damascus"}


# -- the Kurdish separatist movement in Turkish news is the PKK --------------------------------------

def test_the_kurdish_separatist_movement_that_claims_a_killing_in_turkey_is_the_pkk() -> None:
    text = ("قتل جنديان تركيان أمس في هجوم على نقطة عسكرية في ولاية ماردين جنوب شرق تركيا. "
            "وتبنت الحركة الانفصالية الكردية الهجوم في بيان.")
    found = _violent(text)
    assert found and any(i.actor1 and i.actor1.name_en.startswith("PKK") for i in found)


def test_the_separatist_organisation_of_a_turkish_army_statement_is_the_pkk() -> None:
    text = "أعلن الجيش التركي أمس مقتل ثلاثة من جنوده في هجوم نفذته المنظمة الانفصالية الإرهابية على ثكنة في ولاية هكاري."
    found = _violent(text)
    assert found and any(a and a.name_en.startswith("PKK") for i in found for a in (i.actor1, i.actor2))


# -- gazetteer: Çınar (Diyarbakır) ------------------------------------------------------------------

def test_cinar_is_a_town_of_diyarbakir() -> None:
    text = "قتل شرطي تركي أمس برصاص مسلحين أمام مركز للشرطة في مدينة تشينار جنوب شرق تركيا."
    found = _violent(text)
    assert found and {i.location.name_en for i in found if i.location} == {"Cinar"}
    assert set(_admin1(found)) == {"Diyarbakir"}
