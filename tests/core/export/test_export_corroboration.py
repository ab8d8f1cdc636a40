"""Corroborating reports are exported once, and totals never count them twice."""

from __future__ import annotations

import csv
import io
import json

from core.export.acled import write_acled_csv
from core.export.json_doc import write_json
from core.export.totals import compute_totals
from core.export.xlsx import article_rows

from export_fixtures import make_bundle, make_incident


def test_same_incident_in_two_articles_is_one_record_with_both_sources(selection_of):
    a = make_bundle(1, [make_incident()], source="عكاظ")
    b = make_bundle(2, [make_incident(date="2015-08-06", fatalities=15, confidence=0.5)], source="الرياض")
    sel = selection_of([a, b])
    assert len(sel.incidents) == 1
    rec = sel.incidents[0]
    assert rec.article["id"] == 1  # the more confident report represents the group
    assert [art["id"] for art, _ in rec.also_reported] == [2]
    totals = compute_totals(sel.incidents)
    assert (totals.incidents, totals.fatalities, totals.folded_reports) == (1, 12, 1)


def test_not_merged_different_day_type_place_or_same_article(selection_of):
    a = make_bundle(1, [make_incident(), make_incident()])  # two clashes the article keeps apart
    b = make_bundle(2, [make_incident(date="2015-08-08")])  # three days later
    c = make_bundle(3, [make_incident(sub_event_type="Armed clash", event_type="Riots")])
    d = make_bundle(4, [make_incident(location={**make_incident()["location"], "text": "عدن", "name_ar": "عدن",
                                                "name_en": "Aden"})])
    e = make_bundle(5, [make_incident(date=None)], published=None)  # undated: never merged
    sel = selection_of([a, b, c, d, e])
    assert len(sel.incidents) == 6
    # article 6 corroborates one of article 1's two clashes, not both
    sel2 = selection_of([make_bundle(1, [make_incident(), make_incident()]), make_bundle(6, [make_incident()])])
    assert len(sel2.incidents) == 2
    assert sorted(len(r.also_reported) for r in sel2.incidents) == [0, 1]


def test_a_report_corroborates_the_telling_of_its_own_day_first(selection_of):
    """Article 1 tells a clash in Damt on the 4th (12 killed) and another on the 5th (20); article
    2 tells the one of the 5th (18). The first group within a day took article 2's report: the
    4th's clash was coded 12 with a report of the 5th, the 5th's stood alone, 32 killed in all
    instead of 12 + 18 = 30. Whichever article comes first."""
    first = make_bundle(1, [make_incident(date="2015-08-04"), make_incident(fatalities=20)])
    other = make_bundle(2, [make_incident(fatalities=18, confidence=0.5)])
    for bundles in ([first, other], [other, first]):
        sel = selection_of(bundles)
        got = sorted((r.incident["date"], r.incident["fatalities"], [a["id"] for a, _ in r.reports]) for r in sel.incidents)
        assert got in ([("2015-08-04", 12, [1]), ("2015-08-05", 18, [1, 2])],
                       [("2015-08-04", 12, [1]), ("2015-08-05", 18, [2, 1])])
        assert compute_totals(sel.incidents).fatalities == 30


def test_analyst_checked_report_represents_the_group(selection_of):
    a = make_bundle(1, [make_incident(confidence=0.9)])
    b = make_bundle(2, [make_incident(confidence=0.3, analyst_status="edited", fatalities=9)])
    (rec,) = selection_of([a, b]).incidents
    assert rec.article["id"] == 2 and rec.incident["fatalities"] == 9


def test_explicit_corroboration_links_win(selection_of):
    a = make_bundle(1, [make_incident(corroboration_id="g1")])
    b = make_bundle(2, [make_incident(corroboration_id="g1", date="2015-07-01", location=None)])
    c = make_bundle(3, [make_incident(corroboration_id="g2")])
    sel = selection_of([a, b, c])
    assert len(sel.incidents) == 2
    assert [len(r.also_reported) for r in sel.incidents] == [1, 0]


def test_rejected_reports_do_not_corroborate(selection_of):
    a = make_bundle(1, [make_incident()])
    b = make_bundle(2, [make_incident(analyst_status="rejected")])
    assert [len(r.also_reported) for r in selection_of([a, b]).incidents] == [0]


def test_a_rejected_report_shown_on_request_stays_apart(selection_of):
    """--include-rejected lists the analyst's rejected incidents for review; one that matched a
    report of another article used to join its group, represent it (it was the more confident)
    and give it its lower figure: the real incident was struck through at 3 killed, not 12."""
    a = make_bundle(1, [make_incident(fatalities=12)])
    b = make_bundle(2, [make_incident(analyst_status="rejected", fatalities=3, confidence=0.95)])
    c = make_bundle(3, [make_incident(corroboration_id="g", fatalities=7)])
    d = make_bundle(4, [make_incident(corroboration_id="g", analyst_status="rejected", fatalities=1)])
    sel = selection_of([a, b, c, d], include_rejected=True)
    got = sorted((r.article["id"], r.incident["analyst_status"], r.incident["fatalities"], len(r.also_reported))
                 for r in sel.incidents)
    assert got == [(1, None, 12, 0), (2, "rejected", 3, 0), (3, None, 7, 0), (4, "rejected", 1, 0)]


def test_place_names_are_compared_normalised(selection_of):
    loc = {**make_incident()["location"], "name_en": "", "admin1_en": "", "name_ar": "دمت", "admin1_ar": "الضالع"}
    spelled = {**loc, "name_ar": "دِمْت", "admin1_ar": "الضّالع"}
    sel = selection_of([make_bundle(1, [make_incident(location=loc)]), make_bundle(2, [make_incident(location=spelled)])])
    assert len(sel.incidents) == 1


def test_same_name_in_another_governorate_is_another_place(selection_of):
    other = {**make_incident()["location"], "admin1_en": "Ibb"}
    sel = selection_of([make_bundle(1, [make_incident()]), make_bundle(2, [make_incident(location=other)])])
    assert len(sel.incidents) == 2


# ACLED's conservative rule: a corroborated incident is coded with the lowest figure reported.


def taiz_clash_reports():
    """The audit's case: three articles report one Taiz clash with 12, 20 and 8 killed."""
    taiz = {**make_incident()["location"], "name_en": "Taiz", "name_ar": "تعز", "admin1_en": "Taizz"}
    return [
        make_bundle(1, [make_incident(location=taiz, fatalities=12, injured=30, confidence=0.7)], source="أ"),
        make_bundle(2, [make_incident(location=taiz, fatalities=20, injured=None, confidence=0.9,
                                      summary_en="Clashes in Taiz: 20 killed")], source="ب"),  # fmt: skip
        make_bundle(3, [make_incident(location=taiz, fatalities=8, injured=25, captured=4, confidence=0.6)], source="ج"),
    ]


def test_a_corroborated_incident_has_the_lowest_reported_figures(selection_of):
    (rec,) = selection_of(taiz_clash_reports()).incidents
    assert rec.article["id"] == 2  # the most confident report still names and places the incident
    assert (rec.incident["fatalities"], rec.incident["injured"], rec.incident["captured"]) == (8, 25, 4)
    # each report keeps its own figures
    assert [(a["id"], i["fatalities"], i["injured"], i["captured"]) for a, i in rec.reports] == [
        (2, 20, None, None), (1, 12, 30, None), (3, 8, 25, 4)]  # fmt: skip
    totals = compute_totals([rec])
    assert (totals.fatalities, totals.injured, totals.captured) == (8, 25, 4)


def test_unknown_figures_are_ignored_unless_every_report_lacks_one(selection_of):
    unknown = make_incident(fatalities=None, flags=["fatalities_unknown"], confidence=0.9)
    (rec,) = selection_of([make_bundle(1, [unknown]), make_bundle(2, [make_incident(fatalities=15)])]).incidents
    assert rec.article["id"] == 1 and rec.incident["fatalities"] == 15
    assert "fatalities_unknown" not in rec.incident["flags"]
    both = make_incident(fatalities=None, flags=["fatalities_unknown"])
    (rec,) = selection_of([make_bundle(1, [unknown]), make_bundle(2, [both])]).incidents
    assert rec.incident["fatalities"] is None and rec.incident["flags"] == ["fatalities_unknown"]


def test_acled_notes_give_the_range_of_figures_reported(selection_of):
    out = io.StringIO()
    write_acled_csv(out, selection_of(taiz_clash_reports()).incidents, timestamp=0)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["fatalities"] == "8" and row["injured"] == "25"
    assert row["notes"] == "Clashes in Taiz: 20 killed (reports give 8–20 killed, 25–30 injured; the lowest is coded)"
    agreed = selection_of([make_bundle(1, [make_incident()]), make_bundle(2, [make_incident(confidence=0.5)])])
    out = io.StringIO()
    write_acled_csv(out, agreed.incidents, timestamp=0)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["notes"] == make_incident()["summary_en"]  # the same figures everywhere: nothing to say


def test_json_reports_carry_their_own_figures(selection_of):
    out = io.StringIO()
    write_json(out, selection_of(taiz_clash_reports()))
    doc = json.loads(out.getvalue())
    (item,) = doc["incidents"]
    assert (item["fatalities"], item["injured"], item["captured"]) == (8, 25, 4)
    assert [(r["article_id"], r["fatalities"], r["injured"], r["captured"]) for r in item["reports"]] == [
        (2, 20, None, None), (1, 12, 30, None), (3, 8, 25, 4)]  # fmt: skip
    assert doc["totals"]["fatalities"] == 8


def test_xlsx_article_counts_are_each_articles_own(selection_of):
    rows = {r["id"]: r["fatalities"] for r in article_rows(selection_of(taiz_clash_reports()))}
    assert rows == {1: 12, 2: 20, 3: 8}


def test_xlsx_articles_sheet_says_its_counts_are_per_report(selection_of):
    """Three articles report one Taiz clash: the incidents sheet lists it once (8 killed, the lowest),
    the articles sheet counts it in each (12 + 20 + 8). Before, nothing said so and the sheet's sums
    read as 3 incidents and 40 killed; now `corroborated` counts such incidents and the headers'
    comments say to total on the incidents sheet."""
    import openpyxl

    from core.export.xlsx import write_xlsx

    out = io.BytesIO()
    write_xlsx(out, selection_of(taiz_clash_reports()))
    wb = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    assert wb["incidents"].max_row == 2  # one incident
    sheet = wb["articles"]
    header = {c.value: c for c in sheet[1]}
    rows = [dict(zip(header, (c.value for c in r))) for r in sheet.iter_rows(min_row=2)]
    assert sorted((r["id"], r["incidents"], r["fatalities"], r["corroborated"]) for r in rows) == [
        (1, 1, 12, 1), (2, 1, 20, 1), (3, 1, 8, 1)]
    assert "incidents sheet" in header["incidents"].comment.text
    assert "Do not sum this column" in header["fatalities"].comment.text
    assert header["corroborated"].comment is not None and header["id"].comment is None


def test_one_place_whatever_english_name_the_gazetteer_gave_it(selection_of):
    """The place is its Arabic name: «منطقة الضباب» read as the subdistrict Ad Dabab and «الضباب» a
    landmark with no English name are one place, so their clash of one day is one incident."""
    place = {"admin1_ar": "تعز", "admin1_en": "Taizz"}
    named = make_incident(location={**place, "text": "منطقة الضباب", "name_ar": "الضباب", "name_en": "Ad Dabab"})
    bare = make_incident(location={**place, "text": "الضباب", "name_ar": "الضباب", "name_en": ""})
    other = make_incident(location={**place, "text": "الشقب", "name_ar": "الشقب", "name_en": ""})
    sel = selection_of([make_bundle(1, [named]), make_bundle(2, [bare]), make_bundle(3, [other])])
    assert len(sel.incidents) == 2
    assert sorted(len(r.also_reported) for r in sel.incidents) == [0, 1]
