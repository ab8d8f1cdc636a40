"""Cell-level safety shared by every writer: spreadsheet formulas and characters XML cannot hold.

A CSV or XLSX opened in a spreadsheet runs any cell that starts with `=`, `+`, `-` or `@` (and
tab/CR, which some programs strip before looking) as a formula: article text is untrusted input,
so such cells are neutralised. XML 1.0 (XLSX, KML, HTML) cannot hold most C0 control characters;
they are dropped there rather than failing the whole export on one odd article.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_START: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

# XML 1.0 Char production minus what we keep: tab, LF, CR are legal; the rest of C0, lone
# surrogates and U+FFFE/U+FFFF are not.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Excel's hard limit on the characters of one cell.
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
