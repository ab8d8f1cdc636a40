"""Library queries on a real SQLite store: filters, sorting, paging, counts, snippets, facets,
corpus-wide entity mentions and re-anchored highlights."""

from __future__ import annotations

from typing import Any

import pytest

from core.ingest.model import ArticleIn
from core.store import add_article, add_highlight, add_note, add_tag, open_db, save_analysis, set_read, set_starred
from core.store.library import (
    HIT_END,
    HIT_START,
    LibraryQuery,
    count_matching,
    entity_mentions,
    facets,
    list_anchored_highlights,
    query_articles,
    reanchor,
)

A = "قال المركز الإعلامي إن 12 مسلحا قتلوا في اشتباكات بمدينة دمت."
B = "شنت طائرات التحالف غارات على مواقع في تعز وقتل مدنيان."
C = "Coalition strikes hit Aden port; the media office said nothing."


def _incident(event: str, admin1: str, actor1: str, actor2: str = "") -> dict[str, Any]:
    return {"event_type": event, "sub_event_type": "x", "location": {"text": admin1, "admin1_en": admin1},
            "actor1": {"text": actor1, "name_en": actor1}, "actor2": {"text": actor2, "name_en": actor2} if actor2 else None}


@pytest.fixture
def db(tmp_path):  # type: ignore[no-untyped-def]
    db = open_db(tmp_path / "lib.db")
    ids = {}
    for key, text, source, date in (("a", A, "sabq", "2015-08-01"), ("b", B, "spa", "2015-07-25"),
                                    ("c", C, "spa", None)):
        ids[key], _ = add_article(db, ArticleIn(title=f"خبر {key}", text=text, source=source, published=date))
    start = A.index("دمت")
    save_analysis(db, ids["a"], {
        "entities": [{"start": start, "end": start + 3, "label": "LOCATION", "text": "دمت",
                      "attrs": {"place_id": "ye:d:1"}}],
        "incidents": [_incident("Battles", "Ad Dali", "Popular Resistance", "Houthis")]})
    tz = B.index("تعز")
    save_analysis(db, ids["b"], {
        "entities": [{"start": tz, "end": tz + 3, "label": "LOCATION", "text": "تعز", "attrs": {"place_id": "ye:g:15"}},
                     {"start": 0, "end": 3, "label": "LOCATION", "text": "شنت", "attrs": {"place_id": "ye:d:1"}}],
        "incidents": [_incident("Explosions/Remote violence", "Taizz", "Saudi-led coalition"),
                      _incident("Battles", "Taizz", "Houthis")]})
    db.ids = ids  # type: ignore[attr-defined]
    return db


def titles(rows: list[dict[str, Any]]) -> list[str]:
    return [r["title"] for r in rows]


def test_no_filter_lists_everything_newest_first_with_counts(db) -> None:
    rows = query_articles(db, LibraryQuery())
    assert titles(rows) == ["خبر a", "خبر b", "خبر c"]  # undated last
    assert [r["incident_count"] for r in rows] == [1, 2, 0]
    assert count_matching(db, LibraryQuery()) == 3


def test_paging_returns_disjoint_pages(db) -> None:
    first = query_articles(db, LibraryQuery(order="title asc"), limit=2)
    rest = query_articles(db, LibraryQuery(order="title asc"), limit=2, offset=2)
    assert titles(first) + titles(rest) == ["خبر a", "خبر b", "خبر c"]


def test_sorting_by_columns_and_bad_order_is_refused(db) -> None:
    assert titles(query_articles(db, LibraryQuery(order="incident_count desc")))[0] == "خبر b"
    assert titles(query_articles(db, LibraryQuery(order="published asc"))) == ["خبر b", "خبر a", "خبر c"]
    with pytest.raises(ValueError):
        query_articles(db, LibraryQuery(order="text; drop table articles"))


def test_unanalysed_articles_sort_last_by_incident_count_both_ways(db) -> None:  # type: ignore[no-untyped-def]
    """The library shows «—» for an article not analysed yet (its analysis stale, no incidents):
    sorted by the count it came between 0 and 1 going up. It goes last in both directions."""
    d, _ = add_article(db, ArticleIn(title="خبر d", text="نص لم يحلل بعد.", source="spa", published="2015-07-01"))
    db.conn.execute("UPDATE articles SET analyzer_version = NULL WHERE id = ?", (d,))
    db.conn.execute("UPDATE articles SET analyzer_version = '36' WHERE id = ?", (db.ids["c"],))  # analysed: 0
    up = [(r["title"], r["incident_count"]) for r in query_articles(db, LibraryQuery(order="incident_count asc"))]
    down = [(r["title"], r["incident_count"]) for r in query_articles(db, LibraryQuery(order="incident_count desc"))]
    assert up == [("خبر c", 0), ("خبر a", 1), ("خبر b", 2), ("خبر d", 0)]
    assert down == [("خبر b", 2), ("خبر a", 1), ("خبر c", 0), ("خبر d", 0)]
    assert [r["title"] for r in query_articles(db, LibraryQuery(text="يحلل", order="incident_count asc"))] == ["خبر d"]


def test_search_folds_hamza_and_marks_the_hit_in_the_snippet(db) -> None:
    rows = query_articles(db, LibraryQuery(text="الاعلامي"))
    assert titles(rows) == ["خبر a"]
    assert f"{HIT_START}الإعلامي{HIT_END}" in rows[0]["snippet"]  # the original spelling
    assert count_matching(db, LibraryQuery(text="الاعلامي")) == 1
    # «قتل» finds «وقتل» (attached proclitic) in B, not «قتلوا» in A
    assert set(titles(query_articles(db, LibraryQuery(text="قتل")))) == {"خبر b"}


def test_filters_combine(db) -> None:
    ids = db.ids
    assert titles(query_articles(db, LibraryQuery(source="spa"))) == ["خبر b", "خبر c"]
    assert titles(query_articles(db, LibraryQuery(date_from="2015-07-26"))) == ["خبر a"]
    assert titles(query_articles(db, LibraryQuery(date_to="2015-07-31"))) == ["خبر b"]
    assert titles(query_articles(db, LibraryQuery(governorate="Taizz"))) == ["خبر b"]
    assert titles(query_articles(db, LibraryQuery(event_type="Battles"))) == ["خبر a", "خبر b"]
    assert titles(query_articles(db, LibraryQuery(actor="Houthis"))) == ["خبر a", "خبر b"]
    assert titles(query_articles(db, LibraryQuery(actor="Houthis", governorate="Ad Dali"))) == ["خبر a"]
    add_tag(db, ids["c"], "to check")
    set_starred(db, ids["b"])
    set_read(db, ids["a"])
    add_note(db, ids["c"], "follow up")
    add_highlight(db, ids["b"], 0, 3)
    assert titles(query_articles(db, LibraryQuery(tag="to  check"))) == ["خبر c"]
    assert titles(query_articles(db, LibraryQuery(starred=True))) == ["خبر b"]
    assert titles(query_articles(db, LibraryQuery(unread=True))) == ["خبر b", "خبر c"]
    assert titles(query_articles(db, LibraryQuery(has_notes=True))) == ["خبر b", "خبر c"]
    assert count_matching(db, LibraryQuery(has_notes=True, source="spa", text="غارات")) == 1
    row = query_articles(db, LibraryQuery(tag="to check"))[0]
    assert row["tags"] == ["to check"] and row["annotation_count"] == 1


def test_facets_list_the_filter_choices(db) -> None:
    add_tag(db, db.ids["a"], "ضالع")
    f = facets(db)
    assert f["sources"] == ["sabq", "spa"]
    assert f["governorates"] == ["Ad Dali", "Taizz"]
    assert f["event_types"] == ["Battles", "Explosions/Remote violence"]
    assert f["actors"] == ["Houthis", "Popular Resistance", "Saudi-led coalition"]
    assert f["tags"] == ["ضالع"]


def test_entity_mentions_by_identity_then_by_folded_text(db) -> None:
    found = entity_mentions(db, "LOCATION", text="دمت", attrs={"place_id": "ye:d:1"})
    assert [(r["title"], r["text"]) for r in found] == [("خبر a", "دمت"), ("خبر b", "شنت")]
    assert "بمدينة دمت" in found[0]["context"]
    first = found[0]
    assert A[first["context_start"]:first["context_start"] + len(first["context"])] == first["context"]
    by_text = entity_mentions(db, "LOCATION", text="تَعِز")  # diacritics do not matter
    assert [r["title"] for r in by_text] == ["خبر b"]
    assert entity_mentions(db, "PERSON", text="تعز") == []


def test_reanchor_keeps_offsets_or_finds_the_nearest_quote() -> None:
    text = "دمت ثم دمت ثم دمت"
    assert reanchor(text, 7, 10, "دمت") == (7, 10)
    assert reanchor("xx" + text, 7, 10, "دمت") == (9, 12)  # shifted by two: nearest copy
    assert reanchor(text, 0, 3, "الضالع") is None


def test_listed_highlights_follow_a_changed_text(db) -> None:
    aid = db.ids["a"]
    start = A.index("دمت")
    add_highlight(db, aid, start, start + 3, color="green", note="town")
    db.conn.execute("UPDATE articles SET text = ? WHERE id = ?", ("عاجل: " + A, aid))
    [h] = list_anchored_highlights(db, aid)
    assert (h["start"], h["end"], h["anchored"]) == (start + 6, start + 9, True)
    assert h["note"] == "town" and h["color"] == "green"


def test_snippet_marks_every_hit_in_a_window_around_the_first() -> None:
    from core.store.snippets import hit_pattern as _hit_pattern
    from core.store.snippets import snippet

    text = "كلام " * 30 + "قال المركز الاعلامي ان المركز الاعلامي اكد" + " كلام" * 40
    pattern = _hit_pattern('"المركز الاعلامي" AND ("قال" OR "وقال")')
    got = snippet(text, pattern)
    assert got.startswith("…") and got.endswith("…")
    assert got.count(HIT_START) == 3 and f"{HIT_START}المركز الاعلامي{HIT_END}" in got
    assert snippet("لا شيء هنا", pattern) == ""
    prefix = _hit_pattern('"الاعلام" *')
    assert f"{HIT_START}الاعلامي{HIT_END}" in snippet(text, prefix)
    assert snippet("مقالات", _hit_pattern('"قال"')) == ""  # whole words only


def test_snippets_show_the_original_text_with_the_hit_marked() -> None:
    """Diacritics, tatweel and Arabic-Indic digits stay as written; the marks sit around the
    original letters (the folded copy is shorter, so its offsets would cut the wrong letters)."""
    from core.store.snippets import hit_pattern, snippet

    db = open_db(memory=True)
    text = "أعلنَ المركزُ الإعلاميُّ للمقاومـــة الشعبية وصولَ التعزيزات إلى ٢٥ موقعاً في عدن."
    add_article(db, ArticleIn("بيان المقاومة", text))
    [row] = query_articles(db, LibraryQuery(text="مقاومه 25"))
    assert row["snippet"] == text.replace("للمقاومـــة", f"{HIT_START}للمقاومـــة{HIT_END}").replace(
        "٢٥", f"{HIT_START}٢٥{HIT_END}")
    [row] = query_articles(db, LibraryQuery(text="الاعلامي"))
    assert f"{HIT_START}الإعلاميُّ{HIT_END} للمقاومـــة" in row["snippet"]  # with its diacritics
    [row] = query_articles(db, LibraryQuery(text="بيان"))  # only the title matches
    assert row["snippet"] == f"{HIT_START}بيان{HIT_END} المقاومة"
    long = "كلامٌ " * 40 + "قالَ المركزُ الإعلاميُّ\n\nإنّ" + " كلامٌ" * 40
    got = snippet(long, hit_pattern('"المركز الاعلامي"'))
    assert got.startswith("…") and got.endswith("…")
    assert f"قالَ {HIT_START}المركزُ الإعلاميُّ{HIT_END} إنّ" in got  # whitespace runs made one space


def test_counts_filters_and_choices_read_the_analysts_corrections(db) -> None:  # type: ignore[no-untyped-def]
    """User audit: the Inc. column counted rejected incidents, the analyst's event type found
    nothing, and analyst-added types were missing from the Event filter's choices."""
    from core.store import set_incident_override

    a, b = db.ids["a"], db.ids["b"]
    set_incident_override(db, b, 0, "rejected")  # the coalition air strike
    set_incident_override(db, a, 0, "edited", {"event_type": "Violence against civilians",
                                               "location": {"text": "Lahij", "admin1_en": "Lahij"}})
    set_incident_override(db, b, None, "added", {"event_type": "Strategic developments",
                                                 "actor1": {"text": "Popular Resistance"}})
    counts = {r["id"]: r["incident_count"] for r in query_articles(db, LibraryQuery())}
    assert counts == {a: 1, b: 2, db.ids["c"]: 0}
    assert count_matching(db, LibraryQuery(event_type="Violence against civilians")) == 1
    assert count_matching(db, LibraryQuery(event_type="Battles")) == 1  # b's; a's is re-coded
    assert count_matching(db, LibraryQuery(event_type="Explosions/Remote violence")) == 0  # rejected
    assert count_matching(db, LibraryQuery(event_type="Strategic developments")) == 1
    assert count_matching(db, LibraryQuery(governorate="Lahij")) == 1
    assert count_matching(db, LibraryQuery(governorate="Ad Dali")) == 0
    assert count_matching(db, LibraryQuery(actor="Saudi-led coalition")) == 0
    assert titles(query_articles(db, LibraryQuery(actor="Popular Resistance"))) == ["خبر a", "خبر b"]
    assert [r["id"] for r in query_articles(db, LibraryQuery(order="incident_count desc"))][0] == b
    choices = facets(db)
    assert choices["event_types"] == ["Battles", "Strategic developments", "Violence against civilians"]
    assert choices["governorates"] == ["Lahij", "Taizz"]
    assert "Saudi-led coalition" not in choices["actors"]


def test_library_counts_agree_with_what_exports_count(db) -> None:  # type: ignore[no-untyped-def]
    """effective_incidents_sql and counts_as_incident are one rule in two languages."""
    from core.store import get_incidents, set_incident_override
    from core.store.analyses import counts_as_incident

    a, b = db.ids["a"], db.ids["b"]
    set_incident_override(db, b, 1, "confirmed")
    set_incident_override(db, b, 0, "edited", {"event_type": ""})  # an edit that empties the type
    set_incident_override(db, a, None, "added", {"event_type": ""})  # not coded yet
    set_incident_override(db, a, 0, "rejected")
    save_analysis(db, a, {"incidents": [_incident("Riots", "Aden", "Rioters")]})  # the rejected one: orphan
    counts = {r["id"]: r["incident_count"] for r in query_articles(db, LibraryQuery())}
    for article_id, count in counts.items():
        assert count == sum(counts_as_incident(i) for i in get_incidents(db, article_id)), article_id


def test_a_word_as_typed_ranks_before_longer_words_it_begins(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """«الرياض» (Riyadh) also finds «الرياضة» (sport) as a prefix: an article where the word
    as typed stands more often comes first, whatever the other word's count. Ranked by the
    expanded match, the sport article (three «الرياضة», one «الرياض») came first."""
    db = open_db(tmp_path / "rank.db")
    riyadh, _ = add_article(db, ArticleIn(title="وفد يصل الرياض", published="2020-01-01",
                                          text="وصل وفد إلى الرياض اليوم. وقالت مصادر في الرياض إن المحادثات بدأت."))
    sport, _ = add_article(db, ArticleIn(title="يوم الرياضة", published="2020-01-02",
                                         text="قال وزير الرياضة إن الرياضة تجمع الناس وإن الرياضة للجميع، "
                                              "وسيزور فريق من الرياض المدينة."))
    only_prefix, _ = add_article(db, ArticleIn(title="ملعب جديد", published="2020-01-03",
                                               text="افتتح ملعب للرياضة المدرسية."))
    for text in ("الرياض", "الرياض*"):
        ids = [r["id"] for r in query_articles(db, LibraryQuery(text=text))]
        assert ids == [riyadh, sport, only_prefix], text
    # an explicit order still wins over relevance
    ids = [r["id"] for r in query_articles(db, LibraryQuery(text="الرياض", order="published desc"))]
    assert ids == [only_prefix, sport, riyadh]
