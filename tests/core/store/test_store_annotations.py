"""Highlights, notes, tags and flags: the analyst's own layers."""

from __future__ import annotations

import pytest

from core.ingest.model import ArticleIn
from core.store import (
    add_article,
    add_highlight,
    add_note,
    add_tag,
    articles_with_tag,
    delete_highlight,
    delete_note,
    get_article,
    list_highlights,
    list_notes,
    list_tags,
    open_db,
    remove_tag,
    set_read,
    set_starred,
    update_highlight,
    update_note,
)

TEXT = "أعلن المركز الإعلامي للمقاومة مقتل 12 من الحوثيين 🙂 في دمت."


@pytest.fixture()
def db():  # type: ignore[no-untyped-def]
    return open_db(memory=True)


@pytest.fixture()
def article(db) -> int:  # type: ignore[no-untyped-def]
    return add_article(db, ArticleIn("t", TEXT))[0]


def test_highlights_quote_code_points(db, article) -> None:  # type: ignore[no-untyped-def]
    start = TEXT.index("دمت")
    hid = add_highlight(db, article, start, start + 3, color="red")
    early = add_highlight(db, article, 5, 20)
    rows = list_highlights(db, article)
    assert [r["id"] for r in rows] == [early, hid]  # in text order
    assert rows[1]["quote"] == "دمت" and rows[1]["color"] == "red"
    assert rows[0]["quote"] == TEXT[5:20]
    update_highlight(db, hid, note="موقع الاشتباك")
    row = list_highlights(db, article)[1]
    assert row["note"] == "موقع الاشتباك" and row["color"] == "red"
    assert delete_highlight(db, hid) is True
    assert [r["id"] for r in list_highlights(db, article)] == [early]


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (3, len(TEXT) + 1)])
def test_highlights_outside_the_text_are_refused(db, article, start, end) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        add_highlight(db, article, start, end)
    assert list_highlights(db, article) == []


def test_highlight_on_a_missing_article(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError):
        add_highlight(db, 42, 0, 1)
    with pytest.raises(KeyError):
        update_highlight(db, 42, color="blue")


def test_notes(db, article) -> None:  # type: ignore[no-untyped-def]
    first = add_note(db, article, "تحقق من العدد")
    second = add_note(db, article, "مصدر واحد فقط")
    update_note(db, first, "تحقق من عدد القتلى")
    assert [n["body"] for n in list_notes(db, article)] == ["تحقق من عدد القتلى", "مصدر واحد فقط"]
    assert delete_note(db, second) is True and delete_note(db, second) is False
    with pytest.raises(KeyError):
        update_note(db, second, "x")
    with pytest.raises(KeyError):
        add_note(db, 999, "x")


def test_tags(db, article) -> None:  # type: ignore[no-untyped-def]
    other = add_article(db, ArticleIn("o", "خبر آخر عن عدن"))[0]
    add_tag(db, article, "  الضالع ")
    add_tag(db, article, "الضالع")  # twice is harmless
    add_tag(db, article, "verify")
    add_tag(db, other, "verify")
    assert list_tags(db, article) == ["verify", "الضالع"]
    assert list_tags(db) == ["verify", "الضالع"]
    assert articles_with_tag(db, "verify") == [article, other]
    assert remove_tag(db, article, "الضالع") is True
    assert list_tags(db) == ["verify"]  # an unused tag disappears
    assert remove_tag(db, article, "verify") is True
    assert list_tags(db) == ["verify"]  # still used by the other article
    assert remove_tag(db, article, "verify") is False
    with pytest.raises(ValueError):
        add_tag(db, article, "   ")


def test_flags(db, article) -> None:  # type: ignore[no-untyped-def]
    set_starred(db, article)
    set_read(db, article, True)
    row = get_article(db, article)
    assert (row["starred"], row["read"]) == (1, 1)
    set_starred(db, article, False)
    assert get_article(db, article)["starred"] == 0
    with pytest.raises(KeyError):
        set_read(db, 999)
