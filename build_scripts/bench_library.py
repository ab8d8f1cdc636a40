"""Library and reader-side query speed on the 31k shared articles (issue 5 targets: a search
≤ 100 ms; the library must page smoothly). Prints one JSON object of timings in milliseconds.

    .venv/bin/python build_scripts/bench_library.py --db /tmp/marsad-bench-library.db

The database is built on first use (import without analysis, ~a few minutes); a sample of
articles is analysed so the incident filters and entity mentions have something to find.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
QUERIES = ["تعز", "الاعلامي", "التحالف العربي", "غارات جوية", "الحوثيين", "عدن", "اشتباكات", "الضالع",
           "المقاومة الشعبية", "صنعاء"]


def build(db_path: Path, analysed: int) -> None:
    from core.ingest.importer import import_paths
    from core.store import open_db
    from gui.tasks import analyze_and_store

    db = open_db(db_path)
    t0 = time.perf_counter()
    report = import_paths(db, [CORPUS], analyze=False)
    print(f"imported {report.added} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    rows = db.conn.execute("SELECT id, text, published, title FROM articles WHERE search_text LIKE '%اليمن%' "
                           "ORDER BY id LIMIT ?", (analysed,)).fetchall()
    for article_id, text, published, title in rows:
        analyze_and_store(db, article_id, text, published, title)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


def timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="/tmp/marsad-bench-library.db")
    parser.add_argument("--analysed", type=int, default=300, help="articles to analyse when building")
    args = parser.parse_args()
    db_path = Path(args.db)
    if not db_path.exists():
        build(db_path, args.analysed)

    from core.store import count_articles, open_db
    from core.store.library import LibraryQuery, count_matching, entity_mentions, facets, query_articles
    from gui.tasks import library_page, load_article

    db = open_db(db_path)
    out: dict[str, object] = {"articles": count_articles(db)}
    query_articles(db, LibraryQuery(), limit=200)  # warm the cache
    out["first_page_ms"] = timed(lambda: query_articles(db, LibraryQuery(), limit=200))
    out["deep_page_ms"] = timed(lambda: query_articles(db, LibraryQuery(), limit=200, offset=30_000))
    out["count_all_ms"] = timed(lambda: count_matching(db, LibraryQuery()))
    out["sort_by_title_ms"] = timed(lambda: query_articles(db, LibraryQuery(order="title asc"), limit=200))
    per_query = {q: timed(lambda q=q: library_page(db, LibraryQuery(text=q), 1, 0, 200)) for q in QUERIES}
    out["search_page_and_count_ms"] = per_query
    out["search_median_ms"] = statistics.median(per_query.values())
    out["search_max_ms"] = max(per_query.values())
    f = facets(db)
    out["facets_ms"] = timed(lambda: facets(db), repeat=3)
    gov = f["governorates"][0] if f["governorates"] else None
    out["filter_governorate_ms"] = timed(lambda: library_page(db, LibraryQuery(governorate=gov), 1, 0, 200))
    out["filter_search_source_date_ms"] = timed(lambda: library_page(
        db, LibraryQuery(text="تعز", source="spa", date_from="2015-07-25"), 1, 0, 200))
    out["filter_has_notes_starred_ms"] = timed(lambda: library_page(db, LibraryQuery(has_notes=True, starred=True),
                                                                    1, 0, 200))
    out["entity_mentions_place_ms"] = timed(lambda: entity_mentions(db, "LOCATION", text="تعز",
                                                                    attrs={"place_id": "ye:g:15"}), repeat=3)
    out["entity_mentions_text_ms"] = timed(lambda: entity_mentions(db, "LOCATION", text="تعز"), repeat=3)
    analysed = db.conn.execute("SELECT id FROM articles WHERE analyzer_version IS NOT NULL LIMIT 1").fetchone()
    if analysed:
        out["load_article_with_analysis_ms"] = timed(lambda: load_article(db, analysed[0]))
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
