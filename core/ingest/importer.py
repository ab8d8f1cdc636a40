"""Import: read files, drop duplicates, store articles and (optionally) their analysis.

Work goes in batches: articles are read and deduplicated, analysed outside any transaction
(CPU work must not hold the write lock the GUI's own writes wait on), then the batch is written
in one transaction — one commit per batch is what makes 31k articles import in minutes.
Cancelling keeps everything finished so far; failures become `IngestError`s and the import goes
on, so nothing the user chose is silently dropped.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import sqlite_utils

from core.ingest.model import ArticleIn, IngestError
from core.ingest.readers import read_path
from core.store.analyses import save_analysis
from core.store.articles import content_hash, count_articles, find_by_hash, insert_article
from core.store.db import transaction
from core.text.normalize import fold_for_search

log = logging.getLogger(__name__)
Progress = Callable[[int, int | None, str], None]
Cancel = Callable[[], bool]
_PROGRESS_INTERVAL = 0.25  # seconds between progress reports while analysing
MAX_FAILURES_IN_A_ROW = 20


@dataclass(slots=True)
class ImportReport:
    added: int = 0
    duplicates: int = 0
    errors: list[IngestError] = field(default_factory=list)
    cancelled: bool = False
    analyzed: int = 0
    added_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.added} added, {self.duplicates} duplicates, {len(self.errors)} errors"
        return text + (" (cancelled)" if self.cancelled else "")


@dataclass(slots=True)
class _Run:
    """State of one import shared by its batches."""

    report: ImportReport
    analyze: bool
    cancel: Cancel
    progress: Progress | None = None
    seen: set[str] = field(default_factory=set)  # hashes stored now: duplicates inside a batch
    failures_in_a_row: int = 0


@dataclass(slots=True)
class _Pending:
    article: ArticleIn
    folded: str
    digest: str
    analysis: dict[str, Any] | None = None


def _analyze(article: ArticleIn) -> dict[str, Any]:
    from core.pipeline import analyze

    return analyze(article.text, article.published, article.title).to_dict()


def import_paths(
    db: sqlite_utils.Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    analyze: bool = True,
    on_progress: Progress | None = None,
    should_cancel: Cancel | None = None,
    batch_size: int = 200,
) -> ImportReport:
    """Import every article in `paths` (files or folders). `on_progress(done, total, message)`
    is called as each file starts and after each batch; the total is unknown (None) because
    files are streamed. `should_cancel()` is checked between articles."""
    report = ImportReport()
    cancel = should_cancel or (lambda: False)
    progress = on_progress or (lambda done, total, message: None)
    run = _Run(report, analyze, cancel, progress)
    batch: list[ArticleIn] = []

    def flush() -> None:
        _write_batch(db, batch, run)
        batch.clear()
        done = report.added + report.duplicates
        progress(done, None, f"{done} articles read, {report.added} new")

    for path in paths:
        progress(report.added + report.duplicates, None, f"reading {os.fspath(path)}")
        for item in read_path(path):
            if isinstance(item, IngestError):
                report.errors.append(item)
            else:
                batch.append(item)
                if len(batch) >= batch_size:
                    flush()
            if report.cancelled or cancel():
                report.cancelled = True
                break
        if report.cancelled:
            break
    if batch:
        flush()
    return report


def _write_batch(db: sqlite_utils.Database, batch: list[ArticleIn], run: _Run) -> None:
    report = run.report
    pending: list[_Pending] = []
    last_report = time.monotonic()
    for article in batch:
        if pending and run.cancel():  # keep what is analysed; the rest of the batch is not imported
            report.cancelled = True
            break
        folded = fold_for_search(article.text)
        digest = content_hash(article.text, folded)
        if digest in run.seen or find_by_hash(db, digest) is not None:
            report.duplicates += 1
            continue
        run.seen.add(digest)
        item = _Pending(article, folded, digest)
        if run.analyze:
            _analyze_one(item, run)
            # Analysis is the slow part: tell the user it moves, at most a few times a second.
            if run.progress and time.monotonic() - last_report > _PROGRESS_INTERVAL:
                last_report = time.monotonic()
                done = report.added + report.duplicates + len(pending) + 1
                run.progress(done, None, f"analysing: {article.title[:60]}")
        pending.append(item)
    with transaction(db):
        for item in pending:
            article_id, created = insert_article(db, item.article, item.folded, item.digest)
            if not created:  # another writer stored the same text meanwhile
                report.duplicates += 1
                continue
            report.added += 1
            report.added_ids.append(article_id)
            if item.analysis is not None:
                save_analysis(db, article_id, item.analysis)
                report.analyzed += 1


def _analyze_one(item: _Pending, run: _Run) -> None:
    """Analyse one article; a failure is reported and the article is stored unanalysed.

    When the analyzer fails for many articles in a row it is broken (a missing model, say), not
    the articles: analysis stops for the rest of this import with one error instead of
    thousands, and those articles are analysed later (`analyze_stored`, or when opened).
    """
    try:
        item.analysis = _analyze(item.article)
        run.failures_in_a_row = 0
        return
    except Exception as exc:  # noqa: BLE001 — one article's failure must not stop the import
        reason = f"{type(exc).__name__}: {exc}"
    run.failures_in_a_row += 1
    run.report.errors.append(IngestError(item.article.origin, f"stored, but analysis failed ({reason})"))
    if run.failures_in_a_row >= MAX_FAILURES_IN_A_ROW:
        run.analyze = False
        run.report.errors.append(
            IngestError(
                item.article.origin,
                f"analysis stopped after {MAX_FAILURES_IN_A_ROW} failures in a row; the remaining "
                "articles are stored unanalysed and can be analysed later",
            )
        )


def analyze_stored(
    db: sqlite_utils.Database,
    *,
    only_stale: bool = True,
    on_progress: Progress | None = None,
    should_cancel: Cancel | None = None,
    batch_size: int = 50,
) -> int:
    """(Re-)analyse stored articles: by default those never analysed or analysed by an older
    ANALYZER_VERSION. Returns how many were analysed; one that fails is logged, stays stale and
    is tried again next time. Analyst overrides are kept."""
    from core.pipeline import ANALYZER_VERSION, analyze

    where = "WHERE analyzer_version IS NULL OR analyzer_version != ?" if only_stale else ""
    params = [ANALYZER_VERSION] if only_stale else []
    ids = [r[0] for r in db.conn.execute(f"SELECT id FROM articles {where} ORDER BY id", params)]
    cancel = should_cancel or (lambda: False)
    done = 0
    for start in range(0, len(ids), batch_size):
        results: list[tuple[int, dict[str, Any]]] = []
        for article_id in ids[start : start + batch_size]:
            if cancel():
                break
            row = db.conn.execute(
                "SELECT text, published, title FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None:
                continue
            try:
                results.append((article_id, analyze(row[0], row[1], row[2]).to_dict()))
            except Exception:  # noqa: BLE001 — it stays stale and is tried again next time
                log.exception("analysis of article %s failed", article_id)
        with transaction(db):
            for article_id, result in results:
                save_analysis(db, article_id, result)
        done += len(results)
        if on_progress:
            on_progress(done, len(ids), f"{done} of {len(ids)} articles analysed")
        if cancel():
            break
    return done


def seed_samples(db: sqlite_utils.Database, *, analyze: bool = True) -> int:
    """Import the bundled sample articles into an empty library; returns how many were added."""
    if count_articles(db):
        return 0
    folder = resources.files("resources") / "samples"
    entries = json.loads((folder / "samples.json").read_text(encoding="utf-8"))
    batch = [
        ArticleIn(
            title=entry.get("title") or entry["file"],
            text=(folder / entry["file"]).read_text(encoding="utf-8"),
            source=entry.get("source") or "",
            url=entry.get("url") or "",
            published=entry.get("published"),
            origin=f"sample:{entry['file']}",
        )
        for entry in entries
    ]
    report = ImportReport()
    _write_batch(db, batch, _Run(report, analyze, lambda: False))
    return report.added
