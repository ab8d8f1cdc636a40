"""build_scripts/screenshots.py waits for each screen's signal; when it never comes the script
stops with a message naming the signal instead of saving a half-loaded screen."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("screenshots", ROOT / "build_scripts" / "screenshots.py")
screenshots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(screenshots)  # type: ignore[union-attr]


class FakeWindow(QObject):
    articleShown = Signal(object)


def test_wait_returns_once_the_signal_comes(qapp) -> None:
    window = FakeWindow()
    QTimer.singleShot(10, lambda: window.articleShown.emit(1))
    screenshots.wait(qapp, window, window.articleShown, timeout_ms=5_000)


def test_wait_raises_naming_the_signal_it_gave_up_on(qapp) -> None:
    window = FakeWindow()
    with pytest.raises(TimeoutError, match=r"gave up after 0\.05 s waiting for FakeWindow\.articleShown"):
        screenshots.wait(qapp, window, window.articleShown, timeout_ms=50)
    window.articleShown.emit(2)  # a late signal reaches no finished loop
