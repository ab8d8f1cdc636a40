"""A library reload the import's message waits on calls back with 0 selected when it is cancelled
too (as when it fails), so the import's message is not lost (session 43 review, finding 7)."""

from __future__ import annotations

import pytest

from gui import ops

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_cancelled_reload_still_calls_back(qtbot, article_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from gui import main_window, tasks
    from gui.main_window import MainWindow

    w = MainWindow(article_db)
    w.remember_layout = False
    qtbot.addWidget(w)

    def cancelled_page(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ops.Cancelled()

    monkeypatch.setattr(tasks, "library_page", cancelled_page)
    assert main_window.tasks is tasks
    said: list[int] = []
    w.refresh_library(then_selected=said.append)
    qtbot.waitUntil(lambda: said == [0], timeout=10_000)
    ops.wait_for_all(10_000)
