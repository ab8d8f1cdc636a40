"""The incident editor quoted only an incident's first evidence span: an incident whose first
evidence is the article's lead clause and whose second names its place showed the analyst the lead
alone, not the words the place, actors and counts are corrected against. It now quotes every span,
in text order, joined by « … » (as the exports' evidence_text), and quotes apart only the figures
none of them shows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import ARTICLE_TEXT, machine_analysis

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LEAD = "قال المركز الإعلامي"
PLACE = "اشتباكات بمدينة دمت"
STRIKES = "وشنت طائرات التحالف غارات على مواقع في تعز"
KILLED = "12 مسلحا قتلوا"


def _span(words: str) -> dict[str, int]:
    start = ARTICLE_TEXT.index(words)
    return {"start": start, "end": start + len(words)}


@pytest.fixture
def two_spans_db(tmp_path):  # type: ignore[no-untyped-def]
    from core import store
    from core.ingest.model import ArticleIn

    analysis = machine_analysis()
    clash = analysis["incidents"][0]
    clash["evidence"] = [_span(PLACE), _span(LEAD)]  # stored out of order: quoted in text order
    clash["figures"] = [_span(KILLED), _span(PLACE)]
    path = tmp_path / "spans.db"
    db = store.open_db(path)
    store.add_article(db, ArticleIn(title="اشتباكات في دمت", text=ARTICLE_TEXT, source="test", published="2015-08-01"))
    store.save_analysis(db, 1, analysis)
    db.conn.close()
    return str(path)


def test_the_editor_quotes_every_evidence_span(window_on, two_spans_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(two_spans_db)
    row = next(r for r in range(w.incidents.model.rowCount())
               if w.incidents.model.incident(r).get("event_type") == "Battles")
    w.incidents.select_row(row)
    w.incidents.action_edit.trigger()
    quote = w.editor.findChild(QLabel, "editorEvidence")
    assert quote.text() == f"{LEAD} … {PLACE}"
    figures = w.editor.findChild(QLabel, "editorFigures")
    assert figures is not None and figures.text() == KILLED  # PLACE is quoted above already
    w.editor.reject()


def test_overlapping_spans_are_quoted_once() -> None:
    from gui.main_window import _evidence_text

    lead, place = _span(LEAD), _span(PLACE)
    both = {"start": lead["start"], "end": place["end"]}
    assert _evidence_text(ARTICLE_TEXT, {"evidence": [both, place]}) == ARTICLE_TEXT[both["start"]:both["end"]]
    assert _evidence_text(ARTICLE_TEXT, {"evidence": [_span(STRIKES)]}) == STRIKES
    assert _evidence_text(ARTICLE_TEXT, {"evidence": [{"start": 5, "end": 10_000}]}) == ""  # out of the text
    assert _evidence_text(ARTICLE_TEXT, {}) == ""
