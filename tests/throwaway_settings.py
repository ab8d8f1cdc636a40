"""A settings folder for a test session (XDG_CONFIG_HOME: QSettings write there, never in the
developer's own), removed when the session's interpreter exits. `tempfile.mkdtemp` alone left one
folder in /tmp per run (622 «marsad-gui-settings-*» and 494 «marsad-robustness-settings-*» had piled up)."""

from __future__ import annotations

import atexit
import shutil
import tempfile


_MADE: set[str] = set()  # the folders this interpreter made


def throwaway_settings(prefix: str) -> str:
    """A new empty folder in the system's temporary folder, removed with all it holds at exit."""
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    _MADE.add(folder)
    return folder


def is_throwaway(folder: str | None) -> bool:
    """Whether `folder` is one `throwaway_settings` made in this interpreter (another suite's
    conftest, loaded first): a folder given from outside may be the developer's own settings."""
    return folder in _MADE
