"""English counted nouns for the messages and exports core writes (no Qt here; gui/i18n.py uses it too)."""

from __future__ import annotations


def plural(text: str, *counts: int) -> str:
    """`text` with each English "(s)" resolved: the k-th "(s)" follows `counts[k]` (the last
    count for any further ones), "" for 1 and "s" otherwise: "36 incident(s)" -> "36 incidents",
    "1 incident(s)" -> "1 incident".

    The GUI's English has no translation file, so a `tr(..., n)` numerus text comes back as its
    source with its "(s)"; the Arabic translations never contain "(s)" and pass unchanged. The CLI
    and the exports (reports, KML, CSV flags) write their English counts through it too.
    """
    if not counts or "(s)" not in text:
        return text
    parts = text.split("(s)")
    out = [parts[0]]
    for k, rest in enumerate(parts[1:]):
        out.append(("" if abs(counts[min(k, len(counts) - 1)]) == 1 else "s") + rest)
    return "".join(out)
