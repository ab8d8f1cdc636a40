"""A disk that fills during an import, simulated without root: the child's file-size limit
(RLIMIT_FSIZE; Python ignores SIGXFSZ, so a write past it fails with EFBIG, as on a full disk).
The import stops with one clear line saying how many articles were saved; the library stays
consistent and the next import, once there is room, skips those and adds the rest."""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = "import sys; from core.cli import main; sys.argv[0] = 'marsad'; sys.exit(main())"
SENTENCE = "اندلعت مواجهات بين قوات الأمن ومحتجين قرب مبنى البلدية مساء الخميس"


def _marsad(*args: str, file_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run([sys.executable, "-c", CLI, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, preexec_fn=limit, check=False)


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_a_disk_that_fills_mid_import_stops_cleanly_and_says_what_was_saved(tmp_path: Path) -> None:
    articles = tmp_path / "many.jsonl"
    articles.write_text("\n".join(
        json.dumps({"title": f"خبر {i}", "text": f"{SENTENCE} رقم {i} " + f"كلمة{i} " * 50}, ensure_ascii=False)
        for i in range(1500)), encoding="utf-8")
    db = tmp_path / "lib.db"
    first = _marsad("--db", str(db), "import", "-q", "--no-analyze", str(articles), file_limit=1536 * 1024)
    assert first.returncode == 1, first.stderr
    message = first.stderr.strip()
    assert message.count("\n") == 0 and "Traceback" not in message, message
    assert message.startswith(f"Error: database {db}: ") and "free disk space" in message, message
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        saved = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == saved
    assert 0 < saved < 1500
    assert f"{saved} articles had been imported before it stopped" in message, message
    again = _marsad("--db", str(db), "import", "-q", "--no-analyze", str(articles))
    assert again.returncode == 0, again.stderr
    assert f"imported {1500 - saved} articles, {saved} duplicates skipped, 0 errors" in again.stdout
