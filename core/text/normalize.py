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

Some texts are written in Arabic presentation forms (the contextual letter shapes and ligatures of
old encodings: «ﺍﻟﺤﻮﺛﻲ», «ﻻ»). `fold` turns them into letters (NFKC), so every matching form (token
norms, lexicon and gazetteer keys, the search copy) reads them as the letters they show. The
analysis reads the text through `unshaped`, which turns each one-letter form into its letter and
keeps the length, so the many rules that read words as written (a hamza, «ى», a proclitic's
letter) see letters and every offset is still one into the stored text. A ligature of two letters
in one code point («ﻻ» = ل + ا) stays: the norms read it, and `letters_in` tells span arithmetic
how many letters it holds.
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
# Arabic presentation forms A and B (contextual shapes, ligatures; U+FEFF, a mark, is no letter).
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def fold(text: str) -> str:
    """Fold letters that Arabic writers use interchangeably; keeps case of Latin text."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text).replace(TATWEEL, "")
    text = dediac_ar(text)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    return text.translate(_DIGITS) if _FOLDED_DIGIT.search(text) else text


def unshaped(text: str) -> str:
    """`text` with each presentation form that shows one letter turned into that letter («ﺇﺏ» →
    «إب»): hamza, «ى», «ة» and marks kept, for rules that read the letters as written («أ» is no
    «ال», «على» is no «علي»), not the folded norm. Same length as `text`, so its offsets are the
    text's: a ligature of two or more letters («ﻻ») stays as it is (the norms read it). A text
    without presentation forms is returned as it is."""
    if _PRESENTATION.search(text) is None:
        return text
    return _PRESENTATION.sub(_one_letter, text)


def _one_letter(match: re.Match[str]) -> str:
    ch = match.group()
    letter = unicodedata.normalize("NFKC", ch)
    return letter if len(letter) == 1 else ch


@lru_cache(maxsize=512)
def letters_in(ch: str) -> int:
    """Base letters one code point stands for once folded: 1 for a letter, 0 for a mark or tatweel,
    2 for a lam-alef ligature «ﻻ», 4 for «ﷲ»."""
    return len(fold(ch))


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
