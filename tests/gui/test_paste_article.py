"""An article copied from a web page or a message had no way in but saving it to a file first:
File → Paste as a new article (Ctrl+Shift+V) imports the clipboard's text, analyses it and opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication

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


def _drag(cls, mime: QMimeData):  # type: ignore[no-untyped-def]
    # a drag from another program: the event's source() is None
    return cls(QPointF(10, 10) if cls is QDropEvent else QPoint(10, 10), Qt.DropAction.CopyAction, mime,
               Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)


def test_text_dragged_from_another_program_is_imported_and_opened(qtbot, open_window, no_analysis) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    mime = QMimeData()
    mime.setText(PASTED)
    enter = _drag(QDragEnterEvent, mime)
    w.dragEnterEvent(enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(w.importFinished, timeout=20_000) as blocker, \
            qtbot.waitSignal(w.articleShown, timeout=20_000):
        w.dropEvent(_drag(QDropEvent, mime))
        assert "dropped text" in w.statusBar().currentMessage()
    ops.wait_for_all(10_000)
    assert blocker.args[0].report.added == 1
    assert w.article.title == "اشتباكات عنيفة قرب السوق"


def _link_drop(w, monkeypatch, text: str) -> tuple[bool, list[str]]:  # type: ignore[no-untyped-def]
    """Drag a web link carrying `text` over the window and drop it: (accepted on entry, texts imported)."""
    imported: list[str] = []
    monkeypatch.setattr(w, "import_text", lambda text, dropped=False: imported.append(text))
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/news/1")])
    mime.setText(text)
    enter = _drag(QDragEnterEvent, mime)
    w.dragEnterEvent(enter)
    w.dropEvent(_drag(QDropEvent, mime))
    return enter.isAccepted(), imported


def test_a_dragged_link_is_not_fetched_and_says_why(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    accepted, imported = _link_drop(open_window, monkeypatch, "https://example.org/news/1")
    assert not accepted and imported == []
    assert "offline" in open_window.statusBar().currentMessage()


def test_a_selection_with_a_link_in_it_is_text(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a browser selection that holds a link carries the link's URL beside the selected words
    accepted, imported = _link_drop(open_window, monkeypatch, PASTED)
    assert accepted and imported == [PASTED]


def test_a_selection_dragged_inside_marsad_is_not_stored_again(qtbot, open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    imported: list[str] = []
    monkeypatch.setattr(w, "import_text", lambda text, dropped=False: imported.append(text))

    class FromReader(QDragEnterEvent):
        def source(self):  # type: ignore[no-untyped-def]
            return w.reader

    mime = QMimeData()
    mime.setText(PASTED)
    enter = FromReader(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dragEnterEvent(enter)
    assert not enter.isAccepted()
    assert imported == []
