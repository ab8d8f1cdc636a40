"""Session 42, the Yemen read part's misses: a front line with the place it lies at is no
organization (sentences written for the test)."""

from __future__ import annotations

from core.pipeline import analyze


def _entities(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in analyze(text, "2015-08-01", "").entities]


def _labelled(text: str, label: str) -> list[str]:
    return [t for lab, t in _entities(text) if lab == label]


def test_a_front_at_a_district_leaves_the_district_a_place() -> None:
    # the tagger read «الجبهة الشمالية بمجزر» as one ORGANIZATION, hiding the Marib district
    text = "وفي مأرب قتل جنديان أمس في منطقة ماس. وتدور اشتباكات عنيفة في الجبهة الشمالية بمجزر."
    assert _labelled(text, "ORGANIZATION") == []
    assert "مجزر" in _labelled(text, "LOCATION")
    incidents = analyze(text, "2015-08-01", "").incidents
    assert any(i.location and i.location.admin1_en == "Marib" and "Majzar" in i.summary_en for i in incidents)


def test_a_front_of_a_city_is_no_organization() -> None:
    text = "وقصفت المدفعية مواقع المسلحين في الجبهة الغربية لمدينة تعز أمس."
    assert _labelled(text, "ORGANIZATION") == []
    assert "مدينة تعز" in _labelled(text, "LOCATION")


def test_a_front_that_is_a_party_stays() -> None:
    text = "وأعلنت الجبهة الشعبية لتحرير فلسطين رفضها للاتفاق الجديد."
    assert _labelled(text, "ORGANIZATION") == ["الجبهة الشعبية لتحرير فلسطين"]
