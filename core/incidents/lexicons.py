"""Loads the incident step's data files once: triggers, their context cues, the ACLED taxonomy.

The files are data so analysts can extend them without touching code:
`resources/lexicons/triggers.json`, `resources/lexicons/triggers_context.json`,
`resources/acled/taxonomy.json`. Phrases become `PhraseMatcher`s, so they match the article after
the same normalisation (hamza, ة/ه, ى/ي, diacritics) and with proclitics on the first word.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import numpy as np

from core.entities.matcher import PhraseMatcher, normalized


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger phrase's ACLED candidate (payload of the trigger matcher)."""

    event_type: str
    sub_event_type: str
    strength: str  # strong | generic | weak
    resolve: str  # "" | attack | territory | arrest | protest
    phrase: str


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    scope: str  # next | clause | whole_clause | before | sentence
    window: int
    unless_next: frozenset[str]
    requires: frozenset[str] = frozenset()  # one of these within `window` words after the cue
    unless_before: frozenset[str] = frozenset()
    # a word of these in the cue's clause before it starts the reach of a whole_clause cue there:
    # «قتل 5 حوثيين في تعز التي تشهد معارك منذ أشهر» (the period describes the place, not the killing)
    reach_from: frozenset[str] = frozenset()
    # a word of these after the cue (bare or after «و/ف») ends its reach: «تأخرت الرحلة بسبب قصف …»
    # (what caused the delay happened)
    until: frozenset[str] = frozenset()
    # only in the bare, indefinite form: «قناة المسيرة», «موقع المصدر أونلاين» name a medium;
    # «الموقع» (the position taken), «للصحيفة» (to the paper) name none
    indefinite: bool = False
    # a word of `reach_from` anywhere before the cue in its clause starts its reach, a trigger
    # between them or not: «سيطرت المقاومة على زنجبار التي حاصرتها قبل أيام» (the siege is the recap)
    reach_any: bool = False
    # a word of these among the NEAR_BEFORE words before the cue, in its clause, undoes it: «طفلة
    # عمرها ستة أشهر جراء القصف» (an age, not how long a halt caused by the shelling lasted)
    unless_near: frozenset[str] = frozenset()
    # a `next` cue's reach ends with the first trigger in it: «ومع استمرار المعارك، قتل 15 حوثيا» — the
    # fighting told as going on is the backdrop, the killing after it is news
    first_trigger: bool = False


def _read(*parts: str) -> Any:
    node = files("resources")
    for part in parts:
        node = node / part
    return json.loads(node.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def actor_entry(actor_id: str) -> dict[str, Any]:
    """The entry of resources/lexicons/actors.json with this id, read once."""
    return next(a for a in _read("lexicons", "actors.json")["actors"] if a["id"] == actor_id)


def fitted_model(name: str) -> dict[str, Any]:
    """A model file built by a training script (`resources/acled/<name>`); {} when it is missing,
    which leaves the rules alone to decide."""
    try:
        return _read("acled", name)
    except FileNotFoundError:
        return {}


def logistic(weights: dict[str, float], feats: dict[str, float]) -> float:
    """A fitted model's probability for sparse features (weights of unseen features are 0)."""
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def forest(model: dict[str, Any], feats: dict[str, float]) -> float:
    """A fitted random forest's probability (the mean of its trees' leaf shares): `model` holds
    "features" (names; a missing one reads 0) and "trees", each as parallel lists — the node's
    feature index "f" (-1 at a leaf), threshold "t", children "l"/"r" (go left when the value is at
    most the threshold) and the leaf's share of positive rows "v". Values are compared as 32-bit
    floats, as scikit-learn's trees compare them (0.6 is not 0.6 there)."""
    return forest_many(model, [feats])[0]


def forest_many(model: dict[str, Any], rows: list[dict[str, float]]) -> list[float]:
    """`forest` for several rows at once: every tree walked a level at a time for all rows, in numpy
    (an article's candidates together cost about what one cost walked in Python)."""
    columns, f, t, left, right, v = _prepared(model)
    if not rows:
        return []
    # a row holds a few dozen of the model's thousands of features: each one it has is set (the
    # same float32 a full list of the row's values made)
    x = np.zeros((len(rows), len(model["features"])), dtype=np.float32)
    for i, r in enumerate(rows):
        for name, value in r.items():
            for j in columns.get(name, ()):
                x[i, j] = value
    trees = np.arange(f.shape[0])[None, :]
    node = np.zeros((len(rows), f.shape[0]), dtype=np.int64)
    for _ in range(f.shape[1]):
        k = f[trees, node]
        inner = k >= 0
        if not inner.any():
            break
        value = np.take_along_axis(x, np.where(inner, k, 0), axis=1).astype(np.float64)
        nxt = np.where(value <= t[trees, node], left[trees, node], right[trees, node])
        node = np.where(inner, nxt, node)
    return (v[trees, node].mean(axis=1)).tolist()


_FORESTS: dict[int, tuple] = {}


def _prepared(model: dict[str, Any]) -> tuple:
    """The features' columns (name → its indexes) and the trees as padded numpy tables (trees ×
    nodes), made once per model."""
    entry = _FORESTS.get(id(model))
    if entry is None or entry[0] is not model:
        trees = model["trees"]
        width = max(len(tree["f"]) for tree in trees)

        def table(key: str, dtype: type, pad: float) -> np.ndarray:
            return np.array([tree[key] + [pad] * (width - len(tree[key])) for tree in trees], dtype=dtype)

        columns: dict[str, tuple[int, ...]] = {}
        for j, name in enumerate(model["features"]):
            columns[name] = (*columns.get(name, ()), j)
        entry = _FORESTS[id(model)] = (model, columns, table("f", np.int64, -1),
                                       table("t", np.float64, 0.0), table("l", np.int64, 0),
                                       table("r", np.int64, 0), table("v", np.float64, 0.0))
    return entry[1:]


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, Any]:
    return _read("acled", "taxonomy.json")


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED disorder type of a sub-event (falls back to the event type's)."""
    entry = taxonomy()["event_types"].get(event_type, {})
    return entry.get("sub_event_types", {}).get(sub_event_type) or entry.get("disorder_type", "Political violence")


def is_violent(event_type: str) -> bool:
    return bool(taxonomy()["event_types"].get(event_type, {}).get("violent"))


@lru_cache(maxsize=1)
def trigger_matcher() -> PhraseMatcher[Trigger]:
    matcher: PhraseMatcher[Trigger] = PhraseMatcher()
    for entry in _read("lexicons", "triggers.json")["triggers"]:
        for phrase in entry["phrases"]:
            matcher.add(
                phrase,
                Trigger(
                    entry["event_type"],
                    entry["sub_event_type"],
                    entry.get("strength", "strong"),
                    entry.get("resolve", ""),
                    phrase,
                ),
            )
    return matcher


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    return _read("lexicons", "triggers_context.json")


@lru_cache(maxsize=1)
def cue_matcher() -> PhraseMatcher[Cue]:
    matcher: PhraseMatcher[Cue] = PhraseMatcher()
    for entry in context()["cancel"]:
        cue = Cue(
            entry["kind"],
            entry.get("scope", "clause"),
            int(entry.get("window", 0)),
            frozenset(normalized(w) for w in entry.get("unless_next", [])),
            frozenset(normalized(w) for w in entry.get("requires", [])),
            frozenset(normalized(w) for w in entry.get("unless_before", [])),
            frozenset(normalized(w) for w in entry.get("reach_from", [])),
            frozenset(normalized(w) for w in entry.get("until", [])),
            bool(entry.get("indefinite", False)),
            bool(entry.get("reach_any", False)),
            frozenset(normalized(w) for w in entry.get("unless_near", [])),
            bool(entry.get("first_trigger", False)),
        )
        for phrase in entry["phrases"]:
            matcher.add(phrase, cue)
    return matcher


@lru_cache(maxsize=1)
def actor_facts() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """(names_en of actors whose campaign is told from the air, alliance by name_en, alliances
    with no such actor)."""
    actors = _read("lexicons", "actors.json")["actors"]
    air = frozenset(a["name_en"] for a in actors if a.get("strikes_by_air"))
    alliance = {a["name_en"]: a["alliance"] for a in actors if a.get("alliance")}
    flying = {alliance[n] for n in air if n in alliance}
    return air, alliance, frozenset(set(alliance.values()) - flying)


@lru_cache(maxsize=1)
def authorities() -> frozenset[str]:
    """Names_en of the non-state actors of the alliances that rule ground (actors.json `alliance`:
    the Houthi-Saleh alliance in Sanaa, the Resistance beside the government in Aden): their arrests
    are arrests, as ACLED codes de facto authorities' («اعتقل الحوثيون عددا من الناشطين في صنعاء»);
    an unaligned group's (AQAP, tribesmen, gunmen) are abductions."""
    actors = _read("lexicons", "actors.json")["actors"]
    return frozenset(a["name_en"] for a in actors if a.get("alliance"))


@lru_cache(maxsize=1)
def government_sides() -> frozenset[str]:
    """Names_en of the actors that fight on a government's side: state forces, and every actor of
    an alliance that holds state forces (the Popular Resistance beside the army): a place they
    take is "Government regains territory" (ACLED: government forces or their affiliates)."""
    actors = _read("lexicons", "actors.json")["actors"]
    state = {a["alliance"] for a in actors if a.get("alliance") and a.get("actor_type") == "state"}
    return frozenset(a["name_en"] for a in actors if a.get("actor_type") == "state" or a.get("alliance") in state)


@lru_cache(maxsize=1)
def unnamed_flyers() -> tuple[tuple[dict[str, Any], frozenset[str], str], ...]:
    """(actor entry, countries, first ISO day) of actors.json's `unnamed_flyer_in`: who flies an air
    strike placed there, from that day, when the text names no one with aircraft."""
    out = []
    for a in _read("lexicons", "actors.json")["actors"]:
        where = a.get("unnamed_flyer_in")
        if where:
            out.append((a, frozenset(where.get("countries", ())), where.get("from", "")))
    return tuple(out)


@lru_cache(maxsize=1)
def shelled_across() -> dict[str, str]:
    """Country → alliance of actors.json `shells_across_into`: the alliance that shells into that
    country from across the border (the Houthi-Saleh alliance into Saudi Arabia)."""
    out: dict[str, str] = {}
    for a in _read("lexicons", "actors.json")["actors"]:
        for country in a.get("shells_across_into", ()):
            out.setdefault(country, a["alliance"])
    return out


@lru_cache(maxsize=1)
def nationality_adjectives() -> dict[str, str]:
    """Normalised nationality adjectives → country, from actors.json `country_cues`: the cues that
    come as a masculine and feminine pair («السوري»/«السورية», «التركي»/«التركية»)."""
    out: dict[str, str] = {}
    for country, cues in _read("lexicons", "actors.json").get("country_cues", {}).items():
        words = {normalized(w) for w in cues}
        for w in words:
            if w.endswith("يه") and w[:-1] in words:
                out[w] = out[w[:-1]] = country
    return out


@lru_cache(maxsize=1)
def air_actor_ids() -> frozenset[str]:
    """Actors whose bare «قصف» is an air strike (`strikes_by_air` in actors.json)."""
    return frozenset(a["id"] for a in _read("lexicons", "actors.json")["actors"] if a.get("strikes_by_air"))


@lru_cache(maxsize=None)
def word_matcher(key: str) -> PhraseMatcher[str]:
    """A matcher over one list of `triggers_context.json` (payload: the list's key)."""
    return PhraseMatcher((phrase, key) for phrase in context()[key])


@lru_cache(maxsize=1)
def killing_not_before() -> dict[str, frozenset[str]]:
    """casualties.json `not_before`: killing words that mean something else before these words
    («تصفية الجيوب» is mopping up pockets): the same holds for the word as an event trigger."""
    data = _read("lexicons", "casualties.json").get("not_before", {})
    return {normalized(k): frozenset(normalized(w) for w in v) for k, v in data.items()}


@lru_cache(maxsize=None)
def word_set(key: str) -> frozenset[str]:
    """Normalised single words of one context list, for token-level tests."""
    return frozenset(normalized(w) for w in context()[key])


def purpose_noun(norm: str, key: str, conjunctions: str = "وف") -> bool:
    """The purpose «ل» before a noun of context list `key` («للقتال», «لقتال», «لمحاربة»), one of
    `conjunctions` allowed before it on a word longer than four letters («وللتصدي»): an aim told,
    not a deed. `detect._fight_purpose` (`purpose_fight_nouns`, «و/ف») and
    `actors.ActorFinder._purpose_party` (`purpose_party_nouns`, «و» only) ask it."""
    nouns = word_set(key)
    bare = norm[1:] if norm[:1] in conjunctions and len(norm) > 4 else norm
    return (bare.startswith("لل") and "ال" + bare[2:] in nouns) or (bare[:1] == "ل" and bare[1:] in nouns)
