"""A name of no English one in Latin letters (core.text.transliterate), for the English interface."""

from __future__ import annotations

from core.text.transliterate import transliterate


def test_arabic_names_are_spelled_in_latin_letters() -> None:
    assert transliterate("خور المكسر") == "Khur Al Maksar"  # digraphs, the article, «و» read as u
    assert transliterate("وادي") == "Wadi"  # a lone head word is a name, spelled; «ي» at the end read as i
    assert transliterate("إبلي") == "Ibli" and transliterate("مأربي") == "Ma'rabi"  # hamza seats
    assert transliterate("إب") == "Ibb" and transliterate("مأرب") == "Ma'rib"  # the gazetteer's (the city's)
    assert transliterate("المَكّلا") == "Al Mokalla"  # diacritics dropped, then the gazetteer's name


def test_head_words_and_tails_are_put_in_english() -> None:
    assert transliterate("معسكر الصباحة") == "As Sabaha Camp"
    assert transliterate("مطار عدن الدولي") == "Aden International Airport"
    assert transliterate("جبل صبر") == "Mount Sabr"  # the gazetteer's «صبر»
    assert transliterate("منطقة") == "Mantaqa"  # the head alone: no name to place it after


def test_latin_text_and_blanks_pass_unchanged() -> None:
    assert transliterate("Aden") == "Aden"
    assert transliterate("") == "" and transliterate("  ") == ""
    assert transliterate("\u200fعدن\u200f") == "Aden"  # directional marks dropped


def test_a_known_place_is_spelled_as_the_gazetteer_writes_it_in_english() -> None:
    """The name after a facility's head word, or the whole name, is the gazetteer's English one when a
    place of a kind above a village is called so: "Al Anad Air Base" (not "Al And"), "Taiz University"
    (not "T'z") — the same spelling as the places of English name beside it in the table."""
    assert transliterate("قاعدة العند الجوية") == "Al Anad Air Base"
    assert transliterate("جامعة تعز") == "Taiz University"  # the city's name, not the governorate's
    assert transliterate("مطار صنعاء") == "Sanaa Airport"  # not "Amanat al Asimah Airport"
    assert transliterate("منفذ حرض") == "Harad Border Crossing"
    assert transliterate("عدن") == "Aden"
    assert transliterate("معسكر لبوزة") == "Labouza Camp"  # the gazetteer's «لبوزة»
    assert transliterate("الشيخ عثمان") == "Ash Shaykh 'Uthman"
    assert transliterate("مدينة العين") == "Al Ain City"  # the head not said twice
    assert transliterate("معسكر الصباحة") == "As Sabaha Camp"  # not in the gazetteer: spelled
    assert transliterate("الوهط") == "Al Waht"  # only villages of the name: spelled (their English is a spelling too)


def test_a_final_hamza_after_alif_is_not_written() -> None:
    """«اللواء», «المخاء», «الحفاء»: the word ends in a long a, as "Sanaa", "Al Bayda" write it — not
    "Al Lwa'", a trailing apostrophe an English reader stumbles on; a hamza inside a word stays."""
    assert transliterate("معسكر اللواء") == "Al Lawa Camp"
    assert transliterate("الحفاءة") == "Al Hafa'a"
    assert transliterate("مسأل") == "Mas'al"


def test_a_place_of_one_country_is_not_spelled_as_another_countrys_town() -> None:
    """A street «جمال» in Taizz, a place the gazetteer does not hold, was named "Djemmal" (a town of
    Tunisia) in the incident table, the ACLED location column and the English summary."""
    from core.text.transliterate import english_place, english_summary

    street = {"text": "جمال", "name_ar": "جمال", "admin1_en": "Taizz", "country": "Yemen"}
    assert english_place(street) not in ("", "Djemmal")
    assert "Djemmal" not in english_summary({"summary_en": "Shelling near جمال (Taizz)", "location": street})
    # the place's own country still gives its spelling, and a name of no country any gazetteer one
    assert english_place({"text": "مطار عدن", "admin1_en": "Aden", "country": "Yemen"}) == "Aden Airport"
    assert english_place({"text": "جمال"}) == "Djemmal"


def test_the_article_is_said_as_a_sun_letter_after_it() -> None:
    """«ال» before a sun letter is said as that letter, as the gazetteer's names write it ("Ad Dali",
    "At Tawahi"): a name of no English one reads the same way beside them."""
    assert transliterate("الضباب") == "Ad Dabab"  # a Taizz landmark of no English name
    assert transliterate("الشرجب") == "Ash Sharjab" and transliterate("السلخانة") == "As Salkhana"
    assert transliterate("الطحلة") == "At Tahla" and transliterate("النخلة") == "An Nakhla"
    assert transliterate("القرضة") == "Al Qarda" and transliterate("الكدحة") == "Al Kadha"  # moon letters
    assert transliterate("اللكمة") == "Al Lakma"  # «ل» itself: "Al L…", not "All L…"


def test_short_vowels_are_guessed_where_english_needs_one() -> None:
    """No Arabic word starts with two consonants or holds three in a row: an "a" goes between them,
    so a name reads as a word («مكسر» "Maksar", not "Mksr"); long vowels stay as written."""
    assert transliterate("خور المكسر") == "Khur Al Maksar"
    assert transliterate("شعب الحطب") == "Sha'b Al Hatb"  # «ع» inside a word: an apostrophe
    assert transliterate("بكر") == "Bakr" and transliterate("قلعة") == "Qal'a"
    assert transliterate("عمران") == "Amran"  # a first «ع» is a vowel: nothing added


def test_teh_marbuta_and_the_hamza_seats() -> None:
    assert transliterate("الصباحة") == "As Sabaha"  # «ة»: a final a
    assert transliterate("قبائل آل مرة") == "Qaba'il Al Mara"  # «ئ» after a long a: 'i
    assert transliterate("مؤسسة") == "Mu'sasa" and transliterate("مسأل") == "Mas'al"  # «ؤ», «أ» inside
    assert transliterate("إبلي") == "Ibli" and transliterate("أروى") == "Arwa"  # «إ», «أ» first
    assert transliterate("العاصفة") == "Al Asfa"  # «ع» before «ا»: one vowel, not "Aasfa"


def test_abd_joins_the_name_after_it_and_common_names_are_spelled_as_known() -> None:
    assert transliterate("عبد الله") == "Abdullah"
    assert transliterate("عبد الرحمن") == "Abdulrahman" and transliterate("عبد الملك") == "Abdulmalk"
    assert transliterate("عبد ربه") == "Abd Rabh"  # no article: two words
    assert transliterate("محمد علي") == "Muhammad Ali" and transliterate("أبو بكر") == "Abu Bakr"
    assert transliterate("أم حوش") == "Umm Hush"
    assert transliterate("الشيخ") == "Ash Shaykh"  # a table word after the article takes the article


def test_names_are_spelled_as_stored_bare() -> None:
    """A name is stored as the entity's span, without the proclitics the article writes before it
    («وبالمسيمير» → «المسيمير»): the spelling never strips or spells them."""
    from core.pipeline import analyze

    text = "وقتل جندي في اشتباكات مع الحوثيين وبالمسيمير."
    names = [text[e.start:e.end] for e in analyze(text, None, "").entities if e.label == "LOCATION"]
    assert names == ["المسيمير"]


def test_a_two_letter_word_takes_its_vowel() -> None:
    """«تل» is "Tal", not "Tl": a word never starts with two consonants, even a word of two letters."""
    assert transliterate("تل شور") == "Tal Shur"
