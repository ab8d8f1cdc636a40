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


# -- every other part the analyst edits: notes, entity decisions, tags, flags, details ----------
# (on a real SQLite file, as the app stores them)

from core.store import (  # noqa: E402
    add_entity, add_note, add_tag, delete_note, get_article, list_entity_corrections, list_notes, list_tags,
    remove_entity, set_read, set_starred, set_tags, update_details, update_note,
)
from core.store.search import search  # noqa: E402
from core.store.undo import PARTS, put_part, read_part  # noqa: E402


@pytest.fixture
def on_file(tmp_path):  # type: ignore[no-untyped-def]
    db = open_db(tmp_path / "library.db")
    a, _ = add_article(db, ArticleIn(title="عنوان أول", text=TEXT, source="وكالة", published="2024-03-05"))
    b, _ = add_article(db, ArticleIn(title="b", text=TEXT + " ثانٍ", source="t"))
    db.conn.execute("UPDATE articles SET analyzer_version = '39' WHERE id IN (?, ?)", (a, b))
    db.conn.commit()
    yield db, a, b
    db.conn.close()


def analysed(db, article_id) -> bool:  # type: ignore[no-untyped-def]
    return get_article(db, article_id)["analyzer_version"] is not None


def test_the_note_written_changed_and_deleted_comes_back(on_file) -> None:  # type: ignore[no-untyped-def]
    db, a, b = on_file
    add_note(db, b, "ملاحظة مقال آخر")
    empty = read_part(db, "notes", a)
    note = add_note(db, a, "أول")
    first = read_part(db, "notes", a)
    update_note(db, note, "أول وثانٍ")
    second = read_part(db, "notes", a)
    delete_note(db, note)
    assert put_part(db, "notes", a, second) is False
    assert [(n["id"], n["body"]) for n in list_notes(db, a)] == [(note, "أول وثانٍ")]
    put_part(db, "notes", a, first)
    assert list_notes(db, a)[0]["body"] == "أول"
    put_part(db, "notes", a, empty)
    assert list_notes(db, a) == [] and [n["body"] for n in list_notes(db, b)] == ["ملاحظة مقال آخر"]
    assert analysed(db, a)  # a note is not read by the analysis


def test_tags_come_back_by_name_and_an_unused_tag_goes(on_file) -> None:  # type: ignore[no-untyped-def]
    db, a, b = on_file
    add_tag(db, b, "مشترك")
    set_tags(db, a, ["مشترك", "قصف"])
    before = read_part(db, "tags", a)
    assert set_tags(db, a, ["جديد"]) == ["جديد"]
    assert list_tags(db) == ["جديد", "مشترك"]  # «قصف» no article uses any more: gone
    assert put_part(db, "tags", a, before) is False
    assert list_tags(db, a) == sorted(["مشترك", "قصف"]) and list_tags(db, b) == ["مشترك"]
    assert "جديد" not in list_tags(db)


def test_set_tags_is_one_transaction(on_file) -> None:  # type: ignore[no-untyped-def]
    db, a, _b = on_file
    set_tags(db, a, ["أ", "ب"])
    with pytest.raises(ValueError):
        put_part(db, "flags", a, {"starred": 1})  # not both flags: refused, nothing written
    changes = db.conn.total_changes
    set_tags(db, a, ["ب", "ج", "  "])
    assert list_tags(db, a) == ["ب", "ج"] and db.conn.total_changes > changes and not db.conn.in_transaction


def test_star_and_read_flags_come_back(on_file) -> None:  # type: ignore[no-untyped-def]
    db, a, b = on_file
    before = read_part(db, "flags", a)
    assert before == {"starred": 0, "read": 0}
    set_starred(db, a)
    set_read(db, a)
    set_starred(db, b)
    assert put_part(db, "flags", a, before) is False
    art = get_article(db, a)
    assert (art["starred"], art["read"]) == (0, 0) and get_article(db, b)["starred"] == 1


def test_details_come_back_with_the_search_title_and_the_article_outdated(on_file) -> None:  # type: ignore[no-untyped-def]
    db, a, _b = on_file
    before = read_part(db, "details", a)
    assert before == {"title": "عنوان أول", "source": "وكالة", "published": "2024-03-05", "date_origin": "metadata"}
    update_details(db, a, title="عنوان آخر", source="مصدر", published="2024-04-01")
    assert read_part(db, "details", a)["date_origin"] == "user"
    assert put_part(db, "details", a, before) is True  # title and date are read by the analysis
    assert read_part(db, "details", a) == before and not analysed(db, a)
    assert [r["id"] for r in search(db, "عنوان أول")] == [a]  # found by its title again, not by the other
    assert search(db, "آخر") == []


def test_details_of_the_source_only_need_no_analysis(on_file) -> None:  # type: ignore[no-untyped-def]
    db, a, _b = on_file
    before = read_part(db, "details", a)
    update_details(db, a, title="عنوان أول", source="مصدر آخر", published="2024-03-05")
    assert put_part(db, "details", a, before) is False and analysed(db, a)
    assert get_article(db, a)["source"] == "وكالة"


def test_entity_decisions_come_back_and_the_article_is_outdated(on_file) -> None:  # type: ignore[no-untyped-def]
    db, a, _b = on_file
    before = read_part(db, "entity_corrections", a)
    add_entity(db, a, 0, 4, "ORGANIZATION")
    remove_entity(db, a, 5, 10, "LOCATION")
    after = read_part(db, "entity_corrections", a)
    db.conn.execute("UPDATE articles SET analyzer_version = '39' WHERE id = ?", (a,))
    db.conn.commit()
    assert put_part(db, "entity_corrections", a, before) is True
    assert list_entity_corrections(db, a) == [] and not analysed(db, a)
    put_part(db, "entity_corrections", a, after)
    assert read_part(db, "entity_corrections", a) == after


def test_unknown_parts_refused(on_file) -> None:  # type: ignore[no-untyped-def]
    db, a, _b = on_file
    assert set(PARTS) >= {"highlights", "incident_overrides", "notes", "entity_corrections", "tags", "flags", "details"}
    for part in ("articles", "entities", "incidents"):
        with pytest.raises(ValueError):
            read_part(db, part, a)
        with pytest.raises(ValueError):
            put_part(db, part, a, [])


def test_a_part_changed_since_is_not_put_back(on_file) -> None:  # type: ignore[no-untyped-def]
    """Undo puts a part back only if it is still as the step left it: a later change (a date set
    for several articles) is not silently lost."""
    from core.store import set_dates
    from core.store.undo import ChangedSince

    db, a, _b = on_file
    before = read_part(db, "details", a)
    update_details(db, a, title="عنوان آخر", source="وكالة", published="2024-04-01")
    after = read_part(db, "details", a)
    set_dates(db, [a], "2024-05-09")
    with pytest.raises(ChangedSince):
        put_part(db, "details", a, before, expected=after)
    assert read_part(db, "details", a)["published"] == "2024-05-09" and not db.conn.in_transaction
    assert put_part(db, "details", a, before, expected=read_part(db, "details", a)) is True


def test_several_articles_dates_put_back_in_one_step() -> None:
    """A library-wide edit (Set date… of several articles) taken back: every article's details as
    they were, each re-dated one marked outdated; one changed since and nothing is written."""
    from core.store import set_dates
    from core.store.undo import ChangedSince, put_parts, read_parts

    db, a, b = two_articles()
    db.conn.execute("UPDATE articles SET analyzer_version = 40")
    before = read_parts(db, "details", [a, b, a])
    assert list(before) == [a, b] and before[a]["published"] is None
    assert set_dates(db, [a, b], "2016-03-10") == [a, b]
    after = read_parts(db, "details", [a, b])
    assert after[b] == {**before[b], "published": "2016-03-10", "date_origin": "user"}
    db.conn.execute("UPDATE articles SET analyzer_version = 40")

    db.conn.execute("UPDATE articles SET title = 'changed' WHERE id = ?", (b,))
    with pytest.raises(ChangedSince):
        put_parts(db, "details", before, after)
    assert read_parts(db, "details", [a])[a] == after[a]  # not even the unchanged one: whole or nothing
    db.conn.execute("UPDATE articles SET title = 'b' WHERE id = ?", (b,))

    assert put_parts(db, "details", before, after) == [a, b]
    assert read_parts(db, "details", [a, b]) == before
    assert [r[0] for r in db.conn.execute("SELECT analyzer_version FROM articles ORDER BY id")] == [None, None]
    assert put_parts(db, "details", after, before) == [a, b]  # redone
    assert read_parts(db, "details", [a, b]) == after
    with pytest.raises(ValueError):
        put_parts(db, "details", before, {a: after[a]})
