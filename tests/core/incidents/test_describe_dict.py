"""An incident dict (an analyst's edit or addition) is described from its own fields."""

from __future__ import annotations

from core.incidents.model import Incident
from core.incidents.summary import describe, describe_dict


def test_describe_dict_tells_the_edited_fields() -> None:
    edited = {
        "event_type": "Violence against civilians", "sub_event_type": "Attack", "fatalities": 5,
        "actor1": {"text": "الحوثيون", "name_ar": "الحوثيون", "name_en": "Houthis (Ansar Allah)", "inter": 2},
        "location": {"text": "مكيراس", "name_ar": "مكيراس", "name_en": "Mukayras", "admin1_en": "Al Bayda",
                     "admin1_ar": "البيضاء", "geo_precision": 1, "place_id": "ye:x", "alternatives": []},
        "flags": ["fatalities_unknown"], "evidence": [{"start": 3, "end": 9}], "analyst_status": "edited",
        "summary_en": "Clashes near Damt: 12 killed",
    }
    en, ar = describe_dict(edited)
    assert en == "Attack by Houthis (Ansar Allah) in Mukayras (Al Bayda): 5 killed"
    assert ar == "هجوم من الحوثيين في مكيراس (البيضاء): 5 قتلى"


def test_from_dict_is_the_inverse_of_to_dict() -> None:
    from core.incidents.model import Actor, Place

    inc = Incident("Battles", "Armed clash", actor1=Actor("المقاومة", name_en="Popular Resistance"),
                   location=Place("دمت", name_en="Damt", geo_precision=2, kind="town"), fatalities=12,
                   evidence=[(1, 4)], flags=["x"])
    again = Incident.from_dict(inc.to_dict())
    assert again.to_dict() == inc.to_dict() and describe(again) == describe(inc)
