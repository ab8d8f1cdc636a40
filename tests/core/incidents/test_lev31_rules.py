"""Rules added after reading the two non-Yemen gold files again (session 31, lev): bombs made safe
and booby-trapped vehicles destroyed before use are a Disrupted weapons use, not a blast; the place
of those who condemn an attack is not where the attack was.

Sentences written for the tests in the style of the news; the real pipeline reads them with the
codability model switched off, so each test pins the rules alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze

MONDAY = date(2015, 8, 10)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone


def _kinds(text: str, day: date = MONDAY) -> list[tuple[str, str, str]]:
    return sorted((i.event_type, i.sub_event_type, i.location.admin1_en if i.location else "")
                  for i in analyze(text, day).incidents)


DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def test_a_bomb_defused_with_the_verb_before_its_subject_is_no_blast() -> None:
    """«أبطل خبراء المتفجرات مفعول عبوة ناسفة»: the verb (not the noun «إبطال») with its subject
    between it and the bomb — the bomb was made safe, nothing exploded."""
    text = "وفي سياق متصل أبطل خبراء المتفجرات مفعول عبوة ناسفة كانت مخبأة قرب مبنى البلدية في مدينة الفلوجة."
    assert _kinds(text) == [DISRUPTED + ("Al-Anbar",)]


def test_a_bomb_dealt_with_beside_a_fight_is_a_fight_and_no_blast() -> None:
    """«قتل مسلحين اثنين ومعالجة عبوة ناسفة»: «معالجة» (Iraqi communiqués' word for defusing) — the
    fight stays a fight, the bomb is made safe, not an explosion that killed the two."""
    text = "وتمكنت قوات الشرطة من قتل مسلحين اثنين ومعالجة عبوة ناسفة في أحد المنازل قرب مدينة هيت."
    kinds = _kinds(text)
    assert ("Battles", "Armed clash", "Al-Anbar") in kinds
    assert all(k[0] != "Explosions/Remote violence" for k in kinds), kinds


def test_booby_trapped_vehicles_destroyed_before_use_are_disrupted_weapons() -> None:
    """«دمرت القوات الأمنية أربع سيارات مفخخة كانت معدة لاستهداف …», «تدمير جرافة مفخخة»: the
    vehicles were destroyed before they could be used."""
    for text, gov in (("ودمرت القوات الأمنية أربع سيارات مفخخة كانت معدة لاستهداف القطعات العسكرية جنوبي مدينة الرمادي.", "Al-Anbar"),
                      ("كما تم تدمير جرافة مفخخة قرب مدينة بيجي.", "Salah al-Din")):
        assert _kinds(text) == [DISRUPTED + (gov,)], text


def test_a_car_bomb_that_destroyed_a_building_is_a_blast() -> None:
    """A blast told in the sentence, or the booby-trapped vehicle as the means («ب»): the destruction
    is what the bomb did."""
    for text in ("أدى انفجار سيارة مفخخة إلى تدمير منزل في مدينة بعقوبة.",
                 "فجر مسلحون سيارة مفخخة أدت الى تدمير مبنى في مدينة الرمادي.",
                 "تبنى التنظيم تدمير مبنى الشرطة بسيارة مفخخة في مدينة الرمادي أمس."):
        kinds = _kinds(text)
        assert kinds and all(k[0] == "Explosions/Remote violence" for k in kinds), (text, kinds)


def test_the_place_of_those_who_condemn_is_not_the_attacks() -> None:
    """«أدان أهالي محافظة القطيف التفجير الذي استهدف مسجدا … في مدينة أبها»: the condemners'
    governorate before the attack they condemn; the attack is where the clause places it after."""
    for text, gov in (("أدان أهالي محافظة القطيف التفجير الإرهابي الذي استهدف مسجدا لقوات الأمن في مدينة أبها أمس وأدى إلى مقتل عدد من الجنود.", "Asir"),
                      ("واستنكر مجلس محافظة البصرة التفجير الذي استهدف سوقا شعبية في مدينة بعقوبة أمس وأسفر عن مقتل 12 شخصا.", "Diyala")):
        assert [k[2] for k in _kinds(text)] == [gov], text


def test_the_condemners_place_stays_when_nothing_else_places_the_attack() -> None:
    """No other place after it (or only the striking country): the condemners' place is the best
    the clause tells («دان رئيس اقليم كردستان قصف تركيا لقرية في الاقليم»)."""
    text = "أدان مسؤولون في مدينة الموصل التفجير الانتحاري الذي وقع أمس وأدى إلى مقتل 5 أشخاص."
    assert [k[2] for k in _kinds(text)] == ["Ninewa"]


def test_a_strike_inside_a_foreign_country_is_coded_at_the_country() -> None:
    """«بمهاجمة أهداف لتنظيم داعش داخل سوريا»: a cross-border strike told only as inside the country
    is coded there like «في شمال العراق» (a region of the country, geo_precision 3, no governorate)."""
    incidents = analyze("وردت الطائرات الحربية التركية بمهاجمة أهداف لتنظيم داعش داخل سوريا.", MONDAY).incidents
    assert [(i.event_type, i.location.country, i.location.kind, i.location.geo_precision) for i in incidents] \
        == [("Explosions/Remote violence", "Syria", "country_region", 3)]


def test_inside_a_country_without_an_event_or_at_home_is_no_place() -> None:
    """No strong trigger with a named party («تخشى أنقرة من عمليات داخل سوريا»), or Yemen itself
    (a country-level candidate at home is background): nothing coded."""
    for text in ("وتخشى أنقرة من عمليات داخل سوريا في المستقبل.",
                 "قتل جندي في هجوم على موقع للجيش داخل اليمن."):
        assert analyze(text, MONDAY).incidents == [], text


def _dates(text: str, day: date = MONDAY) -> list[tuple[str, str]]:
    from core.entities import dates
    return [(s.text, s.attrs["iso"]) for s in dates.find(analyze(text, day, until="tokenise").doc)]


def test_a_day_of_a_month_of_last_year_is_last_years() -> None:
    """«الثالث من أغسطس (آب) العام الماضي», «5 مارس من العام الماضي»: the day of last year, one
    date (not this year's 3 August and a separate «العام الماضي»)."""
    assert _dates("وفي الثالث من أغسطس (آب) العام الماضي اجتاح المتطرفون القضاء.") \
        == [("الثالث من أغسطس (آب) العام الماضي", "2014-08-03")]
    assert _dates("قتل خمسة في 5 مارس من العام الماضي.") == [("5 مارس من العام الماضي", "2014-03-05")]
    assert _dates("وفي الثالث من أغسطس الجاري اجتاح المتطرفون القضاء.") == [("الثالث من أغسطس الجاري", "2015-08-03")]


def test_an_event_dated_a_day_of_last_year_is_background() -> None:
    """Retold a year on («في الذكرى …»), the taking of Sinjar is no event of the article's days."""
    text = ("وفي الثالث من أغسطس (آب) العام الماضي قام المتطرفون باجتياح قضاء سنجار الذي كان تحت سيطرة "
            "قوات البشمركة في محافظة نينوى.")
    assert analyze(text, MONDAY).incidents == []
