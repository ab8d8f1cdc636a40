"""Corroborating reports are exported once, and totals never count them twice."""

from __future__ import annotations

from core.export.totals import compute_totals

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
    d = make_bundle(4, [make_incident(location={**make_incident()["location"], "name_en": "Aden"})])
    e = make_bundle(5, [make_incident(date=None)], published=None)  # undated: never merged
    sel = selection_of([a, b, c, d, e])
    assert len(sel.incidents) == 6
    # article 6 corroborates one of article 1's two clashes, not both
    sel2 = selection_of([make_bundle(1, [make_incident(), make_incident()]), make_bundle(6, [make_incident()])])
    assert len(sel2.incidents) == 2
    assert sorted(len(r.also_reported) for r in sel2.incidents) == [0, 1]


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


def test_place_names_are_compared_normalised(selection_of):
    loc = {**make_incident()["location"], "name_en": "", "admin1_en": "", "name_ar": "دمت", "admin1_ar": "الضالع"}
    spelled = {**loc, "name_ar": "دِمْت", "admin1_ar": "الضّالع"}
    sel = selection_of([make_bundle(1, [make_incident(location=loc)]), make_bundle(2, [make_incident(location=spelled)])])
    assert len(sel.incidents) == 1


def test_same_name_in_another_governorate_is_another_place(selection_of):
    other = {**make_incident()["location"], "admin1_en": "Ibb"}
    sel = selection_of([make_bundle(1, [make_incident()]), make_bundle(2, [make_incident(location=other)])])
    assert len(sel.incidents) == 2
