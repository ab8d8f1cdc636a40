"""A text folded for search with a map back to the original's code points.

Search works on folded text, but the analyst reads the original: a hit found in the folded copy
must be shown, marked or selected at its exact place in the original, which folding shifts
(diacritics, tatweel and invisible marks vanish, a lam-alef ligature becomes two letters).
Each character is folded on its own with `fold_for_search`, so every folded character comes from
exactly one original character; the map keeps only the places where lengths differ.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.text.normalize import fold_for_search

# What each character seen so far folds to (when not to itself), learned on first sight.
_FOLDS: dict[str, str] = {}
_KNOWN: set[str] = set()
_UNKNOWN = re.compile(r"[\s\S]")  # no character is known yet
_CHANGED = re.compile(r"(?!)")
# Characters whose fold is not exactly one character: the only places the map needs a step.
_ODD: set[str] = set()
_ODD_CHARS = re.compile(r"(?!)")


def _class(chars: set[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def _learn(text: str) -> None:
    """Fold each character not seen before. Regexes find the few changed or unseen characters
    in C; str.translate with a dict would look up every character (≈6× slower on an article)."""
    global _UNKNOWN, _CHANGED, _ODD_CHARS
    unseen = set(_UNKNOWN.findall(text))
    if not unseen:
        return
    for ch in unseen:
        folded = fold_for_search(ch)
        if folded != ch:
            _FOLDS[ch] = folded
        if len(folded) != 1:
            _ODD.add(ch)
    if _FOLDS:
        _CHANGED = re.compile(f"[{_class(set(_FOLDS))}]")
    if _ODD:
        _ODD_CHARS = re.compile(f"[{_class(_ODD)}]")
    # Last: a thread that finds nothing new must already see the patterns above.
    _KNOWN.update(unseen)
    _UNKNOWN = re.compile(f"[^{_class(_KNOWN)}]")


class FoldedText:
    """`folded` is `text` folded for search; `span` maps a range of it back to `text`."""

    __slots__ = ("text", "folded", "_fold_starts", "_text_starts")

    def __init__(self, text: str) -> None:
        _learn(text)
        self.text = text
        self.folded = _CHANGED.sub(lambda m: _FOLDS[m.group()], text)
        # Sorted steps (folded offset, original offset); between steps both advance together.
        self._fold_starts = [0]
        self._text_starts = [0]
        f = done = 0
        for match in _ODD_CHARS.finditer(text):
            i = match.start()
            f += i - done
            for _ in _FOLDS.get(text[i], text[i]):  # each folded character comes from i
                self._fold_starts.append(f)
                self._text_starts.append(i)
                f += 1
            self._fold_starts.append(f)
            self._text_starts.append(i + 1)
            done = i + 1

    def origin(self, pos: int) -> int:
        """The original offset of the folded character at `pos`."""
        k = bisect_right(self._fold_starts, pos) - 1
        return self._text_starts[k] + pos - self._fold_starts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original range of the folded range [start, end), with the diacritics that follow
        its last letter (they folded away but belong to it)."""
        if end <= start:
            at = self.origin(start) if start < len(self.folded) else len(self.text)
            return at, at
        first = self.origin(start)
        last = self.origin(end - 1) + 1
        while last < len(self.text) and not _FOLDS.get(self.text[last], self.text[last]):
            last += 1
        return first, last

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """(start, end) original ranges of every non-overlapping occurrence, in order."""
        key = fold_for_search(needle)
        if not key.strip():
            return []
        hits: list[tuple[int, int]] = []
        pos = self.folded.find(key)
        while pos != -1:
            hits.append(self.span(pos, pos + len(key)))
            pos = self.folded.find(key, pos + len(key))
        return hits
