"""No network: import, analysis, export and GUI start-up never open a connection.

The `no_network` fixture (conftest) replaces socket connect, create_connection and getaddrinfo
with functions that record the attempt and raise; the fixture fails the test if anything was
attempted, even when the code under test swallowed the exception.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from core.export import FORMATS, select, write_export
from core.ingest.importer import import_paths
from core.store import add_highlight, add_note, count_articles, open_db

TEXT = (
    "أعلنت المقاومة الشعبية في محافظة الضالع أنها صدت هجوما لمسلحي الحوثي على مدينة دمت يوم الاثنين، "
    "وأسفرت الاشتباكات عن مقتل 12 مسلحا وإصابة 20 آخرين. وشنت طائرات التحالف العربي غارات على مواقع "
    "للحوثيين في مديرية الظاهر بمحافظة البيضاء."
)
REMOTE_PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>اشتباكات في دمت</title>
<link rel="canonical" href="https://news.example.com/2015/08/damt">
<meta property="og:url" content="https://news.example.com/2015/08/damt">
<meta property="og:image" content="https://img.example.com/damt.jpg">
<script src="https://cdn.example.com/app.js"></script><link rel="stylesheet" href="https://cdn.example.com/s.css">
</head><body><iframe src="https://ads.example.com/"></iframe>
<article><h1>اشتباكات في دمت</h1><p>{TEXT}</p><img src="https://img.example.com/inline.jpg">
<p><a href="https://news.example.com/next">التالي</a></p></article></body></html>"""


@pytest.fixture()
def library(tmp_path: Path, no_network: list[str]) -> Path:
    """A database filled by importing txt, jsonl and an HTML page full of remote references."""
    (tmp_path / "a.txt").write_text("خبر\n" + TEXT, encoding="utf-8")
    rows = [{"title": "تعز", "text": TEXT.replace("دمت", "تعز"), "url": "https://example.com/1",
             "date_published": "2015-08-03"}]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    (tmp_path / "c.html").write_text(REMOTE_PAGE, encoding="utf-8")
    db_path = tmp_path / "lib.db"
    db = open_db(db_path)
    report = import_paths(db, [tmp_path / "a.txt", tmp_path / "b.jsonl", tmp_path / "c.html"], analyze=True)
    assert report.errors == [] and report.added == 3 and report.analyzed == 3
    incidents = db.conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
    assert incidents > 0  # the analysis really ran
    add_note(db, 1, "ملاحظة")
    add_highlight(db, 1, 0, 3)
    db.conn.close()
    return db_path


def test_import_and_analysis_open_no_socket(library: Path, no_network: list[str]) -> None:
    db = open_db(library)
    assert count_articles(db) == 3
    assert no_network == []


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format_opens_no_socket(library: Path, tmp_path: Path, fmt: str, no_network: list[str]) -> None:
    db = open_db(library)
    out = tmp_path / f"export{FORMATS[fmt].suffix}"
    write_export(out, fmt, select(db))
    assert out.stat().st_size > 0


def test_gui_start_up_opens_no_socket(library: Path, tmp_path: Path, no_network: list[str], qapp) -> None:  # type: ignore[no-untyped-def]
    from gui.app import application, run_gui

    application()
    shot = tmp_path / "start.png"
    assert run_gui(str(library), screenshot=str(shot)) == 0
    assert shot.stat().st_size > 10_000
    # Qt's own networking bypasses Python's socket module: it must not even be loaded.
    assert "PySide6.QtNetwork" not in sys.modules


def test_the_guard_catches_attempts_even_when_swallowed(no_network: list[str]) -> None:
    """The guard itself: a swallowed attempt is still recorded (then cleared so this test passes)."""
    import socket
    import urllib.request

    with pytest.raises(AssertionError, match="network access attempted"):
        socket.create_connection(("127.0.0.1", 9))
    try:
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)  # noqa: S310
    except Exception:  # noqa: BLE001 — what a quiet library would do
        pass
    assert len(no_network) == 2
    no_network.clear()
