"""Colours and fonts: defined once here, read by every pane.

Entity colours are pastel backgrounds under dark text, chosen to stay distinct from each other
in light mode and to leave Arabic letters fully legible (contrast against #1a1a1a > 10:1).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from core.document import ENTITY_LABELS

# Background colour of each entity label in the reader and the legend.
ENTITY_COLORS: dict[str, str] = {
    "PERSON": "#ffd6a5",  # apricot
    "LOCATION": "#b9e4c9",  # mint
    "ORGANIZATION": "#c6d8ff",  # periwinkle
    "ARMED_ACTOR": "#ffadad",  # rose
    "WEAPON": "#e0c3fc",  # lavender
    "NUMBER": "#fdffb6",  # lemon
    "CASUALTY": "#ffc6e5",  # pink
    "DATE": "#a0e7e5",  # aqua
    "SOURCE": "#d7ccc8",  # stone
    "MISC": "#e6e6e6",  # grey
}
FALLBACK_COLOR = "#eeeeee"

# Short readable names for the legend chips.
ENTITY_NAMES: dict[str, str] = {
    "PERSON": "Person",
    "LOCATION": "Location",
    "ORGANIZATION": "Organization",
    "ARMED_ACTOR": "Armed actor",
    "WEAPON": "Weapon",
    "NUMBER": "Number",
    "CASUALTY": "Casualty",
    "DATE": "Date",
    "SOURCE": "Source",
    "MISC": "Other name",
}

TEXT_COLOR = "#1a1a1a"
# The analyst's current selection (an incident's evidence) is drawn over entity colours.
EVIDENCE_COLOR = "#ffe066"

# The analyst's own highlights: a few colours to choose from (name stored in the database → colour).
HIGHLIGHT_COLORS: dict[str, str] = {
    "yellow": "#fff59d",
    "green": "#b5e7a0",
    "blue": "#a7d3ff",
    "pink": "#ffb3d1",
    "orange": "#ffcc80",
}
DEFAULT_HIGHLIGHT = "yellow"
# Find-in-article hits: every hit, and the current one.
FIND_COLOR = "#ffd08a"
FIND_CURRENT_COLOR = "#ff9f43"

# Reader font: the bundled Amiri (see gui/fonts.py); sizes in points.
READER_FAMILY = "Amiri"
READER_POINT_SIZE = 16
READER_MIN_POINT_SIZE = 9
READER_MAX_POINT_SIZE = 40

assert set(ENTITY_COLORS) == set(ENTITY_LABELS), "every entity label needs a colour"


def entity_color(label: str) -> QColor:
    return QColor(ENTITY_COLORS.get(label, FALLBACK_COLOR))


def entity_name(label: str) -> str:
    return ENTITY_NAMES.get(label, label.title())


def highlight_color(name: str) -> QColor:
    """Colour of a stored highlight colour name (a stored "#rrggbb" is used as it is)."""
    return QColor(HIGHLIGHT_COLORS.get(name, name if name.startswith("#") else HIGHLIGHT_COLORS[DEFAULT_HIGHLIGHT]))
