"""Phrase matcher over normalised tokens: the one engine under gazetteers and lexicons.

Patterns are phrases in ordinary Arabic spelling; they are tokenised and normalised exactly like
article text, so hamza forms, ة/ه, ى/ي, diacritics and tatweel never block a match. The first token
of a match may carry proclitics («والبيضاء», «بمحافظة», «للتحالف»); the span then starts after
them, so offsets cover the name itself. Inner tokens must match exactly (after normalisation) —
inner conjunctions belong to the phrase («الحوثي والمخلوع صالح»). Longest match wins at each
position; matches do not overlap within one matcher.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

from camel_tools.utils.charsets import AR_DIAC_CHARSET

from core.text.clitics import proclitic_variants
from core.text.normalize import letters_in, normalize_token
from core.text.tokens import Token, tokenize

T = TypeVar("T")
_SKIP = set(AR_DIAC_CHARSET) | {"\u0640"}


# Not `frozen`, like `Token`: a frozen dataclass sets each field through `object.__setattr__`, which
# made building a match (about sixty an article) about four times slower. Matches are never changed
# once made, and hash and compare by their fields as before (`unsafe_hash`).
@dataclass(slots=True, unsafe_hash=True)
class Match(Generic[T]):
    start: int  # code-point offsets into the document text
    end: int
    token_start: int  # token indexes, end exclusive
    token_end: int
    payloads: tuple[T, ...]


@lru_cache(maxsize=20_000)
def pattern_key(phrase: str) -> tuple[str, ...]:
    """Normalised tokens of a phrase, punctuation left out. Cached: the incident step keys the
    same entity texts and cue words over and over.

    A full stop glued between two words stays («سي.إن.إن», «أ.ف.ب», «د.ب.أ»): text tokenises a
    dotted acronym into its letters and dots, so only a pattern that keeps them can match it."""
    toks = tokenize(phrase)
    return tuple(t.norm for k, t in enumerate(toks) if not t.is_punct or t.text in "-" or _glued_dot(toks, k))


def _glued_dot(toks: list[Token], k: int) -> bool:
    """Is token k a full stop between two words of letters, no space on either side?"""
    if toks[k].text != "." or k == 0 or k + 1 == len(toks):
        return False
    before, after = toks[k - 1], toks[k + 1]
    return before.end == toks[k].start and after.start == toks[k].end and before.text.isalpha() and after.text.isalpha()


def clitic_length(token_text: str, letters: int) -> int:
    """Code points of `token_text` that hold its first `letters` base letters (diacritics skipped).
    A presentation-form ligature holds more than one letter («ﻻ»: ل + ا); when the clitic ends
    inside one, the span starts at the ligature (a code point is never split, and the name keeps
    its first letter: «ﻟﻼﺟﺌﻴﻦ» read as لل + اجئين starts at «ﻼ»)."""
    seen = 0
    for i, ch in enumerate(token_text):
        if ch in _SKIP:
            continue
        held = letters_in(ch) if "\ufb50" <= ch <= "\ufefe" else 1
        if seen + held > letters:
            return i
        seen += held
    return len(token_text)


def clitic_letters(token: str, variant: str) -> int:
    """Letters of `token` before the matched `variant`; «للمقاومة» read as ل + ال + مقاومة has its
    article fused into the preposition, so both letters are clitics and the span starts at «مقاومة»."""
    if len(variant) == len(token) and variant != token and token.startswith("لل") and variant.startswith("ال"):
        return 2
    return len(token) - len(variant)


# A matcher remembers, per token form, which proclitic readings of it start a pattern. Bounded so
# a long bulk run over new vocabulary cannot grow it without end.
START_CACHE_LIMIT = 20_000
_NO_START: tuple[tuple[str, int, dict[Any, Any]], ...] = ()

# Which matchers may a word form start? Most forms start none, and about thirty matchers scan
# every token, so that answer is shared: each matcher owns one of ROOT_BITS bits, `_ROOTS` maps
# a first pattern word to the bits of the matchers that have it, and `_FORM_BITS` remembers per
# form the bits of all its proclitic readings. A new form is then worked out once per process
# (`form_bits`), not once per matcher; the per-matcher caches hold only forms whose bit is set.
# Bits are reused past ROOT_BITS matchers (tests make thousands): a shared bit can only say
# "maybe", and the matcher's own trie decides, so it costs a look, never a wrong match.
ROOT_BITS = 60
FORM_CACHE_LIMIT = 60_000
_ROOTS: dict[str, int] = {}
_FORM_BITS: dict[str, int] = {}
_matchers_made = 0


def form_bits(norm: str) -> int:
    """The bits of every matcher in which some proclitic reading of `norm` begins a pattern."""
    known = _FORM_BITS  # taken before `_ROOTS` is read: see `_add_root`
    bits = known.get(norm)
    if bits is None:
        bits = 0
        roots = _ROOTS
        for variant in proclitic_variants(norm):
            bits |= roots.get(variant, 0)
        if len(known) >= FORM_CACHE_LIMIT:
            known.clear()
        known[norm] = bits
    return bits


def _add_root(word: str, bit: int) -> None:
    """A matcher with `bit` now has patterns starting with `word`.

    Forms answered before may start this word now: the cache is replaced by a new one, made after
    `_ROOTS` holds the word (not cleared), so a worker thread still working a form out from the old
    `_ROOTS` stores its answer in the old cache, where no one reads it again (matchers are built
    lazily while other threads analyse)."""
    global _FORM_BITS
    bits = _ROOTS.get(word, 0)
    if not bits & bit:
        _ROOTS[word] = bits | bit
        _FORM_BITS = {}


class PhraseMatcher(Generic[T]):
    """A token trie; see the module docstring for what matches.

    Speed: every recogniser runs one or more matchers over every token of the document, so the
    per-token cost is what counts. The question "which of this token's proclitic readings begin
    a pattern?" depends only on the token's normalised form: whether any does is answered once per
    form for all matchers (`form_bits`), so a token that starts nothing costs one dictionary lookup,
    and the readings themselves are cached per form in the matcher (`_starts`).
    """

    def __init__(self, entries: Iterable[tuple[str, T]] = ()) -> None:
        global _matchers_made
        self._trie: dict[str, Any] = {}
        self._starts: dict[str, tuple[tuple[str, int, dict[Any, Any]], ...]] = {}
        self._bit = 1 << (_matchers_made % ROOT_BITS)  # see `form_bits`
        _matchers_made += 1
        self.max_len = 0
        for phrase, payload in entries:
            self.add(phrase, payload)

    def add(self, phrase: str, payload: T) -> None:
        self.add_key(pattern_key(phrase), payload)

    def add_key(self, key: tuple[str, ...], payload: T) -> None:
        """Add an already normalised key (e.g. one a build script stored with `pattern_key`)."""
        if not key:
            return
        _add_root(key[0], self._bit)
        node = self._trie
        for part in key:
            node = node.setdefault(part, {})
        node.setdefault(None, []).append(payload)
        self.max_len = max(self.max_len, len(key))
        if self._starts:
            self._starts.clear()

    def add_keys(self, entries: Iterable[tuple[tuple[str, ...], T]]) -> None:
        """`add_key` for many keys at once (the gazetteer's ≈100k names at load time)."""
        trie, max_len = self._trie, self.max_len
        for key, payload in entries:
            if not key:
                continue
            if key[0] not in trie:
                _add_root(key[0], self._bit)
            node = trie
            for part in key:
                child = node.get(part)
                if child is None:
                    child = node[part] = {}
                node = child
            bucket = node.get(None)
            if bucket is None:
                node[None] = [payload]
            else:
                bucket.append(payload)
            if len(key) > max_len:
                max_len = len(key)
        self.max_len = max_len
        self._starts.clear()

    def __contains__(self, phrase: str) -> bool:
        node: dict[str, Any] | None = self._trie
        for part in pattern_key(phrase):
            node = node.get(part) if node else None
        return bool(node and None in node)

    def _starts_of(self, norm: str) -> tuple[tuple[str, int, dict[Any, Any]], ...]:
        """(variant, clitic letters, trie node) for each reading of `norm` that begins a pattern,
        in `proclitic_variants` order (the first reading wins among equally long matches)."""
        found = self._starts.get(norm)
        if found is None:
            trie = self._trie
            found = _NO_START
            for variant in proclitic_variants(norm):  # most forms start nothing: no tuple built
                node = trie.get(variant)
                if node is not None:
                    found = (*found, (variant, clitic_letters(norm, variant), node))
            if len(self._starts) >= START_CACHE_LIMIT:
                self._starts.clear()
            self._starts[norm] = found
        return found

    def can_start(self, norm: str) -> bool:
        """Does some proclitic reading of a token with this normalised form begin a pattern?"""
        return bool(form_bits(norm) & self._bit) and bool(self._starts_of(norm))

    def _longest_from(
        self, tokens: list[Token], i: int, n: int, starts: tuple[tuple[str, int, dict[Any, Any]], ...] | None = None
    ) -> tuple[int, int, list[T]] | None:
        """(token_end, clitic_letters, payloads) of the longest match starting at token i that
        ends at or before token n. `starts`: `_starts_of(tokens[i].norm)` when the caller has it."""
        if starts is None:
            starts = self._starts_of(tokens[i].norm)
        if not starts:
            return None
        best: tuple[int, int, list[T]] | None = None
        for _variant, clitic, node in starts:
            j = i + 1
            while True:
                if None in node and (best is None or j > best[0]):
                    best = (j, clitic, node[None])
                if j >= n:
                    break
                node = node.get(tokens[j].norm)
                if node is None:
                    break
                j += 1
        return best

    def _match(self, tokens: list[Token], i: int, hit: tuple[int, int, list[T]]) -> Match[T]:
        end_tok, clitic_letters, payloads = hit
        first = tokens[i]
        start = first.start + clitic_length(first.text, clitic_letters) if clitic_letters else first.start
        return Match(start, tokens[end_tok - 1].end, i, end_tok, tuple(payloads))

    def find(self, tokens: list[Token]) -> Iterator[Match[T]]:
        n = len(tokens)
        starts, bit, known = self._starts, self._bit, _FORM_BITS
        i = 0
        while i < n:
            norm = tokens[i].norm
            bits = known.get(norm)
            if bits is None:
                bits = form_bits(norm)
            if not bits & bit:  # the common case: this form starts no pattern here
                i += 1
                continue
            found = starts.get(norm)
            if found is None:
                found = self._starts_of(norm)
            if not found:
                i += 1
                continue
            hit = self._longest_from(tokens, i, n, found)
            if hit is None:
                i += 1
                continue
            yield self._match(tokens, i, hit)
            i = hit[0]

    def match_at(self, tokens: list[Token], i: int, end: int | None = None) -> Match[T] | None:
        """The longest match that starts exactly at token i (within tokens[:end]), else None.

        Token indexes of the result are into `tokens`. The same as the first match of
        `find(tokens[i:end])` when that one starts at 0, without copying the slice.
        """
        n = len(tokens) if end is None else min(end, len(tokens))
        if i >= n or not form_bits(tokens[i].norm) & self._bit:
            return None
        hit = self._longest_from(tokens, i, n)
        return None if hit is None else self._match(tokens, i, hit)


class MatcherGroup:
    """Several matchers over the same tokens in one pass: `find_all(tokens)[k]` is exactly
    `list(matchers[k].find(tokens))`.

    The lexicon runs four matchers over every sentence; a token form that starts nothing in any
    of them (most) is then skipped once instead of four times.
    """

    def __init__(self, matchers: list[PhraseMatcher[Any]]) -> None:
        self.matchers = matchers
        self._bits = 0
        for m in matchers:
            self._bits |= m._bit

    def find_all(self, tokens: list[Token]) -> list[list[Match[Any]]]:
        matchers = self.matchers
        out: list[list[Match[Any]]] = [[] for _ in matchers]
        resume = [0] * len(matchers)  # each matcher's matches do not overlap: skip inside them
        group, known = self._bits, _FORM_BITS
        n = len(tokens)
        for i, tok in enumerate(tokens):
            bits = known.get(tok.norm)
            if bits is None:
                bits = form_bits(tok.norm)
            if not bits & group:
                continue
            for k, m in enumerate(matchers):
                if i < resume[k] or not bits & m._bit:
                    continue
                hit = m._longest_from(tokens, i, n)
                if hit is not None:
                    out[k].append(m._match(tokens, i, hit))
                    resume[k] = hit[0]
        return out


def match_sentences(matcher: PhraseMatcher[T], sentence_tokens: list[list[Token]]) -> Iterator[Match[T]]:
    """Matches never cross a sentence boundary."""
    for tokens in sentence_tokens:
        yield from matcher.find(tokens)


def normalized(phrase: str) -> str:
    """The normalised, space-joined key of a phrase (for dictionaries keyed by name)."""
    return " ".join(pattern_key(phrase)) or normalize_token(phrase)
