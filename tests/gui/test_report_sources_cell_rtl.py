"""The reports column of the Arabic report (HTML, and the PDF Qt draws from it): every line reads
«#1 alriyadh», the last one too — it was drawn «alriyadh #1» (its isolated name took the right-to-left
cell's direction at the cell's end)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from core.export.report import _reports_td


def _lines_in_visual_order(html: str) -> list[tuple[str, bool]]:
    doc = QTextDocument()
    doc.setHtml(html)
    doc.setTextWidth(400)
    doc.size()  # lays the document out: a block's lines exist only then
    out = []
    block = doc.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for start in [0] + [i + 1 for i, ch in enumerate(text) if ch == "\u2028"]:
            end = text.find("\u2028", start)
            line_text = text[start:end if end >= 0 else len(text)]
            if "#" not in line_text:
                continue
            hash_at = start + line_text.index("#")
            name_at = start + line_text.index(" ", line_text.index("#")) + 2  # past the space and the isolate mark
            line = layout.lineForTextPosition(hash_at)
            assert line.isValid()
            out.append((line_text.strip("\u200e\u2068\u2069"), line.cursorToX(hash_at)[0] < line.cursorToX(name_at)[0]))
        block = block.next()
    return out


def test_each_report_line_reads_left_to_right_in_an_arabic_cell(qapp):
    cells = [["#22 3alyoum", "#1 alriyadh"], ["#29 alriyadh", "#27 aljazirah"], ["#1 alriyadh"]]
    rows = "".join("<tr><td>نص عربي</td>" + _reports_td([f"{s.split()[0]} \u2068{s.split()[1]}\u2069" for s in c]) + "</tr>"
                   for c in cells)
    html = f'<html dir="rtl"><body dir="rtl"><table dir="rtl">{rows}</table></body></html>'
    lines = _lines_in_visual_order(html)
    assert len(lines) == 5
    assert all(left_to_right for _, left_to_right in lines), lines
