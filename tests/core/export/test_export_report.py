"""Markdown and HTML reports: totals, the incident table, inline charts, Arabic marked RTL."""

from __future__ import annotations

import base64
import html
import io
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from core.export.charts import day_chart_svg, map_svg
from core.export.report import write_report_html, write_report_md

from export_fixtures import make_bundle, make_incident


def sample(selection_of):
    battle = make_incident()
    strike = make_incident(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                           date="2015-08-07", fatalities=None, injured=3, flags=["fatalities_unknown"],
                           summary_ar="غارة جوية على الزاهر | البيضاء", summary_en="Air strike on al-Zahir",
                           location={**make_incident()["location"], "name_en": "Al Zahir", "name_ar": "الزاهر",
                                     "admin1_en": "Al Bayda", "admin1_ar": "البيضاء", "lat": 13.9, "lon": 45.4})  # fmt: skip
    again = make_incident(fatalities=14)  # the same clash, reported by a second outlet
    return selection_of([make_bundle(1, [battle, strike]), make_bundle(2, [again], source="الرياض")])


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rtl_cells: list[str] = []
        self._in_rtl = False

    def handle_starttag(self, tag, attrs):
        self._in_rtl = tag == "td" and ("dir", "rtl") in attrs
        if self._in_rtl:
            self.rtl_cells.append("")

    def handle_endtag(self, tag):
        if tag == "td":
            self._in_rtl = False

    def handle_data(self, data):
        if self._in_rtl:
            self.rtl_cells[-1] += data


def test_html_report_totals_table_and_rtl_cells(selection_of):
    out = io.StringIO()
    assert write_report_html(out, sample(selection_of)) == 2
    html = out.getvalue()
    assert "2 incidents from 2 articles" in html
    assert "12 killed, 25 injured" in html  # the corroborating report (14 killed) not added
    assert "1 corroborating report counted once" in html
    assert "1 incident with deaths but no number" in html
    cells = _Cells()
    cells.feed(html)
    assert "غارة جوية على الزاهر | البيضاء" in cells.rtl_cells
    assert "الزاهر، البيضاء" in cells.rtl_cells
    assert html.count("<svg") == 2
    # one line per report, each read left to right («#1 عكاظ»), the Arabic name isolated: two
    # Arabic names joined by "; " ran together right to left ("#2 ;نت سبأ")
    assert "<td>\u200e#1 \u2068عكاظ\u2069\u200e<br>\u200e#2 \u2068الرياض\u2069\u200e</td>" in html
    # self-contained: no scripts, no external resources
    assert "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_markdown_report_has_tables_and_embedded_svg(selection_of):
    out = io.StringIO()
    write_report_md(out, sample(selection_of))
    md = out.getvalue()
    assert "| Explosions/Remote violence | 1 | ? |" in md  # deaths of unknown number: no bare 0
    assert "| Al Dhale'e | 1 | 12 |" in md
    assert "\u2067غارة جوية على الزاهر \\| البيضاء\u2069" in md  # isolated RTL, pipe escaped
    images = re.findall(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", md)
    assert len(images) == 2
    for data in images:
        ET.fromstring(base64.b64decode(data))  # valid XML


def test_day_chart_fills_gaps_and_map_plots_each_place():
    svg = day_chart_svg({"2015-08-05": 2, "2015-08-08": 1, "unknown": 4})
    root = ET.fromstring(svg)
    bars = root.findall("{http://www.w3.org/2000/svg}rect")
    assert len(bars) == 4  # 5th..8th August, the empty days drawn as zero
    assert [float(b.get("height")) > 0 for b in bars] == [True, False, False, True]
    long_span = ET.fromstring(day_chart_svg({"2015-01-01": 1, "2015-12-31": 1}))
    assert len(long_span.findall("{http://www.w3.org/2000/svg}rect")) == 12  # by month
    assert day_chart_svg({}) == ""
    svg = map_svg([{"lon": 44.7, "lat": 14.1, "label": "دمت"}, {"lon": 44.7, "lat": 14.1, "label": "دمت"},
                   {"lon": 45.4, "lat": 13.9, "label": "الزاهر"}])  # fmt: skip
    circles = ET.fromstring(svg).findall("{http://www.w3.org/2000/svg}circle")
    assert len(circles) == 2
    (east,) = [c for c in circles if "الزاهر" in c.find("{http://www.w3.org/2000/svg}title").text]
    (west,) = [c for c in circles if "دمت" in c.find("{http://www.w3.org/2000/svg}title").text]
    assert float(east.get("cx")) > float(west.get("cx"))  # east is right
    assert float(east.get("cy")) > float(west.get("cy"))  # south is lower


def test_day_chart_labels_stay_inside_the_picture():
    import math

    from core.export.charts import LABEL_CHAR_WIDTH

    ns = "{http://www.w3.org/2000/svg}"
    for days in (3, 30, 90):  # a wide bar and thin ones: the first label's end sits under its bar
        by_day = {f"2015-07-{d:02d}" if d <= 31 else f"2015-08-{d - 31:02d}": 1 for d in range(1, days + 1)}
        root = ET.fromstring(day_chart_svg({k: v for k, v in list(by_day.items())[:days]}))
        labels = [t for t in root.findall(f"{ns}text") if "rotate" in (t.get("transform") or "")]
        first = labels[0]
        reach = LABEL_CHAR_WIDTH * len(first.text) * math.cos(math.radians(40))
        assert float(first.get("x")) - reach >= 0
        for label in labels:  # and their lower-left ends above the picture's foot
            drop = LABEL_CHAR_WIDTH * len(label.text) * math.sin(math.radians(40))
            assert float(label.get("y")) + drop <= float(root.get("height")), label.text


def test_reports_sort_an_added_incident_beside_machine_ones_of_its_day(selection_of):
    """An analyst-added incident is numbered «a<id>», machine ones by int: on the same day in the
    same article the sort compared the two and every report (md, html, and so pdf) crashed."""
    added = make_incident(seq=None, analyst_status="added", override_id=7, summary_en="Added by hand")
    machine = make_incident()
    later = make_incident(seq=None, analyst_status="added", override_id=12, summary_en="Added later")
    selection = selection_of([make_bundle(1, [machine, later, added])])
    assert [rec.number for rec in selection.incidents] == [1, "a12", "a7"]
    html, md = io.StringIO(), io.StringIO()
    assert write_report_html(html, selection) == 3
    assert write_report_md(md, selection) == 3
    text = md.getvalue()
    assert text.index("12 Houthi fighters killed") < text.index("Added by hand") < text.index("Added later")


def test_rejected_incidents_shown_on_request_are_in_no_total(selection_of):
    """--include-rejected lists what the analyst rejected, struck through, for review; the
    headline, tables, per-day chart, map and JSON totals counted them as incidents (a rejected
    «20 killed» added 20 to the report's deaths)."""
    import json

    from core.export.json_doc import write_json

    kept = make_incident(fatalities=12)
    wrong = make_incident(analyst_status="rejected", fatalities=20, date="2015-08-09", location={
        **make_incident()["location"], "name_en": "Mukayras", "lat": 13.9, "lon": 45.6})
    sel = selection_of([make_bundle(1, [kept, wrong])], include_rejected=True)
    html = io.StringIO()
    assert write_report_html(html, sel) == 2  # both rows are listed
    page = html.getvalue()
    assert "1 incident from 1 article" in page and "12 killed, 22 injured" in page
    assert "1 rejected incident listed" in page
    assert '<tr class="rejected">' in page and "2015-08-09: " not in page  # not on the day chart
    assert "Mukayras" not in page.split("<h2>Map</h2>")[1].split("<h2>")[0]  # nor on the map
    md = io.StringIO()
    write_report_md(md, sel)
    assert "- 12 killed, 22 injured" in md.getvalue() and "| Battles | 1 | 12 |" in md.getvalue()
    doc = io.StringIO()
    write_json(doc, sel)
    totals = json.loads(doc.getvalue())["totals"]
    assert (totals["incidents"], totals["fatalities"], totals["rejected"]) == (1, 12, 1)


def test_day_chart_gridlines_are_labelled_with_their_own_count():
    """The midline sat at half the peak and showed it rounded: a peak of 1 read «0, 0, 1», a peak
    of 3 put «2» at the height of 1.5 bars."""
    ns = "{http://www.w3.org/2000/svg}"
    for peak in (1, 2, 3, 7):
        root = ET.fromstring(day_chart_svg({"2015-08-04": peak, "2015-08-05": 1}))
        bar = next(r for r in root.findall(f"{ns}rect") if r.find(f"{ns}title").text == f"2015-08-04: {peak}")
        base, full = float(bar.get("y")) + float(bar.get("height")), float(bar.get("height"))
        ticks = [(int(t.text), float(t.get("y")) - 4) for t in root.findall(f"{ns}text") if t.get("text-anchor") == "end"
                 and "rotate" not in (t.get("transform") or "")]
        assert len({n for n, _ in ticks}) == len(ticks) and {0, peak} <= {n for n, _ in ticks}
        for n, y in ticks:
            assert abs((base - y) - full * n / peak) < 0.2, (peak, n)


def test_map_place_names_do_not_print_over_each_other():
    """The sample's Al Humayqan and Mukayras (0.2° apart) printed their names on top of each
    other in the report's map; a name now goes where it is free, or is left to the tooltip."""
    from core.export.charts import LABEL_CHAR_WIDTH, LABEL_HEIGHT

    ns = "{http://www.w3.org/2000/svg}"
    points = [{"lon": 45.48, "lat": 13.97, "label": "Al Humayqan", "count": 2},
              {"lon": 45.67, "lat": 13.94, "label": "Mukayras"},
              {"lon": 45.45, "lat": 14.11, "label": "Dhi Na'im"},
              {"lon": 45.58, "lat": 13.95, "label": "Az Zahir"},
              {"lon": 44.02, "lat": 13.58, "label": "تعز"}]  # fmt: skip
    root = ET.fromstring(map_svg(points))
    boxes = []
    for t in root.findall(f"{ns}text"):
        if t.text and t.text[0].isdigit():  # the degree grid
            continue
        w = LABEL_CHAR_WIDTH * len(t.text)
        left = float(t.get("x")) - {"end": w, "middle": w / 2}.get(t.get("text-anchor") or "", 0)
        boxes.append((t.text, left, float(t.get("y")) - 4 - LABEL_HEIGHT / 2, left + w, float(t.get("y")) - 4 + LABEL_HEIGHT / 2))
    for c in root.findall(f"{ns}circle"):  # nor over a dot
        x, y, r = (float(c.get(k)) for k in ("cx", "cy", "r"))
        boxes.append(("dot", x - r, y - r, x + r, y + r))
    names = [b[0] for b in boxes if b[0] != "dot"]
    assert "Al Humayqan" in names and "تعز" in names and len(names) >= 4
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[3] <= b[1] or b[3] <= a[1] or a[4] <= b[2] or b[4] <= a[2], (a[0], b[0])
    assert len(root.findall(f"{ns}circle")) == 5  # every place keeps its dot


def test_map_dot_shared_by_two_places_names_both():
    """The sample's Al Humayqan and Az Zahir have one position in the gazetteer: the dot read
    «Al Humayqan: 2 incidents», the Az Zahir air strike counted under Al Humayqan's name."""
    ns = "{http://www.w3.org/2000/svg}"
    root = ET.fromstring(map_svg([{"lon": 45.48333, "lat": 13.96667, "label": "Al Humayqan", "fatalities": 12},
                                  {"lon": 45.48333, "lat": 13.96667, "label": "Az Zahir"},
                                  {"lon": 45.48333, "lat": 13.96667, "label": "Al Humayqan"},
                                  {"lon": 44.02, "lat": 13.58, "label": "Taiz"}]))
    (shared,) = [c for c in root.findall(f"{ns}circle") if "incident" in c.find(f"{ns}title").text
                 and "3 incidents" in c.find(f"{ns}title").text]
    assert shared.find(f"{ns}title").text == "Al Humayqan, Az Zahir: 3 incidents, 12 killed"
    assert {t.text for t in root.findall(f"{ns}text")} >= {"Al Humayqan +1", "Taiz"}


def test_report_map_draws_the_coast_and_governorates_where_it_shows_yemen():
    """The report's map was points on a blank grid; the app's map has coast, border and
    governorate lines. Both draw the bundled outlines now — only those that reach the view."""
    ns = "{http://www.w3.org/2000/svg}"
    yemen = ET.fromstring(map_svg([{"lon": 44.7, "lat": 14.1, "label": "دمت"},
                                   {"lon": 45.0, "lat": 12.8, "label": "عدن"}]))
    layers = {p.get("class") for p in yemen.findall(f"{ns}polyline")}
    assert {"coast", "governorates"} <= layers
    for p in yemen.findall(f"{ns}polyline"):  # projected into the picture's frame, not raw degrees
        xs = [float(xy.split(",")[0]) for xy in p.get("points").split()]
        assert max(xs) > 0 and min(xs) < 640
    syria = ET.fromstring(map_svg([{"lon": 37.16, "lat": 36.2, "label": "حلب"}]))
    syria_layers = {p.get("class") for p in syria.findall(f"{ns}polyline")}
    # outside Yemen's box: none of Yemen's lines carried along, the region's borders drawn (session 37)
    assert not syria_layers & {"coast", "governorates", "countries"} and "region-countries" in syria_layers



def _unnamed_in_english(selection_of):
    """A clash at a camp the gazetteer does not know, by tribesmen the lexicon does not know: both
    have only Arabic names, and core's English summary gives them in Arabic."""
    inc = make_incident(
        actor1={"text": "قبائل آل مرة", "name_ar": "قبائل آل مرة", "name_en": "", "inter": None},
        location={"text": "معسكر لبوزة", "name_ar": "معسكر لبوزة", "name_en": "", "admin1_ar": "لحج",
                  "admin1_en": "", "lat": 13.17, "lon": 44.58},
        summary_en="Clashes between قبائل آل مرة and Popular Resistance near معسكر لبوزة (لحج)",
        summary_ar="اشتباكات بين قبائل آل مرة والمقاومة الشعبية قرب معسكر لبوزة (لحج)")
    return selection_of([make_bundle(1, [inc])])


@pytest.mark.parametrize("write", [write_report_html, write_report_md])
def test_report_english_columns_spell_arabic_only_names_in_latin_letters(selection_of, write):
    """The English columns (Place, Actors, Summary, the totals by actor and governorate, the map's
    labels) name an actor or a place of no English name in Latin letters, as the English interface
    does; the Arabic columns keep the Arabic. Before, the English Place held the governorate alone
    (in Arabic here), the Actors, the Summary and the totals by actor were half Arabic."""
    out = io.StringIO()
    write(out, _unnamed_in_english(selection_of))
    text = html.unescape(out.getvalue()).replace("\\'", "'")
    head, _, table = text.partition("Incidents\n") if write is write_report_md else text.partition("<h2>Incidents</h2>")
    assert "Labouza Camp, Lahij" in table  # the place, then its governorate (spelled as the gazetteer writes them in English)
    assert "Qaba'il Al Mara vs Popular Resistance" in table
    assert "Clashes between Qaba'il Al Mara and Popular Resistance near Labouza Camp (Lahij)" in table
    assert "Qaba'il Al Mara" in head and "Lahij" in head and not re.search("[\u0600-\u06ff]", head)  # totals, map
    svgs = ([base64.b64decode(b).decode() for b in re.findall(r"base64,([A-Za-z0-9+/=]+)", head)]
            if write is write_report_md else [head])
    assert any("Labouza Camp" in svg for svg in svgs)  # the map's label
    assert "معسكر لبوزة، لحج" in table  # the Arabic place column keeps the Arabic
    assert "اشتباكات بين قبائل آل مرة والمقاومة الشعبية" in table  # and the Arabic summary


def annotated(selection_of):
    """Article 1 with a highlight (its quote Arabic, the analyst's note English, on two lines) and a
    free note in Arabic; article 2 with none."""
    first = make_bundle(1, [make_incident()])
    first.highlights.append({"quote": "قتل 12 مسلحا في اشتباكات | عنيفة", "note": "Check the toll\n- later report",
                             "color": "yellow", "start": 10, "end": 40})
    first.notes.append({"body": "المصدر قريب من الحكومة"})
    return selection_of([first, make_bundle(2, [make_incident(fatalities=3)], source="الرياض")])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_reports_list_the_analysts_notes_after_the_incidents(selection_of, lang):
    md_out, html_out = io.StringIO(), io.StringIO()
    write_report_md(md_out, annotated(selection_of), lang=lang)
    write_report_html(html_out, annotated(selection_of), lang=lang)
    md, page = md_out.getvalue(), html_out.getvalue()
    heading = "ملاحظات المحلل" if lang == "ar" else "Analyst's notes"
    # after the incident table, once, with the one article that has any (its title isolated)
    assert md.index(f"## {heading}") > md.index("| 2015-08-05 |") and md.count("### ") == 1
    assert "### \u2068خبر 1\u2069" in md and "خبر 2" not in md.split(heading)[1]
    # the quote right to left (escaped), the note in its own direction, line by line
    assert "  > \u2067قتل 12 مسلحا في اشتباكات \\| عنيفة\u2069" in md
    assert "  \u2068Check the toll\u2069  \n  \u2068- later report\u2069" in md  # no list: isolated
    assert "\u2068المصدر قريب من الحكومة\u2069" in md
    assert ("تظليل (أصفر)" if lang == "ar" else "- Highlight (yellow)") in md
    assert page.index(f"<h2>{html.escape(heading)}</h2>") > page.index("<caption>")
    assert '<blockquote dir="rtl" lang="ar">قتل 12 مسلحا في اشتباكات | عنيفة</blockquote>' in page
    assert '<p dir="ltr">Check the toll<br>- later report</p>' in page  # by its first letter (Qt reads no "auto")
    assert '<p dir="rtl">المصدر قريب من الحكومة</p>' in page and '<h3 dir="rtl">خبر 1</h3>' in page


def test_no_notes_no_section(selection_of):
    out = io.StringIO()
    write_report_html(out, sample(selection_of))
    assert "Analyst's notes" not in out.getvalue() and "<blockquote" not in out.getvalue()
