"""An article's title from its text, for the files that name none (.txt, pasted text, JSON/JSONL
records and HTML pages without a title, .docx and .pdf files without a title property or heading):
the first non-empty line, when it is short enough
to be a headline and is not all there is. Lines that are only a dateline («عدن - الأحد 7 أغسطس
2016», «بغداد (رويترز) -»; see `text_date.is_dateline_only`) are passed over: the next non-empty
line is the title. The text is never changed: it keeps them (the date reader reads them there)."""

from __future__ import annotations

from core.ingest.text_date import is_dateline_only

# A first line longer than this is prose, not a title.
MAX_TITLE_CHARS = 150
# At most this many dateline lines before the title are passed over («عدن - الأحد 7 أغسطس 2016»).
DATELINE_LINES = 2


def after_datelines(lines: list[str]) -> list[str]:
    """Non-empty `lines` without the dateline-only lines that open them (at most DATELINE_LINES,
    never the last line)."""
    skipped = 0
    while skipped < len(lines) - 1 and skipped < DATELINE_LINES and is_dateline_only(lines[skipped]):
        skipped += 1
    return lines[skipped:]


def title_from_text(text: str) -> str:
    """`title_of_lines` of the text's lines."""
    lines = [line.strip() for line in text.splitlines()]  # "\r" and U+2028/U+2029 end a line too
    return title_of_lines([line for line in lines if line])


def title_of_lines(lines: list[str]) -> str:
    """Of non-empty, stripped `lines` (a text's lines, a document's paragraphs), the first after the
    dateline-only ones (`after_datelines`), when it is short enough to be a headline and is not all
    there is; else ""."""
    lines = after_datelines(lines)
    if len(lines) > 1 and len(lines[0]) <= MAX_TITLE_CHARS:
        return lines[0]
    return ""
