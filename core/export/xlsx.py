"""XLSX workbook: incidents, articles and annotations on three sheets, ready to filter.

openpyxl's write-only mode streams rows to disk (10,000 incidents in a few seconds). Sheets whose
content is mostly Arabic open right-to-left; the incidents sheet stays left-to-right because its
leading ACLED columns are English. Every sheet has a frozen, bold header, an auto-filter and
column widths measured from the content.

Formula neutralisation differs from CSV: an XLSX cell has a type, so text that starts like a
formula is written as a *string* cell with Excel's `quotePrefix` flag (what Excel itself does when
one types '=…). The value stays byte-for-byte intact and is never evaluated, even after editing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from core.export.acled import COLUMNS, record_rows
from core.export.annotations import NOTE_COLUMNS, annotation_rows
from core.export.cells import fit_cell, is_formula_like, xml_safe
from core.export.corroboration import is_rejected
from core.export.scope import Selection
from core.export.totals import unknown_fatalities

ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "title", "source", "published", "url", "incidents", "fatalities", "deaths_number_unknown", "corroborated",
    "highlights", "notes",
)  # fmt: skip
# Header comments of the articles sheet: its counts are each article's own reports, so an incident
# two articles report counts in both; summing a column double-counts it (the incidents sheet,
# where it is one row with the lowest figure, is the total).
ARTICLE_NOTES: dict[str, str] = {
    "incidents": "This article's reports of exported incidents. An incident other articles also report "
                 "(corroborated) counts in each of them, so this column's sum can exceed the incidents "
                 "sheet's rows, which list it once: count incidents there. Blank (with fatalities and "
                 "deaths_number_unknown): the article was never analysed (stored without analysis, too long "
                 "to analyse automatically), not an article of no incidents.",
    "fatalities": "Killed as this article reports them. A corroborated incident counts in every article "
                  "that reports it, each with its own figure; the incidents sheet lists it once with the "
                  "lowest figure. Do not sum this column for a total: sum the incidents sheet's fatalities. "
                  "Blank: the article reports deaths but never their number; a number with "
                  "deaths_number_unknown above 0 is a floor (as «12 + ?» in the reports).",
    "deaths_number_unknown": "How many of this article's incidents report deaths without a number (counted as "
                             "0 in fatalities, ACLED's rule; tagged fatalities_unknown on the incidents sheet). "
                             "Filter above 0 to find them.",
    "corroborated": "How many of this article's incidents other exported articles report too (each is one "
                    "row of the incidents sheet, the other articles in also_reported_in).",
}
_MIN_WIDTH, _MAX_WIDTH = 6, 60
# Day columns are Excel dates (sorted, filtered by month and year, used in date arithmetic), shown
# as ISO; a value that is no full ISO day (blank: undated) stays as it is.
DATE_COLUMNS = frozenset({"event_date", "published"})
_DATE_FORMAT = "yyyy-mm-dd"
# When a highlight or note was made or last changed: Excel date-times in UTC (the store's ISO
# timestamps end in "+00:00"; Excel has no time zones), shown as "2015-08-06 10:00:00".
TIMESTAMP_COLUMNS = frozenset({"created_at", "updated_at"})
_TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm:ss"
NOTE_NOTES: dict[str, str] = {
    "created_at": "When the highlight or note was made, in UTC.",
    "updated_at": "When it was last changed, in UTC (blank: never changed).",
}
_BOLD = Font(bold=True)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = fit_cell(xml_safe(value))
    return value


def _width(value: Any) -> int:
    if value is None or value == "":
        return 0
    text = str(value)
    longest_line = max(len(line) for line in text.split("\n"))
    return min(longest_line, _MAX_WIDTH)


def _sheet(
    wb: Workbook, title: str, columns: Sequence[str], rows: Iterable[dict[str, Any]], *, rtl: bool,
    notes: dict[str, str] | None = None,
) -> int:
    """Write one sheet; rows are buffered because widths must be set before the first row."""
    ws: WriteOnlyWorksheet = wb.create_sheet(title)
    data = [[_clean(row.get(c)) for c in columns] for row in rows]
    widths = [len(c) for c in columns]
    for values in data[:2000]:  # a sample is enough for widths and keeps large exports fast
        for i, value in enumerate(values):
            w = _width(value)
            if w > widths[i]:
                widths[i] = w
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(_MIN_WIDTH, w) + 2
    ws.sheet_view.rightToLeft = rtl
    ws.freeze_panes = "A2"
    header = []
    for name in columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = _BOLD
        if notes and name in notes:
            cell.comment = Comment(notes[name], "Marsad", width=320, height=110)
        header.append(cell)
    ws.append(header)
    typed = [(i, _date_cell if c in DATE_COLUMNS else _timestamp_cell) for i, c in enumerate(columns)
             if c in DATE_COLUMNS or c in TIMESTAMP_COLUMNS]
    for values in data:
        row = [_safe_cell(ws, v) for v in values]
        for i, typed_cell in typed:
            row[i] = typed_cell(ws, values[i]) or row[i]
        ws.append(row)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(data) + 1}"
    return len(data)


def _safe_cell(ws: WriteOnlyWorksheet, value: Any) -> Any:
    if not is_formula_like(value):
        return value
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _date_cell(ws: WriteOnlyWorksheet, value: Any) -> WriteOnlyCell | None:
    """An ISO day ("2015-08-04") as a date cell shown as written; None for anything else."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    cell = WriteOnlyCell(ws, value=day)
    cell.number_format = _DATE_FORMAT
    return cell


def _timestamp_cell(ws: WriteOnlyWorksheet, value: Any) -> WriteOnlyCell | None:
    """An ISO timestamp ("2015-08-06T10:00:00+00:00") as a date-time cell in UTC; None for
    anything else (blank, a bare day, text that is no timestamp)."""
    if not isinstance(value, str) or len(value) < 16 or value[10:11] not in ("T", " "):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    cell = WriteOnlyCell(ws, value=when)
    cell.number_format = _TIMESTAMP_FORMAT
    return cell


def article_rows(selection: Selection) -> list[dict[str, Any]]:
    """Per-article counts of what the export contains (corroborating reports count where they appear,
    each with its own figures, and `corroborated` says how many of them another article reports too:
    see ARTICLE_NOTES); rejected incidents, listed only when the export includes them, count nowhere
    (as in the totals)."""
    counts: dict[Any, list[int]] = {}
    for rec in selection.incidents:
        if is_rejected(rec):
            continue
        reporting = {article.get("id") for article, _inc in rec.reports}
        for article, inc in rec.reports:  # each article's own figures
            c = counts.setdefault(article.get("id"), [0, 0, 0, 0])
            c[0] += 1
            c[1] += inc.get("fatalities") or 0
            c[2] += len(reporting) > 1
            c[3] += int(unknown_fatalities(inc))
    rows = []
    for bundle in selection.bundles:
        art = bundle.article
        n, killed, corroborated, unknown = counts.get(art.get("id"), [0, 0, 0, 0])
        never_analysed = not n and "analyzer_version" in art and not art.get("analyzer_version")
        rows.append({
            "id": art.get("id"), "title": art.get("title") or "", "source": art.get("source") or "",
            "published": art.get("published") or "", "url": art.get("url") or "",
            # deaths reported only without a number: a blank cell, never a 0 that reads "no one killed"
            # never analysed: blank counts, not the 0 incidents and 0 killed of an article that has none
            "incidents": None if never_analysed else n,
            "fatalities": None if never_analysed or unknown and not killed else killed,
            "deaths_number_unknown": None if never_analysed else unknown, "corroborated": corroborated,
            "highlights": len(bundle.highlights), "notes": len(bundle.notes),
        })  # fmt: skip
    return rows


def write_xlsx(out: IO[bytes], selection: Selection) -> int:
    """Write the workbook to a binary file; returns the number of incident rows."""
    wb = Workbook(write_only=True)
    n = _sheet(wb, "incidents", COLUMNS, record_rows(selection.incidents, timestamp=selection.timestamp), rtl=False)
    _sheet(wb, "articles", ARTICLE_COLUMNS, article_rows(selection), rtl=True, notes=ARTICLE_NOTES)
    _sheet(wb, "notes", NOTE_COLUMNS, annotation_rows(selection.bundles), rtl=True, notes=NOTE_NOTES)
    wb.save(out)
    return n
