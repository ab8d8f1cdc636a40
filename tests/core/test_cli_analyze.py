"""`marsad analyze`: which date each document is analysed with, and the ids of PATH documents.

The pipeline is replaced by a spy that records its arguments: these tests are about the
command's contract (docs/cli.md), not about what the analysis finds.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from core.cli import cli

TEXT = "قتل 12 مسلحا في تعز"


class _Result:
    def __init__(self, date):
        self.date = date

    def to_dict(self, doc_id):
        return {"id": doc_id, "date": self.date}


@pytest.fixture
def dates(monkeypatch):
    """The date argument of every pipeline run, in order."""
    seen: list = []

    def spy(text, date=None, title=""):
        seen.append(date)
        return _Result(date)

    monkeypatch.setattr("core.pipeline.analyze", spy)
    return seen


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, obj={})


def jsonl(tmp_path, *rows: dict) -> str:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"text": TEXT, **r}, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_a_documents_own_date_wins_over_the_date_option(tmp_path, dates):
    path = jsonl(tmp_path, {"date": "2015-08-06"}, {}, {"date": "2015-07-30"})
    result = run("analyze", path, "--date", "2015-08-10")
    assert result.exit_code == 0, result.stderr
    assert dates == ["2015-08-06", "2015-08-10", "2015-07-30"]  # --date only where none is given
    assert result.stderr == ""


def test_date_option_is_the_default_on_stdin_too(dates):
    lines = json.dumps({"id": 1, "text": TEXT}) + "\n" + json.dumps({"id": 2, "text": TEXT, "date": "2015-08-01"}) + "\n"
    assert run("analyze", "-", "--date", "2015-08-10", input=lines).exit_code == 0
    assert dates == ["2015-08-10", "2015-08-01"]


@pytest.mark.parametrize("bad", ["10/08/2015", "2015-13-45", "2015-8-1", "yesterday"])
def test_an_unreadable_date_option_is_a_usage_error(tmp_path, dates, bad):
    result = run("analyze", jsonl(tmp_path, {}), "--date", bad)
    assert result.exit_code == 2
    assert "--date" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert dates == []  # nothing analysed


def test_day_first_dates_are_read_and_impossible_ones_warned_about(tmp_path, dates):
    path = jsonl(tmp_path, {"date": "06/08/2015"}, {"date": "2015-13-45"}, {"date": "31/02/2015"})
    result = run("analyze", path)
    assert result.exit_code == 0
    assert dates == ["2015-08-06", None, None]  # day first, as Arab outlets (and `marsad import`) write it
    warnings = result.stderr.splitlines()
    assert len(warnings) == 2
    assert warnings[0].startswith(f"warning: {path}#2: unreadable date '2015-13-45'")
    assert "without a date" in warnings[0]
    assert f"{path}#3" in warnings[1] and "'31/02/2015'" in warnings[1]


def test_an_unreadable_document_date_falls_back_to_the_date_option(tmp_path, dates):
    result = run("analyze", jsonl(tmp_path, {"date": "2015-13-45"}), "--date", "2015-08-10")
    assert dates == ["2015-08-10"]
    assert "using --date 2015-08-10" in result.stderr


def test_stdin_dates_are_read_like_imported_ones_and_bad_ones_warned_about(dates):
    lines = "".join(
        json.dumps({"id": i, "text": TEXT, "date": d}) + "\n" for i, d in enumerate(["06/08/2015", "2015-13-45", 20150806])
    )
    result = run("analyze", "-", input=lines)
    assert result.exit_code == 0
    assert dates == ["2015-08-06", None, None]
    warnings = result.stderr.splitlines()
    assert len(warnings) == 2
    assert warnings[0].startswith("warning: line 2 (id 1): unreadable date '2015-13-45'")
    assert warnings[1].startswith("warning: line 3 (id 2): unreadable date '20150806'")


def test_every_document_of_a_json_lines_file_is_numbered_from_one(tmp_path, dates):
    path = jsonl(tmp_path, {}, {}, {})
    result = run("analyze", path)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [f"{path}#1", f"{path}#2", f"{path}#3"]


def test_a_single_document_file_is_named_by_its_path(tmp_path, dates):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run("analyze", str(path))
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [str(path)]
