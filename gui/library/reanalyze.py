"""File → Analyse outdated articles again…: after an upgrade (a new ANALYZER_VERSION) the library's
articles keep the older analysis until each is opened, so the summary and exports mix versions.
The analyst is told how many articles an older version (or none) analysed and asked; they are
analysed again on the long-job thread (core.ingest.importer.analyze_stored), with the progress bar.
Only the machine's entities and incidents are replaced: the analyst's corrections, highlights,
notes and tags are kept (docs/robustness.md)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from gui import ops, tasks
from gui.dialogs.messages import ask_yes_no, show_message
from gui.i18n import plural
from gui.library import progress_bar
from gui.ops import Op

translate = QCoreApplication.translate


def start(window: Any) -> Op:
    """Count first (nothing stored), then ask."""
    return (Op(window, lambda ctx: tasks.outdated_articles(ctx.db), db_path=window.db_path,
               label=translate("Reanalyze", "Looking for articles analysed by an older version"))
            .success(lambda n: ask(window, n))
            .failure(lambda exc: ops.show_error(window, exc, title=translate("Reanalyze", "Articles not analysed")))
            .run_in_background())


def question_text(outdated: int) -> str:
    if not outdated:
        return translate("Reanalyze", "Every article of the library is analysed by this version of Marsad.")
    return translate("Reanalyze", "Articles an older version of Marsad analysed, or none did: %n. Their incidents "
                                  "are not what this version finds. Analyse them again? Your corrections, "
                                  "highlights and notes are kept.", None, outdated)


def ask(window: Any, outdated: int) -> None:
    title = translate("Reanalyze", "Analyse outdated articles again")
    text = question_text(outdated)
    if not outdated:
        window.message_box = show_message(window, QMessageBox.Icon.Information, title, text)
        return
    if ask_yes_no(window, title, text, yes_by_default=True):
        run(window)


def run(window: Any) -> Op:
    progress_bar.begin(window, translate("Reanalyze", "Analysing outdated articles again…"))

    def progress(done: int, total: int, _message: str) -> None:
        progress_bar.count(window, translate("Reanalyze", "Analysing outdated articles again: %1/%2"), done, total)

    def done(n: int) -> None:
        window.progress.hide()
        window.show_status(plural(translate("Reanalyze", "%n article(s) analysed again.", None, n), n), 10000)
        refresh(window, n)

    def failed(exc: BaseException) -> None:
        progress_bar.failed(window, exc, translate("Reanalyze", "Articles not analysed"))

    return (Op(window, lambda ctx: tasks.reanalyze_outdated(ctx.db, ctx.progress, ctx.cancelled),
               db_path=window.db_path, label=translate("Reanalyze", "Analysing outdated articles again"),
               long_running=True)
            .progress(progress).success(done).failure(failed).run_in_background())


def refresh(window: Any, n: int) -> None:
    """After articles were analysed again (here or by the Export dialog): the library, its filters
    and the open article show this version's analysis."""
    window.refresh_library()
    window.load_facets()
    if window.article is not None:
        window.open_article(window.article.id)  # its incidents as this version finds them
    window.reanalysed.emit(n)
