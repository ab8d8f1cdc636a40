"""«تنظيم بيت المقدس» (levread2): Ansar Bayt al-Maqdis named without «أنصار» in Egyptian news is
the group, not Jerusalem («بيت المقدس»)."""

from __future__ import annotations

from core.pipeline import analyze


def test_bayt_al_maqdis_group_is_no_jerusalem() -> None:
    text = "قالت مصادر عسكرية إن مروحيات الأباتشي قتلت 6 من عناصر تنظيم بيت المقدس بقرية جنوب الشيخ زويد بمحافظة شمال سيناء."
    an = analyze(text, "2015-08-11", "")
    assert not [e for e in an.entities if e.label == "LOCATION" and e.attrs.get("name_en") == "Jerusalem"]
    assert [e.attrs.get("name_en") for e in an.entities if e.label == "ARMED_ACTOR" and "المقدس" in e.text] == \
        ["Islamic State (Egypt)"]
    assert {i.location.admin1_en for i in an.incidents} == {"North Sinai"}


def test_jamaat_bayt_al_maqdis_too() -> None:
    an = analyze("وتبنت جماعة بيت المقدس الهجوم على كمين للجيش في العريش أمس.", "2015-08-11", "")
    assert [e.text for e in an.entities if e.label == "LOCATION" and e.attrs.get("name_en") == "Jerusalem"] == []
