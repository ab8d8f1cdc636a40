"""Background operations, Anki/superqt style: no store or NLP work on the GUI thread.

A GUI action reads like this:

    Op(self, lambda ctx: store.get_article(ctx.db, article_id), db_path=self.db_path)
        .success(self.on_article_loaded)
        .failure(self.on_article_failed)      # optional: errors otherwise go to show_error
        .run_in_background()

- `fn(ctx)` runs on a worker thread of one serial pool (one writer: sqlite work never races);
  a long job (`long_running=True`: an import) runs on a second thread instead, so that opening
  an article never waits behind it (SQLite's WAL mode and busy timeout let the two connections
  share the file: the import's transactions are one short batch each);
- `ctx.db` opens the worker's OWN sqlite connection from the path (connections cannot cross
  threads) and closes it afterwards;
- `ctx.cancelled()` is the cancel flag the work checks between items; `ctx.progress(...)` reports;
  `op.cancel()` drops the result (a newer request replaces it, the window closed), `op.stop()`
  asks the work to end early and still delivers what it did (the Cancel button of an import);
- success / failure / progress callbacks run on the GUI thread (the Op is a QObject living there,
  and the worker's signals reach it through queued connections);
- the worker never touches a widget.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.dialogs.messages import show_message

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_long_pool: QThreadPool | None = None
_running: set["Op"] = set()  # keeps each Op alive until its callbacks have run


def _serial_pool(name: str) -> QThreadPool:
    executor = QThreadPool()
    executor.setMaxThreadCount(1)
    executor.setObjectName(name)
    return executor


def pool() -> QThreadPool:
    """The one serial executor for store and NLP work."""
    global _pool
    if _pool is None:
        _pool = _serial_pool("marsad-ops")
    return _pool


def long_pool() -> QThreadPool:
    """The executor of long jobs (imports), one at a time, beside the serial one."""
    global _long_pool
    if _long_pool is None:
        _long_pool = _serial_pool("marsad-long-ops")
    return _long_pool


def busy() -> bool:
    """True while any operation runs (the GC timer waits for a quiet moment)."""
    return any(p is not None and p.activeThreadCount() for p in (_pool, _long_pool))


def idle() -> bool:
    """No operation is running or waiting for its callbacks to run (each leaves once they have)."""
    return not _running


def wait_for_all(msecs: int = 10_000) -> bool:
    """Block until queued operations finished (used on quit and by the screenshot mode)."""
    done = pool().waitForDone(msecs)
    return (_long_pool is None or _long_pool.waitForDone(msecs)) and done


def cancel_all() -> None:
    """Drop every running operation's result (quitting): each stops at its next check."""
    for op in list(_running):
        op.cancel()


class Cancelled(Exception):
    """Raised by `OpContext.check_cancelled`; reported as cancellation, not as an error."""


class OpContext:
    """What the work function may use: its own db connection, the cancel flag, progress."""

    def __init__(self, db_path: str | None, signals: "_Signals", cancel_event: threading.Event,
                 stop_event: threading.Event | None = None) -> None:
        self.db_path = db_path
        self._signals = signals
        self._cancel = cancel_event
        self._stop = stop_event or threading.Event()
        self._db: Any = None

    @property
    def db(self) -> Any:
        """This worker's sqlite_utils.Database, opened on first use."""
        if self._db is None:
            from core.store import open_db

            self._db = open_db(self.db_path)
        return self._db

    def cancelled(self) -> bool:
        """True once the work should end: cancelled (result dropped) or stopped (result kept)."""
        return self._cancel.is_set() or self._stop.is_set()

    def dropped(self) -> bool:
        """True when the result will not be delivered (`Op.cancel`)."""
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise Cancelled()

    def progress(self, done: int, total: int | None, message: str = "") -> None:
        """Report progress; `total` None (unknown, e.g. streamed files) is sent as -1."""
        _emit(self._signals.progress, int(done), -1 if total is None else int(total), message)

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.conn.close()
            finally:
                self._db = None


class _Signals(QObject):
    """Worker → GUI thread messages; created on the GUI thread, emitted from the worker."""

    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    progress = Signal(int, int, str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[OpContext], Any], ctx: OpContext, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._ctx, self._signals = fn, ctx, signals

    def run(self) -> None:  # worker thread: no widgets here
        outcome: tuple[str, Any] = ("cancelled", None)
        try:
            if self._ctx.dropped():
                raise Cancelled()
            result = self._fn(self._ctx)
            if not self._ctx.dropped():
                outcome = ("succeeded", result)
        except Cancelled:
            pass
        except Exception as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            outcome = ("failed", (_explained(exc, self._ctx.db_path), traceback.format_exc()))
        finally:
            self._ctx.close()  # before reporting: the GUI may start the next op right away
        kind, value = outcome
        if kind == "succeeded":
            _emit(self._signals.succeeded, value)
        elif kind == "failed":
            _emit(self._signals.failed, *value)
        else:
            _emit(self._signals.cancelled)


def _explained(exc: Exception, db_path: str | None) -> Exception:
    """SQLite's own failures (damaged pages, a lock held too long, a full disk) as the CLI words
    them: which database, what happened, what to do; the bare "database disk image is
    malformed" told the analyst nothing. Other exceptions pass unchanged."""
    from core.store import DatabaseError, default_db_path
    from core.store.db import storage_error
    from gui.tasks import ImportStopped

    if isinstance(exc, ImportStopped):  # the failure that stopped an import, worded the same way
        exc.cause = _explained(exc.cause, db_path)  # type: ignore[arg-type]
        return exc
    if not isinstance(exc, DatabaseError):
        return exc
    where = db_path or default_db_path()
    explained = storage_error(where, exc, restore_with="File → Restore database…")
    explained.__cause__ = exc
    return explained


def _emit(signal: Any, *args: Any) -> None:
    """Emit from the worker; when the app has quit under a running op (its QObjects are gone),
    there is no one left to tell, and that is not an error."""
    try:
        signal.emit(*args)
    except RuntimeError as exc:  # "Signal source has been deleted"
        log.debug("an operation ended after the application quit: %s", exc)


class Op(QObject):
    """One background operation; build it, attach callbacks, `run_in_background()`."""

    finished = Signal()  # after success, failure or cancellation (for tests and chaining)

    def __init__(self, parent: QObject | None, fn: Callable[[OpContext], Any], *, db_path: str | None = None,
                 label: str = "", long_running: bool = False) -> None:
        super().__init__(None)  # not owned by the parent: a closed window must not delete a running op
        self._parent = parent
        self._fn = fn
        self._db_path = db_path
        self.label = label or getattr(fn, "__name__", "operation")
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._cancel = threading.Event()
        self._stop = threading.Event()
        self._long_running = long_running
        # A child of the Op, so the worker's last reference never frees it on the worker thread.
        self._signals = _Signals(self)
        self.done = False

    # -- building -------------------------------------------------------------------------
    def success(self, cb: Callable[[Any], None]) -> "Op":
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> "Op":
        self._on_failure = cb
        return self

    def progress(self, cb: Callable[[int, int, str], None]) -> "Op":
        self._on_progress = cb
        return self

    def cancelled(self, cb: Callable[[], None]) -> "Op":
        self._on_cancelled = cb
        return self

    # -- running --------------------------------------------------------------------------
    def run_in_background(self) -> "Op":
        ctx = OpContext(self._db_path, self._signals, self._cancel, self._stop)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progressed)
        self._signals.cancelled.connect(self._on_was_cancelled)
        _running.add(self)
        (long_pool() if self._long_running else pool()).start(_Runnable(self._fn, ctx, self._signals))
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next check and no success callback runs."""
        self._cancel.set()

    def stop(self) -> None:
        """Ask the work to end at its next check and deliver what it did: the success callback
        still runs, with the work's own account of the stop (an import report says cancelled)."""
        self._stop.set()

    def is_stopping(self) -> bool:
        return self._stop.is_set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- GUI thread -----------------------------------------------------------------------
    def _parent_alive(self) -> bool:
        """False once the widget that asked for this op has been deleted (window closed)."""
        return self._parent is None or shiboken6.isValid(self._parent)

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        try:
            if self._on_success is not None and not self._cancel.is_set() and self._parent_alive():
                self._on_success(result)
        finally:
            self._finish()

    @Slot(object, str)
    def _on_failed(self, exc: BaseException, tb: str) -> None:
        try:
            log.error("%s failed:\n%s", self.label, tb)
            if not self._parent_alive():
                pass
            elif self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_error(self._parent, exc, title=QCoreApplication.translate("Op", "%1 failed").replace("%1", self.label))
        finally:
            self._finish()

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, message: str) -> None:
        if self._on_progress is not None and not self._cancel.is_set() and self._parent_alive():
            self._on_progress(done, total, message)

    @Slot()
    def _on_was_cancelled(self) -> None:
        try:
            if self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()
        _running.discard(self)


def error_text(exc: BaseException) -> str:
    """What the analyst reads of an error. A store error is worded by the GUI in its language
    (gui.store_errors, by the error's code); one without a known code shows its detail. A store
    error's advice to a command-line user (a `marsad …` command to type) is left out: the GUI's
    menus and buttons are the way on."""
    from core.store import StoreError
    from gui.store_errors import store_error_text

    text = store_error_text(exc) or (exc.detail if isinstance(exc, StoreError) else str(exc))
    return text.strip() or type(exc).__name__


def show_error(parent: QObject | None, exc: BaseException, title: str = "",
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """The one place errors are shown to the analyst: a non-blocking message box (`icon`
    Information for a report with nothing wrong in it)."""
    widget = parent if isinstance(parent, QWidget) else None
    title = title or QCoreApplication.translate("Op", "Error")
    show_message(widget, icon, title, error_text(exc))
