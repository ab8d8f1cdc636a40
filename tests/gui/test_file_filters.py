"""The file dialogs' filters in the Arabic interface: the patterns read left to right («مقالات
(*.txt *.json)», not «مقالات (txt *.json.*»), and Qt still reads them, so the dialog filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from gui.bidi import LRI, PDI, file_filters, has_rtl

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def patterns_qt_reads(filters: str) -> list[list[str]]:
    """The name patterns Qt's own file dialog filters by, for each filter of `filters` in turn."""
    dialog = QFileDialog(None, "test", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(filters)
    model = dialog.findChild(QFileSystemModel)
    seen = []
    for name in dialog.nameFilters():
        dialog.selectNameFilter(name)
        seen.append(list(model.nameFilters()))
    dialog.deleteLater()
    return seen


def test_an_arabic_filters_patterns_are_isolated_left_to_right_and_still_read(qapp) -> None:  # type: ignore[no-untyped-def]
    # An LRI before the parenthesis, left open: a PDI after it (or isolates inside it) would make
    # Qt read the whole text as one pattern, and no file would match.
    assert patterns_qt_reads(f"مقالات {LRI}(*.txt *.json){PDI}") == [["مقالات", f"{LRI}(*.txt", f"*.json){PDI}"]]
    fixed = file_filters("مقالات (*.txt *.json);;كل الملفات (*)")
    assert fixed == f"مقالات {LRI}(*.txt *.json);;كل الملفات {LRI}(*)"
    assert patterns_qt_reads(fixed) == [["*.txt", "*.json"], ["*"]]
    assert file_filters(fixed) == fixed  # once is enough
    assert file_filters("Articles (*.txt *.json);;All files (*)") == "Articles (*.txt *.json);;All files (*)"


def test_every_file_dialog_of_the_arabic_interface(arabic, open_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The filter strings each dialog hands Qt (import, open a database, back up, restore, the
    database-problem dialog, export): Arabic, their patterns isolated, and read by Qt."""
    from core.ingest.readers import SUPPORTED_EXTENSIONS
    from gui.dialogs import backup_restore, database_problem
    from gui.dialogs.export_dialog import ExportDialog, ScopeContext

    seen: dict[str, str] = {}

    def catch(name: str, result: Any):  # type: ignore[no-untyped-def]
        def dialog(_parent: Any, _caption: str, _folder: str, filters: str, *_a: Any, **_k: Any) -> tuple:
            seen[name] = filters
            return result, ""
        return staticmethod(dialog)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", catch("import", []))
    open_window.action_import.trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", catch("open", ""))
    open_window.on_open_database_requested()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", catch("restore", ""))
    assert backup_restore.ask_restore_path(open_window) is None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", catch("backup", ""))
    assert backup_restore.ask_backup_path(open_window) is None
    seen["problem-open"] = database_problem._db_filter()
    seen["problem-restore"] = database_problem._backup_filter()
    dialog = ExportDialog(open_window.db_path, ScopeContext(current_article_id=1, current_title="x"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", catch("export", ""))
    dialog.on_browse()
    dialog.deleteLater()

    assert set(seen) == {"import", "open", "restore", "backup", "problem-open", "problem-restore", "export"}
    for name, filters in seen.items():
        first, every = filters.split(";;")
        if name == "export":  # named by the format's id («acled-csv (*.csv)»): left to right as it is
            assert not has_rtl(first) and LRI not in first, filters
        else:
            assert has_rtl(first) and f" {LRI}(*" in first and PDI not in filters, (name, filters)
        assert every.endswith(f"{LRI}(*)"), (name, filters)
        read = patterns_qt_reads(filters)
        assert read[1] == ["*"] and read[0] and all(p.startswith("*.") for p in read[0]), (name, read)
    assert patterns_qt_reads(seen["import"])[0] == [f"*{ext}" for ext in SUPPORTED_EXTENSIONS]
    assert patterns_qt_reads(seen["open"])[0] == ["*.db", "*.sqlite", "*.sqlite3"]
