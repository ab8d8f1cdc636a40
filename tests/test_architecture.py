"""Layering: core/ is importable with no Qt and never imports gui/ (import-linter checks statically too)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import core

ROOT = Path(__file__).resolve().parent.parent


def _core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(core.__path__, "core."))


def test_core_imports_without_qt_or_gui():
    modules = _core_modules()
    assert "core.pipeline" in modules and "core.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'gui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "", f"core pulled in: {result.stdout}"


def test_default_install_has_no_torch():
    code = "import core.pipeline, core.cli, sys; print('torch' in sys.modules or 'transformers' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"


def test_import_linter_contract_is_declared():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'source_modules = ["core"]' in text and '"PySide6"' in text


def test_test_modules_have_unique_basenames():
    """pytest imports test modules by basename (no packages under tests/): two files of one name in
    different folders pass when each folder runs alone and break collection of the whole suite
    (`make test`), as tests/core/export and tests/gui once did."""
    names: dict[str, list[str]] = {}
    for path in (ROOT / "tests").rglob("test_*.py"):
        names.setdefault(path.name, []).append(str(path.relative_to(ROOT)))
    assert {n: p for n, p in names.items() if len(p) > 1} == {}
