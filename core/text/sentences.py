"""Sentence splitting that knows Arabic punctuation and line breaks.

Boundaries: . ! ? ؟ ؛ (Arabic semicolon ends a clause-sentence in news prose), … and line breaks.
A full stop between digits (12.5), between Latin letters (www.x.com) or after a one-letter word
(«(أ.ف.ب)», «د. أحمد», «U.N.»; not a number's «2015 م.», «10 ص.») is not a boundary; one glued to the next word («في عدن.وقال») is.
Nor is a dot inside a Latin acronym spelt in Arabic letter names with no space («سي.إن.إن», «بي.بي.سي»,
«إن.بي.سي»): every dotted part the Arabic name of a Latin letter (not «بعد.من», «فقط.وفي»).
Closing quotes and brackets after the mark stay with the sentence.
"""

from __future__ import annotations

import re

# A full stop ends a sentence unless it follows a one-letter word (initials and abbreviations: «أ.ف.ب»,
# «د. أحمد», «U.N.»; a number's unit or era, «2015 م.», still ends it), stands between digits (12.5)
# or between Latin letters or digits (www.x.com).
_LETTER = r"[^\W\d_]"
_DOT = (rf"""(?:(?<=\d\s{_LETTER})|(?<![\s(\[«"'.]{_LETTER})(?<!^{_LETTER}))"""
        r"""(?:\.(?=[\s»"'”’)\]]|$)|(?<![\dA-Za-z])\.(?!\d)|\.(?![\dA-Za-z]))""")
# The lookahead first: every match starts with one of these characters, and without it the engine
# tried _DOT's lookbehinds at every position of the text (sentence splitting 0.20 → 0.07 ms an article)
_END = re.compile(rf"""(?=[!?؟؛….\n])(?:(?:[!?؟؛…]|\.{{2,}}|{_DOT})+[»"'”’)\]]*|\n+)""")
_SPACE = re.compile(r"\s")

# Latin letters as Arabic news spells them («سي» C, «إن» N, «إتش» H …): two or more joined by dots
# with no space are one acronym («سي.إن.إن», «بي.بي.سي», «إم.بي.سي»), a proclitic allowed on the first
_LETTER_NAMES = ("إيه", "ايه", "أيه", "إي", "اي", "بي", "سي", "دي", "إف", "اف", "جي", "إتش", "اتش", "آي",
                 "جيه", "كي", "كيه", "إل", "ال", "إم", "ام", "إن", "ان", "أو", "او", "كيو", "آر", "ار",
                 "إس", "اس", "تي", "يو", "في", "دبليو", "إكس", "اكس", "واي", "زد")
_NAME = "(?:" + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True)) + ")"
_GLUED_DOT = re.compile(rf"{_LETTER}\.{_LETTER}")  # no acronym without one: most texts skip the search
_ACRONYM = re.compile(rf"(?<!{_LETTER})(?:[وبل]|ال)?{_NAME}(?:\.{_NAME})+(?!{_LETTER})")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) code-point spans of sentences, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    # «سي.إن.إن»: an acronym's dots end nothing
    inner = {m.start() + k for m in _ACRONYM.finditer(text) for k, ch in enumerate(m.group()) if ch == "."} \
        if _GLUED_DOT.search(text) else set()
    for match in _END.finditer(text):
        if match.start() in inner and match.group() == ".":
            continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and _SPACE.match(text, start):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
