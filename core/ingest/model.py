"""What the readers hand to the importer: one article, or one clear error.

Readers never raise for a bad file or line: they yield an `IngestError`, so one broken input
never stops the others and every failure reaches the user as one readable line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime


@dataclass(slots=True)
class ArticleIn:
    title: str
    text: str
    source: str = ""
    url: str = ""
    published: str | None = None  # ISO yyyy-mm-dd, or None when unknown (never invented)
    origin: str = ""  # where it came from: a file path, "path:line" for JSONL, "sample:…"
    unread_date: str = ""  # a date field as written when it could not be read (published is then None)


@dataclass(slots=True)
class IngestError:
    origin: str  # the file the problem is in
    reason: str
    line: int | None = None  # 1-based line number inside a JSONL file

    def __str__(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}, line {self.line}"
        return f"{where}: {self.reason}"


# Date layouts seen in news exports; anything else is treated as unknown rather than guessed.
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def normalize_date(value: object) -> str | None:
    """ISO date (yyyy-mm-dd) from a date, datetime, ISO string or common day-first layout.

    Returns None for anything it cannot read with certainty: an unknown date is better than a
    wrong one, since incident dates are anchored on it.
    """
    if value is None or isinstance(value, (int, float)):  # a bare number is not a sure date
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, Date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    head = text.split()[0].split("T")[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(head, fmt).date().isoformat()
        except ValueError:
            continue
    return None
