"""An article copied from a web page or a message had no way in but saving it to a file first:
File → Paste as a new article (Ctrl+Shift+V) imports the clipboard's text, analyses it and opens it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from gui import ops
from gui.bidi import strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PASTED = ("اشتباكات عنيفة قرب السوق\n\n"
          "أفاد شهود بأن اشتباكات اندلعت قرب السوق المركزي مساء الأحد بين مسلحين وقوات الأمن.")


@pytest.fixture
def no_analysis(monkeypatch):  # type: ignore[no-untyped-def]
    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION

    monkeypatch.setattr(importer, "_analyze", lambda article: {"entities": [], "incidents": [], "summary": {},
                                                               "analyzer_version": ANALYZER_VERSION})


def _paste(qtbot, w, text: str):  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(text)
    with qtbot.waitSignal(w.importFinished, timeout=20_000) as blocker, \
            qtbot.waitSignal(w.articleShown, timeout=20_000):
        w.action_paste.trigger()
    ops.wait_for_all(10_000)
    return blocker.args[0]


def test_pasted_text_is_imported_and_opened(qtbot, open_window, no_analysis) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    assert w.action_paste.shortcut().toString() == "Ctrl+Shift+V"
    assert w.action_paste in w.menuBar().actions()[0].menu().actions()  # in the File menu
    outcome = _paste(qtbot, w, PASTED)
    assert outcome.report.added == 1
    assert w.article.id == outcome.ids[0] != 1
    assert w.article.title == "اشتباكات عنيفة قرب السوق"  # the first line, as a .txt file's
    assert w.reader.toPlainText().endswith("وقوات الأمن.")
    assert strip_isolates(w.statusBar().currentMessage()).startswith("Import: 1 added")


def test_the_same_text_pasted_again_opens_the_stored_article(qtbot, open_window, no_analysis) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    first = _paste(qtbot, w, PASTED)
    w.open_article(1)
    qtbot.waitUntil(lambda: w.article.id == 1, timeout=10_000)
    again = _paste(qtbot, w, PASTED)
    assert again.report.added == 0 and again.report.duplicates == 1
    assert w.article.id == first.ids[0]


def test_an_empty_clipboard_imports_nothing(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    QGuiApplication.clipboard().setText("  \n ")
    w.action_paste.trigger()
    assert w._import_op is None or w._import_op.done
    assert w.statusBar().currentMessage() == "The clipboard holds no text to import."
