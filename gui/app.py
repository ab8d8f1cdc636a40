"""Starting the desktop reader: QApplication, bundled font, store, main window.

`run_gui(screenshot=PATH)` renders the window with the article open and highlighted, saves a PNG
and returns without a long event loop: it is how docs/screenshots are made and how CI checks
that the GUI starts (works with QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from gui import ops, tasks
from gui.fonts import load_bundled_fonts

ORG_NAME = "Marsad"
APP_NAME = "Marsad"
SCREENSHOT_SIZE = QSize(1400, 900)
SCREENSHOT_TIMEOUT_MS = 120_000
GC_INTERVAL_MS = 500  # young collections cost what was allocated since the last: keep it small
FULL_GC_EVERY = 120  # ticks: the old generation once a minute
SHUTDOWN_WAIT_MS = 30_000  # quitting waits this long for a running op to reach its next check


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named for QSettings, with the bundled font loaded."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    load_bundled_fonts()
    _collect_garbage_on_gui_thread(app)
    return app


def _collect_garbage_on_gui_thread(app: QApplication) -> None:
    """Python's cyclic GC may run on whichever thread allocates; if it frees a QObject (an Op, a
    dialog in a reference cycle) on a worker thread, Qt crashes. As Anki does: no automatic
    collection, a collection every few seconds on the GUI thread instead."""
    if app.property("marsad_gc_timer"):
        return
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(GC_INTERVAL_MS)
    ticks = [0]
    full_due = [False]

    def collect() -> None:
        # A full collection walks every object (≈0.1 s with the GUI and the NLP modules loaded,
        # 0.5 s during an import: an event-loop stall each time). The young generations hold
        # what was made since the last tick (a finished Op, a closed dialog); the old one is
        # walked once a minute, but not while an Op works (its data is in the heap then and
        # is freed by reference counting when it ends), and what survives the first full
        # collection (modules, the window: alive until quit) is frozen, never walked again.
        ticks[0] += 1
        full_due[0] = full_due[0] or ticks[0] == 1 or ticks[0] % FULL_GC_EVERY == 0
        if full_due[0] and not ops.busy():
            full_due[0] = False
            gc.collect()
            if ticks[0] == 1:
                gc.freeze()
        else:
            gc.collect(1)

    timer.timeout.connect(collect)
    timer.start()
    app.setProperty("marsad_gc_timer", True)
    app.aboutToQuit.connect(gc.enable)


def apply_preferences(app: QApplication) -> None:
    """The analyst's language, theme and NER backend (gui/dialogs/settings_dialog.py), before any
    window is built: widgets translate their texts when they are created."""
    from gui import i18n, theme
    from gui.dialogs.settings_dialog import apply_ner_backend, load_preferences

    prefs = load_preferences()
    i18n.install_language(app, prefs.language)
    theme.apply_scheme(prefs.theme)
    apply_ner_backend(prefs.ner_backend)


def run_gui(db_path: str | None = None, open_file: str | None = None, screenshot: str | None = None) -> int:
    """Start Marsad on `db_path`, else the database used last, else the default one. Returns the exit code."""
    from core.store import default_db_path
    from gui.dialogs.settings_dialog import add_recent_database, last_database, recent_databases
    from gui.main_window import MainWindow

    app = application()
    if not screenshot:  # the screenshot mode draws the same picture on every machine
        apply_preferences(app)
    path = str(Path(db_path) if db_path else (last_database() or default_db_path()))
    recent = recent_databases() if not db_path else []
    # the library used last is gone (moved, deleted, on a drive not connected): another one opens,
    # and the analyst must know it is not theirs before reading an empty list as lost work
    vanished = recent[0] if recent and not Path(recent[0]).is_file() and recent[0] != str(Path(path).resolve()) else None
    # A database that cannot be opened (damaged, newer, not a database) is named in a dialog that
    # offers another one; the screenshot mode has no one to ask and fails readably instead.
    first = try_open_database(path)
    if first is not None:
        print(f"marsad: {first}", file=sys.stderr)
        if screenshot:
            return 2
        from gui.dialogs.database_problem import recover

        chosen = recover(path, first, try_open_database)
        if chosen is None:
            return 2
        path = chosen

    settings = QSettings()
    if not screenshot:
        add_recent_database(path, settings)
    window = MainWindow(path)
    if screenshot:  # the same picture whatever this machine's saved layout is
        window.remember_layout = False
        window.resize(SCREENSHOT_SIZE)
        window.reader.set_point_size(15)
    window.show()
    if screenshot:
        app.processEvents()
        window.default_pane_sizes()

    if not screenshot:  # the recent databases were written: told once if they could not be
        window.check_settings_saved(settings)
    if vanished and not screenshot:
        from gui.bidi import isolate_path
        from gui.ops import show_error

        show_error(window, FileNotFoundError(
            QCoreApplication.translate("App", "The database used last, %1, was not found (moved, deleted, or on a "
                                       "drive that is not connected). %2 is open instead; use File → Recent "
                                       "databases or Open database… once it is back.")
            .replace("%1", isolate_path(vanished)).replace("%2", isolate_path(path))),
            title=QCoreApplication.translate("App", "Database not found"))

    if open_file:
        window.import_files([str(Path(open_file).resolve())], open_first=True)
    else:
        window.refresh_library()
        window.load_facets()

    if not screenshot:
        code = app.exec()
        # The window cancelled its ops when it closed; each ends at its next check (an import
        # after the current article). Wait for them so none reports to a torn-down application.
        ops.cancel_all()
        ops.wait_for_all(SHUTDOWN_WAIT_MS)
        return code
    return _save_screenshot(app, window, screenshot, open_file)


def _save_screenshot(app: QApplication, window: Any, out: str, open_file: str | None) -> int:
    """Wait (bounded) until the article is on screen, select its first incident, grab a PNG."""
    loop = QEventLoop()
    window.articleShown.connect(lambda _id: loop.quit())
    window.articleFailed.connect(lambda _msg: loop.quit())
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(SCREENSHOT_TIMEOUT_MS)
    if window.article is None:
        loop.exec()
    timer.stop()
    if window.article is None:
        print("marsad: the article did not open in time; no screenshot", file=sys.stderr)
        ops.wait_for_all()
        return 1
    if window.incidents.model.rowCount():
        window.incidents.select_first()
    settle_layout(app, window)
    pixmap = window.grab()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    ok = pixmap.save(out, "PNG")
    window.close()
    ops.wait_for_all()
    return 0 if ok else 1


def settle_layout(app: QApplication, window: QWidget, passes: int = 20) -> None:
    """Process events until no widget of `window` moves or resizes (at most `passes` rounds).

    A layout request climbs one widget level per round of posted events: one `processEvents`
    after the article opened left the key sentences squeezed to their toggle's height in the
    screenshot (the list shown, its pane not yet laid out again)."""
    def geometry() -> list[tuple[int, int, int, int]]:
        return [w.geometry().getRect() for w in window.findChildren(QWidget) if w.isVisible()]

    before, still = geometry(), 0
    for _ in range(passes):
        app.processEvents()
        after = geometry()
        still = still + 1 if after == before else 0
        if still == 2:  # a round may only re-run a layout whose owner then moves in the next
            return
        before = after


def try_open_database(path: str) -> BaseException | None:
    """Open `path` on the worker (seeding a new one with the sample); the problem, or None if usable."""
    outcome = _run_now(lambda ctx: tasks.seed_if_empty(ctx.db), path)
    return outcome if isinstance(outcome, BaseException) else None


def _run_now(fn: Any, db_path: str) -> Any:
    """Run one op and wait for it (start-up only, before any window exists)."""
    result: list[Any] = []
    loop = QEventLoop()
    op = ops.Op(None, fn, db_path=db_path, label=QCoreApplication.translate("App", "Opening the library"))
    op.success(result.append).failure(result.append)
    op.finished.connect(loop.quit)
    op.run_in_background()
    if not op.done:
        loop.exec()
    return result[0] if result else None
