"""The main window: library | reader | incidents, menus, drag-and-drop, remembered layout.

`_connect_signals` is the one place where panes are wired to each other; slots are `on_*`.
Every store or NLP call goes through `gui.ops.Op` with the work in `gui.tasks`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QProgressBar, QSplitter, QVBoxLayout,
                               QWidget)

from gui import ops, tasks, theme
from gui.bidi import isolate
from gui.incidents import IncidentPanel
from gui.incidents.corrections import incident_from_selection, new_incident_data
from gui.incidents.editor import IncidentEditor
from gui.library import LibraryPane
from gui.ops import Op
from gui.reader import Legend, ReaderView

IMPORT_FILTER = "Articles (*.txt *.md *.html *.htm *.json *.jsonl *.csv);;All files (*)"


class MainWindow(QMainWindow):
    articleShown = Signal(object)  # article id, once text, highlights and incidents are on screen
    articleFailed = Signal(str)  # the article could not be opened at all
    libraryLoaded = Signal(int)  # number of rows
    importFinished = Signal(object)  # tasks.ImportOutcome
    incidentsChanged = Signal(object)  # the open article's incidents after an analyst correction

    def __init__(self, db_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = str(db_path)  # the one path; each worker opens its own connection to it
        self.article: tasks.ArticleView | None = None
        self._open_op: Op | None = None
        self.remember_layout = True  # off for screenshots, which must not overwrite the user's layout
        self._import_op: Op | None = None
        self.editor: IncidentEditor | None = None  # the open incident editor, if any
        self.setWindowTitle("Marsad")
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._build_panes()
        self._build_menus()
        self._connect_signals()
        self.restore_layout()

    # -- construction ---------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.library = LibraryPane()
        self.reader = ReaderView()
        self.legend = Legend()
        self.incidents = IncidentPanel()

        self.article_title = QLabel("")
        self.article_title.setObjectName("articleTitle")
        self.article_title.setWordWrap(True)
        self.article_title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.article_title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.article_meta = QLabel("")
        self.article_meta.setObjectName("articleMeta")
        reader_col = QWidget()
        reader_col.setObjectName("readerColumn")
        col = QVBoxLayout(reader_col)
        col.setContentsMargins(6, 6, 6, 6)
        col.setSpacing(4)
        col.addWidget(self.article_title)
        col.addWidget(self.article_meta)
        col.addWidget(self.legend)
        col.addWidget(self.reader, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(reader_col)
        self.splitter.addWidget(self.incidents)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)
        self._splitter_restored = False

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.setStyleSheet(_STYLE)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.action_import = QAction("&Import…", self)
        self.action_import.setShortcut(QKeySequence.StandardKey.Open)
        self.action_quit = QAction("&Quit", self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.action_import)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        view_menu = self.menuBar().addMenu("&View")
        self.action_zoom_in = QAction("Larger text", self)
        self.action_zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.action_zoom_out = QAction("Smaller text", self)
        self.action_zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.action_zoom_reset = QAction("Default text size", self)
        self.action_zoom_reset.setShortcut(QKeySequence("Ctrl+0"))
        self.action_show_library = QAction("Library", self, checkable=True, checked=True)
        self.action_show_incidents = QAction("Incidents", self, checkable=True, checked=True)
        for action in (self.action_zoom_in, self.action_zoom_out, self.action_zoom_reset):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.action_show_library)
        view_menu.addAction(self.action_show_incidents)

        incident_menu = self.menuBar().addMenu("I&ncident")
        for action in self.incidents.actions_for_menu():
            incident_menu.addAction(action)

    def _connect_signals(self) -> None:
        """Every connection between panes, in one place."""
        self.action_import.triggered.connect(self.on_import_requested)
        self.action_quit.triggered.connect(self.close)
        self.action_zoom_in.triggered.connect(lambda: self.reader.zoom_by(+1))
        self.action_zoom_out.triggered.connect(lambda: self.reader.zoom_by(-1))
        self.action_zoom_reset.triggered.connect(lambda: self.reader.set_point_size(theme.READER_POINT_SIZE))
        self.action_show_library.toggled.connect(self.library.setVisible)
        self.action_show_incidents.toggled.connect(self.incidents.setVisible)
        self.library.articleActivated.connect(self.on_article_activated)
        self.legend.labelToggled.connect(self.reader.set_label_visible)
        self.incidents.evidenceRequested.connect(self.on_evidence_requested)
        self.incidents.editRequested.connect(self.on_incident_edit_requested)
        self.incidents.decisionRequested.connect(self.on_incident_decision)
        self.incidents.addRequested.connect(self.on_add_incident_requested)

    # -- actions (each a few lines: build an Op, say what to do with its result) ------------
    def refresh_library(self, then_open: Any = None) -> Op:
        return (Op(self, lambda ctx: tasks.list_articles(ctx.db), db_path=self.db_path, label="Loading the library")
                .success(lambda rows: self.on_library_loaded(rows, then_open))
                .run_in_background())

    def open_article(self, article_id: Any) -> Op:
        if self._open_op is not None and not self._open_op.done:
            self._open_op.cancel()  # a newer click wins; the old result is dropped
        self.statusBar().showMessage("Opening…")
        op = Op(self, lambda ctx: tasks.load_article(ctx.db, article_id, ctx.cancelled), db_path=self.db_path,
                label="Opening the article")
        self._open_op = op.success(self.on_article_loaded).failure(self.on_article_failed).run_in_background()
        return op

    def import_files(self, paths: list[str], open_first: bool = True) -> Op:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.statusBar().showMessage(f"Importing {len(paths)} file(s)…")

        def work(ctx: ops.OpContext) -> Any:
            return tasks.import_files(ctx.db, paths, on_progress=ctx.progress, should_cancel=ctx.cancelled)

        op = Op(self, work, db_path=self.db_path, label="Import")
        self._import_op = (op.progress(self.on_import_progress)
                           .success(lambda report: self.on_import_finished(report, open_first))
                           .failure(self.on_import_failed)
                           .run_in_background())
        return op

    def run_incident_op(self, work: Any, label: str) -> Op:
        """Store one analyst correction of the open article's incidents, then show the result."""
        article_id = self.article.id if self.article else None
        return (Op(self, lambda ctx: work(ctx.db, article_id), db_path=self.db_path, label=label)
                .success(lambda incidents: self.on_incidents_changed(article_id, incidents))
                .run_in_background())

    # -- slots ------------------------------------------------------------------------------
    def on_incident_edit_requested(self, incident: dict[str, Any]) -> None:
        if self.article is None:
            return
        evidence = _evidence_text(self.article.text, incident)
        self.editor = IncidentEditor(incident, self, evidence=evidence)
        self.editor.accepted.connect(lambda ed=self.editor: self.on_incident_edited(incident, ed.changes()))
        self.editor.open()

    def on_incident_edited(self, incident: dict[str, Any], changes: dict[str, Any]) -> None:
        if changes:
            self.run_incident_op(lambda db, aid: tasks.edit_incident(db, aid, incident, changes), "Saving the correction")

    def on_incident_decision(self, incident: dict[str, Any], decision: str) -> None:
        if self.article is not None:
            self.run_incident_op(lambda db, aid: tasks.decide_incident(db, aid, incident, decision),
                                 f"Saving ({decision})")

    def on_add_incident_requested(self) -> None:
        span = self.reader.selected_span()
        if self.article is None or span is None or span[0] >= span[1]:
            self.statusBar().showMessage("Select the words that report the incident first, then add it.", 6000)
            return
        base = incident_from_selection(self.article.text, span[0], span[1], self.article.published)
        self.editor = IncidentEditor(base, self, title="Add an incident", evidence=base["quote"])
        self.editor.accepted.connect(lambda ed=self.editor: self.on_incident_added(new_incident_data(base, ed.values())))
        self.editor.open()

    def on_incident_added(self, data: dict[str, Any]) -> None:
        self.run_incident_op(lambda db, aid: tasks.add_incident(db, aid, data), "Adding the incident")

    def on_incidents_changed(self, article_id: Any, incidents: list[dict[str, Any]]) -> None:
        if self.article is None or self.article.id != article_id:
            return  # the analyst moved on; the correction is stored and shows when they come back
        self.article.incidents = incidents
        self.incidents.set_incidents(incidents, keep_selection=True)
        self.statusBar().showMessage("Saved.", 3000)
        self.incidentsChanged.emit(incidents)

    def on_import_requested(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import articles", str(Path.home()), IMPORT_FILTER)
        if paths:
            self.import_files(paths)

    def on_library_loaded(self, rows: list[dict[str, Any]], then_open: Any = None) -> None:
        self.library.set_rows(rows)
        self.libraryLoaded.emit(len(rows))
        target = then_open
        if target is None and self.article is None and rows:
            target = rows[0].get("id")
        if target is not None:
            self.library.select_article(target, emit=False)
            self.open_article(target)

    def on_article_activated(self, article_id: Any) -> None:
        if self.article is None or self.article.id != article_id:
            self.open_article(article_id)

    def on_article_loaded(self, view: tasks.ArticleView) -> None:
        self.article = view
        self.article_title.setText(view.title or "(untitled)")
        meta = [isolate(view.source) if view.source else "", view.published or "date unknown"]
        self.article_meta.setText("  ·  ".join(m for m in meta if m))
        self.reader.set_article(view.text, view.entities)
        self.legend.set_counts(Counter(h.label for h in self.reader.highlights()))
        self.incidents.set_incidents(view.incidents, view.summary)
        if view.analysis_error:
            self.statusBar().showMessage(f"Analysis failed, showing the text only: {view.analysis_error}")
        else:
            self.statusBar().showMessage(f"{len(view.entities)} entities, {len(view.incidents)} incidents"
                                         + (" (analysed now)" if view.analysed_now else ""), 8000)
        self.articleShown.emit(view.id)

    def on_article_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        ops.show_error(self, exc, title="Could not open the article")
        self.articleFailed.emit(str(exc))

    def on_evidence_requested(self, start: int, end: int) -> None:
        self.reader.select_span(start, end)

    def on_import_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:  # -1: unknown total, the bar stays busy
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.statusBar().showMessage(message or f"Importing {done}/{total}…")

    def on_import_finished(self, outcome: tasks.ImportOutcome, open_first: bool) -> None:
        self.progress.hide()
        self.statusBar().showMessage(_report_text(outcome.report), 10000)
        self.refresh_library(then_open=outcome.ids[0] if (open_first and outcome.ids) else None)
        self.importFinished.emit(outcome)
        if outcome.report.errors:
            ops.show_error(self, ImportProblems(outcome.report.errors), title="Some files were not imported")

    def on_import_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.statusBar().clearMessage()
        ops.show_error(self, exc, title="Import failed")

    # -- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = _local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

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
        if size is not None:
            self.reader.set_point_size(int(size))

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("reader/pointSize", self.reader.point_size())

    def default_pane_sizes(self) -> None:
        """Library 19%, reader 44%, incidents 37% of the window (first start, screenshots)."""
        width = max(self.splitter.width(), self.width())
        self.splitter.setSizes([int(width * 0.19), int(width * 0.44), int(width * 0.37)])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._splitter_restored:
            self._splitter_restored = True
            self.default_pane_sizes()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.remember_layout:
            self.save_layout()
        for op in (self._open_op, self._import_op):
            if op is not None and not op.done:
                op.cancel()
        super().closeEvent(event)


def _evidence_text(text: str, incident: dict[str, Any]) -> str:
    """The incident's first evidence, shown at the top of the editor."""
    from gui.incidents import first_evidence

    span = first_evidence(incident)
    if span is None or not 0 <= span[0] < span[1] <= len(text):
        return ""
    return text[span[0]:span[1]]


def _local_paths(mime: Any) -> list[str]:
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class ImportProblems(Exception):
    """The importer's per-file errors, shown as one message (one line per file)."""

    def __init__(self, errors: list[Any]) -> None:
        lines = [f"{e.origin}{f':{e.line}' if e.line else ''}: {e.reason}" for e in errors[:20]]
        if len(errors) > 20:
            lines.append(f"… and {len(errors) - 20} more")
        super().__init__("\n".join(lines))


def _report_text(report: Any) -> str:
    parts = [f"{n} {word}" for n, word in ((report.added, "added"), (report.duplicates, "already in the library"),
                                           (len(report.errors), "failed")) if n]
    if report.cancelled:
        parts.append("cancelled")
    return "Import: " + (", ".join(parts) if parts else "nothing to import")


_STYLE = f"""
QLabel#paneTitle {{ font-weight: 600; font-size: 11pt; color: #333; padding: 2px 2px 4px 2px; }}
QLabel#paneFooter {{ color: #777; padding: 2px; }}
QLabel#articleTitle {{ font-family: "{theme.READER_FAMILY}"; font-size: 18pt; font-weight: bold; color: #111;
                       padding: 2px 8px; }}
QLabel#articleMeta {{ color: #666; padding: 0 8px 2px 8px; }}
QTextEdit#reader {{ background: #fffdf8; border: 1px solid #d8d4cc; color: {theme.TEXT_COLOR}; }}
QTableView {{ border: 1px solid #d8d4cc; selection-background-color: #cfe3ff; selection-color: #111; }}
"""
