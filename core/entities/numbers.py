"""NUMBER spans: digits, number words and their compounds, duals, vague counts.

Casualty counts and equipment counts are read from these spans, so the values follow ACLED's
conservative reading: «عشرات» is 10, «مئات» 100, «أكثر من 12» is 12 (attrs qualifier
"more_than"), and «عدد من»/«عدة» has no value at all (vague=true, value None). Words live in
`resources/lexicons/numbers.json`; this module holds the small grammar that puts them together:

    unit [عشر]                 ثلاثة عشر = 13
    unit و tens                خمسة وعشرين = 25
    hundreds [و ...]           مائة وخمسون = 150, ثلاث مئة = 300
    number scale               ثلاثة آلاف = 3000, 1.5 مليون
    dual noun                  عربتان, جنديين = 2

`parse_number(text)` exposes the same reading for the incident step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from core.document import Document, Span, once_per_document
from core.entities.lexicon import load_lexicon
from core.entities.matcher import PhraseMatcher, clitic_length
from core.text.clitics import CONJUNCTIONS, PREPOSITIONS, proclitic_variants, variant_in
from core.text.normalize import normalize_token
from core.text.tokens import Token, tokenize

LABEL = "NUMBER"
SOURCE = "rule"

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
# 12 / 12,000 / ١٢٬٥٠٠ / 3.5 / ٣٫٥ — a thousands separator must be followed by exactly 3 digits.
_DIGITS_RE = re.compile(rf"(?<![{_DIGIT}])[{_DIGIT}]+(?:[,\u066c][{_DIGIT}]{{3}}(?![{_DIGIT}]))*(?:[.\u066b][{_DIGIT}]+)?")
# «12:45», «9:05», «٢٣:١٠»: a clock time, hours then two-digit minutes (checked in _clock_time)
_CLOCK_RE = re.compile(rf"(?<![{_DIGIT}:])([{_DIGIT}]{{1,2}}):([{_DIGIT}]{{2}})(?![{_DIGIT}:])")
_TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.", ",٬")
_ARTICLE = {"ال", "الـ"}  # «قرابة الـ 30»


@dataclass(frozen=True, slots=True)
class NumberHit:
    """A number found in one sentence: offsets, token range and reading."""

    start: int
    end: int
    tok_start: int
    tok_end: int  # exclusive
    value: int | float | None
    vague: bool = False
    qualifier: str | None = None
    kind: str = "words"  # digits | words | dual | vague
    noun: str | None = None  # the counted noun of a dual («جندي» in «جنديين»)

    def attrs(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "vague": self.vague, "qualifier": self.qualifier, "kind": self.kind}
        if self.noun:
            out["noun"] = self.noun
        if self.vague and self.value is None:
            out["fallback"] = _lex().vague_fallback
        return out


@dataclass(frozen=True, slots=True)
class _Lexicon:
    units: dict[str, int]
    compound_only: frozenset[str]
    teen: frozenset[str]
    tens: dict[str, int]
    hundreds: dict[str, int]
    scales: dict[str, int]
    plural_scales: frozenset[str]  # آلاف: a multiplier, never a number alone (alone it is vague)
    dual_scales: frozenset[str]  # ألفين: carries its own value, never a multiplier
    dual_suffixes: tuple[str, ...]
    dual_stems: frozenset[str]
    dual_an_stems: frozenset[str]  # sound plural in -ين: only the -ان dual is two («مسلحان»)
    person_stems: frozenset[str]
    vague: PhraseMatcher[int | None]
    vague_fallback: int
    before: PhraseMatcher[str]
    after: PhraseMatcher[str]
    not_numbers: frozenset[str]
    verb_particles: frozenset[str] = frozenset()
    verb_words: frozenset[str] = frozenset()
    designation_letters: frozenset[str] = frozenset()  # «سي» in «سي 130»: written as found, not folded
    unit_nouns: frozenset[str] = frozenset()  # «الفرقة 30», «اللواء 52»: a unit's number, folded
    ordinal_nouns: frozenset[str] = frozenset()  # «القرن» before «العشرين»: the 20th century, no number
    ordinal_units: frozenset[str] = frozenset()  # «الثالث» before «عشر»: the 13th, no number
    construct_duals: dict[str, str] = field(default_factory=dict)  # «رجلي» (before «أمن») → «رجل»
    adjective_dual_stems: frozenset[str] = frozenset()  # «آخران»: two only when no number is right before
    construct_next: frozenset[str] = frozenset()
    casualty_duals: dict[str, str] = field(default_factory=dict)  # «شرطيين» → «شرطي»: two after «مقتل/إصابة»
    casualty_dual_before: frozenset[str] = frozenset()
    casualty_dual_not_after: tuple[str, ...] = ()  # «متورطين في قتل شرطيين»: policemen, a crime held against
    # normalised form → can a number start at a token of that form? (most tokens: no)
    starts: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)

    def kind_of(self, word: str) -> tuple[str, int] | None:
        if word in self.units:
            return ("unit", self.units[word])
        if word in self.tens:
            return ("tens", self.tens[word])
        if word in self.hundreds:
            return ("hundred", self.hundreds[word])
        if word in self.scales:
            return ("scale", self.scales[word])
        return None


def _norms(words: Any) -> dict[str, Any]:
    return {normalize_token(w): v for w, v in words.items()}


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    data = load_lexicon("numbers.json")
    vague: PhraseMatcher[int | None] = PhraseMatcher((p, v) for p, v in data["vague"].items())
    for phrase in data["vague_null"]["phrases"]:
        vague.add(phrase, None)
    scales = _norms(data["scales"])
    casualty_duals = data["duals"].get("casualty_dual_stems", {})  # «مقتل شرطيين»
    return _Lexicon(
        units=_norms(data["units"]),
        compound_only=frozenset(normalize_token(w) for w in data["compound_only"]),
        teen=frozenset(normalize_token(w) for w in data["teen_marker"]),
        tens=_norms(data["tens"]),
        hundreds=_norms(data["hundreds"]),
        scales=scales,
        plural_scales=frozenset(normalize_token(w) for w in ("آلاف", "ملايين", "مليارات")),
        dual_scales=frozenset(w for w, v in scales.items() if v in (2000, 2_000_000)),
        dual_suffixes=tuple(data["duals"]["suffixes"]),
        dual_stems=frozenset(normalize_token(w) for w in data["duals"]["stems"]),
        dual_an_stems=frozenset(normalize_token(w) for w in data["duals"]["nominative_only_stems"]),
        adjective_dual_stems=frozenset(normalize_token(w) for w in data["duals"].get("adjective_dual_stems", ())),
        person_stems=frozenset(normalize_token(w) for w in data["duals"]["person_stems"]),
        # «رجلي [أمن]» (genitive/accusative) and «ضابطا [شرطة]» (nominative): before a genitive, no «ن»
        construct_duals={normalize_token(w + end): normalize_token(w) for w in data["duals"].get("construct", {}).get("stems", ())
                         for end in ("ي", "ا")},
        construct_next=frozenset(normalize_token(w) for w in data["duals"].get("construct", {}).get("next", ())),
        casualty_duals={normalize_token(w + "ين"): normalize_token(w) for w in casualty_duals.get("stems", ())},
        casualty_dual_before=frozenset(normalize_token(w) for w in casualty_duals.get("before", ())),
        casualty_dual_not_after=tuple(normalize_token(w) for w in casualty_duals.get("not_after", ())),
        vague=vague,
        vague_fallback=int(data["vague_null"]["fallback"]),
        before=PhraseMatcher(data["qualifiers_before"].items()),
        after=PhraseMatcher(data["qualifiers_after"].items()),
        not_numbers=frozenset(normalize_token(w) for w in data["not_number_words"]),
        verb_particles=frozenset(normalize_token(w) for w in data.get("verbs_after_particles", {}).get("particles", ())),
        verb_words=frozenset(normalize_token(w) for w in data.get("verbs_after_particles", {}).get("words", ())),
        designation_letters=frozenset(data.get("designation_letters", ())),
        unit_nouns=frozenset(normalize_token(w) for w in data.get("unit_nouns", ())),
        ordinal_nouns=frozenset(normalize_token(w) for w in data.get("ordinal_nouns", ())),
        ordinal_units=frozenset(normalize_token(w) for w in data.get("ordinal_units", ())),
    )


def is_number_word(norm: str) -> bool:
    """A normalised token that is a figure by itself: digits or a number word («ثلاث», «عشرين»)."""
    return norm.isdigit() or _lex().kind_of(norm) is not None


def digits_value(text: str) -> int | float | None:
    """Value of a digit string with separators («12,000», «١٢٬٥٠٠», «3.5»)."""
    clean = text.translate(_TO_ASCII)
    try:
        return int(clean) if "." not in clean else float(clean)
    except ValueError:
        return None


def dual_stem(norm: str) -> str | None:
    """The singular stem when `norm` is the dual of a countable noun («عربتين» → «عربه»), else None."""
    lex = _lex()
    for suffix in lex.dual_suffixes:
        if norm.endswith(suffix) and len(norm) > len(suffix) + 1:
            stem = norm[: -len(suffix)]
            if stem in lex.dual_stems or (suffix == "ان" and stem in lex.dual_an_stems):
                return stem
            if stem.endswith("ت") and stem[:-1] + "ه" in lex.dual_stems:
                return stem[:-1] + "ه"
    return None


def _first_word(lex: _Lexicon, norm: str) -> tuple[str, int] | None:
    """(number word, clitic letters) for the first token of a word number («وثلاثة» → «ثلاثه», 1)."""
    if norm in lex.not_numbers:
        return None
    for variant in proclitic_variants(norm):
        if variant in lex.not_numbers or variant.startswith("ال") and variant[2:] in lex.not_numbers:
            return None
        if variant != norm and len(variant) < 3:
            continue  # «لست» is «I am not», not ل + «ست»
        if lex.kind_of(variant) and variant not in lex.plural_scales:
            return variant, len(norm) - len(variant)
    return None


def _ordinal_tens(lex: _Lexicon, tokens: list[Token], i: int, clitic: int) -> bool:
    """A tens word with the article that is an ordinal: after «و» and an ordinal unit («القمة
    السادسة والعشرين»: the 26th summit) or right after a definite singular noun it qualifies
    (`ordinal_nouns`: «القرن العشرين», the 20th century). «في العشرين من يوليو», «ستة وعشرين» and
    the tens after a plural («تجاوز عدد القتلى الخمسين», «الأسرى العشرين») stay numbers."""
    prefix = tokens[i].norm[:clitic]
    if not prefix.endswith("ال"):
        return False
    return prefix == "وال" or (i > 0 and variant_in(tokens[i - 1].norm, lex.ordinal_nouns, depth=2))


def _parse_words(lex: _Lexicon, tokens: list[Token], i: int) -> tuple[int, int, int] | None:
    """(value, token_end, clitic letters) of the word number starting at token i."""
    first = _first_word(lex, tokens[i].norm)
    if first is None:
        return None
    if i > 0 and tokens[i].norm in lex.verb_words and tokens[i - 1].norm in lex.verb_particles:
        return None  # «لم تسع المملكة»: a verb
    word, clitic = first
    kind, value = lex.kind_of(word)  # type: ignore[misc]
    if kind == "tens" and _ordinal_tens(lex, tokens, i, clitic):
        return None
    if word in lex.teen and i > 0 and variant_in(tokens[i - 1].norm, lex.ordinal_units, depth=1):
        return None  # «القرن الثالث عشر», «للمرة الحادية عشرة»: an ordinal teen
    total, cur = 0, value
    if kind == "scale":
        total, cur = value, 0
    last, last_word, j = kind, word, i + 1
    definite = tokens[i].norm[:clitic].endswith("ال")  # «الخمسة والعشرون»: the article on each word
    end_ok = j  # token end of the longest well-formed reading
    if last_word in lex.compound_only:
        end_ok = i  # «أحد» alone is «one of», not a number
    while j < len(tokens):
        norm = tokens[j].norm
        conj = False
        if lex.kind_of(norm) is None and norm.startswith("و") and lex.kind_of(norm[1:]):
            norm, conj = norm[1:], True
        elif definite and lex.kind_of(norm) is None and norm.startswith("وال") and lex.kind_of(norm[3:]):
            norm, conj = norm[3:], True
        if norm in lex.teen and not conj and last == "unit" and 0 < cur % 10 <= 9 and cur % 100 < 10 and last_word not in lex.teen:
            cur += 10
            last, last_word = "teen", norm
        else:
            hit = lex.kind_of(norm)
            if hit is None:
                break
            kind, value = hit
            if not conj and kind == "hundred" and value == 100 and last == "unit" and cur < 10:
                cur *= 100  # «ثلاث مئة»
            elif not conj and kind == "scale" and norm not in lex.dual_scales and last in ("unit", "teen", "tens", "hundred"):
                total += (cur or 1) * value
                cur = 0
            elif conj and kind == "tens" and last in ("unit", "teen") and cur % 100 < 10:
                cur += value  # «خمسة وعشرين»
            elif conj and kind in ("unit", "tens", "teen") and last in ("hundred", "scale"):
                cur += value
            elif conj and kind == "hundred" and last == "scale":
                cur += value
            else:
                break
            last, last_word = kind, norm
        j += 1
        if last_word not in lex.compound_only:
            end_ok = j
    if end_ok <= i:
        return None
    if end_ok < j:  # a trailing «أحد»/«اثنا» without its «عشر»: re-read up to the last good word
        return _parse_words(lex, tokens[:end_ok], i)
    return total + cur, end_ok, clitic


def _digit_hits(text: str, offset: int, tokens: list[Token]) -> list[tuple[int, int, int, int, int | float]]:
    """(start, end, tok_start, tok_end, value) of digit numbers in one sentence."""
    out = []
    k = 0
    clock = _clock_times(text)
    for m in _DIGITS_RE.finditer(text):
        if _in_designation(text, m.start()) or m.start() in clock:
            continue
        value = digits_value(m.group())
        if value is None:
            continue
        start, end = m.start() + offset, m.end() + offset
        while k < len(tokens) and tokens[k].end <= start:
            k += 1
        t0 = k
        t1 = t0
        while t1 < len(tokens) and tokens[t1].start < end:
            t1 += 1
        if t1 > t0:
            out.append((start, end, t0, t1, value))
    return out


def _clock_times(text: str) -> set[int]:
    """Start offsets of the digits of clock times («12:45 ت م», «الساعة 9:05»): hours up to 24
    and minutes up to 59 joined by a colon are a time of day, not two numbers of anything."""
    if ":" not in text:
        return set()
    out: set[int] = set()
    for m in _CLOCK_RE.finditer(text):
        hours, minutes = digits_value(m.group(1)), digits_value(m.group(2))
        if hours is not None and minutes is not None and hours <= 24 and minutes <= 59:
            out.update((m.start(1), m.start(2)))
    return out


def _in_designation(text: str, start: int) -> bool:
    """Digits written after a Latin letter, or after one and a hyphen, are a model's designation
    («F15», «والـf15», «F-16», «T-72», «AK47»), not a number of anything; so are digits after a
    space and a Latin letter standing alone or a Latin letter's Arabic name (numbers.json
    "designation_letters"): «C 130», «سي 130», «بي 52»."""
    before = text[start - 1] if start else ""
    if before == "-" and start >= 2:
        before = text[start - 2]
    if before == " " and start >= 2:
        word = text[:start - 1].rsplit(None, 1)[-1] if text[:start - 1].strip() else ""
        word = word.strip("\"'«»“”()")
        return (len(word) == 1 and word.isascii() and word.isalpha()) or word in _lex().designation_letters \
            or _unit_noun(word)
    return before.isascii() and before.isalpha()


def _pronoun_not_ta_marbuta(tok: Token) -> bool:
    """«بعده» (after it), «وعده» (his promise), «عدّه»: the normalised form of a word written with
    «ه» is that of «عدة» (several), but the «ه» is the pronoun: a vague count ending in «ة» must be
    written with it. News text writes the «ة» (in the corpus, «عدة»/«بعدة» ≈3,600 times; «عده» as
    «several» about once, «بعده»/«وعده» as after/promise ≈190 times)."""
    return tok.norm.endswith("ه") and tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ه")


def _unit_noun(word: str) -> bool:
    """«الفرقة 30», «للواء 52», «والفوج 46»: digits right after a definite military unit noun
    (numbers.json "unit_nouns") are the unit's number, a name, not a count of anything."""
    units = _lex().unit_nouns
    norm = normalize_token(word)
    variants = proclitic_variants(norm)
    return bool(units) and (any(v in units for v in variants[:3])
                            or (norm.startswith("لل") and any("ال" + v in units for v in variants)))  # «للواء» = ل + اللواء


STARTS_CACHE_LIMIT = 20_000


def _may_start(lex: _Lexicon, norm: str) -> bool:
    """Can a word number, a vague count or a dual start at a token of this form? Depends on the
    form alone, so it is decided once per form: most tokens of a sentence are then one lookup."""
    found = lex.starts.get(norm)
    if found is None:
        found = (
            _first_word(lex, norm) is not None
            or lex.vague.can_start(norm)
            or _dual_of(lex, norm) is not None
            or _construct_dual(lex, norm) is not None
        )
        if len(lex.starts) >= STARTS_CACHE_LIMIT:
            lex.starts.clear()
        lex.starts[norm] = found
    return found


def sentence_numbers(text: str, tokens: list[Token], offset: int) -> list[NumberHit]:
    """Numbers of one sentence. `text` is the sentence, `offset` its position in the document."""
    lex = _lex()
    hits: list[NumberHit] = []
    digits = {d[2]: d for d in _digit_hits(text, offset, tokens)}
    starts = lex.starts
    i = 0
    n = len(tokens)
    while i < n:
        hit: NumberHit | None = None
        if i not in digits and (stem := _casualty_dual(lex, tokens, i, hits)) is not None:
            hit = NumberHit(tokens[i].start, tokens[i].end, i, i + 1, 2, kind="dual", noun=stem)
            hits.append(_qualified(lex, tokens, hit, hits))  # «مقتل شرطيين»: two policemen
            i += 1
            continue
        if i not in digits:
            may = starts.get(tokens[i].norm)
            if not (may or (may is None and _may_start(lex, tokens[i].norm))):
                i += 1  # nothing can start here (the reading below would find nothing)
                continue
        if i in digits:
            start, end, _, t1, value = digits[i]
            if t1 < n and tokens[t1].norm in lex.scales and tokens[t1].norm not in lex.dual_scales:
                value = value * lex.scales[tokens[t1].norm]
                end, t1 = tokens[t1].end, t1 + 1
            hit = NumberHit(start, end, i, t1, value, kind="digits")
        else:
            parsed = _parse_words(lex, tokens, i)
            if parsed is not None:
                value, t1, clitic = parsed
                tok = tokens[i]
                start = tok.start + clitic_length(tok.text, clitic) if clitic else tok.start
                hit = NumberHit(start, tokens[t1 - 1].end, i, t1, value)
            else:
                vague = lex.vague.match_at(tokens, i, i + lex.vague.max_len)
                if vague is not None and _pronoun_not_ta_marbuta(tokens[vague.token_end - 1]):
                    vague = None
                if vague is not None:
                    value = vague.payloads[0]
                    hit = NumberHit(vague.start, vague.end, i, vague.token_end, value, vague=True, kind="vague")
                else:
                    stem = _dual_of(lex, tokens[i].norm)
                    if stem in lex.adjective_dual_stems and hits and hits[-1].tok_end == i:
                        pass  # «جنديان آخران», «اثنان آخران»: the adjective of the count before it
                    elif stem is not None and not _agrees_with_dual(tokens, i):
                        tok = tokens[i]
                        start = tok.start + clitic_length(tok.text, _dual_clitic(lex, tok.norm))
                        hit = NumberHit(start, tok.end, i, i + 1, 2, kind="dual", noun=stem)
                    elif stem is None and i + 1 < n and tokens[i + 1].norm in lex.construct_next \
                            and (construct := _construct_dual(lex, tokens[i].norm)) is not None:
                        stem, clitic = construct
                        tok = tokens[i]
                        start = tok.start + clitic_length(tok.text, clitic) if clitic else tok.start
                        hit = NumberHit(start, tok.end, i, i + 1, 2, kind="dual", noun=stem)
        if hit is None:
            i += 1
            continue
        if hits and _adds_to(lex, tokens, text, offset, hits[-1], hit):
            hits[-1] = replace(hits[-1], end=hit.end, tok_end=hit.tok_end, value=hits[-1].value + hit.value)
        else:
            hits.append(_qualified(lex, tokens, hit, hits))
        i = hit.tok_end
    return hits


def _adds_to(lex: _Lexicon, tokens: list[Token], text: str, offset: int, prev: NumberHit, hit: NumberHit) -> bool:
    """«3 آلاف و800», «19 ألفا و200»: a number ending in a scale word, then «و» and a smaller
    number, is one sum (3800; the «800» had been a number of its own and the toll 3000)."""
    if prev.vague or hit.vague or hit.kind == "dual" or not isinstance(prev.value, int) or not isinstance(hit.value, int):
        return False
    scale = lex.scales.get(tokens[prev.tok_end - 1].norm)
    return scale is not None and hit.value < scale and text[prev.end - offset : hit.start - offset].strip() == "و"


_TWO_WORDS = frozenset(normalize_token(w) for w in ("اثنين", "اثنان"))  # «مقتل شرطيين اثنين»: the number says two


def _casualty_dual(lex: _Lexicon, tokens: list[Token], i: int, hits: list[NumberHit]) -> str | None:
    """The stem of a sound-plural-looking «-ين» noun read as a dual right after a word of death or
    wounding (numbers.json duals "casualty_dual_stems": «مقتل شرطيين», «وإصابة شرطيين» = 2), with no
    number right before it nor «اثنين/اثنان» right after it (read as before), nor a word of involvement
    or accusation (`not_after`: «متورطين في قتل شرطيين», policemen in general) one or two words before
    the word of death; None otherwise."""
    if not lex.casualty_duals or i == 0 or tokens[i].norm not in lex.casualty_duals:
        return None
    if hits and hits[-1].tok_end == i:
        return None
    if not any(v in lex.casualty_dual_before for v in proclitic_variants(tokens[i - 1].norm)):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].norm in _TWO_WORDS:
        return None
    if lex.casualty_dual_not_after and any(v.startswith(lex.casualty_dual_not_after) for j in (i - 2, i - 3)
                                           if j >= 0 for v in proclitic_variants(tokens[j].norm)):
        return None  # «كانوا متورطين في قتل شرطيين», «متهمين بقتل شرطيين»: a crime held against them, plural
    return lex.casualty_duals[tokens[i].norm]


def _agrees_with_dual(tokens: list[Token], i: int) -> bool:
    """«البلدين الشقيقين»: a definite dual right after a definite dual (or plural) is its adjective;
    the noun before is what is counted, not a second pair."""
    if i == 0 or not tokens[i].norm.startswith("ال"):
        return False
    prev = tokens[i - 1].norm
    return any(v.startswith("ال") and v.endswith(("ين", "ان")) and len(v) > 5 for v in proclitic_variants(prev)[:2])


def _dual_of(lex: _Lexicon, norm: str) -> str | None:
    for variant in proclitic_variants(norm):
        stem = dual_stem(variant)
        if stem is not None:
            return stem
    return None


def _construct_dual(lex: _Lexicon, norm: str) -> tuple[str, int] | None:
    """(stem, clitic letters) of a dual in construct before its genitive, the «ن» dropped: «رجلي
    [أمن]», «وعنصري [الشرطة]» (numbers.json duals "construct": nouns whose plural is broken, so that
    the form is a dual and not a plural; read only before one of its "next" words)."""
    if not lex.construct_duals:
        return None
    if norm in lex.construct_duals:
        return lex.construct_duals[norm], 0
    # A list of its own, narrower than core/text/clitics (no «ك», «فل», «وك», nor the article that
    # `proclitic_variants` also takes off): the shared one would read more words as duals.
    for k in (1, 2):
        if norm[:k] in ("و", "ف", "ب", "ل", "وب", "ول", "فب") and norm[k:] in lex.construct_duals:
            return lex.construct_duals[norm[k:]], k
    return None


def _dual_clitic(lex: _Lexicon, norm: str) -> int:
    """Letters of a conjunction and a preposition before a dual («[و]قائدين», «[ب]غارتين»,
    «[وب]غارتين»): no part of the number's span. The article stays («الغارتين»), and so does a
    first letter the stem needs («بندقيتين»: the stripped word must still be a dual)."""
    k = 0
    if norm[:1] in CONJUNCTIONS and _dual_of(lex, norm[1:]) is not None:
        k = 1
    if norm[k : k + 1] in PREPOSITIONS and not norm[k:].startswith("لل") and _dual_of(lex, norm[k + 1 :]) is not None:
        k += 1
    return k


def _qualified(lex: _Lexicon, tokens: list[Token], hit: NumberHit, earlier: list[NumberHit]) -> NumberHit:
    """Widen a number over «أكثر من» before it or «على الأقل» after it."""
    start, tok_start, qualifier = hit.start, hit.tok_start, None
    limit = earlier[-1].tok_end if earlier else 0
    k = tok_start
    if k - 1 >= limit and tokens[k - 1].norm in _ARTICLE:
        k -= 1
    for m in lex.before.find(tokens[max(limit, k - lex.before.max_len) : k]):
        if m.token_end == k - max(limit, k - lex.before.max_len):
            start, tok_start, qualifier = m.start, max(limit, k - lex.before.max_len) + m.token_start, m.payloads[0]
    end, tok_end = hit.end, hit.tok_end
    first = lex.after.match_at(tokens, tok_end, tok_end + lex.after.max_len)
    if first is not None:
        end, tok_end = first.end, first.token_end
        qualifier = qualifier or first.payloads[0]
    if (start, end) == (hit.start, hit.end):
        return hit
    return NumberHit(start, end, tok_start, tok_end, hit.value, hit.vague, qualifier, hit.kind, hit.noun)


@once_per_document
def numbers_by_sentence(doc: Document) -> list[list[NumberHit]]:
    """Numbers per sentence, computed once per document (casualties and weapons reuse them)."""
    return [
        sentence_numbers(doc.text[toks[0].start : toks[-1].end], toks, toks[0].start) if toks else []
        for toks in doc.sentence_tokens()
    ]


def find(doc: Document) -> list[Span]:
    return [
        doc.span(h.start, h.end, LABEL, SOURCE, **h.attrs())
        for sentence in numbers_by_sentence(doc)
        for h in sentence
    ]


def parse_number(text: str) -> int | float | None:
    """Value of the first number in `text` («ثلاثة عشر» → 13, «١٢» → 12, «عشرات» → 10), else None."""
    tokens = tokenize(text)
    if not tokens:
        return None
    hits = sentence_numbers(text, tokens, 0)
    return hits[0].value if hits else None


def person_stems() -> frozenset[str]:
    """Singular stems whose dual counts people («جنديين», «شخصين»), for casualty counts."""
    return _lex().person_stems
