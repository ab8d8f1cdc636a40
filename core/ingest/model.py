"""What the readers hand to the importer: one article, or one clear error.

Readers never raise for a bad file or line: they yield an `IngestError`, so one broken input
never stops the others and every failure reaches the user as one readable line.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from pathlib import Path

from core.text.english import plural


# Characters that show nothing: whitespace, and the format marks (zero-width spaces and joiners,
# direction marks and embeddings, a stray byte-order mark, the soft hyphen) that str.strip()
# keeps. A text of these only is as empty as a blank one.
_VISIBLE = re.compile("[^\\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
                      "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")


# A file name that is not valid UTF-8 (a folder copied from an old Windows or Mac disk, a zip
# unpacked with another code page) reaches Python with each undecodable byte as a lone surrogate
# (U+DC80–U+DCFF, os.fsdecode's surrogateescape); SQLite and a UTF-8 terminal cannot take those.
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown_name(name: str) -> str:
    """`name` (a path as os.fsdecode gives it) with its undecodable bytes written \\xNN, so it can
    be stored and printed and the user still recognises the file; any other lone surrogate is
    U+FFFD. Names without them come back unchanged."""
    if _SURROGATE.search(name) is None:
        return name
    return _SURROGATE.sub(lambda m: (f"\\x{ord(m.group()) - 0xDC00:02x}"
                                     if 0xDC80 <= ord(m.group()) <= 0xDCFF else "\ufffd"), name)


def is_blank(text: str) -> bool:
    """Whether `text` shows nothing: only whitespace and invisible format marks."""
    return _VISIBLE.search(text) is None


@dataclass(slots=True)
class ArticleIn:
    title: str
    text: str
    source: str = ""
    url: str = ""
    published: str | None = None  # ISO yyyy-mm-dd, or None when unknown (never invented)
    origin: str = ""  # where it came from: a file path, "path:line" for JSONL, "sample:…"
    # where `published` came from: "metadata" (a date field; what "" means when published is set),
    # "text" (the article's dateline, read by the importer: core.ingest.text_date), "user"
    date_origin: str = ""
    date_quote: str = ""  # the words a date read from the text was read from («صنعاء - 21 يوليو 2015»)
    unread_date: str = ""  # a date field as written when it could not be read (published is then None)
    # What the reader could not use but the article survives (an unreadable date): the importer
    # reports each, naming the origin. Each is a ReadWarning (a str carrying a code and params).
    warnings: list[str] = field(default_factory=list)


# Every kind of problem an import can report, for an interface that words it in its own language
# (the GUI): code → the params its wording needs, in the order of its %1, %2 … A "detail" is a
# technical reason (a library's or the system's message, an exception's name), not a sentence;
# an "errno" is the system's error number behind a "detail", when there is one. A parser's
# "detail" (JSON, XML) comes with its parts: the parser's "message" alone (its fixed English
# wording, without the place) and where it stopped, "line" and "column" (numbers, the column
# counted from 1; "" when the parser does not say), for an interface to word in its language.
INGEST_ERROR_CODES: dict[str, tuple[str, ...]] = {
    # a path (core.ingest.readers)
    "no_such_file": (), "broken_link": (), "unsupported_type": ("suffix",),
    "cannot_read_folder": ("detail", "errno"),
    # any file
    "cannot_read_file": ("detail", "errno"), "file_disappeared": (), "link_loop": (), "not_regular_file": (),
    "empty_file": (), "not_text": (), "not_text_in_encoding": ("encoding",), "unknown_encoding": (),
    "damaged_gzip": ("detail",), "file_too_large": ("mb",), "out_of_memory": (), "reader_failed": ("detail",),
    # JSON and JSON lines
    "not_valid_json": ("detail", "message", "line", "column"), "malformed_json": ("detail", "message", "column"), "json_too_deep": (),
    "not_json_object": ("kind",), "no_article_text": ("fields",), "text_too_large": ("mb",),
    "line_too_long": ("mb",), "undecodable_line": (), "bad_encoding": ("encoding",),
    # a folder's list of its files
    "listed_outside": ("name",), "listed_missing": ("name",), "listed_not_one": ("name",),
    # a Marsad export (or a map) given to import as if it held articles
    "notes_export": (), "incidents_export": (), "geojson_file": (),
    # HTML pages
    "no_html_text": (), "html_too_short": ("letters",),
    # RSS / Atom feeds (core.ingest.feed_reader)
    "feed_too_large": ("mb",), "unsafe_xml": ("detail",), "not_valid_xml": ("detail", "message", "line", "column"),
    "unreadable_xml": ("detail",), "not_a_feed": ("root",), "feed_without_items": (), "feed_item_empty": (),
    # PDF (core.ingest.pdf_reader)
    "pdf_too_large": ("mb",), "not_pdf": (), "pdf_password": (), "pdf_encrypted": ("detail",),
    "pdf_no_extraction": (), "pdf_damaged": ("detail",), "pdf_too_many_pages": ("pages",),
    "pdf_no_text_layer": (), "pdf_unmapped_glyphs": ("unmapped", "total"),
    # Word .docx (core.ingest.docx_reader)
    "docx_too_large": ("mb",), "doc_password": (), "doc_old_format": (), "docx_not_zip": (),
    "docx_zip_bomb": (), "docx_not_office": (), "docx_damaged": ("detail",), "docx_bad_xml": ("detail", "message", "line", "column"),
    "docx_no_text": (),
    # the importer's analysis (core.ingest.importer)
    "too_long_to_analyse": ("chars", "limit"), "analysis_failed": ("detail",), "analysis_stopped": ("count",),
    "workers_stopped": ("detail",),
    # an article imported with something left out (ImportReport.warnings, not errors)
    "date_not_understood": ("dates",),
    # … and the date then read from the article's dateline (core.ingest.text_date): not undated
    "date_not_understood_read_from_text": ("dates", "date"),
    # characters no file can store (a lone UTF-16 half, a NUL byte) replaced by U+FFFD or removed
    "damaged_characters": ("count",),
    # Arabic stored as Latin letters by an earlier tool (mojibake), read back from its bytes
    "mojibake_repaired": ("encoding",),
    # a text with no Arabic letter (English, French…): kept, but entities and incidents are found
    # in Arabic only (ImportReport.not_arabic)
    "no_arabic_text": (),
    # a file of a folder that is no article format (a picture, a spreadsheet): passed over, not
    # a failure (ImportReport.passed_over)
    "not_a_text_format": ("suffix",),
}
# Codes of the files a folder's walk passes over: named in the report, not counted as failures.
PASSED_OVER_CODES: frozenset[str] = frozenset({"not_a_text_format"})


class CodedText(str):
    """Core's English line, what the CLI prints (it is a str), with what an interface that words it
    itself needs: a `code` and its `params`."""

    code: str
    params: dict[str, str]

    def __new__(cls, text: str, code: str = "", **params: str) -> CodedText:
        line = super().__new__(cls, text)
        line.code = code
        line.params = params
        return line


class ProgressNote(CodedText):
    """A progress message of an import; codes "reading" (path), "read" (done, added), "analysing"
    (title)."""


class ReadWarning(CodedText):
    """What a reader could not use in an article it still reads (ArticleIn.warnings); its code is a
    key of INGEST_ERROR_CODES."""


class ReadProblem(Exception):
    """A file a reader cannot read: the message is core's English line (the CLI's); `code` and
    `params` what an interface words itself (INGEST_ERROR_CODES)."""

    def __init__(self, message: str, code: str = "", params: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})


def read_limited(path: Path, compressed: bool, limit: int, problem: type[ReadProblem], what: str, code: str) -> bytes:
    """The bytes of `path` (gunzipped when `compressed`), refused as `problem` when the file cannot
    be read («cannot read file (…)») or holds more than `limit` bytes («<what> too large (over N
    MB)», `code`): the PDF, Word and feed readers' common first step."""
    try:
        with gzip.open(path, "rb") if compressed else open(path, "rb") as f:  # noqa: SIM115
            data = f.read(limit + 1)
    except (OSError, EOFError) as exc:
        detail = str(getattr(exc, "strerror", None) or exc)
        raise problem(f"cannot read file ({detail})", "cannot_read_file",
                      {"detail": detail, "errno": str(getattr(exc, "errno", None) or "")}) from None
    if len(data) > limit:
        mb = limit // (1024 * 1024)
        raise problem(f"{what} too large (over {mb} MB)", code, {"mb": str(mb)})
    return data


@dataclass(slots=True)
class IngestError:
    origin: str  # the file the problem is in
    reason: str
    line: int | None = None  # 1-based line number inside a JSONL file
    # For an interface that words the reason itself (the GUI, in its language): what kind of
    # failure it is (a key of INGEST_ERROR_CODES; "" when the reason has no code, shown as
    # written), and the values its wording needs.
    code: str = ""
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, origin: str, problem: ReadProblem, line: int | None = None) -> IngestError:
        """The error for a reader's ReadProblem: its message, code and params."""
        return cls(origin, str(problem), line, code=problem.code, params=dict(problem.params))

    @classmethod
    def warning(cls, origin: str, warning: str) -> IngestError:
        """An article's warning (a ReadWarning, or a plain str without a code) as the report lists it."""
        return cls(origin, str(warning), code=getattr(warning, "code", ""),
                   params=dict(getattr(warning, "params", {}) or {}))

    @property
    def passed_over(self) -> bool:
        """A file of a folder that is no article format: named in the report, not a failure."""
        return self.code in PASSED_OVER_CODES

    def __str__(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}, line {self.line}"
        return f"{where}: {self.reason}"


def damaged_characters(count: int) -> ReadWarning:
    """The warning of an article read with `count` damaged characters removed or replaced."""
    return ReadWarning(plural(f"{count} damaged character(s) (NUL bytes, broken UTF-8 or UTF-16 characters) removed or replaced "
                              "by \ufffd; the rest of the text is kept", count), "damaged_characters", count=str(count))
