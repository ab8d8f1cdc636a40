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


def _rows(n: int) -> list[dict[str, str]]:
    return [{"title": f"خبر {i}", "text": f"{ARABIC} رقم {i}"} for i in range(n)]


def test_a_json_list_cut_off_part_way_keeps_the_articles_before_the_cut(tmp_path: Path) -> None:
    """A list of articles is parsed one article at a time (a 240 MB export no longer holds every
    parsed article at once): an export whose download stopped keeps what came before the cut."""
    whole = json.dumps(_rows(5), ensure_ascii=False)
    path = tmp_path / "cut.json"
    path.write_text(whole[: whole.index("رقم 3")], encoding="utf-8")
    db = open_db(memory=True)
    report = import_paths(db, [path], analyze=False)
    assert report.added == 3
    assert [e.code for e in report.errors] == ["not_valid_json"]
    assert str(report.errors[0]).startswith(f"{path}: not valid JSON (Unterminated string")


@pytest.mark.parametrize(
    ("text", "added", "message"),
    [
        ("[]", 0, None),
        ("\n [ \n ] \n", 0, None),
        ("[{0}] [{1}]", 1, "not valid JSON (Extra data at line 1)"),
        ("[{0}, {1},]", 2, "not valid JSON (Expecting value at line 1)"),
        ("[{0} {1}]", 1, "not valid JSON (Expecting ',' delimiter at line 1)"),
        ("[{0},\n{1}\n]\n", 2, None),
        ("[{0}]]", 1, "not valid JSON (Extra data at line 1)"),
    ],
)
def test_json_lists_read_one_by_one_are_judged_as_json_loads_judges_them(
    tmp_path: Path, text: str, added: int, message: str | None
) -> None:
    rows = [json.dumps(r, ensure_ascii=False) for r in _rows(2)]
    path = tmp_path / "list.json"
    path.write_text(text.replace("{0}", rows[0]).replace("{1}", rows[1]), encoding="utf-8")
    db = open_db(memory=True)
    report = import_paths(db, [path], analyze=False)
    assert report.added == added
    assert [str(e) for e in report.errors] == ([] if message is None else [f"{path}: {message}"])


def test_analyze_from_stdin_survives_lone_utf16_halves_and_keeps_offsets() -> None:
    """`marsad analyze -` used to stop with a UnicodeEncodeError traceback at the first lone UTF-16
    half ("\\ud83d", a string cut inside an emoji), losing every line after it."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    text = "قتل خمسة مدنيين \ud83d في قصف على سوق مدينة حمص"
    lines = [
        json.dumps({"id": "cut\udc00", "title": "\ud83d", "text": text}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "whole", "text": ARABIC}),
    ]
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from core.cli import main; sys.argv[0] = 'marsad'; sys.exit(main())",
         "--ner-backend", "none", "analyze", "-"],
        cwd=root, input="\n".join(lines) + "\n", capture_output=True, text=True, encoding="utf-8", timeout=300,
        check=False,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip() == ("warning: line 1: 3 damaged characters (lone UTF-16 halves: a string cut inside "
                                   "an emoji?) read as U+FFFD, one character for one: offsets are unchanged")
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["id"] for o in out] == ["cut\ufffd", None, "no-text", "whole"]
    assert "error" in out[1] and "error" in out[2] and "entities" in out[3]
    fixed = text.replace("\ud83d", "\ufffd")
    spans = [e for e in out[0]["entities"] if e["text"]]
    assert spans and all(fixed[e["start"]:e["end"]] == e["text"] for e in spans)
