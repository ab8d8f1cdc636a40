"""GUI tests run offscreen, with settings in a throwaway folder and the bundled font loaded."""

from __future__ import annotations

import os
import tempfile

# Before any Qt import: no display needed, and QSettings never touch the developer's own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="marsad-gui-settings-")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def marsad_app(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication, named for QSettings, with the bundled Amiri registered."""
    from gui.app import application

    return application()
