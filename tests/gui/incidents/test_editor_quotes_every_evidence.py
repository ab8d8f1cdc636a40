"""The incident editor quoted only an incident's first evidence span: an incident whose first
evidence is the article's lead clause and whose second names its place showed the analyst the lead
alone, not the words the place, actors and counts are corrected against. It now quotes every span,
in text order, joined by « … » (as the exports' evidence_text), and quotes apart only the figures
none of them shows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import ARTICLE_TEXT, incident_row, machine_analysis, store_article, words_span

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LEAD = "قال المركز الإعلامي"
PLACE = "اشتباكات بمدينة دمت"
STRIKES = "وشنت طائرات التحالف غارات على مواقع في تعز"
KILLED = "12 مسلحا قتلوا"


@pytest.fixture
def two_spans_db(tmp_path):  # type: ignore[no-untyped-def]
    analysis = machine_analysis()
    clash = analysis["incidents"][0]
    clash["evidence"] = [words_span(PLACE), words_span(LEAD)]  # stored out of order: quoted in text order
    clash["figures"] = [words_span(KILLED), words_span(PLACE)]
    return store_article(tmp_path / "spans.db", analysis)


def test_the_editor_quotes_every_evidence_span(window_on, two_spans_db) -> None:  # type: ignore[no-untyped-def]
    w = window_on(two_spans_db)
    w.incidents.select_row(incident_row(w, "Battles"))
    w.incidents.action_edit.trigger()
    quote = w.editor.findChild(QLabel, "editorEvidence")
    assert quote.text() == f"{LEAD} … {PLACE}"
    figures = w.editor.findChild(QLabel, "editorFigures")
    assert figures is not None and figures.text() == KILLED  # PLACE is quoted above already
    w.editor.reject()


def test_overlapping_spans_are_quoted_once() -> None:
    from gui.main_window import _evidence_text

    lead, place = words_span(LEAD), words_span(PLACE)
    both = {"start": lead["start"], "end": place["end"]}
    assert _evidence_text(ARTICLE_TEXT, {"evidence": [both, place]}) == ARTICLE_TEXT[both["start"]:both["end"]]
    assert _evidence_text(ARTICLE_TEXT, {"evidence": [words_span(STRIKES)]}) == STRIKES
    assert _evidence_text(ARTICLE_TEXT, {"evidence": [{"start": 5, "end": 10_000}]}) == ""  # out of the text
    assert _evidence_text(ARTICLE_TEXT, {}) == ""
