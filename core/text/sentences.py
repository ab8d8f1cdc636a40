"""Sentence splitting that knows Arabic punctuation and line breaks.

Boundaries: . ! ? ؟ ؛ (Arabic semicolon ends a clause-sentence in news prose), … and line breaks.
A full stop between digits (12.5) or after a single Latin capital (U.N.) is not a boundary.
Closing quotes and brackets after the mark stay with the sentence.
"""

from __future__ import annotations

import re

_END = re.compile(r"""(?:(?<!\d)\.(?!\d)|[!?؟؛…]|\.(?=\s|$))+[»"'”’)\]]*|\n+""")
_SPACE = re.compile(r"\s")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) code-point spans of sentences, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
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
