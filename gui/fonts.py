"""The bundled Arabic font (Amiri, OFL), loaded from resources/fonts/.

Never rely on the user's system fonts: a machine without an Arabic font shows boxes. The files
are read through importlib.resources so the same code works inside a PyInstaller bundle.
"""

from __future__ import annotations

import importlib.resources

from PySide6.QtGui import QFontDatabase

FONT_FILES = ("Amiri-Regular.ttf", "Amiri-Bold.ttf")

_loaded: dict[str, list[str]] = {}


def load_bundled_fonts() -> list[str]:
    """Register the bundled fonts with Qt (once per process); returns their family names.

    Needs a QGuiApplication. Raises if a file is missing or unreadable, because a reader that
    silently falls back to a Latin font is worse than a clear error.
    """
    families: list[str] = []
    folder = importlib.resources.files("resources") / "fonts"
    for name in FONT_FILES:
        if name not in _loaded:
            data = (folder / name).read_bytes()
            font_id = QFontDatabase.addApplicationFontFromData(data)
            if font_id < 0:
                raise RuntimeError(f"Qt could not load the bundled font {name}")
            _loaded[name] = QFontDatabase.applicationFontFamilies(font_id)
        families.extend(f for f in _loaded[name] if f not in families)
    return families
