"""Rules added after the fresh-article audit g20 (seeds 2071–2073: a coder's reading of
never-coded war news, with an eye on the actors).

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 3)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _sides(incident) -> tuple[list[str], list[str]]:
    side1 = [a.name_en for a in (incident.actor1, *incident.assoc_actor_1) if a]
    side2 = [a.name_en for a in (incident.actor2, *incident.assoc_actor_2) if a]
    return side1, side2


def test_armed_men_carried_and_counted_as_rebels_are_the_rebels() -> None:
    """«عبوة ناسفة في حافلة تقل مسلحين … مقتل ثمانية متمردين»: the armed men on the bus are the
    rebels whose dead are counted, the article's Houthis, not an unidentified armed group."""
    text = ("تواصل المقاومة الشعبية عملياتها ضد ميليشيات الحوثي في محافظة البيضاء. وفجر مسلحو "
            "المقاومة أمس عبوة ناسفة في حافلة تقل مسلحين في مديرية رداع، ما أدى إلى مقتل ثمانية متمردين.")
    incidents = analyze(text, DAY).incidents
    assert [(i.sub_event_type, _sides(i)) for i in incidents] == [
        ("Remote explosive/landmine/IED", (["Popular Resistance"], ["Houthis (Ansar Allah)"]))]


def test_armed_men_beside_a_named_party_are_that_party() -> None:
    """«استهدفوا سيارة تقل مسلحين … مقتل خمسة حوثيين»: one side, the Houthis; no unidentified
    group beside them. Gunmen named with no one else («قتل مسلحون مجهولون جنديين») stay unidentified."""
    text = "استهدف رجال المقاومة أمس سيارة تقل مسلحين في منطقة الزاهر بالبيضاء ما أسفر عن مقتل خمسة حوثيين."
    incidents = analyze(text, DAY).incidents
    assert [_sides(i) for i in incidents] == [(["Popular Resistance"], ["Houthis (Ansar Allah)"])]
    gunmen = analyze("قتل مسلحون مجهولون جنديين في مدينة عدن أمس.", DAY).incidents
    assert [_sides(i)[0] for i in gunmen] == [["Unidentified Armed Group (Yemen)"]]


def test_fire_answered_hits_who_fired_it() -> None:
    """«سقطت أمس قذائف أطلقتها ميليشيات الحوثي على قرى … بجازان، وردت المدفعية السعودية على
    مصادر النيران داخل محافظة صعدة»: two events — the Houthis' shelling of Jazan, and the Saudi
    answer in Sa'dah, which hit the Houthis (not one shelling of both places by the Houthis on
    Yemeni civilians)."""
    text = ("سقطت أمس قذائف أطلقتها ميليشيات الحوثي على قرى المواطنين في محافظة الحرث بمنطقة جازان، "
            "وردت المدفعية السعودية على مصادر النيران داخل محافظة صعدة.")
    incidents = analyze(text, DAY).incidents
    got = sorted((i.location.admin1_en, _sides(i)) for i in incidents)
    assert got == [("Jazan", (["Houthis (Ansar Allah)"], ["Civilians (Saudi Arabia)"])),
                   ("Sadah", (["Military Forces of Saudi Arabia (2015-)"], ["Houthis (Ansar Allah)"]))]


def test_the_answer_is_fired_by_its_own_clause_not_by_who_attended_the_shells() -> None:
    """«باشرت الشرطة والدفاع المدني مواقع سقوط تلك القذائف، فيما رصدت الصحيفة المدفعية السعودية
    وهي ترد على مصدر تلك القذائف في صعدة»: the police who came to where the shells fell did not
    fire the answer; the Saudi artillery did, at the Houthis who fired the shells."""
    text = ("سقطت قذائف أطلقها الحوثيون صباح أمس على أحياء سكنية في مدينة نجران دون إصابات. "
            "وباشرت الشرطة والدفاع المدني مواقع سقوط تلك القذائف، فيما رصدت الصحيفة المدفعية السعودية "
            "وهي ترد على مصدر تلك القذائف داخل محافظة صعدة.")
    incidents = analyze(text, DAY).incidents
    sadah = [_sides(i) for i in incidents if i.location and i.location.admin1_en == "Sadah"]
    assert sadah == [(["Military Forces of Saudi Arabia (2015-)"], ["Houthis (Ansar Allah)"])]


def test_each_sides_fire_across_the_border_is_its_own_shelling() -> None:
    """«سقطت قذائف أطلقها الحوثيون على قرى … بجازان، وقامت مدفعيات القوات المسلحة السعودية بإطلاق
    قذائفها على مواقع الميليشيات في مديرية رازح»: the Saudi fire into Sa'dah is the Saudi army's
    (the plural «مدفعيات» and «قذائفها» read), not more Houthi fire on Yemeni civilians."""
    text = ("سقطت قذائف أطلقها الحوثيون أمس على قرى محافظة الحرث بجازان، وقامت مدفعيات القوات المسلحة "
            "السعودية بإطلاق قذائفها على مواقع الميليشيات في مديرية رازح بمحافظة صعدة.")
    incidents = analyze(text, DAY).incidents
    got = sorted((i.location.admin1_en, _sides(i)) for i in incidents)
    assert got == [("Jazan", (["Houthis (Ansar Allah)"], ["Civilians (Saudi Arabia)"])),
                   ("Sadah", (["Military Forces of Saudi Arabia (2015-)"], ["Houthis (Ansar Allah)"]))]


def test_fire_told_as_what_was_answered_keeps_its_own_shooter() -> None:
    """«قامت مدفعيات القوات المسلحة السعودية بإطلاق قذائفها على مديرية رازح، ردا على قذائف أطلقها
    الحوثيون على قرى محافظة الحرث»: «، ردا على …» opens a clause of its own; the shells on al-Harth
    were the Houthis', not the Saudi army's."""
    text = ("قامت مدفعيات القوات المسلحة السعودية أمس بإطلاق قذائفها على مديرية رازح بمحافظة صعدة، "
            "ردا على قذائف أطلقها الحوثيون على قرى محافظة الحرث.")
    incidents = analyze(text, DAY).incidents
    got = sorted((i.location.admin1_en, _sides(i)[0]) for i in incidents)
    assert got == [("Jazan", ["Houthis (Ansar Allah)"]), ("Sadah", ["Military Forces of Saudi Arabia (2015-)"])]


def test_weapons_handed_over_are_no_fire() -> None:
    """«عقب تلقيها دعما عسكريا من دول التحالف العربي يضم دبابات وراجمات صواريخ»: the rocket
    launchers are what the resistance was given, no shelling by it on the coalition nor an air
    strike; a shelling told with «بدعم عسكري من التحالف» and no list of what was given stays."""
    given = ("وتقدمت المقاومة الشعبية أمس في منطقة كرش بمحافظة لحج عقب تلقيها دعما عسكريا من دول "
             "التحالف العربي يضم دبابات وراجمات صواريخ وعربات عسكرية.")
    assert analyze(given, DAY).incidents == []
    fired = "قصفت المقاومة أمس بدعم عسكري من التحالف مواقع الحوثيين بقذائف الهاون في مديرية المسيمير بلحج."
    assert [i.sub_event_type for i in analyze(fired, DAY).incidents] == ["Shelling/artillery/missile attack"]


def test_a_habit_tells_no_event_and_lends_no_side() -> None:
    """«واعتاد المتمردون على الاختباء وسط القرى المكتظة بالسكان المدنيين هربا من قصف طائرات التحالف»
    tells what the rebels are used to doing: no strike of its own, and the civilians it names are
    not beside the Houthis hit by the day's strikes told before."""
    text = ("شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مديرية كتاف بمحافظة صعدة. واعتاد "
            "المتمردون على الاختباء وسط القرى المكتظة بالسكان المدنيين هربا من قصف طائرات التحالف.")
    incidents = analyze(text, DAY).incidents
    assert [_sides(i) for i in incidents] == [(["Operation Restoring Hope"], ["Houthis (Ansar Allah)"])]


def test_who_answered_the_shells_did_not_fire_them() -> None:
    """«وتعرضت قرى محافظة الحرث أمس لقذائف من داخل الأراضي اليمنية، وردت القوات السعودية على مصادر
    النيران في مديرية رازح»: the shells on al-Harth name no shooter in their clause; the Saudi
    forces of the answer's clause are not it (they had been read as shelling Saudi villagers) —
    the shooter across the border is the Houthi party the article names."""
    text = ("واصلت ميليشيات الحوثي استهداف القرى الحدودية. وتعرضت قرى محافظة الحرث أمس لقذائف من داخل "
            "الأراضي اليمنية، وردت القوات السعودية على مصادر النيران في مديرية رازح.")
    incidents = analyze(text, DAY).incidents
    got = sorted((i.location.admin1_en, _sides(i)) for i in incidents)
    assert got == [("Jazan", (["Houthis (Ansar Allah)"], ["Civilians (Saudi Arabia)"])),
                   ("Sadah", (["Military Forces of Saudi Arabia (2015-)"], ["Houthis (Ansar Allah)"]))]


def test_a_ground_fight_is_led_by_the_ground_party_not_the_air_campaign() -> None:
    """«قتل 12 حوثيا في اشتباكات وقصف لطائرات التحالف العربي مساندة للمقاومة الشعبية»: the clash is
    the resistance's against the Houthis, the coalition's aircraft beside it as associate (its air
    strike is an event of its own); «تمكن طيران التحالف ورجال المقاومة من السيطرة على جبل …»: the
    resistance took the hill."""
    clash = analyze("قتل 12 حوثيا أمس في اشتباكات وقصف لطائرات التحالف العربي مساندة للمقاومة الشعبية في "
                    "مديرية صرواح بمحافظة مأرب.", DAY).incidents
    battles = [i for i in clash if i.event_type == "Battles"]
    assert [(i.actor1.name_en, i.actor2.name_en) for i in battles] == [("Popular Resistance", "Houthis (Ansar Allah)")]
    taken = analyze("تمكن طيران التحالف ورجال المقاومة الشعبية أمس من السيطرة على جبل العر في مديرية يافع "
                    "بمحافظة لحج.", DAY).incidents
    assert [i.actor1.name_en for i in taken if i.event_type == "Battles"] == ["Popular Resistance"]


def test_the_side_hit_of_an_abduction_or_of_a_blast_killing_civilians_is_civilians() -> None:
    """«اختطفت ميليشيات الحوثي الناشط الحقوقي … من منزله»: a person abducted is a civilian (ACLED
    codes every abduction's victims so); «قتل تسعة مدنيين جراء انفجار ألغام زرعها الحوثيون»: the
    mines hit civilians. Three soldiers killed by a mine name no civilians."""
    taken = analyze("اختطفت ميليشيات الحوثي أمس الناشط الحقوقي أحمد سالم من منزله في مدينة إب.", DAY).incidents
    assert [_sides(i) for i in taken] == [(["Houthis (Ansar Allah)"], ["Civilians (Yemen)"])]
    mines = analyze("قتل تسعة مدنيين أمس جراء انفجار ألغام زرعها الحوثيون في مديرية تبن بمحافظة لحج.", DAY).incidents
    assert [_sides(i) for i in mines] == [(["Houthis (Ansar Allah)"], ["Civilians (Yemen)"])]
    soldiers = analyze("قتل ثلاثة جنود أمس جراء انفجار ألغام زرعها الحوثيون في مديرية تبن بمحافظة لحج.", DAY).incidents
    assert [_sides(i)[1] for i in soldiers] == [[]]
