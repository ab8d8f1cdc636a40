"""Preferences persist in QSettings, the dialog shows and returns them, recent databases update,
and File → Open database switches the window to another store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from core import store
from core.ingest.model import ArticleIn
from gui import ops
from gui.dialogs import settings_dialog as prefs
from gui.bidi import isolate_path, strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def clean_settings():  # type: ignore[no-untyped-def]
    """Each test starts and ends with no saved preferences or recent databases."""
    keys = ("ui/language", "ui/theme", "reader/pointSize", "analysis/nerBackend", "analysis/recogniser",
            "files/recentDatabases")
    for key in keys:
        QSettings().remove(key)
    yield
    for key in keys:
        QSettings().remove(key)


def _db(tmp_path: Path, name: str, title: str) -> str:
    path = tmp_path / name
    db = store.open_db(path)
    store.add_article(db, ArticleIn(title=title, text=f"نص {title}", source="test", published="2015-08-01"))
    db.conn.close()
    return str(path)


def test_preferences_persist_across_settings_objects() -> None:
    assert prefs.load_preferences() == prefs.Preferences()  # nothing saved: the defaults
    prefs.save_preferences(prefs.Preferences(language="ar", theme="dark", point_size=22, ner_backend="crf"))
    again = prefs.load_preferences(QSettings())
    assert again == prefs.Preferences(language="ar", theme="dark", point_size=22, ner_backend="crf")
    QSettings().setValue("ui/theme", "purple")  # a damaged value falls back to the default
    QSettings().setValue("reader/pointSize", "huge")
    damaged = prefs.load_preferences()
    assert damaged.theme == "system" and damaged.point_size == prefs.Preferences().point_size


def test_dialog_round_trips_and_disables_an_absent_camelbert(qtbot, monkeypatch) -> None:
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    monkeypatch.delenv("MARSAD_NER_BACKEND", raising=False)  # apply_ner_backend below sets it: restored after
    start = prefs.Preferences(language="en", theme="light", point_size=18, ner_backend="crf")
    dialog = prefs.SettingsDialog(start)
    qtbot.addWidget(dialog)
    assert dialog.preferences() == start
    camel = dialog.backend.model().item(dialog.backend.findData("camelbert"))
    assert not camel.isEnabled()
    assert not dialog.language_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.point_size.setValue(24)
    assert dialog.language_note.isVisibleTo(dialog)  # says the language applies at the next start
    assert dialog.preferences() == prefs.Preferences(language="ar", theme="dark", point_size=24, ner_backend="crf")
    assert prefs.apply_ner_backend("camelbert") == "nn"  # not available here: the built-in neural tagger


def test_the_app_analyses_with_the_default_neural_tagger_unless_told_otherwise(monkeypatch) -> None:
    """Nothing saved, or only the old key's "crf" (before version 38 the dialog's one built-in choice, so it
    meant "the built-in tagger"): the app sets the analysis's own default, the network the evaluations
    measure. An explicit choice of the older CRF tagger is kept."""
    from core.entities import DEFAULT_BACKEND, backend_name

    monkeypatch.setenv("MARSAD_NER_BACKEND", "camelbert")
    assert prefs.load_preferences().ner_backend == DEFAULT_BACKEND == "nn"
    assert prefs.apply_ner_backend(prefs.load_preferences().ner_backend) == "nn"
    assert backend_name() == "nn"
    QSettings().setValue("analysis/nerBackend", "crf")  # saved by an earlier version
    assert prefs.load_preferences().ner_backend == "nn"
    prefs.save_preferences(prefs.Preferences(ner_backend="crf"))  # chosen in this version's dialog
    assert QSettings().value("analysis/nerBackend") is None  # the old key is gone once saved
    assert prefs.load_preferences().ner_backend == "crf"
    assert prefs.apply_ner_backend("crf") == "crf" and backend_name() == "crf"
    assert prefs.apply_ner_backend("spacy") == "nn"  # unknown: the default


def test_dialog_offers_the_neural_tagger_first(qtbot) -> None:
    dialog = prefs.SettingsDialog(prefs.Preferences())
    qtbot.addWidget(dialog)
    assert [dialog.backend.itemData(i) for i in range(dialog.backend.count())] == ["nn", "crf", "camelbert"]
    assert dialog.backend.currentData() == "nn"
    dialog.backend.setCurrentIndex(dialog.backend.findData("crf"))
    assert dialog.preferences().ner_backend == "crf"


def test_recent_databases_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    paths = [tmp_path / f"{i}.db" for i in range(prefs.MAX_RECENT + 2)]
    for p in paths:
        prefs.add_recent_database(p)
    recent = prefs.recent_databases()
    assert recent == [str(p.resolve()) for p in reversed(paths)][: prefs.MAX_RECENT]
    prefs.add_recent_database(paths[-3])
    assert prefs.recent_databases()[:2] == [str(paths[-3].resolve()), str(paths[-1].resolve())]
    assert len(prefs.recent_databases()) == prefs.MAX_RECENT
    assert prefs.last_database() is None  # none of them exists as a file
    paths[-3].write_bytes(b"")
    assert prefs.last_database() == str(paths[-3].resolve())


def test_opening_another_database_switches_the_library_and_updates_the_recent_list(qtbot, tmp_path: Path) -> None:
    from gui.main_window import MainWindow

    first, second = _db(tmp_path, "first.db", "الأول"), _db(tmp_path, "second.db", "الثاني")
    w = MainWindow(first)
    w.remember_layout = False
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.articleShown, timeout=10_000):
        w.refresh_library()
    assert w.article.title == "الأول"
    with qtbot.waitSignals([w.databaseOpened, w.articleShown], timeout=10_000):
        w.switch_database(second)
    assert w.db_path == second and w.article.title == "الثاني"
    assert strip_isolates(w.windowTitle()).endswith("second.db")
    assert prefs.recent_databases()[0] == str(Path(second).resolve())
    w.on_recent_menu_about_to_show()
    entries = [(a.text(), a.isEnabled()) for a in w.recent_menu.actions()]
    assert entries == [(isolate_path(Path(second).resolve()), False)]  # the open one is listed, not offered again
    # A file that is not a database is refused and the window stays where it was.
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    op = w.switch_database(str(bad))
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert w.db_path == second
    ops.wait_for_all(10_000)


def test_settings_accepted_applies_text_size_and_theme(qtbot, tmp_path: Path) -> None:
    from gui import theme
    from gui.main_window import MainWindow

    w = MainWindow(_db(tmp_path, "t.db", "نص"))
    w.remember_layout = False
    qtbot.addWidget(w)
    before = prefs.Preferences(theme="light")
    try:
        w.on_settings_accepted(before, prefs.Preferences(theme="dark", point_size=21))
        assert w.reader.point_size() == 21
        assert theme.is_dark() and theme.READER_BACKGROUND in w.styleSheet()
        assert prefs.load_preferences().theme == "dark"
    finally:
        theme.apply_scheme("light")
    ops.wait_for_all(10_000)
