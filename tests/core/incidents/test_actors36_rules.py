"""Rules added in session 36 for the actors of incidents outside Yemen (actors36): a month written
«آب» is no Yemeni governorate «إب» (no country cue of Yemen).

Sentences written for the tests in the style of the news, read with the codability model switched
off (`rules_alone`).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

pytestmark = pytest.mark.usefixtures("rules_alone")

MONDAY = date(2015, 8, 10)


def _actor_names(text: str) -> dict[str, str]:
    an = analyze(text, MONDAY)
    return {text[s.start:s.end]: s.attrs.get("name_en", "") for s in an.entities if s.label == "ARMED_ACTOR"}


def test_the_month_aab_is_no_yemeni_governorate() -> None:
    """«آب» (August) normalises as «إب»: a report from an American town dated in it is no Yemeni one."""
    text = ("تظاهر مئات في مدينة بالتيمور في 12 آب الماضي احتجاجا على مقتل رجل برصاص الشرطة، "
            "وقالت الشرطة إنها اعتقلت عشرة أشخاص.")
    assert not any("Yemen" in n for n in _actor_names(text).values())


def test_the_governorate_ibb_is_still_yemen() -> None:
    text = "قالت مصادر محلية إن الشرطة اعتقلت عشرة أشخاص في محافظة إب أمس."
    assert _actor_names(text)["الشرطة"] == "Police Forces of Yemen"


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(i.event_type, i.actor1.name_en if i.actor1 else "", i.actor2.name_en if i.actor2 else "")
            for i in analyze(text, MONDAY).incidents]


@pytest.mark.parametrize("text", [
    "أعلنت السلطات مقتل شرطيين اثنين بانفجار عبوة ناسفة استهدفت دوريتهما في مدينة الموصل أمس.",
    "قتل مسلحون مجهولون شرطيا في مدينة بنغازي شرق ليبيا أمس.",
    "استشهد شرطيان برصاص مسلحين هاجموا حاجزا في مدينة العريش أمس.",
    "قتل ضابط شرطة برصاص مسلحين مجهولين أمام منزله في مدينة بنغازي أمس.",
])
def test_police_counted_dead_are_the_side_hit(text: str) -> None:
    """Police named as the dead by a singular or dual noun («شرطي», «ضابط شرطة») are the side hit,
    not civilians, and not the side that acted."""
    sides = _sides(text)
    assert sides
    event, actor1, actor2 = sides[0]
    assert actor2.startswith("Police Forces of"), sides
    assert not actor1.startswith("Police"), sides
    assert event != "Violence against civilians"


def test_a_police_noun_acting_is_no_party() -> None:
    """«شرطي» that fires is no party of its own: only police counted dead or wounded are read."""
    from core.incidents.actors import police_victims

    an = analyze("وأطلق شرطي النار على متظاهر في مدينة سينسيناتي فأرداه قتيلا.", MONDAY)
    assert police_victims(an.doc) == []


def test_police_wounded_take_the_places_country() -> None:
    sides = _sides("أصيب شرطي بجروح في انفجار عبوة ناسفة في مدينة بعقوبة أمس.")
    assert sides and sides[0][2] == "Police Forces of Iraq"


def _spans(text: str) -> dict[str, dict]:
    an = analyze(text, MONDAY)
    return {text[s.start:s.end]: s.attrs for s in an.entities}


def test_peoples_protection_forces_in_turkey_are_the_pkk() -> None:
    """«قوات حماية الشعب» in a report on Turkey is the PKK's armed wing; in Syria the YPG."""
    turkey = "قالت قوات حماية الشعب إن مقاتليها هاجموا مخفرا للجيش التركي في ولاية هكاري جنوب شرق تركيا."
    assert _spans(turkey)["قوات حماية الشعب"]["id"] == "pkk"
    syria = "سيطرت قوات حماية الشعب على قرى جديدة قرب مدينة الحسكة في شمال شرق سوريا."
    assert _spans(syria)["قوات حماية الشعب"]["id"] == "ypg"


def test_israeli_border_police_are_police() -> None:
    text = "أطلقت شرطة حرس الحدود الإسرائيلية النار على شاب قرب باب العامود في القدس."
    assert _spans(text)["شرطة حرس الحدود الإسرائيلية"]["name_en"] == "Police Forces of Israel"


def test_a_ministry_takes_the_country_of_the_adjective_after_it() -> None:
    text = "وقال وزير الخارجية الفرنسي إن بلاده تدعم الحل السياسي، وأعلنت وزارة الدفاع الأمريكية إرسال طائرات."
    spans = _spans(text)
    assert spans["وزير الخارجية"]["country"] == "France"
    assert spans["وزارة الدفاع"]["country"] == "United States"


def test_syrian_divisions_and_groups() -> None:
    """«الفرقة 30» is the US-trained rebel group; «الفرقة الرابعة» the Syrian army's division in a
    Syrian report, and no party in a Yemeni one (a camp's name there)."""
    syria = ("هاجمت جبهة النصرة مقر الفرقة 30 قرب اعزاز في ريف حلب، فيما قصفت الفرقة الرابعة "
             "مدينة الزبداني في سوريا وقاتل جيش الثوار إلى جانب الفرقة 30.")
    spans = _spans(syria)
    assert spans["الفرقة 30"]["name_en"] == "Division 30"
    assert spans["الفرقة الرابعة"]["id"] == "syria_army"
    assert spans["جيش الثوار"]["name_en"] == "Jaysh al Thuwar"
    yemen = "تقدمت المقاومة الشعبية باتجاه مقر قيادة الفرقة الرابعة في مدينة عدن اليمنية."
    assert "الفرقة الرابعة" not in _spans(yemen)


def test_police_deaths_told_as_an_earlier_deed_are_no_side() -> None:
    """A word of time a few words before the casualty word («بعد تبني الحزب الأربعاء قتل شرطيين»)
    tells an earlier deed, the cause of the one reported: its police are no side of it."""
    from core.incidents.actors import police_victims

    text = ("شنت المقاتلات التركية غارات على مواقع الحزب في شمال العراق، خصوصا بعد تبني الحزب الأربعاء "
            "قتل شرطيين قرب الحدود.")
    assert police_victims(analyze(text, MONDAY).doc) == []


def test_police_counted_dead_keep_the_nationality_told() -> None:
    """«مقتل شرطي تركي» in northern Iraq: the adjective tells whose police, not the place."""
    sides = _sides("أعلنت السلطات مقتل شرطي تركي في هجوم بعبوة ناسفة في مدينة دهوك شمال العراق.")
    assert sides and sides[0][2] == "Police Forces of Turkey"
