"""File → Read dates from article text…: the library's undated articles take the date their own
text states (a dateline), as import does for new ones (core.ingest.redate). Articles stored before
import read datelines stayed undated. The analyst is told how many would be dated and asked; the
dates are stored as read from the text and those articles analysed again on the long-job thread,
with the progress bar; the library and the open article then show the new dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from gui import ops, tasks
from gui.bidi import isolate_auto
from gui.dialogs.messages import ask_yes_no, show_message
from gui.i18n import plural
from gui.library import progress_bar
from gui.ops import Op

translate = QCoreApplication.translate


def start(window: Any) -> Op:
    """Look first (nothing stored), then ask."""
    return (Op(window, lambda ctx: tasks.dates_in_text(ctx.db), db_path=window.db_path,
               label=translate("ReadDates", "Looking for dates in the articles' text"))
            .success(lambda report: ask(window, report))
            .failure(lambda exc: ops.show_error(window, exc, title=translate("ReadDates", "Dates not read")))
            .run_in_background())


def question_text(report: Any) -> str:
    found, undated = len(report.dated), report.undated
    if not undated:
        return translate("ReadDates", "Every article of the library has a date.")
    if not found:
        return plural(translate("ReadDates", "None of the %n undated article(s) states its date in its text.", None,
                                undated), undated)
    head = plural(translate("ReadDates", "%1 of the %n undated article(s) state their date in their text (a dateline):",
                            None, undated), undated).replace("%1", str(found))
    listed = [f"• {dated.iso} — {isolate_auto(dated.title or dated.quote)}" for dated in report.dated[:10]]
    if found > 10:
        listed.append(translate("MainWindow", "… and %n more", None, found - 10))  # numerus in Arabic, no (s)
    tail = translate("ReadDates", "Date them, marked as read from the text, and analyse them again?")
    return "\n".join([head, *listed, "", tail])


def ask(window: Any, report: Any) -> None:
    title = translate("ReadDates", "Read dates from article text")
    text = question_text(report)
    if not report.dated:
        window.message_box = show_message(window, QMessageBox.Icon.Information, title, text)
        return
    if ask_yes_no(window, title, text, yes_by_default=True):
        run(window)


def run(window: Any) -> Op:
    progress_bar.begin(window, translate("ReadDates", "Reading dates from the articles' text…"))

    def progress(done: int, total: int, _title: str) -> None:
        progress_bar.count(window, translate("ReadDates", "Analysing the dated articles again: %1/%2"), done, total)

    db_path = window.db_path

    def done(outcome: tasks.DatesRead) -> None:
        window.progress.hide()
        report = outcome.report
        n = len(report.dated)
        # one step of Edit › Undo: the articles undated again (gui/undo.py)
        window.record_library_step(db_path, outcome.before, outcome.after,
                                   plural(translate("ReadDates", "the date(s) read from the text of %n article(s)", None,
                                                    len(outcome.before)), len(outcome.before)))
        window.show_status(plural(translate("ReadDates", "%n article(s) dated from their text.", None, n), n),
                                       10000)
        dated = {d.id for d in report.dated}
        window.refresh_library()
        window.load_facets()
        if window.article is not None and window.article.id in dated:
            window.open_article(window.article.id)  # its new date, and its incidents' dates
        window.datesRead.emit(report)

    def failed(exc: BaseException) -> None:
        progress_bar.failed(window, exc, translate("ReadDates", "Dates not read"))

    return (Op(window, lambda ctx: tasks.read_dates(ctx.db, ctx.progress), db_path=window.db_path,
               label=translate("ReadDates", "Reading dates from the articles' text"), long_running=True)
            .progress(progress).success(done).failure(failed).run_in_background())
