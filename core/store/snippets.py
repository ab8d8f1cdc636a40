"""Search snippets: the original text around the first hit, the matched words marked.

The index holds folded copies («للمقاومه», «الي 25»), but the analyst reads what the article
says («للمقاومة», «إلى ٢٥»). The words of the match expression are found in a folded copy that
keeps a map back to the original (`core.text.folded.FoldedText`), and the snippet is cut from
the original. SQLite's snippet() cannot do this: it can only quote the indexed (folded) column.
"""

from __future__ import annotations

import re

from core.text.folded import FoldedText

# Marks around matched words: control characters never found in article text, so the GUI can
# turn them into highlighting without mistaking brackets in the text for hits.
HIT_START, HIT_END = "\x02", "\x03"


def hit_pattern(match: str) -> re.Pattern[str]:
    """A regex over folded text for the words of an FTS match expression (quoted terms, `*` for
    a prefix)."""
    alternatives = []
    for term, star in re.findall(r'"((?:[^"]|"")*)"( \*)?', match):
        words = [re.escape(w) for w in term.replace('""', '"').split()]
        if words:
            alternatives.append(r"\s+".join(words) + (r"\w*" if star else r"(?!\w)"))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives or ["(?!)"]) + ")")


def snippet(
    text: str,
    pattern: re.Pattern[str],
    *,
    marks: tuple[str, str] = (HIT_START, HIT_END),
    before: int = 30,
    after: int = 110,
) -> str:
    """`text` (original, not folded) around its first hit, every hit inside the window between
    `marks`, whitespace runs made one space ("" when nothing matches). Computed in Python
    because SQLite's snippet() re-reads and re-tokenises each whole article (≈1 ms each), too
    slow for a 200-row page, and can only show the folded copy."""
    folded = FoldedText(text)
    hits = [folded.span(m.start(), m.end()) for m in pattern.finditer(folded.folded) if m.end() > m.start()]
    if not hits:
        return ""
    start, end = hits[0]
    lo = max(0, start - before)
    hi = min(len(text), end + after)
    while lo > 0 and not text[lo - 1].isspace() and start - lo < before + 20:
        lo -= 1  # do not cut the first word in half
    while hi < len(text) and not text[hi].isspace() and hi - end < after + 20:
        hi += 1
    parts: list[str] = []
    at = lo
    for s, e in hits:
        if s >= at and e <= hi:
            parts += [text[at:s], marks[0], text[s:e], marks[1]]
            at = e
    parts.append(text[at:hi])
    window = " ".join("".join(parts).split())
    return ("…" if lo > 0 else "") + window + ("…" if hi < len(text) else "")
