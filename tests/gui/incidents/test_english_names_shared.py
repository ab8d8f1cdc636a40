"""The English interface and the reports take English names and the English summary from one
core function each (`core.text.transliterate.english_name`, `english_summary`): the incident
table, the summary tab's map and the report say the same thing of the same incident."""

from __future__ import annotations

import io
import sys
from html import escape
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core" / "export"))
from export_fixtures import make_bundle, make_incident  # noqa: E402

from core.export.report import map_svg_points, write_report_html  # noqa: E402
from core.export.scope import selection_from_bundles  # noqa: E402
from core.text.transliterate import english_name, english_summary  # noqa: E402
from gui.incidents.model import summary_text  # noqa: E402
from gui.summary.data import map_points  # noqa: E402

CAMP = {"text": "معسكر لبوزة", "name_ar": "معسكر لبوزة", "name_en": "", "admin1_ar": "لحج", "admin1_en": "Lahij",
        "lat": 13.05, "lon": 44.6}
TRIBE = {"text": "قبائل آل مرة", "name_ar": "قبائل آل مرة", "name_en": ""}
HOUTHIS = {"text": "الحوثيين", "name_ar": "الحوثيون", "name_en": "Houthis"}
# A place the gazetteer does not know, in a governorate core has only in Arabic.
VALLEY = {"text": "وادي المسيل", "name_ar": "وادي المسيل", "name_en": "", "admin1_ar": "لحج", "admin1_en": "",
          "lat": 13.1, "lon": 44.7}
INCIDENTS = [
    make_incident(actor1=TRIBE, actor2=HOUTHIS, location=CAMP,
                  summary_en="Clashes between قبائل آل مرة and Houthis near معسكر لبوزة (Lahij)"),
    make_incident(actor1=HOUTHIS, actor2=TRIBE, location=VALLEY,
                  summary_en="Shelling by Houthis on قبائل آل مرة in وادي المسيل (لحج)"),
    make_incident(summary_en="12 Houthi fighters killed, 22 injured near Damt"),  # no Arabic: as written
]
EXPECTED = [
    "Clashes between Qaba'il Al Mara and Houthis near Labouza Camp (Lahij)",
    "Shelling by Houthis on Qaba'il Al Mara in Wadi Al Masil (Lahij)",
    "12 Houthi fighters killed, 22 injured near Damt",
]


@pytest.mark.parametrize("n", range(len(INCIDENTS)))
def test_the_incident_table_and_the_report_give_one_english_summary(n: int) -> None:
    """The table had its own copy of the rewrite, without the governorate: «(لحج)» stayed Arabic
    in the English interface where the report reads "(Lahij)"."""
    inc = INCIDENTS[n]
    assert english_summary(inc) == EXPECTED[n]
    assert summary_text(inc) == EXPECTED[n]
    out = io.StringIO()
    write_report_html(out, selection_from_bundles([make_bundle(1, [inc])], description="names"))
    assert f"<td>{escape(EXPECTED[n])}</td>" in out.getvalue()


def test_the_summary_map_and_the_report_map_name_places_alike() -> None:
    records = selection_from_bundles([make_bundle(1, INCIDENTS)], description="names").incidents
    points, unlocated = map_points(records)
    assert unlocated == 0
    assert [p.place for p in points] == [p["label"] for p in map_svg_points(records)] == [
        "Labouza Camp", "Wadi Al Masil", "Damt"]
    assert [p.place_ar for p in points] == ["معسكر لبوزة", "وادي المسيل", "دمت"]


def test_english_name_of_a_dict_or_a_plain_name() -> None:
    assert english_name(HOUTHIS) == "Houthis"
    assert english_name(CAMP) == "Labouza Camp"
    assert english_name({"text": "ISIS", "name_ar": "", "name_en": ""}) == "ISIS"
    assert english_name("معسكر لبوزة") == "Labouza Camp"
    assert english_name(None) == english_name({}) == ""


# A quarter of Taizz the analysis placed without an English name: the gazetteer spells it "Ad Dabab",
# letter by letter it is "Al Dbab".
DABAB = {"text": "الضباب", "name_ar": "الضباب", "name_en": "", "admin1_ar": "تعز", "admin1_en": "Taizz",
         "lat": 13.55, "lon": 43.95}


def test_a_place_is_named_alike_in_the_table_the_csv_its_notes_the_report_and_the_map() -> None:
    """The ACLED `location` column took the gazetteer's spelling («Ad Dabab») while the same row's
    `notes`, the incident table, the summary map and the reports spelled the Arabic letter by
    letter («near Al Dbab (Taizz)»): an analyst matching the CSV against the panel found two names."""
    from core.export.acled import record_rows
    from gui.incidents.model import COLUMNS

    inc = make_incident(location=DABAB, actor1=HOUTHIS, summary_en="Shelling by Houthis near الضباب (Taizz)")
    records = selection_from_bundles([make_bundle(1, [inc])], description="names").incidents
    [row] = list(record_rows(records))
    location_cell = next(read for header, read, *_ in COLUMNS if header == "Location")
    assert row["location"] == location_cell(inc) == "Ad Dabab"
    assert row["notes"].startswith("Shelling by Houthis near Ad Dabab (Taizz)")
    assert summary_text(inc) == english_summary(inc) == "Shelling by Houthis near Ad Dabab (Taizz)"
    points, _ = map_points(records)
    assert [p.place for p in points] == [p["label"] for p in map_svg_points(records)] == ["Ad Dabab"]
    out = io.StringIO()
    write_report_html(out, selection_from_bundles([make_bundle(1, [inc])], description="names"))
    assert "Ad Dabab, Taizz" in out.getvalue() and "Al Dbab" not in out.getvalue()
