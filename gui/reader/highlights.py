"""Which stretches of the article the reader colours, computed without Qt.

Entity spans come in code-point offsets. Before they are drawn they are snapped out to whole
words: colouring part of an Arabic word can break letter joining in some fonts, and a highlight
that stops inside a word also reads as a bug. Clitics stay inside the highlight (و+المقاومة is
coloured as one word), which is what a reader expects.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate  # plain function: works before a QApplication exists

# Characters that join a word although they are not letters or digits.
_JOINERS = frozenset("\u200c\u200d\u0640")  # ZWNJ, ZWJ, tatweel


def is_word_char(ch: str) -> bool:
    return ch in _JOINERS or unicodedata.category(ch)[0] in "LMN"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) widened so neither end falls inside a word; clamped to the text."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if start < end:
        while start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
            start -= 1
        while end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
            end += 1
    return start, end


@dataclass(frozen=True, slots=True)
class Highlight:
    """One coloured stretch: whole-word offsets plus the entity it comes from."""

    start: int
    end: int
    label: str
    source: str = ""
    text: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)
    span: tuple[int, int] | None = None  # the entity's own offsets (start, end are snapped to words)


def build_highlights(text: str, entities: Iterable[Mapping[str, Any]]) -> list[Highlight]:
    """Highlights for entity dicts (start, end, label, source, text, attrs), sorted by start.

    Spans that are empty or outside the text are dropped rather than drawn in the wrong place.
    """
    out: list[Highlight] = []
    for ent in entities:
        try:
            start, end = int(ent["start"]), int(ent["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if not 0 <= start < end <= len(text):
            continue
        s, e = snap_to_words(text, start, end)
        out.append(
            Highlight(s, e, str(ent.get("label", "MISC")), str(ent.get("source", "")),
                      str(ent.get("text") or text[start:end]), dict(ent.get("attrs") or {}), (start, end))
        )
    out.sort(key=lambda h: (h.start, -h.end))
    return out


def highlight_at(highlights: list[Highlight], offset: int, visible: set[str] | None = None) -> Highlight | None:
    """The innermost visible highlight covering `offset` (used for hover tooltips)."""
    best: Highlight | None = None
    for h in highlights:
        if h.start > offset:
            break
        if h.start <= offset < h.end and (visible is None or h.label in visible):
            if best is None or h.end - h.start < best.end - best.start:
                best = h
    return best


# attrs already said in words by `tooltip_lines`; any other plain attr is listed after them.
_EXPLAINED = frozenset(("name_ar", "name_en", "kind", "admin1_ar", "admin1_en", "admin2_ar", "admin2_en", "country",
                        "lat", "lon", "actor_type", "inter", "place_id", "id", "alternatives", "name_start",
                        "name_end", "head", "approx", "iso", "generic", "geo_precision"))
ACTOR_TYPES = {"state": QT_TRANSLATE_NOOP("EntityTooltip", "state forces"),
               "rebel": QT_TRANSLATE_NOOP("EntityTooltip", "rebel group"),
               "political_militia": QT_TRANSLATE_NOOP("EntityTooltip", "political militia"),
               "identity_militia": QT_TRANSLATE_NOOP("EntityTooltip", "identity militia"),
               "external": QT_TRANSLATE_NOOP("EntityTooltip", "external/other force"),
               "civilians": QT_TRANSLATE_NOOP("EntityTooltip", "civilians"),
               "protesters": QT_TRANSLATE_NOOP("EntityTooltip", "protesters"),
               "rioters": QT_TRANSLATE_NOOP("EntityTooltip", "rioters"),
               "other": QT_TRANSLATE_NOOP("EntityTooltip", "other")}
# The tooltip's first word: the label's code in English (as in exports), a display name once translated.
LABEL_CODES = (QT_TRANSLATE_NOOP("EntityLabel", "PERSON"), QT_TRANSLATE_NOOP("EntityLabel", "LOCATION"),
               QT_TRANSLATE_NOOP("EntityLabel", "ORGANIZATION"), QT_TRANSLATE_NOOP("EntityLabel", "ARMED_ACTOR"),
               QT_TRANSLATE_NOOP("EntityLabel", "WEAPON"), QT_TRANSLATE_NOOP("EntityLabel", "NUMBER"),
               QT_TRANSLATE_NOOP("EntityLabel", "CASUALTY"), QT_TRANSLATE_NOOP("EntityLabel", "DATE"),
               QT_TRANSLATE_NOOP("EntityLabel", "SOURCE"), QT_TRANSLATE_NOOP("EntityLabel", "MISC"))


def tooltip_lines(h: Highlight) -> list[str]:
    """Plain-text lines describing a highlight, most useful first: what it is and the words,
    the canonical Arabic and English names, for places the admin hierarchy and coordinates,
    for actors their ACLED type; then the remaining plain attrs and the recogniser."""
    a = h.attrs
    kind = str(a.get("kind") or "").replace("_", " ")
    label = translate("EntityLabel", h.label)
    lines = [f"{label}{' · ' + kind if kind else ''}: {h.text}"]
    names = [str(a[k]) for k in ("name_ar", "name_en") if a.get(k)]
    if names:
        lines.append(" — ".join(names))
    admin = [" / ".join(dict.fromkeys(str(a[k]) for k in keys if a.get(k)))
             for keys in (("admin2_ar", "admin2_en"), ("admin1_ar", "admin1_en"), ("country",))]
    admin = [x for x in admin if x]
    if admin:
        lines.append(translate("EntityTooltip", "in %1").replace("%1", " › ".join(admin)))
    if isinstance(a.get("lat"), (int, float)) and isinstance(a.get("lon"), (int, float)):
        lat, lon = float(a["lat"]), float(a["lon"])
        lines.append(f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}")
    if a.get("actor_type"):
        kind_name = str(a["actor_type"])
        actor_type = translate("EntityTooltip", ACTOR_TYPES[kind_name]) if kind_name in ACTOR_TYPES else kind_name
        lines.append(translate("EntityTooltip", "actor type: %1").replace("%1", actor_type)
                     + (" " + translate("EntityTooltip", "(ACLED inter %1)").replace("%1", str(a["inter"]))
                        if a.get("inter") else ""))
    for key, value in a.items():
        if key not in _EXPLAINED and value not in (None, "", [], {}) and not isinstance(value, (dict, list)):
            lines.append(f"{key}: {value}")
    if h.source:
        lines.append(translate("EntityTooltip", "found by: %1").replace("%1", h.source))
    return lines


def user_highlight_at(highlights: Iterable[Mapping[str, Any]], offset: int) -> Mapping[str, Any] | None:
    """The analyst's highlight covering `offset` (the shortest, when they overlap)."""
    best: Mapping[str, Any] | None = None
    for h in highlights:
        if int(h["start"]) <= offset < int(h["end"]) and (
                best is None or int(h["end"]) - int(h["start"]) < int(best["end"]) - int(best["start"])):
            best = h
    return best
