"""Colours and fonts: defined once here, read by every pane.

Two schemes, light and dark, and "system" follows the desktop (QStyleHints.colorScheme()).
Light: entity colours are pastel backgrounds under dark text (contrast against #1a1a1a > 10:1).
Dark: deep, muted backgrounds of the same hues under light text (contrast against #ececec
> 4.5:1, WCAG AA; tests/gui/test_theme_contrast.py checks both). `apply_scheme` swaps the values
in place, so every pane reading `theme.ENTITY_COLORS`, `theme.TEXT_COLOR`, … gets the scheme's
colours; panes built before a switch keep theirs until they repaint or are rebuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from core.document import ENTITY_LABELS

# What the reader colours: core's entity labels, with the ARMED_ACTOR spans that name civilians
# or protesters (ACLED inter 7 and 6: «المواطنين», «الأهالي», «المتظاهرين») told apart as
# CIVILIANS, so the people an attack hit do not look like a side that fought. Display only:
# core's label, the exports and the analyst's corrections keep ARMED_ACTOR
# (gui.reader.highlights.display_label decides from the span's attrs).
CIVILIANS = "CIVILIANS"
DISPLAY_LABELS: tuple[str, ...] = tuple(
    x for label in ENTITY_LABELS for x in ((label, CIVILIANS) if label == "ARMED_ACTOR" else (label,)))

# Background colour of each display label in the reader and the legend. NUMBER and CIVILIANS are
# mid tones rather than pastels: the pastel hues are taken, and NUMBER's old lemon (#fdffb6) was
# the default yellow highlight's twin (CIEDE2000 ΔE 4.6; ≥ 13 now with normal vision and with
# simulated deuteranopia, protanopia and tritanopia; tests/gui/reader/test_display_colours.py).
ENTITY_COLORS: dict[str, str] = {
    "PERSON": "#ffd6a5",  # apricot
    "LOCATION": "#b9e4c9",  # mint
    "ORGANIZATION": "#c6d8ff",  # periwinkle
    "ARMED_ACTOR": "#ffadad",  # rose
    "CIVILIANS": "#b2c261",  # olive
    "WEAPON": "#e0c3fc",  # lavender
    "NUMBER": "#a2b4b8",  # slate
    "CASUALTY": "#ffc6e5",  # pink
    "DATE": "#a0e7e5",  # aqua
    "SOURCE": "#d7ccc8",  # stone
    "MISC": "#e6e6e6",  # grey
}
FALLBACK_COLOR = "#eeeeee"

# Short readable names for the legend chips (English source texts; `entity_name` translates them).
ENTITY_NAMES: dict[str, str] = {
    "PERSON": QT_TRANSLATE_NOOP("Entity", "Person"),
    "LOCATION": QT_TRANSLATE_NOOP("Entity", "Location"),
    "ORGANIZATION": QT_TRANSLATE_NOOP("Entity", "Organization"),
    "ARMED_ACTOR": QT_TRANSLATE_NOOP("Entity", "Armed actor"),
    "CIVILIANS": QT_TRANSLATE_NOOP("Entity", "Civilians, protesters"),
    "WEAPON": QT_TRANSLATE_NOOP("Entity", "Weapon"),
    "NUMBER": QT_TRANSLATE_NOOP("Entity", "Number"),
    "CASUALTY": QT_TRANSLATE_NOOP("Entity", "Casualty"),
    "DATE": QT_TRANSLATE_NOOP("Entity", "Date"),
    "SOURCE": QT_TRANSLATE_NOOP("Entity", "Source"),
    "MISC": QT_TRANSLATE_NOOP("Entity", "Other name"),
}

# Shorter names where a legend chip would take a third of the reader's width ("Civilians,
# protesters 1"); the chip's tooltip gives the full name (`entity_name`).
ENTITY_SHORT_NAMES: dict[str, str] = {
    "CIVILIANS": QT_TRANSLATE_NOOP("Entity", "Civilians"),
}

TEXT_COLOR = "#1a1a1a"
# The analyst's current selection (an incident's evidence) is drawn over entity colours.
EVIDENCE_COLOR = "#ffe066"
# Its underline: solid under the evidence, dashed under the words its figures come from.
EVIDENCE_UNDERLINE = "#c0392b"

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

assert set(ENTITY_COLORS) == set(DISPLAY_LABELS), "every display label needs a colour"


def entity_color(label: str) -> QColor:
    return QColor(ENTITY_COLORS.get(label, FALLBACK_COLOR))


def entity_name(label: str) -> str:
    """The label's display name in the interface language."""
    return QCoreApplication.translate("Entity", ENTITY_NAMES[label]) if label in ENTITY_NAMES else label.title()


def entity_short_name(label: str) -> str:
    """The label's name on its legend chip: `entity_name`, or a shorter one (ENTITY_SHORT_NAMES)."""
    if label in ENTITY_SHORT_NAMES:
        return QCoreApplication.translate("Entity", ENTITY_SHORT_NAMES[label])
    return entity_name(label)


def highlight_color(name: str) -> QColor:
    """Colour of a stored highlight colour name (a stored "#rrggbb" is used as it is)."""
    return QColor(HIGHLIGHT_COLORS.get(name, name if name.startswith("#") else HIGHLIGHT_COLORS[DEFAULT_HIGHLIGHT]))


# -- schemes ------------------------------------------------------------------------------------

SCHEMES = ("system", "light", "dark")

_LIGHT: dict[str, object] = {
    "ENTITY_COLORS": dict(ENTITY_COLORS),
    "HIGHLIGHT_COLORS": dict(HIGHLIGHT_COLORS),
    "TEXT_COLOR": TEXT_COLOR, "EVIDENCE_COLOR": EVIDENCE_COLOR, "FALLBACK_COLOR": FALLBACK_COLOR,
    "FIND_COLOR": FIND_COLOR, "FIND_CURRENT_COLOR": FIND_CURRENT_COLOR,
    "READER_BACKGROUND": "#fffdf8", "PANE_BORDER": "#d8d4cc", "TITLE_COLOR": "#111111", "MUTED_COLOR": "#666666",
    "SELECTION_COLOR": "#cfe3ff",
    "MAP_SEA_COLOR": "#eef3f7", "MAP_COAST_COLOR": "#4a6a80", "MAP_BORDER_COLOR": "#555555",
    "MAP_ADMIN_COLOR": "#9aa5ad", "MAP_LABEL_COLOR": "#5b6770", "MAP_POINT_COLOR": "#c0392b",
    "MAP_POINT_EDGE": "#5a1a12",
    "CHART_BAR_COLOR": "#b5452d", "CHART_INK": "#333333", "CHART_GRID": "#dddddd",
}
_DARK: dict[str, object] = {
    "ENTITY_COLORS": {
        "PERSON": "#6e4a1c", "LOCATION": "#22573a", "ORGANIZATION": "#2d4675", "ARMED_ACTOR": "#7d2b2b",
        "CIVILIANS": "#676d48", "WEAPON": "#583d7d", "NUMBER": "#606080", "CASUALTY": "#742f5a", "DATE": "#1d5b59",
        "SOURCE": "#58493f", "MISC": "#4a4a4a",
    },
    "HIGHLIGHT_COLORS": {"yellow": "#6b5d10", "green": "#2f5e23", "blue": "#274f7a", "pink": "#7a2a52",
                         "orange": "#7a4a12"},
    "TEXT_COLOR": "#ececec", "EVIDENCE_COLOR": "#6e5a00", "FALLBACK_COLOR": "#454545",
    "FIND_COLOR": "#6b4a14", "FIND_CURRENT_COLOR": "#8f4a0a",
    "READER_BACKGROUND": "#1f1f1d", "PANE_BORDER": "#4a4843", "TITLE_COLOR": "#f2f2f2", "MUTED_COLOR": "#a8a8a8",
    "SELECTION_COLOR": "#2f4f7a",
    "MAP_SEA_COLOR": "#1b2329", "MAP_COAST_COLOR": "#8fb3c9", "MAP_BORDER_COLOR": "#b8b8b8",
    "MAP_ADMIN_COLOR": "#5f6a72", "MAP_LABEL_COLOR": "#a9b4bc", "MAP_POINT_COLOR": "#ff6b57",
    "MAP_POINT_EDGE": "#ffd2cb",
    "CHART_BAR_COLOR": "#e07a5f", "CHART_INK": "#dddddd", "CHART_GRID": "#444444",
}
for _key, _value in _LIGHT.items():
    if not isinstance(_value, dict):
        globals()[_key] = _value
READER_BACKGROUND: str
PANE_BORDER: str
TITLE_COLOR: str
MUTED_COLOR: str
SELECTION_COLOR: str
MAP_SEA_COLOR: str
MAP_COAST_COLOR: str
MAP_BORDER_COLOR: str
MAP_ADMIN_COLOR: str
MAP_LABEL_COLOR: str
MAP_POINT_COLOR: str
MAP_POINT_EDGE: str
CHART_BAR_COLOR: str
CHART_INK: str
CHART_GRID: str

_current = "light"


def system_scheme() -> str:
    """"dark" or "light" as the desktop says (light when it does not say)."""
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    return "dark" if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"


def resolve_scheme(choice: str) -> str:
    return system_scheme() if choice not in ("light", "dark") else choice


def current_scheme() -> str:
    return _current


def is_dark() -> bool:
    return _current == "dark"


def apply_scheme(choice: str) -> str:
    """Make "light", "dark" or "system" (→ the desktop's) the colours every pane reads; returns the
    scheme applied. With a QApplication, its palette follows (Fusion-style dark palette)."""
    global _current
    scheme = resolve_scheme(choice)
    values = _DARK if scheme == "dark" else _LIGHT
    for key, value in values.items():
        if isinstance(value, dict):
            target = globals()[key]
            target.clear()
            target.update(value)
        else:
            globals()[key] = value
    _current = scheme
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setPalette(palette(scheme))
    return scheme


def palette(scheme: str) -> QPalette:
    """The application palette of a scheme: the style's own for light, a dark one for dark."""
    if scheme != "dark":
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        return app.style().standardPalette() if isinstance(app, QApplication) else QPalette()
    p = QPalette()
    role = QPalette.ColorRole
    for r, c in ((role.Window, "#2b2b2b"), (role.WindowText, "#ececec"), (role.Base, "#1f1f1d"),
                 (role.AlternateBase, "#2a2a28"), (role.ToolTipBase, "#333333"), (role.ToolTipText, "#ececec"),
                 (role.Text, "#ececec"), (role.Button, "#353535"), (role.ButtonText, "#ececec"),
                 (role.BrightText, "#ff6b57"), (role.Link, "#8ab4f8"), (role.Highlight, "#2f4f7a"),
                 (role.HighlightedText, "#ffffff"), (role.PlaceholderText, "#8a8a8a"), (role.Mid, "#444444"),
                 (role.Dark, "#1a1a1a"), (role.Light, "#505050"), (role.Midlight, "#3c3c3c"), (role.Shadow, "#000000")):
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#7a7a7a"))
    return p


def window_style() -> str:
    """The main window's style sheet in the current scheme."""
    return f"""
QLabel#paneTitle {{ font-weight: 600; font-size: 11pt; color: {TITLE_COLOR}; padding: 2px 2px 4px 2px; }}
QLabel#paneFooter {{ color: {MUTED_COLOR}; padding: 2px; }}
QLabel#articleTitle {{ font-family: "{READER_FAMILY}"; font-size: 18pt; font-weight: bold; color: {TITLE_COLOR}; }}
QLabel#articleMeta {{ color: {MUTED_COLOR}; }}
QTextEdit#reader {{ background: {READER_BACKGROUND}; border: 1px solid {PANE_BORDER}; color: {TEXT_COLOR}; }}
QTableView {{ border: 1px solid {PANE_BORDER}; selection-background-color: {SELECTION_COLOR};
              selection-color: {TITLE_COLOR}; }}
"""


def contrast(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    def luminance(hex_color: str) -> float:
        c = QColor(hex_color)
        out = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            out.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2]

    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def scheme_values(scheme: str) -> dict[str, object]:
    """The colours of a scheme without applying it (tests, previews)."""
    return dict(_DARK if scheme == "dark" else _LIGHT)
