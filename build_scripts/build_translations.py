"""Update the interface translations and compile them (Qt's own tools, shipped with PySide6).

    .venv/bin/python build_scripts/build_translations.py

1. `pyside6-lupdate` reads every gui/**/*.py for `self.tr("…")` and
   `QCoreApplication.translate("Context", "…")` and updates resources/translations/marsad_<lang>.ts:
   new texts are added as unfinished, translated ones are kept, texts no longer in the code are dropped.
2. The translator fills the unfinished entries (Qt Linguist: `pyside6-linguist FILE.ts`, or by hand).
3. `pyside6-lrelease` compiles each .ts to the .qm that ships (gui/i18n.py loads it).

Known gap: this lupdate does not read plural texts written as
`QCoreApplication.translate("Ctx", "%n …", None, n)` (it drops them from the .ts as obsolete).
Until that is fixed, check `git diff` after running it; plural entries are kept by hand in the
.ts and compiled with `pyside6-lrelease` alone.

Prints, per language, how many texts are translated; exits 1 if a .qm could not be written.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ar",)


def tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else name


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    FOLDER.mkdir(parents=True, exist_ok=True)
    status = 0
    for lang in LANGUAGES:
        ts = FOLDER / f"marsad_{lang}.ts"
        qm = FOLDER / f"marsad_{lang}.qm"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-target-language", lang,
                        "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True, capture_output=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                       capture_output=True)
        text = ts.read_text(encoding="utf-8")
        total = len(re.findall(r"<message>", text)) + len(re.findall(r"<message numerus", text))
        unfinished = len(re.findall(r'type="unfinished"', text))
        print(f"{qm.relative_to(ROOT)}: {total - unfinished}/{total} texts translated")
        if not qm.is_file() or qm.stat().st_size == 0:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
