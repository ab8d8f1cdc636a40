"""Name boundaries (session 34, issue 3): a country of two words is one place, «آل» and the family
after it belong to the person, an office or «ف» + verb after a name does not. Sentences written for
the tests; the shapes were first listed from ANERcorp dev errors and checked on its training block."""

from __future__ import annotations

from core.entities import places
from core.entities.conll import DEFAULT_MERGE, MERGES, build_document, spans_to_bio
from core.entities.consistency import cut_fa_verbs, cut_office_tails, extend_family_right, first_names
from core.text.normalize import normalize_token


def _norms(words: str) -> list[str]:
    return [normalize_token(w) for w in words.split()]


# ---------------------------------------------------------------- a country of two words


def _country_tags(words: list[str], at: int) -> list[str]:
    """The default merge's tags when the tagger read only the word at `at` as a place."""
    doc = build_document([words])
    t = doc.tokens
    model = [doc.span(t[at].start, t[at].end, "LOCATION", "model")]
    return spans_to_bio(t, MERGES[DEFAULT_MERGE](model, places.find(doc)))


def test_a_two_word_country_is_one_place_when_the_tagger_takes_its_second_word() -> None:
    assert _country_tags(["سافر", "الوفد", "إلى", "جنوب", "أفريقيا", "أمس"], 4)[3:5] == ["B-LOC", "I-LOC"]
    assert _country_tags(["وصل", "سفير", "ساحل", "العاج", "إلى", "المطار"], 3)[2:4] == ["B-LOC", "I-LOC"]
    assert _country_tags(["تقع", "البوسنة", "والهرسك", "في", "البلقان"], 1)[1:3] == ["B-LOC", "I-LOC"]
    assert _country_tags(["أعلنت", "المملكة", "المتحدة", "دعمها"], 2)[1:3] == ["B-LOC", "I-LOC"]
    assert _country_tags(["انفصل", "جنوب", "السودان", "عام", "2011"], 2)[1:3] == ["B-LOC", "I-LOC"]
    # a single-word country the tagger read stays as it was
    assert _country_tags(["زار", "الوزير", "السودان", "أمس"], 2)[2] == "B-LOC"


def test_a_model_span_running_past_the_country_keeps_its_bounds() -> None:
    doc = build_document([["خسر", "منتخب", "جنوب", "أفريقيا", "المباراة"]])
    t = doc.tokens
    model = [doc.span(t[1].start, t[3].end, "ORGANIZATION", "model")]
    tags = spans_to_bio(t, MERGES[DEFAULT_MERGE](model, places.find(doc)))
    assert tags[1:4] == ["B-ORG", "I-ORG", "I-ORG"]


# ---------------------------------------------------------------- «آل» and the family name


def test_a_person_runs_on_over_al_and_the_family_name() -> None:
    words = "استقبل سعود بن فهد آل ثاني الضيوف"
    assert extend_family_right(_norms(words), "O B-PERS I-PERS I-PERS O B-PERS O".split(), words.split()) == \
        "O B-PERS I-PERS I-PERS I-PERS I-PERS O".split()
    assert extend_family_right(_norms(words), "O B-PERS I-PERS I-PERS O O O".split(), words.split()) == \
        "O B-PERS I-PERS I-PERS I-PERS I-PERS O".split()
    assert extend_family_right(_norms(words), "O B-PERS I-PERS I-PERS I-PERS O O".split(), words.split()) == \
        "O B-PERS I-PERS I-PERS I-PERS I-PERS O".split()
    # «آل» with no person before it, or before a punctuation mark, stays untagged
    other = "زار الوفد آل ثاني أمس"
    assert extend_family_right(_norms(other), "O O O B-PERS O".split(), other.split()) == "O O O B-PERS O".split()
    comma = "التقى سعود آل ، ثم"
    assert extend_family_right(_norms(comma), "O B-PERS O O O".split(), comma.split()) == "O B-PERS O O O".split()


# ---------------------------------------------------------------- an office or «ف» + verb after a name


def test_a_persons_run_is_cut_at_an_office_even_past_the_word_it_governs() -> None:
    words = "وقال سالم ناصر مفتي المدينة المنورة إن"
    assert cut_office_tails(_norms(words), "O B-PERS I-PERS I-PERS I-PERS I-PERS O".split()) == \
        "O B-PERS I-PERS O O O O".split()
    coach = "وأكد خالد يوسف مدرب الفريق"
    assert cut_office_tails(_norms(coach), "O B-PERS I-PERS I-PERS O".split()) == "O B-PERS I-PERS O O".split()
    # an office that is also a name stays («محمد أمين»)
    named = "وقال محمد أمين الشامي إن"
    assert cut_office_tails(_norms(named), "O B-PERS I-PERS I-PERS O".split()) == "O B-PERS I-PERS I-PERS O".split()


def test_a_persons_run_is_cut_before_fa_and_a_verb() -> None:
    firsts = first_names()
    for words in ("تسلم سامي نبيل فانطلق نحو المرمى", "رد خالد صابر فقال إنه", "وصل مازن علي فاقترب من الباب",
                  "حاول عمر سعد فاستطاع أن يهرب"):
        assert cut_fa_verbs(_norms(words), "O B-PERS I-PERS I-PERS O O".split()[: len(words.split())], firsts)[3] == "O", words
    # a name that starts with «ف» stays («فيصل», «فارس», «فهد»), and so do foreign names of the verbs' look
    for words in ("قال سعود فيصل", "قال خالد فارس", "قال علي فهد", "فاز جون فانينغ", "قالت ماري فانيسا",
                  "قال بيل فاكتور"):
        assert cut_fa_verbs(_norms(words), "O B-PERS I-PERS".split(), firsts) == "O B-PERS I-PERS".split(), words


def test_costa_rica_and_ivory_coast_in_two_spellings_are_countries() -> None:
    doc = build_document([["زار", "الوفد", "كوستا", "ريكا", "ثم", "كوت", "ديفوار"]])
    found = {s.text: s.attrs.get("kind") for s in places.find(doc) if s.label == "LOCATION"}
    assert found.get("كوستا ريكا") == "country" and found.get("كوت ديفوار") == "country"
