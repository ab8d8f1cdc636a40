"""Shared fixtures. Tests that need ../shared/data get it through `shared_data`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never need a display: Qt (GUI tests, PDF fixtures drawn with Qt) renders offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", ROOT.parent / "shared" / "data"))
SEED = SHARED / "seed" / "dhale_bayda_2015.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the repository; a missing folder is an error, not a skip."""
    if not SHARED.is_dir():
        raise FileNotFoundError(f"shared data not found at {SHARED} (set MARSAD_SHARED_DATA)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_data: Path) -> str:
    return (shared_data / "seed" / "dhale_bayda_2015.txt").read_text(encoding="utf-8")
