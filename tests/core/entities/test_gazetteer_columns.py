"""`Gazetteer.place_columns` reads columns of every place without building a record for each: a scan of
all ≈47k places that built them (the capitals' lookup of session 38) kept ~35 MB resident for the life of
the process (analysis peak 287 → 323 MB on the benchmark's 1,000 articles)."""

from __future__ import annotations

from core.entities.gazetteer import COLUMNS, Gazetteer, PlaceRecord
from core.incidents import location


def test_capitals_are_found_without_building_every_place() -> None:
    places = Gazetteer.load().places
    built_before = sum(r is not None for r in places._built)  # type: ignore[attr-defined]
    location._capitals.cache_clear()
    capitals = location._capitals()
    assert "Kabul" in capitals["Afghanistan"] and "Abu Dhabi" in capitals["United Arab Emirates"]
    assert sum(r is not None for r in places._built) == built_before  # type: ignore[attr-defined]


def test_place_columns_read_records_too() -> None:
    """A gazetteer built from records (as tests build small ones) gives the same columns as text."""
    record = PlaceRecord(0, "x1", "city", "صنعاء", "Sanaa", "", "", "", "", "Yemen", None, 15.35, 44.2, False, 0,
                         "A", ())
    small = Gazetteer([record], [["صنعاء"]], Gazetteer.load().rules)
    assert list(small.place_columns("kind", "name_en", "lat", "iso")) == [("city", "Sanaa", "15.35", "")]
    assert set(("kind", "name_en", "lat", "iso")) <= set(COLUMNS)
