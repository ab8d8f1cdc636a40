"""A place name typed by the analyst, looked up in the gazetteer.

The recogniser (`core.entities.places`) reads names in running text and needs context to accept
one; a name typed into the incident editor is a place by definition, so it is looked up directly:
a head word («مديرية الزاهر», «محافظة البيضاء») is taken off and narrows the kinds, proclitics and
spelling variants are the gazetteer's own (`Gazetteer.lookup`), and a missing or extra «ال» is
tried. Among homonyms the one in the governorate the analyst chose wins, then the article's
context (`PlaceContext`): a place the article names, then one in its governorates, then one in its
country (Yemen when the analysis finds none), then the likeliest by tier, kind and population; the
others are kept as `alternatives`, as the recogniser keeps them. «الرباط» typed in an article about
Aden is a Yemeni place before Rabat in Morocco.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.entities.gazetteer import KIND_PRIORITY, Gazetteer, PlaceRecord
from core.entities.matcher import normalized
from core.text.clitics import proclitic_variants

PRECISION = {"country": 3, "district": 2, "subdistrict": 2, "area": 2}  # as places.PRECISION
TIER_RANK = {"A": 2, "B": 1, "C": 0}
PREPOSITIONS = frozenset({"في", "قرب", "بمنطقه"})  # typed before the name: «في دمت»
HOME_COUNTRY = "Yemen"  # the country a place is looked for in when the article's is not known


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """What an article tells about where it is: the places it names (gazetteer ids), its
    governorates (English, the most named first) and its country ("" when not established)."""

    governorates: tuple[str, ...] = ()
    country: str = ""
    place_ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, context: PlaceContext | Sequence[str] | None) -> PlaceContext:
        """A context from the older form too: a bare list of governorates."""
        if isinstance(context, PlaceContext):
            return context
        return cls(tuple(context or ()))


def article_context(entities: Iterable[Mapping[str, Any]], incidents: Iterable[Mapping[str, Any]] = ()) -> PlaceContext:
    """The `PlaceContext` of an article from its stored entities and incidents: the governorates
    its places and incidents name, the most named first; the places it names; its country as the
    lexicons count it (`lexicon.dominant_country`): a local actor of a known country twice, a place once."""
    governorates: Counter[str] = Counter()
    votes: Counter[str] = Counter()
    ids: set[str] = set()
    for ent in entities:
        attrs = ent.get("attrs") or {}
        country = str(attrs.get("country") or "")
        if ent.get("label") == "LOCATION":
            governorates[str(attrs.get("admin1_en") or "")] += 1
            votes[country] += 1
            if attrs.get("place_id"):
                ids.add(str(attrs["place_id"]))
        elif ent.get("label") == "ARMED_ACTOR" and attrs.get("actor_type") != "external" and not attrs.get("ambiguous"):
            votes[country] += 2
    for inc in incidents:
        governorates[str((inc.get("location") or {}).get("admin1_en") or "")] += 1
    governorates.pop("", None)
    votes.pop("", None)
    return PlaceContext(tuple(name for name, _ in governorates.most_common()),
                        votes.most_common(1)[0][0] if votes else "", frozenset(ids))


def _candidates(gaz: Gazetteer, name: str) -> list[PlaceRecord]:
    words = name.split(" ")
    if len(words) > 1 and normalized(words[0]) in PREPOSITIONS:
        words = words[1:]
    hits = gaz.lookup(" ".join(words))
    if not hits and len(words) > 1:  # «مديرية الزاهر»: the head asks for a kind
        head = next((v for v in proclitic_variants(normalized(words[0])) if v in gaz.rules.admin_heads), "")
        if head:
            hits = gaz.lookup(" ".join(words[1:]))
            kinds = gaz.rules.admin_heads[head]
            hits = [p for p in hits if not kinds or p.kind in kinds] or hits
    if not hits:
        hits = _other_article_form(gaz, " ".join(words))
    return hits


def _other_article_form(gaz: Gazetteer, name: str) -> list[PlaceRecord]:
    """«زاهر» for «الزاهر», «الدمت» for «دمت»."""
    key = normalized(name)
    return gaz.lookup(key[2:] if key.startswith("ال") else "ال" + key)


def _governorates(gaz: Gazetteer, governorate: str) -> set[str]:
    """English names of the first-level regions a typed governorate («البيضاء», "Al Bayda") names."""
    text = " ".join(governorate.split())
    if not text:
        return set()
    if text.isascii():
        return {text.casefold()}
    return {p.admin1_en.casefold() for p in _candidates(gaz, text) if p.is_admin1}


def _governorate_countries(gaz: Gazetteer, governorate: str) -> set[str]:
    """The countries of the first-level regions a typed Arabic governorate names («عدن»: Yemen);
    empty when it names none the gazetteer knows (or is typed in Latin letters)."""
    text = " ".join(governorate.split())
    if not text or text.isascii():
        return set()
    return {p.country for p in _candidates(gaz, text) if p.is_admin1 and p.country}


def _ranked(gaz: Gazetteer, name: str, governorate: str, context: PlaceContext) -> list[PlaceRecord]:
    """The places called `name`, likeliest first: in the typed governorate, named by the article,
    in the article's governorates (the most named first), in its country, then by tier, kind and
    population."""
    found = _candidates(gaz, name)
    if not found:
        return []
    chosen_gov = _governorates(gaz, governorate)
    if chosen_gov and not any(p.admin1_en.casefold() in chosen_gov for p in found):
        found += [p for p in _other_article_form(gaz, name) if p not in found]
    order = {g.casefold(): i for i, g in reversed(list(enumerate(context.governorates)))}
    countries = _governorate_countries(gaz, governorate) or {context.country or HOME_COUNTRY}

    def rank(p: PlaceRecord) -> tuple[Any, ...]:
        admin1 = p.admin1_en.casefold()
        return (admin1 in chosen_gov, p.id in context.place_ids, -order.get(admin1, len(order)),
                p.country in countries, TIER_RANK.get(p.tier, 0), KIND_PRIORITY.get(p.kind, 0.0), p.population)

    return sorted(found, key=rank, reverse=True)


def _attrs(place: PlaceRecord) -> dict[str, Any]:
    attrs = place.to_dict()
    attrs["geo_precision"] = 3 if place.kind == "country" or place.is_admin1 else PRECISION.get(place.kind, 1)
    return attrs


def _distinct(ranked: list[PlaceRecord]) -> list[PlaceRecord]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for p in ranked:
        if (p.name_en, p.admin1_en, p.kind) not in seen:
            seen.add((p.name_en, p.admin1_en, p.kind))
            out.append(p)
    return out


def resolve_place(name: str, governorate: str = "",
                  context: PlaceContext | Sequence[str] = ()) -> dict[str, Any] | None:
    """The gazetteer's reading of a typed place name, as a LOCATION entity's attrs (place_id,
    names, admin, country, iso, coordinates, geo_precision, alternatives), or None when no place
    is called so. `governorate` is the one the analyst typed; `context` the article's
    (`article_context`; or only its governorates, English names, the most named first)."""
    name = " ".join(name.split())
    ranked = _distinct(_ranked(Gazetteer.load(), name, governorate, PlaceContext.of(context))) if name else []
    if not ranked:
        return None
    attrs = _attrs(ranked[0])
    attrs["alternatives"] = [{"name_en": p.name_en, "admin1_en": p.admin1_en, "kind": p.kind, "country": p.country,
                              "place_id": p.id} for p in ranked[1:6]]
    return attrs


def fits_governorate(attrs: dict[str, Any], governorate: str) -> bool:
    """Whether a place read for a typed name may stand when the analyst typed `governorate` too.

    A place in that governorate does, and so does a district, town or city elsewhere (a name that
    distinct makes a governorate field left as it was the likelier mistake: «دمت» with «تعز»).
    A village or an area elsewhere does not: their names repeat across the country («صبر» is a
    village in five other governorates and an area of Lahij, none in Taizz), so the event is coded
    at the typed governorate. Nor does any place in another country than the governorate's: «الرباط»
    with «عدن» is a quarter of Aden the gazetteer does not hold, not Rabat in Morocco (the analyst's
    governorate was overruled and the incident exported as Morocco's). Nor does a town whose name is
    not that distinct: another town, district or subdistrict of the name lies in yet another
    governorate (its `alternatives`) — «الرباط» with «عدن» is not the Abyan town either, a
    subdistrict of Al Bayda has that name too."""
    gaz = Gazetteer.load()
    regions = _governorates(gaz, governorate)
    if not regions or str(attrs.get("admin1_en") or "").casefold() in regions:
        return True
    countries = _governorate_countries(gaz, governorate)
    if countries and attrs.get("country") and attrs["country"] not in countries:
        return False
    if attrs.get("kind") in ("village", "area"):
        return False
    own = str(attrs.get("admin1_en") or "")
    return all(str(a.get("admin1_en") or "") == own for a in attrs.get("alternatives") or ()
               if a.get("kind") not in ("village", "area"))


def place_choices(name: str, context: PlaceContext | Sequence[str] = (), limit: int = 8) -> list[dict[str, Any]]:
    """Every place the gazetteer calls `name` (one per name, region and kind), likeliest first in
    the article's `context` (see `resolve_place`), each as a LOCATION entity's full attrs: what an
    analyst marking a place picks from."""
    name = " ".join(name.split())
    ranked = _distinct(_ranked(Gazetteer.load(), name, "", PlaceContext.of(context))) if name else []
    return [_attrs(p) for p in ranked[:limit]]


def resolve_governorate(governorate: str) -> dict[str, Any] | None:
    """The first-level region a typed governorate names (geo_precision 3), for a place the
    gazetteer does not know: ACLED codes such an event at its region."""
    gaz = Gazetteer.load()
    text = " ".join(governorate.split())
    regions = [p for p in _candidates(gaz, text) if p.is_admin1] if text else []
    if not regions:
        return None
    best = max(regions, key=lambda p: (p.country == "Yemen", p.population))
    attrs = best.to_dict()
    attrs["geo_precision"] = 3
    return attrs
