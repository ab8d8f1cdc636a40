"""PDFs with a text layer → one article, Arabic in reading order with base letters.

Why geometry and not the order of the content stream: PDF writers emit Arabic glyphs in
drawing order, in reading order, or in runs jumping between the two (Qt writes numbers and
Latin words as separate runs), and extractors that follow the stream scramble such lines.
Here every glyph is placed by its coordinates instead: glyphs are grouped into lines by
baseline, sorted left to right (how they are drawn, whatever the writer did), and each
right-to-left line is turned into reading order by `core.text.bidi_order`. Harakat are attached
to the letter they sit on. As a check, the word-edge evidence of the whole document
(`reversal_score`) must not prefer the mirrored reading; when it does, the mirrored one is used.
Wrapped lines are joined into paragraphs (sentence splitting treats a line break as an end).

pdfminer.six does the PDF parsing: pure Python, and, unlike pypdf, it gives every glyph with
its box. No OCR: a PDF without a text layer gets one clear error.
"""

from __future__ import annotations

import io
import os
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.ingest.model import ArticleIn, IngestError, ReadProblem, read_limited, shown_name
from core.ingest.titles import MAX_TITLE_CHARS, title_from_text
from core.text.bidi_order import (
    direction,
    fold_presentation_forms,
    is_rtl_line,
    reversal_score,
    visual_to_logical,
)

Item = ArticleIn | IngestError

MAX_PDF_BYTES = 100 * 1024 * 1024
MAX_PAGES = 300  # a news article or report; a whole book is not one article
# A document where more glyphs than this share have no Unicode mapping gives gibberish.
MAX_UNMAPPED_SHARE = 0.2
NO_TEXT_LAYER = "no text layer (scanned PDF?); OCR is not supported"

_CID = re.compile(r"^\(cid:\d+\)$")
_PAGE_NUMBER = re.compile(r"^[\s\d\-–—/|.()]*\d[\s\d\-–—/|.()]*$")
_USELESS_TITLES = re.compile(
    r"^(untitled|microsoft word|document\d*$|.*\.(docx?|pdf|odt|rtf)$)", re.I
)
_REPLACEMENT = "\ufffd"


class PdfProblem(ReadProblem):
    """A PDF we cannot turn into text; the message is the one line shown to the user (the CLI's),
    the code and params what the GUI words in its language."""


@dataclass(slots=True)
class _Glyph:
    text: str
    x0: float
    x1: float
    y0: float
    size: float


@dataclass(slots=True)
class _Line:
    glyphs: list[_Glyph]
    y0: float
    size: float
    units: list[str] = field(default_factory=list)  # glyph texts in drawing order, with spaces
    rtl: bool = False
    left: float = 0.0
    right: float = 0.0
    text: str = ""


@dataclass(slots=True)
class PdfText:
    title: str  # from the document information, "" when absent or a file name
    text: str


def read_pdf(path: Path, compressed: bool) -> Iterator[Item]:
    """The reader registered for `.pdf` in `core.ingest.readers`."""
    origin = str(path)
    try:
        data = _read_limited(path, compressed)
        extracted = pdf_text(data)
    except PdfProblem as exc:
        yield IngestError.of(origin, exc)
        return
    # no title in the document information: its first paragraph after a dateline-only one, as a .txt file's
    title = extracted.title or title_from_text(extracted.text) or _stem(path)
    yield ArticleIn(title=title, text=extracted.text, origin=origin)


def pdf_text(data: bytes) -> PdfText:
    """Title and reading-order text of a PDF; raises PdfProblem with a user-facing reason."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFTextExtractionNotAllowed
    from pdfminer.psexceptions import PSException

    try:
        title, pages = _glyph_pages(data)
    except PDFPasswordIncorrect:
        raise PdfProblem(
            "encrypted PDF (password protected); remove the password and import again", "pdf_password"
        ) from None
    except PDFEncryptionError as exc:
        raise PdfProblem(f"encrypted PDF that cannot be opened ({exc})", "pdf_encrypted", {"detail": str(exc)}) from None
    except PDFTextExtractionNotAllowed:
        raise PdfProblem("the PDF forbids text extraction", "pdf_no_extraction") from None
    except PdfProblem:
        raise
    except (PSException, RecursionError, ValueError, TypeError, KeyError, AttributeError,
            IndexError, AssertionError, OverflowError, ZeroDivisionError) as exc:  # fmt: skip
        # pdfminer surfaces damaged files as assorted exceptions; each is the same fact to the user,
        # worded as the window words it (pdfminer's class name, «PSEOF», told nothing): kept as the detail.
        raise PdfProblem("the PDF is damaged and cannot be read", "pdf_damaged",
                         {"detail": type(exc).__name__}) from None
    return PdfText(title=title, text=_text_from_pages(pages))


def _read_limited(path: Path, compressed: bool) -> bytes:
    data = read_limited(path, compressed, MAX_PDF_BYTES, PdfProblem, "PDF", "pdf_too_large")
    if not data.strip():
        raise PdfProblem("empty file", "empty_file")
    if b"%PDF-" not in data[:1024]:
        raise PdfProblem("not a PDF file (no %PDF header)", "not_pdf")
    return data


def _glyph_pages(data: bytes) -> tuple[str, list[list[_Glyph]]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)  # no layout analysis: we place glyphs
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[list[_Glyph]] = []
    for number, page in enumerate(PDFPage.create_pages(document), 1):
        if number > MAX_PAGES:
            raise PdfProblem(f"PDF has over {MAX_PAGES} pages; not read as one article", "pdf_too_many_pages",
                             {"pages": str(MAX_PAGES)})
        interpreter.process_page(page)
        layout = device.get_result()
        pages.append([g for g in _glyphs(layout) if _on_page(g, layout.bbox)])
    return _info_title(document), pages


def _glyphs(container: Any) -> Iterator[_Glyph]:
    from pdfminer.layout import LTChar, LTContainer

    for item in container:
        if isinstance(item, LTChar):
            if item.upright and item.size >= 1:  # rotated text is a watermark or a margin note
                yield _Glyph(item.get_text(), item.x0, item.x1, item.y0, item.size)
        elif isinstance(item, LTContainer):  # figures and form objects hold glyphs too
            yield from _glyphs(item)


def _on_page(glyph: _Glyph, box: tuple[float, float, float, float]) -> bool:
    """Text drawn off the page is never seen; Qt, for one, repeats the line cut by a page break
    above the next page's top edge."""
    x0, y0, x1, y1 = box
    centre_x = (glyph.x0 + glyph.x1) / 2
    baseline = glyph.y0 + 0.25 * glyph.size  # y0 is the descent; a little above it is on the line
    return min(x0, x1) <= centre_x <= max(x0, x1) and min(y0, y1) <= baseline <= max(y0, y1)


def _info_title(document: Any) -> str:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    for info in document.info or []:
        raw = resolve1(resolve1(info).get("Title")) if isinstance(resolve1(info), dict) else None
        if isinstance(raw, bytes):
            title = decode_text(raw)
        elif isinstance(raw, str):
            title = raw
        else:
            continue
        title = fold_presentation_forms(" ".join(title.replace("\x00", "").split()))
        if title and len(title) <= MAX_TITLE_CHARS and not _USELESS_TITLES.match(title):
            return title
    return ""


# -- glyphs → text ----------------------------------------------------------------------------


def _text_from_pages(pages: list[list[_Glyph]]) -> str:
    total = sum(len(p) for p in pages)
    visible = [g for p in pages for g in p if g.text.strip()]
    if not visible:
        raise PdfProblem(NO_TEXT_LAYER, "pdf_no_text_layer")
    unmapped = sum(1 for g in visible if _unmapped(g.text))
    if unmapped > MAX_UNMAPPED_SHARE * len(visible):
        raise PdfProblem(
            f"the PDF's fonts do not say which letters {unmapped} of {total} glyphs are; "
            "its text cannot be read (OCR is not supported)", "pdf_unmapped_glyphs",
            {"unmapped": str(unmapped), "total": str(total)},
        )
    page_lines = [_lines(p) for p in pages]
    rtl_lines = [ln for lines in page_lines for ln in lines if ln.rtl]
    mirrored = _drawn_mirrored(rtl_lines)
    for line in rtl_lines:
        units = line.units[::-1] if mirrored else line.units
        line.text = "".join(visual_to_logical(units))
    paragraphs = [para for lines in page_lines for para in _paragraphs(_drop_page_numbers(lines))]
    text = fold_presentation_forms("\n".join(paragraphs))
    if not text.strip():  # nothing but page numbers
        raise PdfProblem(NO_TEXT_LAYER, "pdf_no_text_layer")
    return text


def _unmapped(text: str) -> bool:
    return bool(_CID.match(text)) or any(
        ord(ch) < 32 and not ch.isspace() or ch == _REPLACEMENT for ch in text
    )


def _lines(glyphs: list[_Glyph]) -> list[_Line]:
    """Glyphs grouped by baseline (top to bottom), each line's units in drawing order.

    Harakat sit above or below the baseline, so lines are made from letters first and each
    mark joins the nearest line afterwards. A zero-width glyph with no Unicode mapping is a mark
    the font cannot name (often shadda with a vowel): it is dropped rather than made a letter.
    """
    bases: list[_Glyph] = []
    marks: list[_Glyph] = []
    for glyph in glyphs:
        if _unmapped(glyph.text) and glyph.x1 - glyph.x0 < 0.05 * glyph.size:
            continue
        (marks if direction(glyph.text) == "M" else bases).append(glyph)
    lines: list[_Line] = []
    for glyph in sorted(bases, key=lambda g: -g.y0):
        if lines and abs(lines[-1].y0 - glyph.y0) <= 0.35 * max(lines[-1].size, glyph.size):
            lines[-1].glyphs.append(glyph)
            lines[-1].size = max(lines[-1].size, glyph.size)
        else:
            lines.append(_Line([glyph], glyph.y0, glyph.size))
    for mark in marks:
        nearest = min(lines, key=lambda ln: abs(ln.y0 - mark.y0), default=None)
        if nearest is not None and abs(nearest.y0 - mark.y0) <= nearest.size:
            nearest.glyphs.append(mark)
    for line in lines:
        _lay_out(line)
    return [ln for ln in lines if ln.units]


def _lay_out(line: _Line) -> None:
    """Units left to right: marks joined to their letter, spaces where the gap is a space."""
    bases: list[_Glyph] = []
    marks: list[_Glyph] = []
    for glyph in sorted(line.glyphs, key=lambda g: (g.x0, g.x1)):
        text = _REPLACEMENT if _unmapped(glyph.text) else glyph.text
        glyph.text = " " if text.isspace() else text
        kind = direction(glyph.text)
        (marks if kind == "M" else bases).append(glyph)
    bases = _without_overprint(bases)
    texts = [g.text for g in bases]
    for mark in marks:  # a haraka belongs to the letter whose box holds its ink
        centre = _ink_centre(mark)
        letters = [i for i, g in enumerate(bases) if g.text != " "]
        if not letters:
            continue
        owner = min(letters, key=lambda i: _distance(bases[i], centre))
        texts[owner] += mark.text
    units: list[str] = []
    previous: _Glyph | None = None
    for glyph, text in zip(bases, texts, strict=True):
        if previous is not None and text != " " and units and units[-1] != " ":
            if glyph.x0 - previous.x1 > 0.2 * max(glyph.size, previous.size):
                units.append(" ")
        if text == " " and (not units or units[-1] == " "):
            previous = glyph
            continue
        units.append(text)
        previous = glyph
    while units and units[-1] == " ":
        units.pop()
    line.units = units
    if not units:
        return
    line.rtl = is_rtl_line(units)
    line.text = "".join(units)
    ink = [g for g in bases if g.text != " "] or bases
    line.left, line.right = min(g.x0 for g in ink), max(g.x1 for g in ink)


def _without_overprint(glyphs: list[_Glyph]) -> list[_Glyph]:
    """Fake bold draws each glyph twice a hair apart; keep one."""
    kept: list[_Glyph] = []
    for glyph in glyphs:
        if kept and kept[-1].text == glyph.text and abs(kept[-1].x0 - glyph.x0) < 0.1 * glyph.size:
            continue
        kept.append(glyph)
    return kept


def _ink_centre(mark: _Glyph) -> float:
    """Where a haraka is drawn: zero-advance marks are inked just right of their origin."""
    if mark.x1 - mark.x0 > 0.05 * mark.size:
        return (mark.x0 + mark.x1) / 2
    return mark.x0 + 0.2 * mark.size


def _distance(glyph: _Glyph, x: float) -> float:
    return 0.0 if glyph.x0 <= x <= glyph.x1 else min(abs(glyph.x0 - x), abs(glyph.x1 - x))


def _drawn_mirrored(rtl_lines: list[_Line]) -> bool:
    """True only when the whole document's word edges clearly prefer the mirrored reading."""
    if not rtl_lines:
        return False
    as_drawn = sum(reversal_score("".join(visual_to_logical(ln.units))) for ln in rtl_lines)
    mirrored = sum(reversal_score("".join(visual_to_logical(ln.units[::-1]))) for ln in rtl_lines)
    return mirrored > 0 and as_drawn < 0 and mirrored - as_drawn >= 3


def _drop_page_numbers(lines: list[_Line]) -> list[_Line]:
    """A bare number as the first or last line of a page is a page number, not article text."""
    if lines and _PAGE_NUMBER.match(lines[-1].text) and len(lines[-1].text) <= 12:
        lines = lines[:-1]
    if len(lines) > 1 and _PAGE_NUMBER.match(lines[0].text) and len(lines[0].text) <= 12:
        lines = lines[1:]
    return lines


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Wrapped lines joined with spaces; a wider gap, a size change or a short line ends one."""
    if not lines:
        return []
    pitches = [a.y0 - b.y0 for a, b in zip(lines, lines[1:], strict=False) if a.y0 > b.y0]
    # The usual distance between lines; capped by the type size, since in a text of one-line
    # paragraphs every gap is a paragraph gap and the median alone would hide them all.
    size = statistics.median(ln.size for ln in lines)
    pitch = min(statistics.median(pitches), 1.5 * size) if pitches else 1.5 * size
    column_left = min(ln.left for ln in lines)
    column_right = max(ln.right for ln in lines)
    short = 0.15 * (column_right - column_left)
    paragraphs: list[list[str]] = [[lines[0].text]]
    for prev, line in zip(lines, lines[1:], strict=False):
        gap = prev.y0 - line.y0
        ended = (
            gap > 1.45 * pitch
            or abs(prev.size - line.size) > 0.15 * max(prev.size, line.size)
            or prev.rtl != line.rtl
            or (prev.rtl and prev.left > column_left + short)
            or (not prev.rtl and prev.right < column_right - short)
        )
        if ended:
            paragraphs.append([line.text])
        else:
            paragraphs[-1].append(line.text)
    return [" ".join(p) for p in paragraphs]


def _stem(path: Path) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return shown_name(os.path.splitext(name)[0])
