"""Edge cases of input not covered elsewhere: files of invisible characters only, and large
JSON files read without holding every parsed article at once. Every fixture is written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.ingest.importer import import_paths
from core.ingest.model import is_blank
from core.store import count_articles, open_db

ARABIC = "اندلعت مواجهات بين قوات الأمن ومحتجين قرب مبنى البلدية مساء الخميس."
INVISIBLE = "\u200f\u200e\u200b\u200c\u200d\u2066\u2069\u202b\u202c\u061c\u00ad\ufeff \u00a0\t\n"


def test_is_blank_sees_only_marks_and_spaces() -> None:
    assert is_blank("") and is_blank(" \n\t") and is_blank(INVISIBLE)
    assert not is_blank(INVISIBLE + "ب") and not is_blank(".") and not is_blank("\u200fقتل")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("marks.txt", INVISIBLE.encode("utf-8")),
        ("marks_bom.txt", b"\xef\xbb\xbf" + INVISIBLE.encode("utf-8")),
        ("marks16.txt", INVISIBLE.encode("utf-16")),
        ("marks.json", json.dumps({"title": "عنوان", "text": INVISIBLE}).encode()),
        ("marks.jsonl", json.dumps({"text": INVISIBLE}).encode() + b"\n"),
    ],
)
def test_a_file_of_invisible_marks_is_an_empty_file_not_an_article(tmp_path: Path, name: str, data: bytes) -> None:
    """A lone direction mark or zero-width space shows nothing: it must not become an empty article."""
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(ARABIC, encoding="utf-8")
    db = open_db(memory=True)
    report = import_paths(db, [bad, good], analyze=False)
    assert report.added == 1 and count_articles(db) == 1
    assert len(report.errors) == 1
    message = str(report.errors[0])
    assert message.startswith(str(bad)) and ("empty file" in message or "no article text" in message), message


def test_marks_around_real_text_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\u200f" + ARABIC + "\u200e", encoding="utf-8")
    db = open_db(memory=True)
    report = import_paths(db, [path], analyze=False)
    assert report.errors == [] and report.added == 1
    assert db.conn.execute("SELECT text FROM articles").fetchone()[0] == "\u200f" + ARABIC + "\u200e"
