"""Session 42 (country): events abroad the text places only at a country.

- An arrest by a state force abroad told with the whole country as its scope («في جميع أنحاء
  النمسا», «عملية شملت 9 ولايات») is coded at the country (geo_precision 3), as ACLED and the
  non-Yemen read files code a nationwide campaign (governorate null); an arrest with no such scope,
  one at home (Yemen, Saudi Arabia) and one a finer telling places stay as they were; the same
  day's campaign told twice is one event.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.incidents import REGION_KIND
from core.pipeline import analyze

MONDAY = date(2015, 7, 27)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _arrests(text: str) -> list:
    return [i for i in analyze(text, MONDAY).incidents if i.sub_event_type == "Arrests"]


def _at_country(found: list, country: str) -> list:
    return [i for i in found if i.location and i.location.country == country and i.location.kind == REGION_KIND]


def test_an_arrest_in_all_parts_of_a_country_is_coded_at_the_country() -> None:
    found = _arrests("أعلنت وزارة الداخلية النمساوية أن الشرطة اعتقلت في جميع أنحاء النمسا 40 شخصا "
                     "يشتبه بانتمائهم إلى تنظيم داعش.")
    hit = _at_country(found, "Austria")
    assert len(hit) == 1 and hit[0].location.geo_precision == 3 and hit[0].location.admin1_en in ("", None)


def test_an_operation_over_a_number_of_provinces_is_coded_at_the_country() -> None:
    found = _arrests("قالت الحكومة إن قوات الأمن في تونس نفذت عملية شملت 9 ولايات اعتقل فيها نحو 120 "
                     "مشتبها بالانتماء إلى جماعات متشددة.")
    assert len(_at_country(found, "Tunisia")) == 1


def test_an_arrest_in_a_country_with_no_nationwide_scope_stays_uncoded() -> None:
    found = _arrests("اعتقلت الشرطة الألمانية ثلاثة أشخاص في ألمانيا للاشتباه بتخطيطهم لهجوم.")
    assert not _at_country(found, "Germany")


def test_a_nationwide_arrest_at_home_stays_uncoded() -> None:
    found = _arrests("وأوضح المتحدث أن الأجهزة الأمنية اعتقلت في جميع أنحاء اليمن 30 شخصا من عناصر القاعدة.")
    assert not [i for i in found if i.location and i.location.country == "Yemen" and i.location.kind == REGION_KIND]


def test_a_nationwide_campaign_told_twice_the_same_day_is_one_event() -> None:
    found = _arrests("اعتقلت الشرطة في جميع أنحاء النمسا 40 شخصا يشتبه بانتمائهم إلى تنظيم داعش. "
                     "وقال الوزير إن قوات الأمن اعتقلت في مختلف أنحاء النمسا 40 شخصا يشتبه بانتمائهم إلى التنظيم.")
    assert len(_at_country(found, "Austria")) == 1


def test_a_nationwide_campaign_beside_an_arrest_in_a_town_that_day_keeps_the_town() -> None:
    found = _arrests("اعتقلت الشرطة النمساوية يوم الاثنين 12 شخصا في العاصمة فيينا. "
                     "وقالت الوزارة إن الشرطة اعتقلت الاثنين في جميع أنحاء النمسا 40 شخصا.")
    assert not _at_country(found, "Austria")
    assert any(i.location and i.location.kind != REGION_KIND for i in found)
