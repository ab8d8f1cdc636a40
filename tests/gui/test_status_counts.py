"""The opened article's counts in the status bar agree with their number in English ("1 entity,
1 incident", not "1 entities, 1 incidents") and stay Arabic in the Arabic interface."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import store
from core.ingest.model import ArticleIn
from core.pipeline import ANALYZER_VERSION
from gui.bidi import has_rtl, strip_isolates

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXT = "استهدفت غارة جوية مخزنا للأسلحة في صعدة أمس."


@pytest.fixture
def one_of_each(tmp_path: Path) -> str:
    path = tmp_path / "one.db"
    db = store.open_db(path)
    article_id, _ = store.add_article(db, ArticleIn(title="غارة", text=TEXT, source="test", published="2015-08-01"))
    start = TEXT.index("صعدة")
    store.save_analysis(db, article_id, {
        "entities": [{"start": start, "end": start + 4, "label": "LOCATION", "source": "rule", "text": "صعدة"}],
        "incidents": [{"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                       "location": {"text": "صعدة", "name_ar": "صعدة"}, "evidence": [{"start": 0, "end": len(TEXT)}]}],
        "summary": {}, "analyzer_version": ANALYZER_VERSION})
    db.conn.close()
    return str(path)


def test_one_entity_one_incident(window_on, one_of_each) -> None:  # type: ignore[no-untyped-def]
    w = window_on(one_of_each)
    assert strip_isolates(w.statusBar().currentMessage()) == "1 entity, 1 incident"


def test_several(window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(article_db)
    assert strip_isolates(w.statusBar().currentMessage()) == "3 entities, 2 incidents"


def test_one_of_each_in_arabic(arabic, window_on, one_of_each) -> None:  # type: ignore[no-untyped-def]
    shown = strip_isolates(window_on(one_of_each).statusBar().currentMessage())
    assert shown == "كيان واحد، حادثة واحدة", shown


def test_a_rejected_incident_is_not_counted(qtbot, window_on, article_db) -> None:  # type: ignore[no-untyped-def]
    """The status bar said "3 entities, 2 incidents" while the panel's header said
    "Incidents (1) · 1 rejected" and an export wrote 1: it counted every row of the table."""
    from gui import ops

    w = window_on(article_db)
    w.incidents.select_row(0)
    with qtbot.waitSignal(w.incidentsChanged, timeout=10_000):
        w.incidents.action_reject.trigger()
    ops.wait_for_all(10_000)
    w.close()
    w = window_on(article_db)
    assert w.incidents.title.text() == "Incidents (1) · 1 rejected"
    assert strip_isolates(w.statusBar().currentMessage()) == "3 entities, 1 incident"
