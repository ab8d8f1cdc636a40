"""Every problem an import can report carries a code of INGEST_ERROR_CODES and the params its
wording needs, so an interface can word each in its own language (the GUI: gui.store_errors);
core's English reason, the CLI's, is unchanged."""

from __future__ import annotations

import ast
import errno
import gzip
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

from core.ingest import readers
from core.ingest.model import INGEST_ERROR_CODES, IngestError
from core.ingest.readers import read_path

INGEST = Path(__file__).resolve().parents[3] / "core" / "ingest"
# `problem`: the Problem class model.read_limited is handed by the PDF, Word and feed readers
PROBLEMS = {"IngestError", "PdfProblem", "DocxProblem", "FeedProblem", "NotTextError", "problem"}


def _calls(names: set[str] = PROBLEMS) -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(INGEST.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
                yield f"{path.name}:{node.lineno}", node


def _code_and_params(call: ast.Call) -> tuple[ast.expr | None, ast.expr | None]:
    """The code and params arguments of an IngestError(…, code=, params=) or a Problem(msg, code, params)."""
    kw = {k.arg: k.value for k in call.keywords}
    if call.func.id == "IngestError":  # type: ignore[attr-defined]
        return kw.get("code"), kw.get("params")
    args = call.args + [None, None, None]
    return kw.get("code", args[1]), kw.get("params", args[2])


def test_every_problem_core_ingest_raises_has_a_listed_code_and_its_params() -> None:
    """A problem made without a code reached the Arabic interface in core's English (an
    unreadable folder, feeds, PDF and Word problems…); a code not listed is one no interface
    words. Every code listed is given somewhere."""
    given: set[str] = set()
    for where, call in _calls():
        if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            continue  # IngestError(origin, reason, **_os_problem(exc)): its codes are read below
        code, params = _code_and_params(call)
        if isinstance(code, ast.Name) and code.id == "code" and where.startswith("model.py"):
            continue  # read_limited's «too large»: the code its caller names, read below
        options = [code.body, code.orelse] if isinstance(code, ast.IfExp) else [code]  # "a" if … else "b"
        for option in options:
            assert isinstance(option, ast.Constant) and option.value in INGEST_ERROR_CODES, (where, ast.unparse(call))
            given.add(option.value)
            if isinstance(params, ast.Dict):
                keys = {k.value for k in params.keys if isinstance(k, ast.Constant)}
                assert keys == set(INGEST_ERROR_CODES[option.value]), (where, keys)
            elif params is None:
                assert not INGEST_ERROR_CODES[option.value], (where, option.value, "needs params")
    # read_limited(path, compressed, limit, Problem, what, code): «too large» with the size in MB
    for where, call in _calls({"read_limited"}):
        code = call.args[5] if len(call.args) > 5 else {k.arg: k.value for k in call.keywords}.get("code")
        assert isinstance(code, ast.Constant) and INGEST_ERROR_CODES.get(code.value) == ("mb",), where
        given.add(code.value)
    # an article's warning (a date not understood): ReadWarning(text, code, **params)
    for path in sorted(INGEST.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ReadWarning":
                where = f"{path.name}:{node.lineno}"
                assert len(node.args) == 2 and isinstance(node.args[1], ast.Constant), where
                assert node.args[1].value in INGEST_ERROR_CODES, where
                assert {k.arg for k in node.keywords} == set(INGEST_ERROR_CODES[node.args[1].value]), where
                given.add(node.args[1].value)
    # codes chosen in a helper: {"code": "…"} (readers._os_problem)
    for path in INGEST.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                given |= {v.value for k, v in zip(node.keys, node.values, strict=True)
                          if isinstance(k, ast.Constant) and k.value == "code" and isinstance(v, ast.Constant)}
    assert given == set(INGEST_ERROR_CODES), sorted(set(INGEST_ERROR_CODES) ^ given)


def _error(path: Path) -> IngestError:
    [err] = [e for e in read_path(path) if isinstance(e, IngestError)]
    return err


def test_the_rarer_problems_carry_their_codes(tmp_path: Path) -> None:
    """Files written for each: the code and params the GUI words; core's English as before."""
    cases: dict[str, bytes | str] = {
        "empty.txt": "  \n", "binary.txt": b"\x00\x01\x02\x03" * 64,
        "numbers.json": "[1]", "page.html": "<html><body><nav>قائمة</nav></body></html>",
        "no_items.rss": "<rss><channel><title>x</title></channel></rss>",
        "not_feed.xml": "<html><body/></html>", "bad.xml": "<rss><channel>",
        "empty_item.rss": "<rss><channel><item><link>http://x</link></item></channel></rss>",
        "not.pdf": b"hello, not a pdf at all", "empty.pdf": b"",
        "old.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "plain.docx": b"not a zip",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    with zipfile.ZipFile(tmp_path / "other.docx", "w") as z:
        z.writestr("hello.txt", "x")
    got = {name: (e.code, e.params) for name in [*cases, "other.docx"] for e in [_error(tmp_path / name)]}
    assert got["empty.txt"] == ("empty_file", {})
    assert got["binary.txt"] == ("not_text", {})
    assert got["numbers.json"][0] == "not_json_object" and got["numbers.json"][1] == {"kind": "int"}
    assert got["page.html"] == ("html_too_short", {"letters": str(readers.MIN_HTML_LETTERS)}) or \
        got["page.html"] == ("no_html_text", {})
    assert got["no_items.rss"] == ("feed_without_items", {})
    assert got["not_feed.xml"] == ("not_a_feed", {"root": "html"})
    assert got["bad.xml"][0] == "not_valid_xml" and got["bad.xml"][1]["detail"]
    assert got["empty_item.rss"] == ("feed_item_empty", {})
    assert got["not.pdf"] == ("not_pdf", {}) and got["empty.pdf"] == ("empty_file", {})
    assert got["old.docx"] == ("doc_old_format", {}) and got["plain.docx"] == ("docx_not_zip", {})
    assert got["other.docx"] == ("docx_not_office", {})
    # the English reason (the CLI's) is unchanged
    assert _error(tmp_path / "not.pdf").reason == "not a PDF file (no %PDF header)"
    assert _error(tmp_path / "numbers.json").reason == "expected a JSON object, found int"


def test_a_file_or_folder_the_system_refuses_carries_its_errno(tmp_path: Path) -> None:
    def refused(_path: Path, _compressed: bool) -> Iterator[object]:
        raise PermissionError(errno.EACCES, "Permission denied")
        yield  # a generator, as readers are

    def gone(_path: Path, _compressed: bool) -> Iterator[object]:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory")
        yield

    [err] = readers._guarded(refused, tmp_path / "a.txt")  # type: ignore[arg-type]
    assert (err.code, err.params) == ("cannot_read_file", {"detail": "Permission denied", "errno": str(errno.EACCES)})
    assert err.reason == "cannot read file (Permission denied)"
    [err] = readers._guarded(gone, tmp_path / "a.txt")  # type: ignore[arg-type]
    assert (err.code, err.reason) == ("file_disappeared", "cannot read file (the file disappeared before it could be read)")
    [folder] = readers._unlisted([PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "closed"))])
    assert folder.code == "cannot_read_folder" and folder.params["errno"] == str(errno.EACCES)
    assert folder.reason == "cannot read folder (Permission denied); its files were not imported"


def test_a_jsonl_line_problem_keeps_its_line_and_code(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(b'"just a string"\n' + json.dumps({"x": 1}).encode() + b"\n"))
    first, second = [e for e in read_path(tmp_path / "a.jsonl.gz") if isinstance(e, IngestError)]
    assert (first.line, first.code, first.params) == (1, "not_json_object", {"kind": "str"})
    assert (second.line, second.code, second.params) == (2, "no_article_text", {"fields": "text, content, body"})


def _docx_with_body(tmp_path: Path, body: bytes) -> Path:
    """A .docx whose word/document.xml is `body` (the rest of a real blank document)."""
    import io

    import docx

    blank = io.BytesIO()
    docx.Document().save(blank)
    with zipfile.ZipFile(io.BytesIO(blank.getvalue())) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["word/document.xml"] = body
    path = tmp_path / "bad_body.docx"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_a_parser_problem_carries_its_message_line_and_column_apart(tmp_path: Path) -> None:
    """The parser's detail came as one English phrase ("Expecting ',' delimiter, line 3"): an
    interface had to show it English or parse it. Its parts now come apart: the parser's fixed
    message, and where it stopped as numbers (the column counted from 1); core's English as before."""
    (tmp_path / "list.json").write_text('[\n  {"title": "a",\n   "text": "b" "c"}\n]', encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text('{"title": "a", "text": "b"}\n{"title" "x"}\n', encoding="utf-8")
    (tmp_path / "feed.rss").write_text("<rss>\n<channel><item></channel></rss>", encoding="utf-8")
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    word = _docx_with_body(tmp_path, f"<w:document {W}>\n<w:body>&</w:body></w:document>".encode())

    whole = _error(tmp_path / "list.json")
    assert whole.code == "not_valid_json" and whole.params == {
        "detail": "Expecting ',' delimiter, line 3", "message": "Expecting ',' delimiter", "line": "3", "column": "16"}
    assert whole.reason == "not valid JSON (Expecting ',' delimiter at line 3)"
    line = _error(tmp_path / "lines.jsonl")
    assert (line.line, line.code, line.params) == (2, "malformed_json", {
        "detail": "Expecting ':' delimiter, column 10", "message": "Expecting ':' delimiter", "column": "10"})
    assert line.reason == "malformed JSON (Expecting ':' delimiter, column 10)"
    feed = _error(tmp_path / "feed.rss")
    assert feed.code == "not_valid_xml" and feed.params == {
        "detail": "mismatched tag: line 2, column 17", "message": "mismatched tag", "line": "2", "column": "18"}
    assert feed.reason == "not valid XML (mismatched tag: line 2, column 17)"  # expat's column counts from 0
    docx_err = _error(word)
    assert docx_err.code == "docx_bad_xml"
    assert docx_err.params["message"] == "xmlParseEntityRef: no name"
    assert (docx_err.params["line"], docx_err.params["column"]) == ("2", "10")
    assert docx_err.reason.startswith("damaged .docx (bad XML: xmlParseEntityRef: no name, line 2, column 10")
