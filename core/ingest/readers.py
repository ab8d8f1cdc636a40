"""Readers per format: a path in, `ArticleIn`s and `IngestError`s out, never an exception.

Formats are chosen by extension (`.txt`, `.json`, `.jsonl`/`.ndjson`, `.html`/`.htm`, and each
of them `.gz`-compressed). JSONL is streamed line by line, so a 131 MB news dump never sits in
memory and one malformed line costs one error, not the file. Directories are walked with a set
of visited folders, so symlink loops end; inside a folder only supported files are read.
"""

from __future__ import annotations

import errno
import gzip
import html as html_lib
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from core.ingest.docx_reader import read_docx
from core.ingest.encoding import NotTextError, arabic_share, decode_bytes, decode_counting_nuls, wide_encoding
from core.ingest.feed_reader import read_feed
from core.ingest.dates import date_from_epoch, normalize_date
from core.ingest.model import ArticleIn, IngestError, ReadWarning, damaged_characters, is_blank, shown_name
from core.ingest.pdf_reader import read_pdf
from core.ingest.titles import title_from_text

Item = ArticleIn | IngestError

# One text document (a .txt or .html file, one JSON article) larger than this is refused:
# no news article is that long, and decoding or analysing it would hang the app.
MAX_TEXT_BYTES = 20 * 1024 * 1024
# A whole .json file is read into memory (a list of articles is then parsed one article at a
# time); JSONL has no such limit (only per line).
MAX_JSON_BYTES = 256 * 1024 * 1024
MANIFEST_MAX_BYTES = 1024 * 1024  # a folder's list of its files and their details is small

_TEXT_KEYS = ("text", "content", "body")
_DATE_KEYS = ("date", "date_published", "published")
# A .json file may hold its articles in a list under one of these keys: {"articles": [...]}.
_LIST_KEYS = ("articles", "items", "data")
# An HTML page whose extracted text has fewer letters than this has no article (a menu, a
# cookie banner, an empty template), and importing it would store noise.
MIN_HTML_LETTERS = 20
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)
# Python's json parser recurses per nesting level; no article export nests that deep.
_TOO_DEEP = "JSON nested too deeply to be an article export"


class _TooLarge(Exception):
    def __init__(self, mb: int) -> None:
        super().__init__(f"file too large (over {mb} MB of text)")
        self.mb = mb


def read_path(path: str | os.PathLike[str]) -> Iterator[Item]:
    """Every article in a file or (recursively) a folder, and an error for each failure.

    A file name that is not valid UTF-8 is shown with its bytes as \\xNN in origins, titles and
    reasons (`model.shown_name`): its lone surrogates stopped the whole import at the database
    with a UnicodeEncodeError, every article of the run lost."""
    for item in _read_path(path):
        if isinstance(item, IngestError):
            item.origin, item.reason = shown_name(item.origin), shown_name(item.reason)
            item.params = {key: shown_name(value) if isinstance(value, str) else value
                           for key, value in item.params.items()}
        else:
            item.origin = shown_name(item.origin)  # a title from the name: _stem
        yield item


def _read_path(path: str | os.PathLike[str]) -> Iterator[Item]:
    p = Path(path)
    if p.is_dir():
        yield from _walk(p)
    elif not p.exists():
        reason = "symbolic link loop or broken link" if p.is_symlink() else "no such file or folder"
        yield IngestError(str(p), reason, code="broken_link" if p.is_symlink() else "no_such_file")
    else:
        reader = _reader_for(p)
        if reader is None:
            suffix = "".join(p.suffixes) or p.name
            yield IngestError(str(p), f"unsupported file type «{suffix}»", code="unsupported_type",
                              params={"suffix": suffix})
        else:
            yield from _guarded(reader, p)


def is_supported(path: Path) -> bool:
    return _reader_for(path) is not None


def holds_many(path: Path) -> bool:
    """Whether a path can yield several articles: a folder, JSON (an array), JSON lines or a feed."""
    if path.is_dir():
        return True
    ext, _ = _split_name(path)
    return ext in _MANY_ARTICLE_TYPES


def _walk(root: Path) -> Iterator[Item]:
    seen: set[tuple[int, int]] = set()
    unlisted: list[OSError] = []  # folders os.walk could not list (it skips them silently)
    for folder, dirnames, filenames in os.walk(root, onerror=unlisted.append, followlinks=True):
        yield from _unlisted(unlisted)
        try:
            st = os.stat(folder)
        except OSError as exc:
            yield IngestError(folder, f"cannot read folder ({exc.strerror})", code="cannot_read_folder",
                              params=_os_params(exc))
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink back into a folder already walked
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        listed = _listed_names(folder, filenames)
        for name in sorted(filenames):
            path = Path(folder) / name
            if name.startswith(".") or name in listed:
                continue
            if is_supported(path):
                yield from _guarded(_reader_for(path), path)  # type: ignore[arg-type]
            elif path.is_symlink() and not path.exists():  # was «skipped: not a text format»
                yield IngestError(str(path), "symbolic link loop or broken link", code="broken_link")
            else:  # a picture, a spreadsheet: named in the report (it was passed over silently)
                suffix = "".join(path.suffixes) or name
                yield IngestError(str(path), f"skipped: not a text format («{suffix}»)", code="not_a_text_format",
                                  params={"suffix": suffix})
    yield from _unlisted(unlisted)


def _unlisted(errors: list[OSError]) -> Iterator[IngestError]:
    while errors:
        exc = errors.pop(0)
        yield IngestError(str(exc.filename or "?"), f"cannot read folder ({_os_reason(exc)}); its files were not imported",
                          code="cannot_read_folder", params=_os_params(exc))


def _split_name(path: Path) -> tuple[str, bool]:
    """(extension without .gz, compressed?) in lower case."""
    name = path.name.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    return os.path.splitext(name)[1], compressed


def _reader_for(path: Path) -> Callable[[Path, bool], Iterator[Item]] | None:
    ext, _ = _split_name(path)
    return _READERS.get(ext)


def _guarded(reader: Callable[[Path, bool], Iterator[Item]], path: Path) -> Iterator[Item]:
    """Run one reader, turning any read failure into one IngestError after what was read."""
    _, compressed = _split_name(path)
    origin = str(path)
    if not _regular(path):
        # A named pipe (or a device, a socket) under an article's name: opening a pipe waits for a
        # writer forever, and the whole import with it (session 43: `marsad import` hung on a
        # folder holding a FIFO named .txt; /dev/zero linked as .txt read 20 MB of NULs first).
        yield IngestError(origin, "not a regular file (a named pipe, a device or a socket); not read",
                          code="not_regular_file")
        return
    try:
        yield from reader(path, compressed)
    except _TooLarge as exc:
        yield IngestError(origin, str(exc), code="file_too_large", params={"mb": str(exc.mb)})
    except NotTextError as exc:
        yield IngestError.of(origin, exc)
    except _GZIP_ERRORS as exc:
        detail = str(exc or type(exc).__name__)
        yield IngestError(origin, f"damaged gzip file ({detail})", code="damaged_gzip", params={"detail": detail})
    except OSError as exc:
        yield IngestError(origin, f"cannot read file ({_os_reason(exc)})", **_os_problem(exc))
    except MemoryError:
        yield IngestError(origin, "not enough memory to read this file", code="out_of_memory")
    except Exception as exc:  # noqa: BLE001 — a reader bug must cost one file, never the import
        detail = f"{type(exc).__name__}: {exc}"
        yield IngestError(origin, f"could not be read ({detail})", code="reader_failed", params={"detail": detail})


def _regular(path: Path) -> bool:
    """A regular file, or one that cannot be looked at now (the reader then says why it cannot
    be read: gone, a broken link, a link loop)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return True


def _os_reason(exc: OSError) -> str:
    """Plain words for the failures a user can fix (the file went away, a link loops)."""
    if isinstance(exc, FileNotFoundError):
        if _broken_link(exc):
            return "a broken link: its target does not exist"
        return "the file disappeared before it could be read"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return exc.strerror or str(exc)


def _os_params(exc: OSError) -> dict[str, str]:
    """The system's reason and error number, for an interface that words the common ones itself."""
    return {"detail": _os_reason(exc), "errno": str(exc.errno or "")}


def _os_problem(exc: OSError) -> dict[str, Any]:
    """Code and params of a file that cannot be read: gone, a link loop, or the system's reason."""
    if isinstance(exc, FileNotFoundError):
        if _broken_link(exc):
            return {"code": "broken_link"}
        return {"code": "file_disappeared"}
    if exc.errno == errno.ELOOP:
        return {"code": "link_loop"}
    return {"code": "cannot_read_file", "params": _os_params(exc)}


def _broken_link(exc: OSError) -> bool:
    """A link whose target does not exist (it was called a file that disappeared while read)."""
    return bool(exc.filename) and os.path.islink(exc.filename) and not os.path.exists(exc.filename)


def _open(path: Path, compressed: bool) -> IO[bytes]:
    return gzip.open(path, "rb") if compressed else open(path, "rb")  # noqa: SIM115


def _read_capped(path: Path, compressed: bool, cap: int) -> bytes:
    with _open(path, compressed) as f:
        data = f.read(cap + 1)
    if len(data) > cap:
        raise _TooLarge(cap // (1024 * 1024))
    return data


def _stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return shown_name(os.path.splitext(name)[0])


# -- .txt -----------------------------------------------------------------------------------


def _read_txt(path: Path, compressed: bool) -> Iterator[Item]:
    with _open(path, compressed) as f:
        head = f.read(512)
    named_wrong = _format_by_content(head)
    if named_wrong is not None:  # a PDF, Word document or web page saved under a .txt name
        yield from _READERS[named_wrong](path, compressed)
        return
    data = _read_capped(path, compressed, MAX_TEXT_BYTES)
    text, nuls = decode_counting_nuls(data)
    yield ArticleIn(title=title_from_text(text) or _stem(path), text=text, origin=str(path),
                    warnings=[damaged_characters(nuls)] if nuls else [])


_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)


def _format_by_content(head: bytes) -> str | None:
    """The reader's extension for a file whose first bytes are those of a format Marsad reads
    other than plain text: a PDF, a Word .docx (a zip naming Office content) or an HTML page."""
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04") and (b"[Content_Types].xml" in head or b"word/" in head):
        return ".docx"
    if _HTML_START.match(head.removeprefix(b"\xef\xbb\xbf")):
        return ".html"
    return None


# -- .json / .jsonl ---------------------------------------------------------------------------


def article_from_object(obj: Any, origin: str, line: int | None = None) -> Item:
    """One article from a JSON object (SaudiNewsNet lines and similar exports import as they are)."""
    if not isinstance(obj, dict):
        return IngestError(origin, f"expected a JSON object, found {type(obj).__name__}", line, code="not_json_object",
                           params={"kind": type(obj).__name__})
    text = next((v for k in _TEXT_KEYS if isinstance(v := obj.get(k), str) and not is_blank(v)), "")
    if not text:
        fields = ", ".join(_TEXT_KEYS[:-1]) + " or " + _TEXT_KEYS[-1]
        return IngestError(origin, f"no article text (no non-empty {fields} field)", line, code="no_article_text",
                           params={"fields": ", ".join(_TEXT_KEYS)})
    if len(text) > MAX_TEXT_BYTES:
        return IngestError(origin, f"article text too large (over {MAX_TEXT_BYTES // (1024 * 1024)} MB)", line,
                           code="text_too_large", params={"mb": str(MAX_TEXT_BYTES // (1024 * 1024))})
    title = obj.get("title")
    title = title.strip() if isinstance(title, str) else ""
    published, warnings = _json_date(obj)
    written = next((_as_text(v) for k in _DATE_KEYS if (v := obj.get(k)) not in (None, "")), "")
    return ArticleIn(
        title=title or title_from_text(text),
        text=text,
        source=_as_text(obj.get("source")),
        url=_as_text(obj.get("url")),
        published=published,
        origin=origin if line is None else f"{origin}:{line}",
        unread_date="" if published else written,
        warnings=warnings,
    )


def _json_date(obj: dict[str, Any]) -> tuple[str | None, list[str]]:
    """The first readable date field (a date string, or Unix seconds/milliseconds: in a field
    named as a date a number is a timestamp), and a warning when date fields were given but
    none could be read: the article is imported undated rather than silently."""
    unread: list[str] = []
    for key in _DATE_KEYS:
        value = obj.get(key)
        if value is None or value == "":
            continue
        found = normalize_date(value) or date_from_epoch(value)
        if found:
            return found, []
        unread.append(f"{key} {json.dumps(value, ensure_ascii=False)[:60]}")
    if not unread:
        return None, []
    dates = "; ".join(unread)
    return None, [ReadWarning(f"date not understood ({dates}); imported without a date", "date_not_understood",
                              dates=dates)]


def _as_text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value))


def _read_json(path: Path, compressed: bool) -> Iterator[Item]:
    origin = str(path)
    text = decode_bytes(_read_capped(path, compressed, MAX_JSON_BYTES))
    try:
        if text.startswith("[", _JSON_SPACE.match(text).end()):
            # A list of articles (the usual export) is parsed one article at a time, so a large
            # file never holds every parsed article at once (a 240 MB file took 1 GB more), and a
            # file cut off part-way keeps the articles before the cut.
            for i, obj in enumerate(_json_list_items(text)):
                if _is_manifest_entry(obj):
                    yield from _listed_file(obj, path.parent, f"{origin}[{i}]")
                else:
                    yield article_from_object(obj, f"{origin}[{i}]")
            return
        data = json.loads(text, parse_int=_int_or_digits, strict=False)
    except json.JSONDecodeError as exc:
        message = _json_message(exc)
        yield IngestError(origin, f"not valid JSON ({message} at line {exc.lineno})", code="not_valid_json",
                          params={"detail": f"{message}, line {exc.lineno}", "message": exc.msg,
                                  "line": str(exc.lineno), "column": str(exc.colno)})
        return
    except RecursionError:
        yield IngestError(origin, _TOO_DEEP, code="json_too_deep")
        return
    export = _export_kind(data, origin)
    if export is not None:  # was one "no article text" error per article of the export, as if its text were lost
        yield export
        return
    key = _list_key(data)
    if key is None:
        yield article_from_object(data, origin)
        return
    for i, obj in enumerate(data[key]):
        yield article_from_object(obj, f"{origin}[{key}][{i}]")


# What Marsad's own exports are, for a user who takes one for a copy of the library.
def _export_kind(data: Any, origin: str) -> IngestError | None:
    """The error for a Marsad export (or a map) given to import as articles: it holds none."""
    if not isinstance(data, dict):
        return None
    if data.get("format") == "marsad-annotations":
        return IngestError(origin, "a Marsad export of notes and highlights (notes-json), not articles: nothing to "
                                   "import (notes come back only from a backup: `marsad restore`)", code="notes_export")
    if data.get("format") == "marsad-incidents":
        return IngestError(origin, "a Marsad export of incidents (json), not articles: nothing to import (it holds "
                                   "no article text)", code="incidents_export")
    if data.get("type") == "FeatureCollection" and isinstance(data.get("features"), list):
        return IngestError(origin, "a GeoJSON map file, not articles: nothing to import", code="geojson_file")
    return None


def _json_message(exc: json.JSONDecodeError) -> str:
    """The decoder's reason as a phrase for the CLI: two end in "at", whose place json's own
    formatting appends (it read «Invalid control character at, column 25»); worded as the GUI
    words them (gui/store_errors.py). The "message" param keeps the decoder's words."""
    return _JSON_MESSAGES.get(exc.msg, exc.msg)


_JSON_MESSAGES = {"Invalid control character at": "Invalid control character in a string",
                  "Unterminated string starting at": "Unterminated string"}


_JSON_SPACE = re.compile(r"[ \t\n\r]*")  # the whitespace JSON allows between its tokens


def _json_list_items(text: str) -> Iterator[Any]:
    """The items of the JSON list `text` holds, parsed one by one; raises JSONDecodeError where the
    list stops being valid JSON (after yielding the items before it), as json.loads would."""
    decoder = json.JSONDecoder(parse_int=_int_or_digits, strict=False)
    pos = _JSON_SPACE.match(text, text.index("[") + 1).end()
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            item, pos = decoder.raw_decode(text, pos)
            yield item
            pos = _JSON_SPACE.match(text, pos).end()
            if text.startswith(",", pos):
                pos = _JSON_SPACE.match(text, pos + 1).end()
            elif text.startswith("]", pos):
                pos += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    pos = _JSON_SPACE.match(text, pos).end()
    if pos != len(text):
        raise json.JSONDecodeError("Extra data", text, pos)


# strict=False: a raw tab or line break inside a string (a hand-made or scraped export) is read as
# itself; json refused the whole file («Invalid control character»), every article in it lost.
# Python refuses to turn more digits than this into an int (sys.get_int_max_str_digits()), and
# json.loads then fails the whole file with a ValueError naming an interpreter setting.
_MAX_INT_DIGITS = 4000


def _int_or_digits(digits: str) -> int | str:
    """A JSON integer; one too long for Python stays its digits (a field no article needs whole)."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else digits


def _is_manifest_entry(obj: Any) -> bool:
    """An entry of a folder's list of its text files with their details («{"file":
    "dhale_bayda_2015.txt", "title": …, "source": …, "published": …}», like the bundled samples'
    `samples.json`): it names a file and holds no text of its own."""
    return isinstance(obj, dict) and isinstance(obj.get("file"), str) and bool(obj["file"].strip()) \
        and not any(isinstance(obj.get(k), str) and obj[k].strip() for k in _TEXT_KEYS)


def _listed_file(entry: dict[str, Any], folder: Path, origin: str) -> Iterator[Item]:
    """The file a list entry names (beside the list; no way out of its folder), read by its own
    reader, with the entry's title, source, url and date."""
    name = entry["file"].strip()
    target = folder / name
    if Path(name).is_absolute() or ".." in Path(name).parts:
        yield IngestError(origin, f"the listed file «{name}» is outside the list's folder", code="listed_outside",
                          params={"name": name})
        return
    if not target.is_file():
        yield IngestError(origin, f"the listed file «{name}» is missing", code="listed_missing", params={"name": name})
        return
    reader = _reader_for(target)
    if reader is None or holds_many(target):
        yield IngestError(origin, f"the listed file «{name}» is not one article (.txt, .html, .docx or .pdf)",
                          code="listed_not_one", params={"name": name})
        return
    details = {k: v for k, v in entry.items() if k != "file"}
    for item in _guarded(reader, target):
        if isinstance(item, ArticleIn):
            listed = article_from_object({**details, "text": item.text}, origin)
            if isinstance(listed, ArticleIn):
                listed.title = listed.title or item.title
                listed.origin = str(target)
                listed.warnings = item.warnings + listed.warnings
                item = listed
        yield item


def _listed_names(folder: str, filenames: list[str]) -> set[str]:
    """The files of `folder` that a list of it in a small .json file names (`_is_manifest_entry`):
    they are read through the list, with its details, not again on their own."""
    names: set[str] = set()
    for name in filenames:
        if not name.lower().endswith(".json") or name.startswith("."):
            continue
        path = Path(folder) / name
        try:
            if path.stat().st_size > MANIFEST_MAX_BYTES:
                continue
            data = json.loads(decode_bytes(path.read_bytes()))
        except (OSError, ValueError, NotTextError, RecursionError):
            continue
        if isinstance(data, list) and data and all(_is_manifest_entry(e) for e in data):
            names |= {e["file"].strip() for e in data}
    return names


def _list_key(data: Any) -> str | None:
    """The key of an object that wraps a list of articles ({"articles": [...]}, "items",
    "data"), when the object is not an article itself."""
    if not isinstance(data, dict) or any(isinstance(data.get(k), str) for k in _TEXT_KEYS):
        return None
    return next((k for k in _LIST_KEYS if isinstance(data.get(k), list)), None)


def _read_jsonl(path: Path, compressed: bool) -> Iterator[Item]:
    origin = str(path)
    with _open(path, compressed) as f:
        wide = wide_encoding(f.read(4096))
        f.seek(0)
        if wide is None:
            lines: Iterator[tuple[int, str | IngestError]] = _decoded_lines(f, origin)
        else:  # UTF-16/32 (PowerShell's default): lines cannot be split on the byte b"\n"
            lines = _lines(io.TextIOWrapper(f, encoding=wide, newline=""), origin)
        yield from _jsonl_objects(lines, origin)


def _decoded_lines(f: IO[bytes], origin: str) -> Iterator[tuple[int, str | IngestError]]:
    """Lines of an 8-bit file, each UTF-8, else decoded like a .txt file (cp1256…)."""
    for number, raw in _lines(f, origin):
        if isinstance(raw, IngestError) or not raw.strip():
            yield number, raw
            continue
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            try:
                yield number, decode_bytes(raw)
            except NotTextError:
                yield number, IngestError(origin, "not text (undecodable bytes)", number, code="undecodable_line")


def _jsonl_objects(lines: Iterator[tuple[int, str | IngestError]], origin: str) -> Iterator[Item]:
    number = 0
    try:
        for number, line in lines:
            if isinstance(line, IngestError):
                yield line
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line, parse_int=_int_or_digits, strict=False)
            except json.JSONDecodeError as exc:
                message = _json_message(exc)
                yield IngestError(origin, f"malformed JSON ({message}, column {exc.colno})", number,
                                  code="malformed_json",
                                  params={"detail": f"{message}, column {exc.colno}", "message": exc.msg,
                                          "column": str(exc.colno)})
                continue
            except RecursionError:
                yield IngestError(origin, _TOO_DEEP, number, code="json_too_deep")
                continue
            yield article_from_object(obj, origin, number)
    except UnicodeDecodeError as exc:  # a UTF-16/32 stream cannot be resynchronised
        yield IngestError(origin, f"not valid {exc.encoding} text; the rest of the file was not read", number + 1,
                          code="bad_encoding", params={"encoding": exc.encoding})


def _lines(f: IO[bytes] | IO[str], origin: str) -> Iterator[tuple[int, Any]]:
    """Numbered lines (bytes or str, as `f` reads), an over-long line becoming an error (and
    skipped) instead of a memory spike."""
    number = 0
    while True:
        raw = f.readline(MAX_TEXT_BYTES + 1)
        if not raw:
            return
        number += 1
        newline = b"\n" if isinstance(raw, bytes) else "\n"
        if len(raw) > MAX_TEXT_BYTES and not raw.endswith(newline):
            while raw and not raw.endswith(newline):  # drop the rest of the line
                raw = f.readline(MAX_TEXT_BYTES)
            yield number, IngestError(origin, f"line too long (over {MAX_TEXT_BYTES // (1024 * 1024)} MB)", number,
                                      code="line_too_long", params={"mb": str(MAX_TEXT_BYTES // (1024 * 1024))})
            continue
        yield number, raw


# -- .html ------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


# Western European labels old Arabic sites served their cp1256 pages under (a server's or an
# editor's default); these code pages decode any byte, so the label alone never fails.
_LATIN_LABELS = frozenset({"windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
                           "iso-8859-15", "latin-9", "us-ascii", "ascii"})
_ARABIC_SHARE = 0.6  # as encoding._guess_legacy: most non-ASCII letters Arabic


def _decode_html(data: bytes) -> str:
    """The page's declared charset when it decodes cleanly, else our own detection; a Western
    European label on bytes our detection reads as Arabic is taken for the mislabel it is."""
    match = _META_CHARSET.search(data[:4096])
    if match:
        label = match.group(1).decode("ascii").lower()
        try:
            page = data.decode(label)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if label not in _LATIN_LABELS or page.isascii():
                return page
            try:
                detected = decode_bytes(data)
            except NotTextError:
                return page
            return detected if arabic_share(detected) >= _ARABIC_SHARE > arabic_share(page) else page
    return decode_bytes(data)


def _read_html(path: Path, compressed: bool) -> Iterator[Item]:
    import trafilatura  # heavy import, only when a page is read

    origin = str(path)
    page = _decode_html(_read_capped(path, compressed, MAX_TEXT_BYTES))
    # extract() parses the string it is given; it never fetches. Scripts and styles are dropped.
    text = trafilatura.extract(page, include_comments=False, include_tables=True)
    if not text:
        text = trafilatura.extract(page, include_comments=False, favor_recall=True)
    if not text or is_blank(text):
        yield IngestError(origin, "no article text found in the HTML page", code="no_html_text")
        return
    if sum(ch.isalpha() for ch in text) < MIN_HTML_LETTERS:
        yield IngestError(origin, f"no article text found in the HTML page (under {MIN_HTML_LETTERS} letters of text)",
                          code="html_too_short", params={"letters": str(MIN_HTML_LETTERS)})
        return
    meta = trafilatura.extract_metadata(page, extensive=False)
    title = (meta.title if meta else None) or _html_title(page) or title_from_text(text)
    yield ArticleIn(
        title=(title or _stem(path)).strip(),
        text=text,
        source=(meta.sitename if meta else None) or "",
        url=(meta.url if meta else None) or "",
        published=normalize_date(meta.date) if meta else None,
        origin=origin,
    )


def _html_title(page: str) -> str:
    match = _TITLE.search(page)
    return html_lib.unescape(re.sub(r"\s+", " ", match.group(1))).strip() if match else ""


_READERS: dict[str, Callable[[Path, bool], Iterator[Item]]] = {
    ".txt": _read_txt,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".html": _read_html,
    ".htm": _read_html,
    # Each of these lives in its own module (docx_reader, pdf_reader, feed_reader).
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}
# Formats whose one file can hold several articles (a .json object holds one, an array many).
_MANY_ARTICLE_TYPES = frozenset({".json", ".jsonl", ".ndjson", ".rss", ".atom", ".xml"})
# Every extension `read_path` accepts, for file pickers (the GUI's import filter): each reader's,
# and ".gz", which wraps any of them.
SUPPORTED_EXTENSIONS: tuple[str, ...] = (*_READERS, ".gz")
