"""A statistical tagger's LOCATION over a description («للبلدة الجنوبية») is no place name."""

from __future__ import annotations

import pytest

from core.document import Document
from core.entities.bio import tagged_spans
from core.entities.places import generic_phrase, name_start
from core.text.tokens import tokenize


@pytest.mark.parametrize(
    ("phrase", "generic"),
    [
        ("للبلدة الجنوبية", True),  # "to the southern town" (the seed article: Mukayras)
        ("المناطق المحررة", True),
        ("المدينة الشمالية", True),
        ("المنطقة الشرقية", False),  # Saudi Arabia's Eastern Province: a region head + a first-level name
        ("والمنطقة الوسطى", False),
        ("الحدود الشمالية", False),  # a gazetteer name as a whole (Northern Borders region)
        ("مدينة تعز", False),
        ("صنعاء", False),
        ("الجبهة الغربية", True),  # «جبهة» is a place-type head (a front): «the western front» describes
    ],
)
def test_generic_phrase(phrase: str, generic: bool) -> None:
    assert generic_phrase(tokenize(phrase)) is generic


def test_tagged_spans_drop_descriptions_and_keep_names() -> None:
    text = "قصفت المدفعية جبالا متاخمة للبلدة الجنوبية وقال هادي في صنعاء"
    doc = Document(text)
    tokens = tokenize(text)
    tags = ["O", "O", "O", "O", "B-LOC", "I-LOC", "O", "B-PERS", "O", "B-LOC"]
    assert len(tags) == len(tokens)
    spans = tagged_spans(doc, tokens, tags, [0.9] * len(tokens), {"LOC": "LOCATION", "PERS": "PERSON"}, "model")
    assert [(s.label, s.text) for s in spans] == [("PERSON", "هادي"), ("LOCATION", "صنعاء")]
    assert all(s.source == "model" and s.attrs["confidence"] == 0.9 for s in spans)


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("وعدن", "عدن"),  # "and Aden": the conjunction is no part of the name
        ("لعدن", "عدن"),
        ("وبغداد", "بغداد"),
        ("بغداد", "بغداد"),  # «ب» here is the name's own letter
        ("الزاهر", "الزاهر"),  # the article is never trimmed
        ("والبيضاء", "البيضاء"),
        ("ووادي حوارين", "وادي حوارين"),  # «و» + «وادي»: a name the gazetteer need not know
        ("ووهان", "ووهان"),  # a name of its own that opens with «وو»
    ],
)
def test_name_start_trims_proclitics_the_gazetteer_name_lacks(word: str, name: str) -> None:
    tokens = tokenize(word)
    assert word[name_start(tokens) :] == name


def test_a_tagged_place_with_a_conjunction_resolves_like_the_gazetteer_span() -> None:
    from core.pipeline import analyze

    text = "وتشهد محافظتا إب وعدن مواجهات عنيفة بين المقاومة الشعبية ومسلحي الحوثي."
    places = [e for e in analyze(text, until="entities").entities if e.label == "LOCATION"]
    assert [(p.text, p.source) for p in places] == [("إب", "gazetteer"), ("عدن", "gazetteer")]
