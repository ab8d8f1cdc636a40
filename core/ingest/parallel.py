"""Analysis across processes for large imports: workers analyse, the parent alone writes.

Analysis is pure CPU work on one article at a time, so it spreads over processes (threads would
share one interpreter lock). The database stays single-writer: workers never open it; they get
(text, date, title) and send back the analysis as a plain dict, and the caller writes results in
batched transactions. Jobs are sent in small chunks (pickling cost per call is amortised, yet a
cancel never waits long) and only a bounded number of chunks is in flight, so a 300k-article
import never queues its whole corpus in memory. Results come back in submission order, which
keeps progress and "cancel keeps everything finished so far" simple for the caller.

Workers are started with the "spawn" method: forking a process that runs Qt or other threads can
deadlock, and spawn behaves the same on every platform (a frozen app must call
`multiprocessing.freeze_support()` first thing in its entry point).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Hashable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, NamedTuple

# Below this many articles, starting processes (each loads the models, ~1.5 s) costs more than
# it saves; the importer stays in-process, which also reports progress article by article.
PARALLEL_THRESHOLD = 300
# Articles per task sent to a worker.
CHUNK_SIZE = 8
# Chunks in flight per worker: enough that a worker never waits for the parent.
CHUNKS_PER_WORKER = 3
# Longer texts are stored but not analysed automatically: analysis grows faster than linearly
# with length (800k characters take ~30 s), and no news article is anywhere near this long.
MAX_ANALYSIS_CHARS = 500_000


class Job(NamedTuple):
    key: Hashable  # the caller's handle for the article (a sequence number, an article id)
    text: str
    published: str | None
    title: str
    corrections: tuple[dict[str, Any], ...] = ()  # the analyst's entity decisions on the article


class Outcome(NamedTuple):
    key: Hashable
    analysis: dict[str, Any] | None  # Analysis.to_dict(), or None when it failed
    error: str | None  # "ExceptionType: message" when it failed


def default_workers() -> int:
    """One worker per core: the parent's reading and writing are light next to analysis."""
    return max(1, os.cpu_count() or 1)


def too_long_to_analyse(text: str) -> str | None:
    """The reason an article is stored unanalysed for its length, or None when it is fine."""
    if len(text) > MAX_ANALYSIS_CHARS:
        return f"too long to analyse automatically ({len(text):,} characters; limit {MAX_ANALYSIS_CHARS:,})"
    return None


def analyze_job(job: Job) -> Outcome:
    """Analyse one article; a failure is returned, never raised, so one article costs one result."""
    from core.pipeline import analyze

    try:
        return Outcome(job.key, analyze(job.text, job.published, job.title, corrections=job.corrections).to_dict(), None)
    except Exception as exc:  # noqa: BLE001 — reported by the caller against this article
        return Outcome(job.key, None, f"{type(exc).__name__}: {exc}")


def prepare_worker() -> None:
    """A worker's start: load the models, then move everything loaded into the collector's
    permanent generation (`gc.freeze`).

    The models, gazetteer and lexicons live as long as the worker and hold no garbage, yet every
    full collection walked them again: 0.6 ms of CPU per article (0.14 frozen; 600 random
    articles). A worker that cannot load the analyzer still starts; its jobs then fail one by one
    as usual."""
    import gc

    try:
        from core.pipeline import analyze

        analyze("تحميل النماذج في تعز")
    except Exception:  # noqa: BLE001 — reported per article by analyze_job
        pass
    gc.collect()
    gc.freeze()


def analyze_chunk(jobs: list[Job]) -> list[Outcome]:
    """What a worker runs: a few articles, results in the same order."""
    return [analyze_job(job) for job in jobs]


class AnalysisPool:
    """Worker processes analysing `Job`s; use as a context manager, or call `close()`.

    `imap(jobs)` pulls jobs lazily from the iterable and yields outcomes in the same order.
    A worker that dies (killed, out of memory) surfaces as `BrokenProcessPool` from `imap`; the
    jobs not yet yielded then have no outcome and the caller decides what to do with them.
    """

    def __init__(self, workers: int | None = None, *, chunk_size: int = CHUNK_SIZE) -> None:
        self.workers = workers or default_workers()
        self.chunk_size = max(1, chunk_size)
        self._executor = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=prepare_worker
        )

    def imap(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        source = iter(jobs)
        in_flight: deque[Future[list[Outcome]]] = deque()
        limit = self.workers * CHUNKS_PER_WORKER

        def submit_next() -> bool:
            chunk: list[Job] = []
            for job in source:
                chunk.append(job)
                if len(chunk) >= self.chunk_size:
                    break
            if chunk:
                in_flight.append(self._executor.submit(analyze_chunk, chunk))
            return bool(chunk)

        while len(in_flight) < limit and submit_next():
            pass
        while in_flight:
            outcomes = in_flight.popleft().result()
            submit_next()  # keep the workers busy while the caller handles these
            yield from outcomes

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers. With `cancel`, queued chunks are dropped instead of finished."""
        self._executor.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(cancel=True)
