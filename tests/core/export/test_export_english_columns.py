"""ACLED's English columns are English in every incident format: core's English name, else the
gazetteer's English form, else the Arabic spelled in Latin letters; the Arabic is kept in its own
columns (`actor1_ar`, `actor2_ar`, `assoc_actor_1_ar`, `assoc_actor_2_ar`, `location_ar`,
`admin1_ar`, `admin2_ar`), so nothing the analysis read is lost."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import openpyxl
import pytest

from core.export import select
from core.export.acled import COLUMNS, write_acled_csv
from core.export.geo import KML_NS, write_geojson, write_kml
from core.export.xlsx import write_xlsx
from core.ingest.model import ArticleIn
from core.pipeline import analyze
from core.store import add_article, open_db, save_analysis

from export_fixtures import make_bundle, make_incident

ARABIC = re.compile("[\u0600-\u06ff]")
ENGLISH_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "admin1", "admin2", "admin3", "location",
                   "notes", "summary_en")
# Written for this test: a generic armed group («المليشيات», no party of its own in the article) clashing
# with the army near a camp the gazetteer does not hold, then shelling a village.
ARTICLE = ("قتل ثلاثة من عناصر المليشيات وأصيب خمسة آخرون في اشتباكات مع قوات الجيش الوطني قرب معسكر "
           "لبوزة في محافظة لحج، وقصفت المليشيات قرية الحيمة بمديرية الصلو في تعز.")


def csv_rows(selection) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    write_acled_csv(out, selection.incidents, timestamp=1)
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    db = open_db(tmp_path_factory.mktemp("en") / "m.db")
    article, _ = add_article(db, ArticleIn(title="اشتباكات في لحج", text=ARTICLE, source="مصدر", published="2016-03-02"))
    save_analysis(db, article, analyze(ARTICLE, "2016-03-02", "").to_dict())
    return select(db, article_ids=[article])


def test_the_written_article_exports_english_columns_and_keeps_the_arabic(written):
    rows = csv_rows(written)
    assert len(rows) >= 2
    for row in rows:
        for column in ENGLISH_COLUMNS:
            assert not ARABIC.search(row[column]), (column, row[column])
    # the generic word, in an article naming no non-state actor, is an unidentified armed group (never
    # a party of no name spelled in Latin letters); its Arabic in its own column
    militia = [r for r in rows if "Unidentified Armed Group (Yemen)" in (r["actor1"], r["actor2"])]
    assert militia, rows
    for row in militia:
        side = "actor1" if row["actor1"] == "Unidentified Armed Group (Yemen)" else "actor2"
        assert ARABIC.search(row[side + "_ar"]), row
    assert {r["admin1"] for r in rows} >= {"Lahij", "Taizz"}
    assert {r["admin1_ar"] for r in rows} >= {"لحج", "تعز"}
    assert all(r["location_ar"] for r in rows) and all(r["location"] for r in rows)


def test_a_place_without_english_takes_the_gazetteers_form_else_a_spelling(selection_of):
    village = {"text": "الحيمه", "name_ar": "الحيمه", "name_en": "", "kind": "village", "admin1_ar": "تعز",
               "admin1_en": "Taizz", "country": "Yemen", "lat": 13.3, "lon": 43.6}
    camp = {"text": "معسكر لبوزة", "name_ar": "معسكر لبوزة", "name_en": "", "admin1_ar": "لحج", "admin1_en": "",
            "admin2_ar": "تبن", "admin2_en": "", "country": "Yemen"}
    rows = csv_rows(selection_of([make_bundle(1, [make_incident(location=village), make_incident(location=camp)])]))
    assert rows[0]["location"] == "Al Hymh"  # the gazetteer's English of the Taizz village (not "Al Hima")
    assert rows[1]["location"] == "Labouza Camp" and rows[1]["location_ar"] == "معسكر لبوزة"
    assert rows[1]["admin1"] == "Lahij" and rows[1]["admin1_ar"] == "لحج"  # the governorate's English
    assert rows[1]["admin2"] and not ARABIC.search(rows[1]["admin2"]) and rows[1]["admin2_ar"] == "تبن"


def test_associated_actors_are_english_with_their_arabic_beside(selection_of):
    inc = make_incident(assoc_actor_1=[{"text": "رجال القبائل", "name_ar": "رجال القبائل", "name_en": ""},
                                       {"text": "التحالف", "name_ar": "التحالف", "name_en": "Saudi-led Coalition"}],
                        actor2={"text": "المسلحين", "name_ar": "", "name_en": ""})
    row = csv_rows(selection_of([make_bundle(1, [inc])]))[0]
    assert row["assoc_actor_1"] == "Rajal Al Qaba'il; Saudi-led Coalition"
    assert row["assoc_actor_1_ar"] == "رجال القبائل; التحالف"
    assert row["actor2"] == "Al Maslahin" and row["actor2_ar"] == "المسلحين"


def test_every_incident_format_has_the_same_english_and_arabic(written):
    rows = csv_rows(written)
    geo = io.StringIO()
    write_geojson(geo, written)
    features = json.loads(geo.getvalue())["features"]
    kml = io.StringIO()
    write_kml(kml, written)
    marks = ET.fromstring(kml.getvalue()).iter(f"{{{KML_NS}}}Placemark")
    book = io.BytesIO()
    write_xlsx(book, written)
    sheet = openpyxl.load_workbook(book)["incidents"]
    header = [c.value for c in sheet[1]]
    assert header == list(COLUMNS)
    for column in ("actor1", "actor2", "location", "admin1", "actor1_ar", "actor2_ar", "location_ar"):
        csv_values = sorted(r[column] for r in rows)
        xlsx_values = sorted(str(r[header.index(column)].value or "") for r in sheet.iter_rows(min_row=2))
        assert xlsx_values == csv_values
        located = {r["event_id_cnty"]: r[column] for r in rows if r["latitude"]}
        assert {f["id"]: f["properties"][column] for f in features} == located
    for mark in marks:
        name = mark.find(f"{{{KML_NS}}}name").text
        assert not ARABIC.search(name.split("—")[-1]), name  # the place of a placemark's name is English
