"""The PDF report: the seed article's report as a PDF, read back (pdfminer) and drawn (pdftoppm).

What a reader of the PDF must get: every page numbered, the tables' text, the map and chart
drawn, and Arabic set in the bundled Amiri, shaped (contextual letter forms, not isolated
letters) and right-to-left. pdftoppm comes from poppler-utils (build_scripts/system_deps.sh).
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTChar
from PySide6.QtGui import QColor, QImage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "export"))
from export_fixtures import make_bundle, make_incident  # noqa: E402
from pdf_reading import chars as pdf_chars  # noqa: E402

from core.export.charts import _BAR, map_svg  # noqa: E402
from core.export.scope import ExportError, selection_from_bundles  # noqa: E402
from gui.export_pdf import qt_report_html, render_figure, write_pdf  # noqa: E402

# The colours core/export/charts.py draws with: the map's background, the bars, the place dots.
MAP_BACKGROUND = QColor(re.search(r'<rect x="0" y="0"[^>]*fill="(#[0-9a-f]{6})"', map_svg([
    {"lon": 44.0, "lat": 14.0, "label": ""}])).group(1))
BAR = QColor(_BAR)
_OPACITY = float(re.search(r'fill-opacity="([0-9.]+)"', map_svg([{"lon": 44.0, "lat": 14.0, "label": ""}])).group(1))
DOT = QColor(*(round(_OPACITY * getattr(BAR, c)() + (1 - _OPACITY) * getattr(MAP_BACKGROUND, c)())
               for c in ("red", "green", "blue")))  # a translucent dot over the background


def pdf_pages(path: Path) -> list[list[LTChar]]:
    return [list(pdf_chars(page)) for page in extract_pages(str(path))]


def rasterise(pdf: Path, out_dir: Path, dpi: int = 60) -> list[Path]:
    """PNG pages drawn by poppler, an independent PDF reader (not Qt)."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out_dir / "page")], check=True,
                   capture_output=True, timeout=120)
    return sorted(out_dir.glob("page-*.png"))


def count_near(image: QImage, colour: QColor, tolerance: int = 14, step: int = 2) -> int:
    """Pixels (sampled every `step`) within `tolerance` of `colour` on each channel."""
    n = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            p = image.pixelColor(x, y)
            if (abs(p.red() - colour.red()) <= tolerance and abs(p.green() - colour.green()) <= tolerance
                    and abs(p.blue() - colour.blue()) <= tolerance):
                n += 1
    return n


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, shared_data, qapp):  # type: ignore[no-untyped-def]
    """The seed article imported (and analysed) into a fresh store, its report written as a PDF."""
    from core import store
    from core.export import select
    from core.ingest.importer import import_paths

    folder = tmp_path_factory.mktemp("seed_pdf")
    db = store.open_db(folder / "seed.db")
    report = import_paths(db, [shared_data / "seed" / "dhale_bayda_2015.txt"])
    assert report.added == 1 and not report.errors
    selection = select(db, article_ids=report.added_ids)
    db.conn.close()
    assert selection.incidents, "the seed article should yield incidents"
    pdf = folder / "seed.pdf"
    assert write_pdf(pdf, selection) == len(selection.incidents)
    return pdf, selection, folder


def test_seed_report_pages_are_numbered_and_hold_the_tables(seed_report) -> None:
    pdf, selection, _ = seed_report
    assert pdf.read_bytes().startswith(b"%PDF-")
    pages = pdf_pages(pdf)
    assert len(pages) >= 2  # totals, map and a table of 8 incidents do not fit on one A4 page
    texts = [extract_text(str(pdf), page_numbers=[i]) for i in range(len(pages))]
    for number, text in enumerate(texts, start=1):
        assert re.search(rf"page\s*{number}\s*of\s*{len(pages)}", text), f"page {number} has no page number"
    first = re.sub(r"\s+", " ", texts[0])
    assert "Marsad incident report" in first and "By event type" in first and "Map" in first
    # Every incident's English summary is in the table (cells wrap, so the words are compared).
    words = set(unicodedata.normalize("NFKC", " ".join(texts)).split())  # NFKC: the font's «ﬁ» ligature
    for record in selection.incidents:
        summary = (record.incident.get("summary_en") or "").split()
        assert summary and not [w for w in summary if w not in words]
    # The incident table's header row is repeated on each page it runs over.
    assert sum("Killed" in re.sub(r"\s+", "", t) and "Status" in t for t in texts) >= 2


def test_seed_report_arabic_is_amiri_and_shaped(seed_report) -> None:
    pdf, _selection, _ = seed_report
    chars = [c for page in pdf_pages(pdf) for c in page]
    amiri = [c for c in chars if "Amiri" in c.fontname]
    arabic = [c for c in amiri if re.match(r"[\u0600-\u06ff]", c.get_text())]
    contextual = [c for c in amiri if c.get_text().startswith("(cid:")]
    assert len(arabic) > 50, "the Arabic summaries and places are set in the bundled Amiri"
    # Joined (initial/medial/final) forms come from shaping; Qt's PDF maps only nominal letters
    # back to text, so shaped glyphs read back as (cid:N). Unshaped text would have none.
    assert len(contextual) > len(arabic) / 2
    assert not [c for c in chars if re.match(r"[\u0600-\u06ff]", c.get_text()) and "Amiri" not in c.fontname]


def test_seed_report_png_pages_show_the_map(seed_report, tmp_path) -> None:
    pdf, _selection, folder = seed_report
    pngs = rasterise(pdf, tmp_path)
    assert len(pngs) == len(pdf_pages(pdf))
    first = QImage(str(pngs[0]))
    assert not first.isNull()
    sampled = (first.width() // 2) * (first.height() // 2)
    assert count_near(first, MAP_BACKGROUND, 3) > sampled * 0.1  # the map's sand background
    assert count_near(first, DOT, 12, step=1) > 20  # its place dots


def dated_selection():  # type: ignore[no-untyped-def]
    """Two articles, incidents on three days, with Arabic chosen to test direction and shaping:
    «دار زور» has only letters that never join to the next one (each drawn in its plain form),
    «بيت» only letters that join (drawn in contextual forms)."""
    incidents = [
        make_incident(date="2015-08-01", summary_ar="دار زور بيت", summary_en="Fighting at Dar",
                      location={"text": "دار", "name_ar": "دار", "name_en": "Dar", "admin1_ar": "", "admin1_en": "",
                                "lat": 14.0, "lon": 44.5, "country": "Yemen"}),
        make_incident(date="2015-08-03", summary_en="Shelling near Damt"),
    ]
    other = [make_incident(date="2015-08-05", summary_en="Strike in Taiz", location={
        "text": "تعز", "name_ar": "تعز", "name_en": "Taiz", "admin1_en": "Taiz", "lat": 13.58, "lon": 44.02})]
    return selection_from_bundles([make_bundle(1, incidents), make_bundle(2, other)], description="test scope")


def test_arabic_runs_right_to_left_with_joined_letters(tmp_path) -> None:
    pdf = tmp_path / "dated.pdf"
    write_pdf(pdf, dated_selection())
    chars = [c for page in pdf_pages(pdf) for c in page if "Amiri" in c.fontname]
    text = [c.get_text() for c in chars]
    # Find «دار زور» in reading order; its letters must go from right to left on the page.
    start = next(i for i in range(len(text) - 6)
                 if [t for t in text[i:i + 7] if t.strip()] == ["د", "ا", "ر", "ز", "و", "ر"])
    run = [c for c in chars[start:start + 7] if c.get_text().strip()]
    xs = [c.x0 for c in run]
    assert xs == sorted(xs, reverse=True) and xs[0] - xs[-1] > 10
    assert len({round(c.y0) for c in run}) == 1
    # «بيت» follows in joined forms: none of its letters read back as a plain (isolated) letter.
    after = [c for c in chars[start + 7:start + 12]
             if round(c.y0) == round(run[0].y0) and 0 < run[-1].x0 - c.x0 < 40 and c.get_text().strip()]
    assert after and all(c.get_text().startswith("(cid:") for c in after)


def test_chart_and_map_are_drawn(tmp_path) -> None:
    pdf = tmp_path / "dated.pdf"
    write_pdf(pdf, dated_selection())
    first = QImage(str(rasterise(pdf, tmp_path, dpi=50)[0]))
    # Chart bars are solid BAR; the map is its background colour.
    assert count_near(first, BAR, 10, step=1) > 100
    assert count_near(first, MAP_BACKGROUND, 3) > 1000
    assert "Per day" in re.sub(r"\s+", " ", extract_text(str(pdf), page_numbers=[0]))


def test_qt_html_has_no_svg_and_names_its_figures(qapp) -> None:
    html, figures = qt_report_html(dated_selection())
    assert "<svg" not in html and len(figures) == 2  # the chart and the map
    for fig in figures:
        assert f'<img src="{fig.name}"' in html
        image = render_figure(fig, scale=1)
        assert (image.width(), image.height()) == (round(fig.width), round(fig.height))
        assert count_near(image, QColor("white"), 0) < image.width() * image.height() / 4  # not blank
    assert "display:flex" not in html and "<caption>" not in html
    assert '<span class="ar">دار زور بيت</span>' in html
    assert 'class="incidents"' in html


def test_cancelled_pdf_leaves_the_old_file(tmp_path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"previous")

    class Stop(Exception):
        pass

    def checkpoint() -> None:
        raise Stop()

    with pytest.raises(Stop):
        write_pdf(out, dated_selection(), force=True, checkpoint=checkpoint)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary file left behind
    with pytest.raises(ExportError, match="exists"):
        write_pdf(out, dated_selection())


def test_each_status_and_date_fits_on_one_line_of_its_column(tmp_path) -> None:
    """The Date and Status columns are wide enough for their one word: «confirmed» was cut to
    «confirme / d», «2015-08-01» to «2015-08- / 01»."""
    statuses = ["confirmed", "edited", "added", None]
    incidents = [make_incident(date=f"2015-08-0{i + 1}", analyst_status=s) for i, s in enumerate(statuses)]
    pdf = tmp_path / "statuses.pdf"
    write_pdf(pdf, selection_from_bundles([make_bundle(1, incidents)], description="statuses"))
    words = unicodedata.normalize("NFKC", extract_text(str(pdf))).split()  # NFKC: the font's «ﬁ» ligature
    assert {"confirmed", "edited", "added", "machine", "2015-08-01", "2015-08-04"} <= set(words)
