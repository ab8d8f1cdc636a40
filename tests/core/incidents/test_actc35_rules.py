"""Session 35 (actc): the country of a generic actor — police, security forces, unidentified gunmen,
«القوات الحكومية», «الجيش» — is the country of the EVENT's place (ACLED's coding), not the article's
main country; the article's only when the event has no place; a nationality adjective (or an
earlier mention that named the same forces with their country) wins over both.

Sentences written for the tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.pipeline import analyze
from tests.core.incidents.incident_fixtures import coded

DAY = date(2015, 8, 8)

pytestmark = pytest.mark.usefixtures("rules_alone")  # the codability model off: the rules alone

TURKEY = "قالت الحكومة التركية إن أنقرة ستواصل عملياتها. وأكد الرئيس التركي أن تركيا لن تتهاون مع الإرهاب. "
LEBANON = "قال رئيس الحكومة اللبنانية إن لبنان يتابع الوضع. وأكد وزير الداخلية اللبناني أن لبنان لن يتهاون مع الإرهاب. "
IRAQ = "قالت الحكومة العراقية إن بغداد ستواصل عملياتها. وأكد رئيس الوزراء العراقي أن العراق لن يتهاون. "


def _spans(text: str) -> list[tuple[str, str, str | None]]:
    from core.entities.lexicon import ARTICLE_COUNTRY

    doc = analyze(text, DAY, until="entities").doc
    return [(s.text, s.attrs.get("name_en", ""), s.attrs.get(ARTICLE_COUNTRY)) for s in doc.entities
            if s.label == "ARMED_ACTOR"]


def test_an_actor_whose_country_is_only_the_articles_is_marked() -> None:
    spans = _spans(TURKEY + "واعتقلت الشرطة خمسة أشخاص.")
    assert ("الشرطة", "Police Forces of Turkey", "actor:police") in spans


@pytest.mark.parametrize("text", [
    TURKEY + "واعتقلت الشرطة العراقية خمسة أشخاص.",  # a nationality adjective tells it
    TURKEY + "وقصف الجيش العراقي مواقع للمسلحين. وقال الجيش إنه قتل عشرة منهم.",  # an earlier mention told it
])
def test_an_actor_whose_country_the_text_tells_is_not_marked(text: str) -> None:
    assert not any(key for _, name, key in _spans(text) if "Iraq" in name)


def test_told_open_mentions_are_marked_and_named_actors_not() -> None:
    """«الشرطة العراقية» is told (it keeps its country anywhere); «حزب العمال الكردستاني», a named
    actor of its own country, is no open mention at all."""
    from core.entities.lexicon import ARTICLE_COUNTRY, COUNTRY_TOLD

    doc = analyze(TURKEY + "واعتقلت الشرطة العراقية خمسة من عناصر حزب العمال الكردستاني.", DAY, until="entities").doc
    marks = {s.attrs.get("name_en"): (s.attrs.get(ARTICLE_COUNTRY), s.attrs.get(COUNTRY_TOLD))
             for s in doc.entities if s.label == "ARMED_ACTOR"}
    assert marks["Police Forces of Iraq"] == (None, True)
    assert [m for n, m in marks.items() if n.startswith("PKK")] == [(None, None)]


def test_a_mention_is_read_again_in_another_country() -> None:
    from core.entities.lexicon import reading_in

    assert reading_in("actor:police", "Iraq")["name_en"] == "Police Forces of Iraq"
    assert reading_in("actor:unidentified", "Iraq")["name_en"] == "Unidentified Armed Group (Iraq)"
    army = reading_in("القوات الحكومية", "Syria")
    assert (army["name_en"], army["actor_type"], army["inter"]) == ("Military Forces of Syria (2000-)", "state", 1)
    assert reading_in("nothing:here", "Iraq") is None


def test_unidentified_gunmen_in_iraq_told_in_a_turkish_report_are_iraqs() -> None:
    text = TURKEY + "وقتل مسلحون مجهولون شرطيا في مدينة كركوك شمال العراق أمس."
    [(actor1,)] = coded(text, DAY, "actor1")
    assert actor1 == "Unidentified Armed Group (Iraq)"


def test_security_forces_in_iraq_told_in_a_turkish_report_are_iraqs() -> None:
    text = TURKEY + "واشتبكت قوات الأمن مع مسلحين في مدينة الموصل شمال العراق أمس، ما أسفر عن مقتل خمسة مسلحين."
    [(actor1, actor2)] = coded(text, DAY, "actor1", "actor2")
    assert (actor1, actor2) == ("Police Forces of Iraq", "Unidentified Armed Group (Iraq)")


def test_government_forces_in_syria_told_in_a_lebanese_report_are_syrias() -> None:
    text = LEBANON + "وقصفت القوات الحكومية بلدة الزبداني في ريف دمشق أمس، ما أسفر عن مقتل أربعة مدنيين."
    [(actor1, actor2)] = coded(text, DAY, "actor1", "actor2")
    assert (actor1, actor2) == ("Military Forces of Syria (2000-)", "Civilians (Syria)")


def test_the_police_named_with_their_country_keep_it_abroad() -> None:
    text = IRAQ + "واعتقلت الشرطة التركية خمسة أشخاص في مدينة أربيل شمال العراق أمس."
    assert [a for (a,) in coded(text, DAY, "actor1")] == ["Police Forces of Turkey"]


def test_the_army_the_article_named_before_keeps_its_country_abroad() -> None:
    """«الجيش التركي» … «الجيش»: the text told whose army it is; shelling in Iraq does not make it Iraq's."""
    text = (TURKEY + "وقال الجيش التركي إنه سيرد على الهجمات. "
            "وقصف الجيش مواقع لتنظيم داعش في مدينة الموصل شمال العراق أمس، ما أسفر عن مقتل خمسة مسلحين.")
    actors = [a for (a,) in coded(text, DAY, "actor1")]
    assert actors and all(a.startswith("Military Forces of Turkey") for a in actors)


def test_a_bare_army_is_the_forces_the_article_names_with_their_country() -> None:
    """Armies travel: «المقاتلات التركية» named, a bare «الجيش» shelling the PKK in northern Iraq is
    still the Turkish army; with no Turkish forces named at all it is the place's army."""
    strike = "وقال الجيش إنه قصف مواقع لحزب العمال الكردستاني في شمال العراق أمس، ما أسفر عن مقتل عشرين مسلحا."
    named = [a for (a,) in coded(TURKEY + "وقصفت المقاتلات التركية مواقع في جبال قنديل. " + strike, DAY, "actor1")]
    assert named and all(a.startswith("Military Forces of Turkey") for a in named)
    bare = [a for (a,) in coded(TURKEY + strike, DAY, "actor1")]
    assert bare == ["Military Forces of Iraq (2014-)"]


@pytest.mark.parametrize("place", [None, "Iraq"])
def test_an_unplaced_event_keeps_the_articles_country(place: str | None) -> None:
    from core.incidents.actors import actor_from_span
    from core.incidents.merge import civilians_of_the_place
    from core.incidents.model import Incident, Place

    doc = analyze(TURKEY + "وقتل مسلحون مجهولون شرطيين اثنين أمس.", DAY, until="entities").doc
    [gunmen] = [s for s in doc.entities if s.attrs.get("id") == "unidentified"]
    location = Place("الموصل", name_en="Mosul", kind="city", country=place) if place else None
    incident = Incident(event_type="Violence against civilians", sub_event_type="Attack",
                        actor1=actor_from_span(gunmen), location=location)
    civilians_of_the_place(incident, doc)
    assert incident.actor1.name_en == f"Unidentified Armed Group ({place or 'Turkey'})"


SAUDI = "أعلنت وزارة الداخلية السعودية أمس القبض على خلية إرهابية في الرياض. وقالت المملكة العربية السعودية إنها تدين الإرهاب. "


def test_ansar_al_sharia_in_libya_told_in_a_saudi_report_is_libyas() -> None:
    """«أنصار الشريعة» is AQAP in Yemen and Saudi Arabia, the Libyan group in Libya: the event's place
    decides, not the article's main country."""
    text = SAUDI + "وهاجم مسلحون من جماعة أنصار الشريعة مقرا للجيش في مدينة بنغازي شرق ليبيا أمس، ما أسفر عن مقتل خمسة جنود."
    assert "Ansar al Sharia (Libya)" in [a for (a,) in coded(text, DAY, "actor1")]


def test_pro_government_fighters_in_iraq_told_in_a_turkish_report_are_iraqs() -> None:
    text = TURKEY + "واشتبك المقاتلون الموالون للحكومة مع تنظيم داعش في مدينة الرمادي غرب العراق أمس."
    [(actor1, actor2)] = coded(text, DAY, "actor1", "actor2")
    assert (actor1, actor2) == ("Pro-Government Militia (Iraq)", "Islamic State (Iraq)")


def test_the_kurdish_fighters_keep_the_articles_reading() -> None:
    """«المقاتلين الأكراد» (no "{country}" fallback) are read by the story, not the place: PKK
    fighters Turkey strikes in northern Iraq stay the PKK in a Turkish report."""
    from core.entities.lexicon import ARTICLE_COUNTRY

    doc = analyze(TURKEY + "وقصفت المقاتلات التركية مواقع المقاتلين الأكراد في شمال العراق.", DAY, until="entities").doc
    assert not any(s.attrs.get(ARTICLE_COUNTRY) for s in doc.entities if "PKK" in s.attrs.get("name_en", ""))
