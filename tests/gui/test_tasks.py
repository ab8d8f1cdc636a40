"""The work functions behind GUI actions, on a real temporary store (no Qt needed)."""

from __future__ import annotations

from typing import Any

import pytest

from core import store
from core.ingest.model import ArticleIn
from core.pipeline import ANALYZER_VERSION
from gui import tasks


class FakeAnalysis:
    def __init__(self, text: str) -> None:
        start = text.index("دمت")
        self._d = {"entities": [{"start": start, "end": start + 3, "label": "LOCATION", "source": "rule",
                                 "text": "دمت"}],
                   "incidents": [], "summary": {"incidents": 0}, "analyzer_version": ANALYZER_VERSION}

    def to_dict(self) -> dict[str, Any]:
        return self._d


def test_unanalysed_article_is_analysed_and_saved_once(tmp_path, monkeypatch) -> None:
    db = store.open_db(tmp_path / "t.db")
    article_id, _ = store.add_article(db, ArticleIn(title="t", text="اشتباكات في دمت"))
    calls: list[str] = []

    def fake_analyze(text: str, date: Any = None, title: str = "", corrections: Any = ()) -> FakeAnalysis:
        calls.append(text)
        return FakeAnalysis(text)

    monkeypatch.setattr("core.pipeline.analyze", fake_analyze)
    view = tasks.load_article(db, article_id)
    assert view.analysed_now and calls == ["اشتباكات في دمت"]
    assert [(e["start"], e["label"]) for e in view.entities] == [(12, "LOCATION")]
    again = tasks.load_article(db, article_id)  # now stored: no second analysis
    assert not again.analysed_now and len(calls) == 1
    assert [e["text"] for e in again.entities] == ["دمت"]


def test_failing_analysis_still_returns_the_text(tmp_path, monkeypatch) -> None:
    db = store.open_db(tmp_path / "t.db")
    article_id, _ = store.add_article(db, ArticleIn(title="t", text="نص الخبر"))

    def broken(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("model missing")

    monkeypatch.setattr("core.pipeline.analyze", broken)
    view = tasks.load_article(db, article_id)
    assert view.text == "نص الخبر"
    assert view.entities == [] and "model missing" in view.analysis_error


def test_an_article_of_a_read_only_database_opens_without_writing(tmp_path, monkeypatch) -> None:
    """User audit: opening an unread article of a read-only database failed with "attempt to
    write a readonly database" (the read flag); the flag is best effort."""
    path = tmp_path / "t.db"
    db = store.open_db(path)
    article_id, _ = store.add_article(db, ArticleIn(title="t", text="اشتباكات في دمت"))
    store.save_analysis(db, article_id, FakeAnalysis("اشتباكات في دمت").to_dict())
    db.close()
    monkeypatch.setattr("core.store.db._writable", lambda file: False)
    ro = store.open_db(path)
    view = tasks.load_article(ro, article_id)
    assert view.text == "اشتباكات في دمت" and view.analysis_error == ""
    assert [e["text"] for e in view.entities] == ["دمت"]
    assert store.get_article(ro, article_id)["read"] == 0


def test_a_read_flag_that_cannot_be_written_does_not_stop_reading(tmp_path, monkeypatch) -> None:
    import sqlite3

    db = store.open_db(tmp_path / "t.db")
    article_id, _ = store.add_article(db, ArticleIn(title="t", text="اشتباكات في دمت"))
    store.save_analysis(db, article_id, FakeAnalysis("اشتباكات في دمت").to_dict())

    def readonly(*_a: Any, **_k: Any) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store, "set_read", readonly)
    assert tasks.load_article(db, article_id).text == "اشتباكات في دمت"


def test_missing_article_is_an_error(tmp_path) -> None:
    import pytest

    db = store.open_db(tmp_path / "t.db")
    with pytest.raises(LookupError):
        tasks.load_article(db, 999)


def test_import_of_a_known_file_returns_the_stored_id(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("core.pipeline.analyze", lambda text, *a, **k: FakeAnalysis(text))
    db = store.open_db(tmp_path / "t.db")
    f = tmp_path / "a.txt"
    f.write_text("اشتباكات في دمت\n\nقتل 12 شخصا في دمت.", encoding="utf-8")
    first = tasks.import_files(db, [str(f)])
    assert first.report.added == 1 and len(first.ids) == 1
    second = tasks.import_files(db, [str(f)])
    assert second.report.added == 0 and second.ids == first.ids


def test_an_edit_tells_the_incident_it_follows_once_the_article_is_re_analysed(tmp_path, monkeypatch) -> None:
    """The edit's summaries were told once, on the edit: after an analyzer update re-analysed
    the article on open, they still named the old place and toll beside the new fields."""
    from types import SimpleNamespace

    def analysis(place: str, name_en: str, killed: int, version: str) -> dict[str, Any]:
        clash = {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": killed, "date": "2015-08-01",
                 "location": {"text": place, "name_ar": place, "name_en": name_en}, "evidence": [[0, 15]]}
        return {"entities": [], "incidents": [clash], "summary": {}, "analyzer_version": version}

    db = store.open_db(tmp_path / "t.db")
    article_id, _ = store.add_article(db, ArticleIn(title="t", text="اشتباكات في دمت وقعطبة"))
    store.save_analysis(db, article_id, analysis("دمت", "Damt", 3, "an older version"))
    [incident] = tasks.load_incidents(db, article_id)
    [edited] = tasks.edit_incident(db, article_id, incident, {"injured": 4})
    assert edited["summary_en"] == "Clashes in Damt: 3 killed, 4 injured"
    newer = analysis("قعطبة", "Qataba", 5, ANALYZER_VERSION)
    monkeypatch.setattr("core.pipeline.analyze", lambda *a, **k: SimpleNamespace(to_dict=lambda: newer))
    view = tasks.load_article(db, article_id)
    assert view.analysed_now
    assert [(i["analyst_status"], i["fatalities"], i["injured"], i["summary_en"]) for i in view.incidents] == [
        ("edited", 5, 4, "Clashes in Qataba: 5 killed, 4 injured")]


def test_confirming_an_orphan_keeps_what_it_kept(tmp_path) -> None:
    """Confirming an orphaned correction that was not edited (a rejection kept after a re-analysis
    no longer found its incident) stored `confirmed` with no data: the row showed empty, and the
    incident was neither counted nor exported."""
    from core.export import select
    from core.store.analyses import counts_as_incident

    def analysis(*incidents: dict[str, Any], version: str) -> dict[str, Any]:
        return {"entities": [], "incidents": list(incidents), "summary": {}, "analyzer_version": version}

    clash = {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 3, "date": "2015-08-01",
             "location": {"text": "دمت", "name_ar": "دمت", "name_en": "Damt", "admin1_en": "Ad Dali"},
             "evidence": [{"start": 0, "end": 15}], "summary_en": "Clashes in Damt (Ad Dali): 3 killed"}
    db = store.open_db(tmp_path / "t.db")
    article_id, _ = store.add_article(db, ArticleIn(title="t", text="اشتباكات في دمت وقعطبة"))
    store.save_analysis(db, article_id, analysis(clash, version="1"))
    [incident] = tasks.decide_incident(db, article_id, tasks.load_incidents(db, article_id)[0], "reject")
    assert incident["analyst_status"] == "rejected"
    store.save_analysis(db, article_id, analysis(version="2"))  # the analyzer no longer finds it
    [orphan] = tasks.load_incidents(db, article_id)
    assert orphan["orphaned"] and orphan["analyst_status"] == "rejected"
    [confirmed] = tasks.decide_incident(db, article_id, orphan, "confirm")
    got = (confirmed["analyst_status"], confirmed.get("event_type"), confirmed.get("fatalities"),
           (confirmed.get("location") or {}).get("name_en"), confirmed.get("summary_en"))
    assert got == ("confirmed", "Battles", 3, "Damt", "Clashes in Damt (Ad Dali): 3 killed")
    assert counts_as_incident(confirmed)
    assert [r.incident["fatalities"] for r in select(db).incidents] == [3]
    assert store.query_articles(db, store.LibraryQuery())[0]["incident_count"] == 1
    # confirmed again after one more analysis, and restored: it still holds its incident
    store.save_analysis(db, article_id, analysis(version="3"))
    [orphan] = tasks.load_incidents(db, article_id)
    [again] = tasks.decide_incident(db, article_id, orphan, "confirm")
    assert (again["analyst_status"], again.get("fatalities")) == ("confirmed", 3)
    [restored] = tasks.decide_incident(db, article_id, again, "restore")
    assert restored.get("fatalities") == 3 and counts_as_incident(restored)


def test_restore_on_orphans_a_reanalysis_left_never_drops_them(tmp_path) -> None:
    """An audit: a confirmed clash in Taiz, no longer found beside the Lahij clash of the same
    sentence, was superseded and Restore could not bring it back. It now counts as an orphan and
    Restore only takes back the confirmation; an edit superseded by another edit of the same event
    is counted again, as the analyst's own incident, by Restore."""
    from core.export import select

    def clash(place: str, governorate: str, start: int, end: int) -> dict[str, Any]:
        return {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2015-08-01",
                "location": {"text": place, "name_en": place, "admin1_en": governorate},
                "evidence": [{"start": start, "end": end}]}

    def analysis(*incidents: dict[str, Any], version: str) -> dict[str, Any]:
        return {"entities": [], "incidents": list(incidents), "summary": {}, "analyzer_version": version}

    def exported() -> list[tuple[str, str]]:
        return sorted((r.incident["location"]["text"], r.incident["analyst_status"] or "") for r in select(db).incidents)

    db = store.open_db(tmp_path / "t.db")
    text = "اشتباكات في مدينة تعز وفي الحوطة بلحج. وقتل خمسة مسلحين."
    article_id, _ = store.add_article(db, ArticleIn(title="t", text=text))
    store.save_analysis(db, article_id, analysis(clash("تعز", "Taizz", 0, 38), clash("الحوطة", "Lahij", 0, 38),
                                                 version="1"))
    tasks.decide_incident(db, article_id, tasks.load_incidents(db, article_id)[0], "confirm")
    store.save_analysis(db, article_id, analysis(clash("الحوطة", "Lahij", 0, 38), version="2"))
    orphan = next(i for i in tasks.load_incidents(db, article_id) if i.get("orphaned"))
    assert (orphan["analyst_status"], orphan.get("superseded", False)) == ("confirmed", False)
    assert exported() == [("الحوطة", ""), ("تعز", "confirmed")]
    restored = next(i for i in tasks.decide_incident(db, article_id, orphan, "restore") if i.get("orphaned"))
    assert restored["analyst_status"] == "edited" and exported() == [("الحوطة", ""), ("تعز", "edited")]

    # two tellings of the Taiz clash, both edited; the next analysis tells it once
    store.save_analysis(db, article_id, analysis(clash("تعز", "Taizz", 0, 38), clash("تعز", "Taizz", 39, 55),
                                                 version="3"))
    first, second = tasks.load_incidents(db, article_id)
    tasks.edit_incident(db, article_id, first, {"fatalities": 5})
    tasks.edit_incident(db, article_id, second, {"injured": 2})
    store.save_analysis(db, article_id, analysis(clash("تعز", "Taizz", 0, 55), version="4"))
    superseded = next(i for i in tasks.load_incidents(db, article_id) if i.get("orphaned"))
    assert superseded["superseded"] and exported() == [("تعز", "edited")]
    after = tasks.decide_incident(db, article_id, superseded, "restore")
    assert [(i["analyst_status"], i.get("fatalities"), i.get("injured")) for i in after] == [
        ("edited", 5, None), ("added", None, 2)]
    assert exported() == [("تعز", "added"), ("تعز", "edited")]


def test_an_entity_decision_whose_reanalysis_fails_is_applied_at_the_next_opening(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The decision is stored before the re-analysis; when that fails the article is left stale, so
    opening it analyses again with the decision (it had kept the old analysis, marked current)."""
    import core.pipeline
    from core.ingest.model import ArticleIn
    from core.store import add_article, list_entity_corrections, open_db

    db = open_db(memory=True)
    text = "قصفت ميليشيات الحوثي أمس قرية الزعفرانة في محافظة تعز."
    article, _ = add_article(db, ArticleIn("t", text))
    assert tasks.load_article(db, article).analysed_now
    real = core.pipeline.analyze

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("analysis failed")

    monkeypatch.setattr(core.pipeline, "analyze", broken)
    start = text.index("الزعفرانة")
    with pytest.raises(RuntimeError):
        tasks.mark_entity(db, article, start, start + len("الزعفرانة"), "PERSON", {})
    assert [d["label"] for d in list_entity_corrections(db, article)] == ["PERSON"]
    monkeypatch.setattr(core.pipeline, "analyze", real)
    view = tasks.load_article(db, article)
    assert view.analysed_now
    assert any(e["label"] == "PERSON" and e["source"] == "user" and e["start"] == start for e in view.entities)


def test_restoring_a_rejected_orphan_whose_event_the_machine_tells_counts_it_once(tmp_path) -> None:
    """Review: the analyst rejected one of two tellings of a clash; the re-analysis tells it once
    and the untouched telling holds it, so the rejection is an orphan superseded by it. Restore took
    it for a superseded edit and made it an added incident, so the clash was exported twice (the
    machine's and the added copy). Restore only takes the rejection back: the event counts once."""
    from core.export import select
    from core.store.analyses import counts_as_incident

    def clash(start: int, end: int) -> dict[str, Any]:
        return {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2015-08-01",
                "location": {"text": "تعز", "name_en": "Taizz", "admin1_en": "Taizz"},
                "evidence": [{"start": start, "end": end}]}

    def analysis(*incidents: dict[str, Any], version: str) -> dict[str, Any]:
        return {"entities": [], "incidents": list(incidents), "summary": {}, "analyzer_version": version}

    db = store.open_db(tmp_path / "t.db")
    text = "اشتباكات في مدينة تعز بين الجيش والحوثيين. وقتل خمسة مسلحين."
    article_id, _ = store.add_article(db, ArticleIn(title="t", text=text))
    store.save_analysis(db, article_id, analysis(clash(0, 20), clash(0, 40), version="1"))
    tasks.decide_incident(db, article_id, tasks.load_incidents(db, article_id)[0], "reject")
    store.save_analysis(db, article_id, analysis(clash(0, 40), version="2"))
    orphan = next(i for i in tasks.load_incidents(db, article_id) if i.get("orphaned"))
    assert (orphan["analyst_status"], orphan.get("superseded", False)) == ("rejected", True)
    assert len(select(db).incidents) == 1
    after = tasks.decide_incident(db, article_id, orphan, "restore")
    assert len(select(db).incidents) == 1  # the machine's telling, not a second copy
    assert [i["analyst_status"] for i in after if counts_as_incident(i)] == [None]


def test_import_progress_in_the_arabic_interface(tmp_path, monkeypatch, arabic) -> None:  # type: ignore[no-untyped-def]
    """The status bar read «جارٍ الاستيراد 1/2… reading /…/وارد» and «analysing: …» in the Arabic
    window: the importer's progress came in core's English. Its notes carry a code; the GUI words them."""
    from core.ingest import importer
    from gui.bidi import strip_isolates

    monkeypatch.setattr("core.pipeline.analyze", lambda text, *a, **k: FakeAnalysis(text))
    monkeypatch.setattr(importer, "_PROGRESS_INTERVAL", -1.0)  # every step reports
    folder = tmp_path / "وارد"
    folder.mkdir()
    (folder / "a.txt").write_text("اشتباكات في دمت\n\nقتل 12 شخصا في دمت.", encoding="utf-8")
    (folder / "b.txt").write_text("غارة على صعدة\n\nقتل 3 في صعدة.", encoding="utf-8")
    messages: list[str] = []
    db = store.open_db(tmp_path / "t.db")
    tasks.import_files(db, [str(folder)], on_progress=lambda _d, _t, m: messages.append(strip_isolates(m)))
    said = [m.replace("\u200e", "") for m in messages if m]
    assert f"قراءة {folder}" in said
    assert "تحليل: اشتباكات في دمت" in said or "تحليل: غارة على صعدة" in said
    assert "المقالات المقروءة: 2، الجديدة منها: 2" in said
    assert not any(w in m for m in said for w in ("reading", "analysing", "articles read")), said


def test_import_progress_in_english_is_core_s_own() -> None:
    from core.ingest.model import ProgressNote

    note = ProgressNote("reading /data/a.txt", "reading", path="/data/a.txt")
    assert note == "reading /data/a.txt" and str(note) == "reading /data/a.txt"  # what the CLI prints
    assert tasks.import_progress_text(note).replace("\u2066", "").replace("\u2069", "") == "reading /data/a.txt"
    assert tasks.import_progress_text("anything else") == "anything else"
