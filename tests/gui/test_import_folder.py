"""A folder of articles is imported from the window: File → Import a folder… (the Import dialog
picks files only) and a folder dropped on the window (a dropped folder was ignored). Its files in
cp1256 and UTF-16 are read, an empty and a binary file are named in the problems box, nothing else
is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui import ops
from tests.gui.import_helpers import import_messages

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def no_analysis(monkeypatch):  # type: ignore[no-untyped-def]
    from core.ingest import importer
    from core.pipeline import ANALYZER_VERSION

    monkeypatch.setattr(importer, "_analyze", lambda article: {"entities": [], "incidents": [], "summary": {},
                                                               "analyzer_version": ANALYZER_VERSION})


def article_folder(root: Path) -> Path:
    """A folder named in Arabic: three readable articles in three encodings (one in a subfolder),
    an empty file and a binary one."""
    folder = root / "وارد"
    (folder / "أرشيف").mkdir(parents=True)
    (folder / "utf8.txt").write_text("اشتباك في مديرية صبر\n\nقتل ثلاثة مسلحين في اشتباك مع دورية أمس.",
                                     encoding="utf-8")
    (folder / "cp1256.txt").write_bytes("غارة على مخزن\n\nاستهدفت غارة جوية مخزنا للأسلحة شرق المدينة."
                                        .encode("cp1256"))
    (folder / "أرشيف" / "utf16.txt").write_bytes("عبوة ناسفة\n\nأصيب أربعة جنود بانفجار عبوة ناسفة قرب الحاجز."
                                                 .encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return folder


def _drop_event(cls, mime: QMimeData):  # type: ignore[no-untyped-def]
    return cls(QPointF(10, 10) if cls is QDropEvent else QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, mime,
               Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)


def test_import_a_folder_from_the_file_menu(qtbot, open_window, tmp_path, monkeypatch, no_analysis) -> None:  # type: ignore[no-untyped-def]
    folder = article_folder(tmp_path)
    asked: list[str] = []

    def pick(_parent, caption, _start, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(caption)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(pick))
    assert open_window.action_import_folder in open_window.menuBar().actions()[0].menu().actions()
    assert open_window.action_import_folder.shortcut().toString() == "Ctrl+Shift+I"
    with qtbot.waitSignal(open_window.importFinished, timeout=30_000) as finished:
        open_window.action_import_folder.trigger()
        assert "folder" in open_window.statusBar().currentMessage()  # not "Importing 1 file…"
    ops.wait_for_all(10_000)
    report = finished.args[0].report
    assert asked == ["Import a folder of articles"]
    assert report.added == 3
    assert sorted(Path(e.origin).name for e in report.errors) == ["binary.txt", "empty.txt"]
    qtbot.waitUntil(lambda: open_window.library.model.rowCount() == 4, timeout=10_000)
    titles = {open_window.library.model.row_dict(r).get("title") for r in range(4)}
    assert {"اشتباك في مديرية صبر", "غارة على مخزن", "عبوة ناسفة"} <= titles
    boxes = import_messages(qtbot, open_window)
    assert len(boxes) == 1 and "empty.txt" in boxes[0].text() and "binary.txt" in boxes[0].text()


def test_a_dropped_folder_is_imported(qtbot, open_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = article_folder(tmp_path)
    imported: list[list[str]] = []
    monkeypatch.setattr(open_window, "import_files", lambda paths, open_first=True: imported.append(paths))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl("https://example.org/x")])
    enter = _drop_event(QDragEnterEvent, mime)
    open_window.dragEnterEvent(enter)
    assert enter.isAccepted()
    open_window.dropEvent(_drop_event(QDropEvent, mime))
    assert imported == [[str(folder)]]


def test_import_a_folder_in_arabic(qtbot, arabic, open_window, tmp_path, monkeypatch, no_analysis) -> None:  # type: ignore[no-untyped-def]
    from gui.bidi import has_rtl

    folder = article_folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder)))
    assert has_rtl(open_window.action_import_folder.text())
    with qtbot.waitSignal(open_window.importFinished, timeout=30_000):
        open_window.action_import_folder.trigger()
        assert has_rtl(open_window.statusBar().currentMessage())
    ops.wait_for_all(10_000)


def test_a_folders_files_of_no_text_format_are_counted_and_named(qtbot, open_window, tmp_path, monkeypatch,
                                                                  no_analysis) -> None:  # type: ignore[no-untyped-def]
    """A picture and a spreadsheet in an imported folder were passed over without a word: the
    analyst could not tell they were not read. The report counts them (not as failures) and the
    problems box names them; hidden files stay unmentioned."""
    from core.ingest.importer import import_paths

    folder = article_folder(tmp_path)
    (folder / "صورة.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "أرشيف" / "table.xlsx").write_bytes(b"PK\x03\x04")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder)))
    with qtbot.waitSignal(open_window.importFinished, timeout=30_000) as finished:
        open_window.action_import_folder.trigger()
    ops.wait_for_all(10_000)
    report = finished.args[0].report
    assert report.added == 3
    assert sorted(Path(e.origin).name for e in report.errors) == ["binary.txt", "empty.txt"]
    assert sorted(Path(e.origin).name for e in report.passed_over) == ["table.xlsx", "صورة.png"]
    status = open_window.statusBar().currentMessage()
    assert "3 added" in status and "2 failed" in status and "2 skipped: not a text format" in status
    [box] = import_messages(qtbot, open_window)
    assert "صورة.png" in box.text() and "table.xlsx" in box.text() and "DS_Store" not in box.text()
    from gui.bidi import strip_isolates

    assert "skipped: not a text format («.xlsx»)" in strip_isolates(box.text())
    db = tmp_path / "cli.db"  # the core report says it too (the CLI's summary line)
    from core import store

    summary = import_paths(store.open_db(db), [folder], analyze=False).summary()
    assert ", 2 skipped (not a text format), 3 without a date (" in summary
