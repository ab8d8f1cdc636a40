"""The library's Inc. column follows the open article's incidents: analysed on opening (imported
without analysis, or made by an older analyzer), and after every correction of incidents or
entities it shows what the incident panel's header counts, as a fresh library query would."""

from __future__ import annotations

from typing import Any

import pytest

from core import store
from gui import ops, tasks
from gui.bidi import strip_isolates
from gui.library.model import COLUMNS
from gui.main_window import MainWindow
from tests.gui.conftest import ARTICLE_TEXT, machine_analysis

INC = [key for key, _header in COLUMNS].index("incident_count")


def shown_count(window: MainWindow, article_id: int = 1) -> str:
    model = window.library.model
    return strip_isolates(model.index(model.row_of(article_id), INC).data() or "")


def header_count(window: MainWindow) -> int:
    return int(window.incidents.title.text().split("(")[1].split(")")[0])


def stored_count(window: MainWindow, article_id: int = 1) -> int:
    db = store.open_db(window.db_path)
    try:
        [row] = [r for r in store.query_articles(db, store.LibraryQuery()) if r["id"] == article_id]
        return int(row["incident_count"])
    finally:
        db.conn.close()


def fake_analyzer(monkeypatch: pytest.MonkeyPatch, incidents: list[dict[str, Any]]) -> None:
    """The pipeline stands in with a fixed analysis (no NLP in GUI tests), stored as the real one is."""
    def analyze_and_store(db: Any, article_id: Any, *_args: Any) -> dict[str, Any]:
        result = {**machine_analysis(), "incidents": incidents}
        store.save_analysis(db, article_id, result)
        return result

    monkeypatch.setattr(tasks, "analyze_and_store", analyze_and_store)


def test_an_article_analysed_on_opening_shows_its_count(qtbot, window_on, tmp_path, monkeypatch) -> None:
    from core.ingest.model import ArticleIn

    path = str(tmp_path / "unanalysed.db")
    db = store.open_db(path)
    store.add_article(db, ArticleIn(title="اشتباكات في دمت", text=ARTICLE_TEXT, source="test", published="2015-08-01"))
    db.conn.close()
    fake_analyzer(monkeypatch, machine_analysis()["incidents"])
    window = window_on(path)
    assert window.article.analysed_now
    assert shown_count(window) == "2" == str(header_count(window)) == str(stored_count(window))
    ops.wait_for_all(10_000)


def test_corrections_of_incidents_change_the_count(qtbot, open_window) -> None:
    w = open_window
    assert shown_count(w) == "2"
    w.incidents.select_row(0)
    with qtbot.waitSignal(w.incidentsChanged, timeout=10_000):
        w.incidents.action_reject.trigger()
    assert shown_count(w) == "1" == str(header_count(w)) == str(stored_count(w))
    w.incidents.select_row(0)
    with qtbot.waitSignal(w.incidentsChanged, timeout=10_000):
        w.incidents.action_restore.trigger()
    assert shown_count(w) == "2" == str(stored_count(w))
    start, end = ARTICLE_TEXT.index("وشنت"), ARTICLE_TEXT.index("تعز") + 3
    data = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
            "evidence": [{"start": start, "end": end}], "date": "2015-08-01",
            "location": {"text": "تعز", "name_ar": "تعز", "name_en": "Taizz", "admin1_en": "Taizz"}}
    with qtbot.waitSignal(w.incidentsChanged, timeout=20_000):
        w.on_incident_added(data)
    assert shown_count(w) == "3" == str(header_count(w)) == str(stored_count(w))


def test_a_correction_that_lands_after_the_analyst_moved_on_still_counts(qtbot, open_window) -> None:
    w = open_window
    rejected = w.incidents.model.incident(0)
    with qtbot.waitSignal(w.incidentCountChanged, timeout=10_000) as changed:
        w.run_incident_op(lambda db, aid: tasks.decide_incident(db, aid, rejected, "reject"), "Saving (reject)")
        w.article = None  # another article is being opened meanwhile
    assert changed.args == [1, 1]
    assert shown_count(w) == "1"


def test_an_entity_correction_that_rebuilds_the_incidents_changes_the_count(qtbot, open_window, monkeypatch) -> None:
    w = open_window
    fake_analyzer(monkeypatch, machine_analysis()["incidents"][:1])  # the re-analysis finds one incident
    [coalition] = [h for h in w.reader.highlights() if h.text == "التحالف"]
    with qtbot.waitSignal(w.entitiesChanged, timeout=20_000):
        w.on_entity_remove_requested(coalition)
    assert shown_count(w) == "1" == str(header_count(w)) == str(stored_count(w))


def test_an_article_not_analysed_yet_shows_a_dash_not_zero(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Imported without analysis, its Inc. is "—" with a tooltip saying so (a "0" read as "no
    incident in it"); an analysed article without incidents shows 0; once its count comes from an
    analysis on opening, the count is shown."""
    from core.ingest.model import ArticleIn
    from gui.library import LibraryPane

    db = store.open_db(tmp_path / "t.db")
    analysed, _ = store.add_article(db, ArticleIn(title="أ", text="نص أول.", source="t", published="2015-08-01"))
    store.save_analysis(db, analysed, {**machine_analysis(), "incidents": []})
    fresh, _ = store.add_article(db, ArticleIn(title="ب", text="نص ثان.", source="t", published="2015-08-02"))
    rows = store.query_articles(db, store.LibraryQuery())
    db.conn.close()
    pane = LibraryPane()
    qtbot.addWidget(pane)
    pane.set_rows(rows)
    model = pane.model

    def cell(article_id: int, role: int = 0) -> str:
        return strip_isolates(model.index(model.row_of(article_id), INC).data(role) or "")

    assert cell(analysed) == "0"
    assert cell(fresh) == "—"
    assert "Not analysed yet" in cell(fresh, 3)  # ToolTipRole
    assert "Not analysed yet" not in cell(analysed, 3)
    pane.on_incident_count_changed(fresh, 0)  # analysed on opening: nothing found
    assert cell(fresh) == "0"
    assert "Not analysed yet" not in cell(fresh, 3)
