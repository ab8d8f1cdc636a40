"""Session 40: a damaged settings file must not keep the app from starting. The settings are the
throwaway XDG_CONFIG_HOME of tests/robustness/conftest.py; every value is written here."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")


def test_a_text_size_that_is_no_number_is_ignored_at_start_up(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """«pointSize=abc» (a hand-edited or damaged Marsad.conf) raised ValueError in the main
    window's constructor: the app failed at every start until the file was found and deleted."""
    from PySide6.QtCore import QSettings

    from core.store import open_db
    from gui.app import application
    from gui.main_window import MainWindow

    application()
    db = tmp_path / "lib.db"
    open_db(db).conn.close()
    settings = QSettings()
    settings.setValue("reader/pointSize", "abc")
    settings.setValue("main/geometry", "not a geometry")
    settings.setValue("main/splitter", 12)
    settings.sync()
    try:
        window = MainWindow(str(db))
        window.remember_layout = False
        default = window.reader.point_size()
        assert isinstance(default, int) and default > 0
        settings.setValue("reader/pointSize", "15.5")
        window.restore_layout()
        assert window.reader.point_size() == default
        window.close()
    finally:
        for key in ("reader/pointSize", "main/geometry", "main/splitter"):
            settings.remove(key)
        settings.sync()
