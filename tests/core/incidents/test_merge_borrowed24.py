"""merge._borrowed_in_governorate: the one predicate behind two merges (a facility borrowed from the
sentences before, in `_places_compatible`; a fight told back «في هذا الحي», in `_fight_told_back`)."""

from __future__ import annotations

from core.incidents.location import Located
from core.incidents.merge import _borrowed_in_governorate, _places_compatible
from core.incidents.model import Place

TAWAHI = Located(Place("حي التواهي", "التواهي", "At Tawahi", "district", "عدن", "Aden"), True, 2, how="named")
RADIO = Located(Place("مباني الإذاعة", "الإذاعة", "", "facility", "عدن", "Aden"), False, 0, how="carried")
TOWN = Located(Place("المدينة", "عدن", "Aden", "city", "عدن", "Aden"), False, 2, how="anaphoric")
MARIB = Located(Place("مأرب", "مأرب", "Marib", "city", "مأرب", "Marib"), True, 2, how="named")


def test_a_place_taken_from_before_in_the_governorate_is_borrowed() -> None:
    assert _borrowed_in_governorate(RADIO, TAWAHI) and _borrowed_in_governorate(TOWN, TAWAHI)
    assert not _borrowed_in_governorate(TAWAHI, RADIO)  # named for its telling: no borrowing
    assert not _borrowed_in_governorate(TOWN, MARIB)  # another governorate
    assert not _borrowed_in_governorate(RADIO, TAWAHI, ("anaphoric",))  # carried on, no anaphor
    assert not _borrowed_in_governorate(None, TAWAHI)


def test_a_borrowed_facility_is_no_other_battlefield() -> None:
    assert _places_compatible(TAWAHI, RADIO) and _places_compatible(RADIO, TAWAHI)
    assert not _places_compatible(MARIB, RADIO)
