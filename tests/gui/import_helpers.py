"""Helpers the GUI import tests share (not fixtures: imported by name, so kept out of conftest)."""

from __future__ import annotations

from typing import Any


def import_messages(qtbot, window) -> list[Any]:  # type: ignore[no-untyped-def]
    """The message boxes the window shows after an import. The import's message comes once the
    library has been read again and has selected the undated articles (its words depend on it):
    one round of events after the ops' threads end, so this waits until every op's callbacks ran."""
    from PySide6.QtWidgets import QMessageBox

    from gui import ops

    ops.wait_for_all(10_000)
    qtbot.waitUntil(ops.idle, timeout=10_000)
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]
