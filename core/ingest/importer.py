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
import re
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import sqlite_utils

from core.ingest.dates import iso_date, normalize_date
from core.ingest.encoding import unmojibake
from core.ingest.model import ArticleIn, IngestError, ProgressNote, ReadWarning, damaged_characters, shown_name
from core.ingest.parallel import (
    MAX_ANALYSIS_CHARS,
    PARALLEL_THRESHOLD,
    AnalysisPool,
    Job,
    analyze_job,
    default_workers,
    too_long_to_analyse,
)
from core.ingest.readers import read_path
from core.ingest.text_date import date_in_text
from core.ingest.titles import title_from_text
from core.store.analyses import save_analysis
from core.store.articles import IDS_PER_QUERY, count_articles, find_by_hash, hash_of_fold, insert_article
from core.store.db import check_writable, transaction
from core.store.entity_corrections import list_entity_corrections
from core.text.normalize import fold, search_fold_of
from core.text.english import plural

log = logging.getLogger(__name__)
Progress = Callable[[int, int | None, str], None]
Cancel = Callable[[], bool]
_PROGRESS_INTERVAL = 0.25  # seconds between progress reports while analysing
MAX_FAILURES_IN_A_ROW = 20


@dataclass(slots=True)
class Duplicate:
    """An article not imported because its text is already stored, or was read earlier in the
    same import: which one it was, and which stored article it repeats."""

    origin: str  # the skipped article: a file, "file:line", "file[3]"
    digest: str = field(repr=False, default="")
    first_origin: str = ""  # where the article it repeats came from
    stored_id: int | None = None  # that article in the library (None: not stored, e.g. cancelled)
    stored_title: str = ""

    def __str__(self) -> str:
        if self.stored_id is None:
            return f"{self.origin}: same text as {self.first_origin}; skipped"
        title = f" «{self.stored_title}»" if self.stored_title else ""
        came_from = f", imported from {self.first_origin}" if self.first_origin else ""
        return f"{self.origin}: same text as article {self.stored_id}{title}{came_from}; skipped"


@dataclass(slots=True)
class DatedFromText:
    """An article imported without a date field whose date was read from its own text (its
    dateline, `core.ingest.text_date`): where, the date, and the words it was read from."""

    origin: str
    iso: str
    quote: str

    def __str__(self) -> str:
        return f"{self.origin}: date {self.iso} read from the text «{self.quote}»"


@dataclass(slots=True)
class ImportReport:
    added: int = 0
    duplicates: int = 0
    errors: list[IngestError] = field(default_factory=list)
    cancelled: bool = False
    analyzed: int = 0
    added_ids: list[int] = field(default_factory=list)
    # Articles imported with something left out (a date that could not be read).
    warnings: list[IngestError] = field(default_factory=list)
    skipped: list[Duplicate] = field(default_factory=list)  # one per duplicate, in reading order
    # Files of an imported folder that are no article format (IngestError.passed_over): not failures.
    passed_over: list[IngestError] = field(default_factory=list)
    # New articles without a date field, dated from their dateline.
    dated_from_text: list[DatedFromText] = field(default_factory=list)
    # New articles stored with no date at all (no date field, no dateline, no --date): their
    # incidents are undated until the analyst sets one (UNDATED_HINT).
    undated: list[int] = field(default_factory=list)
    # New articles given the importer's default date (`import_paths(default_date=…)`, `import --date`).
    dated_by_default: int = 0

    @property
    def not_arabic(self) -> list[IngestError]:
        """The warnings of articles with no Arabic letter (an English or French text): kept, but
        entities and incidents are found in Arabic text only."""
        return [w for w in self.warnings if w.code == NO_ARABIC_TEXT]

    @property
    def other_warnings(self) -> list[IngestError]:
        """The warnings but those of `not_arabic`."""
        return [w for w in self.warnings if w.code != NO_ARABIC_TEXT]

    def summary(self) -> str:
        text = plural(f"{self.added} added, {self.duplicates} duplicate(s), {len(self.errors)} error(s)",
                      self.duplicates, len(self.errors))
        if self.other_warnings:
            text += plural(f", {len(self.other_warnings)} warning(s)", len(self.other_warnings))
        if self.not_arabic:
            text += f", {len(self.not_arabic)} not in Arabic (no entities or incidents found)"
        if self.passed_over:
            text += f", {len(self.passed_over)} skipped (not a text format)"
        if self.dated_from_text:
            text += f", {len(self.dated_from_text)} dated from their text"
        if self.dated_by_default:
            text += f", {self.dated_by_default} given the import's date"
        if self.undated:
            text += f", {self.undated_text()}"
        return text + (" (cancelled)" if self.cancelled else "")

    def undated_text(self) -> str:
        """"N without a date (…how to set it)", for the summary line."""
        return plural(f"{len(self.undated)} without a date", len(self.undated)) + f" ({UNDATED_HINT})"


# What to do about articles imported without a date (an ImportReport's `undated`).
UNDATED_HINT = ("their incidents have no date; set it with `marsad set-date ID... --date YYYY-MM-DD`, "
                "`marsad import --date`, or in the app: select the articles, Set date…")


@dataclass(slots=True)
class _Run:
    """State of one import shared by its batches."""

    report: ImportReport
    analyze: bool
    cancel: Cancel
    progress: Progress | None = None
    default_date: str | None = None  # for articles that carry none and state none (import --date)
    seen: dict[str, str] = field(default_factory=dict)  # hash → origin of articles read now
    failures_in_a_row: int = 0
    workers_broken: bool = False  # a worker process died: analyse in this process from then on


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
    workers: int | None = None,
    default_date: str | None = None,
) -> ImportReport:
    """Import every article in `paths` (files or folders). `on_progress(done, total, message)`
    is called as each file starts and after each batch; the total is unknown (None) because
    files are streamed. `should_cancel()` is checked between articles.

    `workers`: processes that analyse. None decides by size: a small import stays in this
    process; once more than `PARALLEL_THRESHOLD` articles have been read, the rest is analysed
    by one worker per core (`core.ingest.parallel`). 1 never starts a process.

    `default_date` (YYYY-MM-DD): the date of articles with no date field and no dateline (the
    analyst's, origin "user"); a date that cannot be read raises ValueError before anything is read.
    Articles left without any date are listed in the report's `undated`.

    A database opened read-only raises ReadOnlyError at once, before any file is read or analysed."""
    check_writable(db)
    if default_date is not None:
        default_date = iso_date(default_date)
    report = ImportReport()
    cancel = should_cancel or (lambda: False)
    progress = on_progress or (lambda done, total, message: None)
    run = _Run(report, analyze, cancel, progress, default_date)
    articles = _read_all(paths, run)
    batch: list[ArticleIn] = []
    read = 0
    for article in articles:
        batch.append(article)
        read += 1
        if len(batch) >= batch_size:
            _write_batch(db, batch, run)
            batch.clear()
            _report_batch(run)
            if run.analyze and not run.workers_broken and _wants_processes(workers, read):
                _import_parallel(db, articles, run, batch_size, workers)
        if report.cancelled or cancel():
            report.cancelled = True
            break
    if batch:
        _write_batch(db, batch, run)
        _report_batch(run)
    _name_stored_copies(db, report.skipped)
    return report


def import_text(db: sqlite_utils.Database, text: str, *, analyze: bool = True, origin: str = "clipboard") -> ImportReport:
    """Import one article given as text (pasted by the analyst): titled by its first line when that
    is a headline (as a .txt file is), else by its first words; repaired, dated from its dateline,
    deduplicated and analysed as a file's article is. Text with nothing but spaces imports nothing."""
    check_writable(db)
    report = ImportReport()
    if not text.strip():
        return report
    run = _Run(report, analyze, lambda: False, lambda done, total, message: None)
    words = text.split()
    title = title_from_text(text) or " ".join(words[:8]) + (" …" if len(words) > 8 else "")
    article = ArticleIn(title=title, text=text, origin=origin)
    _prepare(article, report)
    _write_batch(db, [article], run)
    _name_stored_copies(db, report.skipped)
    return report


def count_articles_in(paths: Iterable[str | os.PathLike[str]], should_cancel: Cancel | None = None) -> int | None:
    """How many articles `paths` hold (read, not analysed or stored): the end of a progress bar,
    since `import_paths` streams and cannot know it. None when cancelled meanwhile."""
    cancel = should_cancel or (lambda: False)
    total = 0
    for path in paths:
        for item in read_path(path):
            if cancel():
                return None
            if isinstance(item, ArticleIn):
                total += 1
    return total


def _read_all(paths: Iterable[str | os.PathLike[str]], run: _Run) -> Iterator[ArticleIn]:
    """Every article of every path in turn; errors go to the report as they are met."""
    report = run.report
    for path in paths:
        if report.cancelled:
            return
        if run.progress:
            run.progress(report.added + report.duplicates, None,
                         ProgressNote(f"reading {shown_name(os.fspath(path))}", "reading",
                                      path=shown_name(os.fspath(path))))
        for item in read_path(path):
            if isinstance(item, IngestError):
                (report.passed_over if item.passed_over else report.errors).append(item)
            else:
                _prepare(item, report)
                if run.default_date and normalize_date(item.published) is None:
                    item.published, item.date_origin = run.default_date, "user"
                yield item


def _prepare(article: ArticleIn, report: ImportReport) -> None:
    """What every article read gets before it is stored: its characters repaired, its date read
    from its dateline, its reader's warnings in the report (and one when it has no Arabic)."""
    _repair_characters(article)
    _date_from_text(article)
    if article.text.strip() and not _ARABIC_LETTER.search(article.text):
        article.warnings.append(no_arabic_text())
    report.warnings += [IngestError.warning(article.origin, _by_outcome(warning, article))
                        for warning in article.warnings]


# An Arabic letter (a PDF's presentation forms too); digits and punctuation («،») are no language.
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdfb\ufe70-\ufefc]")
NO_ARABIC_TEXT = "no_arabic_text"


def no_arabic_text() -> ReadWarning:
    """The notice of an article with no Arabic letter: stored all the same, nothing found in it."""
    return ReadWarning("no Arabic text (English, French…?): the article is kept, but entities and incidents "
                       "are found in Arabic text only", "no_arabic_text")


# Characters no file can store: a lone UTF-16 half (JSON's "\\ud83d" of an emoji cut in two by a
# scraper: json.loads accepts it, UTF-8 and SQLite cannot encode it) and NUL (JSON's "\\u0000").
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def _repair_characters(article: ArticleIn) -> None:
    """Replace each lone UTF-16 half by U+FFFD and drop NULs in the article's fields, with one
    warning counting them (before, one such character stopped the whole import with a traceback);
    then read Arabic stored as Latin-letter mojibake back from its bytes (`unmojibake`: the text
    decides, its title follows in the same encoding), with a warning."""
    count = 0

    def repaired(value: str) -> str:
        nonlocal count
        value, n = _UNSTORABLE.subn(lambda m: "" if m.group() == "\x00" else "\ufffd", value)
        count += n
        return value

    article.title, article.text = repaired(article.title), repaired(article.text)
    article.source, article.url = repaired(article.source), repaired(article.url)
    if count:
        article.warnings.append(damaged_characters(count))
    text, encoding = unmojibake(article.text)
    if encoding:
        title, _ = unmojibake(article.title, encoding)
        article.text, article.title = text, title
        article.warnings.append(ReadWarning(
            f"the text was Arabic stored as Latin letters ({encoding} read as Latin-1 or cp1252) and was read back; "
            "check it against the source", "mojibake_repaired", encoding=encoding))


def _date_from_text(article: ArticleIn) -> None:
    """An article without a date takes the one its head states (a dateline), marked as read from
    the text; most stay undated (`core.ingest.text_date`: an unknown date beats a wrong one)."""
    if article.published:
        return
    found = date_in_text(article.text)
    if found is not None:
        article.published, article.date_origin = found.iso, "text"
        article.date_quote = found.words


def _by_outcome(warning: str, article: ArticleIn) -> str:
    """A date field not understood says what became of the article: undated, or dated from its
    dateline (before, "imported without a date" stood next to the note giving its date)."""
    if getattr(warning, "code", "") != "date_not_understood" or article.date_origin != "text":
        return warning
    dates = str(getattr(warning, "params", {}).get("dates", ""))
    return ReadWarning(f"date not understood ({dates}); dated {article.published} from its text instead",
                       "date_not_understood_read_from_text", dates=dates, date=article.published or "")


def _report_batch(run: _Run) -> None:
    report = run.report
    done = report.added + report.duplicates
    if run.progress:
        run.progress(done, None, ProgressNote(f"{done} articles read, {report.added} new", "read", done=str(done),
                                              added=str(report.added)))


def _wants_processes(workers: int | None, read: int) -> bool:
    if workers == 1:
        return False
    if workers is None:
        return default_workers() > 1 and read >= PARALLEL_THRESHOLD
    return True


def _import_parallel(
    db: sqlite_utils.Database,
    articles: Iterator[ArticleIn],
    run: _Run,
    batch_size: int,
    workers: int | None,
) -> None:
    """The rest of `articles`, analysed by worker processes and written here in batches.

    Returns when the articles run out, on cancel (what is analysed is kept, the rest of what
    was in flight is not imported), or when analysis stops (broken analyzer, a worker died): the
    articles in flight are then stored unanalysed and the caller goes on in-process.
    """
    report = run.report
    waiting: dict[int, _Pending] = {}
    done: list[_Pending] = []
    last_report = time.monotonic()

    def jobs() -> Iterator[Job]:
        for seq, article in enumerate(articles):
            item = _deduplicated(db, article, run)
            if item is None:
                continue
            reason = too_long_to_analyse(article.text)
            if reason:
                report.errors.append(_not_analysed(article.origin, article.text, reason))
                done.append(item)
                continue
            waiting[seq] = item
            yield Job(seq, article.text, article.published, article.title)
            if not run.analyze or report.cancelled:
                return

    pool = AnalysisPool(workers if workers and workers > 1 else None)
    broken = False
    try:
        for outcome in pool.imap(jobs()):
            item = waiting.pop(outcome.key)  # type: ignore[call-overload]
            if outcome.error is None:
                item.analysis = outcome.analysis
                run.failures_in_a_row = 0
            else:
                _analysis_failed(item, outcome.error, run)
            done.append(item)
            if len(done) >= batch_size:
                _store(db, done, run)
                done.clear()
                _report_batch(run)
            elif run.progress and time.monotonic() - last_report > _PROGRESS_INTERVAL:
                last_report = time.monotonic()
                count = report.added + report.duplicates + len(done)
                run.progress(count, None, _analysing(item.article.title))
            if run.cancel():
                report.cancelled = True
                break
            if not run.analyze:
                break
    except BrokenProcessPool as exc:
        broken = True
        report.errors.append(
            IngestError("(analysis workers)", f"an analysis process stopped ({exc}); continuing in this process",
                        code="workers_stopped", params={"detail": str(exc)})
        )
    finally:
        pool.close(cancel=True)
    if not report.cancelled:  # in flight when the workers stopped or analysis was given up
        for key in sorted(waiting):
            item = waiting[key]
            if broken and run.analyze:
                _analyze_one(item, run)
            done.append(item)
    _store(db, done, run)
    _report_batch(run)
    if broken:
        run.workers_broken = True


def _deduplicated(db: sqlite_utils.Database, article: ArticleIn, run: _Run) -> _Pending | None:
    """The article ready to store, or None (counted) when it is already stored or seen now."""
    base = fold(article.text).lower()  # one fold for the hash and the search copy
    digest = hash_of_fold(base)
    if digest in run.seen or find_by_hash(db, digest) is not None:
        run.report.duplicates += 1
        run.report.skipped.append(Duplicate(article.origin, digest, run.seen.get(digest, "")))
        return None
    run.seen[digest] = article.origin
    return _Pending(article, search_fold_of(base), digest)


def _name_stored_copies(db: sqlite_utils.Database, skipped: list[Duplicate]) -> None:
    """Fill in the stored article each duplicate repeats (looked up once the import is written:
    the first copy may have been stored in the same batch as its duplicate)."""
    for duplicate in skipped:
        row = db.conn.execute(
            "SELECT id, title, origin FROM articles WHERE content_hash = ?", (duplicate.digest,)
        ).fetchone()
        if row is not None:
            duplicate.stored_id, duplicate.stored_title = int(row[0]), str(row[1])
            duplicate.first_origin = str(row[2] or duplicate.first_origin)


def _write_batch(db: sqlite_utils.Database, batch: list[ArticleIn], run: _Run) -> None:
    """Deduplicate, analyse in this process, store: the path for small imports."""
    report = run.report
    pending: list[_Pending] = []
    last_report = time.monotonic()
    for article in batch:
        if pending and run.cancel():  # keep what is analysed; the rest of the batch is not imported
            report.cancelled = True
            break
        item = _deduplicated(db, article, run)
        if item is None:
            continue
        if run.analyze:
            _analyze_one(item, run)
            # Analysis is the slow part: tell the user it moves, at most a few times a second.
            if run.progress and time.monotonic() - last_report > _PROGRESS_INTERVAL:
                last_report = time.monotonic()
                done = report.added + report.duplicates + len(pending) + 1
                run.progress(done, None, _analysing(article.title))
        pending.append(item)
    _store(db, pending, run)


def _store(db: sqlite_utils.Database, pending: list[_Pending], run: _Run) -> None:
    """One transaction for the batch: one commit per batch is what makes big imports fast."""
    report = run.report
    if not pending:
        return
    with transaction(db):
        for item in pending:
            article_id, created = insert_article(db, item.article, item.folded, item.digest)
            if not created:  # another writer stored the same text meanwhile
                report.duplicates += 1
                report.skipped.append(Duplicate(item.article.origin, item.digest))
                continue
            report.added += 1
            report.added_ids.append(article_id)
            if item.article.date_origin == "text":
                report.dated_from_text.append(
                    DatedFromText(item.article.origin, item.article.published or "", item.article.date_quote))
            elif item.article.date_origin == "user" and run.default_date:
                report.dated_by_default += 1
            if normalize_date(item.article.published) is None:  # none, or one not understood
                report.undated.append(article_id)
            if item.analysis is not None:
                save_analysis(db, article_id, item.analysis)
                report.analyzed += 1


def _analysing(title: str) -> ProgressNote:
    return ProgressNote(f"analysing: {title[:60]}", "analysing", title=title[:60])


def _not_analysed(origin: str, text: str, reason: str) -> IngestError:
    """An article stored unanalysed for its length (code and params for the GUI's wording)."""
    return IngestError(origin, f"stored, but not analysed: {reason}", code="too_long_to_analyse",
                       params={"chars": f"{len(text):,}", "limit": f"{MAX_ANALYSIS_CHARS:,}"})


def _analyze_one(item: _Pending, run: _Run) -> None:
    """Analyse one article; a failure is reported and the article is stored unanalysed."""
    reason = too_long_to_analyse(item.article.text)
    if reason:
        run.report.errors.append(_not_analysed(item.article.origin, item.article.text, reason))
        return
    try:
        item.analysis = _analyze(item.article)
        run.failures_in_a_row = 0
        return
    except Exception as exc:  # noqa: BLE001 — one article's failure must not stop the import
        reason = f"{type(exc).__name__}: {exc}"
    _analysis_failed(item, reason, run)


def _analysis_failed(item: _Pending, reason: str, run: _Run) -> None:
    """Report one failed analysis (the article is stored unanalysed).

    When the analyzer fails for many articles in a row it is broken (a missing model, say), not
    the articles: analysis stops for the rest of this import with one error instead of
    thousands, and those articles are analysed later (`analyze_stored`, or when opened).
    """
    if not run.analyze:  # already given up: results still arriving from workers add nothing
        return
    run.failures_in_a_row += 1
    run.report.errors.append(IngestError(item.article.origin, f"stored, but analysis failed ({reason})",
                                         code="analysis_failed", params={"detail": reason}))
    if run.failures_in_a_row >= MAX_FAILURES_IN_A_ROW:
        run.analyze = False
        run.report.errors.append(
            IngestError(
                item.article.origin,
                f"analysis stopped after {MAX_FAILURES_IN_A_ROW} failures in a row; the remaining "
                "articles are stored unanalysed and can be analysed later",
                code="analysis_stopped",
                params={"count": str(MAX_FAILURES_IN_A_ROW)},
            )
        )


def analyze_article(
    db: sqlite_utils.Database, article_id: int, text: str, published: str | None, title: str
) -> dict[str, Any]:
    """Analyse one stored article again, with the analyst's entity decisions, and save its entities,
    incidents and summary, without checking its length (the GUI's one article: opened outdated, a correction
    made, Article details' date or title changed). Several at once — Set date…, read dates,
    reanalyze — go through `analyze_stored`, which leaves too-long articles alone."""
    from core.pipeline import analyze

    result = analyze(text, published, title, corrections=list_entity_corrections(db, article_id)).to_dict()
    save_analysis(db, article_id, result)
    return result


# An article the current ANALYZER_VERSION (the one parameter) has not analysed: an older one did, or none.
OUTDATED = "(analyzer_version IS NULL OR analyzer_version != ?)"


def analyze_stored(
    db: sqlite_utils.Database,
    *,
    only_stale: bool = True,
    on_progress: Progress | None = None,
    should_cancel: Cancel | None = None,
    batch_size: int = 50,
    workers: int | None = None,
    article_ids: Iterable[int] | None = None,
) -> int:
    """(Re-)analyse stored articles: by default those never analysed or analysed by an older
    ANALYZER_VERSION (of `article_ids` only, when given: an export's). Returns how many were
    analysed; one that fails is logged, stays stale and is tried again next time. Only machine
    output is replaced (`save_analysis`): notes, highlights, tags, flags and incident overrides are
    never touched. Articles too long to analyse automatically are left alone. `workers` as in
    `import_paths`; as there, a read-only database raises ReadOnlyError before any work."""
    from core.pipeline import ANALYZER_VERSION

    check_writable(db)
    where = "WHERE length(text) <= ?"
    params: list[Any] = [MAX_ANALYSIS_CHARS]
    if only_stale:
        where += f" AND {OUTDATED}"
        params.append(ANALYZER_VERSION)
    ids = [r[0] for r in db.conn.execute(f"SELECT id FROM articles {where} ORDER BY id", params)]
    if article_ids is not None:
        wanted = {int(i) for i in article_ids}
        ids = [i for i in ids if i in wanted]
    cancel = should_cancel or (lambda: False)

    def jobs() -> Iterator[Job]:
        for article_id in ids:
            row = db.conn.execute(
                "SELECT text, published, title FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is not None:  # deleted meanwhile
                yield Job(article_id, row[0], row[1], row[2], tuple(list_entity_corrections(db, article_id)))

    use_pool = workers != 1 and (
        workers is not None or (default_workers() > 1 and len(ids) >= PARALLEL_THRESHOLD)
    )
    pool = AnalysisPool(workers) if use_pool else None
    outcomes = pool.imap(jobs()) if pool else (analyze_job(job) for job in jobs())
    done = 0
    results: list[tuple[int, dict[str, Any]]] = []

    def write() -> None:
        nonlocal done
        with transaction(db):
            for article_id, result in results:
                save_analysis(db, article_id, result)
        done += len(results)
        results.clear()
        if on_progress:
            on_progress(done, len(ids), f"{done} of {len(ids)} articles analysed")

    try:
        seen = 0
        for outcome in outcomes:
            seen += 1
            if outcome.analysis is None:  # it stays stale and is tried again next time
                log.error("analysis of article %s failed: %s", outcome.key, outcome.error)
            else:
                results.append((int(outcome.key), outcome.analysis))  # type: ignore[call-overload]
            if seen % batch_size == 0:
                write()
            if cancel():
                break
        if results:
            write()
    finally:
        if pool:
            pool.close(cancel=True)
    return done


def outdated_among(db: sqlite_utils.Database, article_ids: Iterable[int]) -> int:
    """How many of `article_ids` the current analyzer has not analysed (an older version did, or
    none): their incidents are not what this version finds until they are analysed again
    (`analyze_stored`, `marsad reanalyze`, the GUI's File menu) or opened. What `marsad export`
    and the Export dialog warn of. An article too long to analyse automatically is not counted
    (as in `outdated_count`): analysing again leaves it alone, so the question would come back
    at every export and "Analyse again, then export" would change nothing."""
    from core.pipeline import ANALYZER_VERSION

    ids = [int(i) for i in article_ids]
    n = 0
    for at in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[at:at + IDS_PER_QUERY]
        marks = ", ".join("?" for _ in chunk)
        n += db.conn.execute(
            f"SELECT count(*) FROM articles WHERE id IN ({marks}) AND length(text) <= ? AND {OUTDATED}",
            (*chunk, MAX_ANALYSIS_CHARS, ANALYZER_VERSION)).fetchone()[0]
    return n


def outdated_count(db: sqlite_utils.Database) -> int:
    """How many articles `analyze_stored` would analyse by default: those the current analyzer has
    not analysed (`outdated_among`) and not too long to analyse automatically."""
    from core.pipeline import ANALYZER_VERSION

    return int(db.conn.execute(f"SELECT count(*) FROM articles WHERE length(text) <= ? AND {OUTDATED}",
                               (MAX_ANALYSIS_CHARS, ANALYZER_VERSION)).fetchone()[0])


def seed_samples(db: sqlite_utils.Database, *, analyze: bool = True) -> int:
    """Import the bundled sample articles into an empty library; returns how many were added
    (none into a library opened read-only: an empty read-only library stays empty, no error)."""
    from core.store import is_read_only

    if is_read_only(db) or count_articles(db):
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
