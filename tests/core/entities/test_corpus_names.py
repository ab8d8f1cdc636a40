"""The corpus name lexicon's matcher and the `+corpus` merges of tag_conll (docs/ner.md, Version 35).

The lexicon itself is not shipped (it did not gain on dev); these tests give the merge a small
lexicon of their own, on sentences written for them."""

from __future__ import annotations

import pytest

from core.document import Span
from core.entities import conll
from core.entities.conll import DEFAULT_MERGE, MERGES, build_document, corpus_name_spans, spans_to_bio

CORPUS = "model+titles+names+currency+split+countries+corpus"


@pytest.fixture()
def lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    names = {"PERS": ["زيلينسكي", "رياض"], "ORG": ["الامم المتحده", "الامم"], "LOC": ["جزر القمر"]}
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, words in names.items():
        for name in words:
            key = tuple(name.split(" "))
            index.setdefault(key[0], []).append((key, kind))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    monkeypatch.setattr(conll, "_corpus_names", lambda: index)


def test_names_match_longest_first_behind_a_proclitic_but_not_behind_the_article(lexicon: None) -> None:
    doc = build_document([["التقى", "وزيلينسكي", "ممثلا", "للأمم", "المتحدة", "في", "الرياض", "وجزر", "القمر"]])
    spans = corpus_name_spans(doc)
    assert [(s.text, s.label) for s in spans] == [
        ("زيلينسكي", "PERSON"),  # the span starts after «و»
        ("لأمم المتحدة", "ORGANIZATION"),  # «للأمم» read as ل + «الأمم»: the longer name wins over «الأمم»
        ("جزر القمر", "LOCATION"),
    ]  # «الرياض» is no «رياض»: the article is not a proclitic here
    t = doc.tokens
    assert spans[0].attrs["tokens"] == (t[1].start, t[1].end)  # the whole token, for the fill's checks


def test_the_fill_takes_only_gaps_that_touch_no_chosen_span(lexicon: None) -> None:
    doc = build_document([["قال", "زيلينسكي", "إن", "مبعوث", "الأمم", "المتحدة", "غوتيريش", "وصل", "إلى", "جزر",
                           "القمر"]])
    t = doc.tokens
    model = [Span(t[6].start, t[6].end, "PERSON", "model"),  # right after the organisation's name
             Span(t[9].start, t[9].end, "LOCATION", "model")]  # inside the longer corpus name: the model's span stays
    tags = spans_to_bio(t, MERGES[CORPUS](model, corpus_name_spans(doc)))
    assert tags == ["O", "B-PERS", "O", "O", "O", "O", "B-PERS", "O", "O", "B-LOC", "O"]
    assert spans_to_bio(t, MERGES[DEFAULT_MERGE](model, corpus_name_spans(doc)))[1] == "O"  # default: no fill


def test_without_a_lexicon_file_there_are_no_corpus_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_CORPUS_NAMES", raising=False)
    conll._corpus_names.cache_clear()
    try:
        assert corpus_name_spans(build_document([["قال", "زيلينسكي"]])) == []
    finally:
        conll._corpus_names.cache_clear()
    assert DEFAULT_MERGE == "model+titles+names+currency+split+countries+models+dots"
