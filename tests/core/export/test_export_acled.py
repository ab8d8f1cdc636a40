"""ACLED CSV: the column contract, reading back intact, formula neutralisation."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from core.export.acled import COLUMNS, incident_row, write_acled_csv
from core.export.cells import neutralise
from core.export.scope import ExportIncident

from export_fixtures import TRICKY_AR, make_bundle, make_incident

# ACLED's export columns, written out here on purpose (not imported from the code under test).
ACLED_31 = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip


def write(selection, **options) -> str:
    out = io.StringIO(newline="")
    write_acled_csv(out, selection.incidents, timestamp=1_438_732_800, **options)
    return out.getvalue()


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_starts_with_acleds_31_columns_in_order(selection_of):
    text = write(selection_of([make_bundle(1, [make_incident()])]))
    header = next(csv.reader(io.StringIO(text)))
    assert header[:31] == ACLED_31
    assert header[31:39] == ["injured", "captured", "equipment", "article_id", "article_title",
                             "evidence", "confidence", "analyst_status"]  # fmt: skip
    assert not text.startswith("\ufeff")


def test_row_reads_back_with_acled_values(selection_of):
    rows = read(write(selection_of([make_bundle(7, [make_incident()])])))
    assert len(rows) == 1
    row = rows[0]
    assert row["event_id_cnty"] == "YEMM7-1"
    assert (row["event_date"], row["year"], row["iso"], row["country"], row["region"]) == (
        "2015-08-05", "2015", "887", "Yemen", "Middle East")  # fmt: skip
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("2", "3", "23")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("14.08", "44.73", "2")
    assert (row["fatalities"], row["injured"], row["captured"]) == ("12", "22", "")
    assert row["equipment"] == "2 armed vehicles destroyed"  # plural (session 43)
    assert row["source"] == "عكاظ; المركز الإعلامي"
    assert row["timestamp"] == "1438732800"
    assert row["analyst_status"] == "machine"


def test_arabic_emoji_and_combining_marks_survive(selection_of):
    inc = make_incident(summary_ar=TRICKY_AR, location={**make_incident()["location"], "name_ar": TRICKY_AR})
    row = read(write(selection_of([make_bundle(1, [inc], title=TRICKY_AR)])))[0]
    assert row["summary_ar"] == TRICKY_AR
    # a place column drops the Arabic vowel marks (as the interface lists names), nothing else
    assert row["location_ar"] == "قتل الشاب 😀 في دمت — cafe\u0301"
    assert row["article_title"] == TRICKY_AR


def test_bom_option_for_excel(selection_of):
    text = write(selection_of([make_bundle(1, [make_incident()])]), bom=True)
    assert text.startswith("\ufeffevent_id_cnty,")
    data = text.encode("utf-8")
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert header[:31] == ACLED_31


def test_formula_cells_are_neutralised_but_numbers_are_not(selection_of):
    inc = make_incident(summary_en="=HYPERLINK(\"http://x\")", summary_ar="+1", source="@SUM(A1)",
                        location={**make_incident()["location"], "lon": -3.5, "name_en": "-Town"})  # fmt: skip
    bundle = make_bundle(1, [inc], title="\t=1+1", source="\rcmd")
    row = read(write(selection_of([bundle])))[0]
    assert row["summary_en"] == "'=HYPERLINK(\"http://x\")"
    assert row["notes"] == "'=HYPERLINK(\"http://x\")"
    assert row["summary_ar"] == "'+1"
    assert row["location"] == "'-Town"
    assert row["article_title"] == "'\t=1+1"
    assert row["longitude"] == "-3.5"  # a number, not text: left alone
    for value in row.values():
        assert not value.startswith(("=", "+", "@", "\t", "\r")), value


def test_civilian_targeting_and_unknown_fatalities():
    inc = make_incident(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                        actor2={"text": "المواطنين", "name_en": "Civilians (Yemen)", "inter": 7},
                        fatalities=None, flags=["fatalities_unknown"])  # fmt: skip
    row = incident_row(inc, {"id": 3}, 1, timestamp=0)
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["interaction"] == 27
    assert row["fatalities"] == 0 and row["tags"] == "fatalities_unknown"
    battle = incident_row(make_incident(), {"id": 3}, 1, timestamp=0)
    assert battle["civilian_targeting"] == ""


def test_unknown_country_gets_no_guessed_codes():
    inc = make_incident(location={"text": "x", "country": "Atlantis", "lat": None, "lon": None})
    row = incident_row(inc, {"id": 2}, 4, timestamp=0)
    assert row["event_id_cnty"] == "XXXM2-4"
    assert (row["iso"], row["region"], row["latitude"]) == ("", "", "")


def test_event_ids_do_not_change_when_rejected_incidents_are_hidden(selection_of):
    def bundle():
        return make_bundle(5, [make_incident(analyst_status="rejected"), make_incident(event_type="Riots")])

    shown = read(write(selection_of([bundle()], include_rejected=True)))
    hidden = read(write(selection_of([bundle()])))
    assert [r["event_id_cnty"] for r in shown] == ["YEMM5-1", "YEMM5-2"]
    assert [r["event_id_cnty"] for r in hidden] == ["YEMM5-2"]
    assert shown[0]["analyst_status"] == "rejected"


@given(st.text())
def test_any_text_round_trips_through_csv(text):
    inc = make_incident(summary_ar=text)
    out = io.StringIO(newline="")
    write_acled_csv(out, [ExportIncident({"id": 1}, inc, 1)], timestamp=0)
    row = next(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert row["summary_ar"] == neutralise(text)
    assert list(row) == list(COLUMNS)


def test_an_incident_with_no_place_takes_the_articles_country_or_says_it_is_unknown(selection_of):
    """An analyst's incident added with no place was exported with an empty country (and no
    region, iso or event-id country): the article's country when its analysis establishes one
    (scope.load_bundle puts it in `article["country"]`), tagged so; else "Unknown", tagged so."""
    placed = make_incident()
    nowhere = make_incident(location=None, seq=None, override_id=4, analyst_status="added")
    told = read(write(selection_of([make_bundle(3, [placed, nowhere], country="Yemen")])))
    assert (told[0]["country"], told[0]["tags"]) == ("Yemen", "")  # a place's own country is untouched
    row = told[1]
    assert (row["country"], row["region"], row["iso"], row["event_id_cnty"]) == ("Yemen", "Middle East", "887", "YEMM3-a4")
    assert row["tags"] == "country_from_article" and row["location"] == "" and row["geo_precision"] == ""
    unknown = read(write(selection_of([make_bundle(5, [make_incident(location=None, seq=None, override_id=6)])])))[0]
    assert (unknown["country"], unknown["region"], unknown["iso"]) == ("Unknown", "", "")
    assert unknown["tags"] == "country_unknown" and unknown["event_id_cnty"] == "XXXM5-a6"


def test_equipment_column_reads_as_english() -> None:
    """A corpus export had «2 Armed vehicle destroyed» and «Aircraft destroyed; Tank destroyed»:
    the column now writes the names as the summaries do (session 43)."""
    from core.export.acled import _equipment

    assert _equipment([{"name_en": "Armed vehicle", "count": 2, "fate": "destroyed"},
                       {"name_en": "Tank", "fate": "destroyed"}]) == "2 armed vehicles destroyed; tank destroyed"
    assert _equipment([{"name_en": "BTR armoured personnel carrier", "count": 1, "fate": "destroyed"},
                       {"name_en": "Grad rocket", "count": 3}]) == "1 BTR armoured personnel carrier destroyed; 3 Grad rockets"
    assert _equipment([{"text": "آليتين"}]) == "آليتين"
    assert _equipment([]) == ""
