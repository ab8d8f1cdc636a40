"""Start-up on a database that cannot be opened (damaged, made by a newer Marsad, not a database).

Marsad reopens the database used last, so without this an analyst whose file went bad could
never reach File → Open database or Restore. Instead a dialog names the file and the problem
and offers a way on: open another database, restore a backup into a new file, start a new
empty database, or restore a backup in the damaged file's place (what `marsad restore --force`
does: the analyst's other tools and shortcuts keep pointing at the same path). The file that
failed is never written to or deleted; only that last choice, after a confirmation naming the
new name, moves it, byte for byte, to `<name>.damaged` (`core.store.backup.restore_db` with
`replace_unreadable`). A folder is never offered that choice.

`recover(path, problem, try_open)` loops until a database opens (its path is returned) or the
analyst quits (None). `try_open(path)` opens and checks a database on the worker and returns
the exception, or None when it is usable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from core.store.backup import damaged_path
from gui import ops
from gui.bidi import file_filters, isolate_auto, isolate_path

translate = QCoreApplication.translate
TryOpen = Callable[[str], "BaseException | None"]
RESTORE_PROGRESS_AFTER_MS = 400  # a restore that takes longer shows its progress


def _db_filter() -> str:
    return file_filters(translate("DatabaseProblem", "Marsad databases (*.db *.sqlite *.sqlite3);;All files (*)"))


def _backup_filter() -> str:
    return file_filters(translate("DatabaseProblem", "Marsad databases (*.db *.sqlite *.sqlite3 *.bak);;All files (*)"))


def problem_text(exc: BaseException) -> str:
    """What is wrong with the file, in the analyst's words (the technical message is shown below it)."""
    message = str(exc).lower()
    if _in_use(exc):
        return translate("DatabaseProblem", "Another program is using it (perhaps Marsad in another window). Close "
                                            "that program, or wait for it to finish, then choose Try again.")
    if "newer marsad" in message:
        return translate("DatabaseProblem", "It was made by a newer version of Marsad, which this version cannot read.")
    if "malformed" in message or "damaged" in message or "disk image" in message:
        return translate("DatabaseProblem", "The file is damaged: parts of it cannot be read.")
    if "not an sqlite file" in message or "file is not a database" in message or "another program" in message:
        return translate("DatabaseProblem", "The file is not a Marsad database.")
    if "folder" in message:
        return translate("DatabaseProblem", "It is a folder, not a database file.")
    return translate("DatabaseProblem", "It cannot be opened.")


def _in_use(exc: BaseException) -> bool:
    """The file is sound but held by another program: nothing to restore, only to wait for."""
    return getattr(exc, "code", "") == "locked"


def details_text(exc: BaseException) -> str:
    """The technical message for the Details line. A store error's advice to a command-line user
    (`marsad --db … restore BACKUP`, see docs/…) is left out: in this dialog the buttons are the
    way on, and a command to type and a file in the sources are not."""
    return ops.error_text(exc)


class DatabaseProblemBox(QMessageBox):
    """The question asked at start-up; `choice()` after `exec()`: "open", "restore", "new" or "quit"."""

    def __init__(self, path: str, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseProblem")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("DatabaseProblem", "The database cannot be opened"))
        self.setText(translate("DatabaseProblem", "Marsad cannot open the database %1.").replace("%1", _path(path))
                     + "\n\n" + problem_text(exc))
        in_use = _in_use(exc)
        self.setInformativeText(
            translate("DatabaseProblem", "The file was left exactly as it is. Open another database, restore a "
                                         "backup into a new file, or start a new empty database.")
            + (" " + translate("DatabaseProblem", "Or restore a backup in its place: the file that cannot be "
                                                    "opened is then kept, unchanged, as %1.")
               .replace("%1", _path(damaged_path(Path(path)).name))
               if self.in_place_possible(path) and not in_use else "")
            + "\n\n" + translate("DatabaseProblem", "Details: %1").replace("%1", isolate_auto(details_text(exc))))
        # A database held by another program is sound: try it again; never offer to replace it.
        self.retry_button = self.addButton(translate("DatabaseProblem", "Try again"),
                                           QMessageBox.ButtonRole.ActionRole)
        self.retry_button.setVisible(in_use)
        self.open_button = self.addButton(translate("DatabaseProblem", "Open another database…"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.restore_button = self.addButton(translate("DatabaseProblem", "Restore from a backup…"),
                                             QMessageBox.ButtonRole.ActionRole)
        self.restore_button.setToolTip(translate("DatabaseProblem", "Restore a backup into a new file; this file "
                                                                    "stays as it is"))
        self.new_button = self.addButton(translate("DatabaseProblem", "New empty database…"),
                                         QMessageBox.ButtonRole.ActionRole)
        self.in_place_button = self.addButton(translate("DatabaseProblem", "Restore a backup in its place…"),
                                              QMessageBox.ButtonRole.ActionRole)
        self.in_place_button.setToolTip(
            translate("DatabaseProblem", "Like “marsad restore --force”: the backup becomes this database; "
                                         "the file that cannot be opened is moved aside, unchanged"))
        self.in_place_button.setVisible(self.in_place_possible(path) and not in_use)
        self.quit_button = self.addButton(translate("DatabaseProblem", "Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button if in_use else self.open_button)
        self.setEscapeButton(self.quit_button)

    @staticmethod
    def in_place_possible(path: str) -> bool:
        """A file (not a folder, not gone) can be moved aside for a backup to take its place."""
        return Path(path).is_file()

    def choice(self) -> str:
        return {self.open_button: "open", self.restore_button: "restore", self.new_button: "new",
                self.in_place_button: "in_place", self.retry_button: "retry"}.get(self.clickedButton(), "quit")


def recover(path: str, exc: BaseException, try_open: TryOpen, parent: QWidget | None = None) -> str | None:
    """Ask until a usable database is chosen (its path) or the analyst quits (None)."""
    refused = {_key(path)}  # files that failed: never offered as a target for a new or restored database
    while True:
        box = DatabaseProblemBox(path, exc, parent)
        box.exec()
        choice = box.choice()
        box.deleteLater()
        if choice == "quit":
            return None
        if choice == "retry":  # the same file, once the other program let go of it
            problem = try_open(path)
            if problem is None:
                return path
            exc = problem
            continue
        candidate = _candidate(choice, path, refused, parent)
        if candidate is None:
            continue  # the analyst went back: ask again
        problem = try_open(candidate)
        if problem is None:
            return candidate
        path, exc = candidate, problem
        refused.add(_key(candidate))


def _candidate(choice: str, failed: str, refused: set[str], parent: QWidget | None) -> str | None:
    folder = str(Path(failed).parent)
    if choice == "open":
        chosen, _ = QFileDialog.getOpenFileName(parent, translate("DatabaseProblem", "Open a database"), folder,
                                                _db_filter())
        return chosen or None
    if choice == "new":
        return _new_file(parent, translate("DatabaseProblem", "New empty database"), failed, refused)
    if choice == "in_place":
        return _restore_in_place(parent, failed, folder)
    backup, _ = QFileDialog.getOpenFileName(parent, translate("DatabaseProblem", "Restore the database from"), folder,
                                            _backup_filter())
    if not backup:
        return None
    dest = _new_file(parent, translate("DatabaseProblem", "Restore the backup into a new database"), failed, refused)
    if dest is None:
        return None
    problem = _restore(backup, dest, parent=parent)
    if problem is not None:
        _tell(parent, translate("DatabaseProblem", "Restore failed"), str(problem) or type(problem).__name__)
        return None
    return dest


def _restore_in_place(parent: QWidget | None, failed: str, folder: str) -> str | None:
    """A backup chosen and confirmed, restored where `failed` was (moved to `<name>.damaged`)."""
    backup, _ = QFileDialog.getOpenFileName(parent, translate("DatabaseProblem", "Restore in place of the damaged "
                                                                                 "database from"),
                                            folder, _backup_filter())
    if not backup:
        return None
    aside = damaged_path(Path(failed))
    box = QMessageBox(QMessageBox.Icon.Question, translate("DatabaseProblem", "Restore in its place?"),
                      translate("DatabaseProblem", "Restore %1 in place of %2?").replace("%1", _path(backup))
                      .replace("%2", _path(failed)), QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmRestoreInPlace")
    box.setInformativeText(translate("DatabaseProblem", "The file that cannot be opened is not deleted: it is "
                                                        "moved, unchanged, to %1.").replace("%1", _path(str(aside))))
    go = box.addButton(translate("DatabaseProblem", "Restore in its place"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # moving the file aside is never Enter's default
    box.exec()
    confirmed = box.clickedButton() is go
    box.deleteLater()
    if not confirmed:
        return None
    problem = _restore(backup, failed, replace_unreadable=True, parent=parent)
    if problem is not None:
        _tell(parent, translate("DatabaseProblem", "Restore failed"), str(problem) or type(problem).__name__)
        return None
    return failed


def _new_file(parent: QWidget | None, title: str, failed: str, refused: set[str]) -> str | None:
    """A file name that does not exist yet (nothing is ever replaced here)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested_new_path(failed)),
                                            _db_filter(),
                                            options=QFileDialog.Option.DontConfirmOverwrite)
    if not chosen:
        return None
    if Path(chosen).exists() or _key(chosen) in refused:
        _tell(parent, translate("DatabaseProblem", "Choose a new file"),
              translate("DatabaseProblem", "%1 already exists; choose a new file name, or open it with “Open another "
                                           "database…”.").replace("%1", isolate_path(chosen)))
        return None
    return chosen


def _tell(parent: QWidget | None, title: str, text: str) -> None:
    """A message read before the question comes back (start-up: no window to leave it on)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()
    box.deleteLater()


def suggested_new_path(failed: str) -> Path:
    """The default database's path when it is free, else a free `marsad-new[-N].db` beside the failed file."""
    from core.store import default_db_path

    default = default_db_path()
    if not default.exists() and _key(str(default)) != _key(failed):
        return default
    folder = Path(failed).parent
    for n in range(1, 1000):
        candidate = folder / (f"marsad-new-{n}.db" if n > 1 else "marsad-new.db")
        if not candidate.exists():
            return candidate
    return folder / "marsad-new.db"


def _restore(backup: str, dest: str, *, replace_unreadable: bool = False,
             parent: QWidget | None = None) -> BaseException | None:
    """`restore_db(backup, dest)` on the worker, waited for (start-up: no window yet)."""
    from core.store.backup import restore_db

    outcome: list[BaseException | None] = []
    loop = QEventLoop()
    # No window yet: without this a long restore (a large library) showed nothing at all. No
    # Cancel: a restore stopped half way would leave neither the damaged file nor the backup.
    shown = QProgressDialog(translate("DatabaseProblem", "Restoring the backup %1…").replace("%1", _path(backup)),
                            "", 0, 0, parent)
    shown.setObjectName("restoreProgress")
    shown.setWindowTitle(translate("DatabaseProblem", "Restore"))
    shown.setCancelButton(None)
    shown.setWindowModality(Qt.WindowModality.ApplicationModal)
    shown.setMinimumDuration(RESTORE_PROGRESS_AFTER_MS)
    shown.setAutoClose(False)
    shown.setAutoReset(False)

    def progressed(done: int, total: int, _message: str) -> None:
        if total > 0:
            shown.setMaximum(total)
            shown.setValue(min(done, total))

    op = ops.Op(None, lambda ctx: restore_db(backup, dest, on_progress=ctx.progress,
                                             replace_unreadable=replace_unreadable),
                label=translate("DatabaseProblem", "Restore"))
    op.success(lambda _r: outcome.append(None)).failure(outcome.append).progress(progressed)
    op.finished.connect(loop.quit)
    op.run_in_background()
    shown.setValue(0)  # starts the minimum-duration clock
    if not op.done:
        loop.exec()
    shown.close()
    shown.deleteLater()
    return outcome[0] if outcome else RuntimeError("the restore did not finish")


def _path(path: str) -> str:
    """A file path reads left to right in either interface (its leading "/" stays in front)."""
    return isolate_path(path)


def _key(path: str) -> str:
    return str(Path(path).expanduser().resolve())
