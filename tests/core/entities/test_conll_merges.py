"""tag_conll's merges: model spans decide boundaries, data spans only fill the model's gaps."""

from __future__ import annotations

from core.document import Span
from core.entities.conll import DEFAULT_MERGE, MERGES, build_document, spans_to_bio


def _setup() -> tuple[list, list[Span], list[Span]]:
    doc = build_document([["قال", "قائد", "قوات", "الحوثي", "عبد", "الملك", "في", "صعدة", "و", "عدن"]])
    t = doc.tokens
    model = [
        Span(t[3].start, t[3].end, "ORGANIZATION", "model"),  # «الحوثي» as ANERcorp would mark it
        Span(t[4].start, t[5].end, "PERSON", "model"),
        Span(t[7].start, t[7].end, "LOCATION", "model"),
    ]
    data = [
        Span(t[2].start, t[3].end, "ARMED_ACTOR", "lexicon"),  # longer, overlaps the model's ORG
        Span(t[7].start, t[7].end, "LOCATION", "gazetteer"),
        Span(t[9].start, t[9].end, "LOCATION", "gazetteer"),  # the model missed «عدن»
        Span(t[1].start, t[1].end, "ORGANIZATION", "lexicon"),  # a data ORG where the model is O
    ]
    return t, model, data


def test_policy_merge_lets_the_longer_data_span_win() -> None:
    t, model, data = _setup()
    tags = spans_to_bio(t, MERGES["policy"](model, data))
    assert tags[2:4] == ["B-ORG", "I-ORG"]


def test_model_first_keeps_model_boundaries_and_fills_places() -> None:
    t, model, data = _setup()
    tags = spans_to_bio(t, MERGES["model+loc"](model, data))
    assert tags == ["O", "O", "O", "B-ORG", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-LOC"]


def test_model_alone_and_org_filling() -> None:
    t, model, data = _setup()
    assert spans_to_bio(t, MERGES["model"](model, data))[9] == "O"
    with_org = spans_to_bio(t, MERGES["model+loc+org"](model, data))
    assert with_org[1] == "B-ORG" and with_org[2] == "O"  # the actor overlaps the model's span: dropped


def test_default_merge_is_registered() -> None:
    assert DEFAULT_MERGE in MERGES


def test_titles_fill_only_where_the_model_is_silent() -> None:
    from core.entities import titles

    doc = build_document([["قدمت", "برنامج", "«", "مع", "نور", "»", "و", "برنامج", "«", "حوار", "من", "القلب", "»"]])
    t = doc.tokens
    model = [Span(t[4].start, t[4].end, "PERSON", "model")]  # «نور» read as a name: the model's span stays
    data = titles.find(doc) + [Span(t[1].start, t[1].end, "ORGANIZATION", "lexicon")]
    tags = spans_to_bio(t, MERGES["model+titles"](model, data))
    assert tags[3:6] == ["O", "B-PERS", "O"]  # the first title overlaps the model's span: not filled
    assert tags[9:12] == ["B-MISC", "I-MISC", "I-MISC"] and tags[1] == "O"  # only titles fill



def test_named_organisations_win_over_the_model_spans_they_contain() -> None:
    from core.entities import lexicon

    doc = build_document([["فاز", "سسكا", "موسكو", "على", "نادي", "تشيلسي", "وتعاقدت", "فولكسفاغن", "مع", "المصري"]])
    t = doc.tokens
    model = [
        Span(t[2].start, t[2].end, "LOCATION", "model"),  # «موسكو» of the club read as the city
        Span(t[4].start, t[5].end, "ORGANIZATION", "model"),  # «نادي تشيلسي»: runs past the name
        Span(t[9].start, t[9].end, "PERSON", "model"),
    ]
    data = lexicon.find(doc)
    assert {s.text for s in data if s.label == "ORGANIZATION"} >= {"سسكا موسكو", "تشيلسي", "فولكسفاغن"}
    tags = spans_to_bio(t, MERGES["model+titles+names"](model, data))
    assert tags == ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "B-PERS"]
    assert spans_to_bio(t, MERGES["model+titles"](model, data))[1:3] == ["O", "B-LOC"]  # without the names
    assert DEFAULT_MERGE == "model+titles+names+currency+split+countries+models+dots"


def test_a_currency_after_an_amount_is_misc_and_its_adjective_no_place() -> None:
    from core.entities import numbers
    from core.entities.conll import currency_spans

    doc = build_document([["بلغت", "القيمة", "500", "مليون", "دينار", "كويتي", "و", "3000", "ليرة", "سورية", "و",
                           "مليونا", "جنيه", "إسترليني", "وقال", "دينار", "إن"]])
    t = doc.tokens
    data = numbers.find(doc)
    data += currency_spans(doc, data)
    assert [s.text for s in data if s.attrs.get("rule") == "currency"] == ["دينار", "ليرة", "جنيه إسترليني"]
    model = [doc.span(t[9].start, t[9].end, "LOCATION", "model"),  # «سورية» of the lira read as the country
             doc.span(t[15].start, t[15].end, "PERSON", "model")]  # «دينار» with no amount before: left alone
    tags = spans_to_bio(t, MERGES[DEFAULT_MERGE](model, data))
    assert tags[4:6] == ["B-MISC", "O"] and tags[8:10] == ["B-MISC", "O"]
    assert tags[12:14] == ["B-MISC", "I-MISC"] and tags[15] == "B-PERS"


def test_a_model_org_made_of_known_names_is_split_into_them() -> None:
    # our sentences: two companies joined by «و», a body and its acronym; the lexicon knows all four
    doc = build_document([["رفعت", "هوندا", "وفورد", "أسعارها", "و", "أكدت", "منظمة", "الدول", "المصدرة",
                           "للنفط", "أوبك", "ذلك"]])
    t = doc.tokens
    waw = t[2].start + 1  # the lexicon's «فورد» starts after the conjunction
    model = [Span(t[1].start, t[2].end, "ORGANIZATION", "model"), Span(t[6].start, t[10].end, "ORGANIZATION", "model")]
    data = [Span(t[1].start, t[1].end, "ORGANIZATION", "lexicon"), Span(waw, t[2].end, "ORGANIZATION", "lexicon"),
            Span(t[6].start, t[9].end, "ORGANIZATION", "lexicon"), Span(t[10].start, t[10].end, "ORGANIZATION", "lexicon")]
    tags = spans_to_bio(t, MERGES[DEFAULT_MERGE](model, data))
    assert tags[1:3] == ["B-ORG", "B-ORG"]
    assert tags[6:11] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-ORG"]


def test_a_model_org_with_words_the_data_does_not_name_stays_whole() -> None:
    doc = build_document([["قال", "بنك", "هوندا", "الدولي", "إن"]])
    t = doc.tokens
    model = [Span(t[1].start, t[3].end, "ORGANIZATION", "model")]
    data = [Span(t[2].start, t[2].end, "ORGANIZATION", "lexicon")]  # one name inside a longer one
    assert spans_to_bio(t, MERGES[DEFAULT_MERGE](model, data))[1:4] == ["B-ORG", "I-ORG", "I-ORG"]


def test_places_joined_by_the_model_are_not_split_in_conll() -> None:
    # only organisations: ANERcorp-style LOC spans keep the model's boundaries
    doc = build_document([["في", "كريتر", "والتواهي"]])
    t = doc.tokens
    model = [Span(t[1].start, t[2].end, "LOCATION", "model")]
    data = [Span(t[1].start, t[1].end, "LOCATION", "gazetteer"), Span(t[2].start + 1, t[2].end, "LOCATION", "gazetteer")]
    assert spans_to_bio(t, MERGES[DEFAULT_MERGE](model, data))[1:3] == ["B-LOC", "I-LOC"]
