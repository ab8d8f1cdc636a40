"""The interface language: Qt translations from resources/translations/, and mirrored layout.

Widgets write their texts in English through `self.tr()` / `QCoreApplication.translate`;
`pyside6-lupdate` collects them into resources/translations/marsad_ar.ts (edited with Qt
Linguist or by hand) and `pyside6-lrelease` compiles marsad_ar.qm, which ships and is loaded
here (build_scripts/build_translations.py runs both). Qt's own strings (dialog buttons, context
menus) come from Qt's qtbase_ar.qm when the Qt installation has it.

The language is chosen before the main window is built (widgets translate their texts when
they are created): a change in the settings applies at the next start.
"""

from __future__ import annotations

import importlib.resources
import json
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from core.text.arabic import arabic_count  # noqa: F401  (re-exported: gui modules import it from here)
from core.text.english import plural  # noqa: F401  (re-exported: gui modules import it from here)
# arabic_name / english_name: an actor's or a place's name in Arabic, and in English (else its
# Arabic spelled in Latin letters) as the reports give it; re-exported, gui modules import them here
from core.text.transliterate import (arabic_admin1, arabic_governorate, arabic_name, arabic_place_name,  # noqa: F401
                                     english_name, english_place, latin)  # noqa: F401

LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية"}
RTL_LANGUAGES = frozenset({"ar"})

_installed: list[QTranslator] = []
_buffers: list[bytes] = []  # a translator loaded from memory reads these bytes for its whole life
_current = "en"


def system_language() -> str:
    """The desktop's language if we have it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def resolve_language(choice: str) -> str:
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def is_rtl() -> bool:
    return _current in RTL_LANGUAGES


def install_language(app: QCoreApplication, choice: str) -> str:
    """Load the translations of `choice` ("en", "ar" or "system") and set the layout direction.

    Returns the language applied. English needs no translation file: it is the source text.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _buffers.clear()
    lang = resolve_language(choice)
    if lang != "en":
        data = (importlib.resources.files("resources") / "translations" / f"marsad_{lang}.qm").read_bytes()
        ours = QTranslator(app)
        if not ours.load(data):
            raise RuntimeError(f"the {lang} translation file is damaged")
        _buffers.append(data)
        _installed.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
        for translator in _installed:
            app.installTranslator(translator)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES
                               else Qt.LayoutDirection.LeftToRight)
    _current = lang
    return lang


@cache
def _acled_names(lang: str) -> dict[str, str]:
    """ACLED's English names → display names in `lang` (resources/translations/acled_names_<lang>.json)."""
    path = importlib.resources.files("resources") / "translations" / f"acled_names_{lang}.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {en: name for key, table in data.items() if not key.startswith("_") and key != "governorates"
            for en, name in table.items()}


def governorate_name(value: str | None) -> str:
    """The display name of a governorate (an incident's admin1, stored in English): Arabic in the
    Arabic interface, Yemen's as the map labels them, any other country's as the gazetteer names it
    (its English before: «Al Anbar» in the Arabic filter list); one it does not know as it is. A
    governorate stored in Arabic only (a place of no English name) is spelled in Latin letters in
    the English interface."""
    if not value:
        return ""
    if _current != "en":  # Yemen's from the translations; any other country's from the gazetteer
        return _governorates(_current).get(value) or (arabic_governorate(value) if _current == "ar" else "") or value
    return latin(value)


def entity_name(value: object) -> str:
    """An actor's or a place's name in the interface's language: Arabic in the Arabic interface,
    English (or spelled in Latin letters) otherwise."""
    return arabic_name(value) if is_rtl() else english_name(value)


def place_name(value: object) -> str:
    """A place's name in the interface's language: its Arabic, or the English the ACLED `location`
    column gives it (`english_place`: the gazetteer's spelling of a place of that name before a
    letter-by-letter one), so the incident table, the map and every export name it alike."""
    return arabic_place_name(value) if is_rtl() else english_place(value)  # «عسير», not «عَسِيْر»


def entity_tooltip(value: object, *, place: bool = False) -> str:
    """The other language's name beside the shown one, for a tooltip: the Arabic of a name shown in
    English, the English of one shown in Arabic ("" when both are the same). `place`: a place's
    names (`place_name`)."""
    shown = (place_name if place else entity_name)(value)
    other = (english_place if place else english_name)(value) if is_rtl() else (arabic_place_name if place else arabic_name)(value)
    return other if other and other != shown else ""


@cache
def _governorates(lang: str) -> dict[str, str]:
    path = importlib.resources.files("resources") / "translations" / f"acled_names_{lang}.json"
    if not path.is_file():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")).get("governorates", {}))


def acled_name(value: str | None) -> str:
    """The display name of an ACLED event type, sub-event type or inter category.

    The data (database, exports, tables' sort keys) keeps ACLED's English names; only what the
    analyst reads is translated. Unknown values are shown as they are.
    """
    if not value:
        return ""
    return _acled_names(_current).get(value, value) if _current != "en" else value


# The bundled sample's source (resources/samples/samples.json): data in the library, but words
# Marsad itself wrote, so they are shown in the interface's language.
SAMPLE_SOURCE = "Bundled sample (user's reference article)"


def source_name(value: str | None) -> str:
    """The display name of an article's source: the bundled sample's in the interface language,
    any other as it was imported."""
    if value == SAMPLE_SOURCE:
        return QCoreApplication.translate("Sources", "Bundled sample (user's reference article)")
    return value or ""


def translate_n(context: str, text: str, n: int) -> str:
    """A count text: `translate(context, text, None, n)`, its %n replaced by `n` and its form chosen
    by the translation (Arabic's six plural forms), with English's "(s)" resolved for `n`
    (English has no translation file, so its text comes back as written).

    lupdate does not collect these texts (see build_scripts/build_translations.py): their
    entries are kept by hand in the .ts."""
    return plural(QCoreApplication.translate(context, text, None, n), n)


def tag_separator() -> str:
    """Between an article's tags shown back (the Notes tab's field, the library's tooltip): «، » in
    the Arabic interface (a Latin comma read «صعدة, للمراجعة»); either comma is read as one when
    the analyst types tags (gui.notes.pane)."""
    return QCoreApplication.translate("Tags", ", ", "between tags")


def grouped(text: str, n: int) -> str:
    """`text` (a translation whose %n became `n`) with `n` written with thousands separators.

    Qt's %Ln would use the system locale, which is "C" (no separators) on many desktops.
    """
    return text.replace(str(n), f"{n:,}", 1) if abs(n) >= 1000 else text
