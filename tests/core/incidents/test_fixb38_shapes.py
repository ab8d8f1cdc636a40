"""Event-type and detection shapes seen in fresh non-Yemen articles (session 38, fixb38). Sentences
written for the tests in the style of the news."""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

MONDAY = date(2016, 5, 16)


def _kinds(text: str) -> list[str]:
    return [i.sub_event_type for i in analyze(text, MONDAY).incidents]


# -- a manned aircraft downed by a missile: an armed clash, no shelling ---------------------------

def test_helicopter_downed_with_a_missile_is_an_armed_clash() -> None:
    assert _kinds("أسقطت جماعة مسلحة مروحية عسكرية بصاروخ في شمال مالي يوم الأحد، ما أدى إلى مقتل "
                  "جنديين.") == ["Armed clash"]


def test_jet_downed_with_a_possessive_and_an_anti_aircraft_missile() -> None:
    assert _kinds("قتل طياران سوريان عندما أسقط مقاتلو المعارضة مروحيتهما بصاروخ مضاد للطائرات في ريف "
                  "إدلب أمس.") == ["Armed clash"]


def test_object_pronoun_of_the_downing_verb_before_the_missile() -> None:
    kinds = _kinds("قال مسؤول عسكري إن طائرة حربية تابعة للجيش تحطمت في ريف حماة أمس الأحد. وقالت جماعة "
                   "مسلحة إنها أسقطتها بصاروخ في ريف حماة.")
    assert "Shelling/artillery/missile attack" not in kinds


def test_drone_downed_with_a_missile_is_no_armed_clash() -> None:
    assert "Armed clash" not in _kinds("قالت مصادر محلية إن فصائل المعارضة أسقطت طائرة بدون طيار بصاروخ "
                                       "فوق ريف حلب أمس.")


def test_missile_fired_at_a_barracks_stays_shelling() -> None:
    assert _kinds("أطلق مسلحون صاروخا على ثكنة للجيش في مدينة بنغازي أمس، ما أسفر عن مقتل جنديين.") \
        == ["Shelling/artillery/missile attack"]


# -- «توقيف / أوقفت»: an arrest of people, not a stop or suspension --------------------------------

def test_police_stopped_a_man_is_an_arrest() -> None:
    assert _kinds("أوقفت الشرطة الإسبانية رجلا يشتبه بتجنيده عناصر لتنظيم داعش في مدينة برشلونة أمس "
                  "الأحد.") == ["Arrests"]


def test_ministry_announced_stopping_twelve_people_is_an_arrest() -> None:
    assert _kinds("أعلنت وزارة الداخلية التونسية توقيف 12 شخصا كانوا يستعدون للتوجه إلى ليبيا في مدينة "
                  "بنقردان أمس.") == ["Arrests"]


def test_stopping_the_pumping_of_oil_is_no_arrest() -> None:
    assert "Arrests" not in _kinds("أوقفت الحكومة العراقية ضخ النفط من حقول كركوك أمس قرب مدينة بيجي.")


def test_suspending_work_at_a_port_is_no_arrest() -> None:
    assert "Arrests" not in _kinds("قررت السلطات توقيف العمل في ميناء عدن أمس لأسباب فنية.")


# -- Israeli settlers and Jewish extremists arrested in the West Bank: Israeli, held by Israel -------

def _arrests(text: str) -> list[tuple[str, str]]:
    return [(i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
            for i in analyze(text, MONDAY).incidents if i.sub_event_type == "Arrests"]


def test_army_arresting_settlers_right_after_it_holds_them() -> None:
    arrests = _arrests("اعتقل الجيش الإسرائيلي مستوطنين اثنين في الخليل بالضفة الغربية أمس بعد اعتدائهما "
                       "على مزارعين فلسطينيين.")
    assert arrests and arrests[0][1] == "Settlers (Israel)" and "Israel" in arrests[0][0]


def test_jewish_extremists_arrested_are_no_palestinian_civilians() -> None:
    arrests = _arrests("أعلنت الشرطة الإسرائيلية أنها اعتقلت عددا من اليهود المتطرفين في مستوطنة يتسهار قرب "
                       "نابلس أمس.")
    assert arrests and arrests[0][1] == "Settlers (Israel)"


def test_settlers_arrested_with_no_arrester_named_are_held_by_israel() -> None:
    arrests = _arrests("أعلنت مصادر أمنية اعتقال خمسة مستوطنين يهود يشتبه في تورطهم في أعمال تخريب قرب "
                       "قرية دوما جنوب نابلس أمس.")
    assert arrests == [("Police Forces of Israel", "Settlers (Israel)")]


def test_palestinians_arrested_in_the_west_bank_stay_palestinian() -> None:
    arrests = _arrests("أعلنت مصادر أمنية اعتقال خمسة شبان فلسطينيين يشتبه في تورطهم في أعمال تخريب قرب "
                       "قرية دوما جنوب نابلس أمس.")
    assert all(a2 != "Settlers (Israel)" for _, a2 in arrests)


# -- background, rumours, «بالسلب», protesters storming and burning ------------------------------

AUGUST = date(2015, 8, 10)


def _types(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in analyze(text, AUGUST).incidents]


def test_protest_marking_a_killing_of_last_year_is_peaceful() -> None:
    assert _types("خرج مئات المتظاهرين في مدينة فيرغسون بولاية ميزوري أمس الأحد لإحياء ذكرى مقتل الشاب "
                  "الأسود مايكل براون العام الماضي برصاص شرطي أبيض.") == [("Protests", "Peaceful protest")]


def test_protesters_shot_today_stay_excessive_force() -> None:
    assert ("Protests", "Excessive force against protesters") in _types(
        "قتل متظاهران برصاص الشرطة خلال مظاهرة في مدينة فيرغسون بولاية ميزوري أمس الأحد.")


def test_negatively_is_no_looting() -> None:
    kinds = _types("تفاقمت أزمة النفايات في بيروت أمس وانعكست بالسلب على الحكومة وتسببت في خروج متظاهرين "
                   "إلى الشوارع.")
    assert ("Strategic developments", "Looting/property destruction") not in kinds


def test_plunder_with_a_pair_word_stays_looting() -> None:
    assert ("Strategic developments", "Looting/property destruction") in _types(
        "اقتحم مسلحون سوق مدينة سبها أمس وقاموا بالسلب والنهب.")


def test_protesters_storming_and_burning_a_building_riot() -> None:
    assert _types("اقتحم مئات المحتجين الغاضبين مبنى البلدية في مدينة القصرين أمس وأحرقوه احتجاجا على "
                  "البطالة.") == [("Riots", "Violent demonstration")]


def test_gunmen_storming_a_building_stay_a_clash() -> None:
    assert ("Battles", "Armed clash") in _types("اقتحم مسلحون مبنى البلدية في مدينة سرت أمس وأحرقوه بعد "
                                                  "اشتباكات مع الحراس.")


def test_rumoured_killing_is_no_event() -> None:
    assert _types("وراجت أنباء أمس عن مقتل زعيم تنظيم داعش في ليبيا في غارة جوية قرب مدينة درنة.") == []


def test_rumoured_storming_is_no_event() -> None:
    assert _types("وكانت أنباء راجت عن اقتحام مسلحين لمقر الحكومة في مدينة طرابلس صباح اليوم.") == []


# -- a lead's toll with its details by place in the same sentence: one event per place -------------

def _tolls(text: str) -> list[tuple[str, int | None]]:
    return sorted((i.location.name_en if i.location else "", i.fatalities) for i in analyze(text, AUGUST).incidents)


def test_toll_with_details_by_place_in_one_sentence_is_split() -> None:
    tolls = _tolls("قتل 18 جنديا عراقيا، 11 منهم في الرمادي و7 في الفلوجة، في هجمات لتنظيم داعش أمس الأحد.")
    assert sorted(t for _, t in tolls) == [7, 11] and len({p for p, _ in tolls}) == 2


def test_toll_details_with_another_word_and_commas() -> None:
    tolls = _tolls("قتل 25 شخصا، 15 منهم في كيسمايو، وعشرة آخرون في بيدوا، في هجمات شنتها حركة الشباب في جنوب "
                   "الصومال أمس.")
    assert sorted(t for _, t in tolls) == [10, 15]


def test_details_not_adding_up_leave_the_toll_whole() -> None:
    tolls = _tolls("قتل 30 جنديا عراقيا، 11 منهم في الرمادي و7 في الفلوجة، في هجمات لتنظيم داعش أمس الأحد.")
    assert sum(t or 0 for _, t in tolls) >= 30


def test_missile_that_downed_a_helicopter_is_no_equipment_lost() -> None:
    incs = analyze("أسقطت جماعة مسلحة مروحية عسكرية بصاروخ في شمال مالي يوم الأحد، ما أدى إلى مقتل جنديين.",
                   MONDAY).incidents
    lost = [e["name_en"] for i in incs for e in i.equipment]
    assert lost and all("issile" not in n and "ocket" not in n for n in lost)


def test_stopped_at_a_checkpoint_is_no_arrest() -> None:
    assert "Arrests" not in _kinds("قال شهود إن حاجزا للجيش في مدخل مدينة درعا أوقف أمس ثلاثة أشخاص وفتش "
                                   "سيارتهم ثم سمح لهم بالمرور.")
