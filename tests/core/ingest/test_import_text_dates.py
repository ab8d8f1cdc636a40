"""Undated files take the date their dateline states, marked as read from the text; the store
keeps where each date came from (schema 4), and the analyst may correct title, date and source."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from core.cli import cli
from core.ingest.importer import import_paths
from core.store import get_article, get_incidents, list_articles, open_db, update_details
from core.store.migrations import MIGRATIONS, SCHEMA_VERSION, m001_initial, m002_search_folds_hamza_seats, m003_entity_corrections

DATED = "هجوم على موقع عسكري\nمأرب - الأحد 2 أغسطس 2015\nقتل عشرة مسلحين أمس في هجوم على موقع عسكري غرب مأرب.\n"
UNDATED = "قتل ثلاثة مدنيين أمس في قصف على حي سكني في مدينة تعز.\n"


def test_a_dateline_dates_an_undated_text_file_and_its_incidents(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    (tmp_path / "dated.txt").write_text(DATED, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    report = import_paths(db, [tmp_path / "dated.txt", tmp_path / "undated.txt"], workers=1)
    assert report.added == 2 and not report.errors
    rows = {Path(r["origin"]).name: r for r in list_articles(db)}
    assert (rows["dated.txt"]["published"], rows["dated.txt"]["date_origin"]) == ("2015-08-02", "text")
    assert (rows["undated.txt"]["published"], rows["undated.txt"]["date_origin"]) == (None, None)
    assert [(Path(d.origin).name, d.iso, d.quote) for d in report.dated_from_text] == [
        ("dated.txt", "2015-08-02", "الأحد 2 أغسطس 2015")]
    assert "1 dated from their text" in report.summary()
    # «أمس» is now a day: the day before the dateline's
    assert [i["date"] for i in get_incidents(db, rows["dated.txt"]["id"])] == ["2015-08-01"]


def test_a_date_field_is_kept_and_marked_as_metadata(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    line = {"title": "t", "date_published": "2015-07-30", "content": DATED}
    (tmp_path / "a.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    report = import_paths(db, [tmp_path / "a.jsonl"], analyze=False)
    (row,) = list_articles(db)
    assert (row["published"], row["date_origin"]) == ("2015-07-30", "metadata") and not report.dated_from_text


def test_cli_import_names_the_dates_read_from_the_text(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text(DATED, encoding="utf-8")
    db = str(tmp_path / "m.db")
    result = CliRunner().invoke(cli, ["--db", db, "import", "--no-analyze", str(tmp_path / "dated.txt")], obj={})
    assert result.exit_code == 0
    assert "dated.txt: date 2015-08-02 read from the text «الأحد 2 أغسطس 2015»" in result.output
    assert "1 dated from their text" in result.output


def test_the_analyst_corrects_title_date_and_source(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    import_paths(db, [tmp_path / "undated.txt"], analyze=False)
    (row,) = list_articles(db)
    changed = update_details(db, row["id"], title=" قصف تعز ", source="سبأ", published="2015-08-03")
    assert changed["reanalyse"] and changed["date_origin"] == "user"
    art = get_article(db, row["id"])
    assert (art["title"], art["source"], art["published"], art["date_origin"]) == ("قصف تعز", "سبأ", "2015-08-03", "user")
    assert db.conn.execute("SELECT title_search FROM articles").fetchone()[0] == "قصف تعز"
    # the source alone: nothing for the analysis to redo; the date keeps its origin
    assert not update_details(db, row["id"], title="قصف تعز", source="الثورة", published="2015-08-03")["reanalyse"]
    with pytest.raises(ValueError):
        update_details(db, row["id"], title="x", source="", published="yesterday")
    assert get_article(db, row["id"])["title"] == "قصف تعز"  # nothing saved
    cleared = update_details(db, row["id"], title="قصف تعز", source="", published="")
    assert cleared["published"] is None and cleared["date_origin"] == "user" and cleared["reanalyse"]


def test_a_schema_3_database_upgrades_without_losing_anything(tmp_path: Path) -> None:
    """A library made by version 26 (schema 3): its dates become the metadata's, undated articles
    stay undated, and every row of every table is still there."""
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    old = sqlite_utils.Database(conn)
    for function in (m001_initial, m002_search_folds_hamza_seats, m003_entity_corrections):
        function(old)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, _ in MIGRATIONS[:3]:
        conn.execute("INSERT INTO _migrations VALUES (?, '2026-01-01T00:00:00+00:00')", (name,))
    for article_id, published, text in ((1, "2015-08-02", DATED), (2, None, UNDATED)):
        conn.execute("INSERT INTO articles (id, title, published, text, title_search, search_text, content_hash, "
                     "imported_at, starred) VALUES (?, 'عنوان', ?, ?, 'عنوان', ?, ?, '2026', 1)",
                     (article_id, published, text, text, f"h{article_id}"))
    conn.execute("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'ملاحظة', '2026', '2026')")
    conn.execute("INSERT INTO highlights (article_id, start, end, quote, created_at, updated_at) "
                 "VALUES (2, 0, 3, 'قتل', '2026', '2026')")
    conn.execute("INSERT INTO incidents (article_id, seq, date, data) VALUES (1, 0, '2015-08-01', '{}')")
    conn.execute("INSERT INTO entity_corrections (article_id, start, end, label, action, created_at) "
                 "VALUES (1, 0, 4, 'LOCATION', 'add', '2026')")
    conn.execute("PRAGMA user_version = 3")
    conn.execute("COMMIT")
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("articles", "notes", "highlights", "incidents", "entity_corrections")}
    conn.close()

    db = open_db(path)
    assert SCHEMA_VERSION == 4 and db.conn.execute("PRAGMA user_version").fetchone()[0] == 4
    for table, rows in before.items():
        now = db.conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        if table == "articles":
            now = [row[:-1] for row in now]  # all but the new column
        assert now == rows, table
    assert db.conn.execute("SELECT id, date_origin FROM articles ORDER BY id").fetchall() == [(1, "metadata"), (2, None)]
    assert [r["id"] for r in db.query("SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH 'مدنيين'")] == [2]
    with pytest.raises(sqlite3.IntegrityError):  # only the three origins
        db.conn.execute("UPDATE articles SET date_origin = 'guess' WHERE id = 2")


def test_a_date_field_not_understood_is_worded_by_what_became_of_the_article(tmp_path: Path) -> None:
    """A date field the importer could not read, then a dateline that dates the article: the warning
    says it was dated from its text (before: "imported without a date" beside the note giving the
    date). Without a dateline it still says "imported without a date"."""
    rows = [{"title": "a", "date": "قبل ساعتين", "content": DATED}, {"title": "b", "date": "قبل ساعتين", "content": UNDATED}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = import_paths(open_db(tmp_path / "m.db"), [tmp_path / "a.jsonl"], analyze=False)
    dated, undated = report.warnings
    assert str(dated).endswith('date not understood (date "قبل ساعتين"); dated 2015-08-02 from its text instead')
    assert (dated.code, dated.params) == ("date_not_understood_read_from_text",
                                          {"dates": 'date "قبل ساعتين"', "date": "2015-08-02"})
    assert str(undated).endswith("imported without a date") and undated.code == "date_not_understood"
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "c.db"), "import", "--no-analyze", str(tmp_path / "a.jsonl")],
                                obj={})
    assert "a.jsonl:1: date not understood" in result.output
    assert "1: date not understood (date \"قبل ساعتين\"); imported without a date" not in result.output
    assert "dated 2015-08-02 from its text instead" in result.output
