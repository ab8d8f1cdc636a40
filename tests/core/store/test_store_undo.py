"""core.store.undo: an article's rows of an undoable table read and put back exactly (ids kept),
another article's rows untouched; other tables refused."""

from __future__ import annotations

import pytest

from core.ingest.model import ArticleIn
from core.store import add_article, add_highlight, delete_highlight, list_highlights, open_db, set_incident_override
from core.store.undo import article_rows, put_article_rows

TEXT = "قالت مصادر محلية إن اشتباكات عنيفة دارت أمس قرب المدينة."


def two_articles():  # type: ignore[no-untyped-def]
    db = open_db(memory=True)
    a, _ = add_article(db, ArticleIn(title="a", text=TEXT, source="t"))
    b, _ = add_article(db, ArticleIn(title="b", text=TEXT + " ثانٍ", source="t"))
    return db, a, b


def test_highlights_put_back_with_their_ids() -> None:
    db, a, b = two_articles()
    first = add_highlight(db, a, 0, 4, color="green", note="ملاحظة")
    other = add_highlight(db, b, 5, 10)
    before = article_rows(db, "highlights", a)
    delete_highlight(db, first)
    add_highlight(db, a, 6, 12)
    put_article_rows(db, "highlights", a, before)
    assert article_rows(db, "highlights", a) == before
    assert [(h["id"], h["note"]) for h in list_highlights(db, a)] == [(first, "ملاحظة")]
    assert [h["id"] for h in list_highlights(db, b)] == [other]


def test_incident_overrides_back_to_none() -> None:
    db, a, _b = two_articles()
    before = article_rows(db, "incident_overrides", a)
    set_incident_override(db, a, 0, "rejected")
    set_incident_override(db, a, None, "added", {"event_type": "Battles"})
    assert len(article_rows(db, "incident_overrides", a)) == 2
    put_article_rows(db, "incident_overrides", a, before)
    assert article_rows(db, "incident_overrides", a) == before == []


def test_other_tables_and_articles_refused() -> None:
    db, a, b = two_articles()
    with pytest.raises(ValueError):
        article_rows(db, "articles", a)
    add_highlight(db, b, 0, 3)
    with pytest.raises(ValueError):
        put_article_rows(db, "highlights", a, article_rows(db, "highlights", b))
