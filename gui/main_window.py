"""The main window: library | reader | incidents, menus, drag-and-drop, remembered layout.

`gui.wiring.connect_signals` is the one place where panes are wired to each other; slots are `on_*`.
Every store or NLP call goes through `gui.ops.Op` with the work in `gui.tasks`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QSplitter, QToolButton,
                               QVBoxLayout, QWidget)

from core.store.analyses import count_incidents
from gui import actions, i18n, ops, tasks, theme, undo, wiring
from gui.bidi import LRI, PDI, file_filters, isolate_auto, isolate_path
from gui.incidents import IncidentPanel
from gui.incidents.corrections import incident_from_selection, new_incident_data
from gui.incidents.editor import IncidentEditor
from gui.library import LibraryPane, progress_bar, set_dates
from gui.library.model import PAGE_SIZE
from gui.notes import HighlightDialog, NotesPane
from gui.ops import Op
from gui.dialogs import backup_restore
from gui.dialogs import settings_dialog as prefs
from gui.dialogs.article_details import ArticleDetailsDialog
from gui.dialogs.shortcuts import ShortcutsDialog
from gui.reader import Legend, ReaderView
from gui.reader.find_bar import FindBar
from gui.reader.corrections_dialog import EntityCorrectionsDialog
from gui.reader.highlights import Highlight, snap_to_words
from gui.reader.mentions import MentionsDialog
from gui.reader.place_picker import PlacePicker
from gui.summary import SummaryView
from gui.summary.data import SummaryData, SummaryScope
from gui.tabs import tab_widget

translate = QCoreApplication.translate
STATUS_TIMEOUT_MS = 6000  # how long a status message that is no progress stays up (MainWindow.show_status)


def import_filter() -> str:
    """The Import dialog's file filter: every extension the readers accept (core decides, not the GUI)."""
    from core.ingest.readers import SUPPORTED_EXTENSIONS

    patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
    return file_filters(translate("MainWindow", "Articles (%1)").replace("%1", patterns) + ";;"
                        + translate("MainWindow", "All files (*)"))


def recent_entry(path: str) -> str:
    """The File › Recent databases entry of `path`: the whole path, in isolate_path, «&» kept as is."""
    return isolate_path(path).replace("&", "&&")


class MainWindow(QMainWindow):
    articleShown = Signal(object)  # article id, once text, highlights and incidents are on screen
    articleFailed = Signal(str)  # the article could not be opened at all
    libraryLoaded = Signal(int)  # number of rows
    importFinished = Signal(object)  # tasks.ImportOutcome
    datesRead = Signal(object)  # core.ingest.redate.RedateReport, after File → Read dates from article text…
    libraryStepPutBack = Signal(object)  # tasks.LibraryPutBack, after Undo or Redo of a library-wide edit
    datesSet = Signal(object)  # tasks.DatesSet, after Set date… (the selected articles dated, analysed again)
    reanalysed = Signal(int)  # articles analysed again, after File → Analyse outdated articles again…
    incidentsChanged = Signal(object)  # the open article's incidents after an analyst correction
    entitiesChanged = Signal(object)  # the open article's entities after an entity correction and re-analysis
    highlightsChanged = Signal(object)  # the open article's highlights after a save
    annotationSaved = Signal(str)  # "note", "tags", "starred", "read": stored
    mentionsShown = Signal(object)  # rows of the entity-mentions dialog
    summaryShown = Signal(object)  # gui.summary.data.SummaryData, once on screen
    databaseOpened = Signal(str)  # the path of the database the window now shows
    databaseRestored = Signal(object)  # core.store.backup.RestoreResult, once every pane reloads
    corroborationsShown = Signal(object)  # the open article's other reports, read again after a correction
    incidentCountChanged = Signal(object, int)  # article id, its counted incidents now (analysed, corrected)

    def __init__(self, db_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = str(db_path)  # the one path; each worker opens its own connection to it
        self.article: tasks.ArticleView | None = None
        self._open_op: Op | None = None
        self.remember_layout = True  # off for screenshots, which must not overwrite the user's layout
        self._import_op: Op | None = None
        self._restore_op: Op | None = None
        self.editor: IncidentEditor | None = None  # the open incident editor, if any
        self.place_picker: PlacePicker | None = None  # the open gazetteer choice for a Location, if any
        self.corrections_dialog: EntityCorrectionsDialog | None = None  # the article's entity decisions, if open
        # the running library-wide dates job, one at a time (the name is older than its second use): Set date…
        # (gui/library/set_dates.run: articles dated, then analysed again) or Undo/Redo of a library step, Set
        # date… or Read dates… (_step_library: the dates put back, then analysed again); Cancel stops either
        self.library_dates_op: Op | None = None
        self.set_dates_dialog: Any = None  # Set date…'s dialog, the last opened
        self.details_dialog: ArticleDetailsDialog | None = None  # Article details…, the last opened
        self._library_generation = 0  # answers to older library queries are dropped
        self._summary_op: Op | None = None
        self._summary_generation = 0
        self._reopen_after_reload: Any = None  # the article to show again after a restore reloads the library
        self._import_note: tuple[Any, str] | None = None  # the import's report, kept up by the article it opens
        self._status_busy = False  # the status bar says work is under way (show_status)
        self.history = undo.History()  # Edit › Undo / Redo: every edit of the open article (gui/undo.py)
        self._note_typing = 0  # the free note's saves while it keeps the focus are one step: this counts the spells
        self._undo_busy = False  # an undo or redo is being stored: the next waits for it
        self._note_saves = 0  # saves of the free note sent to the worker and not back yet
        self._step_waiting: bool | None = None  # an undo (True) or redo (False) waiting for those saves
        self._update_title()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._build_panes()
        self._build_menus()
        wiring.connect_signals(self)  # every connection between panes, in gui/wiring.py
        self.restore_layout()
        self._reopen_after_reload = prefs.last_article(self.db_path)  # where the analyst left off

    # -- construction ---------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.library = LibraryPane()
        self.reader = ReaderView()
        self.legend = Legend()
        self.find_bar = FindBar()
        self.mentions: MentionsDialog | None = None  # created on the first entity click
        self._pending_reveal: tuple[Any, int, int] | None = None  # open this article at this span
        self._pending_incident: tuple[Any, int, int] | None = None  # … and select the incident told there
        self._pending_added: tuple[Any, set[Any]] | None = None  # an incident being added: select it once stored
        self.incidents = IncidentPanel()
        self.notes = NotesPane()
        self.side_tabs = tab_widget()
        self.side_tabs.setObjectName("sideTabs")
        self.summary = SummaryView(arabic_labels=i18n.is_rtl())
        self.side_tabs.addTab(self.incidents, self.tr("Incidents"))
        self.side_tabs.addTab(self.notes, self.tr("Notes"))
        self.side_tabs.addTab(self.summary, self.tr("Summary"))
        self.highlight_color = theme.DEFAULT_HIGHLIGHT  # the colour Ctrl+H uses: the last one chosen

        self.article_title = QLabel("")
        self.article_title.setObjectName("articleTitle")
        self.article_title.setWordWrap(True)
        self.article_title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.article_title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        # Its margins here, not as a style sheet padding: a wrapped label counts that padding twice
        # when it asks how tall it must be, so a title that fits on one line within 16 px of the
        # pane's width was given two lines' height, a blank line under it.
        self.article_title.setContentsMargins(8, 2, 8, 2)
        self.article_meta = QLabel("")
        self.article_meta.setObjectName("articleMeta")
        # Wrapped: unwrapped, its whole line was the reader column's minimum width, and a long one
        # («Bundled sample (user's reference article) · date unknown», a feed's long title) with
        # the library's filters open made the window wider than 1100 px. Margins as the title's.
        self.article_meta.setWordWrap(True)
        self.article_meta.setContentsMargins(8, 0, 8, 2)
        reader_col = QWidget()
        reader_col.setObjectName("readerColumn")
        col = QVBoxLayout(reader_col)
        col.setContentsMargins(6, 6, 6, 6)
        col.setSpacing(4)
        col.addWidget(self.article_title)
        col.addWidget(self.article_meta)
        col.addWidget(self.legend)
        col.addWidget(self.find_bar)
        col.addWidget(self.reader, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(reader_col)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)
        self._splitter_restored = False
        self.settings_warning: QMessageBox | None = None  # shown once when the settings cannot be written

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelOperation")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the import after the current article; what is imported is kept"))
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.setStyleSheet(theme.window_style())

    def _build_menus(self) -> None:
        actions.build_menus(self)  # every QAction and shortcut, in one place
        self.on_reader_selection_changed()
        self._reader_placeholder()

    def _reader_placeholder(self) -> None:
        """What the reader says while no article is open (a new user's empty library, a database
        just switched to): how to bring articles in. It was a blank page, the only hint a small
        line under the library list."""
        def keys(action: QAction) -> str:  # left to right in the Arabic text too: «Ctrl+Shift+V»
            text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            return f"{LRI}{text}{PDI}" if text else ""

        self.reader.set_empty_hint(
            self.tr("No article open. Import articles with File › Import… (%1), a whole folder with "
                    "File › Import a folder… (%2), paste an article you copied with %3, "
                    "or drop files on this window.")
            .replace("%1", keys(self.action_import)).replace("%2", keys(self.action_import_folder))
            .replace("%3", keys(self.action_paste)))

    # -- actions (each a few lines: build an Op, say what to do with its result) ------------
    def refresh_library(self, then_open: Any = None, then_select: Any = (), then_selected: Any = None) -> Op:
        """Run the library's current query (search, filters, order) from its first page; then open
        `then_open` and select the rows of `then_select` (an import's undated articles), and call
        `then_selected(n)` with the number of them selected: 0 when the page was not this query's
        last one (the analyst typed on) or could not be read, so the caller's word always comes."""
        self._library_generation += 1
        generation, query = self._library_generation, self.library.query()
        label = self.tr("Loading the library")
        op = (Op(self, lambda ctx: tasks.library_page(ctx.db, query, generation, 0, PAGE_SIZE), db_path=self.db_path,
                 label=label)
              .success(lambda page: self.on_library_page(page, then_open, then_select, then_selected)))
        if then_selected is not None:
            def failed(exc: BaseException) -> None:
                then_selected(0)
                ops.show_error(self, exc, title=QCoreApplication.translate("Op", "%1 failed").replace("%1", label))

            op.failure(failed)
            op.cancelled(lambda: then_selected(0))  # a reload cancelled (quitting) still lets the word come
        return op.run_in_background()

    def load_facets(self) -> Op:
        return (Op(self, lambda ctx: tasks.library_facets(ctx.db), db_path=self.db_path, label=self.tr("Loading the filters"))
                .success(self.library.set_facets)
                .run_in_background())

    def open_article(self, article_id: Any, fallback: Any = None) -> Op:
        """Open `article_id` in the reader; if it is no longer in the library and `fallback` is
        given (the remembered article at start-up), open `fallback` instead of showing an error."""
        self.notes.flush_note()  # the note typed on the previous article is saved first
        if self._open_op is not None and not self._open_op.done:
            self._open_op.cancel()  # a newer click wins; the old result is dropped
        self.show_status(self.tr("Opening…"), busy=True)
        search = self.library.query().text  # opened from a search: the reader shows where it matched
        op = Op(self, lambda ctx: tasks.load_article(ctx.db, article_id, ctx.cancelled, search), db_path=self.db_path,
                label=self.tr("Opening the article"))
        def failed(exc: BaseException) -> None:
            if fallback is not None and isinstance(exc, LookupError):
                self.library.select_article(fallback, emit=False)
                self.open_article(fallback)
            else:
                self.on_article_failed(exc)

        self._open_op = op.success(self.on_article_loaded).failure(failed).run_in_background()
        return op

    def import_files(self, paths: list[str], open_first: bool = True) -> Op:
        """Import on the long-job thread (opening articles meanwhile does not wait), with a
        progress bar and a Cancel button that keeps what was imported. One import at a time."""
        busy = self._import_blocked()
        if busy is not None:
            return busy
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        if any(Path(p).is_dir() for p in paths):  # its files are counted on the import's thread
            self.show_status(self.tr("Importing the folder's articles…"), busy=True)
        else:
            self.show_status(i18n.plural(self.tr("Importing %n file(s)…", "", len(paths)), len(paths)), busy=True)

        def work(ctx: ops.OpContext) -> Any:
            return tasks.import_files(ctx.db, paths, on_progress=ctx.progress, should_cancel=ctx.cancelled)

        op = Op(self, work, db_path=self.db_path, label=self.tr("Import"), long_running=True)
        started_in = self.db_path
        self._import_op = (op.progress(self.on_import_progress)
                           .success(lambda report: self.on_import_finished(report, open_first and self.db_path == started_in,
                                                                            self.db_path == started_in))
                           .failure(self.on_import_failed)
                           .run_in_background())
        return op

    def _import_blocked(self) -> Op | None:
        """The running import or restore that keeps another import from starting (said in the status bar)."""
        if self._import_op is not None and not self._import_op.done:
            self.show_status(self.tr("An import is running: wait for it or cancel it first."), 8000)
            return self._import_op
        if self._restore_op is not None and not self._restore_op.done:
            # a restore copies over the database: an import beside it would be locked out or lost
            self.show_status(self.tr("Wait for the restore to finish before importing."), 8000)
            return self._restore_op
        return None

    def on_paste_requested(self) -> None:
        """File → Paste as a new article: the clipboard's text (an article copied from a web page
        or a message) imported and opened as a file's article is."""
        self.import_text(QGuiApplication.clipboard().text())

    def import_text(self, text: str, dropped: bool = False) -> Op | None:
        if not text.strip():
            self.show_status(self.tr("The clipboard holds no text to import."), 8000)
            return None
        busy = self._import_blocked()
        if busy is not None:
            return busy
        self.progress.setRange(0, 0)
        self.progress.show()
        self.show_status(self.tr("Importing the dropped text…") if dropped
                         else self.tr("Importing the pasted text…"), busy=True)
        op = Op(self, lambda ctx: tasks.import_text(ctx.db, text), db_path=self.db_path, label=self.tr("Import"),
                long_running=True)
        started_in = self.db_path
        self._import_op = (op.success(lambda outcome: self.on_import_finished(outcome, self.db_path == started_in,
                                                                             self.db_path == started_in))
                           .failure(self.on_import_failed)
                           .run_in_background())
        return op

    def run_incident_op(self, work: Any, label: str) -> Op | None:
        """Store one analyst correction of the open article's incidents, then show the result (Edit › Undo takes it back)."""
        return self.run_recorded_op(undo.INCIDENTS, work, label, self.on_incidents_changed, self._incident_what())

    def _incident_what(self) -> str:
        """An analyst correction of the incidents as it is named: Edit › Undo's item ("Undo the incident
        correction"), its status message, and the status bar once it is saved ("Saved: the incident correction.")."""
        return self.tr("the incident correction")

    def run_recorded_op(self, table: str, work: Any, label: str, done: Any, what: str, merge: Any = None) -> Op | None:
        """`run_article_op` of a change Edit › Undo takes back: the article's `table` part is read
        before and after it (steps of one `merge` make one)."""
        return self.run_article_op(undo.recorded(table, work), label,
                                   lambda article_id, outcome: self._recorded(table, article_id, outcome, what, done,
                                                                              merge))

    def _recorded(self, table: str, article_id: Any, outcome: Any, what: str, done: Any, merge: Any = None) -> None:
        result, before, after = outcome
        if self.article is not None and self.article.id == article_id:
            self.history.record(undo.Step(table, article_id, before, after, what, merge))
            self.update_undo_actions()
        done(article_id, result)

    def update_undo_actions(self) -> None:
        """Enabled when there is a step; the text says which: "Undo the highlight «…»"."""
        for action, steps, plain, named in ((self.action_undo, self.history.undo, self.tr("&Undo"), self.tr("&Undo %1")),
                                            (self.action_redo, self.history.redo, self.tr("&Redo"), self.tr("&Redo %1"))):
            action.setEnabled(bool(steps) and not self._undo_busy)
            action.setText(named.replace("%1", steps[-1].what.replace("&", "&&")) if steps else plain)

    def _shown_after(self, table: str) -> Any:
        """The slot that shows the article's `table` part as it is after a change, put back or not."""
        return {undo.HIGHLIGHTS: self.on_highlights_changed, undo.INCIDENTS: self.on_incidents_changed,
                undo.NOTES: self.on_notes_put_back, undo.TAGS: self.on_tags_put_back, undo.FLAGS: self.on_flags_put_back,
                undo.DETAILS: self.on_details_saved, undo.ENTITIES: self.on_entities_corrected}[table]

    def on_undo_requested(self) -> None:
        """Edit › Undo: the last edit of the open article (whatever it was: gui/undo.py), taken back."""
        self._step_history(back=True)

    def on_redo_requested(self) -> None:
        """Edit › Redo: the change last undone on the open article, made again."""
        self._step_history(back=False)

    def _set_undo_busy(self, busy: bool) -> None:
        """While an undo or redo is being stored, Undo and Redo wait for it."""
        self._undo_busy = busy
        self.update_undo_actions()

    def _step_history(self, back: bool) -> None:
        """Undo (`back`) or redo one step: put the rows it read before (after) back, on the worker."""
        if self._undo_busy:
            return
        # the note typed less than half a second ago is not saved yet: it is saved now, as the same
        # step, and the undo waits for it to be recorded (else it would take back the step before)
        self.notes.flush_note()
        if self._note_saves:
            self._step_waiting = back
            self._set_undo_busy(True)
            return
        source, target = (self.history.undo, self.history.redo) if back else (self.history.redo, self.history.undo)
        if not source or (not source[-1].library and (self.article is None or source[-1].article_id != self.article.id)):
            self.show_status(self.tr("Nothing to undo.") if back else self.tr("Nothing to redo."), 4000)
            return
        if source[-1].library:
            self._step_library(back, source, target)
            return
        step = source.pop()
        rows = step.before if back else step.after
        self._set_undo_busy(True)

        def done(article_id: Any, result: Any) -> None:
            if self.article is not None and self.article.id == article_id:
                target.append(step)
            self._set_undo_busy(False)
            self._shown_after(step.table)(article_id, result)
            self.show_status((self.tr("Undone: %1.") if back else self.tr("Redone: %1.")).replace("%1", step.what), 6000)

        def failed(exc: BaseException) -> None:
            from core.store.undo import ChangedSince

            self._set_undo_busy(False)
            if isinstance(exc, ChangedSince):  # changed by something else since: the step goes, nothing is lost
                text = self.tr("Could not undo %1: the article has changed since.") if back else \
                    self.tr("Could not redo %1: the article has changed since.")
                self.show_status(text.replace("%1", step.what), 10000)
                return
            if self.article is not None and self.article.id == step.article_id:
                source.append(step)  # nothing was put back (a lock, a full disk): the step stays to try again
                self.update_undo_actions()
            ops.show_error(self, exc, title=self.tr("Could not undo") if back else self.tr("Could not redo"))

        expected = step.after if back else step.before  # as the step left it
        op = self.run_article_op(lambda db, aid: undo.put_back(db, aid, step.table, rows, expected),
                                 self.tr("Undoing") if back else self.tr("Redoing"), done)
        if op is None:
            self._set_undo_busy(False)
        else:
            op.failure(failed)

    def record_library_step(self, db_path: str, before: dict[int, Any], after: dict[int, Any], what: str) -> None:
        """A library-wide edit of the articles' details (Set date…, Read dates…) done in `db_path`:
        one step of Edit › Undo (gui/undo.py), if that database is still the one shown."""
        if db_path == self.db_path and before:
            self.history.record(undo.Step(undo.DETAILS, None, before, after, what))
            self.update_undo_actions()

    def _step_library(self, back: bool, source: list[undo.Step], target: list[undo.Step]) -> None:
        """Undo (`back`) or redo a library-wide step: every article's details put back in one
        transaction, then the re-dated ones analysed again (tasks.put_back_library) with the
        progress bar; Cancel stops the analysis (the dates stay put back, the rest count as outdated)."""
        if set_dates.busy(self):  # Set date… or another Undo/Redo still running
            return
        step = source.pop()
        values, expected = (step.before, step.after) if back else (step.after, step.before)
        started_in = self.db_path
        self._set_undo_busy(True)
        set_dates.begin_job(self, self.tr("Undoing") if back else self.tr("Redoing"))

        def ended() -> None:
            self._set_undo_busy(False)
            set_dates.end_job(self)

        def done(outcome: tasks.LibraryPutBack) -> None:
            ended()
            if self.db_path != started_in:
                return
            target.append(step)
            self.update_undo_actions()
            text = (self.tr("Undone: %1.") if back else self.tr("Redone: %1.")).replace("%1", step.what)
            if outcome.cancelled:
                text += " " + set_dates.not_analysed_text(outcome.not_analysed)  # every date is back; these wait
            self.show_status(text, 10000)
            self.refresh_library()
            self.load_facets()
            if self.article is not None and self.article.id in set(outcome.changed):
                self.open_article(self.article.id)  # its date as it was, and its incidents' dates
            self.libraryStepPutBack.emit(outcome)

        def failed(exc: BaseException) -> None:
            from core.store.undo import ChangedSince

            ended()
            if isinstance(exc, ChangedSince):  # one of them changed since: the step goes, nothing is lost
                self.clear_status()
                text = self.tr("Could not undo %1: an article has changed since.") if back else \
                    self.tr("Could not redo %1: an article has changed since.")
                self.show_status(text.replace("%1", step.what), 10000)
                return
            if self.db_path == started_in:
                source.append(step)  # nothing was put back (a lock, a full disk): the step stays to try again
                self.update_undo_actions()
            progress_bar.failed(self, exc, self.tr("Could not undo") if back else self.tr("Could not redo"))

        op = Op(self, lambda ctx: tasks.put_back_library(ctx.db, step.table, values, expected, ctx.progress,
                                                         ctx.cancelled),
                db_path=self.db_path, label=self.tr("Undoing") if back else self.tr("Redoing"), long_running=True)
        self.library_dates_op = op.progress(set_dates.job_progress(self)).success(done).failure(failed) \
            .run_in_background()

    @staticmethod
    def _quoted(quote: str) -> str:
        """Words of the article as a change's name quotes them: cut to a few words, isolated."""
        quote = " ".join(quote.split())
        return isolate_auto(quote if len(quote) <= 40 else quote[:39].rstrip() + "…")

    def _article_words(self, start: int, end: int) -> str:
        """The open article's text from `start` to `end` (empty when no article is open)."""
        return self.article.text[start:end] if self.article is not None else ""

    def _annotation_count(self) -> int:
        """The open article's annotations as the notes pane shows them: its highlights, and the free
        note when one is written (the Notes tab's count and the library row's)."""
        return len(self.notes.highlights()) + (1 if self.notes.note.toPlainText().strip() else 0)

    def _highlight_what(self, quote: str, kind: str) -> str:
        """A highlight change as Edit › Undo's status message names it; the quote cut to a few words."""
        quote = self._quoted(quote)
        text = {"add": self.tr("the highlight «%1»"), "edit": self.tr("the change to the highlight «%1»"),
                "delete": self.tr("deleting the highlight «%1»")}[kind]
        return text.replace("%1", quote)

    def run_article_op(self, work: Any, label: str, done: Any) -> Op | None:
        """Store one analyst change to the open article (each its own transaction), then `done(article_id, result)`."""
        if self.article is None:
            return None
        article_id = self.article.id
        return (Op(self, lambda ctx: work(ctx.db, article_id), db_path=self.db_path, label=label)
                .success(lambda result: done(article_id, result))
                .run_in_background())

    # -- the status bar: its messages are written here and nowhere else ------------------------
    def show_status(self, text: str, timeout_ms: int = STATUS_TIMEOUT_MS, *, busy: bool = False) -> None:
        """Show `text` in the status bar. A message that tells what was done or what to do first
        ("Saved.", "Select some text first.") goes after `timeout_ms`, or sooner: the next message
        or a new search replaces it. A `busy` one ("Opening…", "Importing 3/10…") stays until the
        work it names says how it ended. Before, a "Saved." stayed up over a search's results."""
        self._status_busy = busy
        self.statusBar().showMessage(text, 0 if busy else timeout_ms)

    def clear_status(self) -> None:
        self._status_busy = False
        self.statusBar().clearMessage()

    def _clear_done_status(self) -> None:
        """A new search or another article: what was said about the last one is stale (a running
        import or backup's progress stays)."""
        if not self._status_busy:
            self.clear_status()

    # -- slots: reading comfort ----------------------------------------------------------------
    def on_find_changed(self, text: str) -> None:
        total = self.reader.find_all(text) if text.strip() else 0
        if not text.strip():
            self.reader.clear_find()
        self.find_bar.show_count(self.reader.current_hit(), total)

    def on_find_step(self, forward: bool) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar(self.reader.selected_text())
            return
        current = self.reader.find_next(forward)
        self.find_bar.show_count(current, len(self.reader.find_hits()))

    def on_find_closed(self) -> None:
        self.reader.clear_find()
        self.reader.setFocus()

    def on_search_focus_requested(self) -> None:
        self.library.show()
        self.action_show_library.setChecked(True)
        self.library.search.setFocus()
        self.library.search.selectAll()

    def on_side_tab_requested(self, pane: QWidget) -> None:
        """Ctrl+1/2/3: the incidents, notes or summary tab, shown (View → Incidents may have hidden
        the side pane) and with the keyboard in it: ↑/↓ then step through the incidents (their
        evidence comes into view) or the highlights, Ctrl+E edits the one selected. Before, the tab
        changed but the keys went on moving the reader's cursor."""
        if not self.side_tabs.isVisible():
            self.action_show_incidents.setChecked(True)
        self.side_tabs.setCurrentWidget(pane)
        if pane is self.incidents and self.incidents.current_row() < 0 and self.incidents.model.rowCount():
            self.incidents.select_first()  # something for Ctrl+E from the first key on
        target = {self.incidents: self.incidents.table, self.notes: self.notes.list}.get(pane, pane)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_panes(self) -> list[tuple[QWidget, QWidget]]:
        """(pane, the widget that takes the keyboard in it) of each pane on screen, left to right:
        the library's list, the article's text, the side tab's list (incidents, highlights) or the tab."""
        side = self.side_tabs.currentWidget()
        target = {self.incidents: self.incidents.table, self.notes: self.notes.list}.get(side, side)
        panes = [(self.library, self.library.table), (self.reader.parentWidget(), self.reader), (self.side_tabs, target)]
        return [(pane, widget) for pane, widget in panes if pane.isVisible() and widget is not None]

    def on_pane_step(self, delta: int) -> None:
        """F6 / Shift+F6: the keyboard to the next or previous pane. On Tab, the article's text came
        after the library's search, filter button, list and the legend's eleven chips, and from the
        incident table back to the text took sixteen Tabs; there was no key for it."""
        panes = self.focus_panes()
        if not panes:
            return
        focus = QApplication.focusWidget() or self.focusWidget()
        here = next((i for i, (pane, _w) in enumerate(panes)
                     if focus is not None and (focus is pane or pane.isAncestorOf(focus))), None)
        nxt = (0 if delta > 0 else len(panes) - 1) if here is None else (here + delta) % len(panes)
        panes[nxt][1].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_shortcuts_requested(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self.menuBar(), self)
        self.shortcuts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.shortcuts_dialog.open()

    def on_entity_clicked(self, h: Highlight) -> None:
        names = " / ".join(str(h.attrs[k]) for k in ("name_ar", "name_en") if h.attrs.get(k))
        if self.mentions is None:
            self.mentions = MentionsDialog(self)
            self.mentions.mentionActivated.connect(self.on_mention_activated)
        self.mentions.show_loading(h.display, h.text, names)
        self.mentions.show()
        attrs = dict(h.attrs)
        (Op(self, lambda ctx: tasks.entity_mentions(ctx.db, h.label, h.text, attrs), db_path=self.db_path,
            label=self.tr("Finding the mentions"))
         .success(lambda rows: self.on_mentions_found(h, names, rows))
         .run_in_background())

    def on_mentions_found(self, h: Highlight, names: str, rows: list[dict[str, Any]]) -> None:
        if self.mentions is not None:
            self.mentions.set_mentions(h.display, h.text, names, rows)
            self.mentionsShown.emit(rows)

    def on_report_requested(self, article_id: int, start: int, end: int) -> None:
        """Another article's report of an incident: open that article with its incident selected."""
        if start < 0:  # an incident without evidence: the article, from its top
            self.library.select_article(article_id, emit=False)
            self.open_article(article_id)
            return
        self._pending_incident = (article_id, start, end)
        self.on_mention_activated(article_id, start, end)

    def refresh_corroborations(self) -> Op | None:
        """Read the other articles' reports again (a correction may make or break a link)."""
        return self.run_article_op(tasks.corroborations, self.tr("Finding other reports of the incidents"),
                                   self.on_corroborations_found)

    def on_corroborations_found(self, article_id: Any, reports: dict[str, list[dict[str, Any]]]) -> None:
        if self.article is not None and self.article.id == article_id:
            self.article.corroborations = reports
            self.incidents.set_corroborations(reports)
            self.corroborationsShown.emit(reports)

    def on_mention_activated(self, article_id: Any, start: int, end: int) -> None:
        if self.article is not None and self.article.id == article_id:
            self.reader.reveal(start, end)
            return
        self._pending_reveal = (article_id, start, end)
        self.library.select_article(article_id, emit=False)
        self.open_article(article_id)

    def _show_meta(self, view: tasks.ArticleView) -> None:
        """The source and date under the title; a date read from the article's dateline says so."""
        date = view.published or self.tr("date unknown")
        if view.published and view.date_origin == "text":
            date = self.tr("%1 (read from the text)").replace("%1", view.published)
        meta = [isolate_auto(i18n.source_name(view.source)) if view.source else "", date]
        self.article_meta.setText("  ·  ".join(m for m in meta if m))

    # -- slots: Article details… (title, date, source) -------------------------------------------
    def on_details_requested(self) -> None:
        if self.article is None:
            self.show_status(self.tr("Open an article first."), 6000)
            return
        a = self.article
        dialog = ArticleDetailsDialog({"title": a.title, "source": a.source, "published": a.published,
                                       "date_origin": a.date_origin}, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda d=dialog: self.on_details_accepted(d))
        self.details_dialog = dialog
        dialog.open()  # window-modal: the article cannot change under it

    def on_details_accepted(self, dialog: ArticleDetailsDialog) -> None:
        if not dialog.changed():
            return
        values = dialog.values()
        self.run_recorded_op(undo.DETAILS, lambda db, aid: tasks.save_article_details(db, aid, values["title"],
                                                                                      values["source"], values["published"]),
                             self.tr("Saving the article's details"), self.on_details_saved,
                             self.tr("the change to the article's details"))

    def on_details_saved(self, article_id: Any, saved: tasks.DetailsSaved) -> None:
        d = saved.details
        self.library.model.update_article(article_id, title=d["title"], source=d["source"], published=d["published"],
                                          date_origin=d["date_origin"])
        if self.article is not None and self.article.id == article_id:
            self.article.title, self.article.source = d["title"], d["source"]
            self.article.published, self.article.date_origin = d["published"], d["date_origin"]
            self.article_title.setText(d["title"] or self.tr("(untitled)"))
            self._show_meta(self.article)
        if saved.analysis is not None:
            self.on_entities_corrected(article_id, saved.analysis)
        else:
            self.show_status(self.tr("Saved."), 4000)

    # -- slots: the analyst's entity corrections ------------------------------------------------
    def on_entity_mark_requested(self, label: str) -> None:
        span = _whole_words(self.reader.text(), self.reader.selected_span())
        if self.article is None or span is None:
            self.show_status(self.tr("Select the words to mark as an entity first."), 6000)
            return
        if label == "LOCATION":  # which place: the gazetteer's homonyms, as the incident editor finds them
            self.run_article_op(lambda db, aid: tasks.place_choices(db, aid, span[0], span[1]),
                                self.tr("Looking up the place"), lambda aid, choices: self.on_place_choices(aid, span, choices))
            return
        self._mark_entity(span, label, None)

    def on_place_choices(self, article_id: Any, span: tuple[int, int], choices: list[dict[str, Any]]) -> None:
        if self.article is None or self.article.id != article_id:
            return
        if not choices:
            self._mark_entity(span, "LOCATION", {})
            return
        self.place_picker = PlacePicker(self.article.text[span[0]:span[1]], choices, self)
        self.place_picker.accepted.connect(lambda p=self.place_picker: self._mark_entity(span, "LOCATION", p.chosen()))
        self.place_picker.open()

    def _mark_entity(self, span: tuple[int, int], label: str, attrs: dict[str, Any] | None) -> None:
        quote = self._quoted(self._article_words(*span))
        self.run_recorded_op(undo.ENTITIES, lambda db, aid: tasks.mark_entity(db, aid, span[0], span[1], label, attrs),
                             self.tr("Marking the entity and analysing again"), self.on_entities_corrected,
                             self.tr("marking «%1» as an entity").replace("%1", quote))

    def on_entity_remove_requested(self, h: Highlight) -> None:
        start, end = h.span or (h.start, h.end)
        quote = self._quoted(self._article_words(start, end))
        self.run_recorded_op(undo.ENTITIES, lambda db, aid: tasks.unmark_entity(db, aid, start, end, h.label, h.source),
                             self.tr("Removing the entity and analysing again"), self.on_entities_corrected,
                             self.tr("removing the entity «%1»").replace("%1", quote))

    def on_entity_corrections_requested(self) -> None:
        if self.article is None:
            self.show_status(self.tr("Open an article first."), 6000)
            return
        self.run_article_op(tasks.entity_corrections, self.tr("Listing the entity corrections"),
                            self.on_entity_corrections_listed)

    def on_entity_corrections_listed(self, article_id: Any, decisions: list[dict[str, Any]]) -> None:
        if self.article is None or self.article.id != article_id:
            return
        if self.corrections_dialog is not None:
            self.corrections_dialog.close()
        dialog = EntityCorrectionsDialog(self.article.text, decisions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.undoRequested.connect(lambda keys, d=dialog: self.on_entity_undo_requested(d, keys))
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget_corrections_dialog(d))
        self.corrections_dialog = dialog
        dialog.open()  # window-modal: the article cannot change under it

    def _forget_corrections_dialog(self, dialog: EntityCorrectionsDialog) -> None:
        if self.corrections_dialog is dialog:
            self.corrections_dialog = None

    def on_entity_undo_requested(self, dialog: EntityCorrectionsDialog, keys: list[tuple[int, int, str]]) -> None:
        shown = dialog.decisions()

        def failed(exc: BaseException) -> None:
            ops.show_error(self, exc, title=self.tr("Could not undo the entity corrections"))
            if shiboken6.isValid(dialog):
                dialog.set_decisions(shown)

        op = self.run_recorded_op(undo.ENTITIES, lambda db, aid: tasks.undo_entity_corrections(db, aid, keys),
                                  self.tr("Undoing entity corrections and analysing again"),
                                  lambda aid, result: self.on_entity_corrections_undone(dialog, aid, result),
                                  self.tr("clearing entity corrections"))
        if op is not None:
            op.failure(failed)

    def on_entity_corrections_undone(self, dialog: EntityCorrectionsDialog, article_id: Any,
                                     result: tasks.EntitiesCorrected) -> None:
        if shiboken6.isValid(dialog):
            dialog.set_decisions(result.corrections)
        self.on_entities_corrected(article_id, result)

    def on_entities_corrected(self, article_id: Any, result: tasks.EntitiesCorrected) -> None:
        self.incidentCountChanged.emit(article_id, count_incidents(result.incidents))
        if self.article is None or self.article.id != article_id:
            return  # the analyst moved on; the decision is stored and shows when they come back
        self.article.entities, self.article.incidents, self.article.summary = (result.entities, result.incidents,
                                                                               result.summary)
        self.reader.set_entities(result.entities)
        self.legend.set_counts(Counter(h.display for h in self.reader.highlights()))
        self.incidents.set_incidents(result.incidents, result.summary, keep_selection=True)
        self.incidents.key_sentences.set_sentences(self.article.text, result.summary)
        self.history.drop(undo.INCIDENTS)  # its incidents are rebuilt: older rows of their corrections may not fit
        self.update_undo_actions()
        self.refresh_corroborations()
        self.show_status(self.tr("Saved; the article was analysed again."), 4000)
        self.entitiesChanged.emit(result.entities)
        self.incidentsChanged.emit(result.incidents)

    # -- slots: the analyst's highlights and notes ----------------------------------------------
    def on_reader_selection_changed(self) -> None:
        """Highlight, highlight in a colour or with a note, add an incident, mark as an entity: enabled
        while the reader's selection holds more than spaces. Before, they stayed enabled with nothing
        selected and clicking one only put a hint in the status bar."""
        enabled = _trimmed(self.reader.text(), self.reader.selected_span()) is not None
        for action in self.selection_actions:
            action.setEnabled(enabled)

    def on_highlight_requested(self, color: str | None, with_note: bool) -> None:
        span = _whole_words(self.reader.text(), self.reader.selected_span())
        if self.article is None or span is None:
            self.show_status(self.tr("Select some text to highlight first."), 6000)
            return
        color = color or self.highlight_color
        self.highlight_color = color
        if not with_note:
            self._save_new_highlight(span, color, "")
            return
        dialog = HighlightDialog(self.reader.text()[span[0]:span[1]], color, "", self, title=self.tr("Highlight with a note"))
        dialog.accepted.connect(lambda d=dialog: self._save_new_highlight(span, d.color(), d.note_text()))
        self.highlight_dialog = dialog
        dialog.open()

    def _save_new_highlight(self, span: tuple[int, int], color: str, note: str) -> None:
        self.highlight_color = color
        quote = self._article_words(*span)
        self.run_recorded_op(undo.HIGHLIGHTS, lambda db, aid: tasks.add_highlight(db, aid, span[0], span[1], color, note),
                             self.tr("Saving the highlight"), self.on_highlights_changed, self._highlight_what(quote, "add"))

    def on_highlights_changed(self, article_id: Any, highlights: list[dict[str, Any]]) -> None:
        if self.article is None or self.article.id != article_id:
            return
        self.article.highlights = highlights
        self.reader.set_user_highlights(highlights)
        self.notes.set_highlights(highlights)
        self._update_notes_tab()
        self.library.model.update_article(article_id, annotation_count=self._annotation_count())
        self.show_status(self.tr("Saved."), 3000)
        self.highlightsChanged.emit(highlights)

    def on_user_highlight_clicked(self, highlight_id: int) -> None:
        self.side_tabs.setCurrentWidget(self.notes)
        self.notes.select_highlight(highlight_id)

    def on_highlight_activated(self, highlight_id: int) -> None:
        h = self.notes.highlight(highlight_id)
        if h is not None:
            self.reader.reveal(int(h["start"]), int(h["end"]))

    def on_highlight_edit_requested(self, highlight_id: int) -> None:
        h = self.notes.highlight(highlight_id)
        if h is None:
            return
        dialog = HighlightDialog(str(h.get("quote") or ""), str(h.get("color") or ""), str(h.get("note") or ""), self,
                                 title=self.tr("Edit highlight"))
        dialog.accepted.connect(lambda d=dialog: self.run_recorded_op(
            undo.HIGHLIGHTS, lambda db, aid: tasks.update_highlight(db, aid, highlight_id, d.color(), d.note_text()),
            self.tr("Saving the highlight"), self.on_highlights_changed,
            self._highlight_what(str(h.get("quote") or ""), "edit")))
        self.highlight_dialog = dialog
        dialog.open()

    def on_highlight_delete_requested(self, highlight_id: int) -> None:
        h = self.notes.highlight(highlight_id) or {}
        self.run_recorded_op(undo.HIGHLIGHTS, lambda db, aid: tasks.delete_highlight(db, aid, highlight_id),
                             self.tr("Deleting the highlight"), self.on_highlights_changed,
                             self._highlight_what(str(h.get("quote") or ""), "delete"))

    def on_note_changed(self, note_id: Any, body: str) -> None:
        op = self.run_recorded_op(undo.NOTES, lambda db, aid: tasks.save_note(db, aid, note_id, body),
                                  self.tr("Saving the note"), self.on_note_saved, self.tr("the change to the note"),
                                  merge=("note", self._note_typing))
        if op is not None:
            self._note_saves += 1
            op.finished.connect(self._note_save_ended)

    def _note_save_ended(self) -> None:
        """A save of the note is recorded (or failed): an undo or redo waiting for it runs now."""
        self._note_saves -= 1
        if self._note_saves == 0 and self._step_waiting is not None:
            back, self._step_waiting = self._step_waiting, None
            self._set_undo_busy(False)
            self._step_history(back)

    def on_focus_changed(self, old: Any, _new: Any) -> None:
        """The free note left: what is typed next in it is another step of Edit › Undo."""
        if old is self.notes.note:
            self._note_typing += 1

    def on_notes_put_back(self, article_id: Any, notes: list[dict[str, Any]]) -> None:
        """Edit › Undo or Redo put the article's note back: shown as it is stored."""
        if self.article is not None and self.article.id == article_id:
            self._note_typing += 1  # typing after an undo is a new step, not the undone one going on
            self.notes.set_notes(notes)
            self._update_notes_tab()
            self.library.model.update_article(article_id, annotation_count=self._annotation_count())
            self.show_status(self.tr("Saved."), 3000)
        self.annotationSaved.emit("note")

    def on_note_saved(self, article_id: Any, notes: list[dict[str, Any]]) -> None:
        if self.article is not None and self.article.id == article_id:
            self.notes.note_saved(notes)
            self._update_notes_tab()
            self.library.model.update_article(article_id, annotation_count=self._annotation_count())  # its ✎
        self.annotationSaved.emit("note")

    def on_tags_edited(self, tags: list[str]) -> None:
        if self.article is not None and sorted(tags) != sorted(self.article.tags):
            self.run_recorded_op(undo.TAGS, lambda db, aid: tasks.set_tags(db, aid, tags), self.tr("Saving the tags"),
                                 self.on_tags_saved, self.tr("the change to the tags"))

    def on_tags_saved(self, article_id: Any, tags: list[str]) -> None:
        if self.article is not None and self.article.id == article_id:
            self.article.tags = tags
        self.library.model.update_article(article_id, tags=tags)
        self.annotationSaved.emit("tags")

    def on_tags_put_back(self, article_id: Any, tags: list[str]) -> None:
        if self.article is not None and self.article.id == article_id:
            self.notes.set_article_state(self.notes.star.isChecked(), self.notes.read.isChecked(), tags)
        self.on_tags_saved(article_id, tags)

    def on_flag_toggled(self, flag: str, value: bool) -> None:
        (self.action_star if flag == "starred" else self.action_read).setChecked(value)
        what = ({True: self.tr("starring the article"), False: self.tr("taking the star off the article")} if flag == "starred"
                else {True: self.tr("marking the article read"), False: self.tr("marking the article unread")})[value]
        self.run_recorded_op(undo.FLAGS, lambda db, aid: tasks.set_flag(db, aid, flag, value),
                             self.tr("Saving (%1)").replace("%1", flag), self.on_flag_saved, what)

    def on_flags_put_back(self, article_id: Any, flags: dict[str, Any]) -> None:
        """Edit › Undo or Redo put the star and read flags back: the pane, the menu and the library row follow."""
        starred, read = bool(flags["starred"]), bool(flags["read"])
        if self.article is not None and self.article.id == article_id:
            self.article.starred, self.article.read = starred, read
            self.notes.set_article_state(starred, read, self.article.tags)
            self.action_star.setChecked(starred)
            self.action_read.setChecked(read)
        self.library.model.update_article(article_id, starred=starred, read=read)
        self.show_status(self.tr("Saved."), 3000)

    def on_flag_saved(self, article_id: Any, result: tuple[str, bool]) -> None:
        flag, value = result
        self.library.model.update_article(article_id, **{flag: value})
        self.annotationSaved.emit(flag)

    def on_tags_focus_requested(self) -> None:
        self.side_tabs.setCurrentWidget(self.notes)
        self.notes.tags.setFocus()
        self.notes.tags.selectAll()

    def on_note_focus_requested(self) -> None:
        self.side_tabs.setCurrentWidget(self.notes)
        self.notes.note.setFocus()

    def _update_notes_tab(self) -> None:
        n = self._annotation_count()
        text = self.tr("Notes ({0})").format(n) if n else self.tr("Notes")
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.notes), text)

    # -- slots ------------------------------------------------------------------------------
    def on_incident_edit_requested(self, incident: dict[str, Any]) -> None:
        if self.article is None:
            return
        evidence = _evidence_text(self.article.text, incident)
        figures = _figures_text(self.article.text, incident)
        self.editor = IncidentEditor(incident, self, evidence=evidence, figures=figures,
                                     listed=self.incidents.model.incidents())
        self.editor.accepted.connect(lambda ed=self.editor: self.on_incident_edited(incident, ed.changes()))
        self._connect_place_lookup(self.editor)
        self.editor.open()

    def _connect_place_lookup(self, editor: IncidentEditor) -> None:
        """A place typed in the incident editor is looked up in the gazetteer off the GUI thread, in
        the article's context (as saving resolves it); the answer goes back to that editor."""
        def answer(name: str, choices: list[dict[str, Any]]) -> None:
            try:
                if editor is self.editor and editor.isVisible():
                    editor.set_place_choices(name, choices)
            except RuntimeError:  # the dialog is gone
                pass

        editor.placeLookupRequested.connect(lambda name: self.run_article_op(
            lambda db, aid: tasks.places_named(db, aid, name), self.tr("Looking up the place"),
            lambda _aid, choices: answer(name, choices)))

    def on_incident_edited(self, incident: dict[str, Any], changes: dict[str, Any]) -> None:
        if changes:
            self.run_incident_op(lambda db, aid: tasks.edit_incident(db, aid, incident, changes), self.tr("Saving the correction"))

    def on_incident_decision(self, incident: dict[str, Any], decision: str) -> None:
        if self.article is not None:
            self.run_incident_op(lambda db, aid: tasks.decide_incident(db, aid, incident, decision),
                                 self.tr("Saving (%1)").replace("%1", decision))

    def on_add_incident_requested(self) -> None:
        span = self.reader.selected_span()
        if self.article is None or span is None or span[0] >= span[1]:
            self.show_status(self.tr("Select the words that report the incident first, then add it."), 6000)
            return
        base = incident_from_selection(self.article.text, span[0], span[1], self.article.published,
                                      self.article.entities)
        self.editor = IncidentEditor(base, self, title=self.tr("Add an incident"), evidence=base["quote"],
                                     listed=self.incidents.model.incidents(), adding=True)
        self.editor.accepted.connect(lambda ed=self.editor: self.on_incident_added(new_incident_data(base, ed.values())))
        self._connect_place_lookup(self.editor)
        self.editor.open()

    def on_incident_added(self, data: dict[str, Any]) -> None:
        if self.article is not None:  # the added one is the override id not among these
            self._pending_added = (self.article.id, {i.get("override_id") for i in self.article.incidents})
        self.run_incident_op(lambda db, aid: tasks.add_incident(db, aid, data), self.tr("Adding the incident"))

    def on_incidents_changed(self, article_id: Any, incidents: list[dict[str, Any]]) -> None:
        self.incidentCountChanged.emit(article_id, count_incidents(incidents))
        if self.article is None or self.article.id != article_id:
            return  # the analyst moved on; the correction is stored and shows when they come back
        self.article.incidents = incidents
        self.incidents.set_incidents(incidents, keep_selection=True)
        self._select_added(article_id)
        self.refresh_corroborations()
        self.show_status(self.tr("Saved: %1.").replace("%1", self._incident_what()), 3000)  # Undo/Redo's message follows
        self.incidentsChanged.emit(incidents)

    def _select_added(self, article_id: Any) -> None:
        """After Add from selection, the new incident is the one selected (its row scrolled into
        view, its details shown), so the analyst sees what was stored and Ctrl+E edits it. Before,
        the selection stayed on the row selected before, and the new row, last in the table, was
        often below the pane's edge."""
        pending, self._pending_added = self._pending_added, None
        if pending is None or pending[0] != article_id:
            return
        for row in range(self.incidents.model.rowCount()):
            inc = self.incidents.model.incident(row)
            if inc.get("analyst_status") == "added" and inc.get("override_id") not in pending[1]:
                self.incidents.select_row(row)
                self.incidents.scroll_to_row(row)
                return

    def on_export(self) -> None:
        """File → Export…: scope, format and file in a dialog; the export runs as an Op."""
        from gui.dialogs.export_dialog import open_export_dialog

        self.export_dialog = open_export_dialog(self)

    def on_import_requested(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import articles"), str(Path.home()), import_filter())
        if paths:
            self.import_files(paths)

    def on_import_folder_requested(self) -> None:
        """File → Import a folder…: every article file in a folder and its subfolders (core walks it;
        files it cannot read are listed, as for files picked one by one)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"), str(Path.home()))
        if folder:
            self.import_files([folder])

    def on_read_dates_requested(self) -> None:
        """File → Read dates from article text…: date undated articles from their dateline."""
        from gui.library import read_dates

        read_dates.start(self)

    def on_set_dates_requested(self) -> None:
        """Library → Set date…: one date for the selected articles (undated imports), analysed again."""
        set_dates.start(self)

    def on_reanalyze_requested(self) -> None:
        """File → Analyse outdated articles again…: after an upgrade, the articles an older version analysed."""
        from gui.library import reanalyze

        reanalyze.start(self)

    def on_library_page(self, page: tasks.LibraryPage, then_open: Any = None, then_select: Any = (),
                        then_selected: Any = None) -> None:
        if page.generation != self._library_generation:
            if then_selected is not None:
                then_selected(0)
            return  # an older query's answer: the analyst has typed on since
        self.library.set_page(page.rows, page.total, page.corpus, page.offset)
        if page.offset:
            return
        if then_open is None and self.article is not None and not self.library.selected_article_ids():
            # the open article's row again, once a search that did not list it is changed or cleared
            # (the library showed no open article, and Export's "selected articles" was off)
            self.library.select_article(self.article.id, emit=False)
        self.libraryLoaded.emit(page.total)
        target, fallback = then_open, None
        reopen, self._reopen_after_reload = self._reopen_after_reload, None
        if target is None and self.article is None and page.rows:
            # the article open when the window closed (or before a restore), even if the first page
            # does not list it; the first row if it is gone
            target = reopen if reopen is not None else page.rows[0].get("id")
            fallback = page.rows[0].get("id") if target != page.rows[0].get("id") else None
        if target is not None:
            self.library.select_article(target, emit=False)
            self.open_article(target, fallback)
        # the import's undated articles, ready for Set date of selected articles…
        selected = self.library.select_articles(then_select) if then_select else 0
        if then_selected is not None:
            then_selected(selected)

    def on_library_query_changed(self, query: Any) -> None:
        self._clear_done_status()
        self.refresh_library()
        if self.article is not None:  # the open article stays: its marks follow the search (none once cleared)
            from core.store.search import hit_spans  # text only, no store: quick enough here

            self.reader.show_search_hits(hit_spans(self.article.text, query.text), reveal=False)

    def on_library_more_requested(self, offset: int) -> None:
        generation, query = self._library_generation, self.library.query()
        (Op(self, lambda ctx: tasks.library_page(ctx.db, query, generation, offset, PAGE_SIZE), db_path=self.db_path,
            label=self.tr("Loading more articles"))
         .success(self.on_library_page)
         .run_in_background())

    def on_article_activated(self, article_id: Any) -> None:
        if self.article is None or self.article.id != article_id:
            self.open_article(article_id)
        elif self.library.query().text.strip():  # the open article is a result of the new search
            from core.store.search import hit_spans  # text only, no store: quick enough here

            self.reader.show_search_hits(hit_spans(self.article.text, self.library.query().text))

    def on_article_loaded(self, view: tasks.ArticleView) -> None:
        if self.article is None or self.article.id != view.id:  # Undo is the open article's (and the library's)
            self.history.forget_article()
        else:  # the same article shown again (its details changed, analysed again): its incidents
            self.history.drop(undo.INCIDENTS)  # may be rebuilt, older rows of their corrections would not fit
        self.update_undo_actions()
        self.article = view
        self.article_title.setText(view.title or self.tr("(untitled)"))
        self._show_meta(view)
        self.reader.set_article(view.text, view.entities)
        self.reader.set_headline(headline_end(view.text, view.title))
        self.legend.set_counts(Counter(h.display for h in self.reader.highlights()))
        self.incidents.set_incidents(view.incidents, view.summary)
        self.incidents.set_corroborations(view.corroborations)
        self.incidents.key_sentences.set_sentences(view.text, view.summary)
        self.reader.set_user_highlights(view.highlights)
        self.notes.set_highlights(view.highlights)
        self.notes.set_notes(view.notes)
        self.notes.set_article_state(view.starred, view.read, view.tags)
        self.action_star.setChecked(view.starred)
        self.action_read.setChecked(view.read)
        self._update_notes_tab()
        if self.remember_layout:  # opened again when this database is next shown
            settings = QSettings()
            prefs.remember_article(self.db_path, view.id, settings)
            self.check_settings_saved(settings)
        self.library.model.update_article(view.id, read=view.read)
        if not (view.too_long or view.analysis_error):  # unanalysed, its row keeps «—» rather than 0
            self.incidentCountChanged.emit(view.id, count_incidents(view.incidents))  # the row may predate its analysis
        if self.find_bar.isVisible() and self.find_bar.line.text().strip():
            self.on_find_changed(self.find_bar.line.text())
        if self._pending_reveal is not None and self._pending_reveal[0] == view.id:
            self.reader.reveal(self._pending_reveal[1], self._pending_reveal[2])
            if self._pending_incident is not None and self._pending_incident[0] == view.id:
                self.incidents.select_by_evidence(*self._pending_incident[1:])
        elif view.search_hits and not (self.find_bar.isVisible() and self.find_bar.line.text().strip()):
            self.reader.show_search_hits(view.search_hits)
        self._pending_reveal = self._pending_incident = None
        # the import's report goes before what the article opened next says, whatever that is: an
        # import whose first article was stored unanalysed lost "14 imported, 1 already in the library"
        note, self._import_note = self._import_note, None
        reported = f"{note[1]}  ·  " if note is not None and note[0] == view.id else ""
        if view.analysis_error:
            self.show_status(reported + isolate_auto(self.tr("Analysis failed, showing the text only: %1")
                                                     .replace("%1", isolate_auto(view.analysis_error))), 15000)
        elif view.too_long:
            from core.ingest.parallel import MAX_ANALYSIS_CHARS

            self.show_status(reported + isolate_auto(
                self.tr("Not analysed: too long to analyse automatically (%1 characters; limit %2). "
                        "Showing the text only.").replace("%1", f"{len(view.text):,}")
                .replace("%2", f"{MAX_ANALYSIS_CHARS:,}")), 15000)
        else:
            # English: "1 entity", not "1 entities"; the incidents counted as the panel's header, the
            # library and exports count them (a rejected one is not), not every row of the table
            n, m = len(view.entities), count_incidents(view.incidents)
            counts = self.tr("%1, %2").replace(
                "%1", self.tr("%n entity", "", n) if n == 1 else self.tr("%n entities", "", n)).replace(
                "%2", self.tr("%n incident", "", m) if m == 1 else self.tr("%n incidents", "", m))
            counts = isolate_auto(counts + (self.tr(" (analysed now)") if view.analysed_now else ""))
            self.show_status(reported + counts, 15000 if reported else 8000)
        self.articleShown.emit(view.id)

    def on_article_failed(self, exc: BaseException) -> None:
        self.clear_status()
        ops.show_error(self, exc, title=self.tr("Could not open the article"))
        self.articleFailed.emit(ops.error_text(exc))

    def on_evidence_requested(self, start: int, end: int) -> None:
        self.reader.select_span(start, end)

    def on_cancel_requested(self) -> None:
        if self._import_op is not None and not self._import_op.done:
            self._import_op.stop()  # its report still arrives, marked cancelled
            self.cancel_button.setEnabled(False)
            self.show_status(self.tr("Cancelling the import after the current article…"), busy=True)
        elif self.library_dates_op is not None and not self.library_dates_op.done:
            self.library_dates_op.stop()  # the dates stay set or put back; the rest count as outdated
            self.cancel_button.setEnabled(False)
            self.show_status(self.tr("Cancelling after the current article…"), busy=True)

    def on_import_progress(self, done: int, total: int, message: str) -> None:
        if self._import_op is not None and self._import_op.is_stopping():
            return  # "Cancelling…" stays up
        if total > 0:  # -1: unknown total, the bar stays busy
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(f"\u2066{done:,} / {total:,}\u2069")  # LTR isolate: "3 / 10", also in Arabic
            self.progress.setTextVisible(True)
            text = self.tr("Importing %1/%2…").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            self.show_status(isolate_auto(f"{text} {message}" if message else text), busy=True)
        elif message:
            self.show_status(isolate_auto(message), busy=True)

    def _import_ended(self) -> None:
        self.progress.hide()
        self.progress.setTextVisible(False)  # the bar is shared with backup and restore
        self.cancel_button.hide()

    def on_import_finished(self, outcome: tasks.ImportOutcome, open_first: bool, same_database: bool = True) -> None:
        """The import's report said; `same_database` False: the analyst opened another database
        meanwhile, none of whose articles is opened or selected by the import's ids."""
        self._import_ended()
        text = isolate_auto(_report_text(outcome.report))
        self.show_status(text, 10000)
        # The article opened next words its counts in the status bar: the report goes with them,
        # or "5 already in the library" was gone before it could be read.
        self._import_note = (outcome.ids[0], text) if (open_first and outcome.ids) else None
        report = outcome.report
        passed_over = list(getattr(report, "passed_over", []))
        dated = list(getattr(report, "dated_from_text", []))
        undated_ids = list(getattr(report, "undated", [])) if same_database else []
        undated = len(getattr(report, "undated", []))
        problems = bool(report.errors or report.warnings or passed_over or dated or undated)
        # The undated articles come selected, ready for Set date…; the message is shown once they
        # are, and says so when all of them are (the first page of a large library, or a search,
        # may not list them: then it says to select them).
        self.refresh_library(then_open=outcome.ids[0] if (open_first and outcome.ids) else None,
                             then_select=undated_ids,
                             then_selected=(lambda n: self._show_import_problems(report, n))
                             if problems and undated_ids else None)
        self.load_facets()
        self.importFinished.emit(outcome)
        if problems and not undated_ids:
            self._show_import_problems(report, 0)

    def _show_import_problems(self, report: Any, undated_selected: int) -> None:
        """The import's one message: the files that failed, the warnings, the articles dated from
        their text or left undated (`undated_selected` of them selected in the library)."""
        passed_over = list(getattr(report, "passed_over", []))
        dated = list(getattr(report, "dated_from_text", []))
        undated = len(getattr(report, "undated", []))
        failed = [e for e in report.errors if not _stored_unanalysed(e)]
        warned = [w for w in report.warnings if not _not_arabic(w)]
        title = (self.tr("Some files were not imported") if failed or passed_over
                 else self.tr("Some articles were stored without analysis") if report.errors
                 else self.tr("Some articles were imported with warnings") if warned
                 else self.tr("Some articles are not in Arabic") if report.warnings
                 else self.tr("Some articles have no date") if undated
                 else self.tr("Some articles were dated from their text"))
        ops.show_error(self, ImportProblems(report.errors, report.warnings, passed_over, dated, undated,
                                            undated_selected=undated_selected == undated > 0),
                       title=title, icon=(QMessageBox.Icon.Warning if report.errors or warned or passed_over
                                          else QMessageBox.Icon.Information))

    def on_import_failed(self, exc: BaseException) -> None:
        self._import_ended()
        self.clear_status()
        if isinstance(exc, tasks.ImportStopped):
            text = ops.error_text(exc.cause)
            if exc.saved:  # what was stored stays: say so, and that importing again is safe
                text += "\n\n" + self.tr("%n article(s) had been imported before it stopped; importing the same "
                                         "files again skips them as duplicates.", "", exc.saved)
            ops.show_message(self, QMessageBox.Icon.Warning, self.tr("Import failed"), text)
            return
        ops.show_error(self, exc, title=self.tr("Import failed"))

    # -- the summary pane -------------------------------------------------------------------
    def summary_scope(self, kind: str) -> SummaryScope | None:
        """The articles the summary covers: the open one, the selected rows, the library's query, or all."""
        if kind == "article":
            return SummaryScope("article", (int(self.article.id),)) if self.article is not None else None
        if kind == "selected":
            ids = tuple(int(i) for i in self.library.selected_article_ids())
            return SummaryScope("selected", ids) if ids else None
        if kind == "library":
            return SummaryScope("library")
        return SummaryScope("search", query=self.library.query())

    def refresh_summary(self, kind: str | None = None) -> Op | None:
        from gui.summary.data import compute_summary

        scope = self.summary_scope(kind or self.summary.scope_kind())
        if scope is None:
            self.summary.set_message(self.tr("Open an article or select articles in the library first."))
            return None
        if self._summary_op is not None and not self._summary_op.done:
            self._summary_op.cancel()  # the newer request wins
        self._summary_generation += 1
        generation = self._summary_generation
        self.summary.set_loading()
        op = Op(self, lambda ctx: compute_summary(ctx.db, scope, ctx.cancelled), db_path=self.db_path,
                label=self.tr("Computing the summary"))
        self._summary_op = op.success(lambda data: self.on_summary_ready(generation, data)).run_in_background()
        return op

    def on_summary_ready(self, generation: int, data: SummaryData) -> None:
        if generation == self._summary_generation:
            self.summary.set_data(data)
            self.summaryShown.emit(data)

    def on_side_tab_changed(self, _index: int) -> None:
        if self.side_tabs.currentWidget() is self.summary:
            self.refresh_summary()

    def on_summary_source_changed(self, *_args: Any) -> None:
        """The open article, its incidents or the library's query changed: a visible summary follows."""
        if self.side_tabs.currentWidget() is self.summary and self.summary.isVisible():
            self.refresh_summary()

    # -- databases and settings ---------------------------------------------------------------
    def _update_title(self) -> None:
        """«Marsad — <database's file name>», the name in isolate_path: in the Arabic interface a bare
        «تقارير 2024.db» was drawn «db.تقارير 2024» (the extension before the name), and a name with
        Arabic words and Latin ones in pieces."""
        self.setWindowTitle(self.tr("Marsad — %1").replace("%1", isolate_path(Path(self.db_path).name)))

    def on_open_database_requested(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a database"), str(Path(self.db_path).parent),
                                              file_filters(self.tr("Marsad databases (*.db *.sqlite *.sqlite3);;All files (*)")))
        if path:
            self.switch_database(path)

    def switch_database(self, path: str) -> Op:
        """Check that `path` opens as a Marsad store (on a worker), then show its library."""
        from core import store

        self.notes.flush_note()  # a note being typed belongs to the database it was typed in
        return (Op(self, lambda ctx: store.count_articles(ctx.db), db_path=str(path),
                   label=self.tr("Opening the database"))
                .success(lambda _n: self.on_database_opened(str(path)))
                .failure(lambda exc: ops.show_error(self, exc, title=self.tr("Could not open the database")))
                .run_in_background())

    def on_database_opened(self, path: str) -> None:
        self.reload_database(path)
        settings = QSettings()
        prefs.add_recent_database(path, settings)
        self.check_settings_saved(settings)
        self._update_title()
        self.databaseOpened.emit(path)

    def reload_database(self, path: str, reopen: Any = None) -> None:
        """Show `path` afresh: every pane is emptied, then the library (and an article) load again.

        `reopen`: the article to show again if it is still in the library; by default the one last
        open in that database."""
        self.db_path = path
        for op in (self._open_op, self._summary_op):
            if op is not None and not op.done:
                op.cancel()  # answers from before the switch must not land in the new panes
        self.article = None
        self.history.clear()
        self.update_undo_actions()
        self._pending_reveal = self._pending_incident = None
        self._reopen_after_reload = reopen if reopen is not None else prefs.last_article(path)
        self.reader.set_article("", [])
        self.reader.set_user_highlights([])
        self.legend.set_counts(Counter())
        self.article_title.setText("")
        self.article_meta.setText("")
        self.incidents.set_incidents([], {}, article_open=False)
        self.incidents.set_corroborations({})
        self.incidents.key_sentences.set_sentences("", None)
        self.notes.set_highlights([])
        self.notes.set_notes([])
        self.notes.set_article_state(False, False, [])
        self._update_notes_tab()
        if self.mentions is not None:
            self.mentions.hide()
        self.refresh_library()
        self.load_facets()
        self.on_summary_source_changed()

    def on_backup_requested(self) -> None:
        path = backup_restore.ask_backup_path(self)
        if path:
            backup_restore.start_backup(self, path)

    def on_restore_requested(self) -> None:
        if self._import_op is not None and not self._import_op.done:
            self.show_status(self.tr("Wait for the import to finish before restoring."), 8000)
            return
        path = backup_restore.ask_restore_path(self)
        if path:
            backup_restore.inspect(self, path)

    def on_restore_inspected(self, path: str, info: Any) -> None:
        from core.store.backup import previous_path

        if backup_restore.confirm_restore(self, info, self.db_path, previous_path(self.db_path)):
            self.notes.flush_note()  # stored before the copy, so it is in the kept .bak
            self._restore_op = backup_restore.start_restore(self, path)
        else:
            self.show_status(self.tr("Restore cancelled; the database was not changed."), 8000)

    def on_database_restored(self, path: str, result: Any) -> None:
        if path == self.db_path:  # the analyst may have opened another database meanwhile
            self.reload_database(path, reopen=self.article.id if self.article is not None else None)
        self.databaseRestored.emit(result)

    def on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        current = str(Path(self.db_path).resolve())
        for path in prefs.recent_databases():
            # Left to right, every folder in its place in the Arabic menu (a bare «/home/analyst/مرصد/
            # تقارير.db» had its Arabic names swapped); «&» doubled, or it underlines the next letter.
            action = self.recent_menu.addAction(recent_entry(path))
            action.setData(path)
            action.setEnabled(path != current and Path(path).is_file())
            action.triggered.connect(lambda _=False, p=path: self.switch_database(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def on_settings_requested(self) -> None:
        current = prefs.load_preferences()
        current.point_size = self.reader.point_size()
        self.settings_dialog = prefs.SettingsDialog(current, self)
        dialog = self.settings_dialog
        dialog.accepted.connect(lambda: self.on_settings_accepted(current, dialog.preferences()))
        self.settings_dialog.open()

    def on_settings_accepted(self, before: prefs.Preferences, after: prefs.Preferences) -> None:
        settings = QSettings()
        prefs.save_preferences(after, settings)
        self.check_settings_saved(settings)
        self.reader.set_point_size(after.point_size)
        prefs.apply_ner_backend(after.ner_backend)
        if after.theme != before.theme:
            self.apply_theme(after.theme)
        if after.language != before.language:  # applied at the next start, if it could be saved
            self.show_status(self.tr("The new language applies when Marsad starts again.")
                             if settings.status() == QSettings.Status.NoError
                             else self.tr("The new language cannot be kept: Marsad cannot save its settings."), 10000)

    def on_system_color_scheme_changed(self, *_args: Any) -> None:
        if prefs.load_preferences().theme == "system":
            self.apply_theme("system")

    def apply_theme(self, choice: str) -> None:
        """Colours of `choice` for the whole window; the open article is drawn again in them."""
        theme.apply_scheme(choice)
        self.setStyleSheet(theme.window_style())
        if self.article is not None:
            self.on_article_loaded(self.article)
        if self.summary.data is not None:
            self.summary.set_data(self.summary.data)

    # -- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Files and folders are imported; text dragged from another program (a selection in a
        browser or a message) is imported as a pasted article is. A drag that starts in Marsad
        itself (a selection of the reader) is not: it would store a copy of what is already here."""
        mime = event.mimeData()
        paths = _local_paths(mime)
        if paths or (event.source() is None and _dropped_text(mime, paths)):
            event.acceptProposedAction()
            return
        if event.source() is None and _only_links(mime, paths):
            self.show_status(self.tr(
                "Marsad works offline and does not open links: drag the article's text, "
                "or save the page and drop the file."), 8000)
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        paths = _local_paths(mime)
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)
        elif event.source() is None and (text := _dropped_text(mime, paths)):
            event.acceptProposedAction()
            self.import_text(text, dropped=True)

    # -- remembered layout ----------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = settings.value("main/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._splitter_restored = self.splitter.restoreState(state)
        size = settings.value("reader/pointSize")
        try:
            if size is not None:
                self.reader.set_point_size(int(size))
        except (TypeError, ValueError):  # a damaged settings file ("abc") kept the app from ever starting
            pass

    def check_settings_saved(self, settings: QSettings) -> None:
        """Once per window: when the settings file (or its folder) cannot be written, the analyst
        is told that the app goes on but will not remember its settings; before, it said nothing
        and every start forgot the language, layout and recent databases. Called after the app
        writes its settings, with the QSettings that wrote them: only its own sync tells (a new
        QSettings has nothing to write and says NoError)."""
        if self.settings_warning is not None:
            return
        settings.sync()
        if settings.status() != QSettings.Status.AccessError:
            return
        text = self.tr("Marsad cannot save its settings in %1: the file or its folder cannot be written. "
                       "It goes on working and your articles, notes and corrections are saved as usual, "
                       "but the language, theme, text size, window layout and recent databases will not "
                       "be remembered after it closes.").replace("%1", isolate_path(settings.fileName()))
        self.settings_warning = ops.show_message(self, QMessageBox.Icon.Warning, self.tr("Settings not saved"), text)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("reader/pointSize", self.reader.point_size())

    # The incidents and notes pane's least default width, taken from the reader in a smaller window:
    # at 1100 px, 38% (418 px) left the incident table 383 px, too narrow for its columns in English.
    SIDE_PANE_WIDTH = 450

    def default_pane_sizes(self) -> None:
        """Library 20%, reader 42%, incidents and notes 38% of the window (first start, screenshots).
        At 1400×900 the incident table's columns then fit its pane without scrolling, in English
        too and with "Also in" shown (gui.incidents.columns); at 34% they did not. In a narrower
        window the side pane keeps SIDE_PANE_WIDTH (at most 45%), the reader gives it the room
        (1100 px: 220, 430, 450); the table's captured and injured give way if it is still too narrow."""
        width = max(self.splitter.width(), self.width())
        side = max(int(width * 0.38), min(self.SIDE_PANE_WIDTH, int(width * 0.45)))
        library = int(width * 0.20)
        self.splitter.setSizes([library, width - library - side, side])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._splitter_restored:
            self._splitter_restored = True
            self.default_pane_sizes()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.notes.flush_note()
        if self.remember_layout:
            self.save_layout()
        for op in (self._open_op, self._import_op, self._summary_op):
            if op is not None and not op.done:
                op.cancel()
        super().closeEvent(event)


def _trimmed(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The selection without the spaces and line breaks at its ends (None when nothing is left)."""
    if span is None:
        return None
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _whole_words(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The trimmed selection widened to whole words, as the reader draws highlights and entities
    (`snap_to_words`): a sloppy drag over «الحوثيين ا» is stored, listed and exported as the
    «الحوثيين امس» the analyst sees coloured, not as half a word."""
    trimmed = _trimmed(text, span)
    return None if trimmed is None else snap_to_words(text, *trimmed)


def headline_end(text: str, title: str | None) -> int:
    """Where the headline ends when the article's text begins with it (its first line is the
    title, spaces aside) and goes on below; else 0."""
    first, newline, rest = text.partition("\n")
    if not newline or not rest.strip() or not (title or "").strip():
        return 0
    return len(first) if " ".join(first.split()) == " ".join(str(title).split()) else 0


def _evidence_text(text: str, incident: dict[str, Any]) -> str:
    """The incident's evidence, shown at the top of the editor: every span, in text order, joined
    by « … » (as the exports' evidence_text). Before, only the first: an incident whose first
    evidence is the headline («سوريا: قوات النظام تقصف عدة مدن») showed the headline alone, not
    the sentence naming its place, which is what the analyst corrects against."""
    return " … ".join(text[s:e] for s, e in _evidence_spans(text, incident))


def _evidence_spans(text: str, incident: dict[str, Any]) -> list[tuple[int, int]]:
    """The incident's evidence spans within `text`, overlapping ones merged."""
    from gui.incidents.model import evidence_spans

    return _merged([(s, e) for s, e in evidence_spans(incident) if 0 <= s < e <= len(text)],
                   lambda end, start: start <= end)


def _figures_text(text: str, incident: dict[str, Any]) -> str:
    """Where the incident's figures are told, shown under its evidence in the editor: the figures
    the evidence quote above already shows are left out; figures close together (only «، و»
    between them) are quoted as one passage, others joined by « … »."""
    from gui.incidents import figure_spans

    shown = _evidence_spans(text, incident)
    spans = [(s, e) for s, e in figure_spans(incident) if 0 <= s < e <= len(text)
             and not any(a <= s and e <= b for a, b in shown)]
    parts = _merged(spans, lambda end, start: _joins(text[end:start]))
    return " … ".join(text[s:e] for s, e in parts)


def _joins(gap: str) -> bool:
    """Two figures with only this between them are one passage («لقوا حتفهم، وأصيب 22»)."""
    return len(gap) <= 4 and not any(c in gap for c in ".\n\r؟!")


def _merged(spans: list[tuple[int, int]], together: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """`spans` (in text order), each joined to the one before when `together(its end, this start)`."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and together(merged[-1][1], s):
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


# Importer "errors" whose article IS in the library, stored without its analysis (too long, the
# analyzer failed or was given up): neither counted nor listed as files that failed to import.
STORED_UNANALYSED = frozenset({"too_long_to_analyse", "analysis_failed", "analysis_stopped", "workers_stopped"})


def _stored_unanalysed(err: Any) -> bool:
    return str(getattr(err, "code", "") or "") in STORED_UNANALYSED


def _local_paths(mime: Any) -> list[str]:
    """The dropped files and folders (a folder is imported with its subfolders, as File → Import a
    folder… does); links to web pages are left out."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).exists()]


_LINK = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//\S+$|^(?:https?|ftp|file|mailto):\S+$", re.IGNORECASE)


def _only_links(mime: Any, paths: list[str]) -> bool:
    """A drag carrying web addresses and no other words (a link dragged from a browser's page or
    address bar); `paths`: its existing local files (`_local_paths`), read once per event."""
    if mime.hasUrls() and any(not u.isLocalFile() for u in mime.urls()) and not paths:
        words = mime.text().split() if mime.hasText() else []
        return all(_LINK.match(w) for w in words)
    return False


def _dropped_text(mime: Any, paths: list[str]) -> str:
    """The words of a text drag (files, folders and bare links are not text to import); `paths` as
    for `_only_links`."""
    if not mime.hasText() or paths or _only_links(mime, paths):
        return ""
    text = mime.text()
    return text if text.strip() else ""


class ImportProblems(Exception):
    """The importer's per-file errors, then the warnings of articles it imported with something
    left out (an unreadable date), then the articles dated from their dateline (with the words
    read), then the files of a folder passed over as no text format,
    shown as one message (one line per file or article)."""

    def __init__(self, errors: list[Any], warnings: list[Any] | None = None,
                 passed_over: list[Any] | None = None, dated_from_text: list[Any] | None = None,
                 undated: int = 0, undated_selected: bool = False) -> None:
        from gui.store_errors import dated_from_text_line, ingest_error_line

        def listed(items: list[Any], line: Any = ingest_error_line) -> list[str]:
            lines = [line(e) for e in items[:20]]
            if len(items) > 20:
                lines.append(translate("MainWindow", "… and %n more", None, len(items) - 20))
            return lines

        parts = listed([e for e in errors if not _stored_unanalysed(e)])
        unanalysed = [e for e in errors if _stored_unanalysed(e)]
        if unanalysed:  # in the library all the same: said apart from the files that failed
            if parts:
                parts.append("")
            parts += [translate("MainWindow", "Stored without analysis:"), *listed(unanalysed)]
        not_arabic = [w for w in warnings or [] if _not_arabic(w)]
        warnings = [w for w in warnings or [] if not _not_arabic(w)]
        if warnings:
            if parts:
                parts.append("")
            parts += [translate("MainWindow", "Imported with warnings:"), *listed(warnings)]
        if not_arabic:  # kept and listed in the library: nothing wrong, only nothing found in them
            if parts:
                parts.append("")
            parts += [translate("MainWindow", "Not in Arabic (kept; entities and incidents are found in Arabic "
                                              "text only):"), *listed(not_arabic, _origin_line)]
        if dated_from_text:  # dates read from a dateline, to be checked: the files and the words
            if parts:
                parts.append("")
            parts += [translate("MainWindow", "Dated from their text (check the date):"),
                      *listed(dated_from_text, dated_from_text_line)]
        if undated:  # their incidents have no date: what to do about it (core.ingest.importer.UNDATED_HINT)
            if parts:
                parts.append("")
            parts.append(undated_hint(undated, selected=undated_selected))
        if passed_over:  # a folder's pictures, spreadsheets…: last, they need nothing done
            if parts:
                parts.append("")
            parts += listed(passed_over)  # each line says «skipped: not a text format («.png»)»
        super().__init__("\n".join(parts))


def undated_hint(n: int, *, selected: bool = False) -> str:
    """The import message's words on articles stored without any date, and how to set it;
    `selected`: the library has selected them all, Set date… dates them at once. One article is
    said apart: English's "(s)" made it «1 article have no date … select them»."""
    if n == 1:
        return (translate("MainWindow", "1 article has no date (none in the file, none in the article's first lines): "
                                        "its incidents have no date. It is selected in the library: choose Set date of "
                                        "selected articles… (right-click it, or the Notes menu) to date it, or Article "
                                        "details… (Ctrl+Shift+D).") if selected else
                translate("MainWindow", "1 article has no date (none in the file, none in the article's first lines): "
                                        "its incidents have no date. To set it, select it in the library and choose Set "
                                        "date of selected articles… (right-click, or the Notes menu), or Article "
                                        "details… (Ctrl+Shift+D)."))
    if selected:
        return i18n.translate_n("MainWindow", "%n article(s) have no date (none in the file, none in the article's "
                                "first lines): their incidents have no date. They are selected in the library: "
                                "choose Set date of selected articles… (right-click them, or the Notes menu) to date "
                                "them at once; for one article, Article details… (Ctrl+Shift+D).", n)
    return i18n.translate_n("MainWindow", "%n article(s) have no date (none in the file, none in the article's first "
                                   "lines): their incidents have no date. To set it, select them in the library and "
                                   "choose Set date of selected articles… (right-click, or the Notes menu); for one "
                                   "article, Article details… (Ctrl+Shift+D).", n)


def _not_arabic(warning: Any) -> bool:
    return str(getattr(warning, "code", "") or "") == "no_arabic_text"  # core.ingest.importer.NO_ARABIC_TEXT


def _origin_line(warning: Any) -> str:
    """A file of the "Not in Arabic" list: its name is all there is to say (the heading says the rest)."""
    from PySide6.QtGui import QGuiApplication

    from gui.bidi import isolate_path

    line = getattr(warning, "line", None)
    origin = str(getattr(warning, "origin", ""))
    # as ingest_error_line: a right-to-left mark keeps the Arabic interface's list read from the right
    rlm = "\u200f" if QGuiApplication.isRightToLeft() else ""
    return rlm + isolate_path(origin if line is None else f"{origin}:{line}")


def _json_entry(error: Any) -> bool:
    """An error of one entry of a JSON list («x.json[3]», core.ingest.readers), not of a whole file."""
    return str(getattr(error, "code", "") or "") in _ENTRY_CODES and str(getattr(error, "origin", "")).endswith("]")


_ENTRY_CODES = frozenset({"not_json_object", "no_article_text", "text_too_large"})


def _report_text(report: Any) -> str:
    passed_over = getattr(report, "passed_over", [])
    dated = getattr(report, "dated_from_text", [])
    undated = getattr(report, "undated", [])
    # what failed, counted as what it is: a file (one error each), a bad line of a JSONL file, a bad
    # entry of a JSON list (two bad lines of one file were "2 failed", Arabic «فشل ملفان»)
    failures = [e for e in report.errors if not _stored_unanalysed(e)]
    bad_lines = sum(1 for e in failures if getattr(e, "line", None) is not None)
    bad_entries = sum(1 for e in failures if getattr(e, "line", None) is None and _json_entry(e))
    failed = len(failures) - bad_lines - bad_entries
    not_arabic = [w for w in report.warnings if _not_arabic(w)]
    warned = [w for w in report.warnings if not _not_arabic(w)]
    # one per article stored unanalysed (the "analysis stopped" and "workers stopped" notes are no article)
    unanalysed = sum(1 for e in report.errors if getattr(e, "code", "") in ("too_long_to_analyse", "analysis_failed"))
    parts = [text for n, text in ((report.added, translate("MainWindow", "%n added", None, report.added)),
                                  (report.duplicates, translate("MainWindow", "%n already in the library", None,
                                                                report.duplicates)),
                                  (failed, translate("MainWindow", "%n failed", None, failed)),
                                  (bad_lines, i18n.translate_n("MainWindow", "%n bad line(s) skipped", bad_lines)),
                                  (bad_entries, i18n.translate_n("MainWindow", "%n bad list item(s) skipped",
                                                                 bad_entries)),
                                  (unanalysed, translate("MainWindow", "%n not analysed", None, unanalysed)),
                                  (len(warned), translate("MainWindow", "%n with warnings", None, len(warned))),
                                  (len(not_arabic), translate("MainWindow", "%n not in Arabic (nothing found)", None,
                                                              len(not_arabic))),
                                  (len(passed_over), translate("MainWindow", "%n skipped: not a text format", None,
                                                               len(passed_over))),
                                  (len(dated), translate("MainWindow", "%n dated from their text", None, len(dated))),
                                  (len(undated), translate("MainWindow", "%n without a date", None, len(undated))))
             if n]
    if report.cancelled:
        head = translate("MainWindow", "Import cancelled: %n imported", None, report.added)
        return translate("MainWindow", ", ").join([head, *parts[1:]] if report.added else [head, *parts])
    return translate("MainWindow", "Import: %1").replace(
        "%1", translate("MainWindow", ", ").join(parts) if parts else translate("MainWindow", "nothing to import"))

