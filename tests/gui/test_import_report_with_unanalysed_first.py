"""After an import the status bar gives the import's report («2 added, 1 failed…») before the counts
of the article it opens. When that article was stored without analysis (too long), the status bar
said only "Not analysed: too long…": the report was gone, and kept for no one. It now leads that
message too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui import ops
from gui.bidi import strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LONG = "أفاد شهود بأن اشتباكات اندلعت قرب السوق المركزي مساء الأحد. " * 5


def test_the_import_report_leads_an_unanalysed_articles_status(qtbot, open_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from core.ingest import importer, parallel
    from gui import tasks

    monkeypatch.setattr(parallel, "MAX_ANALYSIS_CHARS", 100)
    monkeypatch.setattr(importer, "MAX_ANALYSIS_CHARS", 100)
    monkeypatch.setattr(tasks, "analyze_and_store", lambda *a, **k: pytest.fail("analysed on opening"))
    folder = tmp_path / "وارد"
    folder.mkdir()
    (folder / "a_long.txt").write_text("تقرير طويل\n\n" + LONG, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    with qtbot.waitSignal(open_window.importFinished, timeout=30_000):
        open_window.action_import_folder.trigger()
    ops.wait_for_all(10_000)
    qtbot.waitUntil(lambda: "Not analysed" in open_window.statusBar().currentMessage(), timeout=10_000)
    status = strip_isolates(open_window.statusBar().currentMessage())
    assert "1 added" in status and "1 failed" in status  # the import's report, still there
    assert status.index("1 added") < status.index("Not analysed: too long to analyse automatically")
    for box in open_window.findChildren(QMessageBox):
        box.close()
