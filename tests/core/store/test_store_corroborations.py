"""corroborating_reports on a real SQLite store: which other articles report an article's incidents."""

from __future__ import annotations

from typing import Any

import pytest

from core import store
from core.ingest.model import ArticleIn
from core.store.corroborations import corroborating_reports, incident_key


def clash(place: str, day: str, *, admin1: str = "Ad Dali", kind: str = "Armed clash", at: int = 0) -> dict[str, Any]:
    return {"event_type": "Battles", "sub_event_type": kind, "date": day, "fatalities": 3,
            "location": {"text": place, "name_en": place, "admin1_en": admin1},
            "evidence": [{"start": at, "end": at + 5}], "confidence": 0.7}


def add(db: Any, title: str, published: str, incidents: list[dict[str, Any]]) -> int:
    article_id, _ = store.add_article(db, ArticleIn(title=title, text=f"{title} نص الخبر", source="t",
                                                    published=published))
    store.save_analysis(db, article_id, {"entities": [], "incidents": incidents, "summary": {},
                                         "analyzer_version": 1})
    return article_id


@pytest.fixture
def db() -> Any:
    return store.open_db(memory=True)


def test_an_incident_reported_by_two_other_articles_lists_both_oldest_first(db) -> None:
    mine = add(db, "اشتباكات في دمت", "2015-08-02", [clash("Damt", "2015-08-02"), clash("Taizz", "2015-08-02")])
    later = add(db, "دمت مجددا", "2015-08-03", [clash("DAMT ", "2015-08-03", at=7)])  # a day later, spelt otherwise
    earlier = add(db, "مواجهات دمت", "2015-08-01", [clash("Damt", "2015-08-02", at=3)])
    add(db, "دمت بعد أسبوع", "2015-08-09", [clash("Damt", "2015-08-09")])  # another week: another clash
    add(db, "قصف في دمت", "2015-08-02", [clash("Damt", "2015-08-02", kind="Shelling/artillery/missile attack")])
    add(db, "دمت في لحج", "2015-08-02", [clash("Damt", "2015-08-02", admin1="Lahij")])  # another governorate

    reports = corroborating_reports(db, mine)

    assert reports == {"s0": [
        {"article_id": earlier, "title": "مواجهات دمت", "published": "2015-08-01", "date": "2015-08-02",
         "start": 3, "end": 8},
        {"article_id": later, "title": "دمت مجددا", "published": "2015-08-03", "date": "2015-08-03",
         "start": 7, "end": 12},
    ]}
    # and from the other side: the same group
    assert [r["article_id"] for r in corroborating_reports(db, later)["s0"]] == [earlier, mine]


def test_rejected_incidents_and_incidents_without_a_place_or_date_are_never_corroborated(db) -> None:
    mine = add(db, "أ", "2015-08-02", [clash("Damt", "2015-08-02"), clash("", "2015-08-02"), clash("Ibb", "")])
    other = add(db, "ب", "2015-08-02", [clash("Damt", "2015-08-02"), clash("", "2015-08-02"), clash("Ibb", "")])
    assert set(corroborating_reports(db, mine)) == {"s0"}
    store.set_incident_override(db, other, 0, "rejected")
    assert corroborating_reports(db, mine) == {}


def test_an_analyst_edit_or_addition_takes_part_as_the_analyst_left_it(db) -> None:
    mine = add(db, "أ", "2015-08-02", [clash("Damt", "2015-08-02")])
    other = add(db, "ب", "2015-08-05", [clash("Ibb", "2015-08-05")])
    assert corroborating_reports(db, mine) == {}
    # the analyst moves the other article's clash to Damt on the 2nd: now the same incident
    store.set_incident_override(db, other, 0, "edited", {"date": "2015-08-02",
                                                          "location": {"name_en": "Damt", "admin1_en": "Ad Dali"}})
    assert [r["article_id"] for r in corroborating_reports(db, mine)["s0"]] == [other]
    # an incident the analyst adds to a third article joins too, under its own key
    third = add(db, "ج", "2015-08-02", [])
    override_id = store.set_incident_override(db, third, None, "added", clash("Damt", "2015-08-02"))
    assert [r["article_id"] for r in corroborating_reports(db, mine)["s0"]] == [third, other]  # oldest article first
    assert list(corroborating_reports(db, third)) == [f"a{override_id}"]


def test_incident_key_survives_decisions() -> None:
    assert incident_key({"seq": 3, "override_id": 9}) == "s3"
    assert incident_key({"seq": -4, "override_id": 4}) == "s-4"
    assert incident_key({"seq": None, "override_id": 7}) == "a7"
