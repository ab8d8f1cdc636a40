"""Direction isolates for short snippets shown in left-to-right widgets (tables, labels).

An Arabic name next to a number or a Latin word in a cell is reordered by the bidi algorithm
unless it is isolated: "12 قتيلا" can render as "قتيلا 12" in the wrong place. Wrapping a snippet
in RLI…PDI (or FSI…PDI when its direction is unknown) keeps it one unit.
"""

from __future__ import annotations

import unicodedata

RLI, LRI, FSI, PDI = "\u2067", "\u2066", "\u2068", "\u2069"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def isolate(text: str) -> str:
    """`text` wrapped so it cannot reorder its neighbours; plain LTR text is returned unchanged."""
    if not text or not has_rtl(text):
        return text
    return f"{RLI}{text}{PDI}"


def isolate_auto(text: str) -> str:
    """`text` in a first-strong isolate (FSI…PDI): it keeps its own direction whatever the widget's.

    For whole messages (status bar, counts) whose language is only known at run time: in the
    right-to-left Arabic window "102 entities, 8 incidents" would otherwise render as
    "entities, 8 incidents 102"; an Arabic message in an English window is kept whole too.
    """
    return f"{FSI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    """Inverse of `isolate`, for tests and clipboard copies."""
    return text.translate({ord(c): None for c in (RLI, LRI, FSI, PDI)})
