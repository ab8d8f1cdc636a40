"""Some of the gazetteer's governorates are written fully vowelled («عَسِيْر», «ٱلْمَدِيْنَة ٱلْمُنَوَّرَة»,
«تَبُوْك»): the Arabic interface listed them so among bare names in the library's governorate filter,
the export dialog, the incident editor and the reports' tables. They are shown bare now."""

from __future__ import annotations

import re

from core.text.transliterate import _admin1_arabic, arabic_admin1, arabic_country, arabic_governorate, plain_name

MARKS = re.compile("[\u064b-\u0652\u0670\u0671]")


def test_plain_name_drops_vowel_marks_and_wasla() -> None:
    assert plain_name("عَسِيْر") == "عسير"
    assert plain_name("ٱلْمَدِيْنَة ٱلْمُنَوَّرَة") == "المدينة المنورة"
    assert plain_name("الأنبار") == "الأنبار"  # hamza kept: a letter, not a vowel mark
    assert plain_name("") == ""


def test_no_governorate_is_listed_with_vowel_marks() -> None:
    assert arabic_governorate("Asir") == "عسير"
    assert [name for name in _admin1_arabic().values() if MARKS.search(name)] == []
    assert arabic_governorate("Al-Anbar") == "الأنبار"


def test_a_places_governorate_is_shown_bare() -> None:
    assert arabic_admin1({"admin1_ar": "تَبُوْك", "admin1_en": "Tabuk"}) == "تبوك"
    assert arabic_admin1({"admin1_ar": "", "admin1_en": "Tabuk"}) == "Tabuk"
    assert arabic_admin1(None) == ""


def test_country_names_are_bare_too() -> None:
    assert not MARKS.search(arabic_country("Syria") + arabic_country("Saudi Arabia") + arabic_country("Palestine"))
