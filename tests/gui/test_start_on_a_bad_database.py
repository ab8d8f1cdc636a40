"""Start-up when the database used last cannot be opened: a dialog names the file and the problem
and leads on (another database, a backup restored into a new file, a new empty one); the file
itself is never changed."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from core import store
from core.ingest.model import ArticleIn
from gui import ops, tasks
from gui.dialogs.database_problem import DatabaseProblemBox, problem_text
from gui.dialogs.settings_dialog import add_recent_database, recent_databases

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def make_db(path: Path, titles: list[str]) -> str:
    db = store.open_db(path)
    for t in titles:
        store.add_article(db, ArticleIn(title=t, text=f"{t}: خبر عن اشتباكات في تعز " * 40, source="test"))
    db.conn.close()
    return str(path)


def damaged(path: Path) -> str:
    make_db(path, [f"خبر {i}" for i in range(30)])
    data = bytearray(path.read_bytes())
    rnd = random.Random(1)
    for i in range(4096, len(data)):  # every page after the first (the schema) scrambled
        data[i] = rnd.randrange(256)
    path.write_bytes(bytes(data))
    return str(path)


def newer(path: Path) -> str:
    make_db(path, ["x"])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    return str(path)


def md5(path: str) -> str:
    return hashlib.md5(Path(path).read_bytes()).hexdigest()


def opened(exc_path: str) -> BaseException:
    from gui.app import try_open_database

    problem = try_open_database(exc_path)
    assert problem is not None
    return problem


def test_the_problem_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad, new, text = damaged(tmp_path / "bad.db"), newer(tmp_path / "new.db"), tmp_path / "notes.db"
    text.write_text("my thesis notes\n" * 100)
    assert "damaged" in problem_text(opened(bad))
    assert "newer version" in problem_text(opened(new))
    assert "not a Marsad database" in problem_text(opened(str(text)))
    box = DatabaseProblemBox(bad, opened(bad))
    assert bad in box.text() and "damaged" in box.text()
    assert "left exactly as it is" in box.informativeText()
    # User's review: the details told a GUI user to type `marsad --db … restore BACKUP` and to read
    # docs/robustness.md; the dialog's own buttons are the way on. The technical reason stays.
    assert "malformed" in box.informativeText() and "it was left untouched" in box.informativeText()
    assert "marsad --db" not in box.informativeText() and "docs/" not in box.informativeText()
    box.deleteLater()


def test_details_leave_out_the_stores_advice_whatever_its_wording() -> None:
    """The advice is the store error's own field, not text matched by a pattern: reworded advice
    still stays out of the dialog, and a message that merely mentions `marsad` is kept whole."""
    from core.store import StoreError
    from gui.dialogs.database_problem import details_text

    exc = StoreError("x.db is damaged (`marsad` cannot read page 3).", advice="Run `marsad repair x.db`.")
    assert details_text(exc) == "x.db is damaged (`marsad` cannot read page 3)."
    assert "repair" in str(exc)
    assert details_text(OSError("disk gone")) == "disk gone"


@pytest.fixture
def start(qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """run_gui on a damaged last database; `start(choice, open_file=…, save_file=…)` answers the dialog
    with the button `choice` and the file dialogs with the given paths. Returns (exit code, window, texts)."""
    from gui import app as gui_app

    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "default" / "marsad.db"))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)  # no event loop after the window shows
    monkeypatch.setattr(tasks, "seed_if_empty", lambda db: store.count_articles(db))  # no NLP here
    bad = damaged(tmp_path / "last.db")
    add_recent_database(bad)
    before = md5(bad)
    seen: list[str] = []
    told: list[str] = []

    def run(choice: str | list[str], open_files: list[str] = (), save_file: str = "",  # type: ignore[no-untyped-def]
            confirm: bool = True):
        opens = list(open_files)
        choices = [choice] if isinstance(choice, str) else list(choice)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (opens.pop(0) if opens else "", ""))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (save_file, ""))

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.objectName() == "confirmRestoreInPlace":
                confirmations.append(box.text() + "\n" + box.informativeText())
                if confirm:
                    next(b for b in box.buttons()
                         if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
                else:
                    box.button(QMessageBox.StandardButton.Cancel).click()
                if choices:
                    QTimer.singleShot(20, answer)
                return
            if isinstance(box, QMessageBox) and not isinstance(box, DatabaseProblemBox):
                told.append(box.text())  # an error on the way: read, then the question again
                box.accept()
            if not isinstance(box, DatabaseProblemBox):
                QTimer.singleShot(20, answer)
                return
            seen.append(box.text() + "\n" + box.informativeText())
            choice = choices.pop(0)
            {"open": box.open_button, "restore": box.restore_button, "new": box.new_button,
             "in_place": box.in_place_button, "quit": box.quit_button}[choice].click()
            if choices or choice == "in_place":  # its confirmation comes next
                QTimer.singleShot(20, answer)

        QTimer.singleShot(0, answer)
        code = gui_app.run_gui()
        window = next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"
                       and w.isVisible()), None)
        if window is not None:
            window.remember_layout = False
            qtbot.addWidget(window)
        kept = Path(bad + ".damaged")  # only "Restore a backup in its place", confirmed, moves it there
        assert md5(str(kept) if kept.exists() else bad) == before  # never written or deleted
        return code, window, seen

    confirmations: list[str] = []
    run.bad = bad
    run.told = told
    run.confirmations = confirmations
    yield run
    ops.wait_for_all(10_000)


def test_a_new_empty_database(start, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = str(tmp_path / "fresh.db")
    code, window, seen = start("new", save_file=target)
    assert code == 0 and window is not None and window.db_path == target
    assert start.bad in seen[0] and "damaged" in seen[0]
    assert recent_databases()[0] == str(Path(target).resolve())  # the next start opens it
    window.close()


def test_another_database(start, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = make_db(tmp_path / "other.db", ["مقال"])
    code, window, _seen = start("open", open_files=[other])
    assert code == 0 and window.db_path == other
    window.close()


def test_restore_a_backup_into_a_new_file(start, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core.store.backup import backup_db

    source = store.open_db(make_db(tmp_path / "src.db", ["أ", "ب", "ج"]))
    backup_db(source, tmp_path / "saved.db")
    source.conn.close()
    target = str(tmp_path / "restored.db")
    code, window, _seen = start("restore", open_files=[str(tmp_path / "saved.db")], save_file=target)
    assert code == 0 and window.db_path == target
    db = store.open_db(target)
    assert store.count_articles(db) == 3
    db.conn.close()
    window.close()


def saved_backup(tmp_path: Path) -> str:
    from core.store.backup import backup_db

    source = store.open_db(make_db(tmp_path / "src.db", ["أ", "ب", "ج"]))
    backup_db(source, tmp_path / "saved.db")
    source.conn.close()
    return str(tmp_path / "saved.db")


def test_restore_a_backup_in_place_of_the_damaged_file(start, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """User's review: the CLI could restore over a damaged database (`restore --force`), the
    start-up dialog only into a new file, so the analyst's usual path was lost. "Restore a backup
    in its place…" asks for a backup, says where the damaged file goes, then restores there;
    the damaged file is moved, unchanged, to <name>.damaged (the fixture checks its bytes)."""
    code, window, seen = start("in_place", open_files=[saved_backup(tmp_path)])
    assert "last.db.damaged" in seen[0]  # the dialog says what would become of the file
    assert len(start.confirmations) == 1 and start.bad in start.confirmations[0]
    assert start.bad + ".damaged" in start.confirmations[0]
    assert code == 0 and window is not None and window.db_path == start.bad
    assert Path(start.bad + ".damaged").exists() and start.told == []
    db = store.open_db(start.bad)
    assert store.count_articles(db) == 3
    db.conn.close()
    assert recent_databases()[0] == str(Path(start.bad).resolve())
    window.close()


def test_restore_in_place_can_be_cancelled(start, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Cancel at the confirmation: nothing moved (the fixture checks the bytes), the question again.
    code, window, seen = start(["in_place", "quit"], open_files=[saved_backup(tmp_path)], confirm=False)
    assert code == 2 and window is None and len(seen) == 2
    assert not Path(start.bad + ".damaged").exists()


def test_a_folder_is_not_offered_a_restore_in_its_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "library.db"
    folder.mkdir()
    box = DatabaseProblemBox(str(folder), IsADirectoryError("it is a folder"))
    assert not box.in_place_button.isVisibleTo(box) and ".damaged" not in box.informativeText()
    box.deleteLater()


def test_the_damaged_file_is_never_a_target(start) -> None:  # type: ignore[no-untyped-def]
    # "New" onto the damaged file itself is refused (an error box), the question comes back: quit.
    code, window, seen = start(["new", "quit"], save_file=start.bad)
    assert code == 2 and window is None and len(seen) == 2
    assert len(start.told) == 1 and "already exists" in start.told[0]


def test_quit(start) -> None:  # type: ignore[no-untyped-def]
    code, window, _seen = start("quit")
    assert code == 2 and window is None


def test_a_vanished_last_database_is_named_not_silently_replaced(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Bad-input review: when the library used last was gone (moved, deleted, a drive unplugged) the
    app silently opened another (an older recent one, or a new empty default), and an empty list
    read as lost work. The window now opens with a message naming the missing file and what is open."""
    from gui import app as gui_app

    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "default" / "marsad.db"))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    monkeypatch.setattr(tasks, "seed_if_empty", lambda db: store.count_articles(db))
    older = make_db(tmp_path / "older.db", ["قديم"])
    add_recent_database(older)
    gone = make_db(tmp_path / "usb" / "library.db", ["خبر"])
    add_recent_database(gone)
    for part in Path(gone).parent.iterdir():
        part.unlink()
    assert gui_app.run_gui() == 0
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible())
    window.remember_layout = False
    qtbot.addWidget(window)
    assert window.db_path == older
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [b.windowTitle() for b in boxes] == ["Database not found"]
    assert str(Path(gone).resolve()) in boxes[0].text() and older in boxes[0].text()
    boxes[0].close()
    assert not Path(gone).exists()  # nothing made in its place
    ops.wait_for_all(10_000)


def test_restore_in_place_speaks_arabic(tmp_path, arabic) -> None:  # type: ignore[no-untyped-def]
    bad = damaged(tmp_path / "bad.db")
    box = DatabaseProblemBox(bad, opened(bad))
    assert box.in_place_button.text() == "استعادة نسخة احتياطية في مكانه…"
    assert "أو استعد نسخة احتياطية في مكانه" in box.informativeText() and "bad.db.damaged" in box.informativeText()
    assert "marsad restore --force" in box.in_place_button.toolTip()
    assert box.restore_button.toolTip() == "استعادة نسخة احتياطية في ملف جديد؛ يبقى هذا الملف كما هو"
    box.deleteLater()


def test_a_long_restore_at_start_up_shows_its_progress(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """User's review: restoring a large library from the start-up dialog showed nothing (no window
    exists yet) until it ended. A progress dialog follows the pages copied; it has no Cancel (a
    restore stopped half way would leave neither file) and closes at the end."""
    import time

    from PySide6.QtWidgets import QProgressDialog

    from core.store import backup as core_backup
    from gui.dialogs import database_problem

    def slow_restore(src, dest, *, on_progress=None, replace_unreadable=False):  # type: ignore[no-untyped-def]
        for done in range(0, 11):
            on_progress(done * 100, 1000, "restoring")
            time.sleep(0.08)

    monkeypatch.setattr(core_backup, "restore_db", slow_restore)
    seen: list[tuple[bool, int, int, bool]] = []

    def look() -> None:
        for d in QApplication.topLevelWidgets():
            if isinstance(d, QProgressDialog) and d.objectName() == "restoreProgress" and d.isVisible():
                seen.append((True, d.value(), d.maximum(), any(b.isVisible() for b in d.findChildren(QPushButton))))
                return
        QTimer.singleShot(30, look)

    from PySide6.QtWidgets import QPushButton

    QTimer.singleShot(0, look)
    assert database_problem._restore("/tmp/saved.db", "/tmp/x.db") is None
    assert seen and seen[0][2] == 1000 and 0 < seen[0][1] <= 1000  # pages done of all the pages
    assert not seen[0][3]  # no Cancel
    assert not [d for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog) and d.isVisible()]


def test_restore_progress_speaks_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.database_problem import translate

    assert translate("DatabaseProblem", "Restoring the backup %1…") == "جارٍ استعادة النسخة الاحتياطية %1…"
