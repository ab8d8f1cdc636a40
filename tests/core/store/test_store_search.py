"""Full-text search: folded Arabic, attached proclitics, hostile input."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.ingest.model import ArticleIn
from core.store import add_article, delete_article, open_db, search
from core.store.search import build_match, hit_spans


@pytest.fixture(scope="module")
def db():  # type: ignore[no-untyped-def]
    db = open_db(memory=True)
    add_article(db, ArticleIn("بيان", "وأشار المركز الإعلامي للمقاومة إلى مقتل 12 حوثياً.", published="2015-07-22"))
    add_article(db, ArticleIn("غارات", "شَنَّتْ طائراتُ التَّحالُفِ غاراتٍ على مواقعَ في صَنْعاء."))
    add_article(db, ArticleIn("عدن", "وصلت تعزيزات إلى عدن، وقال مصدر للإعلامي إن الوضع هادئ."))
    add_article(db, ArticleIn("Aden port", "The port of Aden reopened; ships arrived."))
    return db


def _titles(rows: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return sorted(r["title"] for r in rows)


def test_hamza_insensitive(db) -> None:  # type: ignore[no-untyped-def]
    rows = search(db, "الاعلامي")
    assert _titles(rows) == ["بيان", "عدن"]  # «الإعلامي» and «للإعلامي»
    hit = next(r for r in rows if r["title"] == "بيان")
    assert hit["snippet"] == "وأشار المركز [الإعلامي] للمقاومة إلى مقتل 12 حوثياً."  # as written
    assert hit["published"] == "2015-07-22"
    assert set(hit) == {"id", "title", "published", "source", "snippet", "rank"}


def test_hamza_on_a_seat_is_folded() -> None:
    db = open_db(memory=True)
    add_article(db, ArticleIn("وزارة", "قال مسؤول في وزارة الشؤون الخارجية إن الوضع هادئ."))
    add_article(db, ArticleIn("مصر", "صرح مسئول بوزارة شئون المرأة بأن الاجتماع انتهى."))
    for query in ("مسؤول", "مسئول", "مسوول"):
        assert "وزارة" in _titles(search(db, query)), query
    for query in ("مسؤول", "مسئول"):  # the two seats are one word (Egyptian usage writes ئ)
        assert "مصر" in _titles(search(db, query)), query
    assert _titles(search(db, "الشؤون")) == _titles(search(db, "الشئون")) == ["وزارة"]
    assert _titles(search(db, "شؤون")) == _titles(search(db, "شئون")) == ["مصر", "وزارة"]
    assert _titles(search(db, '"مسئول في وزارة"')) == ["وزارة"]
    assert build_match("رئيس", expand_clitics=False) == '"رييس"'  # no seat swap before other letters


def test_snippets_are_the_original_text() -> None:
    db = open_db(memory=True)
    add_article(db, ArticleIn("بيان", "أعلنَ المركزُ الإعلاميُّ للمقاومـــة الشعبية وصول التعزيزات إلى ٢٥ موقعاً."))
    [hit] = search(db, "اعلن المركز الاعلامي للمقاومه")
    assert hit["snippet"] == ("[أعلنَ] [المركزُ] [الإعلاميُّ] [للمقاومـــة] الشعبية وصول التعزيزات "
                              "إلى ٢٥ موقعاً.")
    [hit] = search(db, '"الي 25"', marks=("<", ">"))
    assert "<إلى ٢٥>" in hit["snippet"]


def test_diacritics_on_either_side(db) -> None:  # type: ignore[no-untyped-def]
    assert _titles(search(db, "طائرات التحالف")) == ["غارات"]
    assert _titles(search(db, "غَارَات")) == ["غارات"]
    assert _titles(search(db, "صنعاء")) == ["غارات"]


def test_proclitics_attached_in_the_text(db) -> None:  # type: ignore[no-untyped-def]
    assert _titles(search(db, "المقاومة")) == ["بيان"]  # «للمقاومة» = ل + المقاومة
    assert _titles(search(db, "مقاومة")) == ["بيان"]  # the indefinite word finds its definite forms
    assert _titles(search(db, "مقاومة", expand_clitics=False)) == []
    assert _titles(search(db, "اشار")) == ["بيان"]  # «وأشار»
    assert _titles(search(db, "الاعلامي", expand_clitics=False)) == ["بيان"]


def test_indefinite_words_find_their_definite_forms() -> None:
    db = open_db(memory=True)
    ids = {title: add_article(db, ArticleIn(title, text))[0] for title, text in [
        ("أ", "أعلن المركز الإعلامي للمقاومة الشعبية"),
        ("ب", "وقال إن المقاومة تقدمت"),
        ("ج", "وأكدت مقاومة تعز ذلك"),
        ("د", "اجتمع أعضاء اللجنة الأمنية"),
        ("هـ", "وقدمت تقريرها للجنة المختصة"),
        ("و", "مقاومات شعبية في الجنوب"),
    ]}  # fmt: skip
    rows = search(db, "مقاومة")
    assert {r["title"] for r in rows} == {"أ", "ب", "ج"}  # not «مقاومات»: no substring search
    assert rows[0]["id"] == ids["ج"]  # the word as typed first
    assert _titles(search(db, "لجنة")) == ["د", "هـ"]  # «للجنة» = ل + اللجنة
    assert _titles(search(db, "اللجنة")) == ["د", "هـ"]
    assert '"الفي"' not in build_match("في")  # two-letter words are not given the article
    assert '"الشوون"' in build_match("شئون") and '"بالشيون"' in build_match("شئون")


def test_phrase_prefix_and_latin(db) -> None:  # type: ignore[no-untyped-def]
    assert _titles(search(db, '"المركز الاعلامي"')) == ["بيان"]
    assert _titles(search(db, '"الاعلامي المركز"')) == []
    assert _titles(search(db, "تعزيز*")) == ["عدن"]
    assert _titles(search(db, "aden")) == ["Aden port"]
    assert _titles(search(db, "عدن")) == ["عدن"]


def test_all_terms_must_match(db) -> None:  # type: ignore[no-untyped-def]
    assert _titles(search(db, "عدن هادئ")) == ["عدن"]
    assert search(db, "عدن صنعاء") == []


@pytest.mark.parametrize(
    "query",
    ['"', "'", '"غير مغلق', "-", "a-b", "*", "**", ":", "title:عدن", "(", ")", "((عدن", "عدن)",
     "NEAR(", "AND", "OR NOT", "^", "{}", "[]", "+", "   ", "", "؟", "،", "\u200f"],
)  # fmt: skip
def test_hostile_input_never_raises(db, query: str) -> None:  # type: ignore[no-untyped-def]
    search(db, query)


def test_punctuation_around_words_is_ignored(db) -> None:  # type: ignore[no-untyped-def]
    assert _titles(search(db, "title:عدن")) == []  # "title" is a word too: both must match
    assert _titles(search(db, "(عدن")) == ["عدن"]
    assert _titles(search(db, '-عدن-')) == ["عدن"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=string.printable + "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى\u064e\u0651«»؟،", max_size=40))
def test_any_text_is_a_safe_query(query: str) -> None:
    db = _SHARED_DB
    rows = search(db, query)
    assert isinstance(rows, list)
    match = build_match(query)
    assert match == "" or match.count('"') % 2 == 0


_SHARED_DB = open_db(memory=True)
add_article(_SHARED_DB, ArticleIn("x", "قال مسؤول في عدن إن الوضع هادئ"))


def test_deleted_articles_leave_the_index() -> None:
    db = open_db(memory=True)
    article, _ = add_article(db, ArticleIn("t", "اشتباكات في البيضاء"))
    assert len(search(db, "البيضاء")) == 1
    delete_article(db, article)
    assert search(db, "البيضاء") == []
    assert db.conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'البيضاء'").fetchone()[0] == 0


def test_title_weighs_more_than_text() -> None:
    db = open_db(memory=True)
    body, _ = add_article(db, ArticleIn("خبر", "تعز " + "كلام " * 30))
    title, _ = add_article(db, ArticleIn("تعز", "كلام " * 31))
    assert [r["id"] for r in search(db, "تعز")] == [title, body]


def test_words_as_typed_come_before_clitic_forms() -> None:
    db = open_db(memory=True)
    clitic, _ = add_article(db, ArticleIn("أ", "قال والإعلامي المعروف إن الوضع هادئ"))
    exact, _ = add_article(db, ArticleIn("ب", "قال الإعلامي " + "كلام " * 40))
    assert [r["id"] for r in search(db, "الاعلامي")] == [exact, clitic]
    assert [r["id"] for r in search(db, "الاعلامي", limit=1)] == [exact]


def test_hit_spans_are_ranges_of_the_untouched_text() -> None:
    from core.store.search import hit_spans

    text = "😀 قالت «المقاوَمة» إنّ الإعلاميــة وصلت، وللمقاومة رأي آخر."
    # typed with a bare alef and a heh for the teh marbuta: found in the text as it is written
    hits = hit_spans(text, "الاعلاميه")
    assert [text[s:e] for s, e in hits] == ["الإعلاميــة"]
    hits = hit_spans(text, "مقاومه")  # without the article: its definite and proclitic forms
    assert [text[s:e] for s, e in hits] == ["المقاوَمة", "وللمقاومة"]
    assert hits[0][0] == text.index("المقاوَمة")
    assert hit_spans(text, "") == [] and hit_spans("", "مقاومه") == [] and hit_spans(text, '"') == []


def test_presentation_forms_are_searched_as_letters() -> None:
    db = open_db(memory=True)
    text = "ﻗﺼﻒ ﺍﻟﺤﻮﺛﻴﻮﻥ ﺍﻷﺣﻴﺎﺀ ﻭﻻ ﻳﺰﺍﻝ ﺍﻟﻘﺼﻒ ﻣﺴﺘﻤﺮﺍ."
    add_article(db, ArticleIn("ﺗﻌﺰ", text))
    [hit] = search(db, "الحوثيون")
    assert hit["snippet"] == "ﻗﺼﻒ [ﺍﻟﺤﻮﺛﻴﻮﻥ] ﺍﻷﺣﻴﺎﺀ ﻭﻻ ﻳﺰﺍﻝ ﺍﻟﻘﺼﻒ ﻣﺴﺘﻤﺮﺍ."  # marked on the original forms
    assert _titles(search(db, "تعز")) == ["ﺗﻌﺰ"]
    # a lam-alef ligature (one code point, two letters) is found and marked whole
    assert [text[s:e] for s, e in hit_spans(text, "لا يزال")] == ["ﻭﻻ", "ﻳﺰﺍﻝ"]


def test_a_word_also_finds_the_words_it_begins() -> None:
    """User's report: «الحوثي» did not find an article that has only «الحوثيين». A word of four
    letters or more is also a prefix; the words as typed still rank first, and shorter words
    are not («عدن» must not find «عدنان»)."""
    db = open_db(memory=True)
    plural, _ = add_article(db, ArticleIn("جمع", "سيطر مقاتلون على مواقع كان يتحصن فيها الحوثيين قرب المدينة."))
    single, _ = add_article(db, ArticleIn("مفرد", "وقال القيادي الحوثي إن الهدنة انتهت."))
    add_article(db, ArticleIn("اسم", "التقى الوزير بعدنان في المدينة."))
    rows = search(db, "الحوثي")
    assert [r["id"] for r in rows] == [single, plural]  # the word as typed first
    assert "[الحوثيين]" in rows[1]["snippet"]  # the whole word marked, not its first letters
    assert _titles(search(db, "حوثي")) == ["جمع", "مفرد"]  # «الحوثيين» = ال + a word «حوثي» begins
    assert _titles(search(db, "الحوثي", expand_clitics=False)) == ["مفرد"]
    assert _titles(search(db, "عدن")) == []  # three letters: the word only
    text = "سيطر مقاتلون على مواقع كان يتحصن فيها الحوثيين قرب المدينة."
    [(start, end)] = hit_spans(text, "الحوثي")
    assert text[start:end] == "الحوثيين"


def test_the_library_finds_prefixes_and_ranks_the_word_as_typed_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core.store.library import LibraryQuery, query_articles

    db = open_db(tmp_path / "lib.db")  # a real file, as the library opens it
    plural, _ = add_article(db, ArticleIn("جمع", "تقدم الحوثيين نحو المدينة.", published="2015-08-02"))
    single, _ = add_article(db, ArticleIn("مفرد", "قال مصدر حوثي إن القتال مستمر.", published="2015-08-01"))
    rows = query_articles(db, LibraryQuery(text="حوثي", order="relevance"))
    assert [r["id"] for r in rows] == [single, plural]
    assert "الحوثيين" in rows[1]["snippet"]
