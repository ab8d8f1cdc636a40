"""A place's governorate by name: `arabic_admin1` (the Arabic interface and the incident editor:
Arabic, else English) and `english_admin1` (English, else the Arabic in the gazetteer's English or
spelled), the one place the interface, the tasks and the exports take it from."""

from __future__ import annotations

from core.text.transliterate import arabic_admin1, english_admin1


def test_arabic_first_then_english():
    assert arabic_admin1({"admin1_ar": "لحج", "admin1_en": "Lahij"}) == "لحج"
    assert arabic_admin1({"admin1_ar": "", "admin1_en": "Lahij"}) == "Lahij"
    assert arabic_admin1({"admin1_ar": None}) == "" and arabic_admin1(None) == "" and arabic_admin1("لحج") == ""


def test_english_first_then_the_arabic_in_latin_letters():
    assert english_admin1({"admin1_ar": "لحج", "admin1_en": "Lahj"}) == "Lahj"  # core's English wins
    assert english_admin1({"admin1_ar": "لحج", "admin1_en": ""}) == "Lahij"  # the gazetteer's English
    assert english_admin1({"admin1_ar": "", "admin1_en": ""}) == "" and english_admin1(None) == ""


def test_countries_have_the_gazetteers_arabic_names() -> None:
    """A place's country is stored in English; the Arabic interface names it from the gazetteer's
    country rows (CLDR's names): «Palestine» was shown in English in the Arabic place lists."""
    from core.text.transliterate import arabic_country

    assert arabic_country("Palestine") == "الأراضي الفلسطينية"
    assert arabic_country("Syria") == "سوريا"
    assert arabic_country("Israel") == "إسرائيل"
    assert arabic_country("Turkey") == "تركيا"
    assert arabic_country("Atlantis") == "" and arabic_country("") == "" and arabic_country(None) == ""
