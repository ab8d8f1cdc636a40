"""The analyst's corrections of incidents, as plain dicts (no Qt): what an edit stores, which
cells show analyst values, and the incident made from a text selection.

The store keeps one override per machine incident (`core.store.analyses`). Its `data` holds only
the fields the analyst set, plus `analyst_fields` (their names) so the panel can show exactly
those values as the analyst's, and `analyst_confirmed` when the analyst also vouched for the rest.
An analyst-added incident keeps its whole body in `data`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from core.text.transliterate import arabic_admin1, arabic_name

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
            if _display_name(current) != _display_name(value) or arabic_admin1(current) != arabic_admin1(value):
                out[key] = value
        elif (current if current not in ("",) else None) != (value if value not in ("",) else None):
            out[key] = value
    return out


def _display_name(value: Any) -> str:
    return arabic_name(value) if isinstance(value, Mapping) else ""


def _place_names(place: Mapping[str, Any]) -> set[str]:
    return {" ".join(str(place.get(k) or "").split()) for k in ("name_ar", "text", "name_en")} - {""}


def _same_place(a: Any, b: Any) -> bool:
    """The same place: the same gazetteer id when both have one, else a name in common."""
    if not isinstance(a, Mapping) or not isinstance(b, Mapping):
        return False
    if a.get("place_id") and b.get("place_id"):
        return str(a["place_id"]) == str(b["place_id"])
    return bool(_place_names(a) & _place_names(b))


def duplicate_rows(values: Mapping[str, Any], incidents: Iterable[Mapping[str, Any]],
                   skip: Mapping[str, Any] | None = None) -> list[int]:
    """Rows (1-based, as the incidents table numbers them) of the listed incidents that code the same
    event as `values`: same event type, same place (gazetteer id, else a shared name) and same day.
    Rejected incidents are not counted (no export takes them), nor `skip` (the incident being edited).
    An analyst adding an incident a machine one already codes would otherwise export it twice."""
    if not values.get("event_type") or not values.get("location"):
        return []
    day = str(values.get("date") or "")[:10]
    rows = []
    for row, inc in enumerate(incidents, start=1):
        if inc.get("analyst_status") == "rejected" or (skip is not None and inc == skip):
            continue
        if (inc.get("event_type") == values.get("event_type") and str(inc.get("date") or "")[:10] == day
                and _same_place(inc.get("location"), values.get("location"))):
            rows.append(row)
    return rows


def incident_from_selection(text: str, start: int, end: int, published: str | None,
                            entities: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """A new analyst incident whose evidence is the selection [start, end) of the article, its
    fields filled from the article's `entities` inside the selection (`prefill_from_entities`);
    the event type is left for the analyst to choose."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"selection ({start}, {end}) is outside the article")
    inside = [e for e in entities if start <= int(e.get("start", -1)) and int(e.get("end", end + 1)) <= end]
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
        **prefill_from_entities(inside),
        "evidence": [{"start": start, "end": end}],
        "quote": text[start:end],
        "confidence": 1.0,
        "summary_ar": "",
        "summary_en": "",
    }


# A place's kinds (the gazetteer's, and the recognisers' «area» and «landmark») from the most to the
# least precise: an incident is coded at its most precise place, never at a country named beside it.
_PLACE_RANK = {"village": 0, "town": 0, "city": 0, "landmark": 0, "area": 0, "subdistrict": 1, "municipality": 1,
               "district": 2, "governorate": 3, "province": 3, "state": 3, "emirate": 3, "region": 4, "country": 5}


def prefill_from_entities(entities: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The fields an analyst adding an incident would otherwise type, read from the entities of
    the words selected: the most precise place (a district before its governorate, as «في مديرية
    حيدان بمحافظة صعدة» reads), the first two different armed actors in the order the text names
    them (Arabic news names the attacker first: «شنت مقاتلات التحالف غارة على مواقع الحوثيين»),
    and a count of killed, injured or captured when the selection states exactly one, not vague.
    Every value is the recognisers' reading (canonical names, coordinates), shown in the editor to
    be checked; nothing is filled that the selection does not name."""
    ents = sorted(entities, key=lambda e: int(e.get("start", 0)))
    out: dict[str, Any] = {}
    places = [e for e in ents if e.get("label") == "LOCATION"]
    if places:
        best = min(places, key=lambda e: _PLACE_RANK.get(str((e.get("attrs") or {}).get("kind") or ""), 1))
        attrs = best.get("attrs") or {}
        out["location"] = place_from_name(str(attrs.get("name_ar") or best.get("text") or ""),
                                          str(attrs.get("admin1_ar") or ""), attrs or None)
    actors: list[dict[str, Any]] = []
    seen: set[str] = set()
    for e in ents:
        if e.get("label") != "ARMED_ACTOR":
            continue
        attrs = e.get("attrs") or {}
        key = str(attrs.get("id") or attrs.get("name_ar") or e.get("text") or "")
        if key and key not in seen and len(actors) < 2:
            seen.add(key)
            actor = actor_from_name(str(attrs.get("name_ar") or e.get("text") or ""), attrs or None)
            if actor is not None:
                actors.append(actor)
    for key, actor in zip(("actor1", "actor2"), actors):
        out[key] = actor
    for role, key in (("killed", "fatalities"), ("injured", "injured"), ("captured", "captured")):
        counts = [(e.get("attrs") or {}) for e in ents if e.get("label") == "CASUALTY"
                  and (e.get("attrs") or {}).get("role") == role]
        if len(counts) == 1 and isinstance(counts[0].get("count"), int) and not counts[0].get("vague"):
            out[key] = counts[0]["count"]
    return out


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
