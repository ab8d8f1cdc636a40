"""`marsad export` through click's CliRunner on a real temp database."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest
from click.testing import CliRunner

from core.cli import FORMATS, cli
from core.export import FORMATS as WRITERS
from core.export import OPTIONAL_FORMATS
from core.ingest.model import ArticleIn
from core.store import add_article, add_highlight, add_note, open_db, save_analysis, set_incident_override


def incident(event_type: str, place: str, killed: int | None) -> dict:
    return {
        "event_type": event_type, "sub_event_type": "Armed clash", "disorder_type": "Political violence",
        "actor1": {"text": "الحوثيين", "name_en": "Houthi Movement", "name_ar": "الحوثيون", "inter": 2},
        "actor2": None, "assoc_actor_1": [], "assoc_actor_2": [],
        "location": {"text": place, "name_ar": place, "name_en": place, "country": "Yemen", "lat": 14.0, "lon": 44.5},
        "date": None, "time_precision": 1, "fatalities": killed, "injured": None, "captured": None,
        "equipment": [], "source": "", "evidence": [{"start": 0, "end": 3}], "confidence": 0.7,
        "summary_ar": f"اشتباكات في {place}", "summary_en": f"Clashes in {place}", "flags": [],
    }  # fmt: skip


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "m.db"
    db = open_db(path)
    a, _ = add_article(db, ArticleIn(title="اشتباكات دمت", text="قتل 12 مسلحا في دمت 😀", source="عكاظ", published="2015-08-05"))
    b, _ = add_article(db, ArticleIn(title="غارات على صنعاء", text="غارات جوية على صنعاء", source="الرياض", published="2015-08-06"))
    save_analysis(db, a, {"entities": [], "incidents": [incident("Battles", "دمت", 12), incident("Riots", "قعطبة", 1)],
                          "summary": {}, "analyzer_version": "1"})  # fmt: skip
    save_analysis(db, b, {"entities": [], "incidents": [incident("Battles", "صنعاء", 3)], "summary": {}, "analyzer_version": "1"})
    set_incident_override(db, a, 1, "rejected")
    set_incident_override(db, b, 0, "edited", {"fatalities": 4, "summary_en": "=edited"})
    add_highlight(db, a, 0, 3, color="red", note="تحقق")
    add_note(db, b, "ملاحظة عامة")
    db.conn.close()
    return str(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), obj={})


def read_csv(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def test_formats_match_the_writers():
    # pdf is drawn by Qt: gui/launcher.py registers its writer (tests/gui/test_export_pdf_cli.py).
    assert set(FORMATS) == (set(WRITERS) - set(OPTIONAL_FORMATS)) | set(OPTIONAL_FORMATS)
    assert "pdf" in OPTIONAL_FORMATS


def test_overwrites_only_with_force(db_path, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("keep me", encoding="utf-8")
    refused = run("--db", db_path, "export", "-o", str(out))
    assert refused.exit_code != 0 and "--force" in refused.output
    assert out.read_text(encoding="utf-8") == "keep me"
    done = run("--db", db_path, "export", "-o", str(out), "--force")
    assert done.exit_code == 0, done.output
    assert len(read_csv(out)) == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_rejected_left_out_unless_asked_and_edits_win(db_path, tmp_path):
    out = tmp_path / "out.csv"
    assert run("--db", db_path, "export", "-o", str(out)).exit_code == 0
    rows = read_csv(out)
    assert sorted(r["location"] for r in rows) == ["دمت", "صنعاء"]
    edited = next(r for r in rows if r["location"] == "صنعاء")
    assert (edited["fatalities"], edited["analyst_status"], edited["notes"]) == ("4", "edited", "'=edited")
    result = run("--db", db_path, "export", "-o", str(out), "--force", "--include-rejected")
    assert "wrote 3 incidents" in result.output
    assert {r["location"]: r["analyst_status"] for r in read_csv(out)}["قعطبة"] == "rejected"


def test_scope_by_article_and_by_query(db_path, tmp_path):
    out = tmp_path / "a.json"
    assert run("--db", db_path, "export", "--format", "json", "-o", str(out), "--article", "2").exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["scope"] == "article 2" and [a["id"] for a in doc["articles"]] == [2]
    assert [i["location"]["name_ar"] for i in doc["incidents"]] == ["صنعاء"]
    out = tmp_path / "q.json"
    assert run("--db", db_path, "export", "--format", "json", "-o", str(out), "--query", "دمت").exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in doc["articles"]] == [1]


def test_unknown_article_is_an_error_and_writes_nothing(db_path, tmp_path):
    out = tmp_path / "x.csv"
    result = run("--db", db_path, "export", "-o", str(out), "--article", "99")
    assert result.exit_code != 0 and "no article with id 99" in result.output
    assert not out.exists()


def test_annotations_and_xlsx_from_the_store(db_path, tmp_path):
    notes = tmp_path / "notes.csv"
    result = run("--db", db_path, "export", "--format", "notes-csv", "-o", str(notes), "--bom")
    assert "wrote 2 annotations" in result.output
    text = notes.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert [(r["kind"], r["quote"], r["note"]) for r in rows] == [("highlight", "قتل", "تحقق"), ("note", "", "ملاحظة عامة")]
    book = tmp_path / "out.xlsx"
    assert run("--db", db_path, "export", "--format", "xlsx", "-o", str(book)).exit_code == 0
    wb = openpyxl.load_workbook(book)
    assert wb["incidents"].max_row == 3 and wb["notes"].max_row == 3 and wb["articles"].max_row == 3


def test_an_output_under_a_file_is_one_line_not_a_traceback(db_path, tmp_path):
    """Audit: `-o a.txt/out.csv` (a.txt a file) printed a FileExistsError traceback."""
    parent = tmp_path / "a.txt"
    parent.write_text("keep", encoding="utf-8")
    result = run("--db", db_path, "export", "-o", str(parent / "out.csv"))
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
    assert result.output.strip().splitlines() == [f"Error: cannot write {parent / 'out.csv'}: {parent} is a file, not a folder"]
    assert parent.read_text(encoding="utf-8") == "keep"


def test_a_search_that_finds_nothing_writes_nothing(db_path, tmp_path):
    """Audit: `--query` with a typo wrote an empty export (over the previous one with --force) and exited 0,
    while the Export dialog says there is nothing to export."""
    out = tmp_path / "weekly.csv"
    assert run("--db", db_path, "export", "-o", str(out), "--query", "دمت").exit_code == 0
    before = out.read_bytes()
    assert len(read_csv(out)) == 1
    for extra in ((), ("--article", "2")):  # nothing at all; none of the given articles
        query = "دمتت" if not extra else "دمت"
        result = run("--db", db_path, "export", "-o", str(out), "--force", "--query", query, *extra)
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
        assert "no article matches the search" in result.output and "nothing was written" in result.output
        assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name != "m.db" and not p.name.startswith("m.db")] == ["weekly.csv"]


def test_an_analyst_decision_dates_its_row(db_path, tmp_path):
    """ACLED's `timestamp` is when a row last changed; docs/export.md: the analyst's edit time.
    The store's incidents never carried that time, so an edited row had the export's time like
    every other, and a user syncing changed rows could not tell them apart."""
    import time

    db = open_db(db_path)
    db.conn.execute("UPDATE incident_overrides SET updated_at = '2020-01-02T03:04:05+00:00' WHERE status = 'edited'")
    db.conn.commit()
    db.conn.close()
    out = tmp_path / "t.csv"
    before = int(time.time())
    assert run("--db", db_path, "export", "-o", str(out)).exit_code == 0
    stamps = {r["location"]: int(r["timestamp"]) for r in read_csv(out)}
    assert stamps["صنعاء"] == 1_577_934_245  # the edit
    assert stamps["دمت"] >= before  # untouched: the export's time


def test_nothing_to_export_says_why_and_writes_no_file(db_path, tmp_path):
    """Audit: an export of an empty library (or of articles without incidents) wrote a header-only
    file and said "wrote 0 incidents", exit 0. Now: exit 1, one line saying why, no file; with
    --force an existing export is kept."""
    empty = tmp_path / "empty.db"
    open_db(empty).conn.close()
    out = tmp_path / "out.csv"

    def refused(*args: str, db: str = db_path) -> str:
        result = run("--db", db, "export", "-o", str(out), *args)
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: nothing was exported: "), lines
        assert f"{out} was not written" in lines[0]
        return lines[0]

    for fmt in ("acled-csv", "xlsx", "geojson", "json", "md", "notes-csv"):
        assert "the library has no articles" in refused("--format", fmt, db=str(empty))
        assert not out.exists()
    db = open_db(db_path)
    c, _ = add_article(db, ArticleIn(title="خبر", text="خبر بلا حوادث", source="x"))
    save_analysis(db, c, {"entities": [], "incidents": [], "summary": {}, "analyzer_version": "1"})
    set_incident_override(db, 2, 0, "rejected")
    db.conn.close()
    assert "no incident was found in the article" in refused("--article", "3")
    assert "rejected its one incident (--include-rejected exports it)" in refused("--article", "2")
    assert "has no highlights or notes" in refused("--format", "notes-json", "--article", "3")
    out.write_text("last week's export", encoding="utf-8")
    assert "the existing file was left as it was" in refused("--article", "3", "--force")
    assert out.read_text(encoding="utf-8") == "last week's export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    assert run("--db", db_path, "export", "-o", str(out), "--force", "--article", "1").exit_code == 0  # still works


def test_a_map_export_says_how_many_incidents_it_left_off(db_path, tmp_path):
    """A corpus export wrote 69 incidents as CSV and «wrote 68 incidents» as GeoJSON, with no word
    of the one left out (no coordinates): the line now says so (session 43)."""
    db = open_db(db_path)
    c, _ = add_article(db, ArticleIn(title="قصف في الشمال", text="قصف في شمال البلاد", source="عكاظ",
                                     published="2015-08-07"))
    unplaced = incident("Battles", "شمال البلاد", 2)
    unplaced["location"] = {"text": "شمال البلاد", "name_ar": "شمال البلاد", "country": "Yemen"}
    save_analysis(db, c, {"entities": [], "incidents": [unplaced], "summary": {}, "analyzer_version": "1"})
    db.conn.close()
    for fmt, where in (("geojson", "the file's `unlocated` list"), ("kml", "the document's description")):
        out = tmp_path / f"m.{fmt}"
        result = run("--db", db_path, "export", "--format", fmt, "-o", str(out))
        assert result.exit_code == 0, result.output
        assert result.output.strip().endswith(
            f"wrote 2 incidents from 3 articles to {out}; 1 incident without coordinates not on the map "
            f"(named in {where})"), result.output
    out = tmp_path / "m.csv"
    result = run("--db", db_path, "export", "-o", str(out))
    assert result.output.strip().endswith(f"wrote 3 incidents from 3 articles to {out}")
