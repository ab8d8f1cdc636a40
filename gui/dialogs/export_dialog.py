"""File → Export…: choose what to export (scope), the format and the file; the export runs in the
background with progress and cancel, and ends with one message.

The choices become an `ExportRequest`; `run_export` (worker thread, no widgets) resolves the
scope to articles, builds the same `Selection` the CLI builds, and writes through the same
writers (`core.export.FORMATS`, plus the Qt-drawn PDF of gui/export_pdf.py; the Word report's
pictures are Qt's too, gui/export_docx.py). The dialog never
overwrites a file without asking; the write itself goes to a temporary file renamed into place,
so a cancelled or failed export leaves any previous file untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from core.store.library import LibraryQuery
from gui import ops, tasks
from gui.bidi import file_filters, isolate, isolate_auto, isolate_path
from gui.dialogs.messages import ask_yes_no, show_message
from gui.dialogs.path_edit import PathEdit
from gui.export_docx import register as register_docx_pictures
from gui.i18n import acled_name, current_language, governorate_name, translate_n
from gui.ops import Op, OpContext

translate = QCoreApplication.translate
register_docx_pictures()  # the Word report's chart and map drawn by Qt, as `marsad export` draws them

SCOPES = ("article", "selected", "search", "corpus")
PDF = "pdf"


@dataclass(frozen=True, slots=True)
class FormatChoice:
    name: str
    description: str
    suffix: str
    kind: str  # "incidents" or "annotations"
    label: str = ""  # short readable name, for the save dialog's file filter

    def file_filter(self) -> str:
        """The save dialog's filter for this format, «ACLED-style CSV table (*.csv)»: its readable
        name (the id, «acled-csv», when the format has none), then the pattern Qt filters by."""
        return f"{self.label or self.name} (*{self.suffix})"


def format_description(name: str, english: str) -> str:
    """A format's description in the interface language. Core describes its formats in English
    (the CLI's `--format` help prints them); the format's name is the key, and a format this table
    does not know (one registered later) keeps core's English."""
    texts = {
        "acled-csv": translate("ExportFormats", "ACLED columns then Marsad's (CSV, UTF-8)"),
        "xlsx": translate("ExportFormats", "Excel workbook: incidents, articles, notes"),
        "geojson": translate("ExportFormats", "GeoJSON points (incidents with coordinates)"),
        "kml": translate("ExportFormats", "KML placemarks for Google Earth"),
        "json": translate("ExportFormats", "Full incident structure (JSON)"),
        "md": translate("ExportFormats", "Report in Markdown"),
        "html": translate("ExportFormats", "Self-contained HTML report"),
        "docx": translate("ExportFormats", "Report as a Word document (.docx)"),
        "notes-md": translate("ExportFormats", "Highlights and notes (Markdown)"),
        "notes-json": translate("ExportFormats", "Highlights and notes (JSON)"),
        "notes-csv": translate("ExportFormats", "Highlights and notes (CSV)"),
    }
    return texts.get(name, english)


def format_label(name: str) -> str:
    """A format's short name in the interface language, for the save dialog's file filter (its id,
    «acled-csv», means nothing to an analyst). No parentheses: Qt reads the filter's last
    parenthesis as its patterns. A format this table does not know keeps its id."""
    texts = {
        "acled-csv": translate("ExportFormats", "ACLED-style CSV table"),
        "xlsx": translate("ExportFormats", "Excel workbook"),
        "geojson": translate("ExportFormats", "GeoJSON map points"),
        "kml": translate("ExportFormats", "KML placemarks"),
        "json": translate("ExportFormats", "Incidents as JSON"),
        "md": translate("ExportFormats", "Markdown report"),
        "html": translate("ExportFormats", "HTML report"),
        PDF: translate("ExportFormats", "PDF report"),
        "docx": translate("ExportFormats", "Word report"),
        "notes-md": translate("ExportFormats", "Highlights and notes as Markdown"),
        "notes-json": translate("ExportFormats", "Highlights and notes as JSON"),
        "notes-csv": translate("ExportFormats", "Highlights and notes as CSV"),
    }
    return texts.get(name, name)


def export_formats() -> dict[str, FormatChoice]:
    """Core's formats with the PDF report inserted after the HTML one."""
    from core.export import FORMATS

    out: dict[str, FormatChoice] = {}
    for name, spec in FORMATS.items():
        if name != PDF:
            out[name] = FormatChoice(name, format_description(name, spec.description), spec.suffix, spec.kind,
                                     format_label(name))
        if name == "html":
            out[PDF] = FormatChoice(PDF, translate("ExportDialog", "Report as PDF (A4)"), ".pdf", "incidents",
                                    format_label(PDF))
    return out


@dataclass(slots=True)
class ScopeContext:
    """What the window knows when the dialog opens: the open article, the library's selection and query."""

    current_article_id: int | None = None
    current_title: str = ""
    selected_ids: list[int] = field(default_factory=list)
    library_query: LibraryQuery | None = None  # None or an empty query: no search or filter is active

    def search_active(self) -> bool:
        q = self.library_query
        if q is None:
            return False
        return bool(q.text.strip() or q.date_from or q.date_to or q.source or q.governorate or q.actor
                    or q.event_type or q.tag or q.starred or q.has_notes or q.unread)


def context_from_window(window: Any) -> ScopeContext:
    """The main window's open article, selected library rows and library query."""
    article = getattr(window, "article", None)
    selected = [int(i) for i in window.library.selected_article_ids()]
    return ScopeContext(
        current_article_id=int(article.id) if article is not None else None,
        current_title=(article.title or "") if article is not None else "",
        selected_ids=selected,
        library_query=window.library.query(),
    )


def describe_query(q: LibraryQuery, wrap: Callable[[str], str] = str) -> str:
    """"library search “x”, governorate y": the scope line of the export; `wrap` isolates values on screen."""
    parts = [f"search “{wrap(q.text.strip())}”"] if q.text.strip() else []
    for label, value in (("from", q.date_from), ("to", q.date_to), ("source", q.source), ("governorate", q.governorate),
                         ("actor", q.actor), ("event", q.event_type), ("tag", q.tag)):
        if value:
            parts.append(f"{label} {wrap(value)}")
    parts += [flag for flag, on in (("starred", q.starred), ("with notes", q.has_notes), ("unread", q.unread)) if on]
    return "library " + ", ".join(parts) if parts else "whole corpus"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    path: Path
    fmt: str
    scope: str
    article_ids: tuple[int, ...] = ()  # scopes "article" and "selected"
    library_query: LibraryQuery | None = None  # scope "search"
    include_rejected: bool = False
    bom: bool = False
    description: str = ""
    lang: str = "en"  # the report's language (md, html, pdf): the interface's


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    path: Path
    fmt: str
    count: int
    kind: str
    articles: int
    unlocated: int = 0  # geojson, kml: incidents left off the map, having no coordinates

    def message(self) -> str:
        arts = translate_n("ExportDialog", "%n article(s)", self.articles)
        if self.kind == "annotations":
            what = translate_n("ExportDialog", "%n annotation(s)", self.count)
            sentence = translate("ExportDialog", "Exported %1 from %2 to %3.")
        else:  # the same English; the Arabic verb agrees with «حادثة», feminine: «صُدِّرت حادثة واحدة»
            what = translate_n("ExportDialog", "%n incident(s)", self.count)
            sentence = translate("ExportDialog", "Exported %1 from %2 to %3.", "incidents")
        text = (sentence.replace("%1", what).replace("%2", arts)
                .replace("%3", isolate_path(self.path)))  # left to right in the Arabic sentence, folders in order
        if self.unlocated:  # the map's count is then below the other formats' (session 43): say why
            text += " " + translate("ExportDialog", "Not on the map: %1 without coordinates.").replace(
                "%1", translate_n("ExportDialog", "%n incident(s)", self.unlocated))
        return text


def build_request(context: ScopeContext, scope: str, fmt: str, path: Path | str, *, include_rejected: bool = False,
                  bom: bool = False, lang: str = "en") -> ExportRequest:
    """The request for one scope choice; raises ValueError when that scope is not available.
    `lang`: the language a report is written in (the dialog passes the interface's)."""
    return replace(_scope_request(context, scope, fmt, path, include_rejected=include_rejected, bom=bom), lang=lang)


def _scope_request(context: ScopeContext, scope: str, fmt: str, path: Path | str, *, include_rejected: bool,
                   bom: bool) -> ExportRequest:
    if scope == "article":
        if context.current_article_id is None:
            raise ValueError("no article is open")
        ids: tuple[int, ...] = (context.current_article_id,)
        return ExportRequest(Path(path), fmt, scope, ids, None, include_rejected, bom, f"article {ids[0]}")
    if scope == "selected":
        ids = tuple(dict.fromkeys(context.selected_ids))
        if not ids:
            raise ValueError("no article is selected in the library")
        desc = ("article " if len(ids) == 1 else "articles ") + ", ".join(map(str, ids))
        return ExportRequest(Path(path), fmt, scope, ids, None, include_rejected, bom, desc)
    if scope == "search":
        if not context.search_active():
            raise ValueError("the library shows no search or filter")
        q = context.library_query
        return ExportRequest(Path(path), fmt, scope, (), q, include_rejected, bom, describe_query(q))  # type: ignore[arg-type]
    if scope == "corpus":
        return ExportRequest(Path(path), fmt, scope, (), None, include_rejected, bom, "whole corpus")
    raise ValueError(f"unknown scope {scope!r}")


def default_scope(context: ScopeContext) -> str:
    """The scope the dialog opens on. The library's selection when the analyst picked articles
    there (several rows, or one row that is not the open article: opening an article selects its
    row alone, which is no choice of the analyst's); else the open article; else the library's
    search or filter; else the whole library."""
    selected = list(dict.fromkeys(context.selected_ids))
    if len(selected) > 1 or (selected and selected != [context.current_article_id]):
        return "selected"
    if context.current_article_id is not None:
        return "article"
    return "search" if context.search_active() else "corpus"


# -- the work (worker thread: no widgets) ------------------------------------------------------------

def library_ids(db: Any, q: LibraryQuery) -> list[int]:
    """Every article id the library's search and filters show, in the library's order.

    Uses the library's own id query (what the pane pages through), so the export holds exactly
    the rows the analyst sees, without computing a snippet per row.
    """
    from core.store.library import matching_ids

    return matching_ids(db, q)


def resolve_ids(db: Any, request: ExportRequest) -> list[int]:
    """The scope's article ids; none is refused by run_export with core's reason
    (`core.export.scope.why_nothing`, worded by `nothing_text`)."""
    from core import store

    if request.scope in ("article", "selected"):
        return list(request.article_ids)
    if request.scope == "search" and request.library_query is not None:
        return library_ids(db, request.library_query)
    return [int(a["id"]) for a in store.list_articles(db, order="published asc")]


def nothing_text(reason: Any, fmt: str) -> str:
    """Core's reason an export writes nothing (`NothingToExport.reason`), in the analyst's
    language; the one GUI wording of each reason, its way on the dialog's own controls."""
    from core.export import scope as why

    one = reason.articles == 1
    if reason.code == why.NO_ARTICLES:
        return translate("ExportDialog", "Nothing to export: the library is empty.")
    if reason.code == why.NO_MATCH:
        return translate("ExportDialog", "Nothing to export: the library's search and filters show no article.")
    if reason.code == why.NO_ANNOTATIONS:
        return (translate("ExportDialog", "Nothing to export: the article has no highlights or notes.") if one
                else translate("ExportDialog", "Nothing to export: the articles have no highlights or notes."))
    if reason.code == why.NO_INCIDENTS:
        return (translate("ExportDialog", "Nothing to export: no incident was found in the article.") if one
                else translate("ExportDialog", "Nothing to export: no incident was found in the articles."))
    if reason.code == why.ALL_REJECTED:
        return translate("ExportDialog",
                         "Nothing to export: you rejected every incident (tick “Include incidents I rejected” to export them).")
    label = isolate_auto(fmt)  # the format's name, as the format list shows it, in its own direction
    if reason.code == why.NO_COORDINATES:
        return translate("ExportDialog", "Nothing to export: no incident has coordinates, which %1 needs.").replace("%1", label)
    return translate("ExportDialog", "Nothing to export: no incident could be written as %1.").replace("%1", label)


def outdated_in_scope(db: Any, request: ExportRequest) -> tuple[int, list[int]]:
    """(how many of the scope's articles this version of Marsad has not analysed, the scope's ids):
    what the dialog warns of before an incident export, as `marsad export` does after one."""
    from core.ingest.importer import outdated_among

    ids = resolve_ids(db, request)
    return outdated_among(db, ids), ids


def outdated_text(outdated: int) -> str:
    return translate_n("ExportDialog", "Articles to export that an older version of Marsad analysed, or none did: "
                                       "%n. Their incidents are not what this version finds. Analyse them again "
                                       "before exporting? Your corrections, highlights and notes are kept.", outdated)


class _CheckedWrites:
    """A file whose every write first checks for cancellation (core's writers know no cancel flag)."""

    def __init__(self, out: IO[Any], check: Callable[[], None]) -> None:
        self._out, self._check = out, check

    def write(self, data: Any) -> int:
        self._check()
        return self._out.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


def run_export(ctx: OpContext, request: ExportRequest) -> ExportOutcome:
    """Collect the scope article by article (progress, cancel between articles), then write."""
    from core.export import FORMATS, left_off_map, write_options
    from core.export.atomic import atomic_output
    from core.export.scope import NothingToExport, collect_scope, selection_from_bundles, why_nothing

    choice = export_formats()[request.fmt]
    searched = request.scope == "search"
    ids = resolve_ids(ctx.db, request)
    if not ids:  # not collect_scope(article_ids=[]), which is the whole corpus
        raise NothingToExport(why_nothing(selection_from_bundles([]), choice.kind, request.fmt, searched=searched))
    bundles = []
    for n, bundle in enumerate(collect_scope(ctx.db, article_ids=ids), start=1):
        ctx.check_cancelled()
        bundles.append(bundle)
        ctx.progress(n, len(ids), translate("ExportDialog", "Reading article %1 of %2…").replace("%1", str(n))
                     .replace("%2", str(len(ids))))
    selection = selection_from_bundles(bundles, description=request.description,
                                       include_rejected=request.include_rejected)
    ctx.check_cancelled()
    ctx.progress(0, 0, translate("ExportDialog", "Writing %1…").replace("%1", isolate_path(request.path.name)))
    if request.fmt == PDF:
        from gui.export_pdf import write_pdf

        if not selection.incidents:  # the report counts its incidents: none, no PDF drawn
            raise NothingToExport(why_nothing(selection, choice.kind, request.fmt, searched=searched))
        count = write_pdf(request.path, selection, force=True, checkpoint=ctx.check_cancelled,
                          on_progress=ctx.progress, lang=request.lang)
    else:
        spec = FORMATS[request.fmt]
        options = write_options(request.fmt, bom=request.bom, lang=request.lang)
        # force: the dialog asked before overwriting an existing file.
        with atomic_output(request.path, binary=spec.binary, force=True) as out:
            # Text formats stop at the next write; a workbook is finished (openpyxl leaves a
            # half-written zip open if interrupted) and then discarded when cancelled.
            target = out if spec.binary else _CheckedWrites(out, ctx.check_cancelled)
            count = spec.write(target, selection, **options)
            ctx.check_cancelled()
            if not count:  # a header-only file would look like a finished export; inside: it is removed
                raise NothingToExport(why_nothing(selection, choice.kind, request.fmt, searched=searched))
    return ExportOutcome(request.path, request.fmt, int(count), choice.kind, len(bundles),
                         left_off_map(request.fmt, selection, int(count)))


# -- the dialog --------------------------------------------------------------------------------------

_retired: list[Op] = []
RETIRE_MS = 3000


def _retire(op: Op) -> None:
    """Keep a finished Op alive a little longer, then let it go on the GUI thread.

    The dialog drops its reference (a dialog ↔ Op cycle would be freed by Python's cyclic GC at
    a random moment, possibly on a worker thread). But the Op's signal object is also held by the
    worker's runnable: if the Op went first, the worker would free that QObject on its own thread
    while the GUI thread may still be delivering its last signal.
    """
    from PySide6.QtCore import QTimer

    _retired.append(op)
    QTimer.singleShot(RETIRE_MS, lambda: _retired.remove(op) if op in _retired else None)


class ExportDialog(QDialog):
    exportFinished = Signal(object)  # ExportOutcome
    exportFailed = Signal(str)
    exportCancelled = Signal()

    def __init__(self, db_path: str, context: ScopeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.db_path = db_path
        self.context = context
        self.formats = export_formats()
        self.op: Op | None = None
        self.message_box: QMessageBox | None = None  # the closing message, kept for tests
        self._last_suffix = ""

        scope_box = QGroupBox(self.tr("What to export"))
        scope_layout = QVBoxLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        title = context.current_title if len(context.current_title) <= 60 else context.current_title[:60] + "…"
        n_sel = len(dict.fromkeys(context.selected_ids))
        labels = {
            "article": self.tr("The open article: %1").replace("%1", isolate(title))
                       if context.current_article_id is not None else self.tr("The open article"),
            "selected": translate_n("ExportDialog", "The %n selected article(s)", n_sel) if n_sel
                        else self.tr("The selected articles"),
            "search": (self.tr("The library's %1").replace("%1", isolate_auto(self._query_on_screen(context.library_query)))
                       if context.search_active() and context.library_query
                       else self.tr("The current search or filter")),
            "corpus": self.tr("The whole library"),
        }
        available = self._available()
        for i, scope in enumerate(SCOPES):
            button = QRadioButton(labels[scope])
            button.setObjectName(f"scope_{scope}")
            button.setEnabled(available[scope])
            self.scope_group.addButton(button, i)
            self.scope_buttons[scope] = button
            scope_layout.addWidget(button)
        self.scope_buttons[default_scope(context)].setChecked(True)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        for choice in self.formats.values():
            self.format_combo.addItem(f"{choice.name} — {choice.description}", choice.name)
        self.include_rejected = QCheckBox(self.tr("Include incidents I rejected"))
        self.bom = QCheckBox(self.tr("Start with a byte-order mark (for Excel)"))
        self.bom.setToolTip(self.tr("Excel shows the Arabic of a CSV file without it as garbled letters; other "
                                    "programs ignore it. On unless you turned it off."))
        self.path_edit = PathEdit()  # left to right, every Arabic folder in its place
        self.path_edit.setObjectName("exportPath")
        self.browse = QPushButton(self.tr("Choose…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow("", self.include_rejected)
        form.addRow("", self.bom)
        form.addRow(self.tr("File"), path_row)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel("")
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        settings = QSettings()
        fmt = str(settings.value("export/format", "acled-csv"))
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        folder = Path(str(settings.value("export/folder", str(Path.home()))))
        # On by default (the command line's --bom stays off): an analyst's CSV is opened in Excel,
        # which garbles Arabic UTF-8 without the mark. The choice is remembered.
        self.bom.setChecked(str(settings.value("export/bom", "true")).lower() not in ("false", "0"))
        self._last_suffix = self.formats[self.fmt()].suffix
        self.path_edit.setText(str(folder / f"marsad-{date.today().isoformat()}{self._last_suffix}"))
        self._update_options()

        self.format_combo.currentIndexChanged.connect(self.on_format_changed)
        self.browse.clicked.connect(self.on_browse)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.on_cancel)

    # -- choices -------------------------------------------------------------------------------
    def _query_on_screen(self, q: LibraryQuery) -> str:
        """The search and filters in the interface's language (`describe_query` is the export's
        own English scope line): "search “x”, governorate y"; a governorate and an event type (stored
        in English) by their names in the interface («الحدث معارك», not «الحدث Battles»)."""
        parts = [self.tr("search “%1”").replace("%1", isolate(q.text.strip()))] if q.text.strip() else []
        for label, value in ((self.tr("from %1"), q.date_from), (self.tr("to %1"), q.date_to),
                             (self.tr("source %1"), q.source),
                             (self.tr("governorate %1"), governorate_name(q.governorate)),
                             (self.tr("actor %1"), q.actor), (self.tr("event %1"), acled_name(q.event_type)),
                             (self.tr("tag %1"), q.tag)):
            if value:
                parts.append(label.replace("%1", isolate(str(value))))
        parts += [flag for flag, on in ((self.tr("starred"), q.starred), (self.tr("with notes"), q.has_notes),
                                        (self.tr("unread"), q.unread)) if on]
        return self.tr(", ").join(parts)

    def _available(self) -> dict[str, bool]:
        c = self.context
        return {"article": c.current_article_id is not None, "selected": bool(c.selected_ids),
                "search": c.search_active(), "corpus": True}

    def scope(self) -> str:
        return SCOPES[self.scope_group.checkedId()]

    def set_scope(self, scope: str) -> None:
        self.scope_buttons[scope].setChecked(True)

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, name: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(name))

    def set_path(self, path: Path | str) -> None:
        self.path_edit.setText(str(path))

    def request(self) -> ExportRequest:
        return build_request(self.context, self.scope(), self.fmt(), Path(self.path_edit.text().strip()).expanduser(),
                             include_rejected=self.include_rejected.isChecked(),
                             bom=self.bom.isChecked() and self.bom.isEnabled(), lang=current_language())

    def _update_options(self) -> None:
        from core.export import BOM_FORMATS

        choice = self.formats[self.fmt()]
        self.bom.setEnabled(choice.name in BOM_FORMATS)
        self.include_rejected.setEnabled(choice.kind == "incidents")

    def on_format_changed(self, _index: int) -> None:
        """Keep the file's extension in step with the format, unless the analyst typed another."""
        suffix = self.formats[self.fmt()].suffix
        text = self.path_edit.text().strip()
        if text and self._last_suffix and text.endswith(self._last_suffix):
            self.path_edit.setText(text[: -len(self._last_suffix)] + suffix)
        self._last_suffix = suffix
        self._update_options()

    def on_browse(self) -> None:
        choice = self.formats[self.fmt()]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(),
            file_filters(choice.file_filter() + ";;" + self.tr("All files (*)")),
            options=QFileDialog.Option.DontConfirmOverwrite)  # asked once, in start_export
        if path:
            self.path_edit.setText(path)

    def confirm_overwrite(self, path: Path) -> bool:
        return ask_yes_no(self, self.tr("Replace the file?"),
                          self.tr("%1 already exists. Replace it?").replace("%1", isolate_path(path)))

    # -- running -------------------------------------------------------------------------------
    def start_export(self) -> Op | None:
        """Check the file (asking before replacing one), then run the export in the background."""
        if self.op is not None and not self.op.done:
            return self.op
        try:
            request = self.request()
        except ValueError as exc:
            self.status.setText(self.tr("Cannot export: %1.").replace("%1", str(exc)))
            return None
        if not self.path_edit.text().strip():
            self.status.setText(self.tr("Choose the file to write."))
            return None
        if request.path.is_dir():
            self.status.setText(self.tr("%1 is a folder: choose a file name.").replace("%1", isolate_path(request.path)))
            return None
        if request.path.exists() and not self.confirm_overwrite(request.path):
            self.status.setText(self.tr("Not exported: the existing file was kept."))
            return None
        settings = QSettings()
        settings.setValue("export/format", request.fmt)
        settings.setValue("export/folder", str(request.path.parent))
        if request.bom or self.bom.isEnabled():  # a CSV format: the box was the analyst's to choose
            settings.setValue("export/bom", self.bom.isChecked())
        self._set_running(True)
        if self.formats[request.fmt].kind != "incidents":  # highlights and notes: no analysis in them
            return self._export(request)
        # first, as `marsad export` warns: which of the scope's articles an older version analysed
        self.status.setText(self.tr("Exporting…"))
        self.op = (Op(self, lambda ctx: outdated_in_scope(ctx.db, request), db_path=self.db_path,
                      label=self.tr("Export"))
                   .success(lambda counted: self._on_counted(request, *counted))
                   .failure(self.on_failed)
                   .cancelled(self.on_cancelled)
                   .run_in_background())
        return self.op

    def _replace_op(self, op: Op) -> Op:
        if self.op is not None:
            _retire(self.op)  # the step before, whose callback starts this one
        self.op = op
        return op

    def _export(self, request: ExportRequest) -> Op:
        self.status.setText(self.tr("Exporting…"))
        return self._replace_op(
            Op(self, lambda ctx: run_export(ctx, request), db_path=self.db_path, label=self.tr("Export"))
            .progress(self.on_progress)
            .success(self.on_finished)
            .failure(self.on_failed)
            .cancelled(self.on_cancelled)
            .run_in_background())

    def _on_counted(self, request: ExportRequest, outdated: int, ids: list[int]) -> None:
        """Articles an older version analysed are the analyst's to analyse again first (on the
        long-job thread, as File → Analyse outdated articles again does), export as they are, or
        not export."""
        if not outdated:
            self._export(request)
            return
        answer = self.ask_outdated(outdated)
        if answer == "export":
            self._export(request)
        elif answer == "analyse":
            self._analyse_then_export(request, ids)
        else:
            self._set_running(False)
            self.status.setText(self.tr("Not exported."))

    def outdated_box(self, outdated: int) -> QMessageBox:
        """The question `ask_outdated` asks (built apart, so that it can be shown without blocking)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Articles analysed by an older version"),
                          outdated_text(outdated), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("outdatedQuestion")
        again = box.addButton(self.tr("Analyse again, then export"), QMessageBox.ButtonRole.AcceptRole)
        again.setObjectName("analyse")
        box.addButton(self.tr("Export as they are"), QMessageBox.ButtonRole.ActionRole).setObjectName("export")
        box.addButton(QMessageBox.StandardButton.Cancel).setObjectName("cancel")
        box.setDefaultButton(again)
        return box

    def ask_outdated(self, outdated: int) -> str:
        """"analyse", "export" or "cancel" (Esc, or the window closed)."""
        box = self.outdated_box(outdated)
        box.exec()
        clicked = box.clickedButton()
        answer = clicked.objectName() if clicked is not None else "cancel"
        box.deleteLater()
        return answer if answer in ("analyse", "export") else "cancel"

    def _analyse_then_export(self, request: ExportRequest, ids: list[int]) -> Op:
        self.status.setText(self.tr("Analysing the articles again…"))

        def analysed(n: int) -> None:
            window = self.parentWidget()
            if window is not None and hasattr(window, "reanalysed"):  # the main window: show the new analysis
                from gui.library import reanalyze

                reanalyze.refresh(window, n)
            self._export(request)

        return self._replace_op(
            Op(self, lambda ctx: tasks.reanalyze_outdated(ctx.db, ctx.progress, ctx.cancelled, article_ids=ids),
               db_path=self.db_path, label=self.tr("Analysing the articles again"), long_running=True)
            .progress(self.on_analysis_progress)
            .success(analysed)
            .failure(self.on_failed)
            .cancelled(self.on_cancelled)
            .run_in_background())

    def on_analysis_progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.on_progress(done, total, self.tr("Analysing the articles again: %1/%2")
                             .replace("%1", str(done)).replace("%2", str(total)))

    def _set_running(self, running: bool) -> None:
        if not running and self.op is not None:
            _retire(self.op)
            self.op = None
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        for widget in (self.export_button, self.format_combo, self.path_edit, self.browse, self.include_rejected,
                       *self.scope_buttons.values()):
            widget.setEnabled(not running)
        if not running:
            for scope, available in self._available().items():
                self.scope_buttons[scope].setEnabled(available)
            self._update_options()
        else:
            self.bom.setEnabled(False)

    def on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        if message:
            self.status.setText(message)

    def on_cancel(self) -> None:
        if self.op is not None and not self.op.done:
            self.status.setText(self.tr("Cancelling…"))
            self.op.cancel()
        else:
            self.reject()

    def on_finished(self, outcome: ExportOutcome) -> None:
        self._set_running(False)
        self.status.setText(outcome.message())
        self.exportFinished.emit(outcome)
        self._show_message(QMessageBox.Icon.Information, self.tr("Export finished"), outcome.message(), self.parentWidget())
        self.accept()

    def on_failed(self, exc: BaseException) -> None:
        from core.export.scope import NothingToExport

        self._set_running(False)
        if isinstance(exc, NothingToExport):  # core's reason, in the analyst's words: no failure,
            # so no warning titled "Export failed" over an article that simply has no incident
            text = nothing_text(exc.reason, self.fmt())
            self.status.setText(text)
            self.exportFailed.emit(text)
            self._show_message(QMessageBox.Icon.Information, self.tr("Nothing to export"), text, self)
            return
        if str(exc):
            text = self.tr("Nothing was written. %1").replace("%1", ops.error_text(exc))
        else:
            text = self.tr("Nothing was written (%1).").replace("%1", type(exc).__name__)
        self.status.setText(text)
        self.exportFailed.emit(text)
        self._show_message(QMessageBox.Icon.Warning, self.tr("Export failed"), text, self)

    def on_cancelled(self) -> None:
        self._set_running(False)
        self.status.setText(self.tr("Export cancelled; no file was written."))
        self.exportCancelled.emit()

    def _show_message(self, icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> None:
        self.message_box = show_message(parent, icon, title, text)

    def reject(self) -> None:  # Esc or Cancel: a running export is cancelled first
        if self.op is not None and not self.op.done:
            self.on_cancel()
            return
        super().reject()


def open_export_dialog(window: Any) -> ExportDialog:
    """File → Export…: the dialog for the window's database, open article, selection and search."""
    dialog = ExportDialog(window.db_path, context_from_window(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


__all__ = ["ExportDialog", "ExportOutcome", "ExportRequest", "ScopeContext", "build_request", "context_from_window",
           "default_scope", "export_formats", "open_export_dialog", "run_export"]
