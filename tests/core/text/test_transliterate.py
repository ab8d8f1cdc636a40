"""A name of no English one in Latin letters (core.text.transliterate), for the English interface."""

from __future__ import annotations

from core.text.transliterate import transliterate


def test_arabic_names_are_spelled_in_latin_letters() -> None:
    assert transliterate("خور المكسر") == "Khur Al Mksr"  # digraphs, the article, «و» read as u
    assert transliterate("الشيخ عثمان") == "Al Shikh Athman"
    assert transliterate("وادي") == "Wadi"  # a lone head word is a name, spelled; «ي» at the end read as i
    assert transliterate("إب") == "Ib" and transliterate("مأرب") == "M'rb"
    assert transliterate("المَكّلا") == "Al Mkla"  # diacritics dropped


def test_head_words_and_tails_are_put_in_english() -> None:
    assert transliterate("معسكر لبوزة") == "Lbuza Camp"
    assert transliterate("مطار عدن الدولي") == "Adn International Airport"
    assert transliterate("جبل صبر") == "Mount Sbr"
    assert transliterate("منطقة") == "Mntqa"  # the head alone: no name to place it after


def test_latin_text_and_blanks_pass_unchanged() -> None:
    assert transliterate("Aden") == "Aden"
    assert transliterate("") == "" and transliterate("  ") == ""
    assert transliterate("\u200fعدن\u200f") == "Adn"  # directional marks dropped
