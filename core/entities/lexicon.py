"""Lexicon recogniser: actors, organisations, weapons and attribution phrases from data files.

The phrase lists live in `resources/lexicons/*.json` (schemas at the top of each file and in the
folder's README); this module only loads them into `PhraseMatcher`s once and applies the few
rules the data cannot say by itself:

- an ambiguous phrase («الثوار», «المقاومة», «التحالف») takes the actor of the article's
  dominant country, counted from unambiguous actors and country words in the same article; so
  does a "{country}" name («الشرطة»: "Police Forces of {country}"), unless a nationality adjective
  right after it says whose it is («الجيش النيجيري», «الجيش وقوى الأمن اللبنانيين») or the
  article named it earlier with its country («الجيش اللبناني» … «الجيش»: `_Countries`);
- an organisation that can speak («وزارة الصحة», «وكالة سبأ») is a SOURCE next to an attribution
  cue («قالت», «بحسب») and an ORGANIZATION elsewhere; some source words («المصدر», «المركز»)
  are sources only next to a cue;
- a spokesman phrase takes the actor or organisation right after it («الناطق باسم التحالف»);
- a weapon's count comes from a number just before it, a dual, or a singular noun (1);
- a weapon word and the actor that owns it stay two spans («مقاتلات» + «التحالف العربي»), so
  both the means (air strike) and the actor survive the overlap policy.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from itertools import product
from typing import Any

from core.acled_inter import NON_STATE
from core.document import Document, Span
from core.entities.matcher import Match, MatcherGroup, PhraseMatcher, normalized, pattern_key
from core.text.clitics import indefinite_in, proclitic_variants, variant_in
from core.text.tokens import Token

SOURCE = "lexicon"
QUOTES = frozenset('"\'«»“”„‘’')
_COUNTRY_SLOT = re.compile(r"\s*\(\{country\}\)|\s+of \{country\}|\{country\}")


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict[str, Any]:
    """One JSON file of resources/lexicons (read through importlib.resources, so it works bundled)."""
    text = (resources.files("resources") / "lexicons" / name).read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a matched phrase means. `kind` says which rule applies to it."""

    kind: str  # actor | generic | ambiguous | org | block | weapon | source
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    by_country: dict[str, str | None] = field(default_factory=dict, hash=False, compare=False)
    needs_cue: bool = False
    extend: bool = False
    quoted: bool = False  # only a name standing alone between quotation marks («الشرق الأوسط»)
    trim: tuple[int, int] = (0, 0)  # context words matched before/after the name but left out of its span


_CONTEXT = re.compile(r"^\s*(?:\[([^\]]*)\])?\s*([^\[\]]+?)\s*(?:\[([^\]]*)\])?\s*$")


def context_variant(variant: str) -> tuple[str, tuple[int, int]]:
    """«[نادي] الهلال», «الهلال [السعودي]»: the phrase to match, and how many of its words before
    and after the name are context that must be there but stay out of the span."""
    m = _CONTEXT.match(variant)
    if m is None:
        raise ValueError(f"bad lexicon variant: {variant!r}")
    before, name, after = m.group(1) or "", m.group(2), m.group(3) or ""
    phrase = " ".join(p for p in (before, name, after) if p)
    return phrase, (len(pattern_key(before)), len(pattern_key(after)))


@lru_cache(maxsize=1)
def context_only_names() -> frozenset[str]:
    """Organisations' names (normalised) that the lexicons list only with context words and that
    are frequent news words (`load_common_words`): alone they are ordinary words («[نادي] النصر»:
    «النصر» alone is "victory"). A statistical tagger's bare ORGANIZATION on one of them is dropped
    (`core.entities.recognize`). Names that are no frequent word («الأهلي», «فورد») are left to the
    tagger: ANERcorp's dev block names those clubs and companies bare."""
    from core.entities.matcher import normalized

    bare: set[str] = set()
    with_context: set[str] = set()
    for org in load_lexicon("organizations.json")["organizations"] + load_lexicon("named_organizations.json")["organizations"]:
        for variant in org["variants"]:
            m = _CONTEXT.match(variant)
            if m is None:
                continue
            (with_context if (m.group(1) or m.group(3)) else bare).add(normalized(m.group(2)))
    common = load_common_words()
    return frozenset(n for n in with_context - bare if n in common)


def load_common_words() -> frozenset[str]:
    """Frequent news words (normalised) that are also names: the gazetteer's common_names.json,
    generated from news word frequencies."""
    from core.entities.matcher import normalized

    names = json.loads((resources.files("resources") / "gazetteer" / "common_names.json").read_text(encoding="utf-8"))["names"]
    return frozenset(normalized(n) for n in names)


# ---------------------------------------------------------------- phrase expansion


def _spelled(phrase: str, spelling: dict[str, list[str]]) -> list[str]:
    """Spelling variants token by token, plus the -ون form of every -ين plural («الحوثيين/الحوثيون»),
    and the other case of a plural in construct that heads a phrase («مقاتلي المعارضة» ↔ «مقاتلو
    المعارضة»: the subject of «أطلق مقاتلو المعارضة قذائف» is written with «و»)."""
    options = []
    words = phrase.split()
    for k, word in enumerate(words):
        forms = [word, *spelling.get(word, [])]
        if len(word) >= 5 and word.endswith("ين"):
            forms.append(word[:-2] + "ون")
        if k == 0 and len(words) > 1 and len(word) >= 5 and not word.startswith("ال") and word[-1] in "يو":
            forms.append(word[:-1] + ("و" if word[-1] == "ي" else "ي"))
        options.append(forms)
    out = [" ".join(combo) for combo in product(*options)]
    return out[:16]


def _dualised(phrase: str) -> list[str]:
    """Dual forms of a singular weapon phrase: the head noun and its feminine/nisba adjectives.

    «عربة مسلحة» → «عربتان مسلحتان», «عربتين مسلحتين»; «صاروخ باليستي» → «صاروخان باليستيان».
    Quoted or short foreign words («بي إم بي») are left alone.
    """
    words = phrase.split()
    out = []
    for ending in ("ان", "ين"):
        dual = []
        for k, word in enumerate(words):
            if k == 0 or (len(word) >= 4 and not word.startswith("ال") and word[-1] in "ةي"):
                if word.endswith("ة"):
                    word = word[:-1] + "ت" + ending
                elif word.endswith("ى"):
                    break
                else:
                    word = word + ending
            dual.append(word)
        else:
            out.append(" ".join(dual))
    return out


_DESIGNATION = re.compile(r"(?<=\S) (?=\d)")  # «تي 72», «إف 16»: letters, a space, the model's number


def _hyphenated(phrase: str) -> list[str]:
    """«دبابة تي 72» → «دبابة تي-72»: a model's number also written joined by a hyphen (the
    hyphenated form was the tank and a NUMBER «72»)."""
    joined = _DESIGNATION.sub("-", phrase)
    return [joined] if joined != phrase else []


def _definiteness(phrase: str) -> list[str]:
    """«المدفعية الثقيلة» ↔ «مدفعية ثقيلة»: a noun with its adjectives in both states."""
    words = phrase.split()
    if len(words) < 2:
        return []
    if all(w.startswith("ال") for w in words):
        return [" ".join(w[2:] for w in words)]
    if not any(w.startswith("ال") for w in words) and all(len(w) > 2 for w in words):
        return [" ".join("ال" + w for w in words)]
    return []


def _with_article(phrase: str) -> list[str]:
    """«قذيفة» → «القذيفة»: a one-word name also in its definite form, so the span covers the
    article (matched behind a proclitic reading, «القذيفة» was highlighted from its third letter)."""
    if " " in phrase or phrase.startswith("ال") or len(phrase) < 3 or not "\u0621" <= phrase[0] <= "\u064a":
        return []
    return ["ال" + phrase]


# ---------------------------------------------------------------- loading


@dataclass(slots=True)
class Lexicons:
    entities: PhraseMatcher[Entry]  # actors, generic and ambiguous mentions, organisations, blockers
    weapons: PhraseMatcher[Entry]
    sources: PhraseMatcher[Entry]
    countries: PhraseMatcher[str]
    actors: dict[str, dict[str, Any]]
    not_actors: frozenset[str]
    named_heads: frozenset[str]  # the `not_where_named` heads of ambiguous phrases
    cues_before: frozenset[str]
    cues_after: frozenset[str]
    # a nationality adjective (normalised) -> the actor whose weapon it makes («المدفعية السعودية»)
    weapon_owners: dict[str, dict[str, Any]] = field(default_factory=dict)
    # words before «عن» that make it no attribution («الإفراج عن ناشط»: the release of an activist)
    not_before_an: frozenset[str] = frozenset()
    # a nationality adjective (normalised, every form) -> (country, plural or dual)
    nationalities: dict[str, tuple[str, bool]] = field(default_factory=dict)
    # words told inside a name that are no part of it (actors.json `name_insertions`: «القوات الموالية
    # للرئيس اليمني المعترف به دوليا عبدربه منصور هادي»): the phrases read as if they were not there
    insertions: PhraseMatcher[str] = field(default_factory=PhraseMatcher)


def _actor_attrs(actor: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "name_ar", "name_en", "actor_type", "inter", "inter_at_home", "country", "alliance", "assoc")
    return {k: actor[k] for k in keys if k in actor}


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    actors_data = load_lexicon("actors.json")
    spelling = actors_data.get("spelling", {})
    entities: PhraseMatcher[Entry] = PhraseMatcher()
    actors: dict[str, dict[str, Any]] = {}
    for actor in actors_data["actors"]:
        actors[actor["id"]] = actor
        base = _actor_attrs(actor)
        for variant in actor["variants"]:
            text, extra = (variant, {}) if isinstance(variant, str) else (variant["text"], {k: v for k, v in variant.items() if k != "text"})
            entry = Entry("actor", actor["label"], {**base, **extra, "generic": False})
            for form in _spelled(text, spelling):
                entities.add(form, entry)
    for group in actors_data["generic"]:
        entry = Entry("generic", "ARMED_ACTOR", {"generic": True})
        for phrase in group["phrases"]:
            for form in _spelled(phrase, spelling):
                entities.add(form, entry)
    for amb in actors_data["ambiguous"]:
        entities.add(amb["phrase"], _ambiguous_entry(amb))
    weapon_owners: dict[str, dict[str, Any]] = {}
    for actor in actors_data["actors"]:
        for adjective in actor.get("weapon_adjectives", ()):
            for form in _spelled(adjective, spelling):
                weapon_owners[" ".join(pattern_key(form))] = {**_actor_attrs(actor), "generic": False}
    for phrase, entry in _forces_by_nationality(actors_data, actors):
        entities.add(phrase, entry)  # after the actors: a listed «القوات العراقية» keeps its own entry
    block = Entry("block")
    for phrase in actors_data["not_actors"]:
        entities.add(phrase, block)
    for org in load_lexicon("organizations.json")["organizations"] + load_lexicon("named_organizations.json")["organizations"]:
        attrs = {k: org[k] for k in ("id", "name_ar", "name_en", "org_type", "country") if k in org}
        for variant in org["variants"]:
            phrase, trim = context_variant(variant)
            entities.add(phrase, Entry("org", "ORGANIZATION", attrs, needs_cue=bool(org.get("can_be_source")),
                                       quoted=bool(org.get("quoted")), trim=trim))

    weapons: PhraseMatcher[Entry] = PhraseMatcher()
    weapons_data = load_lexicon("weapons.json")
    for weapon in weapons_data["weapons"]:
        attrs = {"id": weapon["id"], "name_en": weapon["name_en"], "category": weapon["category"]}
        for phrases, count in ((weapon.get("singular", []), 1), (weapon.get("variants", []), None)):
            for phrase in phrases:
                for form in [phrase, *_definiteness(phrase), *_with_article(phrase), *_hyphenated(phrase)]:
                    weapons.add(form, Entry("weapon", "WEAPON", {**attrs, "count": count}))
                if count == 1:
                    for dual in _dualised(phrase):
                        weapons.add(dual, Entry("weapon", "WEAPON", {**attrs, "count": 2, "dual": True}))
    for phrase in weapons_data.get("blockers", []):
        for form in [phrase, *_definiteness(phrase)]:  # «طائرات مدنية» and «الطائرات المدنية»
            weapons.add(form, block)

    sources_data = load_lexicon("sources.json")
    sources: PhraseMatcher[Entry] = PhraseMatcher()
    for group in sources_data["sources"]:
        attrs = {"kind": group["kind"], **({"organization": group["organization"]} if group.get("organization") else {})}
        entry = Entry("source", "SOURCE", attrs, needs_cue=bool(group.get("needs_cue")), extend=bool(group.get("extend")))
        for phrase in group["phrases"]:
            sources.add(phrase, entry)
        for phrase in group.get("with_nationality", ()):  # «الإعلام {m}»: «الإعلام البلجيكي», «وسائل إعلام {f}»: «… مصرية»
            definite = " ال" if phrase.split()[-2].startswith("ال") else " "
            for stems in actors_data.get("nationalities", {}).values():
                for stem in stems:
                    sources.add(phrase.replace(" {m}", definite + stem).replace(" {f}", definite + stem + "ة"), entry)

    insertions: PhraseMatcher[str] = PhraseMatcher()
    for phrase in actors_data.get("name_insertions", ()):
        insertions.add(phrase, phrase)

    countries: PhraseMatcher[str] = PhraseMatcher()
    for country, words in actors_data.get("country_cues", {}).items():
        for word in words:
            countries.add(word, country)

    def norms(words: Iterable[str]) -> frozenset[str]:
        return frozenset(" ".join(pattern_key(w)) for w in words)

    nationalities: dict[str, tuple[str, bool]] = {}
    for country, stems in actors_data.get("nationalities", {}).items():
        for stem in stems:
            for form, plural in _nationality_forms(stem):
                for word in (form, "ال" + form):
                    nationalities.setdefault(" ".join(pattern_key(word)), (country, plural))
    for country, forms in actors_data.get("nationality_plurals", {}).items():
        for form in forms:  # broken plurals («أتراك»): plural forms the loader cannot make
            for word in (form, "ال" + form):
                nationalities.setdefault(" ".join(pattern_key(word)), (country, True))

    return Lexicons(
        entities=entities,
        weapons=weapons,
        sources=sources,
        countries=countries,
        actors=actors,
        not_actors=norms(actors_data["not_actors"]),
        named_heads=frozenset(pattern_key(a["not_where_named"])[0] for a in actors_data["ambiguous"] if a.get("not_where_named")),
        cues_before=norms(sources_data["cues_before"]),
        cues_after=norms(sources_data["cues_after"]),
        weapon_owners=weapon_owners,
        not_before_an=norms(sources_data.get("not_before_an", ())),
        nationalities=nationalities,
        insertions=insertions,
    )


def _forces_by_nationality(actors_data: dict[str, Any], actors: dict[str, dict[str, Any]]) -> list[tuple[str, Entry]]:
    """actors.json `forces_by_nationality`: a head of no country of its own («القوات», «قوات», a
    not-actor alone) with a country's nationality adjective right after, agreeing in definiteness
    («القوات الباكستانية», «قوات أفغانية»), is that country's own forces (the listed actor, or the
    fallback named by the country); the listed exceptions («القوات اللبنانية», a party) are not."""
    data = actors_data.get("forces_by_nationality") or {}
    fallback, spelling = data.get("fallback") or {}, actors_data.get("spelling", {})
    if not fallback.get("name_en"):
        return []
    skip = {" ".join(pattern_key(p)) for p in data.get("except", ())}
    out: list[tuple[str, Entry]] = []
    for country, stems in actors_data.get("nationalities", {}).items():
        own = _own_forces_in(actors, fallback["name_en"], country)
        if own is not None:
            entry = Entry("actor", actors[own]["label"], {**_actor_attrs(actors[own]), "generic": False})
        else:
            entry = Entry("actor", "ARMED_ACTOR", {**fallback, "name_en": fill_country(fallback["name_en"], country),
                                                   "country": country, "generic": False, "ambiguous": True})
        for head in data.get("heads", ()):
            definite = head.startswith("ال")
            for stem in stems:
                phrase = f"{head} {'ال' if definite else ''}{stem}ة"
                if " ".join(pattern_key(phrase)) in skip:
                    continue
                out.extend((form, entry) for form in _spelled(phrase, spelling))
        for head in data.get("regime_heads", ()):  # «جيش النظام الإيراني»: the adjective is the regime's
            for stem in stems:
                out.extend((form, entry) for form in _spelled(f"{head} ال{stem}", spelling))
    return out


@lru_cache(maxsize=64)
def country_forces(country: str) -> dict[str, Any] | None:
    """The attributes of a country's own forces (the listed actor, or actors.json
    `forces_by_nationality` fallback named by the country): who «قصفت تركيا» names."""
    data = load_lexicon("actors.json").get("forces_by_nationality") or {}
    fallback = data.get("fallback") or {}
    if not country or not fallback.get("name_en"):
        return None
    actors = lexicons().actors
    own = _own_forces_in(actors, fallback["name_en"], country)
    if own is not None:
        return {**_actor_attrs(actors[own]), "generic": False}
    return {**fallback, "name_en": fill_country(fallback["name_en"], country), "country": country, "generic": False}


def _nationality_forms(stem: str) -> list[tuple[str, bool]]:
    """«لبناني» → its forms, each with whether it is plural or dual: «لبنانية», «لبنانيون»,
    «لبنانيين», «لبنانيان», «لبنانيتان», «لبنانيتين», «لبنانيات»."""
    return [(stem, False), (stem + "ة", False)] + [(stem + end, True) for end in ("ون", "ين", "ان", "تان", "تين", "ات")]


def is_not_actor(phrase: str) -> bool:
    """True for words that are never an actor by themselves («قوات», «عناصر»)."""
    return " ".join(pattern_key(phrase)) in lexicons().not_actors


# ---------------------------------------------------------------- matching


OTHER_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2212\u0640")  # hyphens, en/em dash, minus, tatweel


def _other_dash(text: str) -> bool:
    """A token written as a dash other than «-» — «إف ــ 16» (a run of tatweels), «إف – 16» (an en
    dash) — which the lexicons read as «-», as in «إف - 16»."""
    return bool(text) and set(text) <= OTHER_DASHES


def _content_tokens(tokens: list[Token]) -> list[Token]:
    """Tokens without quotation marks, so «عربة "بي إم بي"» reads as «عربة بي إم بي», other dashes read as
    «-» (`_other_dash`), nor words told
    inside a name (`name_insertions`), so «القوات الموالية للرئيس اليمني المعترف به دوليا عبدربه منصور
    هادي» reads as «القوات الموالية للرئيس اليمني عبدربه منصور هادي» (a span found across them covers
    them; other steps read the sentence as written)."""
    tokens = [Token(t.start, t.end, t.text, "-") if _other_dash(t.text) else t for t in tokens if t.text not in QUOTES]
    inserted = [m for m in lexicons().insertions.find(tokens) if 0 < m.token_start and m.token_end < len(tokens)]
    if not inserted:
        return tokens
    skip = {k for m in inserted for k in range(m.token_start, m.token_end)}
    return [t for k, t in enumerate(tokens) if k not in skip]


def _matches(matcher: PhraseMatcher[Entry], tokens: list[Token]) -> Iterator[Match[Entry]]:
    for m in matcher.find(tokens):
        if m.payloads[0].kind != "block":
            yield m


def _unblocked(matches: list[Match[Entry]]) -> list[Match[Entry]]:
    """`_matches` over matches already found."""
    return [m for m in matches if m.payloads[0].kind != "block"]


@lru_cache(maxsize=1)
def _cue_spellings() -> dict[tuple[str, ...], frozenset[str]]:
    """actors.json `country_cues`: each cue's normalised words → the ways the lexicon writes it."""
    out: dict[tuple[str, ...], set[str]] = {}
    for words in load_lexicon("actors.json").get("country_cues", {}).values():
        for word in words:
            out.setdefault(pattern_key(word), set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def _country_cues(tokens: list[Token], matches: Iterable[Match[str]]) -> list[Match[str]]:
    """The country cues found in `tokens`, less those written with «آ» where the cue has «إ» or «أ»:
    normalising the alef makes «آب» (August, in «9 آب 2014») the Yemeni governorate «إب», and one
    month named in a report from Missouri made it a Yemeni article (its police "of Yemen")."""
    spellings = _cue_spellings()
    out: list[Match[str]] = []
    for m in matches:
        written = "".join(t.text for t in tokens[m.token_start : m.token_end])
        cues = spellings.get(tuple(t.norm for t in tokens[m.token_start : m.token_end]), frozenset())
        if "آ" in written and cues and not any("آ" in c for c in cues) and any(ch in c for c in cues for ch in "أإ"):
            continue
        if not cues and _hamza_dropped_after_proclitic(tokens[m.token_start : m.token_end], spellings):
            continue
        if _head_of_another_country(tokens, m):
            continue
        if _border_named(tokens, m.token_start):
            continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _border_words() -> frozenset[str]:
    return frozenset(normalized(w) for w in load_lexicon("actors.json").get("country_cue_border_words", ()))


def _border_named(tokens: list[Token], start: int) -> bool:
    """The cue right after a word of a border (actors.json `country_cue_border_words`), «مع» between
    or not: «قرب الحدود السورية», «على الحدود مع سوريا» name the country beside the place, often
    across the border from where the story is (a Turkish policeman killed «قرب الحدود السورية»): no
    cue of the article's country."""
    k = start - 1
    if k >= 0 and tokens[k].norm == normalized("مع"):
        k -= 1
    return k >= 0 and any(form in _border_words() for form in proclitic_variants(tokens[k].norm)[:3])


def _head_of_another_country(tokens: list[Token], m: Match[str]) -> bool:
    """The cue is a head noun (actors.json `country_cue_heads`: «المملكة») right before another
    country's nationality adjective or a listed word: «المملكة المغربية», «المملكة الأردنية الهاشمية»,
    «المملكة المتحدة» name Morocco, Jordan, Britain — no cue of the Saudi kingdom «المملكة» alone is."""
    heads = _cue_heads()
    key = " ".join(t.norm for t in tokens[m.token_start : m.token_end])
    if key not in heads or m.token_end >= len(tokens):
        return False
    after = tokens[m.token_end].norm
    told = lexicons().nationalities.get(after)
    return after in heads[key] or (told is not None and told[0] not in m.payloads)


@lru_cache(maxsize=1)
def _cue_heads() -> dict[str, frozenset[str]]:
    data = load_lexicon("actors.json").get("country_cue_heads", {})
    return {" ".join(pattern_key(head)): frozenset(" ".join(pattern_key(w)) for w in words) for head, words in data.items()}


ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670]")  # harakat, tanween, shadda, sukun, dagger alef


def _hamza_dropped_after_proclitic(words: list[Token], spellings: dict[tuple[str, ...], frozenset[str]]) -> bool:
    """A cue read through a proclitic whose every spelling begins with «أ» or «إ», in a word written
    with a bare «ا» there: «بابٌ» (a door) is no «ب» + «إب» (Ibb) — the word made an op-ed about Iran
    a Yemeni article, its «المقاومة» Yemen's Popular Resistance."""
    rest = tuple(t.norm for t in words[1:])
    first = ARABIC_MARKS.sub("", words[0].text)
    for variant in proclitic_variants(words[0].norm)[1:]:
        cues = spellings.get((variant, *rest))
        if not cues or len(variant) >= len(first):
            continue
        letter = first[len(first) - len(variant)]
        return letter == "ا" and all(c[:1] in ("أ", "إ") for c in cues)
    return False


_group: tuple[Lexicons | None, MatcherGroup | None] = (None, None)


def _matcher_group(lex: Lexicons) -> MatcherGroup:
    """The four matchers of `find`, scanned together (built once per loaded lexicon)."""
    global _group
    if _group[0] is not lex or _group[1] is None:
        _group = (lex, MatcherGroup([lex.entities, lex.weapons, lex.sources, lex.countries]))
    return _group[1]


def dominant_country(entity_matches: Iterable[Match[Entry]], country_matches: Iterable[Match[str]]) -> str:
    """The country an article is about: unambiguous local actors count twice, country words once."""
    votes: Counter[str] = Counter()
    for m in entity_matches:
        entry = m.payloads[0]
        country = entry.attrs.get("country")
        if entry.kind == "actor" and country and entry.attrs.get("actor_type") != "external":
            votes[country] += 2
    for m in country_matches:
        votes[m.payloads[0]] += 1
    return votes.most_common(1)[0][0] if votes else ""


def told_nationality(lex: Lexicons, sentences: Iterable[tuple[list[Token], Iterable[Match[Entry]]]]) -> str:
    """The country an article names no cue of (actors.json `country_cues` list a few wars') is the one
    its nationality adjectives name most («التونسية», «الأفغاني»: actors.json `nationalities`), or ''
    — so that an article about Tunisia is no article of no country, whose ambiguous words take their
    `default` (Yemen's Popular Resistance, the Saudi National Guard). `sentences`: each sentence's
    tokens with its actor matches. The nationality right after people of no side («مواطنين روس»,
    «سياح تشيكيين»: often foreigners where it happened) tells whose they are, not where: no vote (in
    news of their own country the incident step gives them the event's country)."""
    votes: Counter[str] = Counter()
    for tokens, matches in sentences:
        after_people = {m.token_end for m in matches if m.payloads[0].attrs.get("actor_type") in LOCAL_ONLY}
        for k, token in enumerate(tokens):
            if k in after_people:
                continue
            for form in proclitic_variants(token.norm)[:2]:
                hit = lex.nationalities.get(form)
                if hit is not None:
                    votes[hit[0]] += 1
                    break
    return votes.most_common(1)[0][0] if votes else ""


@lru_cache(maxsize=1)
def _countries_with_article() -> frozenset[str]:
    """actors.json `countries_with_article`: the countries ACLED names with "the" after "of"."""
    return frozenset(load_lexicon("actors.json").get("countries_with_article", ()))


def fill_country(name: str, country: str) -> str:
    """`name` with its "{country}" slot filled: "Police Forces of the United States" (ACLED's "the"
    after "of" for the countries that take it), "Civilians (United States)"; the slot and its "of" or
    brackets dropped when there is no country."""
    if "{country}" not in name:
        return name
    if not country:
        return _COUNTRY_SLOT.sub("", name)
    if country in _countries_with_article():
        name = name.replace(" of {country}", " of the {country}")
    return name.replace("{country}", country)


def named_country(actor: dict[str, Any], country: str) -> str:
    """The country an actor named "… ({country})" takes in its name: `country`, unless the actor
    lists the countries it is named by (actors.json `named_in`: the Islamic State's provinces) and
    this is none of them ('': "Islamic State" in an opinion piece about Israel)."""
    named_in = actor.get("named_in")
    return country if not named_in or country in named_in else ""


def open_country(entry: Entry) -> bool:
    """The match's actor depends on the country it is of: an ambiguous phrase («الجيش»), or an
    actor of no country of its own whose name takes one («الشرطة», «مدنيين»)."""
    return entry.kind == "ambiguous" or (entry.kind == "actor" and not entry.attrs.get("country")
                                         and "{country}" in entry.attrs.get("name_en", ""))


def _own_forces(lex: Lexicons, fallback_name: str, country: str) -> str | None:
    """The actor that is `country`'s own forces when an ambiguous phrase's fallback names them
    ("Military Forces of {country}" for Turkey: "Military Forces of Turkey (2002-)", the listed
    Turkish army), or None when actors.json lists none."""
    return _own_forces_in(lex.actors, fallback_name, country)


def _own_forces_in(actors: dict[str, dict[str, Any]], fallback_name: str, country: str) -> str | None:
    """`_own_forces` over actors.json's actors by id."""
    filled = fill_country(fallback_name, country)
    if "{country}" not in fallback_name or not country:
        return None
    forms = (filled, filled.replace(" of ", " of the ", 1))
    found = [(len(name), actor_id) for actor_id, actor in actors.items()
             if actor.get("country") == country and any((name := actor.get("name_en", "")) == f or name.startswith(f + " (")
                                                        for f in forms)]
    return min(found)[1] if found else None  # the plain forces before a branch of them (the Peshmerga)


def _actor_span_attrs(lex: Lexicons, entry: Entry, country: str) -> tuple[str, dict[str, Any]] | None:
    """(label, attrs) for an actor-family match once its country is known (the article's, or the
    one a nationality adjective or an earlier mention gives it)."""
    if entry.kind == "actor":
        attrs = dict(entry.attrs)
        attrs["country"] = attrs.get("country") or country
        attrs["name_en"] = fill_country(attrs.get("name_en", ""), named_country(lex.actors.get(attrs.get("id", ""), {}), country))
        return entry.label, attrs
    if entry.kind == "generic":
        return "ARMED_ACTOR", dict(entry.attrs)
    if entry.kind == "ambiguous":
        if entry.attrs.get("only_listed") and country and country not in entry.by_country:
            return None  # «الفرقة الرابعة»: a Syrian division; elsewhere no party (a camp's name in Aden)
        fallback = entry.attrs.get("fallback")
        if country in entry.by_country:
            actor_id = entry.by_country[country]
        elif country and fallback:  # a country not listed: its own forces, or the fallback
            actor_id = _own_forces(lex, fallback.get("name_en", ""), country)
        else:
            actor_id = entry.attrs.get("default")
            if country and actor_id in lex.actors and lex.actors[actor_id].get("country") not in ("", country):
                actor_id = None  # an article of another country: no default of one (Yemen's Popular Resistance)
        if actor_id and actor_id in lex.actors:
            actor = lex.actors[actor_id]
            return actor["label"], _actor_in(actor, country, ambiguous=True)
        if fallback:
            attrs = {**fallback, "generic": False, "ambiguous": True, "country": country}
            attrs["name_en"] = fill_country(attrs.get("name_en", ""), country)
            return "ARMED_ACTOR", attrs
        attrs = {"generic": True, "ambiguous": True}
        if _state_readings_only(lex, entry):  # «قوات التحالف» in Afghanistan: a state side, never the rebels
            attrs["state_side"] = True
        return "ARMED_ACTOR", attrs
    return None


def _state_readings_only(lex: Lexicons, entry: Entry) -> bool:
    """Every actor an ambiguous phrase reads as in some country (and its default) is a state or
    foreign force («التحالف», «قوات التحالف»: the Saudi-led or the anti-IS coalition): where it has
    no reading it stays unnamed, never the article's main non-state actor it would otherwise stand for."""
    ids = [i for i in list(entry.by_country.values()) + [entry.attrs.get("default")] if i]
    return bool(ids) and all(i in lex.actors and lex.actors[i].get("inter") not in NON_STATE for i in ids)


# span attribute of an actor whose country is only the article's main country (no nationality
# adjective, no earlier mention told it): what to read again in another country — "actor:<id>" for a
# "{country}" actor («الشرطة», «مسلحون», «المدنيين»), the phrase of an ambiguous entry whose fallback
# is named by its country («الجيش», «القوات الحكومية»: "Military Forces of {country}"; «أنصار الشريعة»,
# «المقاتلون الموالون للحكومة»); `reading_in` reads it. Ambiguous phrases of no such fallback
# («المقاتلين الأكراد», «التحالف», «المقاومة») keep the article's reading: whose they are is the
# story's, not the place's
ARTICLE_COUNTRY = "article_country"
COUNTRY_TOLD = "country_told"  # the same mentions whose country the text tells: they keep it


def _open_phrase(entry: Entry, attrs: dict[str, Any]) -> str:
    """The `ARTICLE_COUNTRY` key of an open mention, or '' for one the event's place never
    re-reads (an ambiguous phrase of no "{country}" fallback: «المقاتلين الأكراد», «التحالف»)."""
    if not open_country(entry):
        return ""
    if entry.kind == "actor":
        return f"actor:{attrs['id']}" if attrs.get("id") else ""
    if entry.kind == "ambiguous" and "{country}" in (entry.attrs.get("fallback") or {}).get("name_en", ""):
        return entry.attrs.get("phrase", "")
    return ""


def _defaulted_phrase(entry: Entry, country: str) -> str:
    """The `ARTICLE_COUNTRY` key of an ambiguous phrase of no "{country}" fallback that the article's
    country did not read (none told, or one it lists no reading for: its `default` stood in) — the
    event's place reads it: «طائرات التحالف» striking near al-Hasakah in a report of no country cue is
    the anti-IS coalition (Syria's reading), not the Saudi-led one (the default). '' otherwise: in a
    country it lists («التحالف» in a Yemeni report) the story's reading stays wherever the event is."""
    if entry.kind != "ambiguous" or not entry.by_country or country in entry.by_country or entry.attrs.get("fallback"):
        return ""
    return entry.attrs.get("phrase", "")


def reading_in(key: str, country: str) -> dict[str, Any] | None:
    """The attrs (name_en, name_ar, actor_type, inter, …) a mention of `ARTICLE_COUNTRY` key `key`
    takes in `country`: «الشرطة» "Police Forces of Iraq" in Iraq, «القوات الحكومية» the Syrian army
    in Syria. None for an unknown key."""
    lex = lexicons()
    if key.startswith("actor:"):
        actor = lex.actors.get(key.removeprefix("actor:"))
        return _actor_in(actor, country) if actor is not None else None
    entry = _ambiguous_entries().get(key)
    resolved = _actor_span_attrs(lex, entry, country) if entry is not None else None
    return resolved[1] if resolved is not None else None


@lru_cache(maxsize=1)
def _ambiguous_entries() -> dict[str, Entry]:
    """actors.json ambiguous phrase → its entry (as `lexicons` builds it)."""
    return {amb["phrase"]: _ambiguous_entry(amb) for amb in load_lexicon("actors.json")["ambiguous"]}


def _ambiguous_entry(amb: dict[str, Any]) -> Entry:
    """The entry of one of actors.json's ambiguous phrases: whose forces it names is read by country
    (`_actor_span_attrs`)."""
    attrs = {"default": amb.get("default"), "fallback": amb.get("fallback"), "phrase": amb["phrase"]}
    if amb.get("not_where_named"):
        attrs["not_where_named"] = pattern_key(amb["not_where_named"])[0]
    if amb.get("only_listed"):
        attrs["only_listed"] = True
    if amb.get("not_before_feminine"):
        attrs["not_before_feminine"] = frozenset(pattern_key(w)[0] for w in amb["not_before_feminine"]["except"])
    return Entry("ambiguous", "ARMED_ACTOR", attrs, by_country=amb["by_country"])


def _actor_in(actor: dict[str, Any], country: str, **extra: Any) -> dict[str, Any]:
    """An actors.json actor's span attrs (and `extra`) in an article or event of `country`: its own
    country, else that one, and its English name filled with the country it is named by."""
    attrs = {**_actor_attrs(actor), "generic": False, **extra}
    attrs["country"] = attrs.get("country") or country
    attrs["name_en"] = fill_country(attrs.get("name_en", ""), named_country(actor, country))
    return attrs


def _is_cue(token: Token, cues: frozenset[str]) -> bool:
    """The token is a cue behind its proclitics («وأضاف», «فبحسب»), not behind an article: the
    cues are verbs and prepositions, and «التابع/التابعة» (affiliated) is no «تابع» (he went on)."""
    return indefinite_in(token.norm, cues)


AN = "عن"


def _an_of_a_deed(lex: Lexicons, tokens: list[Token], k: int) -> bool:
    """tokens[k] is «عن» governed by the word before it, not «according to»: «الإفراج عن ناشط»,
    «البحث عن», «الدفاع عن» (sources.json "not_before_an", proclitics allowed)."""
    return tokens[k].norm == AN and k >= 1 and variant_in(tokens[k - 1].norm, lex.not_before_an)


def has_cue(lex: Lexicons, tokens: list[Token], start: int, end: int, after: bool = True) -> bool:
    """An attribution cue just before tokens[start:end] («قال/وأضاف/بحسب») or (`after`) just after («أن»)."""
    if start >= 1 and _is_cue(tokens[start - 1], lex.cues_before) and not _an_of_a_deed(lex, tokens, start - 1):
        return True
    if start >= 2 and f"{tokens[start - 2].norm} {tokens[start - 1].norm}" in lex.cues_before:
        return True
    return after and end < len(tokens) and tokens[end].norm in lex.cues_after


@dataclass(slots=True)
class _Sentence:
    tokens: list[Token]
    entities: list[Match[Entry]]
    weapons: list[Match[Entry]]
    sources: list[Match[Entry]]


def find(doc: Document) -> list[Span]:
    lex = lexicons()
    sentences: list[_Sentence] = []
    countries: list[Match[str]] = []
    group = _matcher_group(lex)
    for raw in doc.sentence_tokens():
        tokens = _content_tokens(raw)
        entities, weapons, sources, country_words = group.find_all(tokens)  # one pass, four matchers
        sentences.append(_Sentence(tokens, _unblocked(entities), list(weapons), _unblocked(sources)))
        countries.extend(_country_cues(tokens, country_words))
    _drop_civil_planes(sentences)
    _drop_verbal_nouns(sentences)
    _drop_mechanisms(sentences)
    country = dominant_country((m for s in sentences for m in s.entities), countries) \
        or told_nationality(lex, ((s.tokens, s.entities) for s in sentences))
    # the article's heads are looked for only when a phrase they rule out was found (every token read)
    wary = any(m.payloads[0].attrs.get("not_where_named") for s in sentences for m in s.entities)
    named = _named_heads(lex, [s.tokens for s in sentences]) if wary else set()
    if named:
        for sent in sentences:
            sent.entities = [m for m in sent.entities if m.payloads[0].attrs.get("not_where_named") not in named
                             or _quoted(doc.text, m.start, m.end)]  # «القاعدة» quoted is the group
    for sent in sentences:  # «بمنطقة القاعدة والمفرق»: Ibb's town, not the group
        sent.entities = [m for m in sent.entities if not (m.payloads[0].attrs.get("not_where_named")
                                                          and _in_place_list(sent.tokens, m.token_start))]
    for sent in sentences:  # «القاعدة الخلفية للمتمردين»: a base
        sent.entities = [m for m in sent.entities if not _before_feminine(sent.tokens, m)]
    for sent in sentences:  # after the bases: «مسلحون من القاعدة» beside «قاعدة العند» stay gunmen
        sent.entities = _named_after_min(sent.tokens, sent.entities)

    from core.entities.numbers import numbers_by_sentence  # numbers imports this module's loader

    numbers = numbers_by_sentence(doc)
    spans: list[Span] = []
    whose = _Countries(lex, country)
    for k, sent in enumerate(sentences):
        spans.extend(_sentence_spans(doc, lex, sent, whose, numbers[k] if k < len(numbers) else []))
    return _named_in_apposition(doc, spans)


APPOSITION_GAP = frozenset(" «»\"'()-–—")


@lru_cache(maxsize=1)
def _apposition_names() -> frozenset[str]:
    from core.entities.matcher import normalized

    return frozenset(normalized(p) for p in load_lexicon("actors.json").get("named_by_apposition", ()))


@lru_cache(maxsize=1)
def _apposition_coalitions() -> frozenset[str]:
    """The coalitions a common name of `named_by_apposition` can stand for: the actors that list one
    of those names among their variants («التحالف العربي», «التحالف الدولي»)."""
    from core.entities.matcher import normalized

    names = _apposition_names()
    return frozenset(a["id"] for a in load_lexicon("actors.json")["actors"]
                     if any(normalized(v if isinstance(v, str) else v["text"]) in names for v in a.get("variants", ())))


def _named_in_apposition(doc: Document, spans: list[Span]) -> list[Span]:
    """«التحالف الدولي «عاصفة الحزم»»: a coalition's common name right before the name of one
    coalition, only quotes, brackets or a dash between, is that coalition (actors.json
    `named_by_apposition`), not the anti-IS coalition its words alone name. Only a coalition's name
    so renames it: «واستهدف التحالف الحوثيين» is the coalition striking the Houthis."""
    from core.entities.matcher import normalized

    names = _apposition_names()
    actors = sorted((s for s in spans if s.label == "ARMED_ACTOR"), key=lambda s: s.start)
    swap: dict[int, Span] = {}
    for a, b in zip(actors, actors[1:]):
        gap = doc.text[a.end : b.start]
        if gap and set(gap) <= APPOSITION_GAP and normalized(a.text) in names \
                and b.attrs.get("id") in _apposition_coalitions() and b.attrs.get("id") != a.attrs.get("id") and b.attrs.get("generic") is not True:
            swap[id(a)] = doc.span(a.start, a.end, a.label, a.source, **b.attrs)
    return [swap.get(id(s), s) for s in spans] if swap else spans


@dataclass(frozen=True)
class _CivilContext:
    ids: frozenset[str]
    window: int
    reach: int
    links: frozenset[str]
    cues: frozenset[str]
    carriers: frozenset[str] = frozenset()
    before: tuple[tuple[str, ...], ...] = ()


def _weapons_part(section: str) -> dict[str, Any]:
    """One section of weapons.json ("civil_context", "verbal_nouns", "mechanisms", …); empty when absent."""
    return load_lexicon("weapons.json").get(section) or {}


def _weapon_words(section: str, key: str) -> frozenset[str]:
    """The words listed under `key` in weapons.json's `section`, normalised as the matcher's keys."""
    return frozenset(" ".join(pattern_key(w)) for w in _weapons_part(section).get(key, ()))


@lru_cache(maxsize=1)
def _civil_context() -> _CivilContext:
    """weapons.json's "civil_context": what ties an aircraft to a civil owner or load."""
    data = _weapons_part("civil_context")
    words = partial(_weapon_words, "civil_context")
    return _CivilContext(frozenset(data.get("ids", ())), int(data.get("window", 0)), int(data.get("reach", 0)),
                         words("links"), words("cues"), words("carriers"),
                         tuple(sorted({pattern_key(w) for w in data.get("before", ())}, key=len, reverse=True)))


def _tied_to_civil(tokens: list[Token], start: int, after: int, ctx: _CivilContext) -> bool:
    """The aircraft tokens[start:after] is civil: a link word within `window` words after it, then a
    civil cue within `reach` words after the link, no punctuation between («طائرة تابعة للصليب
    الأحمر»); a cue right after it («طائرة الخطوط الجوية»); a carrier word within `window` words
    after it or right before it («طائرة تقل العائدين», «أقلتهم طائرة»); a `before` phrase right before
    it («على متن طائرة»)."""
    if after < len(tokens) and variant_in(tokens[after].norm, ctx.cues):
        return True
    if start > 0 and variant_in(tokens[start - 1].norm, ctx.carriers):
        return True
    for phrase in ctx.before:
        k = start - len(phrase)
        if k >= 0 and tuple(t.norm for t in tokens[k:start]) == phrase:
            return True
    for i in range(after, min(after + ctx.window, len(tokens))):
        if tokens[i].is_punct:
            return False
        if variant_in(tokens[i].norm, ctx.carriers):
            return True
        if variant_in(tokens[i].norm, ctx.links):
            for j in range(i + 1, min(i + 1 + ctx.reach, len(tokens))):
                if tokens[j].is_punct:
                    return False
                if variant_in(tokens[j].norm, ctx.cues):
                    return True
    return False


PLANE = "طائر"  # a blocker naming a plane holds it: «طائرة مدنية», «طائرة ركاب»


def _drop_civil_planes(sentences: list[_Sentence]) -> None:
    """Each sentence's weapon matches without blockers, and without the planes that are civil:
    one tied to a civil owner or load (`_tied_to_civil`), and a later bare «الطائرة» while the
    last plane the article named was civil («هبطت أول طائرة مدنية … وقال إن الطائرة هبطت»)."""
    ctx = _civil_context()
    civil = False
    for sent in sentences:
        kept = []
        for m in sorted(sent.weapons, key=lambda m: m.token_start):
            entry = m.payloads[0]
            if entry.kind == "block":
                if any(PLANE in t.norm for t in sent.tokens[m.token_start : m.token_end]):
                    civil = True
                continue
            if entry.attrs.get("id") in ctx.ids:
                if _tied_to_civil(sent.tokens, m.token_start, m.token_end, ctx):
                    civil = True
                    continue
                bare = m.token_end - m.token_start == 1 and entry.attrs.get("count") == 1 and any(
                    v.startswith("ال") for v in proclitic_variants(sent.tokens[m.token_start].norm))
                if civil and bare:
                    continue
                civil = False
            kept.append(m)
        sent.weapons = kept


@lru_cache(maxsize=1)
def _verbal_nouns() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """weapons.json's "verbal_nouns": (the words, the definite words of time they stay weapons before,
    the words of downing or flying they stay weapons after), normalised."""
    return (_weapon_words("verbal_nouns", "words"), _weapon_words("verbal_nouns", "not_before"),
            _weapon_words("verbal_nouns", "not_after"))


@lru_cache(maxsize=2)
def _group_nouns(key: str = "adjective_after") -> frozenset[str]:
    """weapons.json's "verbal_nouns" `adjective_after`: group nouns a definite «المقاتلة» describes
    (`adjective_after_indefinite`: indefinite ones an indefinite «مقاتلة» describes), normalised."""
    return _weapon_words("verbal_nouns", key)


NISBA_REACH = 3  # nisba adjectives between a group noun and «المقاتلة» («الجماعة الإسلامية الليبية المقاتلة»)


def _describes_a_group(toks: list[Token], start: int, definite: bool = True) -> bool:
    """«الفصائل المقاتلة», «والكتائب المقاتلة», «الجماعة الإسلامية الليبية المقاتلة»: a definite word of
    `verbal_nouns` after a group noun (`adjective_after`), definite nisba adjectives between, is its
    adjective («fighting»), no fighter jet; «الطائرات المقاتلة» stays one. Not `definite`: an
    indefinite one after an indefinite group noun, indefinite nisbas between («فرقة سورية مقاتلة»,
    «فصائل مقاتلة»; «طائرة مقاتلة» stays a jet)."""
    groups = _group_nouns() if definite else _group_nouns("adjective_after_indefinite")
    k = start - 1
    while k >= 0 and start - 1 - k <= NISBA_REACH:
        variants = proclitic_variants(toks[k].norm)
        if any(v in groups for v in variants):
            return True
        if not (toks[k].norm.startswith("ال") == definite and toks[k].norm.endswith("يه")):
            return False
        k -= 1
    return False


def _drop_verbal_nouns(sentences: list[_Sentence]) -> None:
    """Each sentence's weapon matches without a one-word name that is the verbal noun there: indefinite
    (behind its proclitics) and right before a definite word that is no word of time («في مقاتلة
    الجيش الحر»: fighting the FSA, no fighter jet; «مقاتلة الليلة الماضية» stays one; weapons.json
    "verbal_nouns"); nor one right after a word of downing or flying («أسقطت الدفاعات مقاتلة التحالف»:
    the coalition's jet, `not_after`)."""
    nouns, times, downed = _verbal_nouns()
    if not nouns:
        return
    for sent in sentences:
        toks = sent.tokens
        sent.weapons = [m for m in sent.weapons if not (
            m.token_end - m.token_start == 1 and toks[m.token_start].norm.startswith("ال")
            and toks[m.token_start].norm[2:] in nouns and _describes_a_group(toks, m.token_start))]
        sent.weapons = [m for m in sent.weapons if not (
            m.token_end - m.token_start == 1 and toks[m.token_start].norm in nouns
            and _describes_a_group(toks, m.token_start, definite=False))]
        sent.weapons = [m for m in sent.weapons if not (
            m.token_end - m.token_start == 1 and m.token_end < len(toks)
            and not (m.token_start > 0 and any(v in downed for v in proclitic_variants(toks[m.token_start - 1].norm)))
            and any(v in nouns for v in proclitic_variants(toks[m.token_start].norm))
            and not any(v.startswith("ال") and v[2:] in nouns for v in proclitic_variants(toks[m.token_start].norm))
            and toks[m.token_end].norm.startswith("ال") and toks[m.token_end].norm not in times
            and toks[m.token_end].start - toks[m.token_start].end == 1)]


@lru_cache(maxsize=1)
def _mechanism_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], str]:
    """weapons.json "mechanisms": the words, the words before and after that make them mechanisms,
    the verbal-noun prefix; normalised."""
    words = partial(_weapon_words, "mechanisms")
    return words("words"), words("after"), words("before"), _weapons_part("mechanisms").get("verbal_noun_prefix", "")


def _drop_mechanisms(sentences: list[_Sentence]) -> None:
    """«آليات العمل», «آليات التنفيذ», «آليات تعزيز», «وضع آليات»: the bare «آليات» as mechanisms, no
    vehicles (weapons.json "mechanisms"): right after a word of making or discussing (`after`), or
    right before a word of `before` or a verbal noun of the t-stems (the prefix behind the article:
    taf'il «التنفيذ», tafa'ul «التعاون»). «دمرت آليات الجيش», «آليات تابعة للحوثيين» stay vehicles."""
    words, after, before, prefix = _mechanism_words()
    if not words:
        return

    def mechanism(toks: list[Token], m: Match[Entry]) -> bool:
        if m.token_end - m.token_start != 1 or not any(v in words for v in proclitic_variants(toks[m.token_start].norm)):
            return False
        if m.token_start > 0 and toks[m.token_start - 1].norm in after:
            return True
        if m.token_end >= len(toks):
            return False
        nxt = toks[m.token_end].norm
        bare = nxt[2:] if nxt.startswith("ال") else nxt
        # «تنفيذ», «تعزيز», «تنسيقها» (taf'il) and «تعاون», «تعامل» (tafa'ul): not «تابعة» (belonging to)
        masdar = len(bare) >= 5 and bare.startswith(prefix) and (bare[3] == "ي" or bare[2] == "ا")
        return nxt in before or bool(prefix) and masdar

    for sent in sentences:
        sent.weapons = [m for m in sent.weapons if not mechanism(sent.tokens, m)]


UNNAMED = "unidentified"  # the actor id of «مسلحون», «مجهولون»


def _before_feminine(tokens: list[Token], m: Match[Entry]) -> bool:
    """A bare phrase that is also a feminine noun («القاعدة»: a base, a rule) followed by a definite
    feminine adjective or participle is that noun: «القاعدة الخلفية للمتمردين», «القاعدة الواقعة
    في …» (actors.json ambiguous `not_before_feminine`; its `except` words follow the group:
    «القاعدة الإرهابية», «حملت القاعدة المسؤولية»). A quoted «القاعدة» is written as the name."""
    unless = m.payloads[0].attrs.get("not_before_feminine")
    if unless is None or m.token_end >= len(tokens):
        return False
    nxt = tokens[m.token_end].norm
    return nxt.startswith("ال") and nxt.endswith("ه") and len(nxt) > 4 and nxt not in unless


def _in_place_list(tokens: list[Token], start: int, reach: int = 5) -> bool:
    """A bare phrase that is also a place name («القاعدة», a town of Ibb) stands as a place: right
    after a place head («بمنطقة القاعدة والمفرق») or as a further item of a list of places under one
    («في منطقة الحوبان والمفرق والقاعدة»: every word between is a place the gazetteer knows)."""
    from core.entities.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    heads = set(gazetteer.rules.admin_heads) | set(gazetteer.rules.dual_heads)

    def head(tok: Token) -> bool:
        return variant_in(tok.norm, heads)

    if start and head(tokens[start - 1]):
        return True
    if not tokens[start].norm.startswith("و"):
        return False
    for j in range(start - 1, max(-1, start - 1 - reach), -1):
        if head(tokens[j]):
            return j < start - 1
        if not tokens[j].norm.isalpha() or not gazetteer.lookup(tokens[j].text):
            return False
    return False


def _named_after_min(tokens: list[Token], matches: list[Match[Entry]]) -> list[Match[Entry]]:
    """«هجوم شنه مسلحون من تنظيم القاعدة»: unnamed gunmen «من» a named group are that group; the
    unnamed reading is dropped and the group's own span stands."""
    named_at = {m.token_start for m in matches if m.payloads[0].kind in ("actor", "ambiguous")
                and m.payloads[0].attrs.get("id") != UNNAMED}
    return [m for m in matches
            if not (m.payloads[0].attrs.get("id") == UNNAMED and m.token_end < len(tokens)
                    and tokens[m.token_end].norm == "من" and m.token_end + 1 in named_at)]


def _quoted(text: str, start: int, end: int) -> bool:
    """The words text[start:end] stand alone between quotation marks: «الشرق الأوسط», لـ"الرياض"."""
    before, after = text[:start].rstrip()[-1:], text[end:].lstrip()[:1]
    return before in QUOTES and after in QUOTES


BYLINE_DASHES = "-–—"
BYLINE_REACH = 80  # a byline stands in the first characters of the article


def _byline(text: str, start: int, end: int) -> bool:
    """The words text[start:end] stand in the article's byline, its first line, with a dash right
    before or after them and no other words of a sentence: «بندر الدوشي- سبق:», «سبق- متابعة:».
    A place there is the dateline, not a paper («الرياض - «الشرق الأوسط»»): the caller checks."""
    head = text[:start]
    if start > BYLINE_REACH or "\n" in head.strip():
        return False
    before, after = head.rstrip()[-1:], text[end:].lstrip()[:1]
    return (before in BYLINE_DASHES and after in BYLINE_DASHES + ":") or (not head.strip() and after in BYLINE_DASHES)


def _a_place(name: str) -> bool:
    from core.entities.gazetteer import Gazetteer

    return bool(Gazetteer.load().lookup(name))


def _named_heads(lex: Lexicons, sentences: list[list[Token]]) -> set[str]:
    """Head words of `not_where_named` that the article uses to name a place: the head without «ال»
    (proclitics allowed: «بقاعدة»), a word after it («قاعدة العند»)."""
    heads = lex.named_heads
    if not heads:
        return set()
    found: set[str] = set()
    for tokens in sentences:
        for k, tok in enumerate(tokens[:-1]):
            variants = proclitic_variants(tok.norm)
            for head in heads:
                if head in variants and "ال" + head not in variants and tokens[k + 1].norm.isalpha() \
                        and not (k and tokens[k - 1].norm == "تنظيم"):  # «تنظيم قاعدة الجهاد»: the group's name
                    found.add(head)
    return found


AFFILIATED_KIND = "military"  # sources.json's kind of «مصادر في» + a party
SOURCES_NOUNS = frozenset({"مصادر", "مصدر"})


def _party_of_sources(tokens: list[Token], m: Match[Entry], by_start: dict[int, Any]) -> Any:
    """«مصادر بالمقاومة», «مصدر بالجيش الحر»: a bare «مصادر/مصدر» (a generic source) with a party
    glued to «ب» right after it is that party's sources — the (match, label, attrs) of the party,
    which joins the source span and is no actor of its own; None otherwise. Not «مصادر من المقاومة»:
    «قالت مصادر من المقاومة الشعبية إن قواتها ألقت القبض …» tells the party acting through its
    own sources (a Yemen read-part arrest lost its doer; measured, left)."""
    if m.token_end - m.token_start != 1 or tokens[m.token_start].norm not in SOURCES_NOUNS or m.token_end >= len(tokens):
        return None
    nxt = tokens[m.token_end]
    owner = by_start.get(m.token_end)
    glued = owner is not None and nxt.norm.startswith("ب") and owner[0].start > nxt.start
    if not glued or owner[1] != "ARMED_ACTOR" or owner[2].get("inter") == 7:
        return None
    return owner


OPEN_PREPOSITIONS = frozenset({"في", "من", "عن", "لدي"})  # a source phrase ending so waits for its body («مصادر في»)


LOCAL_ONLY = frozenset({"civilians", "protesters", "rioters"})  # people of the place: no later mention takes their country


def _ambiguous_key(by_country: dict[str, Any], fallback: dict[str, Any] | None) -> tuple[Any, ...]:
    """One key for the ambiguous phrases that read alike («الجيش»; «رجال المقاومة» and «المقاومة»)."""
    return tuple(sorted(by_country.items())), (fallback or {}).get("name_en")


@lru_cache(maxsize=1)
def _lenders() -> dict[str, dict[tuple[str, ...], tuple[tuple[Any, ...], str]]]:
    """actor id → {ambiguous phrase (normalised words): (its key, country)}: the named actor that
    the bare phrase is read as in that country («الجيش اللبناني», lebanon_army, is «الجيش» in
    Lebanon; «الجيش التركي» is its fallback's own forces in Turkey)."""
    lex = lexicons()
    out: dict[str, dict[tuple[str, ...], tuple[tuple[Any, ...], str]]] = {}
    for amb in load_lexicon("actors.json")["ambiguous"]:
        key, words = _ambiguous_key(amb["by_country"], amb.get("fallback")), pattern_key(amb["phrase"])
        for country, actor_id in amb["by_country"].items():
            if actor_id and actor_id in lex.actors:
                home = lex.actors[actor_id].get("country")
                slot = out.setdefault(actor_id, {})
                if words not in slot or country == home:
                    slot[words] = (key, country)
        fallback = amb.get("fallback") or {}
        if fallback.get("name_en"):
            for actor_id, actor in lex.actors.items():
                country = actor.get("country")
                if country and country not in amb["by_country"] and _own_forces(lex, fallback["name_en"], country) == actor_id:
                    out.setdefault(actor_id, {}).setdefault(words, (key, country))
    return out


class _Countries:
    """Whose a mention of open country (`open_country`) is, read in the article's order: the country
    a nationality adjective right after it tells («الجيش النيجيري», «مدنيين سوريين»), or after it and
    the mention joined to it by «و» when plural («الجيش وقوى الأمن اللبنانيين»: both Lebanese);
    else the country the article last gave the same phrase, by such an adjective or by naming the
    actor it stands for («الجيش اللبناني» … «الجيش»: the Lebanese army, in a report about Syria);
    else the article's main country."""

    def __init__(self, lex: Lexicons, article: str) -> None:
        self.lex, self.article = lex, article
        self.lent: dict[tuple[Any, ...], str] = {}

    @staticmethod
    def _key(entry: Entry) -> tuple[Any, ...]:
        if entry.kind == "ambiguous":
            return _ambiguous_key(entry.by_country, entry.attrs.get("fallback"))
        return ("actor", entry.attrs.get("id"))

    def of(self, sent: _Sentence, m: Match[Entry]) -> str:
        return self.whose(sent, m)[0]

    def whose(self, sent: _Sentence, m: Match[Entry]) -> tuple[str, bool]:
        """(the mention's country, True when it is only the article's main country: no adjective
        and no earlier mention told it — the incident step may give it the event's country)."""
        entry = m.payloads[0]
        if not open_country(entry):
            return self.article, False
        told = self._told(sent, m)
        if told and entry.kind == "ambiguous" and told not in entry.by_country and not entry.attrs.get("fallback"):
            told = ""  # «التحالف الأمريكي»: no reading of the phrase for that country
        lends = entry.attrs.get("actor_type") not in LOCAL_ONLY
        if told:
            if lends:
                self.lent[self._key(entry)] = told
            return told, False
        if lends and self._key(entry) in self.lent:
            return self.lent[self._key(entry)], False
        return self.article, True

    def named(self, entry: Entry, words: list[Token]) -> None:
        """A named actor of a country lends it to an ambiguous phrase that stands for it and that
        its name begins with («الجيش اللبناني» to «الجيش»; «حزب الله» lends nothing to «المقاومة»)."""
        if entry.kind != "actor" or not entry.attrs.get("country"):
            return
        for phrase, (key, country) in _lenders().get(entry.attrs.get("id", ""), {}).items():
            if len(words) > len(phrase) and phrase[0] in proclitic_variants(words[0].norm) \
                    and all(w.norm == p for w, p in zip(words[1:], phrase[1:])):
                self.lent[key] = country

    def _told(self, sent: _Sentence, m: Match[Entry]) -> str:
        tokens = sent.tokens
        found = self._adjective(tokens, m.token_end, tokens[m.token_end - 1], plural_only=False)
        if found or m.token_end >= len(tokens) or not tokens[m.token_end].norm.startswith("و"):
            return found
        for other in sent.entities:  # «الجيش [وقوى الأمن] اللبنانيين»
            if other.token_start == m.token_end and other.payloads[0].kind in ("actor", "ambiguous"):
                return self._adjective(tokens, other.token_end, tokens[other.token_end - 1], plural_only=True)
        return ""

    def adjective_after(self, tokens: list[Token], k: int) -> str:
        """The country of a nationality adjective at tokens[k] agreeing with tokens[k - 1], or ''."""
        return self._adjective(tokens, k, tokens[k - 1], plural_only=False) if k > 0 else ""

    def _adjective(self, tokens: list[Token], k: int, last: Token, plural_only: bool) -> str:
        """The country of a nationality adjective at tokens[k] agreeing in definiteness with the
        mention's last word `last` («قوات الأمن العراقية», «مسلحين سوريين»), or ''."""
        if k >= len(tokens):
            return ""
        hit = self.lex.nationalities.get(tokens[k].norm)
        if hit is None or (plural_only and not hit[1]):
            return ""
        definite = any(v.startswith("ال") for v in proclitic_variants(last.norm))
        word = tokens[k].norm  # «ألمان» reads «المان»: definite only when the rest is a form too
        told_definite = word.startswith("ال") and word[2:] in self.lex.nationalities
        return hit[0] if told_definite == definite else ""


def _sentence_spans(doc: Document, lex: Lexicons, sent: _Sentence, whose: _Countries, numbers: list[Any]) -> list[Span]:
    spans: list[Span] = []
    by_start: dict[int, tuple[Match[Entry], str, dict[str, Any]]] = {}
    for m in sent.entities:
        entry = m.payloads[0]
        if entry.kind == "org":
            if entry.quoted and not entry.trim[0] and not _quoted(doc.text, m.start, m.end) \
                    and not (entry.attrs.get("org_type") == "media" and _byline(doc.text, m.start, m.end)
                             and not _a_place(doc.text[m.start : m.end])):
                continue  # a head before it («[صحيفة] الوطن») names the paper without quotes
            label, attrs = entry.label, dict(entry.attrs)
            if "country" in attrs and not attrs["country"] and not entry.trim[1]:
                # «وزير الخارجية التركي», «وزارة الدفاع الأميركية»: a body of no country of its own
                # (a ministry) is the country of the nationality adjective right after it
                attrs["country"] = whose.adjective_after(sent.tokens, m.token_end)
            if entry.needs_cue and has_cue(lex, sent.tokens, m.token_start, m.token_end):
                label, attrs = "SOURCE", {**attrs, "kind": "media" if attrs.get("org_type") == "media" else "official",
                                          "organization": attrs.get("id")}
        else:
            country, by_article = whose.whose(sent, m)
            resolved = _actor_span_attrs(lex, entry, country)
            if resolved is None:
                continue
            label, attrs = resolved
            phrase = _open_phrase(entry, attrs) or (_defaulted_phrase(entry, country) if by_article else "")
            if phrase:  # whose: only the article's main country, or told
                if by_article:
                    attrs[ARTICLE_COUNTRY] = phrase
                else:
                    attrs[COUNTRY_TOLD] = True
            whose.named(entry, sent.tokens[m.token_start : m.token_end])
        if entry.trim != (0, 0):  # «[نادي] الهلال [السعودي]»: the context words stay outside
            first, last = sent.tokens[m.token_start + entry.trim[0]], sent.tokens[m.token_end - 1 - entry.trim[1]]
            m = Match(first.start if entry.trim[0] else m.start, last.end,
                      m.token_start + entry.trim[0], m.token_end - entry.trim[1], m.payloads)
        by_start[m.token_start] = (m, label, attrs)
        spans.append(doc.span(m.start, _balanced_end(doc.text, m.start, m.end), label, SOURCE, **attrs))

    for m in sent.sources:
        entry = m.payloads[0]
        # an outlet's short name («الفرنسية»: AFP) only after its cue: «الحكومة الفرنسية إن» is no AFP
        if entry.needs_cue and not has_cue(lex, sent.tokens, m.token_start, m.token_end,
                                           after="organization" not in entry.attrs):
            continue
        attrs, end = dict(entry.attrs), m.end
        owner = by_start.get(m.token_end) if entry.extend else _party_of_sources(sent.tokens, m, by_start)
        if owner is not None and not entry.extend:
            attrs["kind"] = AFFILIATED_KIND  # «مصادر بالمقاومة»: as «مصادر في المقاومة»
        if owner is not None:
            om, _, oattrs = owner
            end = _balanced_end(doc.text, om.start, om.end)
            attrs["affiliation"] = oattrs.get("id") or doc.text[om.start : om.end]
            attrs["affiliation_en"] = oattrs.get("name_en", "")
        elif entry.extend and m.token_end - m.token_start > 1 and sent.tokens[m.token_end - 1].norm in OPEN_PREPOSITIONS:
            end = sent.tokens[m.token_end - 2].end  # «مصادر [في] القوى الجنوبية»: no known body follows, the «في» is no part of it
        spans.append(doc.span(m.start, end, "SOURCE", SOURCE, **attrs))

    for m in _named_after_heads(sent.weapons, sent.tokens):
        attrs = dict(m.payloads[0].attrs)
        owner = _weapon_owner(lex, sent, m, by_start)
        if owner is not None:  # «المدفعية السعودية», «مقاتلات تركية»: the weapon and whose it is, one actor span
            end = sent.tokens[m.token_end].end
            spans.append(doc.span(m.start, end, "ARMED_ACTOR", SOURCE, **owner, weapon_category=attrs.get("category", "")))
            continue
        number = _number_before(doc, numbers, m.start)
        if number is not None and not number.vague and number.value is not None:
            attrs["count"] = number.value
        elif number is not None:
            attrs["count"] = None
        spans.append(doc.span(m.start, _balanced_end(doc.text, m.start, m.end), "WEAPON", SOURCE, **attrs))
    spans.extend(_strikes_by_adjective(doc, lex, sent, spans))
    return spans


@lru_cache(maxsize=1)
def _strike_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """actors.json `strike_nouns`: the nouns (normalised, bare) and the words allowed between the noun
    and the adjective («الجوية»)."""
    from core.entities.matcher import normalized

    data = load_lexicon("actors.json").get("strike_nouns") or {}
    return (frozenset(normalized(w) for w in data.get("nouns", ())),
            frozenset(normalized(w) for w in data.get("between", ())))


def _definite(norm: str) -> bool:
    return any(v.startswith("ال") for v in proclitic_variants(norm)[:2])


def _strikes_by_adjective(doc: Document, lex: Lexicons, sent: _Sentence, spans: list[Span]) -> list[Span]:
    """«الغارات التركية», «غارة أمريكية», «القصف الجوي الروسي»: a strike noun (actors.json
    `strike_nouns`) with a nationality adjective of an actor's `weapon_adjectives` after it, agreeing in
    definiteness, names who struck — the adjective is that actor's span, as «المقاتلات التركية» is; its
    `striker` attribute is where the strike noun starts (the incident step lets it lead that strike)."""
    nouns, between = _strike_nouns()
    if not nouns or not lex.weapon_owners:
        return []
    tokens = sent.tokens
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for k, token in enumerate(tokens[:-1]):
        if not variant_in(token.norm, nouns):
            continue
        j = k + 1
        if j < len(tokens) - 1 and variant_in(tokens[j].norm, between) and _definite(tokens[j].norm) == _definite(token.norm):
            j += 1
        adjective = tokens[j]
        owner = lex.weapon_owners.get(adjective.norm)
        if owner is None or adjective.norm.startswith("ال") != _definite(token.norm):
            continue
        if any(a < adjective.end and adjective.start < b for a, b in taken):
            continue
        out.append(doc.span(adjective.start, adjective.end, "ARMED_ACTOR", SOURCE, **owner, striker=token.start))
    return out


def _weapon_owner(lex: Lexicons, sent: _Sentence, m: Match[Entry], by_start: dict[int, Any]) -> dict[str, Any] | None:
    """The actor a nationality adjective right after the weapon names (actors.json
    `weapon_adjectives`: «المدفعية السعودية», «مقاتلات تركية», «طائرات الأباتشي السعودية»), as the
    listed variants «المقاتلات السعودية», «الطيران الإماراتي» are; None when no such word follows or
    another name starts there."""
    k = m.token_end
    if k >= len(sent.tokens) or k in by_start or m.payloads[0].attrs.get("category") in _person_weapons():
        return None  # «انتحاري سعودي»: the bomber's nationality, not the Saudi army's weapon
    return lex.weapon_owners.get(sent.tokens[k].norm)


@lru_cache(maxsize=1)
def _person_weapons() -> frozenset[str]:
    """weapons.json `persons`: weapon categories whose words name a person («انتحاري»)."""
    return frozenset(load_lexicon("weapons.json").get("persons", ()))


@lru_cache(maxsize=1)
def _head_merge() -> tuple[frozenset[str], frozenset[str]]:
    data = _weapons_part("named_after_head")
    return frozenset(data.get("heads", ())), frozenset(data.get("categories", ()))


def _named_after_heads(matches: list[Match[Entry]], tokens: list[Token]) -> list[Match[Entry]]:
    """An indefinite generic weapon word right before a named weapon joined to it, with the named weapon's
    reading: «قذائف كاتيوشا» is one span, katyusha (weapons.json "named_after_head")."""
    heads, categories = _head_merge()
    out: list[Match[Entry]] = []
    for m in sorted(matches, key=lambda m: m.token_start):
        prev = out[-1] if out else None
        if (prev is not None and prev.token_end == m.token_start and prev.token_end - prev.token_start == 1
                and prev.payloads[0].attrs.get("id") in heads and m.payloads[0].attrs.get("id") not in heads
                and not any(v.startswith("ال") for v in proclitic_variants(tokens[prev.token_start].norm))
                and m.payloads[0].attrs.get("category") in categories):
            named = m.payloads[0]
            entry = Entry(named.kind, named.label, {**named.attrs, "count": prev.payloads[0].attrs.get("count")})
            out[-1] = Match(prev.start, m.end, prev.token_start, m.token_end, (entry,))
            continue
        out.append(m)
    return out


def _balanced_end(text: str, start: int, end: int) -> int:
    """Take in the closing quote of a name quoted inside the phrase: «عربة "بي إم بي"»."""
    inside = sum(ch in QUOTES for ch in text[start:end])
    if inside % 2 and end < len(text) and text[end] in QUOTES:
        return end + 1
    return end


def _number_before(doc: Document, numbers: list[Any], start: int) -> Any:
    """The number that ends right before `start` (only spaces between): «ثلاث دبابات»."""
    for hit in reversed(numbers):
        if hit.end <= start:
            return hit if not doc.text[hit.end : start].strip() else None
    return None


# ---------------------------------------------------------------- the analyst's spans


def article_country(doc: Document) -> str:
    """`dominant_country` of the whole article (one scan of its sentences, as `find` counts)."""
    lex = lexicons()
    group = _matcher_group(lex)
    entities: list[Match[Entry]] = []
    countries: list[Match[str]] = []
    seen: list[tuple[list[Token], list[Match[Entry]]]] = []
    for raw in doc.sentence_tokens():
        tokens = _content_tokens(raw)
        found, _weapons, _sources, country_words = group.find_all(tokens)
        seen.append((tokens, _unblocked(found)))
        entities.extend(seen[-1][1])
        countries.extend(_country_cues(tokens, country_words))
    return dominant_country(entities, countries) or told_nationality(lex, seen)


def lookup(doc: Document, start: int, end: int) -> tuple[str, dict[str, Any]] | None:
    """(label, attrs) of the actor or organisation the words doc.text[start:end] name, when one
    phrase of the lexicons covers all of them (proclitics on the first word allowed, as in `find`;
    punctuation around them left out):
    «جماعة الحوثي» → ARMED_ACTOR with the Houthis' names, actor type and ACLED inter code. The
    attrs are the machine span's: the article's country fills an ambiguous phrase, a "{country}"
    name and an actor of no country («التحالف الدولي» in a Syrian article). None for words that
    are no such phrase (or only part of one), and for the blocked ones («قوات»)."""
    entry = _whole_phrase(doc.text[start:end], start)
    if entry is None:
        return None
    if entry.kind == "org":
        return entry.label, dict(entry.attrs)
    return _actor_span_attrs(lexicons(), entry, article_country(doc))  # as `find` reads it: with the article's country


def lookup_name(name: str, country: str = "") -> tuple[str, dict[str, Any]] | None:
    """`lookup` for a name typed apart from the text (the incident editor's actor fields), with the
    article's `country` given: «المدنيين» in a Yemeni article is "Civilians (Yemen)", as the
    machine's span there reads, not a bare "Civilians" that no ACLED actor is called."""
    entry = _whole_phrase(name, 0)
    if entry is None:
        return None
    if entry.kind == "org":
        return entry.label, dict(entry.attrs)
    return _actor_span_attrs(lexicons(), entry, country)


def _whole_phrase(text: str, offset: int) -> Entry | None:
    """The lexicon entry of the one phrase covering all of `text`'s words (None: none, or blocked)."""
    from core.text.tokens import tokenize

    tokens = _content_tokens([t for t in tokenize(text, offset) if not t.is_punct or t.text == "-"])
    if not tokens:
        return None
    whole = [m for m in lexicons().entities.find(tokens) if m.token_start == 0 and m.token_end == len(tokens)]
    if not whole or whole[0].payloads[0].kind == "block":
        return None
    return whole[0].payloads[0]
