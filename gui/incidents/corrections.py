"""The analyst's corrections of incidents, as plain dicts (no Qt): what an edit stores, which
cells show analyst values, and the incident made from a text selection.

The store keeps one override per machine incident (`core.store.analyses`). Its `data` holds only
the fields the analyst set, plus `analyst_fields` (their names) so the panel can show exactly
those values as the analyst's, and `analyst_confirmed` when the analyst also vouched for the rest.
An analyst-added incident keeps its whole body in `data`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

# Fields the editor offers, in the order it shows them.
EDITABLE_FIELDS = ("event_type", "sub_event_type", "location", "actor1", "actor2", "fatalities", "injured",
                   "captured", "date")
COUNT_FIELDS = ("fatalities", "injured", "captured")
MARKER_KEYS = ("analyst_fields", "analyst_confirmed")


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, list[str]]:
    """ACLED event types → their sub-event types, in the codebook's order."""
    from core.incidents.lexicons import taxonomy as load

    return {event: list(entry["sub_event_types"]) for event, entry in load()["event_types"].items()}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    from core.incidents.lexicons import disorder_type as lookup

    return lookup(event_type, sub_event_type)


def analyst_fields(incident: Mapping[str, Any]) -> frozenset[str]:
    """Fields whose shown value is the analyst's (every field of an analyst-added incident)."""
    if incident.get("analyst_status") == "added":
        return frozenset(EDITABLE_FIELDS)
    if incident.get("analyst_status") != "edited":
        return frozenset()
    return frozenset(incident.get("analyst_fields") or ())


def edited_data(stored: Mapping[str, Any] | None, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The override data after applying `changes` over what the analyst stored before.

    A change of event type brings its disorder type along (ACLED derives one from the other).
    """
    data = dict(stored or {})
    fields = list(data.get("analyst_fields") or [])
    for key, value in changes.items():
        if key not in EDITABLE_FIELDS:
            raise ValueError(f"{key!r} is not an editable incident field")
        data[key] = value
        if key not in fields:
            fields.append(key)
    if changes.get("date"):
        data["time_precision"] = 1  # the editor takes a day (yyyy-mm-dd), not a week or a month
    if "event_type" in changes or "sub_event_type" in changes:
        event = str(data.get("event_type") or "")
        sub = str(data.get("sub_event_type") or "")
        if event:
            data["disorder_type"] = disorder_type(event, sub)
    data["analyst_fields"] = fields
    return data


def changed_fields(incident: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The editor's values that differ from what the incident shows now."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        current = incident.get(key)
        if key in ("location", "actor1", "actor2"):
            if _display_name(current) != _display_name(value) or _admin1(current) != _admin1(value):
                out[key] = value
        elif (current if current not in ("",) else None) != (value if value not in ("",) else None):
            out[key] = value
    return out


def _display_name(value: Any) -> str:
    if not isinstance(value, Mapping):
        return ""
    return str(value.get("name_ar") or value.get("text") or value.get("name_en") or "")


def _admin1(value: Any) -> str:
    if not isinstance(value, Mapping):
        return ""
    return str(value.get("admin1_ar") or value.get("admin1_en") or "")


def incident_from_selection(text: str, start: int, end: int, published: str | None) -> dict[str, Any]:
    """A new analyst incident whose evidence is the selection [start, end) of the article."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"selection ({start}, {end}) is outside the article")
    return {
        "event_type": "",
        "sub_event_type": "",
        "disorder_type": "",
        "actor1": None,
        "actor2": None,
        "location": None,
        "date": (published or "")[:10] or None,
        "fatalities": None,
        "injured": None,
        "captured": None,
        "evidence": [{"start": start, "end": end}],
        "quote": text[start:end],
        "confidence": 1.0,
        "summary_ar": "",
        "summary_en": "",
    }


def new_incident_data(base: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The body stored for an analyst-added incident: the selection's skeleton plus the editor's values."""
    data = {**base, **values}
    if data.get("date"):
        data["time_precision"] = 1  # the editor takes a day (yyyy-mm-dd)
    if data.get("event_type"):
        data["disorder_type"] = disorder_type(str(data["event_type"]), str(data.get("sub_event_type") or ""))
    return data


def place_from_name(name: str, admin1: str = "", resolved: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
    """A location dict for a typed place name: the gazetteer's reading when one was found
    (`resolved`, a LOCATION entity's attrs), else just the name (no coordinates to mislead)."""
    name = " ".join(name.split())
    if not name:
        return None
    place: dict[str, Any] = {"text": name, "name_ar": name, "name_en": "", "kind": "", "admin1_ar": admin1,
                             "admin1_en": "", "admin2_ar": "", "admin2_en": "", "country": "", "lat": None,
                             "lon": None, "geo_precision": 3}
    if resolved:
        for key in ("name_ar", "name_en", "kind", "admin1_ar", "admin1_en", "admin2_ar", "admin2_en", "country",
                    "iso", "lat", "lon", "geo_precision", "place_id", "approx", "alternatives"):
            if resolved.get(key) not in (None, ""):
                place[key] = resolved[key]
    return place


def actor_from_name(name: str, resolved: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
    """An actor dict for a typed name, canonical names and type from the lexicon when known."""
    name = " ".join(name.split())
    if not name:
        return None
    latin = name.isascii()
    actor: dict[str, Any] = {"text": name, "name_ar": "" if latin else name, "name_en": name if latin else "",
                             "actor_type": "", "inter": None}
    if resolved:
        for key in ("name_ar", "name_en", "actor_type", "inter"):
            if resolved.get(key) not in (None, ""):
                actor[key] = resolved[key]
    return actor
