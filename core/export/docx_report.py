"""The report as a Word document (.docx), for analysts who hand reports to colleagues editing in Word.

The content is the HTML report's (core/export/report.py), for the same scope and language: the
headline totals, the totals by event type, governorate and actor, the incidents per day, the map
and the incident table with its summaries — built from the same functions, so the two never
disagree. Rejected incidents are listed struck through only when the export includes them, and
never counted; corroborating reports are folded (`scope`), as in every format.

Word lays Arabic out right to left only when told: an Arabic paragraph carries `w:bidi`, an Arabic
run `w:rtl` (and its language `w:lang w:bidi`), Arabic tables `w:bidiVisual` (first column at the
right); the fonts name a complex-script face (`w:rFonts w:cs`, Arial: on every machine Word runs
on, with Arabic letters). In "ar" the whole document is right to left, its sections and its
styles too, so what a colleague types next is right to left as well.

Pictures: the chart and the map are SVGs, which core cannot draw (it has no graphics library).
`picture(svg) -> PNG bytes | None` draws them; the desktop part passes Qt's renderer
(gui/export_docx.py), so `marsad export --format docx` and the Export dialog include them.
Without one (`python -m core.cli`), the map is left out and the per-day numbers are a table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from datetime import datetime, timezone
from functools import cache
from io import BytesIO
from typing import IO, Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_DIRECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.table import _Cell

from core.export.charts import day_chart_svg, map_svg
from core.export.report import (ARABIC_STATUS, TOP_ACTORS, acled_arabic, arabic_headline_lines, arabic_people,
                                arabic_place, arabic_scope, casualty_counts, check_lang, day_label, headline_lines,
                                incident_header, map_svg_points, people, place_columns, report_annotations,
                                report_sources, report_summary, report_totals,
                                sorted_incidents, total_names, undated_note, unknown_mark, unmapped_note, words)
from core.export.scope import Selection
from core.export.totals import UNKNOWN, incident_day, is_rejected
from core.text.arabic import ARABIC_BLOCKS, has_arabic

Picture = Callable[[str], bytes | None]  # an SVG → PNG bytes (None: it could not be drawn)

FONT = "Arial"  # Latin and Arabic (w:cs): installed wherever Word is
ARABIC_LANG = "ar-YE"
BODY_PT, TABLE_PT, INCIDENT_PT = 10, 9, 8
HEADER_FILL = "F0EDE4"  # the HTML report's header colour
REJECTED_GREY = "888888"
PAGE_MARGIN = Mm(15)
FIGURE_WIDTH_MM = 165  # of the 180 mm an A4 portrait page leaves: the 640-px SVGs
# The incident table's columns (the header of report.py's `incident_header`) as shares of a
# landscape A4 page's width; the shares of gui/export_pdf.py, the summaries a little wider.
EN_COLUMN_SHARES = (8, 9, 9, 8, 10, 7, 17, 16, 9, 7)
AR_COLUMN_SHARES = (9, 11, 12, 14, 9, 27, 10, 8)

# Letters of the Arabic blocks; a run may hold spaces, digits and punctuation between letters
# («مقتل 12 حوثيا» is one right-to-left run).
_AR = ARABIC_BLOCKS
_ARABIC_RUN = re.compile(rf"[{_AR}](?:[{_AR}\s\d\u060c\u061b\u061f\u00ab\u00bb.,:;()/\-–]*[{_AR}])?")
_LATIN_RUN = re.compile(r"[A-Za-z](?:[A-Za-z0-9 .,'’&/_\-]*[A-Za-z0-9])?")
_SVG_SIZE = re.compile(r'<svg\b[^>]*?\bwidth="(\d+(?:\.\d+)?)"[^>]*?\bheight="(\d+(?:\.\d+)?)"')
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # no XML for them
_SPACES = str.maketrans("\t\r\n", "   ")  # a cell's own lines are its paragraphs
# Unicode direction marks the HTML and Markdown reports use; Word has its own (w:bidi, w:rtl).
_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))

# Element orders of the schema (Word refuses a file whose properties are out of order).
_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_RPR_AFTER_SZCS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                   "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_SECTPR_AFTER_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")
_TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                   "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")
_TRPR_AFTER_HEADER = ("w:ins", "w:del", "w:trPrChange")


def _set_bidi(paragraph_format_element: Any) -> None:
    """`w:bidi` on a pPr: the paragraph reads right to left (and starts at the right)."""
    if paragraph_format_element.find(qn("w:bidi")) is None:
        paragraph_format_element.insert_element_before(OxmlElement("w:bidi"), *_PPR_AFTER_BIDI)


def _fonts(rpr: Any, size: float | None = None) -> None:
    """Arial for every script, and the size for the complex scripts (Arabic) as for Latin."""
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), FONT)
    if size is not None:
        rpr.get_or_add_sz().val = Pt(size)
        szcs = rpr.find(qn("w:szCs"))
        if szcs is None:
            szcs = OxmlElement("w:szCs")
            rpr.insert_element_before(szcs, *_RPR_AFTER_SZCS)
        szcs.set(qn("w:val"), str(round(size * 2)))


def _arabic_lang(rpr: Any) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, *_RPR_AFTER_LANG)
    lang.set(qn("w:bidi"), ARABIC_LANG)


class _Writer:
    """One report being built: the document, its language and its picture drawer."""

    def __init__(self, lang: str, picture: Picture | None) -> None:
        self.lang, self.ar, self.tr = lang, lang == "ar", words(lang)
        self.picture = picture
        self.doc = Document()
        self._styles()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        self._margins(section)
        if self.ar:
            self._section_bidi(section)

    # ------------------------------------------------------------------ document set-up

    def _styles(self) -> None:
        styles = self.doc.styles
        sizes = {"Normal": BODY_PT, "Heading 1": 18, "Heading 2": 14, "Heading 3": 11}
        for name, size in sizes.items():
            style = styles[name]
            rpr = style.element.get_or_add_rPr()
            _fonts(rpr, size)
            if self.ar:
                _arabic_lang(rpr)
                _set_bidi(style.element.get_or_add_pPr())
                style.font.rtl = True
        self.doc.core_properties.title = self.tr("Marsad incident report")
        self.doc.core_properties.author = "Marsad"
        self.doc.core_properties.language = "ar" if self.ar else "en"

    @staticmethod
    def _margins(section: Any) -> None:
        section.left_margin = section.right_margin = PAGE_MARGIN
        section.top_margin = section.bottom_margin = PAGE_MARGIN

    @staticmethod
    def _section_bidi(section: Any) -> None:
        sect = section._sectPr
        if sect.find(qn("w:bidi")) is None:
            sect.insert_element_before(OxmlElement("w:bidi"), *_SECTPR_AFTER_BIDI)

    # ------------------------------------------------------------------ text

    def runs(self, paragraph: Any, text: str, *, arabic: bool = False, size: float | None = None,
             bold: bool = False, struck: bool = False) -> None:
        """`text` as runs, the right-to-left ones marked `w:rtl` (and Arabic in language). `arabic`
        (Arabic text: the Arabic report's, an Arabic cell): all of it but its Latin words, digits
        and punctuation included («القتلى 8، الجرحى 22»); otherwise only its Arabic stretches. The
        direction marks of the other formats are dropped: Word has its own."""
        text = text.translate(_MARKS)
        pos = 0
        for m in (_LATIN_RUN if arabic else _ARABIC_RUN).finditer(text):
            if m.start() > pos:
                self._run(paragraph, text[pos:m.start()], arabic, size, bold, struck)
            self._run(paragraph, m.group(0), not arabic, size, bold, struck)
            pos = m.end()
        if pos < len(text):
            self._run(paragraph, text[pos:], arabic, size, bold, struck)

    def _run(self, paragraph: Any, text: str, rtl: bool, size: float | None, bold: bool, struck: bool) -> None:
        """One run, built from a copy of its properties' element (python-docx's property setters
        cost a millisecond a run: 10,000 incidents are 100,000 runs)."""
        run = OxmlElement("w:r")
        run.append(deepcopy(_run_properties(rtl, size, bold, struck)))
        t = OxmlElement("w:t")
        t.text = _XML_INVALID.sub("", text.translate(_SPACES))
        if t.text != t.text.strip():
            t.set(qn("xml:space"), "preserve")
        run.append(t)
        paragraph._p.append(run)

    def paragraph(self, container: Any, text: str, *, kind: str = "", style: str | None = None,
                  size: float | None = None, bold: bool = False, struck: bool = False, first: bool = False) -> Any:
        """A paragraph of `text` in `container` (the document or a cell; `first`: the cell's own
        empty paragraph). `kind`: "ar" Arabic (right to left even in the English report), "n" a
        number and "ltr" left-to-right text (a date, counts: left to right even in the Arabic
        report; «#5 سبأ نت» starts at the right there), "" the report's language."""
        para = container.paragraphs[0] if first else container.add_paragraph(style=style)
        if style and first:
            para.style = style
        arabic = kind == "ar" or (self.ar and kind == "")
        rtl = arabic or (self.ar and kind == "ltr") or (kind == "" and has_arabic(text) and not _latin_start(text))
        if rtl:
            _set_bidi(para._p.get_or_add_pPr())
        self.runs(para, text, arabic=arabic, size=size, bold=bold, struck=struck)
        return para

    def heading(self, text: str, level: int) -> Any:
        return self.paragraph(self.doc, text, style=f"Heading {level}")

    # ------------------------------------------------------------------ tables

    def table(self, header: list[str], rows: list[list[tuple[str, Any]]], *, size: float = TABLE_PT,
              widths_mm: list[float] | None = None, struck_rows: frozenset[int] = frozenset()) -> Any:
        """A grid table; each cell is (kind, text or a list of its lines): "ar" an Arabic cell (right to left even in the
        English report), "n" a number, "ltr" left-to-right text (a date, counts, «#5 …»), "" the
        report's own direction. The header row repeats on every page; the Arabic report's tables
        run right to left (`w:bidiVisual`)."""
        table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        if self.ar:
            table.table_direction = WD_TABLE_DIRECTION.RTL
        if widths_mm:
            table.autofit = False
            for column, width in zip(table.columns, widths_mm, strict=True):
                column.width = Mm(width)
        # Each row's cells straight from its <w:tr>: python-docx's `row.cells` lays out the whole
        # table's grid for every row (10,000 incidents took a minute).
        rows_cells = [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]
        _repeat_header(table._tbl.tr_lst[0])
        for cell, text in zip(rows_cells[0], header, strict=True):
            self.paragraph(cell, text, size=size, bold=True, first=True)
            _shade(cell)
        for i, (cells, values) in enumerate(zip(rows_cells[1:], rows, strict=True)):
            struck = i in struck_rows
            for cell, (kind, text) in zip(cells, values, strict=True):
                self._cell(cell, kind, text, size, struck)
        if widths_mm:
            for cells in rows_cells:
                for cell, width in zip(cells, widths_mm, strict=True):
                    cell.width = Mm(width)
        self.paragraph(self.doc, "")  # Word joins two tables that touch
        return table

    def _cell(self, cell: Any, kind: str, text: str | list[str], size: float, struck: bool) -> None:
        for n, line in enumerate(text if isinstance(text, list) and text else [text] if text else [""]):
            para = self.paragraph(cell, line, kind=kind, size=size, struck=struck, first=n == 0)
            if kind == "n":
                # numbers end the cell: at the right in English, at the left in the Arabic report
                para.alignment = WD_ALIGN_PARAGRAPH.LEFT if self.ar else WD_ALIGN_PARAGRAPH.RIGHT

    # ------------------------------------------------------------------ pictures

    def figure(self, svg: str) -> bool:
        """The SVG drawn as a picture (True), or nothing when there is no drawer or it failed."""
        if not svg or self.picture is None:
            return False
        png = self.picture(svg)
        if not png:
            return False
        size = _SVG_SIZE.search(svg)
        width = float(size.group(1)) if size else 640.0
        para = self.doc.add_paragraph()
        if self.ar:
            _set_bidi(para._p.get_or_add_pPr())
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run().add_picture(BytesIO(png), width=Mm(FIGURE_WIDTH_MM * min(1.0, width / 640.0)))
        return True

    def landscape_section(self) -> Any:
        """A new landscape A4 section (the incident table's columns need the width)."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if self.ar:  # the paragraph that ends the first section (it holds that section's properties)
            _set_bidi(self.doc.paragraphs[-1]._p.get_or_add_pPr())
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        self._margins(section)
        if self.ar:
            self._section_bidi(section)
        return section


@cache
def _run_properties(rtl: bool, size: float | None, bold: bool, struck: bool) -> Any:
    """A run's `w:rPr`, in the schema's order: Arial for every script; bold and the size for the
    complex scripts (Arabic) as for Latin; a rejected incident struck through in grey; a
    right-to-left run `w:rtl`, its language Arabic."""
    parts = [f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>']
    if bold:
        parts += ["<w:b/>", "<w:bCs/>"]
    if struck:
        parts += ["<w:strike/>", f'<w:color w:val="{REJECTED_GREY}"/>']
    if size is not None:
        parts += [f'<w:sz w:val="{round(size * 2)}"/>', f'<w:szCs w:val="{round(size * 2)}"/>']
    if rtl:
        parts += ["<w:rtl/>", f'<w:lang w:bidi="{ARABIC_LANG}"/>']
    return parse_xml(f"<w:rPr {nsdecls('w')}>{''.join(parts)}</w:rPr>")


def _latin_start(text: str) -> bool:
    """An English paragraph quoting Arabic (a search «صعدة» in the scope) stays left to right:
    its first strong letter is Latin."""
    m = re.search(rf"[A-Za-z{_AR}]", text)
    return m is not None and m.group(0).isascii()


def _repeat_header(tr: Any) -> None:
    trpr = tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.insert_element_before(header, *_TRPR_AFTER_HEADER)


def _shade(cell: Any) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), HEADER_FILL)
    tcpr.insert_element_before(shd, *_TCPR_AFTER_SHD)


def _shares(shares: tuple[int, ...], width_mm: float) -> list[float]:
    total = sum(shares)
    return [width_mm * s / total for s in shares]


def export_time(when: datetime) -> str:
    """The export time as «2026-11-29 00:52 UTC» (in UTC): Word takes no direction marks, and an ISO
    time's «T» and offset break it into pieces in a right-to-left paragraph; date, time and «UTC»
    stay whole and in reading order either way."""
    return f"{when.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC"


def write_report_docx(out: IO[bytes], selection: Selection, *, lang: str = "en", picture: Picture | None = None) -> int:
    """The report as a Word document in `lang` ("en" or "ar": right to left throughout); returns the
    incidents listed. `picture` draws the chart and the map (see the module's doc)."""
    check_lang(lang)
    wr = _Writer(lang, picture)
    ar, tr, doc = wr.ar, wr.tr, wr.doc
    records = sorted_incidents(selection.incidents)
    t = report_totals(records, lang)
    mark = unknown_mark(lang)  # a killed cell's deaths of unknown number: «12 + ?»

    wr.heading(tr("Marsad incident report"), 1)
    scope = arabic_scope(selection.description) if ar else selection.description
    para = wr.paragraph(doc, f"{tr('Scope')}: {scope} · {tr('exported')} ")
    wr.runs(para, export_time(selection.exported_at))
    headline = arabic_headline_lines(t, len(selection.bundles)) if ar else headline_lines(t, len(selection.bundles))
    for line in headline:
        wr.paragraph(doc, line, style="List Bullet")

    kind, gov, who = total_names(lang)
    name_kind = "ar" if ar else ""
    wr.heading(tr("By event type"), 3)
    wr.table([tr("Event type"), tr("Incidents"), tr("Killed")],
             [[(name_kind, kind(k)), ("n", str(n)), ("n", t.killed("event_type", k, mark))]
              for k, n in t.by_event_type.most_common()], widths_mm=[80, 25, 25])  # fmt: skip
    wr.heading(tr("By governorate"), 3)
    wr.table([tr("Governorate"), tr("Incidents"), tr("Killed")],
             [[(name_kind, gov(k)), ("n", str(n)), ("n", t.killed("governorate", k, mark))]
              for k, n in t.by_governorate.most_common()], widths_mm=[80, 25, 25])  # fmt: skip
    wr.heading(tr("By actor"), 3)
    wr.table([tr("Actor"), tr("Incidents")],
             [[(name_kind, who(k)), ("n", str(n))] for k, n in t.by_actor.most_common(TOP_ACTORS)],
             widths_mm=[105, 25])  # fmt: skip

    wr.heading(tr("Per day"), 2)
    chart = day_chart_svg(dict(t.by_day), title=tr("Incidents per day"))
    if not chart:
        wr.paragraph(doc, tr("No dated incidents."))
    elif not wr.figure(chart):  # no picture: the numbers, as the Markdown report gives them
        wr.table([tr("Day"), tr("Incidents"), tr("Killed")],
                 [[("ltr" if k != UNKNOWN else name_kind, day_label(k, lang)), ("n", str(n)), ("n", t.killed("day", k, mark))]
                  for k, n in sorted(t.by_day.items())],
                 widths_mm=[40, 25, 25])  # fmt: skip
    elif t.by_day.get(UNKNOWN):
        wr.paragraph(doc, undated_note(t.by_day[UNKNOWN], lang))

    points = map_svg_points(records, lang)
    svg = map_svg(points, title=tr("Incident locations"))
    if not svg or wr.picture is not None:  # without a drawer the map is left out, heading and all
        wr.heading(tr("Map"), 2)
        if not svg or not wr.figure(svg):
            wr.paragraph(doc, tr("No incident has coordinates.") if not svg else "")
        if len(points) < t.incidents:
            wr.paragraph(doc, unmapped_note(t.incidents - len(points), lang))

    section = wr.landscape_section()
    width_mm = (section.page_width - section.left_margin - section.right_margin) / Mm(1)
    wr.heading(tr("Incidents"), 2)
    rows, struck = [], set()
    for i, rec in enumerate(records):
        inc = rec.incident
        status = inc.get("analyst_status") or "machine"
        if status == "rejected" or is_rejected(rec):
            struck.add(i)
        kind_of = inc.get("sub_event_type") or inc.get("event_type") or ""
        if ar:
            rows.append([
                ("ltr", incident_day(rec)), ("ar", acled_arabic(kind_of)), ("ar", arabic_place(inc)),
                ("ar", arabic_people(inc)), ("ar", casualty_counts(inc, "ar")), ("ar", report_summary(rec, "ar")),
                ("ltr", report_sources(rec, isolate=False, lang="ar")), ("ar", ARABIC_STATUS.get(status, status)),
            ])  # fmt: skip
            continue
        en, place_ar = place_columns(inc)
        rows.append([
            ("", incident_day(rec)), ("", kind_of), ("", en), ("ar", place_ar), ("", people(inc)),
            ("n", casualty_counts(inc)), ("", report_summary(rec)), ("ar", report_summary(rec, "ar")),
            ("ltr", report_sources(rec, isolate=False)), ("", status),
        ])  # fmt: skip
    wr.table(incident_header(lang), rows, size=INCIDENT_PT,
             widths_mm=_shares(AR_COLUMN_SHARES if ar else EN_COLUMN_SHARES, width_mm), struck_rows=frozenset(struck))
    _notes(wr, selection)
    doc.save(out)
    return len(records)


def _notes(wr: _Writer, selection: Selection) -> None:
    """The analyst's highlights and notes, per article after the incidents (`report_annotations`,
    as the Markdown and HTML reports list them): the quote (the article's Arabic) right to left and
    indented, a note in its own direction."""
    notes = report_annotations(selection, wr.lang)
    if not notes:
        return
    wr.heading(wr.tr("Analyst's notes"), 2)
    for art in notes:
        wr.paragraph(wr.doc, art.title, kind="ar" if has_arabic(art.title) else "", style="Heading 3")
        wr.paragraph(wr.doc, art.meta)
        for head, quote, note in art.items:
            wr.paragraph(wr.doc, head, style="List Bullet", bold=True)
            for line in quote.splitlines():
                para = wr.paragraph(wr.doc, line, kind="ar" if has_arabic(line) else "")
                para.paragraph_format.left_indent = para.paragraph_format.right_indent = Mm(10)
            for line in note.splitlines():
                if has_arabic(line) and not _latin_start(line):
                    wr.paragraph(wr.doc, line, kind="ar")
                    continue
                para = wr.paragraph(wr.doc, line, kind="en")  # the analyst's English: left to right
                if wr.ar:  # even in the Arabic report, whose paragraphs are right to left by style
                    _set_bidi(para._p.get_or_add_pPr())
                    para._p.pPr.find(qn("w:bidi")).set(qn("w:val"), "0")
