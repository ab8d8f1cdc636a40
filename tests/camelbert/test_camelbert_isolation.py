"""The optional backend stays out of the way: the default pipeline never imports torch,
transformers or camel_tools.ner (importing camel_tools.data alone may download its catalogue),
and the backend itself loads and runs with every network call failing.

Each check runs in a fresh interpreter so that nothing imported by other tests hides an import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("torch", "transformers", "camel_tools.ner", "camel_tools.data")
TEXT = "قال زرقوني بلعوطي إن الحوثيين قصفوا صنعاء الجديدة أمس.\nوصل مهرجان عدن."

_HEAVY_IMPORTED = (
    "import sys, json\n"
    f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'transformers') "
    f"or m.startswith(('camel_tools.ner', 'camel_tools.data')))\n"
)


def _run(code: str, home: Path, **env: str | None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("MARSAD_NER", "CAMELTOOLS", "HF_", "TRANSFORMERS_"))}
    environ["HOME"] = str(home)  # camel_tools.data would create ~/.camel_tools
    environ.update({k: v for k, v in env.items() if v is not None})
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=environ, timeout=300)


def test_default_pipeline_never_imports_the_heavy_modules(camel_data, tmp_path):
    # Even with the model installed and its availability asked (the settings dialog does).
    code = (
        "from core.pipeline import analyze\n"
        "from core.entities import camelbert\n"
        f"a = analyze({TEXT!r})\n"
        "assert camelbert.available()\n"
        "assert a.entities and all(s.source != 'camelbert' for s in a.entities)\n"
        + _HEAVY_IMPORTED
        + "print(json.dumps(heavy))\n"
    )
    result = _run(code, tmp_path, CAMELTOOLS_DATA=str(camel_data))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert not (tmp_path / ".camel_tools").exists()


def test_chosen_but_unavailable_falls_back_without_importing_them(tmp_path):
    code = (
        "from core.pipeline import analyze\n"
        f"a = analyze({TEXT!r})\n"
        f"b = analyze({TEXT!r})\n"
        "assert a.entities and all(s.source != 'camelbert' for s in a.entities)\n"
        "assert any(s.source == 'model' for s in a.entities)\n"
        + _HEAVY_IMPORTED
        + "print(json.dumps(heavy))\n"
    )
    result = _run(code, tmp_path, MARSAD_NER_BACKEND="camelbert")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    warnings = [line for line in result.stderr.splitlines() if "camelbert" in line]
    assert len(warnings) == 1 and "CAMELTOOLS_DATA is not set" in warnings[0]


def test_backend_loads_and_runs_with_the_network_cut(camel_data, tmp_path):
    # Every way out through the socket module fails and is recorded, before anything is imported.
    code = (
        "import json, socket\n"
        "attempts = []\n"
        "def refuse(name):\n"
        "    def fail(*args, **kwargs):\n"
        "        attempts.append(name)\n"
        "        raise OSError(f'network is cut in this test ({name})')\n"
        "    return fail\n"
        "for name in ('connect', 'connect_ex', 'sendto'):\n"
        "    setattr(socket.socket, name, refuse(name))\n"
        "socket.create_connection = refuse('create_connection')\n"
        "socket.getaddrinfo = refuse('getaddrinfo')\n"
        "from core.pipeline import analyze\n"
        f"a = analyze({TEXT!r})\n"
        "import sys\n"
        "assert 'camel_tools.ner' in sys.modules and 'torch' in sys.modules\n"  # the backend really ran
        "print(json.dumps({'attempts': attempts,\n"
        "                  'spans': [(s.label, s.text) for s in a.entities if s.source == 'camelbert']}))\n"
    )
    result = _run(code, tmp_path, CAMELTOOLS_DATA=str(camel_data), MARSAD_NER_BACKEND="camelbert")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["attempts"] == []
    assert ["PERSON", "زرقوني بلعوطي"] in out["spans"]
    assert "camelbert NER chosen but not used" not in result.stderr
