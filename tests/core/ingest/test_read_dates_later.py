"""Articles stored undated before import read datelines can be dated afterwards (`marsad
read-dates`, core.ingest.redate): the same dateline reader, the date marked as read from the text,
the article analysed again so «أمس» becomes a day. An article whose date the analyst cleared
stays undated; one without a dateline too."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from core.cli import cli
from core.ingest.model import ArticleIn
from core.ingest.redate import date_undated
from core.store import add_article, get_article, get_incidents, open_db, save_analysis, update_details

DATELINED = "غارة على مخزن سلاح\nصنعاء - الخميس 12 نوفمبر 2015\nقتل خمسة مسلحين أمس في غارة جوية استهدفت مخزنا للسلاح شمال صنعاء.\n"
NO_DATELINE = "قال سكان إن اشتباكات عنيفة اندلعت أمس في أطراف مدينة تعز.\n"


def _library(path: Path) -> tuple[object, dict[str, int]]:
    db = open_db(path)
    ids = {}
    for name, text in (("dated", DATELINED), ("plain", NO_DATELINE), ("cleared", DATELINED.replace("غارة على", "قصف على"))):
        ids[name], _ = add_article(db, ArticleIn(title=name, text=text, source="t", published=None))
    update_details(db, ids["cleared"], title="cleared", source="t", published="2015-11-12")
    update_details(db, ids["cleared"], title="cleared", source="t", published="")  # the analyst's "unknown"
    assert get_article(db, ids["dated"])["date_origin"] is None
    return db, ids


def test_undated_articles_take_their_dateline(tmp_path: Path) -> None:
    db, ids = _library(tmp_path / "m.db")
    assert [(d.id, d.iso) for d in date_undated(db, dry_run=True).dated] == [(ids["dated"], "2015-11-12")]
    assert get_article(db, ids["dated"])["published"] is None  # a dry run stores nothing
    report = date_undated(db)
    assert report.undated == 2  # the cleared one is the analyst's choice
    [dated] = report.dated
    assert (dated.id, dated.iso, dated.quote) == (ids["dated"], "2015-11-12", "الخميس 12 نوفمبر 2015")
    art = get_article(db, ids["dated"])
    assert (art["published"], art["date_origin"]) == ("2015-11-12", "text")
    assert get_article(db, ids["plain"])["published"] is None
    assert (get_article(db, ids["cleared"])["published"], get_article(db, ids["cleared"])["date_origin"]) == (None, "user")
    assert date_undated(db).dated == []  # twice: nothing more


def test_cli_read_dates_analyses_the_dated_again(tmp_path: Path) -> None:
    from core.pipeline import analyze

    db, ids = _library(tmp_path / "m.db")
    save_analysis(db, ids["dated"], analyze(DATELINED, None, "dated").to_dict())
    assert {i["date"] for i in get_incidents(db, ids["dated"])} == {None}  # «أمس» of no day
    db.conn.close()
    run = CliRunner().invoke(cli, ["--db", str(tmp_path / "m.db"), "read-dates"], obj={})
    assert run.exit_code == 0, run.output
    assert f"dated: article {ids['dated']} «dated»: date 2015-11-12 read from the text «الخميس 12 نوفمبر 2015»" in run.output
    assert "1 of 2 undated articles dated from their text, analysed again" in run.output
    db = open_db(tmp_path / "m.db")
    assert [i["date"] for i in get_incidents(db, ids["dated"])] == ["2015-11-11"]
