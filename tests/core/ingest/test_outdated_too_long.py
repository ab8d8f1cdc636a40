"""An article stored without analysis for its length (over MAX_ANALYSIS_CHARS) counted as "analysed
by an older version" in `outdated_among`: every export of a library holding one asked the analyst to
analyse it again first, and "Analyse again, then export" analysed nothing (`analyze_stored` leaves
too-long articles alone), so the question came back at the next export. It is counted as
`outdated_count` counts: not at all."""

from __future__ import annotations

from pathlib import Path

from core.ingest.importer import MAX_ANALYSIS_CHARS, analyze_stored, outdated_among, outdated_count
from core.ingest.model import ArticleIn
from core.store import add_article, open_db

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
