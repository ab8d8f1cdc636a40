"""Session 43 (lev): shapes of non-Yemen conflict news found in a pass over fresh Levant/Iraq/Turkey/Libya/Egypt
articles (draws 3511–3551 of build_scripts/sample_other_conflicts.py). Sentences written for the tests."""

from datetime import date

from tests.core.incidents.incident_fixtures import told

DAY = date(2015, 8, 11)
LEAD = "تصاعدت المواجهات في مدينة درنة شرق ليبيا. "


def _places(text: str) -> list[tuple[str, str, str]]:
    return [(i.event_type, i.location.country if i.location else "", i.location.admin1_en if i.location else "")
            for i in told(text, DAY)]


def test_area_with_compass_adjective_in_city_lies_in_that_city():
    # «بمنطقة الساحل الغربي في مدينة درنة»: the adjective is part of the area's name, not a compass word
    # making Derna a reference point; the area (a namesake town in Egypt's Asyut) lies in Derna
    found = _places(LEAD + "وقال مصدر أمني إن ثلاثة أشخاص قتلوا أمس في انفجار عبوة ناسفة بمنطقة الساحل الغربي في مدينة درنة.")
    assert ("Explosions/Remote violence", "Libya", "Derna") in found
    assert not any(country == "Egypt" for _, country, _ in found)


def test_area_with_compass_adjective_glued_to_city():
    found = _places(LEAD + "وقتل خمسة مسلحين في اشتباكات بمنطقة الساحل الشرقي بمدينة درنة أمس.")
    assert not any(country == "Egypt" for _, country, _ in found)
    assert ("Battles", "Libya", "Derna") in found


def test_local_council_members_place_is_where_the_teller_sits():
    # «عضو مجلس قضاء الخالدية»: the council's district names the speaker, like «محافظ عدن»; the strike is
    # in al-Saqlawiyah only (before: a second strike at a Jordanian namesake of al-Khalidiyah)
    found = told("وأعلن عضو مجلس قضاء الخالدية أحمد علي مقتل ثلاثة من عناصر داعش بقصف لطيران التحالف الدولي "
                 "على ناحية الصقلاوية شرقي الرمادي.", date(2015, 8, 1))
    assert [(i.event_type, i.location.admin1_en) for i in found] == [("Explosions/Remote violence", "Al-Anbar")]


def test_council_building_is_still_the_deeds_place():
    # «أمام مجلس محافظة ديالى في مدينة بعقوبة»: no member before «مجلس», the building where the bomb went off
    found = told("انفجرت عبوة ناسفة أمام مجلس محافظة ديالى في مدينة بعقوبة ما أسفر عن مقتل شخصين.", date(2015, 8, 1))
    assert [(i.event_type, i.location.admin1_en) for i in found] == [("Explosions/Remote violence", "Diyala")]


def test_a_months_tally_is_no_event_of_its_own():
    # «… 85 مدنيا قتلوا في تعز … خلال يوليو الماضي»: a month's count (running_total «خلال» + a month);
    # the day's shelling is the one incident, with no toll of the month's
    found = told("وقال مصدر محلي إن عددا من المدنيين أصيبوا أمس في قصف بقذائف مدفعية حوثية طالت أحياء سكنية في مدينة تعز. "
                 "وكان تقرير لشبكة محلية كشف أول أمس أن 85 مدنيا قتلوا في تعز، بأعمال قصف وقنص نفذها الحوثيون، "
                 "خلال يوليو الماضي.", date(2015, 8, 9))
    assert [(i.event_type, i.location.admin1_en) for i in found] == [("Explosions/Remote violence", "Taizz")]
    assert found[0].fatalities is None  # the day's shelling told only wounded: no toll, not the month's 85
