"""Incident rules behind misses of the readable non-Yemen gold file (session 28, `levread`).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from incident_fixtures import coded

DAY = date(2015, 7, 27)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _where(text: str) -> list[tuple[str, str]]:
    return coded(text, DAY, "event_type", "admin1")


@pytest.mark.parametrize("text, admin1", [
    # a facility or quarter in a town, then a compass word and a bigger town: the compass word
    # tells where the town lies; the facility is in the town, not «near» the yardstick
    ("تمكنت القوات العراقية أمس من تحرير جامعة الانبار الواقعة في مدينة الرمادي (غرب بغداد) من قبضة تنظيم داعش.", "Al-Anbar"),
    ("قصفت الطائرات أمس حي الضباط في مدينة الرمادي غرب بغداد.", "Al-Anbar"),
    ("قتل خمسة مدنيين أمس بانفجار عبوة ناسفة في سوق شعبي في مدينة بعقوبة شمال شرقي بغداد.", "Diyala"),
])
def test_a_compass_word_after_the_facilitys_town_points_at_no_other_place(text: str, admin1: str) -> None:
    assert [a for _, a in _where(text)] == [admin1]


def test_a_compass_word_right_after_the_facility_still_points() -> None:
    # «جبهة العلم - شرق مدينة عدن»: no town between the front and Aden, the front is east of it
    assert [a for _, a in _where("سيطرت المقاومة أمس على جبهة العلم - شرق مدينة عدن بعد معارك مع الحوثيين.")] == ["Aden"]


@pytest.mark.parametrize("text, admin1", [
    # «قضاء» and «ناحية», the districts and sub-districts of Iraq (and the Levant), head a town the
    # gazetteer knows only as a small one: «قضاء حديثة» was no place, bare «حديثة» being a word
    ("أعلن الجيش العراقي اليوم مقتل 7 من عناصر داعش في قضاء حديثة.", "Al-Anbar"),
    ("قتل 5 جنود في هجوم على موقع عسكري بقضاء سنجار أمس.", "Ninewa"),
])
def test_iraqi_district_heads(text: str, admin1: str) -> None:
    assert [a for _, a in _where(text)] == [admin1]


def test_a_district_head_heads_no_place_outside_its_countries() -> None:
    # «قضاء» is also "spending", "judiciary": it heads no place of a country it does not divide
    an = analyze("وقال الوزير إن قضاء الإجازة في اليمن ممكن.", DAY, "")
    assert [e.text for e in an.entities if e.label == "LOCATION"] == ["اليمن"]


def test_daeshi_nouns_are_islamic_state_members() -> None:
    # «مقتل 17 داعشيا»: the killed are members of the Islamic State (nisba noun), not civilians
    # killed by an unnamed attacker
    found = [(i.event_type, i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
             for i in analyze("أعلنت قيادة عمليات بغداد اليوم عن مقتل 17 داعشيا ضمن عمليات شرقي الفلوجة.", DAY, "").incidents]
    assert [(t, "Islamic State" in a1 + a2) for t, a1, a2 in found] == [("Battles", True)]
    # the adjective of an ideology is no one
    an = analyze("وقال الكاتب إن الفكر الداعشي خطر على الشباب.", DAY, "")
    assert [e for e in an.entities if e.label == "ARMED_ACTOR"] == []
