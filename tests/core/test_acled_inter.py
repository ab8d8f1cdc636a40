"""ACLED's inter codes live in one module that imports nothing, so the GUI reads them cheaply."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from core import acled_inter as inter

ROOT = Path(__file__).resolve().parents[2]


def test_groupings_are_acleds_codes() -> None:
    assert inter.NON_STATE == {2, 3, 4} and inter.STATE_OR_EXTERNAL == {1, 8}
    assert inter.ARMED == {1, 2, 3, 4, 8} and inter.UNARMED == {6, 7}
    assert inter.RIOTERS not in inter.ARMED | inter.UNARMED  # rioters: neither a side that fights nor its targets


def test_importing_the_codes_loads_no_other_module_of_core() -> None:
    code = "import sys, core.acled_inter; print(sorted(m for m in sys.modules if m.startswith('core')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['core', 'core.acled_inter']"
