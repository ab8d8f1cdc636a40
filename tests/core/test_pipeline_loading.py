"""The first analysis of a process loads the models with the garbage collector paused, then freezes them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import gc, sys
{setup}
from core.pipeline import analyze
before = gc.get_freeze_count()
analyze("قصفت طائرات التحالف مواقع في صنعاء أمس")
first = gc.get_freeze_count()
analyze("وقال المصدر إن الاشتباكات استمرت في تعز")
print(gc.isenabled(), before, first, gc.get_freeze_count())
"""


def _probe(setup: str = "") -> list[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE.format(setup=setup)], cwd=ROOT, env={"PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_first_analysis_freezes_what_it_loaded_and_leaves_the_collector_on() -> None:
    enabled, before, first, second = _probe()
    assert enabled == "True"
    assert int(first) > int(before) + 100_000  # the gazetteer, lexicons and networks
    assert int(second) <= int(first)  # later analyses freeze nothing more (frozen objects freed leave it)


def test_a_process_that_turned_the_collector_off_is_left_alone() -> None:
    enabled, before, first, second = _probe("gc.disable()")
    assert enabled == "False"
    assert before == first == second == "0"
