"""The status bar's messages are written in one place (MainWindow.show_status): one that says what
was done ("Saved.") or what to do first goes after a while, and a new search replaces it; one that
says work is under way ("Importing…", "Opening…") stays until the work ends. Before, "Saved." was
still shown over the results of a search made after it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from gui import ops
from gui.main_window import STATUS_TIMEOUT_MS
from tests.gui.conftest import ARTICLE_TEXT

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
GUI = Path(__file__).resolve().parents[2] / "gui"


def test_a_search_replaces_saved(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    start = ARTICLE_TEXT.index("الضالع")
    w.reader.reveal(start, start + len("الضالع"))
    with qtbot.waitSignal(w.highlightsChanged, timeout=10_000):
        w.action_highlight.trigger()
    assert w.statusBar().currentMessage() == "Saved."
    w.library.search.setText("الضالع")
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.library.emit_query()
    ops.wait_for_all(10_000)
    assert w.statusBar().currentMessage() == ""


def test_a_search_leaves_work_under_way_said(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.show_status("Importing 3/10…", busy=True)
    w.library.search.setText("الضالع")
    with qtbot.waitSignal(w.libraryLoaded, timeout=10_000):
        w.library.emit_query()
    assert w.statusBar().currentMessage() == "Importing 3/10…"


def test_a_message_that_is_no_progress_goes_by_itself(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.show_status("Saved.", 50)
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == "", timeout=2000)
    assert 3000 <= STATUS_TIMEOUT_MS <= 10_000


def test_the_status_bar_is_written_in_one_place() -> None:
    """No pane writes the status bar itself (statusBar().showMessage): it would bypass the timeouts."""
    writers = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr in ("showMessage", "clearMessage")
                    and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute)
                    and node.value.func.attr == "statusBar"):
                writers.append(f"{path.relative_to(GUI)}:{node.lineno}")
    assert len(writers) == 2 and all(w.startswith("main_window.py:") for w in writers), writers  # show/clear_status
