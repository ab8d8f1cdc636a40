"""What the readers hand to the importer: one article, or one clear error.

Readers never raise for a bad file or line: they yield an `IngestError`, so one broken input
never stops the others and every failure reaches the user as one readable line.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ArticleIn:
    title: str
    text: str
    source: str = ""
    url: str = ""
    published: str | None = None  # ISO yyyy-mm-dd, or None when unknown (never invented)
    origin: str = ""  # where it came from: a file path, "path:line" for JSONL, "sample:…"
    unread_date: str = ""  # a date field as written when it could not be read (published is then None)
    # What the reader could not use but the article survives (an unreadable date): the importer
    # reports each, naming the origin.
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class IngestError:
    origin: str  # the file the problem is in
    reason: str
    line: int | None = None  # 1-based line number inside a JSONL file
    # For an interface that words the reason itself (the GUI, in its language): what kind of
    # failure it is ("unsupported_type", "not_text", "cannot_read_file", "damaged_gzip",
    # "no_article_text", "not_valid_json", "malformed_json", "no_such_file", "file_too_large",
    # "json_too_deep", "listed_outside", "listed_missing", "listed_not_one", "undecodable_line",
    # "bad_encoding", "too_long_to_analyse", "analysis_failed", "analysis_stopped",
    # "workers_stopped"; "" for the others, shown as `reason`), and the values its wording needs
    # ("suffix", "detail", "mb", "name", "encoding", "chars", "limit", "count").
    code: str = ""
    params: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}, line {self.line}"
        return f"{where}: {self.reason}"
