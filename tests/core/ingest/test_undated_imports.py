"""Articles imported without any date are counted and the way to date them is said (the import
summary, `marsad import`); `import --date` dates them at once; `store.set_dates` and `marsad
set-date` give several articles one date in one transaction and their incidents follow it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from core.cli import cli
from core.ingest.importer import analyze_stored, import_paths
from core.store import get_article, get_incidents, list_articles, open_db, set_dates

# sentences written for these tests: one states its date (a dateline), two do not
DATED = "اشتباك في بلدة حدودية\nالموصل - الأحد 2 أغسطس 2015\nقتل خمسة مسلحين أمس في اشتباك مع قوات الجيش قرب الموصل.\n"
UNDATED_1 = "قتل ثلاثة مدنيين أمس في قصف على حي سكني في مدينة حلب.\n"
UNDATED_2 = "أصيب أربعة جنود أمس في انفجار عبوة ناسفة على طريق في محافظة إدلب.\n"


def _files(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("dated.txt", DATED), ("u1.txt", UNDATED_1), ("u2.txt", UNDATED_2)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return paths


def test_the_import_report_counts_undated_articles_and_says_how_to_date_them(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    report = import_paths(db, _files(tmp_path), workers=1)
    names = {r["id"]: Path(r["origin"]).name for r in list_articles(db)}
    assert sorted(names[i] for i in report.undated) == ["u1.txt", "u2.txt"]
    summary = report.summary()
    assert "2 without a date" in summary and "set-date" in summary and "Set date" in summary


def test_import_date_dates_only_the_articles_without_one(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    report = import_paths(db, _files(tmp_path), workers=1, default_date="2016-03-10")
    rows = {Path(r["origin"]).name: r for r in list_articles(db)}
    assert (rows["dated.txt"]["published"], rows["dated.txt"]["date_origin"]) == ("2015-08-02", "text")
    assert (rows["u1.txt"]["published"], rows["u1.txt"]["date_origin"]) == ("2016-03-10", "user")
    assert report.undated == [] and report.dated_by_default == 2
    assert [i["date"] for i in get_incidents(db, rows["u1.txt"]["id"])] == ["2016-03-09"]  # «أمس»
    with pytest.raises(ValueError):
        import_paths(db, _files(tmp_path), default_date="2016-02-31")


def test_set_dates_dates_several_articles_in_one_go_and_marks_them_for_analysis(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    report = import_paths(db, _files(tmp_path), workers=1)
    ids = list(report.undated)
    assert all(i["date"] is None for a in ids for i in get_incidents(db, a))
    assert set_dates(db, ids, "2016-03-10") == ids
    for a in ids:
        art = get_article(db, a)
        assert (art["published"], art["date_origin"], art["analyzer_version"]) == ("2016-03-10", "user", None)
    assert set_dates(db, ids, "2016-03-10") == []  # nothing changed: nothing to analyse again
    assert analyze_stored(db, workers=1) == 2  # the outdated ones: exactly those re-dated
    assert {i["date"] for a in ids for i in get_incidents(db, a)} == {"2016-03-09"}


def test_set_dates_saves_nothing_when_one_article_is_unknown_or_the_date_unreadable(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    ids = import_paths(db, _files(tmp_path), workers=1, analyze=False).undated
    with pytest.raises(LookupError):
        set_dates(db, [*ids, 9999], "2016-03-10")
    with pytest.raises(ValueError):
        set_dates(db, ids, "10 March")
    assert all(get_article(db, a)["published"] is None for a in ids)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), obj={}, catch_exceptions=False)


def test_cli_import_says_how_to_date_and_set_date_dates_the_undated(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    out = run("--db", db, "import", *map(str, _files(tmp_path)))
    assert out.exit_code == 0 and "2 without a date" in out.output and "set-date" in out.output
    out = run("--db", db, "set-date", "--undated", "--date", "2016-03-10")
    assert out.exit_code == 0 and "2 articles dated 2016-03-10, analysed again" in out.output
    rows = {Path(r["origin"]).name: r for r in list_articles(open_db(db))}
    assert [i["date"] for i in get_incidents(open_db(db), rows["u2.txt"]["id"])] == ["2016-03-09"]
    bad = CliRunner().invoke(cli, ["--db", db, "set-date", "1", "--date", "2016-02-31"], obj={})
    assert bad.exit_code == 2


def test_cli_import_date(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    out = run("--db", db, "import", "--date", "2016-03-10", *map(str, _files(tmp_path)))
    assert out.exit_code == 0 and "2 given --date 2016-03-10" in out.output and "without a date" not in out.output
