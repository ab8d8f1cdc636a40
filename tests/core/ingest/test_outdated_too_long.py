"""An article stored without analysis for its length (over MAX_ANALYSIS_CHARS) counted as "analysed
by an older version" in `outdated_among`: every export of a library holding one asked the analyst to
analyse it again first, and "Analyse again, then export" analysed nothing (`analyze_stored` leaves
too-long articles alone), so the question came back at the next export. It is counted as
`outdated_count` counts: not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ingest.importer import MAX_ANALYSIS_CHARS, analyze_stored, outdated_among, outdated_count
from core.ingest.model import ArticleIn
from core.store import add_article, get_article, open_db

SENTENCE = "قال شهود إن اشتباكات اندلعت قرب السوق المركزي في البلدة مساء الأحد. "


def test_a_too_long_article_is_not_outdated_for_an_export(tmp_path: Path) -> None:
    db = open_db(tmp_path / "lib.db")
    short, _ = add_article(db, ArticleIn(title="خبر قصير", text=SENTENCE * 3, source="test"))
    long, _ = add_article(db, ArticleIn(title="تقرير طويل", text=SENTENCE * (MAX_ANALYSIS_CHARS // len(SENTENCE) + 1),
                                     source="test"))
    ids = [int(short), int(long)]
    assert outdated_among(db, ids) == 1  # the short one: never analysed
    assert outdated_among(db, [int(long)]) == 0
    assert analyze_stored(db, workers=1, article_ids=ids) == 1
    assert outdated_among(db, ids) == 0  # nothing left to ask about
    assert outdated_count(db) == 0


def test_set_date_analyses_again_as_reanalyze_does_leaving_a_too_long_article_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`marsad set-date` (and Set date…, read-dates) analyse the re-dated articles through
    `analyze_stored`: a too-long article is left alone there as on import, on opening and in
    `marsad reanalyze`, and the command says how many were analysed."""
    from click.testing import CliRunner

    from core import cli as cli_module
    from core.ingest import importer
    from core.ingest.parallel import Outcome
    from core.pipeline import ANALYZER_VERSION

    analysed: list[tuple[int, str | None]] = []

    def job(j):  # type: ignore[no-untyped-def]
        analysed.append((int(j.key), j.published))
        return Outcome(j.key, {"entities": [], "incidents": [], "summary": {}, "analyzer_version": ANALYZER_VERSION},
                       None)

    monkeypatch.setattr(importer, "analyze_job", job)
    path = tmp_path / "lib.db"
    db = open_db(path)
    short, _ = add_article(db, ArticleIn(title="خبر قصير", text=SENTENCE * 3, source="test"))
    long, _ = add_article(db, ArticleIn(title="تقرير طويل", text=SENTENCE * (MAX_ANALYSIS_CHARS // len(SENTENCE) + 1),
                                     source="test"))
    db.conn.close()
    out = CliRunner().invoke(cli_module.cli, ["--db", str(path), "set-date", str(short), str(long), "--date", "2016-03-10"],
                             obj={}, catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert "2 articles dated 2016-03-10, 1 of them analysed again" in out.output
    assert analysed == [(int(short), "2016-03-10")]
    db = open_db(path)
    assert get_article(db, int(long))["analyzer_version"] is None and get_article(db, int(long))["published"] == "2016-03-10"
    out = CliRunner().invoke(cli_module.cli, ["--db", str(path), "set-date", str(short), "--date", "2016-03-11"],
                             obj={}, catch_exceptions=False)
    assert "1 article dated 2016-03-11, analysed again" in out.output
