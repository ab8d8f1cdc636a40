"""Shapes left alone in version 37 (session 38, left38): a lead's total over several events told beside
its details, an aircraft crashing by a fault. Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 3)


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return sorted((i.location.name_en if i.location else "", i.fatalities) for i in analyze(text, MONDAY).incidents)


# -- a lead's total over several events, then each event with its own figure: the details only -----

@pytest.mark.usefixtures("rules_alone")  # the village attack's confidence sits at the codability threshold
def test_lead_total_not_added_to_a_detail() -> None:
    text = ("قتل 24 شخصا في هجمات شنها مسلحون في شمال نيجيريا أمس الأحد. وقتل 6 أشخاص في هجوم على قرية "
            "قرب مدينة مايدوغوري، فيما قتل 18 آخرون في هجوم انتحاري على سوق في مدينة كانو.")
    tolls = _tolls(text)
    assert sorted(t for _, t in tolls) == [6, 18]


def test_lead_total_with_a_dual_of_attacks() -> None:
    text = ("لقي 13 شخصا مصرعهم أمس في هجومين منفصلين في شمال شرق نيجيريا. وقتل 5 قرويين في هجوم مسلح على "
            "قرية قرب مدينة مايدوغوري، كما قتل 8 آخرون في تفجير انتحاري استهدف محطة حافلات في مدينة يولا.")
    assert sum(t or 0 for _, t in _tolls(text)) == 13


def test_details_adding_up_to_another_figure_keep_the_total() -> None:
    # the details tell only part of the lead's dead: nothing is dropped
    text = ("قتل 30 شخصا في هجمات شنها مسلحون في شمال نيجيريا أمس الأحد. وقتل 6 أشخاص في هجوم على قرية "
            "قرب مدينة مايدوغوري، فيما قتل 8 آخرون في هجوم انتحاري على سوق في مدينة كانو.")
    assert sum(t or 0 for _, t in _tolls(text)) >= 30


def test_one_attack_with_a_plural_word_and_no_details_stays() -> None:
    text = "قتل 12 شخصا أمس في هجمات شنها مسلحون على قرية قرب مدينة مايدوغوري في شمال شرق نيجيريا."
    assert [t for _, t in _tolls(text)] == [12]


# -- an aircraft crashing by a fault: no violence -------------------------------------------------

def _kinds(text: str) -> list[str]:
    return [i.sub_event_type for i in analyze(text, MONDAY).incidents]


def test_jet_crash_by_fault_killing_its_pilots_is_no_incident() -> None:
    assert _kinds("لقي طياران حتفهما أمس إثر سقوط طائرة عسكرية تابعة للقوات الجوية بسبب عطل فني أثناء "
                  "رحلة تدريب قرب مدينة المفرق.") == []


def test_helicopter_crash_by_fault_with_its_toll_after_it_is_no_incident() -> None:
    assert _kinds("تحطمت مروحية عسكرية تابعة للجيش المصري أمس في شمال سيناء نتيجة خلل فني، ما أسفر عن "
                  "مقتل أربعة من أفراد طاقمها.") == []


def test_a_fault_word_does_not_clear_a_downing() -> None:
    # downed by a missile: the toll stays an event, whatever else the sentence says of faults
    assert _kinds("قتل طياران إثر سقوط طائرة حربية أسقطها مسلحون بصاروخ قرب مدينة درنة، فيما نفى الجيش "
                  "وجود عطل فني.") != []


def test_a_killing_beside_a_fault_with_no_aircraft_stays() -> None:
    assert _kinds("قتل ثلاثة جنود برصاص مسلحين في مدينة العريش أمس، بعد عطل فني في أجهزة الاتصال.") != []


# -- an arrest told with no one making it: the police of the country; the group is what they are accused of

def _arrests(text: str) -> list[tuple[str, str]]:
    an = analyze(text, MONDAY)
    return [(i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
            for i in an.incidents if i.sub_event_type == "Arrests"]


def test_arrest_of_accused_members_with_no_doer_is_the_polices() -> None:
    got = _arrests("أعلنت وزارة الداخلية البحرينية أمس اعتقال 4 متهمين بالانتماء إلى تنظيم داعش في مدينة المنامة.")
    assert len(got) == 1 and got[0][0] == "Police Forces of Bahrain" and got[0][1].startswith("Islamic State")


def test_passive_arrest_of_accused_members() -> None:
    got = _arrests("تم اعتقال 11 متهما بالانتماء إلى حزب العمال الكردستاني في مدينة ماردين صباح اليوم.")
    assert len(got) == 1 and got[0][0] == "Police Forces of Turkey" and got[0][1].startswith("PKK")


def test_an_arrest_with_its_doer_named_keeps_it() -> None:
    got = _arrests("اعتقلت قوات الجيش اللبناني أمس 3 أشخاص ينتمون إلى تنظيم داعش في بلدة عرسال.")
    assert got and got[0][0] != "" and not got[0][0].startswith("Police Forces of")


# -- «مشهد» a scene, not Mashhad --------------------------------------------------------------------

def _places(text: str) -> list[str]:
    an = analyze(text, MONDAY)
    return [text[e.start:e.end] for e in an.entities if e.label == "LOCATION"]


def test_a_scene_is_no_mashhad() -> None:
    text = ("قتل 7 مدنيين أمس في قصف على حي سكني في مدينة حلب، وبثت قنوات صورا لمشهد دموي في الحي. "
            "وفي مشهد آخر، خرج العشرات إلى الشوارع بحثا عن ذويهم.")
    assert not any("مشهد" in p for p in _places(text))


def test_the_city_of_mashhad_stays() -> None:
    assert any("مشهد" in p for p in _places("وصل وفد من الحجاج إلى مدينة مشهد الإيرانية أمس لزيارة الأضرحة."))


# -- one death told in three sentences: one dead --------------------------------------------------

def test_one_soldier_told_back_by_the_definite_noun_is_one_dead() -> None:
    text = ("قتل جندي أردني أمس في هجوم نفذه مسلحون على موقع حدودي قرب مدينة الرمثا. وقال مصدر عسكري إن "
            "الجندي لقي حتفه متأثرا بجروحه في المستشفى. وأوضح أن المسلحين أطلقوا النار على الموقع، ما أدى "
            "إلى مقتل الجندي.")
    assert [t for _, t in _tolls(text)] == [1]


def test_a_second_soldier_told_apart_still_adds() -> None:
    text = ("قتل جندي أردني أمس في هجوم نفذه مسلحون على موقع حدودي قرب مدينة الرمثا. كما قتل جندي آخر "
            "متأثرا بجروحه في المستشفى.")
    assert [t for _, t in _tolls(text)] == [2]
