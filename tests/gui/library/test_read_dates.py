"""File → Read dates from article text…: articles stored undated before import read datelines take
the date their text states, marked as read from the text, and are analysed again on the long-job
thread. Before, the only way was Article details… one article at a time, typing the date."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from gui import ops
from gui.library import read_dates
from tests.gui.conftest import add_undated_articles

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

DATELINED = "عدن - السبت 7 مايو 2016\nقال مصدر أمني إن عبوة ناسفة انفجرت أمس قرب نقطة تفتيش في المدينة."


@pytest.fixture
def library(article_db):  # type: ignore[no-untyped-def]
    """article_db plus two undated articles: one with a dateline (id 2), one without (id 3)."""
    add_undated_articles(article_db, [("انفجار في عدن", DATELINED),
                                      ("بلا تاريخ", "قال سكان إن اشتباكات اندلعت في المدينة.")])
    return article_db


def test_undated_articles_are_dated_and_analysed_again(qtbot, monkeypatch, library, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    w = window_on(library, 2)
    assert w.article.published is None
    with qtbot.waitSignal(w.datesRead, timeout=20_000) as got:
        w.action_read_dates.trigger()
    ops.wait_for_all(10_000)
    [text] = asked
    assert text.startswith("1 of the 2 undated articles state their date in their text (a dateline):")
    assert "2016-05-07" in text and "انفجار في عدن" in text
    assert [d.id for d in got.args[0].dated] == [2] and reanalysed == [(2, "2016-05-07")]
    qtbot.waitUntil(lambda: w.article.published == "2016-05-07", timeout=10_000)  # the open article reloaded
    assert w.article.date_origin == "text"
    model = w.library.model
    qtbot.waitUntil(lambda: model.row_dict(model.row_of(2)).get("date_origin") == "text", timeout=10_000)
    assert model.row_dict(model.row_of(3)).get("published") is None


def test_nothing_to_date_is_said_without_asking(qtbot, monkeypatch, article_db, reanalysed, window_on) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked with nothing to date"))
    w = window_on(article_db)
    op = read_dates.start(w)
    qtbot.waitUntil(lambda: op.done, timeout=10_000)
    assert w.message_box.text() == "Every article of the library has a date." and not reanalysed
    w.message_box.close()


def test_the_question_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    from core.ingest.redate import DatedArticle, RedateReport

    report = RedateReport(5, [DatedArticle(2, "انفجار في عدن", "2016-05-07", "السبت 7 مايو 2016")])
    text = read_dates.question_text(report)
    assert "(s)" not in text and "undated" not in text and "2016-05-07" in text
    assert read_dates.question_text(RedateReport(3, [])) == "لا يذكر أي من المقالات الـ3 غير المؤرخة تاريخه في نصه."
