"""Import into a real database: dedupe, batching, errors, cancel, analysis, samples."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from core.ingest import importer
from core.ingest.importer import analyze_stored, import_paths, seed_samples
from core.ingest.model import ArticleIn
from core.store import (
    add_article,
    count_articles,
    get_article,
    get_entities,
    get_incidents,
    list_articles,
    open_db,
    search,
    set_incident_override,
)


def _news(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "source": "okaz",
            "url": f"http://okaz/{i}",
            "date_published": "2015-07-2" + str(i % 9 + 1),
            "title": f"خبر رقم {i}",
            "content": f"قالت مصادر إن اشتباكات وقعت في المنطقة رقم {i} وأسفرت عن إصابات.",
        }
        for i in range(start, start + n)
    ]


def _write_jsonl(path: Path, rows: list[Any], *, gz: bool = False) -> Path:
    data = "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows)
    path.write_bytes(gzip.compress(data.encode()) if gz else data.encode())
    return path


def _fake_analysis(text: str, published: Any = None, title: str = "") -> dict[str, Any]:
    end = text.index(" ")
    return {
        "entities": [{"start": 0, "end": end, "label": "MISC", "source": "rule", "text": text[:end]}],
        "incidents": [{"event_type": "Battles", "sub_event_type": "Armed clash", "date": published}],
        "summary": {"title": title},
        "analyzer_version": "test",
    }


@pytest.fixture()
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the pipeline with a predictable one; returns the texts it was asked to analyse."""
    seen: list[str] = []

    def run(article: ArticleIn) -> dict[str, Any]:
        seen.append(article.text)
        if "FAIL" in article.text:
            raise RuntimeError("pipeline broke")
        return _fake_analysis(article.text, article.published, article.title)

    monkeypatch.setattr(importer, "_analyze", run)
    return seen


def test_import_dedupes_across_files_and_runs(tmp_path: Path) -> None:
    db = open_db(tmp_path / "m.db")
    a = _write_jsonl(tmp_path / "a.jsonl.gz", _news(30), gz=True)
    b = _write_jsonl(tmp_path / "b.jsonl", _news(10, start=25))  # 5 overlap with a
    report = import_paths(db, [a, b], analyze=False, batch_size=7)
    assert (report.added, report.duplicates, report.errors, report.cancelled) == (35, 5, [], False)
    assert count_articles(db) == 35 and len(report.added_ids) == 35
    again = import_paths(db, [a, b], analyze=False)
    assert (again.added, again.duplicates) == (0, 40)
    assert count_articles(db) == 35
    row = get_article(db, report.added_ids[0])
    assert row["title"] == "خبر رقم 0" and row["source"] == "okaz" and row["published"] == "2015-07-21"
    assert row["origin"] == f"{a}:1" and row["analyzer_version"] is None
    assert len(search(db, "اشتباكات")) == 35


def test_duplicates_inside_one_batch(tmp_path: Path) -> None:
    db = open_db(memory=True)
    row = _news(1)[0]
    twin = {**row, "content": row["content"].replace("إن", "إنّ"), "url": "other"}  # a shadda
    path = _write_jsonl(tmp_path / "t.jsonl", [row, twin, row])
    report = import_paths(db, [path], analyze=False)
    assert (report.added, report.duplicates) == (1, 2)


def test_duplicates_name_the_skipped_item_and_the_stored_article(tmp_path: Path) -> None:
    db = open_db(memory=True)
    row = _news(1)[0]
    other = {**row, "source": "sabq", "date_published": "2015-08-01", "title": "نسخة"}
    path = _write_jsonl(tmp_path / "t.jsonl", [row, other])
    report = import_paths(db, [path], analyze=False)
    [stored] = report.added_ids
    assert (report.added, report.duplicates) == (1, 1)
    [dup] = report.skipped
    assert (dup.origin, dup.stored_id, dup.first_origin) == (f"{path}:2", stored, f"{path}:1")
    assert str(dup) == f"{path}:2: same text as article {stored} «خبر رقم 0», imported from {path}:1; skipped"
    again = import_paths(db, [_write_jsonl(tmp_path / "u.jsonl", [other])], analyze=False)
    assert [str(d) for d in again.skipped] == [
        f"{tmp_path / 'u.jsonl'}:1: same text as article {stored} «خبر رقم 0», imported from {path}:1; skipped"]


def test_unreadable_dates_are_warnings_not_silence(tmp_path: Path) -> None:
    db = open_db(memory=True)
    path = _write_jsonl(tmp_path / "d.jsonl", [{**_news(1)[0], "date_published": "أمس"}])
    report = import_paths(db, [path], analyze=False)
    assert (report.added, report.errors) == (1, [])
    assert [str(w) for w in report.warnings] == [
        f"{path}:1: date not understood (date_published \"أمس\"); imported without a date"]
    assert "1 warning" in report.summary() and "1 warnings" not in report.summary()


def test_errors_never_stop_the_other_files(tmp_path: Path) -> None:
    db = open_db(memory=True)
    good = _write_jsonl(tmp_path / "good.jsonl", [_news(1)[0], "{broken", _news(1, start=1)[0]])
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    txt = tmp_path / "note.txt"
    txt.write_text("عنوان\nنص الخبر عن عدن", "utf-8")
    report = import_paths(db, [binary, tmp_path / "missing.json", good, txt], analyze=False)
    assert report.added == 3
    assert [str(e) for e in report.errors] == [
        f"{binary}: binary file, not text",
        f"{tmp_path / 'missing.json'}: no such file or folder",
        f"{good}, line 2: malformed JSON (Expecting property name enclosed in double quotes, column 2)",
    ]


def test_analysis_is_stored_with_the_article(tmp_path: Path, fake_pipeline: list[str]) -> None:
    db = open_db(memory=True)
    path = _write_jsonl(tmp_path / "n.jsonl", _news(3) + _news(1))  # last one is a duplicate
    report = import_paths(db, [path], analyze=True, batch_size=2)
    assert (report.added, report.analyzed, report.duplicates) == (3, 3, 1)
    assert len(fake_pipeline) == 3  # duplicates are not analysed
    first = report.added_ids[0]
    assert get_entities(db, first)[0]["text"] == "قالت"
    assert get_incidents(db, first)[0]["date"] == "2015-07-21"
    assert get_article(db, first)["analyzer_version"] == "test"
    assert list_articles(db, order="id asc")[0]["incident_count"] == 1


def test_a_failed_analysis_keeps_the_article(tmp_path: Path, fake_pipeline: list[str]) -> None:
    db = open_db(memory=True)
    rows = _news(2)
    rows[0]["content"] = "FAIL " + rows[0]["content"]
    report = import_paths(db, [_write_jsonl(tmp_path / "n.jsonl", rows)], analyze=True)
    assert report.added == 2 and report.analyzed == 1
    [error] = report.errors
    assert "analysis failed" in error.reason and "pipeline broke" in error.reason
    assert get_article(db, report.added_ids[0])["analyzer_version"] is None


def test_the_real_pipeline_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_NER_BACKEND", "none")  # keep the test about the store, not a model
    db = open_db(memory=True)
    report = import_paths(db, [_write_jsonl(tmp_path / "n.jsonl", _news(2))], analyze=True)
    assert report.errors == [] and report.analyzed == 2
    from core.pipeline import ANALYZER_VERSION

    assert {r["analyzer_version"] for r in list_articles(db)} == {ANALYZER_VERSION}


def test_cancel_keeps_what_was_done(tmp_path: Path) -> None:
    db = open_db(memory=True)
    path = _write_jsonl(tmp_path / "n.jsonl", _news(50))
    calls = {"n": 0}

    def should_cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 12

    progress: list[tuple[int, int | None, str]] = []
    report = import_paths(
        db, [path], analyze=False, batch_size=5, should_cancel=should_cancel,
        on_progress=lambda d, t, m: progress.append((d, t, m)),
    )  # fmt: skip
    assert report.cancelled
    assert 5 <= report.added < 50
    assert count_articles(db) == report.added
    assert progress[0][2] == f"reading {path}"
    dones = [d for d, _, _ in progress]
    assert dones == sorted(dones) and dones[-1] == report.added
    # Importing again finishes the job without duplicating anything.
    rest = import_paths(db, [path], analyze=False)
    assert rest.added == 50 - report.added and count_articles(db) == 50


def test_analyze_stored_fills_in_and_keeps_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.pipeline

    db = open_db(memory=True)
    report = import_paths(db, [_write_jsonl(tmp_path / "n.jsonl", _news(4))], analyze=False)

    class FakeAnalysis:
        def __init__(self, text: str, date: Any = None, title: str = "", corrections: Any = ()) -> None:
            self.result = _fake_analysis(text, date, title)
            self.result["analyzer_version"] = core.pipeline.ANALYZER_VERSION

        def to_dict(self) -> dict[str, Any]:
            return self.result

    monkeypatch.setattr(core.pipeline, "analyze", FakeAnalysis)
    first = report.added_ids[0]
    progress: list[int] = []
    assert analyze_stored(db, batch_size=3, on_progress=lambda d, t, m: progress.append(d)) == 4
    assert progress == [3, 4]
    set_incident_override(db, first, 0, "rejected")
    assert analyze_stored(db) == 0  # nothing stale any more
    assert analyze_stored(db, only_stale=False) == 4
    assert get_incidents(db, first)[0]["analyst_status"] == "rejected"


def test_seed_samples_only_into_an_empty_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_NER_BACKEND", "none")
    db = open_db(memory=True)
    entries = json.loads((Path(__file__).parents[3] / "resources" / "samples" / "samples.json").read_text("utf-8"))
    assert seed_samples(db) == len(entries) >= 1
    row = list_articles(db)[0]
    assert row["title"] == entries[0]["title"] and row["origin"] == f"sample:{entries[0]['file']}"
    assert row["analyzer_version"] is not None
    assert seed_samples(db) == 0

    other = open_db(memory=True)
    add_article(other, ArticleIn("mine", "مقالي الخاص"))
    assert seed_samples(other) == 0 and count_articles(other) == 1


def test_sample_is_the_seed_article(shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_NER_BACKEND", "none")
    db = open_db(memory=True)
    seed_samples(db)
    seed = (shared_data / "seed" / "dhale_bayda_2015.txt").read_text("utf-8")
    assert get_article(db, list_articles(db)[0]["id"])["text"] == seed
    assert search(db, "الاعلامي")[0]["title"] == list_articles(db)[0]["title"]


def test_saudinewsnet_lines_import_as_they_are(shared_data: Path, tmp_path: Path) -> None:
    source = shared_data / "news" / "saudinewsnet.jsonl.gz"
    with gzip.open(source, "rb") as f:
        head = [next(f) for _ in range(300)]
    sample = tmp_path / "head.jsonl.gz"
    sample.write_bytes(gzip.compress(b"".join(head)))
    db = open_db(tmp_path / "m.db")
    report = import_paths(db, [sample], analyze=False)
    assert report.added + report.duplicates + len(report.errors) == 300
    assert report.added > 250
    assert all("no article text" in e.reason for e in report.errors)
    first = json.loads(head[0])
    row = get_article(db, report.added_ids[0])
    assert (row["title"], row["text"], row["source"], row["url"]) == (
        first["title"], first["content"], first["source"], first["url"]
    )  # fmt: skip
    assert row["published"] == first["date_published"][:10]


def test_progress_is_reported_while_analysing(
    tmp_path: Path, fake_pipeline: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "_PROGRESS_INTERVAL", -1.0)  # report after every article
    db = open_db(memory=True)
    messages: list[tuple[int, str]] = []
    import_paths(db, [_write_jsonl(tmp_path / "n.jsonl", _news(4))], batch_size=10,
                 on_progress=lambda d, t, m: messages.append((d, m)))  # fmt: skip
    analysing = [(d, m) for d, m in messages if m.startswith("analysing")]
    assert [d for d, _ in analysing] == [1, 2, 3, 4]
    assert analysing[0][1] == "analysing: خبر رقم 0"
    assert messages[-1] == (4, "4 articles read, 4 new")


def test_a_broken_analyzer_is_given_up_on_not_reported_thousands_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(article: ArticleIn) -> dict[str, Any]:
        raise FileNotFoundError("model missing")

    monkeypatch.setattr(importer, "_analyze", broken)
    monkeypatch.setattr(importer, "MAX_FAILURES_IN_A_ROW", 3)
    db = open_db(memory=True)
    report = import_paths(db, [_write_jsonl(tmp_path / "n.jsonl", _news(10))], batch_size=4)
    assert report.added == 10 and report.analyzed == 0
    assert len(report.errors) == 4
    assert "analysis stopped after 3 failures" in report.errors[-1].reason
    assert {r["analyzer_version"] for r in list_articles(db)} == {None}


def test_analyze_stored_skips_an_article_that_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.pipeline

    db = open_db(memory=True)
    rows = _news(3)
    rows[1]["content"] = "FAIL " + rows[1]["content"]
    report = import_paths(db, [_write_jsonl(tmp_path / "n.jsonl", rows)], analyze=False)

    class Picky:
        def __init__(self, text: str, date: Any = None, title: str = "", corrections: Any = ()) -> None:
            if text.startswith("FAIL"):
                raise ValueError("cannot")
            self.result = {**_fake_analysis(text, date, title), "analyzer_version": core.pipeline.ANALYZER_VERSION}

        def to_dict(self) -> dict[str, Any]:
            return self.result

    monkeypatch.setattr(core.pipeline, "analyze", Picky)
    assert analyze_stored(db) == 2
    versions = [get_article(db, i)["analyzer_version"] for i in report.added_ids]
    assert versions == [core.pipeline.ANALYZER_VERSION, None, core.pipeline.ANALYZER_VERSION]


def test_count_articles_in_reads_without_storing(tmp_path: Path) -> None:
    lines = [json.dumps({"title": f"t{i}", "text": f"نص رقم {i}"}, ensure_ascii=False) for i in range(3)]
    (tmp_path / "a.jsonl").write_text("\n".join([*lines, "{broken"]), encoding="utf-8")
    (tmp_path / "b.txt").write_text("عنوان\n\nنص آخر", encoding="utf-8")
    paths = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]
    assert importer.count_articles_in(paths) == 4  # the broken line is an error, not an article
    assert importer.count_articles_in(paths, should_cancel=lambda: True) is None


def test_no_samples_are_seeded_into_a_read_only_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting the app on an empty database that cannot be written must not fail on the seed."""
    open_db(tmp_path / "empty.db").close()
    monkeypatch.setattr("core.store.db._writable", lambda file: False)
    db = open_db(tmp_path / "empty.db")
    assert seed_samples(db) == 0 and count_articles(db) == 0


def test_an_import_into_a_read_only_library_fails_before_any_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_pipeline: list[str]
) -> None:
    """It used to analyse a whole batch (minutes for a large folder) and fail at its first write."""
    from core.store import ReadOnlyError

    writable = open_db(tmp_path / "lib.db")
    add_article(writable, ArticleIn("stale", "اشتباكات في تعز لم تحلل بعد"))  # never analysed
    writable.close()
    monkeypatch.setattr("core.store.db._writable", lambda file: False)
    db = open_db(tmp_path / "lib.db")
    path = _write_jsonl(tmp_path / "n.jsonl", _news(5))
    with pytest.raises(ReadOnlyError, match="opened read-only"):
        import_paths(db, [path], analyze=True)
    assert fake_pipeline == []
    monkeypatch.setattr("core.ingest.importer.analyze_job", lambda job: pytest.fail("analysed"))
    with pytest.raises(ReadOnlyError, match="opened read-only"):
        analyze_stored(db, workers=1)
    assert count_articles(db) == 1
