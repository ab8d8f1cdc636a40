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


NABLUS = {"name_ar": "نابلس", "name_en": "Nablus", "kind": "city", "admin1_ar": "نابلس", "admin1_en": "Nablus",
          "country": "Palestine"}


def test_every_country_is_named_in_arabic_in_the_arabic_interface(arabic, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The incident editor's "Which one" and the picker showed «Palestine» in English in the Arabic
    interface (only 20 countries had a translation): the others take the gazetteer's Arabic name."""
    from gui.incidents.editor import IncidentEditor
    from gui.reader.highlights import Highlight, tooltip_lines

    assert "الأراضي الفلسطينية" in describe(NABLUS) and "Palestine" not in describe(NABLUS)
    assert "سوريا" in describe({**NABLUS, "country": "Syria"})  # a translated one as before
    assert "Atlantis" in describe({**NABLUS, "country": "Atlantis"})  # one nobody knows as it is
    editor = IncidentEditor({"event_type": "Battles", "location": {"text": "دوما"}})
    qtbot.addWidget(editor)
    editor.set_place_choices("دوما", [{**NABLUS, "name_ar": "دوما", "name_en": "Duma"},
                                      {**DAMT, "name_ar": "دوما", "country": "Syria"}])
    shown = [editor.place_choices.itemText(i) for i in range(editor.place_choices.count())]
    assert any("الأراضي الفلسطينية" in s for s in shown) and not any("Palestine" in s for s in shown)
    h = Highlight(0, 5, "LOCATION", "", "نابلس", dict(NABLUS))
    assert any("الأراضي الفلسطينية" in line for line in tooltip_lines(h))


def test_the_english_interface_keeps_english_country_names() -> None:
    assert "Palestine" in describe(NABLUS)
