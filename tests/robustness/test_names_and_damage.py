"""Session 40: file names that are not UTF-8, and damage the import used to keep quiet about.
Every fixture is written here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from core.ingest.importer import count_articles_in, import_paths
from core.ingest.model import shown_name
from core.store import count_articles, open_db

ROOT = Path(__file__).resolve().parents[2]
ARABIC = "اندلعت مواجهات بين قوات الأمن ومحتجين قرب مبنى البلدية مساء الخميس."


def _write(folder: Path, raw_name: bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(folder), raw_name), "wb") as handle:
        handle.write(data)


def test_shown_name_writes_undecodable_bytes_as_hex() -> None:
    assert shown_name(os.fsdecode(b"/in/\xe3\xf1\xc8.txt")) == "/in/\\xe3\\xf1\\xc8.txt"
    assert shown_name("/in/خبر.txt") == "/in/خبر.txt"
    assert shown_name("a\ud83db") == "a\ufffdb"  # a lone half that is no escaped byte


def test_a_file_name_that_is_not_utf8_loses_nothing(tmp_path: Path) -> None:
    """A cp1256 file name (a folder from an old Windows disk) stopped the whole import at the
    database with UnicodeEncodeError: every article of the run was lost."""
    _write(tmp_path, "خبر".encode("cp1256") + b".txt", ARABIC.encode("utf-8"))
    _write(tmp_path, b"bad\xff.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "good.txt").write_text(ARABIC + " ثانية", encoding="utf-8")
    db = open_db(memory=True)
    assert count_articles_in([tmp_path]) == 2
    report = import_paths(db, [tmp_path], analyze=False)
    assert report.added == 2 and count_articles(db) == 2
    origins = {row[0] for row in db.conn.execute("SELECT origin FROM articles")}
    assert origins == {str(tmp_path / "good.txt"), str(tmp_path / "\\xce\\xc8\\xd1.txt")}
    [error] = report.errors
    assert str(error).startswith(str(tmp_path / "bad\\xff.txt")) and "not text" in str(error)
    str(error).encode("utf-8")  # printable


def test_cli_import_of_a_folder_with_such_names(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, b"\xe4\xf6.txt", ARABIC.encode("utf-8"))
    _write(folder, b"\xe4\xf6\xfc.txt", b"")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "core.cli", "--db", str(tmp_path / "lib.db"), "import", "--no-analyze", str(folder)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert done.returncode == 1, done.stderr  # 1: an error was reported (the empty file)
    assert "Traceback" not in done.stderr + done.stdout
    assert "imported 1 article" in done.stdout + done.stderr
    assert f"{folder}/\\xe4\\xf6\\xfc.txt: empty file" in done.stdout + done.stderr
