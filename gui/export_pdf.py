"""The report as a PDF, drawn by Qt so Arabic is shaped and laid out right-to-left.

The content is `core.export.report`'s HTML report, not a second report: the PDF and the HTML
must never disagree. QTextDocument understands only a subset of HTML/CSS, so the HTML is made
Qt-friendly here: the inline SVG chart and map become images rendered with QSvgRenderer, the
stylesheet is replaced by one Qt follows (points, not pixels; no flexbox, no attribute selectors),
table captions become headings, and every Arabic run is set in the bundled Amiri so the PDF looks
the same on a machine without an Arabic font. The document is then paginated onto an A4
QPdfWriter with a page-number footer.

Qt needs a QGuiApplication even to lay out text; `ensure_gui_application` makes an offscreen one
when none exists (the CLI's `marsad export --format pdf`). Rendering works on a worker thread:
it touches no widget, only a QTextDocument, QImages and the writer it owns.
"""

from __future__ import annotations

import io
import re
from html import escape
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QFont, QFontDatabase, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter,
                           QPdfWriter, QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextOption)
from PySide6.QtSvg import QSvgRenderer

from core.export.report import words, write_report_html
from core.export.scope import Selection
from core.text.arabic import ARABIC_BLOCKS

RESOLUTION_DPI = 300
MARGINS_MM = QMarginsF(15, 14, 15, 12)
FOOTER_PT = 7.5
BODY_PT = 8.5
TABLE_PT = 7.5  # the incident table: ten columns on a portrait A4 page
IMAGE_OVERSAMPLE = 3  # SVGs are rasterised at 3× their CSS size: sharp at 300 dpi
ARABIC_FAMILY = "Amiri"
# The Latin text's font, first one installed wins; Amiri (bundled, with Latin letters) is the last resort.
LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Segoe UI", "Helvetica")
TITLE = "Marsad incident report"

Progress = Callable[[int, int, str], None]
Checkpoint = Callable[[], None]

# Letters of the Arabic blocks; a run may hold spaces, digits and Arabic punctuation between letters.
_AR = ARABIC_BLOCKS
_ARABIC_RUN = re.compile(rf"[{_AR}](?:[{_AR}\u064b-\u065f\u0670\s\d\u060c\u061b\u061f.,:()/\-]*[{_AR}])?")
_SVG = re.compile(r"<svg\b[^>]*>.*?</svg>", re.S)
_SVG_SIZE = re.compile(r'<svg\b[^>]*?\bwidth="(\d+(?:\.\d+)?)"[^>]*?\bheight="(\d+(?:\.\d+)?)"')
_STYLE = re.compile(r"<style>.*?</style>", re.S)
_CAPTION = re.compile(r"<table><caption>(.*?)</caption>", re.S)
_GRID = re.compile(r'<div class="grid">\s*(.*?)\s*</div>', re.S)
_TABLE = re.compile(r"<h3>.*?</table>", re.S)
_TOTALS_LIST = re.compile(r'<ul class="totals"[^>]*>(.*?)</ul>', re.S)
_ITEM = re.compile(r"<li>(.*?)</li>", re.S)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_CELL = re.compile(r"<t([hd])\b[^>]*>.*?</t\1>", re.S)
# The incident table's columns (report.py's header), as shares of the page width.
# Date and Status hold one unbreakable word each («2015-08-01», «confirmed»): wide enough for it.
# Lines break between words only (see `paginate`): a column is never narrower than its longest
# word («Government», «Headquarters»), whatever its share; the shares divide what is left.
# Qt widens a column whose longest word is wider than its share (Place's «Muqdadiyah,», Status's
# «confirmed», Date) and takes the difference mostly from the Arabic summary, whose words are short:
# with Date 9, Place 8, Reports and Status 8 it was drawn at about a tenth of the table, two or three
# words a line in Amiri's tall lines, and a 20-article corpus report took 14 pages. These shares
# (session 43) are about what those columns take anyway, so the summaries keep theirs: 11 pages.
INCIDENT_COLUMN_WIDTHS = {"Date": 10, "Type": 9, "Place": 11, "المكان": 8, "Actors": 9,
                          "Killed / injured / captured": 10, "Summary": 12, "الملخص": 15, "Reports": 8, "Status": 8}
# The Arabic report's eight columns (its header, report.py's `incident_header("ar")`), widest the summary.
ARABIC_COLUMN_WIDTHS = {"التاريخ": 9, "النوع": 11, "المكان": 12, "الأطراف": 14, "قتلى / جرحى / أسرى": 11,
                        "الملخص": 27, "البلاغات": 8, "الحالة": 8}
ROUNDING_SLACK = 0.003  # of the page width: Qt's column widths may add up to a pixel or two more
FIGURE_SCALE = 0.8  # of the SVG's own size: the 640-px map then fills about two thirds of the width
_TEXT_NODE = re.compile(r">([^<]+)<")


def _px(pt: float) -> int:
    """`pt` points in CSS pixels (96 per inch): QTextDocument reads a cell's CSS padding in px only
    (a pt value is dropped) and scales px to its paint device, the writer's 300 dpi."""
    return round(pt * 96 / 72)


CELL_PADDING_PT = (1.5, 3.0)  # above and below, at the sides: the text keeps off the borders
TOTALS_GAP_PT = 10  # between the totals tables side by side

# What QTextDocument follows: class and descendant selectors, pt sizes, cell borders and padding (px).
QT_CSS = f"""
body {{ font-size: {BODY_PT}pt; color: #222; }}
h1 {{ font-size: 16pt; margin-bottom: 4pt; }}
h2 {{ font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }}
h3 {{ font-size: 9.5pt; margin-top: 8pt; margin-bottom: 2pt; }}
table {{ border-collapse: collapse; margin-bottom: 6pt; }}
th {{ background-color: #f0ede4; font-weight: bold; border: 1px solid #bbb; padding: {_px(CELL_PADDING_PT[0])}px {_px(CELL_PADDING_PT[1])}px; }}
td {{ border: 1px solid #ccc; padding: {_px(CELL_PADDING_PT[0])}px {_px(CELL_PADDING_PT[1])}px; vertical-align: top; }}
td.n {{ text-align: right; }}
td.ar {{ font-family: '{ARABIC_FAMILY}'; font-size: {BODY_PT + 1.5}pt; }}
table.incidents td, table.incidents th {{ font-size: {TABLE_PT}pt; }}
table.incidents td.ar {{ font-size: {TABLE_PT + 1.5}pt; line-height: 80%; }}
td.cell {{ border: none; padding: 0px; padding-right: {_px(TOTALS_GAP_PT)}px; }}
td.cellr {{ border: none; padding: 0px; padding-left: {_px(TOTALS_GAP_PT)}px; }}
tr.rejected td {{ color: #888; text-decoration: line-through; }}
.ar {{ font-family: '{ARABIC_FAMILY}'; font-size: {BODY_PT + 1.5}pt; }}
h1 .ar {{ font-size: 18pt; }}
h2 .ar {{ font-size: 13.5pt; }}
h3 .ar {{ font-size: 10.5pt; }}
"""


class PdfError(RuntimeError):
    """The PDF could not be made (no Qt platform, writer failure)."""


@dataclass(frozen=True, slots=True)
class Figure:
    """An SVG of the report and the resource name its <img> points at."""

    name: str
    svg: str
    width: float
    height: float


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen QGuiApplication for headless use.

    The bundled fonts are registered either way: the PDF must not depend on system fonts.
    """
    from gui.fonts import load_bundled_fonts

    app = QGuiApplication.instance()
    if app is None:
        # "-platform offscreen" on the command line beats QT_QPA_PLATFORM: no display is needed.
        app = QGuiApplication(["marsad", "-platform", "offscreen"])
    if not isinstance(app, QGuiApplication):
        raise PdfError("a PDF needs a QGuiApplication, and a QCoreApplication is already running")
    load_bundled_fonts()
    return app


def qt_report_html(selection: Selection, lang: str = "en") -> tuple[str, list[Figure]]:
    """The HTML report (in `lang`) rewritten for QTextDocument, and the figures its <img> tags name."""
    buf = io.StringIO()
    write_report_html(buf, selection, lang=lang)
    html = _STYLE.sub(lambda _m: f"<style>{QT_CSS}</style>", buf.getvalue(), count=1)
    figures: list[Figure] = []

    def to_image(match: re.Match[str]) -> str:
        svg = match.group(0)
        size = _SVG_SIZE.search(svg)
        width, height = (float(size.group(1)), float(size.group(2))) if size else (640.0, 400.0)
        fig = Figure(f"marsad-figure-{len(figures)}", svg, width, height)
        figures.append(fig)
        return f'<img src="{fig.name}" width="{width * FIGURE_SCALE:.0f}" height="{height * FIGURE_SCALE:.0f}">'

    html = _SVG.sub(to_image, html)
    html = html.replace("<figure>", '<p align="center">').replace("</figure>", "</p>")
    # The incident table's caption repeats the heading above it; the other captions become headings.
    heading = escape(words(lang)("Incidents"))
    html = html.replace(f"<h2>{heading}</h2>\n<table><caption>{heading}</caption>",
                        f"<h2>{heading}</h2>\n<table class=\"incidents\">")
    html = _CAPTION.sub(r"<h3>\1</h3><table>", html)
    html = _GRID.sub(lambda m: _side_by_side(m, reverse=lang == "ar"), html, count=1)
    if lang == "ar":  # right to left: the blocks (Qt reads the body's dir) and the tables' columns
        # Qt indents a right-to-left list from the wrong side (a wide gap at the right) and sets its
        # bullets at the left: plain lines instead
        html = _TOTALS_LIST.sub(lambda m: "<p dir=\"rtl\">" + "<br>".join(_ITEM.findall(m.group(1))) + "</p>",
                                html, count=1)
        html = html.replace("<body>", '<body dir="rtl">', 1).replace("<table>", '<table dir="rtl">')
        html = html.replace('<table class="', '<table dir="rtl" class="')
    for name, share in (ARABIC_COLUMN_WIDTHS if lang == "ar" else INCIDENT_COLUMN_WIDTHS).items():
        html = html.replace(f"<th>{escape(name)}</th>", f'<th width="{share}%">{escape(name)}</th>', 1)
    html = html.replace('<td dir="rtl" lang="ar">', '<td dir="rtl" lang="ar" class="ar">')
    start = html.index(">", html.index("<body")) + 1  # «<body>», or «<body dir="rtl">» in Arabic
    return html[:start] + _TEXT_NODE.sub(_mark_arabic, html[start:]), figures


def _side_by_side(match: re.Match[str], reverse: bool = False) -> str:
    """The totals tables (a flexbox row in HTML) as the cells of one borderless layout table;
    `reverse` (the Arabic report) puts the first at the right, where a right-to-left reader starts,
    and each table's columns right to left: Qt lays out a table nested in a cell left to right,
    whatever its `dir` (only the first one follows it), so the cells are written in that order."""
    tables = _TABLE.findall(match.group(1))
    if reverse:
        tables = [_ROW.sub(_reversed_row, t).replace("<table>", '<table dir="ltr">', 1) for t in tables]
    # the gap goes after each table in reading order: at its right in English, its left in Arabic
    cell = "cellr" if reverse else "cell"
    cells = "".join(f'<td class="{cell}">{t}</td>' for t in (reversed(tables) if reverse else tables))
    align = ' align="right"' if reverse else ""  # the Arabic report's start is the right
    return f'<table class="layout"{align}><tr>{cells}</tr></table>'


def _reversed_row(match: re.Match[str]) -> str:
    return "<tr>" + "".join(reversed([m.group(0) for m in _CELL.finditer(match.group(1))])) + "</tr>"


def _mark_arabic(match: re.Match[str]) -> str:
    text = _ARABIC_RUN.sub(lambda m: f'<span class="ar">{m.group(0)}</span>', match.group(1))
    return f">{text}<"


def render_figure(fig: Figure, scale: float = IMAGE_OVERSAMPLE) -> QImage:
    """The SVG as a white-backed image, `scale` times its nominal size."""
    renderer = QSvgRenderer(QByteArray(fig.svg.encode("utf-8")))
    if not renderer.isValid():
        raise PdfError(f"{fig.name}: the report's SVG could not be read")
    image = QImage(round(fig.width * scale), round(fig.height * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def latin_family() -> str:
    installed = set(QFontDatabase.families())
    return next((f for f in LATIN_FAMILIES if f in installed), ARABIC_FAMILY)


def build_document(selection: Selection, checkpoint: Checkpoint | None = None, lang: str = "en") -> QTextDocument:
    """The report as a QTextDocument with its figures attached (not yet laid out on pages)."""
    html, figures = qt_report_html(selection, lang)
    doc = QTextDocument()
    font = QFont()
    font.setFamilies([latin_family(), ARABIC_FAMILY])
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    for fig in figures:
        if checkpoint:
            checkpoint()
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(fig.name), render_figure(fig))
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, words(lang)(TITLE))
    if lang == "ar":
        option = doc.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        doc.setDefaultTextOption(option)
    return doc


def paginate(doc: QTextDocument, width: float, page_height: float) -> None:
    """Lay `doc` out on pages of `width` × `page_height` (device units of its paint device).

    Lines break between words, so a narrow column is widened to its longest word rather than
    cutting «Government» into «Governm / ent»; only when some word is too long for any table
    that fits the page (a long URL) may lines break inside words again. A heading never ends
    a page: one whose next line lands on the next page starts that page.
    """
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setPageSize(QSizeF(width, page_height))
    if doc.documentLayout().documentSize().width() > width * (1 + ROUNDING_SLACK):
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
    keep_headings_with_next(doc, page_height)


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> int:
    """Start a new page before each heading whose first line of content is on a later page than
    the heading (a heading alone at a page's foot). Of a table, that is its first row under the
    header rows, which are repeated on every page anyway; a first row that would stand mostly
    on the next page takes its heading there too. Returns how many headings moved."""
    layout = doc.documentLayout()

    def page(block: QTextBlock) -> int:
        return int(layout.blockBoundingRect(block).top() // page_height)

    def content_page(block: QTextBlock) -> int:
        """The page of a paragraph's first line: a line that does not fit is moved to the next page
        while its block's rectangle still starts on this one (the map's picture, taller than what
        was left of page 1 under its heading, left the heading alone at the page's foot). A table
        cell's block is placed by the table: its rectangle is where it is drawn."""
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        if QTextCursor(block).currentTable() is None and lines is not None and lines.lineCount():
            top += lines.lineAt(0).y()
        return int(top // page_height)

    def row_mostly_later(block: QTextBlock) -> bool:
        """A table's first row that runs onto the next page with less than half of it under its
        heading: the date, place and a line of summary of the first incident stood at the foot
        of page 1 of the sample library's report, the rest of its row on page 2 (Qt splits a
        row wherever a cell's first line fits). A row taller than a page is left to split."""
        table = QTextCursor(block).currentTable()
        if table is None:
            return False
        cell = table.cellAt(block.position())
        row = cell.row() if cell.isValid() else -1
        if row < 0:
            return False
        top = min(layout.blockBoundingRect(table.cellAt(row, c).firstCursorPosition().block()).top()
                  for c in range(table.columns()))
        bottom = max(layout.blockBoundingRect(table.cellAt(row, c).lastCursorPosition().block()).bottom()
                     for c in range(table.columns()))
        page_end = (int(top // page_height) + 1) * page_height
        return page_end < bottom and bottom - top < page_height and page_end - top < (bottom - top) / 2

    moved = 0
    block = doc.begin()
    while block.isValid():
        follower = _first_content_after(block)
        if block.blockFormat().headingLevel() and follower is not None \
                and (content_page(follower) > page(block) or row_mostly_later(follower)):
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(fmt)
            moved += 1
        block = block.next()
    return moved


def _first_content_after(heading: QTextBlock) -> QTextBlock | None:
    block = heading.next()
    while block.isValid() and not block.text().strip() and QTextCursor(block).currentTable() is None:
        block = block.next()  # empty paragraphs between a heading and its content
    if not block.isValid():
        return None
    table = QTextCursor(block).currentTable()
    if table is not None and table != QTextCursor(heading).currentTable():
        first_row = min(table.format().headerRowCount(), table.rows() - 1)
        return table.cellAt(first_row, 0).firstCursorPosition().block()
    return block


def render_pdf(device: QIODevice | str, selection: Selection, *, checkpoint: Checkpoint | None = None,
               on_progress: Progress | None = None, lang: str = "en") -> int:
    """Draw the report in `lang` ("en" or "ar") on A4 pages into `device` (an open QIODevice or a
    file name); returns pages. The Arabic report reads right to left, its footer too.

    `checkpoint()` is called between figures and pages and may raise to cancel;
    `on_progress(done, total, message)` reports pages.
    """
    ensure_gui_application()
    doc = build_document(selection, checkpoint, lang)
    ar, title = lang == "ar", words(lang)(TITLE)
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("Marsad")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    # Lay out for the writer: point sizes, image sizes and cell padding (px) scale to its 300 dpi.
    doc.documentLayout().setPaintDevice(writer)
    footer_font = QFont()
    footer_font.setFamilies([ARABIC_FAMILY, latin_family()] if ar else [latin_family()])
    footer_font.setPointSizeF(FOOTER_PT)
    footer_h = 2.6 * FOOTER_PT * RESOLUTION_DPI / 72
    width, body_h = float(writer.width()), float(writer.height()) - footer_h
    paginate(doc, width, body_h)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError("Qt could not start the PDF")
    try:
        for page in range(pages):
            if checkpoint:
                checkpoint()
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body_h)
            doc.drawContents(painter, QRectF(0, page * body_h, width, body_h))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            footer = QRectF(0, body_h, width, footer_h)
            scope, number = _footer(selection, page + 1, pages, lang)
            start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
            if ar:
                start, end = end, start
            painter.drawText(footer, int(start | Qt.AlignmentFlag.AlignBottom), scope)
            painter.drawText(footer, int(end | Qt.AlignmentFlag.AlignBottom), number)
            if on_progress:
                on_progress(page + 1, pages, f"PDF page {page + 1} of {pages}")
    finally:
        painter.end()
    return pages


def _footer(selection: Selection, page: int, pages: int, lang: str) -> tuple[str, str]:
    """The footer's two texts: the report's title and scope, and the page number."""
    if lang == "ar":
        from core.export.report import arabic_scope

        return f"{words(lang)(TITLE)} · {arabic_scope(selection.description)}", f"صفحة {page} من {pages}"
    return f"{TITLE} · {selection.description}", f"page {page} of {pages}"


def pdf_bytes(selection: Selection, *, checkpoint: Checkpoint | None = None,
              on_progress: Progress | None = None, lang: str = "en") -> bytes:
    """The whole PDF in memory (a one-article report is a few hundred KB)."""
    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise PdfError("could not open a memory buffer for the PDF")
    render_pdf(buffer, selection, checkpoint=checkpoint, on_progress=on_progress, lang=lang)
    buffer.close()
    return bytes(data.data())


def write_pdf_stream(out: IO[bytes], selection: Selection, *, checkpoint: Checkpoint | None = None,
                     on_progress: Progress | None = None, lang: str = "en") -> int:
    """The `pdf` export format's writer (see core.export.register_format): returns incidents."""
    out.write(pdf_bytes(selection, checkpoint=checkpoint, on_progress=on_progress, lang=lang))
    return len(selection.incidents)


def write_pdf(path: Path | str, selection: Selection, *, force: bool = False, checkpoint: Checkpoint | None = None,
              on_progress: Progress | None = None, lang: str = "en") -> int:
    """Write the report PDF to `path` atomically (never over an existing file unless `force`)."""
    from core.export.atomic import atomic_output

    with atomic_output(Path(path), binary=True, force=force) as out:
        return write_pdf_stream(out, selection, checkpoint=checkpoint, on_progress=on_progress, lang=lang)
