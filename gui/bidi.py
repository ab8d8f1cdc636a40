"""Direction isolates for short snippets shown in left-to-right widgets (tables, labels).

An Arabic name next to a number or a Latin word in a cell is reordered by the bidi algorithm
unless it is isolated: "12 قتيلا" can render as "قتيلا 12" in the wrong place. Wrapping a snippet
in RLI…PDI (or FSI…PDI when its direction is unknown) keeps it one unit.
"""

from __future__ import annotations

import re
import unicodedata

from core.text.arabic import ARABIC_BLOCKS

RLI, LRI, FSI, PDI = "\u2067", "\u2066", "\u2068", "\u2069"
LRM = "\u200e"


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


_ARABIC = ARABIC_BLOCKS
_ARABIC_RUN = re.compile(f"[{_ARABIC}]+(?:[ \u00A00-9\u0660-\u0669]+[{_ARABIC}]+)*")  # «اللواء 35 مدرع» is one run


def isolate_arabic_runs(text: str) -> str:
    """Each Arabic run of a left-to-right sentence in its own RLI…PDI: «near مطار عدن (Aden): 10
    killed» keeps «: 10» after the name instead of the bidi algorithm pulling it into the run."""
    return _ARABIC_RUN.sub(lambda m: f"{RLI}{m.group(0)}{PDI}", text) if text else text


def isolate_path(path: object) -> str:
    """A file path, left to right in either interface, each folder and file name in its place.

    In a left-to-right isolate alone, an Arabic folder followed by an Arabic file name is one
    right-to-left run (a "/" between two Arabic letters takes their direction): «/data/وارد/تقرير.pdf»
    was shown as «/data/تقرير/وارد.pdf», the file before its folder. A left-to-right mark on each
    side of every separator keeps every name its own run, in the path's order."""
    return f"{LRI}{path_marks(path)}{PDI}"


def path_marks(path: object) -> str:
    """`path` with a left-to-right mark on each side of every separator when it holds Arabic (see
    `isolate_path`): in a left-to-right field it is drawn in its order, every name in its place."""
    text = str(path)
    if has_rtl(text):
        text = re.sub(r"[/\\]", lambda m: f"{LRM}{m.group(0)}{LRM}", text)
    return text


def strip_path_marks(text: str) -> str:
    """Inverse of `path_marks`: the path as the file system names it."""
    return text.replace(LRM, "")


_FILTER = re.compile(r"^(?P<name>.*?)(?P<space>\s*)(?P<patterns>\([^()]*\))$")


def file_filters(filters: str) -> str:
    """A file dialog's filters («Articles (*.txt *.json);;All files (*)») with each Arabic filter's
    patterns left to right. In the Arabic dialog «مقالات (*.txt *.json)» was shown as «مقالات (txt
    *.json.*»: the «*.» before the first extension sat between Arabic and Latin letters and took
    the Arabic direction. The patterns are isolated by a left-to-right isolate (LRI) put before
    their parenthesis and left open: it ends with the text, as an isolate does with no PDI. A PDI,
    or anything inside the parentheses, would break the filter: Qt reads the patterns only when the
    filter ends with «)» and holds nothing but pattern characters between the parentheses (a
    filter it cannot read becomes one pattern, its whole text, and no file matches)."""
    def one(text: str) -> str:
        match = _FILTER.match(text)
        if match is None or not has_rtl(match["name"]) or match["name"].endswith(LRI):
            return text
        return f"{match['name']}{match['space'] or ' '}{LRI}{match['patterns']}"

    return ";;".join(one(part) for part in filters.split(";;"))


def strip_isolates(text: str) -> str:
    """Inverse of `isolate`, for tests and clipboard copies."""
    return text.translate({ord(c): None for c in (RLI, LRI, FSI, PDI)})
