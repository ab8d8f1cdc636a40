"""Rules and lexicon entries added after the second audit of fresh articles about Arab conflicts
other than Yemen's (session 26, seed 2401: Syria, Iraq, Gaza, Sinai, the Turkish war of 2015).

Sentences written for the tests in the style of that news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

DAY = date(2015, 8, 10)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _coded(text: str) -> list[tuple]:
    an = analyze(text, DAY, "")
    return [(i.sub_event_type, i.location.admin1_en if i.location else "", i.actor1 and i.actor1.name_en,
             i.fatalities, i.injured) for i in an.incidents]


def _places(text: str) -> dict[str, str]:
    return {s.text: s.attrs.get("country", "") for s in analyze(text, DAY, "").entities if s.label == "LOCATION"}


# ---------------------------------------------------------------- barrel bombs


def test_barrel_bombs_dropped_are_an_air_strike() -> None:
    """«ألقى الطيران المروحي 28 برميلا متفجرا على …»: the Syrian regime's barrel bombs, dropped from
    helicopters, are air strikes (ACLED) — the dropping verb is no trigger, the bombs are."""
    text = "ألقى الطيران المروحي التابع للنظام 28 برميلا متفجرا على مدينة داريا بريف دمشق أمس."
    assert [c[:2] for c in _coded(text)] == [("Air/drone strike", "Rural Damascus")]
    text = "قتل ثلاثة مدنيين جراء استهداف الطيران المروحي ببرميلين متفجرين بلدة الأتارب في ريف حلب الغربي أمس."
    assert [c[:2] for c in _coded(text)] == [("Air/drone strike", "Aleppo")]


def test_barrel_bombs_are_no_roadside_bomb() -> None:
    """«قنبلة برميلية» holds «قنبلة» (an IED by itself): the barrel bomb is the helicopter's munition,
    its casualties those of an air strike."""
    text = "قتل خمسة مدنيين بقصف بالقنابل البرميلية على حي الكلاسة في مدينة حلب أمس."
    coded = _coded(text)
    assert [c[:2] for c in coded] == [("Air/drone strike", "Aleppo")]
    assert coded[0][3] == 5
    # the blast of one is the helicopter's munition too (weapons.json): no IED candidate beside the strike
    text = "شن طيران النظام غارات على مدينة داريا أمس، وقتل ثلاثة مدنيين بانفجار قنبلة برميلية في حي الكورنيش بالمدينة."
    an = analyze(text, DAY, "")
    assert {i.sub_event_type for i in an.incidents + an.set_aside} == {"Air/drone strike"}


def test_a_tally_of_barrel_bombs_is_no_strike() -> None:
    """A rights group's monthly tally («العدد الأكبر من القنابل البرميلية كان في ريف دمشق، وقد بلغ
    822 قنبلة برميلية … بلغ عدد القنابل البرميلية 144») counts munitions over a month: no event
    (cue `tally`), while the dropping of 28 barrels on a town yesterday is one."""
    text = ('وقالت الشبكة في تقرير لها أصدرته أمس إن "العدد الأكبر من القنابل البرميلية كان في ريف دمشق، '
            'وقد بلغ 822 قنبلة برميلية، أما حلب فقد أحصى التقرير سقوط 194 قنبلة برميلية، '
            'وفي محافظة حماة بلغ عدد القنابل البرميلية 144".')
    assert _coded(text) == []


# ---------------------------------------------------------------- figures


def test_a_fall_of_bombs_counts_no_dead() -> None:
    """«سقوط 20 برميلا متفجرا»: «سقوط/سقط/قضى» with a figure count the dead only when people follow
    the figure (`needs_person`), not munitions («سقوط 194 قنبلة برميلية»)."""
    text = "شن طيران النظام غارات على مدينة حلب أمس، وأحصى ناشطون سقوط 20 برميلا متفجرا على أحيائها."
    coded = _coded(text)
    assert [c[:2] for c in coded] == [("Air/drone strike", "Aleppo")]
    assert coded[0][3] is None
    # people after the figure still count, victims too
    text = "أدى القصف على حي الروضة في مدينة تعز أمس إلى سقوط 5 ضحايا من المدنيين."
    assert _coded(text)[0][3] == 5
    text = "أدى القصف على حي الروضة في مدينة تعز أمس إلى سقوط 9 مدنيين."
    assert _coded(text)[0][3] == 9


# ---------------------------------------------------------------- types


def test_a_missile_fired_by_aircraft_is_an_air_strike() -> None:
    """«قصفت طائرات الاحتلال موقعا لحماس بصاروخ»: the aircraft named before the missile fires it —
    an air strike, not a missile attack from the ground; not an aircraft that is the target
    («استهدف المسلحون طائرة مروحية بصاروخ»)."""
    text = "قصفت طائرات الاحتلال موقعا لحركة حماس بصاروخ واحد في مدينة رفح أمس."
    assert [c[:3] for c in _coded(text)] == [("Air/drone strike", "Rafah", "Military Forces of Israel (2009-)")]
    text = "استهدفت طائرة إسرائيلية بصاروخ دراجة نارية في مدينة رفح أمس."
    assert [c[:2] for c in _coded(text)] == [("Air/drone strike", "Rafah")]
    text = "استهدف المسلحون طائرة مروحية بصاروخ في مدينة الرمادي أمس."
    assert [c[:2] for c in _coded(text)] == [("Shelling/artillery/missile attack", "Al-Anbar")]


def test_suicide_attackers_in_the_accusative() -> None:
    """«مهاجما انتحاريا فجر سترته الناسفة», «هجوما انتحاريا», «تفجيرا انتحاريا»: the accusative
    «انتحاريا» and the bomber's own vest or belt tell a suicide bomb (they were an IED or a clash)."""
    text = "قال مسؤول إن مهاجما انتحاريا فجر سترته الناسفة في سوق بلدة طوز خورماتو أمس."
    assert [c[:2] for c in _coded(text)] == [("Suicide bomb", "Salah al-Din")]
    text = "شن مسلحون هجوما انتحاريا على مسجد في مدينة القطيف أمس."
    assert [c[:2] for c in _coded(text)] == [("Suicide bomb", "Eastern Province")]
    text = "نفذ تنظيم داعش تفجيرا انتحاريا بسيارة مفخخة في مدينة الرمادي أمس."
    assert [c[:2] for c in _coded(text)] == [("Suicide bomb", "Al-Anbar")]


# ---------------------------------------------------------------- places


def test_a_village_in_the_countryside_of_a_province_is_in_its_country() -> None:
    """«بلدة الحارة في ريف درعا»: «ريف» is no place head, yet the province after it holds the town —
    a Yemeni village of that name (Hajjah's al-Hara) is the wrong reading; the strike is in Daraa."""
    text = "قتل أربعة مدنيين لدى إلقاء مروحيات النظام براميل متفجرة على بلدة الحارة في ريف درعا."
    places = _places(text)
    assert "Yemen" not in places.values()
    assert [c[:2] for c in _coded(text)] == [("Air/drone strike", "Dar'a")]
    text = "قتل أربعة مدنيين في قصف على بلدة الحارة بريف درعا الشمالي أمس."
    assert "Yemen" not in _places(text).values()


def test_a_blast_placed_by_its_country_then_by_its_town_is_one_event() -> None:
    """«… عندما فجر انتحاري نفسه في شمال العراق. وأسفر الهجوم الذي وقع في بلدة طوز خورماتو عن
    إصابة 45»: the lead names only the country, the next sentence the town: one suicide bombing in
    Salah ad Din with both tolls, not a placeless bombing and an attack on civilians."""
    text = ("قتل 12 شخصا على الأقل أمس عندما فجر انتحاري نفسه في حمام سباحة في شمال العراق. "
            "وأسفر الهجوم الذي وقع في بلدة طوز خورماتو عن إصابة 45 شخصا.")
    coded = _coded(text)
    assert [c[:2] for c in coded] == [("Suicide bomb", "Salah al-Din")]
    assert coded[0][3:] == (12, 45)


# ---------------------------------------------------------------- actors


def test_the_owner_of_a_position_hit_is_the_target() -> None:
    """«قصف استهدف موقعا للحوثيين»: the party after «موقعا ل…» (the accusative of «موقع», like
    «تجمعا», «مخزنا», «معسكرا», «هدفا») owns the position hit — the target, not the shelling's doer
    (the nominative «موقع للحوثيين» and the plural «مواقع» were target cues already)."""
    text = "قتل خمسة في قصف استهدف موقعا للحوثيين في مديرية صرواح أمس."
    an = analyze(text, DAY, "")
    assert [(i.actor1 and i.actor1.name_en, i.actor2 and i.actor2.name_en) for i in an.incidents] == \
        [(None, "Houthis (Ansar Allah)")]
    text = "قصفت طائرات سلاح الجو هدفا لحركة حماس وسط قطاع غزة أمس."
    an = analyze(text, DAY, "")
    assert [i.actor2 and i.actor2.name_en for i in an.incidents] == ["Hamas Movement"]
