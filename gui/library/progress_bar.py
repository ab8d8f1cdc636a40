"""The main window's progress bar and status line while a library-wide long job runs (File → Read
dates from article text…, File → Analyse outdated articles again…): busy at the start, counting
the articles done, and hidden again with the error box when the job fails."""

from __future__ import annotations

from typing import Any

from gui import ops


def begin(window: Any, status: str) -> None:
    """The bar busy (no total yet) and `status` in the status line."""
    window.progress.setRange(0, 0)
    window.progress.show()
    window.show_status(status, busy=True)


def count(window: Any, template: str, done: int, total: int) -> None:
    """`done` of `total` on the bar and in the status line (`template`'s %1 and %2); an unknown
    total (0 or less) leaves the bar busy."""
    if total > 0:
        window.progress.setRange(0, total)
        window.progress.setValue(done)
        window.show_status(template.replace("%1", str(done)).replace("%2", str(total)), busy=True)


def failed(window: Any, exc: BaseException, title: str) -> None:
    """The bar hidden, the status line cleared: the error box is the one message."""
    window.progress.hide()
    window.clear_status()
    ops.show_error(window, exc, title=title)
