"""Arabic counted nouns for the texts core writes in Arabic (the Arabic report; no Qt here;
gui/i18n.py re-exports `arabic_count` for the interface), and whether a text holds Arabic letters
(`has_arabic`, over `ARABIC_BLOCKS`: the one definition the reports, the transliteration and the
interface's direction marks use)."""

from __future__ import annotations

import re

# The Arabic blocks: Arabic, Arabic Supplement, Arabic Extended-A and the two presentation-form blocks
# (a character class's inside: `f"[{ARABIC_BLOCKS}]"`).
ARABIC_BLOCKS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_LETTER = re.compile(f"[{ARABIC_BLOCKS}]")


def has_arabic(text: str | None) -> bool:
    """`text` holds a character of the Arabic blocks (`ARABIC_BLOCKS`)."""
    return bool(text) and _ARABIC_LETTER.search(text) is not None


def arabic_count(n: int, forms: tuple[str, str, str, str, str]) -> str:
    """`n` with its counted Arabic noun in the agreeing form.

    `forms` = (one, two, plural, accusative singular, genitive singular), e.g. for حادثة:
    ("حادثة واحدة", "حادثتان", "حوادث", "حادثةً", "حادثة"). 1 and 2 are written as words;
    otherwise the last two digits decide: 3–10 take the plural ("3 حوادث", "103 حوادث"),
    11–99 the accusative singular ("11 حادثةً"), and 0, 100, 101, 1000… the genitive singular.
    """
    if n == 1:
        return forms[0]
    if n == 2:
        return forms[1]
    tail = abs(n) % 100
    noun = forms[2] if 3 <= tail <= 10 else forms[3] if 11 <= tail <= 99 else forms[4]
    return f"{n:,} {noun}" if abs(n) >= 1000 else f"{n} {noun}"
