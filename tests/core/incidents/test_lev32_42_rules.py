"""Session 42 (lev32): a pass over fresh non-Yemen conflict articles (levant seeds 3411, 3421).

- Of a clause's places of one rank, one the gazetteer or the text placed beats a name nothing is
  known of: «تراجعت في شرق أفريقيا، قتل … في العاصمة الصومالية» is Mogadishu, not an unplaced
  «أفريقيا» that set the bombing aside.
- A raid word right after «خلال/أثناء/لدى/عند» (`raid_setting_cues`) is the setting of the
  sentence's other deed («قتلت القوات شابا خلال اقتحام منزله»), no looting of the house beside it.

Sentences written for the tests in the style of the news; the codability model is switched off,
so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.incidents.incident_fixtures import coded, told

MONDAY = date(2015, 7, 27)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


# -- a known place beats a name nothing is known of ---------------------------------------------------

def test_a_known_capital_beats_an_unknown_region_named_before_it() -> None:
    text = ("في وقت قال مسؤول غربي أمس إن المتمردين تراجعوا في شرق أفريقيا، قتل اليوم خمسة أشخاص على الأقل، "
            "في هجوم بسيارة مفخخة على مطعم في العاصمة الصومالية.")
    found = coded(text, MONDAY, "event_type", "admin1")
    assert ("Explosions/Remote violence", "Banadir") in found


def test_an_unknown_name_alone_is_still_no_place() -> None:
    text = "قتل خمسة أشخاص على الأقل أمس في هجوم بسيارة مفخخة في شرق أفريقيا."
    assert all("no_place" in i.flags for i in told(text, MONDAY) if i.event_type == "Explosions/Remote violence")


# -- a raid told as the setting of another deed ---------------------------------------------------------

def test_a_house_raid_during_which_a_man_was_killed_is_no_looting_of_its_own() -> None:
    text = ("قتلت قوات الاحتلال فجر اليوم شابا فلسطينيا وأصابت شقيقه بجراح خلال اقتحام منزل العائلة "
            "في بلدة بيت أمر شمال الخليل.")
    found = coded(text, MONDAY, "sub_event_type")
    assert ("Looting/property destruction",) not in found
    assert ("Attack",) in found


def test_a_raid_told_as_the_setting_with_a_process_word_between() -> None:
    text = "اعتقلت قوات الأمن أمس أربعة مطلوبين أثناء عملية مداهمة منزل في حي الشيخ رضوان بمدينة غزة."
    found = coded(text, MONDAY, "sub_event_type")
    assert found == [("Arrests",)]


def test_a_raid_told_alone_stays_a_raid() -> None:
    text = "اقتحم مسلحون مجهولون فجر اليوم منزل صحفي في بلدة بيت أمر شمال الخليل ونهبوا محتوياته."
    found = coded(text, MONDAY, "sub_event_type")
    assert ("Looting/property destruction",) in found
