"""The analyst's preferences (stored in QSettings) and the Settings dialog; recent databases.

Keys: ui/language ("system" | "en" | "ar"), ui/theme ("system" | "light" | "dark"),
reader/pointSize (also written by the main window when the analyst zooms), analysis/recogniser
("nn" | "crf" | "camelbert"; the analysis's own default "nn" when unset), files/recentDatabases (most
recent first). Before version 38 the recogniser was kept as analysis/nerBackend, where "crf" was the
dialog's only built-in choice and stood for "the built-in tagger": that key is read only for "camelbert".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout,
                               QWidget)

from core.entities import DEFAULT_BACKEND as DEFAULT_NER_BACKEND  # the app analyses as the evaluations measure
from gui import theme as colours
from gui.i18n import LANGUAGES

MAX_RECENT = 8
NER_BACKENDS = ("nn", "crf", "camelbert")
RECOGNISER_KEY = "analysis/recogniser"
OLD_RECOGNISER_KEY = "analysis/nerBackend"


@dataclass(slots=True)
class Preferences:
    language: str = "system"
    theme: str = "system"
    point_size: int = colours.READER_POINT_SIZE
    ner_backend: str = DEFAULT_NER_BACKEND


def load_preferences(settings: QSettings | None = None) -> Preferences:
    s = settings or QSettings()
    p = Preferences()
    language = str(s.value("ui/language", p.language))
    scheme = str(s.value("ui/theme", p.theme))
    backend = str(s.value(RECOGNISER_KEY, "") or "")
    if not backend and str(s.value(OLD_RECOGNISER_KEY, "")) == "camelbert":
        backend = "camelbert"
    try:
        size = int(s.value("reader/pointSize", p.point_size))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        size = p.point_size
    return Preferences(
        language=language if language in ("system", *LANGUAGES) else "system",
        theme=scheme if scheme in colours.SCHEMES else "system",
        point_size=max(colours.READER_MIN_POINT_SIZE, min(colours.READER_MAX_POINT_SIZE, size)),
        ner_backend=backend if backend in NER_BACKENDS else DEFAULT_NER_BACKEND,
    )


def save_preferences(p: Preferences, settings: QSettings | None = None) -> None:
    s = settings or QSettings()
    s.setValue("ui/language", p.language)
    s.setValue("ui/theme", p.theme)
    s.setValue("reader/pointSize", int(p.point_size))
    s.setValue(RECOGNISER_KEY, p.ner_backend)
    s.remove(OLD_RECOGNISER_KEY)
    s.sync()


def camelbert_available() -> bool:
    """True when the optional CAMeLBERT NER backend can run (core decides from files alone)."""
    from core.entities import camelbert

    return camelbert.available()


def usable_ner_backend(name: str) -> str:
    """`name` when it is a backend that can run here; an unavailable or unknown one gives the default
    neural tagger."""
    if name in NER_BACKENDS and (name != "camelbert" or camelbert_available()):
        return name
    return DEFAULT_NER_BACKEND


def apply_ner_backend(name: str) -> str:
    """Make the analysis (on the worker threads) use `name`, or the default when it cannot run
    (`usable_ner_backend`)."""
    chosen = usable_ner_backend(name)
    os.environ["MARSAD_NER_BACKEND"] = chosen
    return chosen


# -- recent databases -----------------------------------------------------------------------------------

def recent_databases(settings: QSettings | None = None) -> list[str]:
    s = settings or QSettings()
    value = s.value("files/recentDatabases", [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a string on some backends
        value = [value]
    return [str(v) for v in (value or []) if v]


def add_recent_database(path: str | Path, settings: QSettings | None = None) -> list[str]:
    """Put `path` first in the recent list (no duplicates, at most MAX_RECENT); returns the list."""
    s = settings or QSettings()
    full = str(Path(path).resolve())
    items = [full] + [p for p in recent_databases(s) if p != full]
    items = items[:MAX_RECENT]
    s.setValue("files/recentDatabases", items)
    s.sync()
    return items


def remove_recent_database(path: str | Path, settings: QSettings | None = None) -> list[str]:
    s = settings or QSettings()
    full = str(Path(path).resolve())
    items = [p for p in recent_databases(s) if p != full]
    s.setValue("files/recentDatabases", items)
    s.sync()
    return items


def last_database(settings: QSettings | None = None) -> str | None:
    """The most recently used database that still exists."""
    for path in recent_databases(settings):
        if Path(path).is_file():
            return path
    return None


def _last_articles(s: QSettings) -> list[str]:
    value = s.value("files/lastArticles", [])
    if isinstance(value, str):  # a one-item list comes back as a string on some backends
        value = [value]
    return [str(v) for v in value or [] if "\t" in str(v)]


def remember_article(db_path: str | Path, article_id: Any, settings: QSettings | None = None) -> None:
    """The article last open in the database at `db_path`, shown again when it is next opened
    (one entry per database, at most MAX_RECENT * 4 databases remembered)."""
    s = settings or QSettings()
    full = str(Path(db_path).resolve())
    items = [f"{full}\t{int(article_id)}"] + [v for v in _last_articles(s) if v.rsplit("\t", 1)[0] != full]
    s.setValue("files/lastArticles", items[:MAX_RECENT * 4])


def last_article(db_path: str | Path, settings: QSettings | None = None) -> int | None:
    """The id of the article last open in the database at `db_path`, if one was remembered."""
    full = str(Path(db_path).resolve())
    for item in _last_articles(settings or QSettings()):
        path, _, number = item.rpartition("\t")
        if path == full and number.isdigit():
            return int(number)
    return None

# -- the dialog -----------------------------------------------------------------------------------------

class SettingsDialog(QDialog):
    """Language, theme, reader text size and NER backend. `preferences()` is the analyst's choice."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._initial = current
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.theme = QComboBox()
        for code, text in (("system", self.tr("As the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(text, code)
        self.point_size = QSpinBox()
        self.point_size.setRange(colours.READER_MIN_POINT_SIZE, colours.READER_MAX_POINT_SIZE)
        self.point_size.setSuffix(self.tr(" pt"))
        self.backend = QComboBox()
        self.backend.addItem(self.tr("Neural tagger (built in, default)"), "nn")
        self.backend.addItem(self.tr("CRF tagger (built in, older)"), "crf")
        self.backend.addItem(self.tr("CAMeLBERT (needs the model in CAMELTOOLS_DATA)"), "camelbert")
        if not camelbert_available():
            item = self.backend.model().item(self.backend.findData("camelbert"))  # type: ignore[attr-defined]
            item.setEnabled(False)
            item.setToolTip(self.tr("Not installed: set CAMELTOOLS_DATA to a folder holding the CAMeLBERT NER model."))
        self.language_note = QLabel(self.tr("A new language applies when Marsad starts again."))
        self.language_note.setObjectName("paneFooter")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Reader text size"), self.point_size)
        form.addRow(self.tr("Named-entity recogniser"), self.backend)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(buttons)
        self.set_preferences(current)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.language.currentData() != self._initial.language))

    def set_preferences(self, p: Preferences) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(p.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(p.theme)))
        self.point_size.setValue(p.point_size)
        self.backend.setCurrentIndex(max(0, self.backend.findData(usable_ner_backend(p.ner_backend))))

    def preferences(self) -> Preferences:
        return Preferences(language=str(self.language.currentData()), theme=str(self.theme.currentData()),
                           point_size=int(self.point_size.value()), ner_backend=str(self.backend.currentData()))
