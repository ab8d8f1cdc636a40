"""The place gazetteer: records built by `build_scripts/build_gazetteer.py`, a name index, a matcher.

Loading is one pass over `resources/gazetteer/places.tsv.gz` (≈47k places, ≈100k names). The
build step stored each name's normalised match key, so no Arabic normalisation runs at load time
(that is what keeps `Gazetteer.load()` under a second); a sample of keys is re-derived on load,
and if the normalisation code has changed since the build every key is recomputed (slower, with a
warning) rather than silently missing matches.

The rules that decide which matches are places (head words, common-word names) are data too
(`heads.json`, `stoplist.json`, `common_names.json`) and are loaded here with the names, so the
recogniser in `core.entities.places` holds logic only.
"""

from __future__ import annotations

import gzip
import json
import threading
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, overload

from core.entities.matcher import PhraseMatcher, normalized
from core.text.clitics import prefixed_forms, proclitic_variants

_LOAD_LOCK = threading.Lock()  # Gazetteer.load: one reading per process, however many threads ask

# Kind priority when nothing in the article decides (higher wins): «تعز» alone is the governorate.
ADMIN1_KINDS = frozenset({"governorate", "province", "region", "state", "emirate", "municipality", "wilaya"})
KIND_PRIORITY: dict[str, float] = {
    "country": 0.6,
    **{k: 0.5 for k in ADMIN1_KINDS},
    "district": 0.4,
    "city": 0.35,
    "area": 0.3,
    "town": 0.2,
    "subdistrict": 0.1,
    "village": 0.0,
}


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One gazetteer place; `tier` says how much evidence its bare name needs (see places.py)."""

    index: int
    id: str
    kind: str
    name_ar: str
    name_en: str
    admin1_ar: str
    admin1_en: str
    admin2_ar: str
    admin2_en: str
    country: str
    iso: int | None
    lat: float | None
    lon: float | None
    approx: bool
    population: int
    tier: str
    variants_ar: tuple[str, ...] = ()

    @property
    def is_admin1(self) -> bool:
        return self.kind in ADMIN1_KINDS

    def to_dict(self) -> dict[str, Any]:
        return {
            "place_id": self.id,
            "kind": self.kind,
            "name_ar": self.name_ar,
            "name_en": self.name_en,
            "admin1_ar": self.admin1_ar,
            "admin1_en": self.admin1_en,
            "admin2_ar": self.admin2_ar,
            "admin2_en": self.admin2_en,
            "country": self.country,
            "iso": self.iso,
            "lat": self.lat,
            "lon": self.lon,
            "approx": self.approx,
        }


@dataclass(frozen=True, slots=True)
class PlaceRules:
    """Head words and common-word names, normalised once (keys as the matcher sees tokens)."""

    admin_heads: dict[str, tuple[str, ...]]  # head → kinds it selects, likeliest first (empty: any)
    as_kind: dict[str, str]
    facility_heads: dict[str, str]  # head → "facility" / "landmark"
    tails: frozenset[str]
    title_words: frozenset[str]
    not_names: frozenset[str]
    not_after: frozenset[str]
    strict_heads: frozenset[str]  # facility heads that need a gazetteer place after them
    city_parts: frozenset[str]  # facility heads naming part of a town («حي»): a name inside is a homonym
    prefers: dict[str, tuple[str, ...]]  # admin head → kinds it favours without filtering
    common: frozenset[str]  # one-word names that need a head word
    context_only: frozenset[str] = frozenset()  # bare, a place only in an article about its country
    context_sentence: frozenset[str] = frozenset()  # of those, hand-listed: or with a place of its country in its sentence
    surface: dict[str, frozenset[str]] = field(default_factory=dict)  # key → exact spellings allowed bare
    # key → (spellings allowed only after one of these normalised words, the words, words that
    # must not follow: a month's context)
    surface_after: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = field(default_factory=dict)
    city_parts_plural: frozenset[str] = frozenset()  # «أحياء»: heads of a list of a town's parts
    # «قرى» → "village": heads of a list of places read like a town's parts when the list is placed
    # right after it («قرى الحصن وحيدان بمديرية المخا»)
    placed_parts_plural: dict[str, str] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()  # adjectives/plurals that with heads make no name (heads.json)
    not_before: dict[str, frozenset[str]] = field(default_factory=dict)  # «مسقط» before «رأس» is a birthplace
    name_not_after: dict[str, frozenset[str]] = field(default_factory=dict)  # «المغرب» after «صلاة» is the sunset prayer
    # key → proclitics: a headless name before any word carrying one is no place («حماة لديننا»: protectors of)
    not_before_proclitics: dict[str, frozenset[str]] = field(default_factory=dict)
    # «عمليات» → {«قيادة», «قائد», «غرفة»}: a name after both is a unit's name («قيادة عمليات بغداد»)
    unit_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # «قناة»: a name right after it names a TV channel or a canal («قناة عدن», «قناة السويس»), no place
    channel_words: frozenset[str] = frozenset()
    not_adjective_after: frozenset[str] = frozenset()  # «يوم الأحد الحديدة»: a name after a day, no adjective
    # «تركيا» → {«جنديا», …}: a country spelt like its indefinite nisba, right after one of these nouns,
    # is the adjective («جنديا تركيا»: a Turkish soldier), no place
    nisba_after: dict[str, frozenset[str]] = field(default_factory=dict)
    partitives: frozenset[str] = frozenset()  # «أحد البساتين»: one of the orchards, no place
    demonstratives: frozenset[str] = frozenset()  # «تلك الصومعة»: that hermitage, no place
    not_proclitic_forms: frozenset[str] = frozenset()  # «كسرت» (she broke) is no «ك» + «سرت» (Sirte)
    # «تل», «عين»: one-word names that open longer ones («تل شور»); a word going on after them makes
    # an unknown name, no place of that one word (stoplist 'name_openers'; `name_opener_ends` stop it)
    name_openers: frozenset[str] = frozenset()
    name_opener_ends: frozenset[str] = frozenset()
    not_places: frozenset[str] = frozenset()  # adjectives a tagger reads as a place («غارتين جويتين»)
    dual_heads: dict[str, str] = field(default_factory=dict)  # «منطقتي» → "area": heads of a pair of places
    dual_forms: dict[str, str] = field(default_factory=dict)  # «ومنطقتي» → «منطقتي»: written forms (DUAL_PROCLITICS)
    plural_heads: dict[str, str] = field(default_factory=dict)  # «جبهات» → "area": heads of a list of places
    plural_forms: dict[str, str] = field(default_factory=dict)  # «وجبهات» → «جبهات»: written forms (DUAL_PROCLITICS)
    plural_not_names: frozenset[str] = frozenset()  # «مناطق الحوثيين»: words after a plural head naming no place
    not_heads: frozenset[str] = frozenset()  # words that read as a proclitic + head and are neither («كتبه»)
    possessive_heads: frozenset[str] = frozenset()  # «بلده» as written (his country), not «بلدة» (town)
    belonging: frozenset[str] = frozenset()  # «منطقة جعولة التابعة لمديرية تبن»: the unit a place belongs to follows
    outside_words: frozenset[str] = frozenset()  # «خارج العاصمة», «جنوب العاصمة»: somewhere else than the capital
    name_first_halves: frozenset[str] = frozenset()  # «عبد», «أبو»: «الملك عبد العزيز» written apart is one name word
    # «جزيرة العرب»: words one facility head's name never is (the Arabian Peninsula, no island)
    not_names_after: dict[str, frozenset[str]] = field(default_factory=dict)
    # admin head → country → further kinds it keeps there (a Saudi «محافظة» is a town's area)
    admin_by_country: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # admin head → the only countries whose places it heads («قطاع/مركز الطوال»: a Saudi border
    # sector or centre; not «مركز الحد الجنوبي», the southern border, as a town in Algeria)
    admin_countries: dict[str, frozenset[str]] = field(default_factory=dict)
    place_named: frozenset[str] = frozenset()  # facility heads named after their place («منفذ الطوال»)
    # «العاصمة (اليمنية) صنعاء»: heads of a capital, words that may stand between, kinds it keeps
    capital_heads: frozenset[str] = frozenset()
    capital_between: frozenset[str] = frozenset()
    capital_kinds: tuple[str, ...] = ()
    # normalised head → the head as written, undiacritised («وادي»): a word written with a hamza
    # where the head has a bare alef is another word («وأدى القصف»: the verb "led", no valley)
    written_heads: dict[str, str] = field(default_factory=dict)
    # key → (its country, words before, words after): a name spelt like a frequent misspelling of a
    # casualty word («مدنين» for «مدنيين»), a place beside those words only where its country is told
    misspelt: dict[str, tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=dict)


DUAL_PROCLITICS = ("", "و", "ب", "ف", "ل", "وب", "فب", "في")


COLUMNS = (
    "id", "kind", "name_ar", "variants_ar", "name_en", "admin1_ar", "admin1_en", "admin2_ar", "admin2_en",
    "country", "iso", "lat", "lon", "approx", "population", "tier", "keys",
)


def _record(n: int, row: list[str]) -> PlaceRecord:
    (pid, kind, name_ar, variants, name_en, a1_ar, a1_en, a2_ar, a2_en,
     country, iso, lat, lon, approx, pop, tier, _names) = row
    return PlaceRecord(
        n, pid, kind, name_ar, name_en, a1_ar, a1_en, a2_ar, a2_en, country,
        int(iso) if iso else None, float(lat) if lat else None, float(lon) if lon else None,
        approx == "1", int(pop) if pop else 0, tier, tuple(variants.split("|")) if variants else (),
    )


class _Places(Sequence[PlaceRecord]):
    """The gazetteer's records, each built from its TSV row on first use.

    An article touches a few hundred of the ≈47k places; building every record up front was a
    third of the gazetteer's load time. A record, once built, is kept: the same index always
    gives the same object.
    """

    def __init__(self, rows: list[str]) -> None:
        self._rows = rows  # TSV lines, split on use: 47k lists of 17 strings were ~40 MB resident
        self._built: list[PlaceRecord | None] = [None] * len(rows)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._rows)

    def columns(self, *names: str) -> Iterator[tuple[str, ...]]:
        """The named COLUMNS of every row, as text, without building (and keeping) a record each:
        a scan over all ≈47k places that way adds nothing resident (building them all is ~35 MB)."""
        at = [COLUMNS.index(n) for n in names]
        for line in self._rows:
            row = line.split("\t")
            yield tuple(row[i] for i in at)

    @overload
    def __getitem__(self, i: int) -> PlaceRecord: ...

    @overload
    def __getitem__(self, i: slice) -> list[PlaceRecord]: ...

    def __getitem__(self, i: int | slice) -> PlaceRecord | list[PlaceRecord]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        record = self._built[i]
        if record is None:
            n = range(len(self._rows))[i]  # IndexError as a list gives it; negative → position
            with self._lock:  # two threads asking at once still share one record
                record = self._built[n]
                if record is None:
                    record = self._built[n] = _record(n, self._rows[n].split("\t"))
        return record


class Gazetteer:
    def place_columns(self, *names: str) -> Iterator[tuple[str, ...]]:
        """The named COLUMNS (as text, "" when empty) of every place: from the rows when the places are
        built lazily (nothing kept), else from the records."""
        if isinstance(self.places, _Places):
            yield from self.places.columns(*names)
            return
        for p in self.places:
            yield tuple("" if getattr(p, n) is None else str(getattr(p, n)) for n in names)

    def at_country_points(self, kinds: Sequence[str], *names: str) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
        """Country → its places of `kinds` standing at the country's own coordinates — a country's
        point is its capital's, so these are its capital as the table tells it — each as (its index
        in `places`, its named COLUMNS as text). Read from the columns: no record is built."""
        rows = list(self.place_columns("kind", "country", "lat", "lon", *names))
        points = {country: (float(lat), float(lon)) for kind, country, lat, lon, *_ in rows
                  if kind == "country" and lat and lon}
        out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for i, (kind, country, lat, lon, *rest) in enumerate(rows):
            if kind in kinds and lat and lon and points.get(country) == (float(lat), float(lon)):
                out.setdefault(country, []).append((i, tuple(rest)))
        return out

    def __init__(self, places: Sequence[PlaceRecord], keys: list[list[str]], rules: PlaceRules) -> None:
        self.places = places
        self.rules = rules
        self.matcher: PhraseMatcher[int] = PhraseMatcher()
        self._by_key: dict[str, list[int]] = {}
        # lazily built records: their index is their position (reading .index would build them)
        indexes = range(len(places)) if isinstance(places, _Places) else [p.index for p in places]
        entries: list[tuple[tuple[str, ...], int]] = []
        by_key = self._by_key
        for index, place_keys in zip(indexes, keys):
            for key in place_keys:
                entries.append((tuple(key.split(" ")), index))
                bucket = by_key.get(key)
                if bucket is None:
                    by_key[key] = [index]
                else:
                    bucket.append(index)
        self.matcher.add_keys(entries)

    @classmethod
    def load(cls) -> "Gazetteer":
        """The packaged gazetteer, read once per process. Threads asking while it is being read wait
        for that reading (the GUI's English names and an analysis thread may both ask first) instead
        of each reading a copy."""
        with _LOAD_LOCK:
            return cls._read()

    @classmethod
    @cache
    def _read(cls) -> "Gazetteer":
        folder = resources.files("resources") / "gazetteer"
        with (folder / "places.tsv.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
        if lines[0].split("\t") != list(COLUMNS):
            raise ValueError(f"places.tsv.gz columns {lines[0]!r}: rebuild with build_scripts/build_gazetteer.py")
        rows = lines[1:]
        keys = []
        for line in rows:
            if line.count("\t") != len(COLUMNS) - 1:
                raise ValueError(f"places.tsv.gz row of {line.count(chr(9)) + 1} fields: rebuild with build_scripts/build_gazetteer.py")
            keys.append(line.rpartition("\t")[2].split("|"))
        places = _Places(rows)
        if not _keys_current(places, keys):
            warnings.warn("gazetteer keys are stale (normalisation changed): recomputing; rebuild the gazetteer")
            keys = [[normalized(n) for n in (p.name_ar, *p.variants_ar)] for p in places]
        return cls(places, keys, _load_rules(folder))

    def has_key(self, key: str) -> bool:
        """Is `key` (a normalised, space-joined name) some place's name?"""
        return key in self._by_key

    def lookup(self, name: str) -> list[PlaceRecord]:
        """Places called `name` (any spelling variant; a leading «و/ب/ل/ال…» is tried off too)."""
        key = normalized(name)
        hits = self._by_key.get(key)
        if not hits:
            first, _, rest = key.partition(" ")
            for variant in proclitic_variants(first)[1:]:
                hits = self._by_key.get(f"{variant} {rest}".strip())
                if hits:
                    break
        return [self.places[i] for i in hits or []]


@cache
def local_names() -> dict[str, dict[str, Any]]:
    """Local Yemeni names news text places in one governorate (normalised name → admin1_en,
    admin1_ar, counts), from `corpus_places.json` (build_scripts/build_corpus_places.py)."""
    folder = resources.files("resources") / "gazetteer"
    if not (folder / "corpus_places.json").is_file():
        return {}
    return _read_json(folder, "corpus_places.json")["places"]


def _keys_current(places: list[PlaceRecord], keys: list[list[str]], sample: int = 200) -> bool:
    step = max(1, len(places) // sample)
    return all(normalized(places[i].name_ar) == keys[i][0] for i in range(0, len(places), step))


def _read_json(folder: Any, name: str) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def _load_rules(folder: Any) -> PlaceRules:
    heads = _read_json(folder, "heads.json")
    stop = _read_json(folder, "stoplist.json")
    generated = _read_json(folder, "common_names.json")["names"]
    keep = {normalized(w) for w in stop["keep"]}
    common = ({normalized(w) for w in generated} - keep) | {normalized(w) for w in stop["stop"]}
    ordinary = _read_json(folder, "ordinary_place_names.json") if (folder / "ordinary_place_names.json").is_file() \
        else {"context": {}, "head": {}}  # build_scripts/build_ordinary_place_names.py
    common |= {normalized(w) for w in ordinary["head"]} - keep
    norm_set = lambda words: frozenset(normalized(w) for w in words)  # noqa: E731
    dual = {normalized(h): k for h, k in heads.get("dual", {}).items()}
    plural = {normalized(h): k for h, k in heads.get("plural", {}).items()}
    return PlaceRules(
        admin_heads={normalized(h): tuple(kinds) for h, kinds in heads["admin"].items()},
        as_kind={normalized(h): k for h, k in heads["as_kind"].items()},
        facility_heads={normalized(h): k for h, k in heads["facility"].items()},
        tails=norm_set(heads["tails"]),
        title_words=norm_set(heads["title_words"]),
        not_names=norm_set(heads["not_names"]),
        not_names_after={normalized(h): norm_set(w) for h, w in heads.get("not_names_after", {}).items()
                         if not h.startswith("_")},
        not_places=norm_set(heads.get("not_places", [])),
        not_after=norm_set(heads["not_after"]),
        strict_heads=norm_set(heads["strict"]),
        city_parts=norm_set(heads.get("city_parts", [])),
        city_parts_plural=norm_set(heads.get("city_parts_plural", [])),
        placed_parts_plural={normalized(h): k for h, k in heads.get("placed_parts_plural", {}).items()},
        prefers={normalized(h): tuple(k) for h, k in heads["prefers"].items()},
        common=frozenset(common),
        context_only=(frozenset(normalized(w) for w in ordinary["context"]) - keep - common)
        | norm_set(stop.get("context_only", [])),  # hand-listed: kept places spelt like a word («دوما»)
        context_sentence=norm_set(stop.get("context_only", [])),
        surface={normalized(k): frozenset(v) for k, v in stop["surface"].items()},
        surface_after={normalized(k): (frozenset(v["spellings"]), norm_set(v["after"]), norm_set(v.get("not_before", [])))
                       for k, v in stop.get("surface_after", {}).items()},
        generic=norm_set(heads.get("generic", [])),
        not_before={normalized(k): norm_set(w for w in v if not w.endswith("+")) for k, v in stop.get("not_before", {}).items()},
        name_not_after={normalized(k): norm_set(v) for k, v in stop.get("name_not_after", {}).items()},
        not_before_proclitics={normalized(k): frozenset(w[:-1] for w in v if w.endswith("+"))
                               for k, v in stop.get("not_before", {}).items() if any(w.endswith("+") for w in v)},
        unit_names={normalized(k): norm_set(v) for k, v in stop.get("unit_names", {}).items()},
        channel_words=norm_set(stop.get("channel_words", [])),
        partitives=norm_set(stop.get("partitives", [])),
        demonstratives=norm_set(stop.get("demonstratives", [])),
        not_proclitic_forms=norm_set(stop.get("not_proclitic_forms", [])),
        name_openers=norm_set(stop.get("name_openers", {}).get("words", [])),
        name_opener_ends=norm_set(stop.get("name_openers", {}).get("ends", [])),
        not_adjective_after=norm_set(stop.get("not_adjective_after", [])),
        nisba_after={normalized(name): norm_set(group["after"]) for group in stop.get("nisba_after", [])
                     for name in group["names"]},
        dual_heads=dual,
        dual_forms=prefixed_forms(DUAL_PROCLITICS, {h: h for h in dual}),
        plural_heads=plural,
        plural_forms=prefixed_forms(DUAL_PROCLITICS, {h: h for h in plural}),
        plural_not_names=norm_set(heads.get("plural_not_names", [])),
        not_heads=norm_set(heads.get("not_heads", [])),
        possessive_heads=frozenset(heads.get("possessive_heads", [])),
        belonging=norm_set(heads.get("belonging", [])),
        outside_words=norm_set(heads.get("outside_words", [])),
        name_first_halves=norm_set(heads.get("name_first_halves", [])),
        admin_by_country={normalized(h): {c: tuple(k) for c, k in by.items()}
                          for h, by in heads.get("admin_by_country", {}).items()},
        admin_countries={normalized(h): frozenset(cs) for h, cs in heads.get("admin_countries", {}).items()},
        place_named=norm_set(heads.get("place_named", [])),
        capital_heads=norm_set(heads.get("capital", {}).get("heads", [])),
        capital_between=norm_set(heads.get("capital", {}).get("between", [])),
        capital_kinds=tuple(heads.get("capital", {}).get("kinds", [])),
        written_heads={normalized(h): h for h in [*heads["admin"], *heads["facility"]]},
        misspelt={normalized(k): (v["country"], norm_set(v["before"]), norm_set(v["after"]))
                  for k, v in stop.get("misspelt_words", {}).items() if not k.startswith("_")},
    )
