"""Arabic normalisation through camel-tools.

Two uses of "the same letters":
- `normalize_token` folds one token for matching against gazetteers, lexicons and the tagger;
- `fold_for_search` folds a whole text for the full-text index (the original stays for display).

Folding (`fold`, both uses): Unicode compatibility forms (presentation forms → letters),
diacritics and tatweel removed, alef variants (أ إ آ ٱ) → ا, alef maksura ى → ي, teh marbuta
ة → ه, Arabic-Indic and Persian digits → ASCII digits.

Search folds one step further: a hamza on a seat becomes its seat (ؤ → و, ئ → ي), since
writers disagree on it («مسئول»/«مسؤول», «شئون»/«شؤون») or leave it out («مسوول»). The
tagger's and the incident rules' lexicons are keyed on `fold`, so this step is for search
alone. The hamza on the line (ء) is kept: dropping it would make «ماء» «ما» and «سوء» «سوى».
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

TATWEEL = "\u0640"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# str.translate looks every character up in a dict: 0.2 ms for an article, where a search that
# finds no digit to fold (most texts) is a tenth of that.
_FOLDED_DIGIT = re.compile("[٠-٩۰-۹]")
# Zero-width and directional marks that hide inside copied Arabic text.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_HAMZA_SEATS = str.maketrans("ؤئ", "وي")


def fold(text: str) -> str:
    """Fold letters that Arabic writers use interchangeably; keeps case of Latin text."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text).replace(TATWEEL, "")
    text = dediac_ar(text)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    return text.translate(_DIGITS) if _FOLDED_DIGIT.search(text) else text


@lru_cache(maxsize=60_000)
def normalize_token(token: str) -> str:
    """Normalised form of one token, used as the key in every lexicon lookup."""
    return fold(token).lower()


def fold_for_search(text: str) -> str:
    """Folded text for the full-text index and for search queries (hamza seats folded too).

    Databases store a copy folded by this function: changing it needs a store migration that
    refolds them (`core.store.migrations.refold_search_copies`)."""
    return search_fold_of(fold(text).lower())


def search_fold_of(lowered_fold: str) -> str:
    """`fold_for_search` of a text whose `fold(text).lower()` is already at hand (the importer
    hashes that same fold: folding once serves both). Two replaces, the same as translating by
    _HAMZA_SEATS: translate reads a whole article's characters through a dict (0.18 ms)."""
    return lowered_fold.replace("ؤ", "و").replace("ئ", "ي")
