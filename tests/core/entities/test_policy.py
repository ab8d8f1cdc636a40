"""The overlap policy that picks the entity layer from every recogniser's proposals."""

from __future__ import annotations

from core.document import Span
from core.entities.policy import resolve

TEXT = "وقال الناطق علي الأحمدي إن المقاومة سيطرت على الحي. وأكد الأحمدي أن القتال مستمر في محافظة الأحمدي."


def _span(text: str, nth: int, label: str, source: str, **attrs) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Span(start, start + len(text), label, source, text, attrs)


def test_longer_span_then_trusted_source_wins() -> None:
    person = _span("علي الأحمدي", 0, "PERSON", "model")
    place = _span("الأحمدي", 0, "LOCATION", "gazetteer", head="")
    assert [s.label for s in resolve([place, person])] == ["PERSON"]


def test_a_bare_place_that_is_a_persons_surname_is_the_person() -> None:
    person = _span("علي الأحمدي", 0, "PERSON", "model")
    bare = _span("الأحمدي", 1, "LOCATION", "gazetteer", head="")
    headed = _span("محافظة الأحمدي", 0, "LOCATION", "gazetteer", head="محافظة")
    chosen = resolve([person, bare, headed])
    assert [(s.label, s.text) for s in chosen] == [("PERSON", "علي الأحمدي"), ("PERSON", "الأحمدي"),
                                                   ("LOCATION", "محافظة الأحمدي")]
    # without the person the bare name stays a place
    assert [s.text for s in resolve([bare])] == ["الأحمدي"]


def test_a_model_span_cutting_across_a_curated_place_loses_to_it() -> None:
    text = "أما في قيفة رداع بالبيضاء فقد قتل ثمانية"

    def span(part: str, label: str, source: str) -> Span:
        start = text.index(part)
        return Span(start, start + len(part), label, source, part, {})

    qayfa, bayda = span("قيفة رداع", "LOCATION", "gazetteer"), span("البيضاء", "LOCATION", "gazetteer")
    straddling = span("رداع بالبيضاء", "LOCATION", "model")  # longer than either, but cuts «قيفة رداع»
    assert [s.text for s in resolve([qayfa, bayda, straddling])] == ["قيفة رداع", "البيضاء"]
    # a model span that holds the curated one whole still wins by length
    whole = span("في قيفة رداع", "LOCATION", "model")
    assert [s.text for s in resolve([qayfa, whole])] == ["في قيفة رداع"]


def test_a_model_span_of_another_label_cutting_a_curated_name_of_several_words_loses_to_it() -> None:
    text = "وتقدمت المقاومة صوب منطقتي بئر أحمد والبساتين"

    def span(part: str, label: str, source: str) -> Span:
        start = text.index(part)
        return Span(start, start + len(part), label, source, part, {})

    place = span("بئر أحمد", "LOCATION", "gazetteer")
    person = span("أحمد والبساتين", "PERSON", "model")  # longer, but cuts the place's name in two
    assert [(s.label, s.text) for s in resolve([place, person])] == [("LOCATION", "بئر أحمد")]
    # a one-word curated name inside another label's longer span is no cut: «الحوثي» in a person's name
    text = "قال عبدالملك الحوثي"
    name, actor = span("عبدالملك الحوثي", "PERSON", "model"), span("الحوثي", "ARMED_ACTOR", "lexicon")
    assert [s.text for s in resolve([name, actor])] == ["عبدالملك الحوثي"]


def test_a_quoted_title_beats_the_gazetteers_reading_of_the_same_words() -> None:
    title = Span(10, 16, "ORGANIZATION", "rule", "الرياض", {"rule": "title"})
    place = Span(10, 16, "LOCATION", "gazetteer", "الرياض", {"kind": "city"})
    assert resolve([place, title]) == [title]
    source = Span(10, 16, "SOURCE", "lexicon", "الرياض", {})
    assert resolve([title, source]) == [source]  # curated lexicon entries still win


def test_the_taggers_organisation_that_is_a_curated_armed_actor_with_a_proclitic_loses_to_it() -> None:
    # audit 21 (fresh article): «وجبهة النصرة», «لجبهة النصرة» were the tagger's ORGANIZATION, the
    # lexicon's armed actor «جبهة النصرة» lost to the longer span
    text = "واشتبك الجيش ولواء الفتح مع مقاتلين تابعين لكتائب الأنصار"

    def span(part: str, label: str, source: str) -> Span:
        start = text.index(part)
        return Span(start, start + len(part), label, source, part, {})

    actor, org = span("لواء الفتح", "ARMED_ACTOR", "lexicon"), span("ولواء الفتح", "ORGANIZATION", "model")
    assert [(s.label, s.text) for s in resolve([actor, org])] == [("ARMED_ACTOR", "لواء الفتح")]
    actor, org = span("كتائب الأنصار", "ARMED_ACTOR", "lexicon"), span("لكتائب الأنصار", "ORGANIZATION", "model")
    assert [(s.label, s.text) for s in resolve([actor, org])] == [("ARMED_ACTOR", "كتائب الأنصار")]
    # a person is no organisation: the tagger's longer «ولواء الفتح» as a PERSON keeps the length rule
    person = span("ولواء الفتح", "PERSON", "model")
    assert [s.label for s in resolve([span("لواء الفتح", "ARMED_ACTOR", "lexicon"), person])] == ["PERSON"]


def test_the_taggers_name_behind_lil_is_the_lexicons_name() -> None:
    # audit 22 (fresh articles): «التابع للأمم المتحدة», «تقرير للأمم المتحدة» were the tagger's
    # ORGANIZATION «للأمم المتحدة» (no id), longer than the lexicon's «أمم المتحدة» behind «لل»
    text = "وقال المسؤول في الوكالة التابعة للأمم المتحدة إن الوضع صعب."
    start = text.index("للأمم")
    model = Span(start, start + len("للأمم المتحدة"), "ORGANIZATION", "model", "للأمم المتحدة", {})
    for label, attrs in (("ORGANIZATION", {"id": "un"}), ("SOURCE", {"id": "un", "organization": "un"})):
        lex = Span(start + 2, model.end, label, "lexicon", "أمم المتحدة", attrs)
        assert [(s.text, s.source) for s in resolve([model, lex])] == [("أمم المتحدة", "lexicon")]
    # a source phrase that names no organisation does not take a tagger's organisation's place
    other = Span(start + 2, model.end, "SOURCE", "lexicon", "أمم المتحدة", {"kind": "official"})
    assert [s.source for s in resolve([model, other])] == ["model"]


def test_a_model_span_made_of_two_curated_places_of_a_list_loses_to_them() -> None:
    # audit 23 (fresh article): the tagger's «وكريتر والتواهي» beat the gazetteer's two districts by length
    text = "عادت الحياة إلى أحياء المعلا وكريتر والتواهي"

    def span(part: str, label: str, source: str) -> Span:
        start = text.index(part)
        return Span(start, start + len(part), label, source, part, {})

    places = [span("كريتر", "LOCATION", "gazetteer"), span("التواهي", "LOCATION", "gazetteer")]
    joined = span("وكريتر والتواهي", "LOCATION", "model")
    assert [s.text for s in resolve([*places, joined])] == ["كريتر", "التواهي"]
    # a name that holds one curated place and other words still wins by length («بئر أحمد» in a longer name)
    longer = span("المعلا وكريتر", "LOCATION", "model")
    assert [s.text for s in resolve([places[0], longer])] == ["المعلا وكريتر"]
