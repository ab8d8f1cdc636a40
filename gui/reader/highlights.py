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

from core.acled_inter import UNARMED
from core.text.transliterate import arabic_country
from gui.i18n import current_language

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


# ACLED actor types (and their inter codes) of the people an armed actor acts on rather than an
# armed side: coloured as CIVILIANS (gui.theme). Rioters (inter 5) stay armed actors: ACLED counts
# them as violent. The inter code decides only when a span has no actor type.
UNARMED_ACTOR_TYPES = frozenset(("civilians", "protesters"))


def display_label(label: str, attrs: Mapping[str, Any]) -> str:
    """The label the reader colours a span by: "CIVILIANS" for an ARMED_ACTOR span naming
    civilians or protesters (its actor_type, else its ACLED inter code), else the label itself."""
    if label != "ARMED_ACTOR":
        return label
    actor_type = attrs.get("actor_type")
    if actor_type:
        unarmed = actor_type in UNARMED_ACTOR_TYPES
    else:
        try:
            unarmed = int(attrs.get("inter") or 0) in UNARMED
        except (TypeError, ValueError):
            unarmed = False
    return "CIVILIANS" if unarmed else label


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

    @property
    def display(self) -> str:
        """The label it is coloured, counted and shown or hidden by (`display_label`)."""
        return display_label(self.label, self.attrs)


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
        if h.start <= offset < h.end and (visible is None or h.display in visible):
            if best is None or h.end - h.start < best.end - best.start:
                best = h
    return best


# attrs already said in words by `tooltip_lines`; any other plain attr is listed after them.
_EXPLAINED = frozenset(("name_ar", "name_en", "kind", "admin1_ar", "admin1_en", "admin2_ar", "admin2_en", "country",
                        "lat", "lon", "actor_type", "inter", "place_id", "id", "alternatives", "name_start",
                        "name_end", "head", "approx", "iso", "generic", "geo_precision",
                        "article_country", "country_told"))  # the incident step's (lexicon.ARTICLE_COUNTRY)
ACTOR_TYPES = {"state": QT_TRANSLATE_NOOP("EntityTooltip", "state forces"),
               "rebel": QT_TRANSLATE_NOOP("EntityTooltip", "rebel group"),
               "political_militia": QT_TRANSLATE_NOOP("EntityTooltip", "political militia"),
               "identity_militia": QT_TRANSLATE_NOOP("EntityTooltip", "identity militia"),
               "external": QT_TRANSLATE_NOOP("EntityTooltip", "external/other force"),
               "civilians": QT_TRANSLATE_NOOP("EntityTooltip", "civilians"),
               "protesters": QT_TRANSLATE_NOOP("EntityTooltip", "protesters"),
               "rioters": QT_TRANSLATE_NOOP("EntityTooltip", "rioters"),
               "other": QT_TRANSLATE_NOOP("EntityTooltip", "other")}
# The tooltip's first word: the display label's code in English (as in exports; CIVILIANS is the
# reader's own, `display_label`), a display name once translated.
LABEL_CODES = (QT_TRANSLATE_NOOP("EntityLabel", "PERSON"), QT_TRANSLATE_NOOP("EntityLabel", "LOCATION"),
               QT_TRANSLATE_NOOP("EntityLabel", "ORGANIZATION"), QT_TRANSLATE_NOOP("EntityLabel", "ARMED_ACTOR"),
               QT_TRANSLATE_NOOP("EntityLabel", "CIVILIANS"),
               QT_TRANSLATE_NOOP("EntityLabel", "WEAPON"), QT_TRANSLATE_NOOP("EntityLabel", "NUMBER"),
               QT_TRANSLATE_NOOP("EntityLabel", "CASUALTY"), QT_TRANSLATE_NOOP("EntityLabel", "DATE"),
               QT_TRANSLATE_NOOP("EntityLabel", "SOURCE"), QT_TRANSLATE_NOOP("EntityLabel", "MISC"))


# The remaining attrs are shown as "name: value". Their names and the values that are codes
# ("killed", "at_least", "hadi_coalition", "True") are translated here (the English interface
# shows them as before); a name or value not listed is shown as it is. Offsets and ids (a
# casualty's count_start, a place's near_place_id) mean nothing to a reader and are left out.
_INTERNAL_SUFFIXES = ("_start", "_end", "_id", "_inherited")
ATTR_NAMES = frozenset((
    QT_TRANSLATE_NOOP("EntityAttr", "role"), QT_TRANSLATE_NOOP("EntityAttr", "count"),
    QT_TRANSLATE_NOOP("EntityAttr", "whose"), QT_TRANSLATE_NOOP("EntityAttr", "count_text"),
    QT_TRANSLATE_NOOP("EntityAttr", "value"), QT_TRANSLATE_NOOP("EntityAttr", "vague"),
    QT_TRANSLATE_NOOP("EntityAttr", "qualifier"), QT_TRANSLATE_NOOP("EntityAttr", "category"),
    QT_TRANSLATE_NOOP("EntityAttr", "dual"), QT_TRANSLATE_NOOP("EntityAttr", "precision"),
    QT_TRANSLATE_NOOP("EntityAttr", "relative"), QT_TRANSLATE_NOOP("EntityAttr", "calendar"),
    QT_TRANSLATE_NOOP("EntityAttr", "alliance"), QT_TRANSLATE_NOOP("EntityAttr", "affiliation"),
    QT_TRANSLATE_NOOP("EntityAttr", "affiliation_en"), QT_TRANSLATE_NOOP("EntityAttr", "ambiguous"),
    QT_TRANSLATE_NOOP("EntityAttr", "near_name_ar"), QT_TRANSLATE_NOOP("EntityAttr", "near_name_en"),
    QT_TRANSLATE_NOOP("EntityAttr", "org_type"), QT_TRANSLATE_NOOP("EntityAttr", "organization"),
    QT_TRANSLATE_NOOP("EntityAttr", "confidence"), QT_TRANSLATE_NOOP("EntityAttr", "weekday"),
    QT_TRANSLATE_NOOP("EntityAttr", "weapon_category"), QT_TRANSLATE_NOOP("EntityAttr", "noun"),
    QT_TRANSLATE_NOOP("EntityAttr", "year"),
))
ATTR_VALUES = frozenset((
    QT_TRANSLATE_NOOP("EntityAttrValue", "True"), QT_TRANSLATE_NOOP("EntityAttrValue", "False"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "killed"), QT_TRANSLATE_NOOP("EntityAttrValue", "injured"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "captured"), QT_TRANSLATE_NOOP("EntityAttrValue", "missing"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "about"), QT_TRANSLATE_NOOP("EntityAttrValue", "at_least"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "at_most"), QT_TRANSLATE_NOOP("EntityAttrValue", "less_than"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "more_than"), QT_TRANSLATE_NOOP("EntityAttrValue", "gregorian"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "hijri"), QT_TRANSLATE_NOOP("EntityAttrValue", "hadi_coalition"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "houthi_saleh"), QT_TRANSLATE_NOOP("EntityAttrValue", "air_munition"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "aircraft"), QT_TRANSLATE_NOOP("EntityAttrValue", "anti_aircraft"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "anti_tank"), QT_TRANSLATE_NOOP("EntityAttrValue", "apc_ifv"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "armoured_vehicle"), QT_TRANSLATE_NOOP("EntityAttrValue", "artillery"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "ballistic_missile"), QT_TRANSLATE_NOOP("EntityAttrValue", "car_bomb"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "drone"), QT_TRANSLATE_NOOP("EntityAttrValue", "grenade"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "helicopter"), QT_TRANSLATE_NOOP("EntityAttrValue", "ied"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "landmine"), QT_TRANSLATE_NOOP("EntityAttrValue", "military_vehicle"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "mortar"), QT_TRANSLATE_NOOP("EntityAttrValue", "naval"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "rockets"), QT_TRANSLATE_NOOP("EntityAttrValue", "rpg"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "shelling"), QT_TRANSLATE_NOOP("EntityAttrValue", "small_arms"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "sniper"), QT_TRANSLATE_NOOP("EntityAttrValue", "suicide_bomb"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "tank"), QT_TRANSLATE_NOOP("EntityAttrValue", "body"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "club"), QT_TRANSLATE_NOOP("EntityAttrValue", "company"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "government"), QT_TRANSLATE_NOOP("EntityAttrValue", "intergovernmental"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "media"), QT_TRANSLATE_NOOP("EntityAttrValue", "ministry"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "ngo"), QT_TRANSLATE_NOOP("EntityAttrValue", "party"),
    QT_TRANSLATE_NOOP("EntityAttrValue", "un_agency"),
))
KINDS = frozenset((
    QT_TRANSLATE_NOOP("EntityKind", "country"), QT_TRANSLATE_NOOP("EntityKind", "city"),
    QT_TRANSLATE_NOOP("EntityKind", "governorate"), QT_TRANSLATE_NOOP("EntityKind", "facility"),
    QT_TRANSLATE_NOOP("EntityKind", "district"), QT_TRANSLATE_NOOP("EntityKind", "village"),
    QT_TRANSLATE_NOOP("EntityKind", "area"), QT_TRANSLATE_NOOP("EntityKind", "landmark"),
    QT_TRANSLATE_NOOP("EntityKind", "subdistrict"), QT_TRANSLATE_NOOP("EntityKind", "province"),
    QT_TRANSLATE_NOOP("EntityKind", "region"), QT_TRANSLATE_NOOP("EntityKind", "town"),
    QT_TRANSLATE_NOOP("EntityKind", "digits"), QT_TRANSLATE_NOOP("EntityKind", "vague"),
    QT_TRANSLATE_NOOP("EntityKind", "words"), QT_TRANSLATE_NOOP("EntityKind", "dual"),
    QT_TRANSLATE_NOOP("EntityKind", "generic"), QT_TRANSLATE_NOOP("EntityKind", "military"),
    QT_TRANSLATE_NOOP("EntityKind", "media"), QT_TRANSLATE_NOOP("EntityKind", "spokesperson"),
    QT_TRANSLATE_NOOP("EntityKind", "official"), QT_TRANSLATE_NOOP("EntityKind", "local"),
    QT_TRANSLATE_NOOP("EntityKind", "witnesses"), QT_TRANSLATE_NOOP("EntityKind", "security"),
    QT_TRANSLATE_NOOP("EntityKind", "informed"), QT_TRANSLATE_NOOP("EntityKind", "medical"),
    QT_TRANSLATE_NOOP("EntityKind", "media_office"), QT_TRANSLATE_NOOP("EntityKind", "media_name"),
    QT_TRANSLATE_NOOP("EntityKind", "residents"), QT_TRANSLATE_NOOP("EntityKind", "activists"),
    QT_TRANSLATE_NOOP("EntityKind", "tribal"),
))
FOUND_BY = frozenset((
    QT_TRANSLATE_NOOP("EntityFoundBy", "model"), QT_TRANSLATE_NOOP("EntityFoundBy", "gazetteer"),
    QT_TRANSLATE_NOOP("EntityFoundBy", "rule"), QT_TRANSLATE_NOOP("EntityFoundBy", "lexicon"),
))
COUNTRIES = frozenset((
    QT_TRANSLATE_NOOP("Country", "Yemen"), QT_TRANSLATE_NOOP("Country", "Saudi Arabia"),
    QT_TRANSLATE_NOOP("Country", "Iran"), QT_TRANSLATE_NOOP("Country", "United Arab Emirates"),
    QT_TRANSLATE_NOOP("Country", "Oman"), QT_TRANSLATE_NOOP("Country", "Qatar"),
    QT_TRANSLATE_NOOP("Country", "Kuwait"), QT_TRANSLATE_NOOP("Country", "Bahrain"),
    QT_TRANSLATE_NOOP("Country", "Egypt"), QT_TRANSLATE_NOOP("Country", "Sudan"),
    QT_TRANSLATE_NOOP("Country", "Somalia"), QT_TRANSLATE_NOOP("Country", "Djibouti"),
    QT_TRANSLATE_NOOP("Country", "Eritrea"), QT_TRANSLATE_NOOP("Country", "Jordan"),
    QT_TRANSLATE_NOOP("Country", "Iraq"), QT_TRANSLATE_NOOP("Country", "Syria"),
    QT_TRANSLATE_NOOP("Country", "Lebanon"), QT_TRANSLATE_NOOP("Country", "United States"),
    QT_TRANSLATE_NOOP("Country", "United Kingdom"), QT_TRANSLATE_NOOP("Country", "Russia"),
))


# A weapon's name (resources/lexicons/weapons.json has only name_en): shown in the interface's
# language; a name not listed here is shown as the lexicon wrote it.
WEAPON_NAMES = frozenset((
    QT_TRANSLATE_NOOP("WeaponName", "Aircraft"), QT_TRANSLATE_NOOP("WeaponName", "Anti-aircraft gun"),
    QT_TRANSLATE_NOOP("WeaponName", "Anti-tank guided missile"), QT_TRANSLATE_NOOP("WeaponName", "Armed vehicle"),
    QT_TRANSLATE_NOOP("WeaponName", "Armoured vehicle"),
    QT_TRANSLATE_NOOP("WeaponName", "BMP infantry fighting vehicle"),
    QT_TRANSLATE_NOOP("WeaponName", "BTR armoured personnel carrier"),
    QT_TRANSLATE_NOOP("WeaponName", "Ballistic missile"), QT_TRANSLATE_NOOP("WeaponName", "Car bomb (VBIED)"),
    QT_TRANSLATE_NOOP("WeaponName", "Cluster munitions (air-dropped)"), QT_TRANSLATE_NOOP("WeaponName", "Drone"),
    QT_TRANSLATE_NOOP("WeaponName", "Fighter jets"), QT_TRANSLATE_NOOP("WeaponName", "Grad rockets"),
    QT_TRANSLATE_NOOP("WeaponName", "Hand grenade"), QT_TRANSLATE_NOOP("WeaponName", "Heavy artillery"),
    QT_TRANSLATE_NOOP("WeaponName", "Helicopter"), QT_TRANSLATE_NOOP("WeaponName", "IED"),
    QT_TRANSLATE_NOOP("WeaponName", "Katyusha rockets"), QT_TRANSLATE_NOOP("WeaponName", "Landmine"),
    QT_TRANSLATE_NOOP("WeaponName", "Mortar"), QT_TRANSLATE_NOOP("WeaponName", "RPG"),
    QT_TRANSLATE_NOOP("WeaponName", "Rockets"), QT_TRANSLATE_NOOP("WeaponName", "Shells"),
    QT_TRANSLATE_NOOP("WeaponName", "Small arms"), QT_TRANSLATE_NOOP("WeaponName", "Sniper fire"),
    QT_TRANSLATE_NOOP("WeaponName", "Suicide bomb"), QT_TRANSLATE_NOOP("WeaponName", "Tank"),
    QT_TRANSLATE_NOOP("WeaponName", "Tank shells"), QT_TRANSLATE_NOOP("WeaponName", "Warship"),
))
# A date's precision is ACLED's time precision code; shown as what it means.
DATE_PRECISIONS = {1: QT_TRANSLATE_NOOP("DatePrecision", "day"), 2: QT_TRANSLATE_NOOP("DatePrecision", "week"),
                   3: QT_TRANSLATE_NOOP("DatePrecision", "month"), 4: QT_TRANSLATE_NOOP("DatePrecision", "year")}


def _shown(context: str, known: frozenset[str], value: object) -> str:
    text = str(value)
    return translate(context, text) if text in known else text


def country_shown(value: object) -> str:
    """A place's country (stored in English) in the interface's language: the translation's name for
    the COUNTRIES it has, else in the Arabic interface the gazetteer's (CLDR's) Arabic name —
    «Palestine» was shown in English in the Arabic place lists; one it does not know as it is."""
    text = str(value)
    if text in COUNTRIES:
        return translate("Country", text)
    if current_language() == "ar":
        return arabic_country(text) or text
    return text


def tooltip_lines(h: Highlight) -> list[str]:
    """Plain-text lines describing a highlight, most useful first: what it is and the words,
    the canonical Arabic and English names, for places the admin hierarchy and coordinates,
    for actors their ACLED type; then the remaining plain attrs and the recogniser."""
    a = h.attrs
    kind = _shown("EntityKind", KINDS, a.get("kind") or "").replace("_", " ")
    label = translate("EntityLabel", h.display)  # civilians named as coloured, not as an armed actor
    lines = [f"{label}{' · ' + kind if kind else ''}: {h.text}"]
    names = [str(a[k]) for k in ("name_ar", "name_en") if a.get(k)]
    if h.label == "WEAPON" and not a.get("name_ar") and str(a.get("name_en")) in WEAPON_NAMES:
        names = [translate("WeaponName", str(a["name_en"]))]
    if names:
        lines.append(" — ".join(names))
    admin = [" / ".join(dict.fromkeys(str(a[k]) for k in keys if a.get(k)))
             for keys in (("admin2_ar", "admin2_en"), ("admin1_ar", "admin1_en"), ("country",))]
    if a.get("country"):
        admin[-1] = country_shown(a["country"])
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
        if (key not in _EXPLAINED and not key.endswith(_INTERNAL_SUFFIXES) and value not in (None, "", [], {})
                and not isinstance(value, (dict, list))):
            if key == "precision" and h.label == "DATE" and value in DATE_PRECISIONS:
                shown = translate("DatePrecision", DATE_PRECISIONS[value])
            else:
                shown = _shown("EntityAttrValue", ATTR_VALUES, value)
            lines.append(f"{_shown('EntityAttr', ATTR_NAMES, key)}: {shown}")
    if h.source:
        lines.append(translate("EntityTooltip", "found by: %1").replace("%1", _shown("EntityFoundBy", FOUND_BY, h.source)))
    return lines


def user_highlight_at(highlights: Iterable[Mapping[str, Any]], offset: int) -> Mapping[str, Any] | None:
    """The analyst's highlight covering `offset` (the shortest, when they overlap)."""
    best: Mapping[str, Any] | None = None
    for h in highlights:
        if int(h["start"]) <= offset < int(h["end"]) and (
                best is None or int(h["end"]) - int(h["start"]) < int(best["end"]) - int(best["start"])):
            best = h
    return best
