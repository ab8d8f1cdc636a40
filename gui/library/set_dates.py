"""Library → Set date… (also in the library's right-click menu): one publication date for every
selected article at once. Imported .txt, .docx and .pdf files mostly carry no date, and an undated
article's incidents have no date; dating them one by one in Article details (Ctrl+Shift+D) is slow
when a folder of one day's articles was imported.

The date is stored as the analyst's, as Article details does for one (origin "user"; all the
articles in one transaction, `store.set_dates`), then each article whose date changed is analysed
again as File → Analyse outdated articles again… does (`tasks.set_dates`, the importer's
`analyze_stored`), so its incidents' dates follow («أمس» is the day before); an article too long
to analyse automatically is left alone, as everywhere. The analysis runs on the long-job thread
with the progress bar and the status bar's Cancel; cancelled,
the articles not analysed yet keep their new date and count as outdated (File → Analyse outdated
articles again…, or opening one, analyses them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gui import tasks
from gui.dialogs.article_details import ISO, publication_date_edit
from gui.i18n import translate_n
from gui.library import progress_bar
from gui.ops import Op

translate = QCoreApplication.translate


def undated_line(count: int, undated: int) -> str:
    """How many of the `count` selected articles have no date now. An import's undated articles
    come selected together: «2 of them have no date now» said of both read as if others had one
    (in Arabic «اثنان منها» of two), and «1 of them have» of one."""
    if undated >= count:
        if count == 1:
            return translate("SetDates", "It has no date now.")
        return translate_n("SetDates", "None of them has a date now.", count)
    if undated == 1:
        return translate_n("SetDates", "1 of them has no date now.", count)  # the Arabic follows the selected count
    return translate_n("SetDates", "%n of them have no date now.", undated)


class SetDateDialog(QDialog):
    """One date for `count` articles (`undated` of them without one now); `date()` once accepted."""

    def __init__(self, count: int, undated: int, initial: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setDateDialog")
        self.setWindowTitle(translate("SetDates", "Set date"))
        self.setMinimumWidth(420)
        head = translate_n("SetDates", "The publication date of the %n selected article(s):", count)
        if undated:
            head += "\n" + undated_line(count, undated)
        self.head = QLabel(head)
        self.head.setObjectName("setDateHead")
        self.head.setWordWrap(True)
        self.date_edit = publication_date_edit("setDateDate", initial)
        form = QFormLayout()
        label = QLabel(translate("SetDates", "&Date:"))
        label.setBuddy(self.date_edit)
        form.addRow(label, self.date_edit)
        note = QLabel(translate("SetDates", "The articles are analysed again: their incidents' dates follow the "
                                            "article's date. Your corrections, notes and highlights are kept."))
        note.setWordWrap(True)
        note.setEnabled(False)  # a quiet, secondary line
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.date_edit.setFocus()

    def date(self) -> str:
        return self.date_edit.date().toString(ISO)


def target_ids(window: Any) -> list[Any]:
    """The selected rows of the library; none selected, the open article."""
    ids = list(window.library.selected_article_ids())
    if not ids and window.article is not None:
        ids = [window.article.id]
    return ids


def start(window: Any) -> SetDateDialog | None:
    """Ask for the date (window-modal), then `run`."""
    ids = target_ids(window)
    if not ids:
        window.show_status(translate("SetDates", "Select the articles in the library first."), 6000)
        return None
    if busy(window):
        return None
    model = window.library.model
    rows = [model.row_dict(model.row_of(i)) for i in ids if model.row_of(i) >= 0]
    dates = [str(r.get("published") or "") for r in rows]
    undated = sum(1 for d in dates if not d)
    dialog = SetDateDialog(len(ids), undated, next((d for d in dates if d), None), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.accepted.connect(lambda: run(window, ids, dialog.date()))
    window.set_dates_dialog = dialog
    dialog.open()
    return dialog


def run(window: Any, ids: list[Any], published: str | None) -> Op:
    db_path = window.db_path
    begin_job(window, translate("SetDates", "Setting the date…"))

    def done(outcome: tasks.DatesSet) -> None:
        end_job(window)
        text = status_text(outcome)
        window.show_status(text, 10000)
        changed = set(outcome.changed)
        # one step of Edit › Undo: every article's date as it was (gui/undo.py)
        window.record_library_step(db_path, outcome.before, outcome.after,
                                   translate_n("SetDates", "the date of %n article(s)", len(outcome.before)))
        for article_id in outcome.changed:
            window.library.model.update_article(article_id, published=outcome.published, date_origin="user")
        window.refresh_library()
        window.load_facets()
        if window.article is not None and window.article.id in changed:
            window._import_note = (window.article.id, text)  # kept up beside the reopened article's counts
            window.open_article(window.article.id)  # its new date, and its incidents' dates
        window.datesSet.emit(outcome)

    def failed(exc: BaseException) -> None:
        window.cancel_button.hide()
        progress_bar.failed(window, exc, translate("SetDates", "Date not set"))

    op = Op(window, lambda ctx: tasks.set_dates(ctx.db, ids, published, ctx.progress, ctx.cancelled),
            db_path=window.db_path, label=translate("SetDates", "Setting the date"), long_running=True)
    window.library_dates_op = op.progress(job_progress(window)).success(done).failure(failed).run_in_background()
    return op


# The library-wide dates job (`window.library_dates_op`, one at a time): Set date… (`run`) or the Undo/Redo
# of a library step (MainWindow._step_library): the dates stored, then the re-dated articles analysed
# again with the progress bar and the status bar's Cancel.

def busy(window: Any) -> bool:
    """A dates job still runs: the status bar says so (the next waits for it or its Cancel)."""
    op = window.library_dates_op
    if op is not None and not op.done:
        window.show_status(translate("SetDates", "Dates are being set: wait for it or cancel it first."), 8000)
        return True
    return False


def begin_job(window: Any, status: str) -> None:
    """The bar busy, `status` in the status line, Cancel shown."""
    progress_bar.begin(window, status)
    window.cancel_button.setEnabled(True)
    window.cancel_button.show()


def job_progress(window: Any) -> Any:
    """The job's progress callback: the re-dated articles analysed so far, counted on the bar."""
    def progress(done: int, total: int, _title: str) -> None:
        if window.library_dates_op is not None and window.library_dates_op.is_stopping():
            return  # "Cancelling…" stays up
        progress_bar.count(window, translate("SetDates", "Analysing the re-dated articles again: %1/%2"), done, total)
    return progress


def end_job(window: Any) -> None:
    """The bar and Cancel hidden."""
    window.progress.hide()
    window.cancel_button.hide()


def not_analysed_text(left: int) -> str:
    """A cancelled job's count of the re-dated articles left outdated."""
    return translate_n("SetDates", "Cancelled: %n not analysed again yet (File → Analyse outdated articles again…).",
                       left)


def status_text(outcome: tasks.DatesSet) -> str:
    n = len(outcome.changed)
    if not n:
        return translate("SetDates", "The articles had that date already.")
    text = translate_n("SetDates", "%n article(s) dated %1.", n).replace("%1", f"\u2066{outcome.published or ''}\u2069")
    if outcome.cancelled:
        text += " " + not_analysed_text(outcome.not_analysed)
    return text
