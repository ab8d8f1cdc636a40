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


def quarter(name_ar: str, day: str, *, name_en: str = "", admin2_ar: str = "المنصورة",
            admin2_en: str = "Al Mansura") -> dict[str, Any]:
    """A clash in Aden whose place is a quarter or district of the gazetteer's reading."""
    inc = clash(name_en, day, admin1="Aden")
    inc["location"] = {"text": name_ar, "name_ar": name_ar, "name_en": name_en, "admin1_ar": "عدن",
                       "admin1_en": "Aden", "admin2_ar": admin2_ar, "admin2_en": admin2_en}
    return inc


def test_a_quarter_named_after_its_district_corroborates_the_district() -> None:
    from core.incidents.merge import corroboration_key

    # «حي المنصورة» has no English name of its own: it is the district Al Mansura
    assert corroboration_key(quarter("حي المنصورة", "2015-07-20")) == \
        corroboration_key(quarter("المنصورة", "2015-07-20", name_en="Al Mansura"))
    assert corroboration_key(quarter("مديرية المنصورة", "2015-07-20")) == \
        corroboration_key(quarter("المنصورة", "2015-07-20", name_en="Al Mansura"))
    # another quarter of that district is another place
    assert corroboration_key(quarter("حي السعادة", "2015-07-20")) != \
        corroboration_key(quarter("المنصورة", "2015-07-20", name_en="Al Mansura"))


def test_the_panel_links_a_quarter_and_its_district_from_both_sides(db) -> None:
    district = add(db, "اشتباكات في المنصورة", "2015-07-20", [quarter("المنصورة", "2015-07-20", name_en="Al Mansura")])
    street = add(db, "معارك في حي المنصورة", "2015-07-21", [quarter("حي المنصورة", "2015-07-21")])
    other = add(db, "حي السعادة", "2015-07-21", [quarter("حي السعادة", "2015-07-21")])
    assert [r["article_id"] for r in corroborating_reports(db, district)["s0"]] == [street]
    assert [r["article_id"] for r in corroborating_reports(db, street)["s0"]] == [district]
    assert corroborating_reports(db, other) == {}
