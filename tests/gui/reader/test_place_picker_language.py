"""The place picker names where each homonym is and what it is in the interface's language, and
shows every line whole."""

from __future__ import annotations

from gui.reader.place_picker import PlacePicker, describe

DAMT = {"name_ar": "دمت", "name_en": "Damt", "kind": "district", "admin2_ar": "دمت", "admin2_en": "Damt",
        "admin1_ar": "الضالع", "admin1_en": "Ad Dali", "country": "Yemen"}


def test_english_interface_names_places_in_english() -> None:
    text = describe(DAMT)
    assert "Ad Dali" in text and "Yemen" in text and "(district)" in text


def test_arabic_interface_names_where_and_what_in_arabic(arabic, qtbot) -> None:  # type: ignore[no-untyped-def]
    """In the Arabic interface the picker read «Al Mahfid › Abyan › Yemen (town)», and its first
    line was cut at its start."""
    text = describe(DAMT)
    assert "الضالع" in text and "اليمن" in text and "(مديرية)" in text
    assert "Ad Dali" not in text and "Yemen" not in text and "district" not in text
    # a governorate the gazetteer has only in English is still named
    assert "Abyan" in describe({**DAMT, "admin1_ar": "", "admin1_en": "Abyan"})
    picker = PlacePicker("دمت", [DAMT, {**DAMT, "kind": "town", "admin2_ar": "مديرية طويلة الاسم جدا جدا جدا"}])
    qtbot.addWidget(picker)
    assert picker.list.minimumWidth() >= picker.list.sizeHintForColumn(0)
