"""Places in news of other countries than Yemen (session 26, levant4): a Yemeni village's namesake
in an article about Syria or Iraq is a village of that country the gazetteer does not know.

Sentences written for the tests in the style of the news.
"""

from __future__ import annotations

from core.entities import places
from core.pipeline import analyze


def _places(text: str) -> dict[str, tuple[str, str, int]]:
    """name as written → (country, admin1_en, geo_precision) of the gazetteer step's places."""
    doc = analyze(text, until="tokenise").doc
    return {s.text: (s.attrs.get("country", ""), s.attrs.get("admin1_en", ""), s.attrs.get("geo_precision"))
            for s in places.find(doc)}


def test_a_yemeni_villages_namesake_in_news_of_syria_is_placed_in_the_province_told():
    # «جوزف» is a village the gazetteer knows only in Yemen (Socotra); the article is about Idlib
    text = "قال ناشطون في محافظة إدلب إن غارة جوية استهدفت قرية جوزف في منطقة جبل الزاوية وقتلت طفلين."
    found = _places(text)
    assert found["قرية جوزف"] == ("Syria", "Idleb", 2)
    assert found["جبل الزاوية"][:2] == ("Syria", "Idleb")  # the landmark follows the village it is placed by
    # the province in the paragraph before, not in the village's sentence
    found = _places("تواصل القصف على ريف إدلب الجنوبي.\nوقال ناشطون إن غارة استهدفت قرية جوزف صباح اليوم.")
    assert found["قرية جوزف"] == ("Syria", "Idleb", 2)


def test_the_place_told_right_after_the_village_places_it():
    # «بلدة حوار في سوريا» in a Turkish report: Syria, not the Turkish province named later
    found = _places("قالت وكالة أنباء في أنقرة إن طائرات أقلعت من ديار بكر قصفت مواقع حول بلدة حوار في سوريا المقابلة لمدينة كلس.")
    assert found["بلدة حوار"][0] == "Syria"


def test_the_yemeni_village_stays_in_news_that_names_yemen_or_its_governorate():
    # the article names Yemen: the village may well be the Yemeni one
    found = _places("قصف طيران التحالف قرية جوزف في اليمن بعد أن أعلنت محافظة إدلب هدنة.")
    assert found["قرية جوزف"][0] == "Yemen"
    # a Yemen article: unchanged
    found = _places("قصف الحوثيون قرية جوزف في جزيرة سقطرى.")
    assert found["قرية جوزف"][:2] == ("Yemen", "Socotra")


def test_sahel_and_afghan_towns_news_names_are_in_the_gazetteer():
    # curated.json geonames_towns / names / extra_places: Mali, Nigeria, Afghanistan, Pakistan
    found = _places("قال مصدر عسكري مالي إن مسلحين هاجموا فندقا في مدينة سيفاري بوسط مالي.")
    assert found["مدينة سيفاري"][:2] == ("Mali", "Mopti")
    found = _places("قتل ثلاثة جنود في هجوم على موقع للجيش قرب تمبكتو شمال مالي.")
    assert found["تمبكتو"][:2] == ("Mali", "Tombouctou")  # a town of the article's country, bare
    assert _places("قتل عشرة أشخاص في انفجار في مدينة قندهار جنوب أفغانستان.")["مدينة قندهار"][0] == "Afghanistan"
    assert _places("قتل خمسة أشخاص في تفجير في مدينة كويتا الباكستانية.")["مدينة كويتا"][:2] == ("Pakistan", "Balochistan")
