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

