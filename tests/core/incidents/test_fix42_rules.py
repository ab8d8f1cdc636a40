"""Session 41 (s41-fix42): over-reaches seen once new gazetteer rows made places placeable.

- Two places of one governorate joined by «ب/في» with a word of a suburb («ضاحية», «ضواحي»;
  `suburb_words`) right before one of them: the smaller one is the event's place, the city it belongs
  to a reference point — not the event's place, and no second event split off there
  (`location._suburb_pair`).

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import coded

MONDAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def test_suburb_of_a_city_then_the_town_is_the_town() -> None:
    text = ("قتل رجل برصاص الشرطة مساء الأحد في ضاحية سانت لويس في فيرجسون بولاية ميزوري، "
            "وأصيب شرطيان في تبادل لإطلاق النار.")
    assert [c[0] for c in coded(text, MONDAY, "place")] == ["فيرجسون"]


def test_town_in_the_suburb_of_a_city_is_one_event_at_the_town() -> None:
    text = "اعتقلت الشرطة الأمريكية أمس عشرات المحتجين في فيرجسون بضاحية سانت لويس بعد مواجهات مع قوات الأمن."
    assert {c[0] for c in coded(text, MONDAY, "place")} == {"فيرجسون"}


def test_town_in_a_city_without_a_suburb_word_is_unchanged() -> None:
    # no suburb word: the city after the town still only says where it lies (told_around)
    text = "اعتقلت الشرطة الأمريكية أمس عشرات المحتجين في فيرجسون في سانت لويس بعد مواجهات مع قوات الأمن."
    assert "سانت لويس" not in {c[0] for c in coded(text, MONDAY, "place")}


# -- the town of a gathering the deed is dated by ------------------------------------------------------

def test_host_town_of_a_gathering_told_as_time_is_not_the_deeds_place() -> None:
    text = "اعتقلت الشرطة الفرنسية أمس خمسة مشجعين في مدينة مرسيليا، قبيل انطلاق بطولة أوروبا لكرة القدم في باريس."
    assert "Ile-de-France" not in {c[0] for c in coded(text, MONDAY, "admin1")}


def test_host_town_of_a_summit_eve_is_not_the_deeds_place() -> None:
    text = "قتل شرطيان في هجوم مسلح على نقطة تفتيش في مدينة العريش أمس، عشية انعقاد القمة العربية في شرم الشيخ."
    assert [c[0] for c in coded(text, MONDAY, "admin1")] == ["North Sinai"]


def test_a_gathering_struck_keeps_its_town() -> None:
    # no word of time before the gathering: it is what was struck, its town the deed's place
    text = "قتل شخصان في انفجار استهدف مؤتمر الحزب في مدينة بعقوبة أمس."
    assert [c[0] for c in coded(text, MONDAY, "admin1")] == ["Diyala"]


def test_a_gathering_town_with_no_other_place_is_the_deeds() -> None:
    # no other place in the sentence: the protest was at the summit, in its town
    text = "اعتقلت الشرطة التركية أمس عشرات المحتجين خلال قمة مجموعة العشرين في أنطاليا."
    assert [c[0] for c in coded(text, MONDAY, "admin1")] == ["Antalya"]
