"""The analyst's entity decisions: stored apart from machine entities, one per span and label."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from core.ingest.model import ArticleIn
from core.store import (
    SCHEMA_VERSION,
    add_article,
    add_entity,
    clear_entity_correction,
    clear_entity_corrections,
    delete_article,
    get_entities,
    list_entity_corrections,
    open_db,
    remove_entity,
    save_analysis,
)
from core.store.migrations import MIGRATIONS, m001_initial, m002_search_folds_hamza_seats

TEXT = "🙂 قصفت ميليشيات الحوثي جبل الحوبان في تعز."
PLACE = {"kind": "village", "name_en": "Al Hwban", "admin1_en": "Taizz", "lat": 13.4115, "lon": 44.1}


@pytest.fixture()
def db():  # type: ignore[no-untyped-def]
    return open_db(memory=True)


@pytest.fixture()
def article(db) -> int:  # type: ignore[no-untyped-def]
    return add_article(db, ArticleIn("t", TEXT))[0]


def _rows(db, article):  # type: ignore[no-untyped-def]
    return [(r["start"], r["end"], r["label"], r["action"], r["attrs"]) for r in list_entity_corrections(db, article)]


def test_add_and_remove_are_listed_by_offset(db, article) -> None:  # type: ignore[no-untyped-def]
    start = TEXT.index("جبل")
    add_entity(db, article, start, start + 11, "LOCATION", PLACE)
    remove_entity(db, article, 7, 22, "ARMED_ACTOR")
    assert _rows(db, article) == [
        (7, 22, "ARMED_ACTOR", "remove", {}),
        (start, start + 11, "LOCATION", "add", PLACE),
    ]
    assert TEXT[start:start + 11] == "جبل الحوبان"
    assert list_entity_corrections(db, article)[0]["created_at"]


def test_deciding_again_replaces_the_decision(db, article) -> None:  # type: ignore[no-untyped-def]
    first = add_entity(db, article, 7, 22, "ARMED_ACTOR")
    again = remove_entity(db, article, 7, 22, "ARMED_ACTOR")
    assert first == again
    assert _rows(db, article) == [(7, 22, "ARMED_ACTOR", "remove", {})]


def test_a_new_add_takes_back_the_adds_it_overlaps(db, article) -> None:  # type: ignore[no-untyped-def]
    add_entity(db, article, 23, 34, "PERSON")
    remove_entity(db, article, 23, 26, "LOCATION")  # a removal is no competing span: it stays
    add_entity(db, article, 27, 34, "LOCATION", PLACE)
    assert _rows(db, article) == [(23, 26, "LOCATION", "remove", {}), (27, 34, "LOCATION", "add", PLACE)]


def test_clear_one_and_all(db, article) -> None:  # type: ignore[no-untyped-def]
    add_entity(db, article, 7, 22, "ARMED_ACTOR")
    remove_entity(db, article, 35, 37, "LOCATION")
    assert clear_entity_correction(db, article, 7, 22, "ARMED_ACTOR") is True
    assert clear_entity_correction(db, article, 7, 22, "ARMED_ACTOR") is False
    assert _rows(db, article) == [(35, 37, "LOCATION", "remove", {})]
    assert clear_entity_corrections(db, article) == 1
    assert list_entity_corrections(db, article) == []


def test_bad_spans_are_refused_and_nothing_is_written(db, article) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="outside the article"):
        add_entity(db, article, 5, 5 + len(TEXT), "PERSON")
    with pytest.raises(ValueError, match="outside the article"):
        remove_entity(db, article, 4, 4, "PERSON")
    with pytest.raises(KeyError):
        add_entity(db, article + 99, 0, 1, "PERSON")
    assert list_entity_corrections(db, article) == []


def test_decisions_survive_save_analysis_and_go_with_the_article(db, article) -> None:  # type: ignore[no-untyped-def]
    add_entity(db, article, 27, 34, "LOCATION", PLACE)
    save_analysis(db, article, {"entities": [{"start": 7, "end": 22, "label": "ARMED_ACTOR", "source": "lexicon"}],
                                "incidents": [], "analyzer_version": "x"})
    assert len(list_entity_corrections(db, article)) == 1  # machine output replaced, decisions kept
    assert [e["label"] for e in get_entities(db, article)] == ["ARMED_ACTOR"]
    delete_article(db, article)
    assert db.conn.execute("SELECT count(*) FROM entity_corrections").fetchone()[0] == 0


def test_a_schema_2_database_migrates_and_keeps_its_data(tmp_path: Path) -> None:
    """A database made before entity decisions existed (schema 2) opens with today's code: the
    table appears, the schema version goes up by one, the articles are untouched."""
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    old = sqlite_utils.Database(conn)
    m001_initial(old)
    m002_search_folds_hamza_seats(old)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name in ("001_initial", "002_search_folds_hamza_seats"):
        conn.execute("INSERT INTO _migrations VALUES (?, '2026-01-01T00:00:00+00:00')", (name,))
    conn.execute("INSERT INTO articles (id, title, text, content_hash, imported_at) VALUES (1, 't', ?, 'h', '2026')",
                 (TEXT,))
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.close()

    db = open_db(path)
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 3
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [r["name"] for r in db.query("SELECT name FROM _migrations ORDER BY name")][2] == "003_entity_corrections"
    assert db.conn.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0] == TEXT
    add_entity(db, 1, 27, 34, "LOCATION", PLACE)
    assert _rows(db, 1) == [(27, 34, "LOCATION", "add", PLACE)]
    db.close()
