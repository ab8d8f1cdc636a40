"""Bulk analysis: worker processes give the same results as one process; the parent alone
writes; cancel and a dying worker lose nothing; re-analysis is incremental and never touches
the analyst's own data."""

from __future__ import annotations

import json
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

import core.pipeline
from core.ingest import importer, parallel
from core.ingest.importer import analyze_stored, import_paths
from core.ingest.parallel import Job, analyze_job
from core.store import (
    add_highlight,
    add_note,
    add_tag,
    count_articles,
    open_db,
    set_incident_override,
    set_read,
    set_starred,
)

SENTENCES = [
    "قتل {n} مدنيين في قصف على سوق شعبي في مدينة تعز يوم الاثنين.",
    "أعلنت المقاومة الشعبية في الضالع أنها صدت هجوما للحوثيين على مدينة دمت وقتلت {n} مسلحين.",
    "شنت طائرات التحالف العربي {n} غارات على مواقع في مديرية الظاهر بمحافظة البيضاء.",
    "وصلت قافلة إغاثة من {n} شاحنات إلى عدن.",
]


def _corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = " ".join(s.format(n=i % 7 + 2) for s in SENTENCES[i % 4 :] + SENTENCES[: i % 4]) + f" ({i})"
            row = {"title": f"خبر {i}", "text": text, "date_published": f"2015-08-{i % 28 + 1:02d}"}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _machine_output(db: Any) -> dict[str, Any]:
    """Entities and incidents per article text: comparable across databases."""
    out = {}
    for article_id, text, version in db.conn.execute("SELECT id, text, analyzer_version FROM articles"):
        ents = db.conn.execute(
            'SELECT "start", "end", label, attrs FROM entities WHERE article_id = ? ORDER BY "start", "end", label',
            (article_id,),
        ).fetchall()
        incs = db.conn.execute("SELECT seq, data FROM incidents WHERE article_id = ? ORDER BY seq", (article_id,)).fetchall()
        out[text] = (version, ents, incs)
    return out


def test_worker_processes_give_the_same_analysis_as_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _corpus(tmp_path / "c.jsonl", 24)
    serial = open_db(tmp_path / "serial.db")
    one = import_paths(serial, [source], workers=1, batch_size=8)
    monkeypatch.setattr(importer, "PARALLEL_THRESHOLD", 8)  # processes after the first batch
    many = open_db(tmp_path / "parallel.db")
    progress: list[int] = []
    two = import_paths(many, [source], workers=None, batch_size=8, on_progress=lambda d, t, m: progress.append(d))
    assert (one.added, one.analyzed, one.errors) == (24, 24, [])
    assert (two.added, two.analyzed, two.errors) == (24, 24, [])
    assert progress == sorted(progress) and progress[-1] == 24
    assert _machine_output(many) == _machine_output(serial)
    assert many.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] > 0


def test_analyze_stored_with_workers(tmp_path: Path) -> None:
    db = open_db(tmp_path / "lib.db")
    import_paths(db, [_corpus(tmp_path / "c.jsonl", 10)], analyze=False)
    assert analyze_stored(db, workers=2, batch_size=4) == 10
    versions = {r[0] for r in db.conn.execute("SELECT analyzer_version FROM articles")}
    assert versions == {core.pipeline.ANALYZER_VERSION}
    reference = open_db(memory=True)
    import_paths(reference, [tmp_path / "c.jsonl"], workers=1)
    assert _machine_output(db) == _machine_output(reference)


def _fake(version: str):  # type: ignore[no-untyped-def]
    """A fast stand-in for the pipeline, stamping its own version."""

    class Fake:
        def __init__(self, text: str, date: Any = None, title: str = "", corrections: Any = ()) -> None:
            first = text.split()[0]
            self.result = {
                "entities": [{"start": 0, "end": len(first), "label": "MISC", "source": version, "text": first}],
                "incidents": [{"event_type": "Battles", "date": date}],
                "summary": {"by": version},
                "analyzer_version": version,
            }

        def to_dict(self) -> dict[str, Any]:
            return self.result

    return Fake


class _DyingPool:
    """Stands in for AnalysisPool: analyses in this process, then 'loses a worker'."""

    def __init__(self, workers: int | None = None) -> None:
        self.closed = False

    def imap(self, jobs: Any):  # type: ignore[no-untyped-def]
        for i, job in enumerate(jobs):
            if i == 5:
                raise BrokenProcessPool("a worker was killed")
            yield analyze_job(job)

    def close(self, *, cancel: bool = False) -> None:
        self.closed = True


def test_a_dying_worker_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.pipeline, "analyze", _fake("1"))
    monkeypatch.setattr(importer, "_analyze", lambda a: _fake("1")(a.text, a.published, a.title).to_dict())
    monkeypatch.setattr(importer, "PARALLEL_THRESHOLD", 4)
    monkeypatch.setattr(importer, "AnalysisPool", _DyingPool)
    db = open_db(memory=True)
    report = import_paths(db, [_corpus(tmp_path / "c.jsonl", 30)], batch_size=4)
    assert (report.added, report.analyzed) == (30, 30)
    assert [e.reason for e in report.errors] == [
        "an analysis process stopped (a worker was killed); continuing in this process"
    ]
    assert db.conn.execute("SELECT count(*) FROM articles WHERE analyzer_version IS NULL").fetchone()[0] == 0


def test_cancel_during_parallel_import_keeps_what_is_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "PARALLEL_THRESHOLD", 4)
    monkeypatch.setattr(parallel, "CHUNK_SIZE", 2)
    source = _corpus(tmp_path / "c.jsonl", 40)
    calls = {"n": 0}

    def should_cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 14

    db = open_db(memory=True)
    report = import_paths(db, [source], batch_size=4, should_cancel=should_cancel)
    assert report.cancelled and 4 <= report.added < 40
    assert count_articles(db) == report.added == report.analyzed  # nothing half-stored
    rest = import_paths(db, [source], workers=1)
    assert rest.added == 40 - report.added and count_articles(db) == 40


def test_reanalysis_is_incremental_and_never_touches_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.pipeline, "ANALYZER_VERSION", "1")
    monkeypatch.setattr(core.pipeline, "analyze", _fake("1"))
    db = open_db(memory=True)
    import_paths(db, [_corpus(tmp_path / "c.jsonl", 6)], analyze=False)
    assert analyze_stored(db) == 6
    add_note(db, 1, "ملاحظة المحلل")
    add_highlight(db, 2, 0, 4, color="red", note="مهم")
    add_tag(db, 3, "الضالع")
    set_starred(db, 4)
    set_read(db, 5)
    set_incident_override(db, 1, 0, "rejected")
    set_incident_override(db, 2, None, "added", {"event_type": "Protests"})
    user_tables = ("notes", "highlights", "tags", "article_tags", "incident_overrides")

    def user_data() -> dict[str, list[Any]]:
        data = {t: db.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in user_tables}
        data["articles"] = db.conn.execute(
            "SELECT id, title, text, published, starred, read, content_hash FROM articles ORDER BY id"
        ).fetchall()
        return data

    before = user_data()
    assert analyze_stored(db) == 0  # all current: nothing to do
    # A new model: version 2. One article is already at 2 (say, opened in the reader since).
    monkeypatch.setattr(core.pipeline, "ANALYZER_VERSION", "2")
    monkeypatch.setattr(core.pipeline, "analyze", _fake("2"))
    db.conn.execute("UPDATE articles SET analyzer_version = '2' WHERE id = 6")
    analysed: list[str] = []
    real_job = parallel.analyze_job
    monkeypatch.setattr(importer, "analyze_job", lambda job: (analysed.append(job.key), real_job(job))[1])
    assert analyze_stored(db) == 5
    assert analysed == [1, 2, 3, 4, 5]
    assert user_data() == before
    sources = dict(db.conn.execute("SELECT article_id, source FROM entities").fetchall())
    assert {sources[i] for i in range(1, 6)} == {"2"} and sources[6] == "1"
    assert analyze_stored(db) == 0


def test_too_long_articles_are_left_to_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parallel.too_long_to_analyse("نص " * 10) is None
    reason = parallel.too_long_to_analyse("x" * (parallel.MAX_ANALYSIS_CHARS + 1))
    assert reason is not None and "too long" in reason
    outcome = analyze_job(Job(7, "", None, ""))
    assert outcome.key == 7 and (outcome.analysis is None) == (outcome.error is not None)
