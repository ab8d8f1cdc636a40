"""Code-point offsets <-> QTextDocument positions: the one place this conversion happens.

Core spans count Python code points. A QTextDocument filled with `setPlainText(text)` counts
UTF-16 code units, and it turns line breaks into paragraph separators (U+2029):
- a character outside the Basic Multilingual Plane (emoji, some CJK) is two units, so every later
  position shifts by one;
- "\\r\\n" becomes ONE separator, so every later position shifts back by one;
- a lone "\\r", a lone "\\n" (and U+2029, U+FDD0, U+FDD1) each become one separator: one unit,
  no shift. U+2028 stays a line separator inside the paragraph: one unit, no shift.

The reader always sets the untouched article text with `setPlainText`, so these rules are the
whole mapping. They are checked against a real QTextDocument by a property test
(tests/gui/test_offsets.py); this module itself needs no Qt.

Both directions are O(log n) by binary search over the few places where the shift changes.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

# Characters that QTextDocument.setPlainText turns into a paragraph separator (U+2029).
PARAGRAPH_BREAKS = frozenset("\r\n\u2029\ufdd0\ufdd1")


class OffsetMap:
    """Maps offsets of `text` to positions in a QTextDocument holding `setPlainText(text)`.

    Internally: a sorted list of "events" at code-point index j, each shifting every offset
    i > j by +1 (an astral character at j) or -1 (the "\\n" of a "\\r\\n" at j).
    """

    __slots__ = ("_len", "_cp_events", "_shift_after", "_qt_starts", "_qt_len")

    def __init__(self, text: str) -> None:
        self._len = len(text)
        events: list[tuple[int, int]] = []
        for j, ch in enumerate(text):
            if ord(ch) > 0xFFFF:
                events.append((j, +1))
            elif ch == "\n" and j > 0 and text[j - 1] == "\r":
                events.append((j, -1))
        self._cp_events = [j for j, _ in events]
        # shift in force after the k-th event (index k) for offsets i > cp_events[k]
        self._shift_after = list(accumulate(d for _, d in events))
        # Segment k+1 starts at code point cp_events[k] + 1; its Qt position:
        self._qt_starts = [j + 1 + s for j, s in zip(self._cp_events, self._shift_after)]
        self._qt_len = self._len + (self._shift_after[-1] if events else 0)

    @property
    def text_length(self) -> int:
        """Length of the text in code points."""
        return self._len

    @property
    def qt_length(self) -> int:
        """Number of Qt positions the text occupies (the document adds one final separator)."""
        return self._qt_len

    def to_qt(self, offset: int) -> int:
        """Qt position of code-point `offset` (0..len(text)); the end of a span maps exactly."""
        if not 0 <= offset <= self._len:
            raise IndexError(f"offset {offset} outside 0..{self._len}")
        k = bisect_right(self._cp_events, offset - 1)  # events at j < offset
        return offset + (self._shift_after[k - 1] if k else 0)

    def from_qt(self, position: int) -> int:
        """Code-point offset at Qt `position`, clamped to the text.

        A position inside a surrogate pair gives the character that pair encodes; the position
        after a "\\r\\n" separator gives the offset after the "\\n".
        """
        position = max(0, min(position, self._qt_len))
        k = bisect_right(self._qt_starts, position)  # segments starting at or before position
        if k == 0:
            seg_cp, seg_qt = 0, 0
        else:
            seg_cp, seg_qt = self._cp_events[k - 1] + 1, self._qt_starts[k - 1]
        seg_end = self._cp_events[k] if k < len(self._cp_events) else self._len
        return min(seg_cp + (position - seg_qt), seg_end)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        """Qt (start, end) of the code-point range [start, end)."""
        return self.to_qt(start), self.to_qt(end)


def qt_char_for(ch: str) -> str:
    """The character QTextDocument shows at the (first) position of code point `ch`.

    Used by tests and by the reader's self-check: separators replace breaks, and an astral
    character starts with its high surrogate.
    """
    if ch in PARAGRAPH_BREAKS:
        return "\u2029"
    code = ord(ch)
    if code > 0xFFFF:
        return chr(0xD800 + ((code - 0x10000) >> 10))
    return ch
