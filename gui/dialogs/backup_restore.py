"""File → Back up database… and File → Restore database…: the dialogs and the background ops.

The work itself is `core.store.backup` (SQLite's online backup API, safe while the window has the
database open); this module only asks the analyst (which file, may it be replaced, really
restore?), runs that work as an `Op` with progress in the window's status bar, and ends with one
message. After a restore the window reloads every pane (`MainWindow.on_database_restored`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.store.backup import BackupInfo, RestoreResult, backup_db, inspect_backup, restore_db
from gui import ops
from gui.bidi import file_filters, isolate_path
from gui.dialogs.messages import ask_yes_no, show_message
from gui.i18n import translate_n
from gui.ops import Op

translate = QCoreApplication.translate


def backup_filter() -> str:
    return file_filters(translate("BackupRestore", "Marsad databases (*.db *.sqlite *.sqlite3 *.bak);;All files (*)"))


def contents_text(info: BackupInfo) -> str:
    """What a backup holds, in the interface language (core's `summary()` is English only)."""
    parts = [translate_n("BackupRestore", "%n article(s)", info.articles),
             translate_n("BackupRestore", "%n note(s)", info.notes),
             translate_n("BackupRestore", "%n highlight(s)", info.highlights)]
    size = translate("BackupRestore", "%1 MB").replace("%1", f"{info.size_bytes / 1e6:.1f}")
    listed = translate("BackupRestore", ", ").join(parts)
    return translate("BackupRestore", "%1 (%2)").replace("%1", listed).replace("%2", size)


def _path(path: Path | str) -> str:
    return isolate_path(path)


# -- backup -----------------------------------------------------------------------------------
def ask_backup_path(window: Any) -> str | None:
    """The file to write, or None; replacing an existing file is asked once, here."""
    db = Path(window.db_path)
    suggested = db.with_name(f"{db.stem}-backup-{date.today().isoformat()}{db.suffix or '.db'}")
    path, _ = QFileDialog.getSaveFileName(window, translate("BackupRestore", "Back up the database to"), str(suggested),
                                          backup_filter(), options=QFileDialog.Option.DontConfirmOverwrite)
    if not path:
        return None
    if Path(path).exists() and not confirm_overwrite(window, Path(path)):
        window.show_status(translate("BackupRestore", "Not backed up: the existing file was kept."), 8000)
        return None
    return path


def confirm_overwrite(parent: QWidget, path: Path) -> bool:
    text = translate("BackupRestore", "%1 already exists. Replace it with the backup?").replace("%1", _path(path))
    return ask_yes_no(parent, translate("BackupRestore", "Replace the file?"), text)


def start_backup(window: Any, path: str) -> Op:
    """Copy the window's database to `path` on the worker (overwrite was asked before)."""
    window.notes.flush_note()  # queued first on the serial pool: the note being typed is in the backup
    window.progress.setRange(0, 0)
    window.progress.show()
    window.show_status(translate("BackupRestore", "Backing up the database…"), busy=True)
    step = translate("BackupRestore", "Backing up… %1%")
    return (Op(window, lambda ctx: backup_db(ctx.db, path, overwrite=True, on_progress=ctx.progress),
               db_path=window.db_path, label=translate("BackupRestore", "Backup"))
            .progress(lambda done, total, _m: _show_progress(window, step, done, total))
            .success(lambda info: _finished(window, translate("BackupRestore", "Backup finished"),
                                            translate("BackupRestore", "Backed up %1 to %2.")
                                            .replace("%1", contents_text(info)).replace("%2", _path(info.path))))
            .failure(lambda exc: _failed(window, exc, translate("BackupRestore", "Backup failed")))
            .run_in_background())


# -- restore ----------------------------------------------------------------------------------
def ask_restore_path(window: Any) -> str | None:
    path, _ = QFileDialog.getOpenFileName(window, translate("BackupRestore", "Restore the database from"),
                                          str(Path(window.db_path).parent), backup_filter())
    return path or None


def inspect(window: Any, path: str) -> Op:
    """Validate the backup on the worker; on success the analyst is asked to confirm."""
    return (Op(window, lambda _ctx: inspect_backup(path), label=translate("BackupRestore", "Checking the backup"))
            .success(lambda info: window.on_restore_inspected(path, info))
            .failure(lambda exc: ops.show_error(window, exc, title=translate("BackupRestore", "Not a usable backup")))
            .run_in_background())


def confirm_restore(parent: QWidget, info: BackupInfo, db_path: str, kept_as: Path) -> bool:
    """Yes only when the analyst chose to replace the open database with the backup."""
    text = (translate("BackupRestore", "Replace the open database %1 with the backup %2?").replace("%1", _path(db_path))
            .replace("%2", _path(info.path))
            + "\n\n" + translate("BackupRestore", "The backup holds %1.").replace("%1", contents_text(info))
            + "\n" + translate("BackupRestore", "The current database is kept as %1; restoring that file undoes this.")
            .replace("%1", _path(kept_as)))
    answer = QMessageBox.question(parent, translate("BackupRestore", "Restore the database?"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def start_restore(window: Any, path: str) -> Op:
    """Replace the window's database with the backup `path` on the worker, then reload the window."""
    window.progress.setRange(0, 0)
    window.progress.show()
    window.show_status(translate("BackupRestore", "Restoring the database…"), busy=True)
    db_path = window.db_path
    step = translate("BackupRestore", "Restoring… %1%")
    return (Op(window, lambda ctx: restore_db(path, db_path, on_progress=ctx.progress),
               label=translate("BackupRestore", "Restore"))
            .progress(lambda done, total, _m: _show_progress(window, step, done, total))
            .success(lambda result: _restored(window, db_path, result))
            .failure(lambda exc: _failed(window, exc, translate("BackupRestore", "Restore failed")))
            .run_in_background())


def _restored(window: Any, db_path: str, result: RestoreResult) -> None:
    text = (translate("BackupRestore", "Restored %1 from %2.").replace("%1", contents_text(result.restored))
            .replace("%2", _path(result.restored.path)))
    if result.previous is not None:
        text += " " + translate("BackupRestore", "The database it replaced was kept as %1.").replace(
            "%1", _path(result.previous))
    window.on_database_restored(db_path, result)
    _finished(window, translate("BackupRestore", "Restore finished"), text)


# -- shared -----------------------------------------------------------------------------------
def _show_progress(window: Any, template: str, done: int, total: int) -> None:
    if total > 0:
        window.progress.setRange(0, total)
        window.progress.setValue(done)
        window.show_status(template.replace("%1", str(round(100 * done / total))), busy=True)


def _finished(window: Any, title: str, text: str) -> None:
    window.progress.hide()
    window.clear_status()  # the box is the one message
    window.message_box = show_message(window, QMessageBox.Icon.Information, title, text)


def _failed(window: Any, exc: BaseException, title: str) -> None:
    window.progress.hide()
    window.clear_status()
    ops.show_error(window, exc, title=title)
