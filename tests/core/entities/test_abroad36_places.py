"""Places abroad (session 36): first-level units of Turkey, Iran, the USA, the UK…, towns of events abroad,
countries under their news spellings, and the names kept out or gated because they are ordinary words.

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

DAY = date(2015, 8, 3)


def _places(text: str) -> list[tuple[str, dict]]:
    doc = analyze(text, DAY).doc
    return [(doc.text[e.start:e.end], e.attrs) for e in doc.entities if e.label == "LOCATION"]


def _incidents(text: str):
    return analyze(text, DAY).incidents


def test_a_us_town_gets_its_state_and_country() -> None:
    """A protest town of the USA has a row: the country and the state come from it, not from the last place named."""
    text = "واعتقلت الشرطة عشرة متظاهرين خلال احتجاجات ليلية في فيرغسون بولاية ميزوري."
    found = _incidents(text)
    assert found and all(i.location and i.location.country == "United States" for i in found), found
    assert {i.location.admin1_en for i in found} == {"Missouri"}, found


def test_a_us_state_bare_is_a_place() -> None:
    """«كاليفورنيا», a frequent word of the news, is kept as a place without a head."""
    places = [(t, a.get("admin1_en"), a.get("country")) for t, a in _places("وقتل خمسة أشخاص في إطلاق نار في كاليفورنيا أمس.")]
    assert ("كاليفورنيا", "California", "United States") in places, places


def test_a_big_city_abroad_is_in_its_own_state() -> None:
    """New York City lies nearer New Jersey's centroid: its state is pinned."""
    places = {t: a.get("admin1_en") for t, a in _places("وأعلنت الشرطة في نيويورك اعتقال رجل بعد إطلاق نار.")}
    assert places.get("نيويورك") == "New York", places


def test_a_turkish_province_has_its_arabic_name() -> None:
    """A Turkish province iso3166-2 names only in Turkish is placed with its Arabic name."""
    places = [(t, a.get("admin1_ar"), a.get("country")) for t, a in _places("وقتل جنديان في هجوم على دورية للجيش في ولاية طرابزون.")]
    assert any(a1 == "طرابزون" and c == "Turkey" for _, a1, c in places), places


def test_an_iranian_town_of_kurdistan() -> None:
    """Kamyaran is a town of Iran's Kurdistan province (named in English only: «كردستان» is Iraq's region)."""
    places = [(t, a.get("country"), a.get("admin1_en")) for t, a in _places("وقتل اثنان من عناصر الحرس الثوري في اشتباكات قرب كامياران.")]
    assert ("كامياران", "Iran", "Kurdistan") in places, places


def test_congo_in_the_news_spelling() -> None:
    """«الكونغو» without CLDR's « - كينشاسا» is a country."""
    places = [(t, a.get("kind")) for t, a in _places("وقتل عشرون شخصا في هجوم لمتمردين في شرق الكونغو.")]
    assert ("الكونغو", "country") in places, places


def test_passive_verb_spelt_like_agri_is_no_place() -> None:
    """«أجري» (was carried out) is Ağrı only after a head word."""
    assert not [t for t, _ in _places("وأجري تحقيق في الحادث بعد مقتل رجل في الرياض.") if "أجري" in t]
    places = [(t, a.get("name_en")) for t, a in _places("وقتل جنديان تركيان في هجوم لمسلحين أكراد في ولاية أجري.")]
    assert any(name == "Agri" for _, name in places), places


def test_the_kentucky_roundabout_of_sanaa_stays_in_yemen() -> None:
    """«جولة كنتاكي» is a roundabout of Sanaa: the US state needs a head («ولاية كنتاكي»)."""
    text = "وهاجمت المقاومة نقطة تابعة للحوثيين في جولة كنتاكي وسط العاصمة صنعاء وقتلت ثلاثة منهم."
    assert not [t for t, a in _places(text) if a.get("country") == "United States"]
    places = [(t, a.get("country")) for t, a in _places("وقتل شخصان في إطلاق نار على مدرسة في ولاية كنتاكي.")]
    assert any(c == "United States" for _, c in places), places


def test_yemeni_namesakes_are_not_iranian_provinces() -> None:
    """«همدان» (a district of Sanaa governorate) is not Iran's Hamadan province: left out of the gazetteer."""
    places = [(t, a.get("country")) for t, a in _places("وقتل ثلاثة من الحوثيين في قصف على مديرية همدان بمحافظة صنعاء.")]
    assert places and all(c == "Yemen" for _, c in places), places
