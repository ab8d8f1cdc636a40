"""A named pipe or a device under an article's name (session 43): opening a FIFO waits for a
writer forever, so `marsad import FOLDER` hung on a folder holding one, and the GUI's count of
the articles before an import with it; a link to /dev/zero read 20 MB of NULs first. Each is now
one error, and the rest of the folder comes in."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from core import store
from core.ingest import importer

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    os.mkfifo(root / "a_pipe.txt")
    os.mkfifo(root / "feed.jsonl")
    if os.path.exists("/dev/zero"):
        (root / "b_zero.txt").symlink_to("/dev/zero")
    (root / "c_good.txt").write_text("قتل خمسة في غارة على صنعاء اليوم. " * 4, encoding="utf-8")
    return root


def finished(fn, seconds: float = 30):  # type: ignore[no-untyped-def]
    """fn()'s result, failing (not hanging) when it does not return in time."""
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert out, "hung on a file that is not a regular file"
    return out[0]


def test_a_folder_with_pipes_and_devices_imports_its_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = folder(tmp_path)
    db = store.open_db(tmp_path / "lib.db")
    assert finished(lambda: importer.count_articles_in([root])) is not None
    report = finished(lambda: importer.import_paths(db, [root], analyze=False))
    assert len(report.added_ids) == 1
    refused = {Path(e.origin).name: e for e in report.errors}
    expected = {"a_pipe.txt", "feed.jsonl"} | ({"b_zero.txt"} if (root / "b_zero.txt").exists() else set())
    assert set(refused) == expected
    assert all(e.code == "not_regular_file" and "not a regular file" in e.reason for e in refused.values())


def test_a_pipe_named_on_the_command_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = folder(tmp_path)
    db = store.open_db(tmp_path / "lib.db")
    report = finished(lambda: importer.import_paths(db, [root / "a_pipe.txt", root / "c_good.txt"], analyze=False))
    assert len(report.added_ids) == 1 and [e.code for e in report.errors] == ["not_regular_file"]
