"""Rules added in session 33's pass over non-Yemen news (lev33): a chronology line that opens with a
bare year and a dash («1982 - اشتباكات …», the almanac «هذا اليوم في التاريخ») tells history.

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

from incident_fixtures import told

pytestmark = pytest.mark.usefixtures("rules_alone")

MONDAY = date(2015, 8, 10)


def test_a_chronology_line_opened_by_a_year_is_history() -> None:
    text = ("أحداث في مثل هذا اليوم\n"
            "1982 - اشتباكات عنيفة بين الجيش ومسلحين في مدينة طرابلس اللبنانية: عشرون قتيلا.\n"
            "1991- مسلحون يفجرون سيارة مفخخة في بغداد ويقتلون خمسة أشخاص.\n")
    assert told(text, MONDAY) == []


def test_the_chronology_year_is_a_date_not_a_number() -> None:
    an = analyze("2003 - قصف جوي على مدينة البصرة.", MONDAY)
    dates = [s for s in an.entities if s.label == "DATE"]
    assert [s.attrs.get("year") for s in dates] == [2003]
    assert not [s for s in an.entities if s.label == "NUMBER"]


def test_a_year_inside_a_sentence_or_a_count_with_a_dash_stays_a_number() -> None:
    """Only a sentence-opening year before a dash: a count after it or in mid-sentence keeps its reading."""
    text = "قتل 2000 - بحسب المرصد - من المدنيين في المدينة أمس."
    an = analyze(text, MONDAY)
    assert not [s for s in an.entities if s.label == "DATE" and s.attrs.get("year") == 2000]
    fresh = "وقتل خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش في مدينة العريش أمس."
    assert [i.event_type for i in analyze(fresh, MONDAY).incidents] == ["Battles"]


def test_parties_after_an_arrest_noun_with_no_arrester_were_arrested() -> None:
    """«أعلنت الوزارة تنفيذ حملة اعتقال بحق …»: the ministry is no party; the group named after the noun
    was arrested — not the abductor of civilians."""
    text = "أعلنت وزارة الداخلية العراقية اليوم تنفيذ حملة اعتقال بحق 23 عنصرا من تنظيم داعش في مدينة كركوك."
    incs = analyze(text, MONDAY).incidents
    assert [(i.event_type, i.sub_event_type) for i in incs] == [("Strategic developments", "Arrests")]
    assert incs[0].actor1 is None or "Islamic State" not in incs[0].actor1.name_en
    assert incs[0].actor2 is not None and "Islamic State" in incs[0].actor2.name_en


def test_an_arrest_noun_after_its_arrester_keeps_the_arrester() -> None:
    text = "وأعلنت الشرطة العراقية اعتقال تسعة عناصر من تنظيم داعش في مدينة كركوك اليوم."
    incs = analyze(text, MONDAY).incidents
    assert [i.sub_event_type for i in incs] == ["Arrests"]
    assert incs[0].actor1 is not None and "Police" in incs[0].actor1.name_en


def test_attacks_feared_are_no_event() -> None:
    """«تخوفا من عمليات انتحارية»: checkpoints tightened for fear of attacks; none was made."""
    for text in ("وشددت قوات الأمن إجراءات التفتيش عند مداخل مدينة طرابلس الليبية أمس تخوفا من هجمات انتحارية.",
                 "وأغلقت الشرطة الطرق المؤدية إلى الساحة في مدينة الموصل خوفا من تفجيرات بسيارات مفخخة."):
        assert told(text, MONDAY) == [], text


def test_strikes_told_as_stopped_are_no_event() -> None:
    for text in ("وقال المرصد إن توقف الغارات على مدينة إدلب منذ يومين خفض عدد الضحايا.",
                 "وتوقف القصف على مدينة حماة بشكل شبه كلي."):
        assert told(text, MONDAY) == [], text


def test_strikes_not_stopped_or_stopped_after_they_hit_stay() -> None:
    text = "ولم تتوقف الغارات الجوية على مدينة إدلب أمس، وقتل فيها سبعة مدنيين."
    assert [i.sub_event_type for i in analyze(text, MONDAY).incidents] == ["Air/drone strike"]


def test_strikes_referred_to_after_strikes_told_tell_each_place() -> None:
    """«وجرت الضربات الأخرى قرب …» after a coalition statement's strikes: each place is struck."""
    text = ("قال التحالف إن طائراته شنت تسع غارات جوية قرب مدينة الرمادي أمس. "
            "ووقعت الضربات الأخرى قرب تكريت وبيجي.")
    incs = analyze(text, MONDAY).incidents
    assert [i.sub_event_type for i in incs] == ["Air/drone strike"] * 3
    assert sorted(i.location.admin1_en for i in incs) == ["Al-Anbar", "Salah al-Din", "Salah al-Din"]


def test_strikes_named_without_strikes_told_before_or_without_a_verb_of_taking_place_are_none() -> None:
    alone = "ووقعت الضربات قرب تكريت وبيجي."
    assert told(alone, MONDAY) == []
    ordered = ("قال التحالف إن طائراته شنت تسع غارات جوية قرب مدينة الرمادي أمس. "
               "وقال الوزير في مؤتمر صحافي في بغداد إنه أمر بسلسلة جديدة من الضربات في العراق.")
    assert [i.location.admin1_en for i in analyze(ordered, MONDAY).incidents] == ["Al-Anbar"]


def test_a_toll_then_its_parts_told_by_the_bare_noun_is_not_added() -> None:
    """«قتل سبعة جنود عراقيين …» then «قتل خمسة جنود … وقتل جنديان آخران»: the seven are the five and the
    two, not fourteen dead."""
    text = ("قال مسؤولون إن سبعة جنود عراقيين قتلوا أمس عندما هاجم مسلحو داعش نقطة تفتيش قرب مدينة بيجي. "
            "وقال ضابط إن خمسة جنود قتلوا عند نقطة التفتيش، وقتل جنديان آخران عندما وصلت التعزيزات.")
    incs = analyze(text, MONDAY).incidents
    assert len(incs) == 1 and incs[0].fatalities == 7


def test_two_groups_of_the_same_noun_named_apart_still_add_up() -> None:
    text = ("وقتل ثلاثة جنود سعوديين في هجوم شنه مسلحون على موقع حدودي قرب مدينة نجران أمس، "
            "كما قتل أربعة جنود يمنيين في الهجوم نفسه.")
    incs = analyze(text, MONDAY).incidents
    assert [i.fatalities for i in incs] == [7]


def test_the_base_aircraft_flew_back_to_is_not_where_they_struck() -> None:
    """«… قبل أن تعود إلى قاعدة ديار بكر»: the base the aircraft returned to is no target; the place of
    the strike is the one the text names for it."""
    text = "وقصفت مقاتلات تركية أمس مواقع لتنظيم داعش قرب بلدة جرابلس السورية قبل أن تعود إلى قاعدة ديار بكر."
    incs = analyze(text, MONDAY).incidents
    assert [(i.sub_event_type, i.location.country, i.location.admin1_en) for i in incs] == \
        [("Air/drone strike", "Syria", "Aleppo")]
    alone = "وقصفت مقاتلات تركية أمس مواقع لتنظيم داعش ثم عادت إلى قاعدة ديار بكر."
    assert not [i for i in analyze(alone, MONDAY).incidents if i.location is not None and i.location.country == "Turkey"]


def test_a_town_across_the_border_told_as_opposite_is_no_place_of_the_event() -> None:
    """«في مدينة تل أبيض المقابلة لبلدة أقجة قلعة»: the Turkish town is where the Syrian one lies across
    from, not where the shells fell."""
    text = "وقصفت المدفعية التركية أمس مواقع لتنظيم داعش في مدينة تل أبيض المقابلة لبلدة أقجة قلعة."
    incs = analyze(text, MONDAY).incidents
    assert [(i.location.country, i.location.admin1_en) for i in incs] == [("Syria", "Ar-Raqqa")]
    across = "وقصفت مقاتلات تركية أمس ثلاثة مواقع للتنظيم في المنطقة الحدودية في سوريا المقابلة لمدينة كيليس."
    assert not [i for i in told(across, MONDAY) if i.location is not None and i.location.country == "Turkey"]


def test_strikes_made_by_aircraft_named_before_them_are_air_strikes() -> None:
    text = ("وقال المرصد إن الطائرات الأردنية نفذت فجر اليوم أربع ضربات على مواقع لتنظيم داعش في ريف "
            "محافظة الرقة، ما أدى إلى مقتل ستة من عناصره.")
    incs = analyze(text, MONDAY).incidents
    assert [(i.sub_event_type, i.fatalities) for i in incs] == [("Air/drone strike", 6)]


def test_blows_dealt_by_ground_forces_stay_no_air_strike() -> None:
    text = "ووجهت قوات الجيش ضربات موجعة لمسلحي داعش في محيط مدينة بيجي أمس."
    assert not [i for i in told(text, MONDAY) if i.sub_event_type == "Air/drone strike"]


def test_habbaniyah_is_in_anbar_not_the_governorate_of_the_place_before_it() -> None:
    text = "وشنت طائرات التحالف أمس غارات قرب تلعفر والحبانية."
    incs = analyze(text, MONDAY).incidents
    assert sorted((i.location.name_en, i.location.admin1_en) for i in incs) == \
        [("Al Habbaniyah", "Al-Anbar"), ("Tall 'Afar", "Ninewa")]
