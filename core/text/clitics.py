"""Proclitic handling: «بمحافظة» → «محافظة», «والبيضاء» → «البيضاء» / «بيضاء».

We do not segment morphologically (camel-tools' analyser needs data packages we cannot ship);
instead every token offers a short list of candidate stems, longest first, and lexicon lookups
try each. Candidates keep the article «ال» variant so «وال» + «بيضاء» matches «البيضاء».
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import TypeVar

# Conjunctions, prepositions, article, in the order they stack: و/ف + ب/ل/ك + ال
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
# A token opening with one of these is definite («الخسائر», «والهجوم», «للمدينة»): its article told
DEFINITE_FORMS = ("ال", "وال", "فال", "بال", "لل", "ولل")
MIN_STEM = 2
V = TypeVar("V")


@lru_cache(maxsize=60_000)
def proclitic_variants(norm: str) -> tuple[str, ...]:
    """Candidate forms of a normalised token with proclitics removed, the token itself first."""
    out: list[str] = [norm]

    def add(form: str) -> None:
        if len(form) >= MIN_STEM and form not in out:
            out.append(form)

    rest = [norm]
    for conj in CONJUNCTIONS:
        if norm.startswith(conj) and len(norm) - 1 >= MIN_STEM:
            rest.append(norm[1:])
    stage2 = list(rest)
    for form in rest:
        if form.startswith("لل") and len(form) > 3:  # لل = ل + ال
            stage2.append("ال" + form[2:])
        for prep in PREPOSITIONS:
            if form.startswith(prep) and len(form) - 1 >= MIN_STEM:
                stage2.append(form[1:])
    for form in stage2:
        add(form)
        if form.startswith("ال") and len(form) - 2 >= MIN_STEM:
            add(form[2:])
    return tuple(out)


def variant_in(norm: str, words: Collection[str], depth: int | None = None) -> bool:
    """The token, or a form of it with proclitics removed (`proclitic_variants`), is one of `words`.

    `depth` bounds how many proclitics may come off, outermost first along the first reading:
    the token and the first `depth` candidates, `proclitic_variants(norm)[:depth + 1]`.
    depth=1 — the token, or the token without its outer «و ف ب ل ك» or article («لل» → «ال»):
    «والبيضاء» is tried as «البيضاء», not «بيضاء»; «البيضاء» as «بيضاء»; «للقاء» as «القاء».
    depth=2 — one more: «والبيضاء» → «بيضاء», «بالحرب» → «حرب», «وبمحافظه» → «محافظه».
    None (the default) — every candidate, other readings too («للقاء» → «لقاء», ل + «لقاء»)."""
    for form in proclitic_variants(norm)[:None if depth is None else depth + 1]:
        if form in words:
            return True
    return False


def any_variant_in(norms: Iterable[str], words: Collection[str], depth: int | None = None) -> bool:
    """`variant_in` for any of several tokens («… شمال …» among the words before a place)."""
    end = None if depth is None else depth + 1
    for norm in norms:
        for form in proclitic_variants(norm)[:end]:
            if form in words:
                return True
    return False


def conj_in(norm: str, words: Collection[str]) -> bool:
    """The token is one of `words` bare or right after the conjunction «و/ف» only («وكما»,
    «فقصفت»; not «بقصف»)."""
    return norm in words or (norm[:1] in CONJUNCTIONS and norm[1:] in words)


def indefinite_in(norm: str, words: Collection[str]) -> bool:
    """The token is one of `words` itself or behind its proclitics, but not behind the article:
    «وأضاف», «فبحسب» and «مدني» are; «التابع» is no «تابع», «المدني» no «مدني» (the bare words of
    these lists are verbs, prepositions or indefinite nouns)."""
    forms = proclitic_variants(norm)
    return any(f in words and "ال" + f not in forms for f in forms)


def strip_proclitics(norm: str) -> str:
    """The shortest candidate stem (used as a tagger feature)."""
    return min(proclitic_variants(norm), key=len)


def prefixed_forms(prefixes: Iterable[str], words: Mapping[str, V]) -> dict[str, V]:
    """Every written form of the words behind one of `prefixes` («» first for the bare word) → the
    word's value, for one dictionary read per token; where two readings spell the same form, the
    earlier prefix wins."""
    forms: dict[str, V] = {}
    for prefix in prefixes:
        for word, value in words.items():
            forms.setdefault(prefix + word, value)
    return forms
