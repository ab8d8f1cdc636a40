"""Helpers of the entity tests: the entities the whole pipeline finds in a sentence, and its places
with the names the gazetteer gives them (a unique module name: test folders have no __init__.py)."""

from __future__ import annotations

from datetime import date

from core.pipeline import analyze

DAY = date(2015, 8, 3)


def spans(text: str, label: str, day: date = DAY) -> list[tuple[str, dict]]:
    """The entities of `label` in `text` read on `day`: (words, attrs)."""
    doc = analyze(text, day).doc
    return [(doc.text[e.start:e.end], e.attrs) for e in doc.entities if e.label == label]


def places(text: str, day: date = DAY) -> list[tuple[str, str, str, str]]:
    """The LOCATION entities of `text` read on `day`: (words, name_en, admin1_en, country)."""
    doc = analyze(text, day).doc
    return [(doc.text[e.start:e.end], e.attrs.get("name_en", ""), e.attrs.get("admin1_en", ""), e.attrs.get("country", ""))
            for e in doc.entities if e.label == "LOCATION"]


def named(text: str, name_en: str, day: date = DAY) -> tuple[str, str]:
    """(admin1_en, country) of the first place of `text` the gazetteer names `name_en`; fails when none is."""
    found = [(admin1, country) for _, en, admin1, country in places(text, day) if en == name_en]
    assert found, (name_en, places(text, day))
    return found[0]
