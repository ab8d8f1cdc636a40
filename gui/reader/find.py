"""Find in article: every occurrence of what the analyst typed, Arabic spelling folded.

The article text is never changed; a folded copy is built once per article together with the
code-point offset each folded character came from, so a hit in the copy maps back to exact
offsets in the original. Folding is `fold_for_search` applied character by character: diacritics
and tatweel vanish, hamza forms of alef, ى/ي and ة/ه meet, Latin case is ignored, Arabic-Indic
digits match ASCII ones, so «الاعلامي» finds «الإعلامي» and «المركز» finds «المَركز».
"""

from __future__ import annotations

from functools import lru_cache

from core.text.normalize import fold_for_search


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold_for_search(ch)


class FoldedText:
    """A text's folded copy with a map back to the original code points."""

    __slots__ = ("text", "folded", "_origin")

    def __init__(self, text: str) -> None:
        self.text = text
        parts: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(text):
            folded = _fold_char(ch)
            parts.append(folded)
            origin.extend([i] * len(folded))
        self.folded = "".join(parts)
        self._origin = origin

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """(start, end) code-point ranges of every non-overlapping occurrence, in order."""
        key = fold_for_search(needle)
        if not key.strip():
            return []
        hits: list[tuple[int, int]] = []
        pos = self.folded.find(key)
        while pos != -1:
            start = self._origin[pos]
            end = self._origin[pos + len(key) - 1] + 1
            # A diacritic right after the last letter belongs to the hit (it folded away).
            while end < len(self.text) and not _fold_char(self.text[end]):
                end += 1
            hits.append((start, end))
            pos = self.folded.find(key, pos + len(key))
        return hits
