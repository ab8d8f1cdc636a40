"""Cell-level safety shared by every writer: spreadsheet formulas and characters XML cannot hold.

A CSV or XLSX opened in a spreadsheet runs any cell that starts with `=`, `+`, `-` or `@` (and
tab/CR, which some programs strip before looking) as a formula: article text is untrusted input,
so such cells are neutralised. XML 1.0 (XLSX, KML, HTML) cannot hold most C0 control characters;
they are dropped there rather than failing the whole export on one odd article. An analyst's
note keeps its lines in every writer, split by `text_lines` alike.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_START: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

# XML 1.0 Char production minus what we keep: tab, LF, CR are legal; the rest of C0, lone
# surrogates and U+FFFE/U+FFFF are not.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Excel's hard limit on the characters of one cell. Excel counts UTF-16 code units: an emoji
# (outside the Basic Multilingual Plane) is two of them.
XLSX_CELL_LIMIT = 32_767


def is_formula_like(value: Any) -> bool:
    """True for text a spreadsheet would evaluate; numbers are never formulas."""
    return isinstance(value, str) and value.startswith(FORMULA_START)


def neutralise(value: Any) -> Any:
    """Prefix a quote to text a spreadsheet would evaluate (OWASP's CSV-injection advice).

    Only for CSV: a CSV cell has no type, so the apostrophe is the one signal every spreadsheet
    understands. XLSX cells carry a type and use `quotePrefix` instead (see xlsx.py), which keeps
    the value itself intact.
    """
    if is_formula_like(value):
        return "'" + value
    return value


def xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot represent (they would make the file unreadable)."""
    return _XML_ILLEGAL.sub("", text)


def fit_cell(text: str, limit: int = XLSX_CELL_LIMIT) -> str:
    """`text` cut to at most `limit` UTF-16 code units, ending with "…" when cut (never inside a pair)."""
    if len(text) * 2 <= limit:  # even all-astral it fits
        return text
    units = 0
    for i, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit or (units == limit and i + 1 < len(text)):  # keep one unit for the "…"
            return text[:i] + "…"
    return text


def text_lines(text: str | None) -> list[str]:
    """An analyst's text (a note, a highlight's quote) split at its line breaks, whichever the
    system wrote (\\r\\n, \\r or \\n): every writer that keeps a note's lines splits them alike."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
