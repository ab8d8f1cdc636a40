"""core's tests see core's own export writers: a whole-suite run collects tests/gui too, and
importing gui/ registers the Qt-drawn ones (the PDF, the Word report with pictures), which would
start a Qt application inside a core test."""

from __future__ import annotations

import pytest

from core.export import BUILTIN_FORMATS, FORMATS


@pytest.fixture(autouse=True)
def core_export_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in set(FORMATS) - set(BUILTIN_FORMATS):
        monkeypatch.delitem(FORMATS, name)
    for name, spec in BUILTIN_FORMATS.items():
        monkeypatch.setitem(FORMATS, name, spec)
