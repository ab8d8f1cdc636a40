"""A settings file (or folder) that cannot be written: the app ran, never saved its settings and
said nothing, so every start forgot the language, the layout and the recent databases. Now the
analyst is told once, in a message that does not block (Arabic too), and nothing else is lost:
the article opens, the note is saved in the library. As root no permission stops a write, so the
settings folder is made a file («Marsad» where the folder Marsad/ should be)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from core import store
from gui import ops
from gui.dialogs import settings_dialog as prefs
from gui.bidi import strip_isolates
from tests.gui.conftest import show_window
from tests.gui.test_undo_redo import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def unwritable_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """QSettings read and written under a folder where Marsad's own folder is a file."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "Marsad").write_text("not a folder")
    yield from _settings_in(config)


@pytest.fixture
def own_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """QSettings in a folder of this test's own (the window writes its layout on closing)."""
    config = tmp_path / "config"
    config.mkdir()
    yield from _settings_in(config)


def _settings_in(config: Path):  # type: ignore[no-untyped-def]
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(config))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    yield config
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])


@pytest.fixture
def window(qtbot, article_db):  # type: ignore[no-untyped-def]
    """`window()`: a main window on `article_db` that remembers the article it opens, as the app
    does; closed before the settings fixture puts the tests' settings folder back."""
    from gui.main_window import MainWindow

    windows = []

    def make():  # type: ignore[no-untyped-def]
        w = MainWindow(article_db)
        qtbot.addWidget(w)
        windows.append(w)
        w.show()
        with qtbot.waitSignal(w.articleShown, timeout=10_000):
            w.refresh_library()
        settle(qtbot, w)
        return w

    yield make
    ops.wait_for_all(10_000)
    for w in windows:
        w.close()


def test_unwritable_settings_are_told_once_and_nothing_else_is_lost(qtbot, unwritable_settings, article_db, window) -> None:  # type: ignore[no-untyped-def]
    w = window()
    box = w.settings_warning
    assert box is not None and box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    text = strip_isolates(box.text())
    assert text.startswith("Marsad cannot save its settings in " + str(unwritable_settings / "Marsad" / "Marsad.conf"))
    assert "articles, notes and corrections are saved as usual" in text
    box.close()
    # the rest goes on: the article is open, a note is saved in the library, Settings work for now
    assert w.article is not None and w.article.id == 1
    w.notes.note.setPlainText("ملاحظة")
    w.notes.flush_note()
    settle(qtbot, w)
    db = store.open_db(article_db)
    try:
        assert [n["body"] for n in store.list_notes(db, 1)] == ["ملاحظة"]
    finally:
        db.conn.close()
    w.open_article(1)  # writes the settings again: no second message
    settle(qtbot, w)
    before = prefs.load_preferences()
    after = prefs.load_preferences()
    after.language = "ar"
    w.on_settings_accepted(before, after)  # the Settings dialog's save: no second message, and no promise
    assert strip_isolates(w.statusBar().currentMessage()) == (
        "The new language cannot be kept: Marsad cannot save its settings.")
    assert w.settings_warning is box and not shown_boxes(w)


def shown_boxes(w):  # type: ignore[no-untyped-def]
    return [b for b in w.findChildren(QMessageBox) if b.isVisible()]


def test_the_message_in_arabic(qtbot, arabic, unwritable_settings, window) -> None:  # type: ignore[no-untyped-def]
    w = window()
    box = w.settings_warning
    assert box is not None and box.windowTitle() == "لم تُحفظ الإعدادات"
    text = strip_isolates(box.text())
    assert text.startswith("لا يستطيع مرصد حفظ إعداداته في " + str(unwritable_settings / "Marsad" / "Marsad.conf"))


def test_writable_settings_say_nothing(qtbot, own_settings, window) -> None:  # type: ignore[no-untyped-def]
    w = window()
    assert w.settings_warning is None and not shown_boxes(w)
    ops.wait_for_all(10_000)
    assert (own_settings / "Marsad" / "Marsad.conf").is_file()
    before = prefs.load_preferences()
    after = prefs.load_preferences()
    after.language = "ar"
    w.on_settings_accepted(before, after)
    assert w.statusBar().currentMessage() == "The new language applies when Marsad starts again."
    assert w.settings_warning is None and prefs.load_preferences().language == "ar"
