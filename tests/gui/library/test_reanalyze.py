"""File → Analyse outdated articles again…: after an upgrade (a new ANALYZER_VERSION) the articles an
older version analysed keep that analysis until each is opened, so the summary and exports mix
versions. The action counts them, asks, and analyses them again on the long-job thread; the
analyst's incident corrections and notes stay."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from core.ingest import importer
from core.ingest.parallel import Outcome
from gui import ops
from gui.library import reanalyze

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def analysed(monkeypatch):  # type: ignore[no-untyped-def]
    """The analysis is recorded (no NLP in GUI tests): each job's article id, an empty current analysis."""
    from core.pipeline import ANALYZER_VERSION

    calls: list[int] = []

    def job(j):  # type: ignore[no-untyped-def]
        calls.append(int(j.key))
        return Outcome(j.key, {"entities": [], "incidents": [], "summary": {}, "analyzer_version": ANALYZER_VERSION},
                       None)

    monkeypatch.setattr(importer, "analyze_job", job)
    return calls


@pytest.fixture
def outdated(article_db):  # type: ignore[no-untyped-def]
    """article_db (whose article is this version's) plus two articles an older version analysed,
    the first with the analyst's note."""
    from core import store
    from core.ingest.model import ArticleIn

    db = store.open_db(article_db)
    for title in ("قصف في عدن", "اشتباكات في لحج"):
        article_id, _ = store.add_article(db, ArticleIn(title=title, text=f"{title} أمس.", source="test",
                                                        published="2015-07-30"))  # listed after article 1
        store.save_analysis(db, article_id, {"entities": [], "incidents": [], "summary": {}, "analyzer_version": "1"})
    store.add_note(db, 2, "يحتاج مصدرا ثانيا")
    db.conn.close()
    return article_db


def test_outdated_articles_are_counted_asked_and_analysed_again(qtbot, monkeypatch, outdated, analysed,
                                                                window_on) -> None:  # type: ignore[no-untyped-def]
    from core.pipeline import ANALYZER_VERSION

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    w = window_on(outdated, 1)
    assert w.action_reanalyze in w.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(w.reanalysed, timeout=20_000) as got:
        w.action_reanalyze.trigger()
    ops.wait_for_all(10_000)
    [text] = asked
    assert text.startswith("Articles an older version of Marsad analysed, or none did: 2.")
    assert got.args == [2] and sorted(analysed) == [2, 3]
    with sqlite3.connect(outdated) as conn:
        assert {v for (v,) in conn.execute("SELECT analyzer_version FROM articles")} == {ANALYZER_VERSION}
        assert conn.execute("SELECT body FROM notes WHERE article_id = 2").fetchone() == ("يحتاج مصدرا ثانيا",)


def test_nothing_outdated_is_said_without_asking(qtbot, monkeypatch, article_db, analysed, window_on) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked with nothing to analyse"))
    w = window_on(article_db)
    op = reanalyze.start(w)
    qtbot.waitUntil(lambda: op.done, timeout=10_000)
    assert w.message_box.text() == "Every article of the library is analysed by this version of Marsad."
    assert not analysed
    w.message_box.close()


def test_the_question_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    text = reanalyze.question_text(5)
    assert "(s)" not in text and "older" not in text and text.startswith("5 مقالات حلّلها إصدار أقدم")
    assert reanalyze.question_text(1).startswith("مقال واحد حلّله إصدار أقدم")
