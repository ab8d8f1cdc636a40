"""Every third-party import of core/ and gui/ is a declared default dependency.

`make test` runs in .venv-test, which also holds the camelbert extra (torch, transformers and
camel-tools' full dependency list: numpy, scipy, pandas, scikit-learn…). A module that imported
one of those without declaring it would pass the suite there and break `make run`, whose venv has
only the default dependencies and camel-tools installed with --no-deps. This test closes that gap
statically, from the source, pyproject.toml and the installed packages' metadata.
"""

from __future__ import annotations

import ast
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OWN = {"core", "gui", "resources", "tests", "__future__"}
# Installed by the Makefile with --no-deps; only its text utilities are imported by default
# (core/entities/camelbert.py reaches camel_tools.ner lazily, behind its availability check).
NO_DEPS = {"camel-tools"}


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _default_requirements(dist: str) -> list[str]:
    return [r for r in md.requires(dist) or [] if "extra ==" not in r]


def _allowed_distributions() -> set[str]:
    """pyproject.toml's default dependencies and, except for camel-tools, what they pull in."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    seen: set[str] = set()
    todo = [_name(r) for r in project["dependencies"]] + sorted(NO_DEPS)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in NO_DEPS:
            continue
        try:
            todo.extend(_name(r) for r in _default_requirements(name))
        except md.PackageNotFoundError:
            pass
    return seen


def _third_party_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for folder in ("core", "gui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in OWN and top not in sys.stdlib_module_names:
                        found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_imports_of_core_and_gui_are_declared_dependencies():
    allowed = _allowed_distributions()
    assert {"pyside6-essentials", "camel-tools", "sqlite-utils"} <= allowed
    owners = md.packages_distributions()
    undeclared = {
        module: sorted(files)
        for module, files in _third_party_imports().items()
        if not {d.lower().replace("_", "-") for d in owners.get(module, [])} & allowed
    }
    assert undeclared == {}, f"imported but not declared in pyproject.toml's dependencies: {undeclared}"


def test_the_check_sees_a_lazy_import():
    # The scan walks function bodies too: camelbert's lazy camel-tools import is found.
    assert "core/entities/camelbert.py" in _third_party_imports()["camel_tools"]
