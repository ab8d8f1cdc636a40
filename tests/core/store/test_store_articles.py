"""Articles: deduplicated add, get, library listing, delete with cascade."""

from __future__ import annotations

import pytest

from core.ingest.model import ArticleIn
from core.store import (
    add_article,
    add_note,
    count_articles,
    delete_article,
    get_article,
    get_entities,
    list_articles,
    list_notes,
    open_db,
    save_analysis,
)

PLAIN = "قال المركز الإعلامي إن قوات الجيش تقدمت في مديرية دمت.\nوأضاف أن الاشتباكات استمرت."


@pytest.fixture()
def db():  # type: ignore[no-untyped-def]
    return open_db(memory=True)


def test_add_and_get(db) -> None:  # type: ignore[no-untyped-def]
    art = ArticleIn(
        title="تقدم في دمت", text=PLAIN, source="aawsat", url="http://x/1",
        published="2015-07-22 10:00:00", origin="a.txt",
    )  # fmt: skip
    article_id, created = add_article(db, art)
    assert created
    row = get_article(db, article_id)
    assert row is not None
    assert row["text"] == PLAIN
    assert row["title"] == "تقدم في دمت"
    assert row["published"] == "2015-07-22"
    assert (row["source"], row["url"], row["origin"]) == ("aawsat", "http://x/1", "a.txt")
    assert row["starred"] == 0 and row["read"] == 0 and row["analyzer_version"] is None
    assert "search_text" not in row
    assert get_article(db, article_id + 100) is None


def test_the_same_content_is_stored_once(db) -> None:  # type: ignore[no-untyped-def]
    first, created = add_article(db, ArticleIn("t", PLAIN))
    assert created
    variants = [
        PLAIN.replace("\n", "\r\n"),
        "قَالَ المركزُ الاعلامي إن قوات الجيش تقدمت في مديرية دمت.\n\nوأضاف أن الاشتباكات استمرت.",
        "  " + PLAIN.replace(" ", "  ") + "\n",
        PLAIN.replace("قوات", "قـــوات"),  # tatweel
    ]
    for text in variants:
        assert add_article(db, ArticleIn("other title", text)) == (first, False)
    assert count_articles(db) == 1
    assert get_article(db, first)["text"] == PLAIN  # the first copy is kept as it was
    _, created = add_article(db, ArticleIn("t", PLAIN + " وقتل جندي."))
    assert created and count_articles(db) == 2


def test_empty_text_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        add_article(db, ArticleIn("t", " \n "))


def test_list_articles_orders_and_omits_text(db) -> None:  # type: ignore[no-untyped-def]
    ids = {}
    for title, date in [("b", "2015-07-21"), ("a", None), ("c", "2015-08-01")]:
        ids[title], _ = add_article(db, ArticleIn(title, f"نص الخبر {title}", published=date))
    rows = list_articles(db)
    assert [r["title"] for r in rows] == ["c", "b", "a"]  # unknown dates last
    assert "text" not in rows[0] and "search_text" not in rows[0]
    assert rows[0]["incident_count"] == 0
    assert [r["title"] for r in list_articles(db, order="published asc")] == ["b", "c", "a"]
    assert [r["title"] for r in list_articles(db, order="title")] == ["a", "b", "c"]
    assert [r["title"] for r in list_articles(db, limit=1, offset=1)] == ["b"]
    for bad in ["published; DROP TABLE articles", "text desc", "title sideways", ""]:
        with pytest.raises(ValueError):
            list_articles(db, order=bad)


def test_delete_cascades_to_machine_and_analyst_rows(db) -> None:  # type: ignore[no-untyped-def]
    keep, _ = add_article(db, ArticleIn("keep", "خبر يبقى"))
    gone, _ = add_article(db, ArticleIn("gone", PLAIN))
    save_analysis(db, gone, {"entities": [{"start": 0, "end": 3, "label": "PERSON", "text": "قال"}],
                             "incidents": [], "summary": {}, "analyzer_version": "1"})  # fmt: skip
    add_note(db, gone, "ملاحظة")
    assert delete_article(db, gone) is True
    assert delete_article(db, gone) is False
    assert get_entities(db, gone) == [] and list_notes(db, gone) == []
    assert db.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    assert count_articles(db) == 1 and get_article(db, keep) is not None


def test_content_hash_and_search_fold_keep_their_stored_meaning() -> None:
    """Stored hashes and search copies must not change with a faster implementation: the hash is
    the sha256 of the fold with whitespace runs as one space, the search copy the fold with hamza
    seats folded; both compared with the original formulas on text with every kind of space."""
    import hashlib
    import re

    from core.store.articles import content_hash
    from core.text.normalize import fold, fold_for_search

    text = "\u00a0 قال  مسؤول\u2003في\tشئون ٣٠ ۴ جنديًا\n\u3000 إلى\u2028 \u200bالمدينة\r\n "
    base = fold(text).lower()
    want = hashlib.sha256(re.sub(r"\s+", " ", base).strip().encode("utf-8")).hexdigest()
    assert content_hash(text) == want
    assert fold_for_search(text) == base.translate(str.maketrans("ؤئ", "وي"))
    assert "30" in base and "4" in base and "ؤ" not in fold_for_search(text)


def test_article_dates_reads_the_date_and_its_origin_of_many_articles_on_a_database_file(
        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What Set date… reads before it sets a date (Edit › Undo's step): the date and its origin of
    each article, in the order asked, a few ids per query (two here: SQLite binds at most 999 values
    in its oldest builds), never the title, source or text; an unknown id is an error."""
    from core.store import article_dates, articles, set_dates, update_details

    monkeypatch.setattr(articles, "IDS_PER_QUERY", 2)
    db = open_db(tmp_path / "m.db")
    ids = [add_article(db, ArticleIn(title=f"خبر {n}", text=f"{PLAIN} رقم {n}.", origin=f"{n}.txt"))[0]
           for n in range(6)]
    update_details(db, ids[1], title="خبر 1", source="", published="2015-07-22")
    set_dates(db, [ids[4]], "2016-03-10")
    dates = article_dates(db, [ids[4], ids[1], ids[0], ids[1], ids[2], ids[3], ids[5]])
    assert dates == {ids[4]: ("2016-03-10", "user"), ids[1]: ("2015-07-22", "user"), ids[0]: (None, None),
                     ids[2]: (None, None), ids[3]: (None, None), ids[5]: (None, None)}
    assert list(dates) == [ids[4], ids[1], ids[0], ids[2], ids[3], ids[5]] and article_dates(db, []) == {}
    with pytest.raises(LookupError):
        article_dates(db, [ids[0], max(ids) + 1])
    db.conn.close()


def test_set_dates_keeping_old_returns_the_dates_it_replaced_on_a_database_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Set date…'s Undo reads the old dates in the transaction that sets the new ones: the changed
    ids and every article's (published, date_origin) before; an unknown id saves nothing."""
    from core.store import article_dates, set_dates_keeping_old, update_details

    db = open_db(tmp_path / "m.db")
    ids = [add_article(db, ArticleIn(title=f"خبر {n}", text=f"{PLAIN} رقم {n}.", origin=f"{n}.txt"))[0]
           for n in range(3)]
    update_details(db, ids[1], title="خبر 1", source="", published="2016-03-10")
    changed, was = set_dates_keeping_old(db, [ids[2], ids[1], ids[0], ids[2]], "2016-03-10")
    assert changed == [ids[2], ids[0]]
    assert was == {ids[2]: (None, None), ids[1]: ("2016-03-10", "user"), ids[0]: (None, None)}
    assert list(was) == [ids[2], ids[1], ids[0]]
    with pytest.raises(LookupError):
        set_dates_keeping_old(db, [ids[0], max(ids) + 1], "2017-01-01")
    assert article_dates(db, ids)[ids[0]] == ("2016-03-10", "user")
    db.conn.close()
