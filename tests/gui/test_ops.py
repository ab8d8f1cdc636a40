"""Ops run their work off the GUI thread and deliver results on it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gui import ops
from gui.ops import Op, OpContext


def test_success_is_delivered_on_the_gui_thread(qtbot) -> None:
    seen: dict[str, object] = {}

    def work(ctx: OpContext) -> int:
        seen["worker"] = threading.get_ident()
        return 41 + 1

    def done(value: int) -> None:
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is QApplication.instance().thread()

    op = Op(None, work).success(done)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert seen["value"] == 42
    assert seen["on_gui"] is True
    assert seen["worker"] != threading.get_ident()


def test_failure_reaches_the_failure_callback(qtbot) -> None:
    errors: list[BaseException] = []
    successes: list[object] = []

    def work(ctx: OpContext) -> None:
        raise ValueError("broken file")

    op = Op(None, work).success(successes.append).failure(errors.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert successes == []
    assert len(errors) == 1 and isinstance(errors[0], ValueError) and str(errors[0]) == "broken file"


# The offscreen platform cannot propagate a dialog's size hints and says so; not our defect.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_failure_without_callback_is_shown_once(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    op = Op(parent, lambda ctx: 1 / 0, label="Dividing")
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    boxes = [w for w in parent.findChildren(QMessageBox)]
    assert len(boxes) == 1
    assert boxes[0].windowTitle() == "Dividing failed"
    assert "division by zero" in boxes[0].text()
    boxes[0].close()


def test_progress_and_cancel_between_items(qtbot) -> None:
    started = threading.Event()
    release = threading.Event()
    progress: list[tuple[int, int, str]] = []
    results: list[object] = []
    cancelled: list[bool] = []
    processed: list[int] = []

    def work(ctx: OpContext) -> str:
        for i in range(100):
            if i == 1:
                started.set()
                release.wait(5)
            ctx.check_cancelled()
            processed.append(i)
            ctx.progress(i + 1, 100, f"item {i}")
        return "all done"

    op = (Op(None, work).progress(lambda *a: progress.append(a)).success(results.append)
          .cancelled(lambda: cancelled.append(True)))
    op.run_in_background()
    assert started.wait(5)
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert results == [] and cancelled == [True]
    assert processed == [0]  # it stopped at the first check after the cancel


def test_each_worker_opens_its_own_connection(qtbot, tmp_path, monkeypatch) -> None:
    opened: list[tuple[str, int]] = []

    class FakeDb:
        class conn:  # noqa: N801 - mimics sqlite_utils.Database.conn
            closed = False

            @classmethod
            def close(cls) -> None:
                cls.closed = True

    def fake_open_db(path: str) -> FakeDb:
        opened.append((path, threading.get_ident()))
        return FakeDb()

    import core.store

    monkeypatch.setattr(core.store, "open_db", fake_open_db, raising=False)
    path = str(tmp_path / "x.db")
    op = Op(None, lambda ctx: ctx.db, db_path=path)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert [p for p, _ in opened] == [path]
    assert opened[0][1] != threading.get_ident()
    assert FakeDb.conn.closed


def test_ops_run_one_at_a_time(qtbot) -> None:
    active = 0
    peak = 0
    lock = threading.Lock()

    def work(ctx: OpContext) -> None:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        threading.Event().wait(0.02)
        with lock:
            active -= 1

    batch = [Op(None, work).run_in_background() for _ in range(4)]
    qtbot.waitUntil(lambda: all(o.done for o in batch), timeout=5000)
    assert peak == 1
    assert ops.wait_for_all(1000)


@pytest.fixture(autouse=True)
def _drain_pool():
    yield
    ops.wait_for_all(5000)


def test_no_callback_after_the_parent_widget_is_deleted(qtbot) -> None:
    import shiboken6

    parent = QWidget()
    release = threading.Event()
    called: list[object] = []

    def work(ctx: OpContext) -> int:
        release.wait(5)
        return 1

    op = Op(parent, work).success(called.append)
    op.run_in_background()
    shiboken6.delete(parent)  # the window went away while the work ran
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert called == []


def test_a_damaged_database_during_an_op_names_the_menu_not_a_command(qtbot) -> None:
    """An SQLite failure met by an op is worded as the CLI words it, but what the analyst reads
    names File → Restore database…, not a `marsad … restore` command to type; and a store error's
    command-line advice stays out of the box."""
    import sqlite3

    from core.store import StoreError

    def damaged(ctx: OpContext) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    parent = QWidget()
    qtbot.addWidget(parent)
    op = Op(parent, damaged, db_path="lib.db", label="Reading")
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    [box] = parent.findChildren(QMessageBox)
    from gui.bidi import strip_isolates

    text = strip_isolates(box.text())
    assert text.startswith("The database lib.db may be damaged.") and text.endswith("Cause: database disk image is malformed")
    assert "File → Restore database…" in text and "`" not in text
    box.close()
    assert ops.error_text(StoreError("x.db is read-only.", advice="(`marsad backup COPY`)")) == "x.db is read-only."
    assert ops.error_text(ValueError("broken file")) == "broken file"
