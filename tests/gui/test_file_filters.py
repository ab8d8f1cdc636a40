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
        assert has_rtl(first) and f" {LRI}(*" in first and PDI not in filters, (name, filters)
        assert every.endswith(f"{LRI}(*)"), (name, filters)
        read = patterns_qt_reads(filters)
        assert read[1] == ["*"] and read[0] and all(p.startswith("*.") for p in read[0]), (name, read)
    assert patterns_qt_reads(seen["import"])[0] == [f"*{ext}" for ext in SUPPORTED_EXTENSIONS]
    assert patterns_qt_reads(seen["open"])[0] == ["*.db", "*.sqlite", "*.sqlite3"]
    from gui.dialogs.export_dialog import export_formats

    labels = {f"{c.label} {LRI}(*{c.suffix})" for c in export_formats().values()}
    assert seen["export"].split(";;")[0] in labels, seen["export"]  # the format's Arabic name, not its id


def export_filters(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The filter the export dialog's Browse… hands Qt, for each format of its list."""
    from gui.dialogs.export_dialog import ExportDialog, ScopeContext

    seen: dict[str, str] = {}
    dialog = ExportDialog(db_path, ScopeContext(current_article_id=1, current_title="x"))

    def save_dialog(_parent: Any, _caption: str, _folder: str, filters: str, *_a: Any, **_k: Any) -> tuple:
        seen[dialog.fmt()] = filters
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    for name in dialog.formats:
        dialog.set_format(name)
        dialog.on_browse()
    dialog.deleteLater()
    return seen


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_export_filter_names_each_format_readably_and_qt_reads_its_pattern(language, qapp, article_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """«ACLED-style CSV table (*.csv)», not the format's id «acled-csv (*.csv)»; Arabic in the
    Arabic interface; in both, Qt filters by the format's one pattern."""
    from gui import i18n
    from gui.dialogs.export_dialog import export_formats

    assert i18n.install_language(qapp, language) == language
    try:
        formats = export_formats()
        seen = export_filters(article_db, monkeypatch)
    finally:
        i18n.install_language(qapp, "en")
    assert set(seen) == set(formats) and len(formats) >= 11
    names = set()
    for fmt, filters in seen.items():
        first = filters.split(";;")[0]
        name = first.split(f" {LRI}(")[0].split(" (")[0]
        assert name == formats[fmt].label and fmt not in name, filters  # its name, not its id
        assert patterns_qt_reads(filters)[0] == [f"*{formats[fmt].suffix}"], filters
        names.add(name)
        assert has_rtl(first) == (language == "ar"), filters
    assert len(names) == len(seen)  # every format its own name
    if language == "en":
        assert seen["acled-csv"].split(";;")[0] == "ACLED-style CSV table (*.csv)"
        assert seen["pdf"].split(";;")[0] == "PDF report (*.pdf)"
    else:
        assert seen["pdf"].split(";;")[0] == f"تقرير PDF {LRI}(*.pdf)"
