"""Rules added after the precision audit of fresh articles about Arab conflicts other than Yemen's
(session 27, seed 2531: Syria, Iraq, Lebanon, the Turkish border, a Saudi bombing told from Makkah).

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 7, 21)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.sub_event_type, i.location.admin1_en if i.location else "", i.location.name_ar if i.location else "")
            for i in an.incidents]


def _places(text: str) -> list[str]:
    an = analyze(text, DAY, "")
    return [text[e.start:e.end] for e in an.doc.entities if e.label == "LOCATION"]


# ---------------------------------------------------------------- a village name opening with a place head


def test_village_name_opening_with_a_place_head_is_one_place() -> None:
    """«في قرية بيت عوان»: the tagger closed a LOC span at «بيت» and opened another at «عوان» — two
    places, so two clashes of one fight; «قرى تل واسط» was «تل» and Iraq's Wasit."""
    text = "وتواصلت الاشتباكات بين قوات المعارضة وجيش النظام في قرية بيت عوان بريف اللاذقية صباح أمس."
    assert "بيت عوان" in _places(text)
    assert [c[:2] for c in _coded(text)] == [("Armed clash", "Lattakia")]
    text = "واستهدفت فصائل المعارضة بالمدفعية مواقع قوات النظام في محيط قرى تل واسط والزيارة في ريف حماة أمس."
    assert "تل واسط" in _places(text)
    assert "Wassit" not in [c[1] for c in _coded(text)]


# ---------------------------------------------------------------- a digest's lead told again further on


def test_a_leads_province_fight_told_again_at_its_village_is_one() -> None:
    """A digest's lead tells the province's fighting in a word, a paragraph far on tells it at its
    village: one fight, at the village (it was two incidents, more than MAX_GAP sentences apart)."""
    filler = " ".join(f"وفي مدينة حلب قتل {n} مدنيين في قصف لطائرات النظام على حي {name}."
                      for n, name in ((3, "الشعار"), (4, "الصاخور"), (5, "الكلاسة"), (6, "بستان القصر"),
                                      (7, "الميسر"), (8, "طريق الباب"), (9, "الفردوس")))
    text = ("وتواصلت صباح أمس المعارك بريف اللاذقية بعد تقدم المعارضة في جبل الأكراد. " + filler +
            " وفي ريف اللاذقية تواصلت الاشتباكات صباح أمس بين قوات المعارضة وجيش النظام في بلدة كنسبا.")
    clashes = [c for c in _coded(text) if c[0] == "Armed clash"]
    assert [c[:2] for c in clashes] == [("Armed clash", "Lattakia")]
    assert clashes[0][2] != "اللاذقية"  # placed at the village, not the province


def test_a_leads_province_fight_near_its_telling_is_left_to_the_other_rules() -> None:
    """A later fight in another province is no retelling of the lead: both stay."""
    filler = " ".join(f"وفي مدينة حلب قتل {n} مدنيين في قصف لطائرات النظام على حي {name}."
                      for n, name in ((3, "الشعار"), (4, "الصاخور"), (5, "الكلاسة"), (6, "بستان القصر"),
                                      (7, "الميسر"), (8, "طريق الباب"), (9, "الفردوس")))
    text = ("وتواصلت صباح أمس المعارك بريف اللاذقية بعد تقدم المعارضة في جبل الأكراد. " + filler +
            " وفي ريف إدلب دارت اشتباكات صباح أمس بين قوات المعارضة وجيش النظام في مدينة أريحا.")
    clashes = sorted(c[1] for c in _coded(text) if c[0] == "Armed clash")
    assert clashes == ["Idleb", "Lattakia"]


# ---------------------------------------------------------------- a writer's byline with the dateline


def test_a_three_part_dateline_is_no_place_of_the_event() -> None:
    """«حاتم العميري - سبق - مكة المكرمة:» (writer, paper, city): the city is where the report was
    filed; the bombing «في مقر قوة الطوارئ بعسير» is in Asir, not Makkah."""
    text = ("سالم الحربي - سبق - مكة المكرمة: أدان علماء ودعاة التفجير الإرهابي الذي وقع في مسجد مقر قوة"
            " الطوارئ الخاصة بعسير اليوم وأدى إلى استشهاد عشرة من رجال الأمن.")
    assert [c[:2] for c in _coded(text)] == [("Remote explosive/landmine/IED", "Asir")]


# ---------------------------------------------------------------- fighting factions are no fighter jet


def test_fighting_factions_are_no_fighter_jet() -> None:
    """«فصائل إسلامية ومقاتلة تشن هجوما», «شنت جماعات مقاتلة هجومها»: «مقاتلة» after a group noun is
    the factions' adjective (fighting), no fighter jet — no air strike."""
    text = "وذكر المرصد أن فصائل إسلامية ومقاتلة تشن منذ صباح أمس هجوما عنيفا على الأحياء الواقعة تحت سيطرة قوات النظام في مدينة درعا."
    assert "Air/drone strike" not in [c[0] for c in _coded(text)]
    text = "وذكر المرصد أن مجموعات مقاتلة عدة شنت أمس هجوما على حواجز قوات النظام في بلدة الشيخ مسكين."
    assert "Air/drone strike" not in [c[0] for c in _coded(text)]


def test_a_fighter_jet_is_still_one() -> None:
    """«قصفت مقاتلة سورية» and «مقاتلة إف 16» stay aircraft."""
    text = "وقصفت مقاتلة سورية حي الشعار في مدينة حلب أمس ما أدى إلى مقتل خمسة مدنيين."
    assert [c[:2] for c in _coded(text)] == [("Air/drone strike", "Aleppo")]
