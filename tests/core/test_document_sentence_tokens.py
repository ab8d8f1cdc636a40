"""Document.sentence_tokens: bisect grouping and its cache give the plain definition's groups."""

from hypothesis import given, settings
from hypothesis import strategies as st

from core.document import Document
from core.text.tokens import Token


def plain_groups(tokens, sentences):
    """The definition: each token goes to the sentence its start falls in; others are dropped."""
    return [[t for t in tokens if s <= t.start < e] for s, e in sentences]


@st.composite
def layout(draw):
    cuts = sorted(set(draw(st.lists(st.integers(0, 60), max_size=12))))
    sentences = [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
    starts = sorted(set(draw(st.lists(st.integers(0, 60), max_size=30))))
    tokens = [Token(s, s + 1, "x", "x") for s in starts]
    return tokens, sentences


@settings(max_examples=300, deadline=None)
@given(layout())
def test_groups_match_the_definition(case):
    tokens, sentences = case
    doc = Document("x" * 70)
    doc.tokens, doc.sentences = tokens, sentences
    assert doc.sentence_tokens() == plain_groups(tokens, sentences)
    assert doc.sentence_tokens() == plain_groups(tokens, sentences)  # cached


def test_cache_follows_replaced_or_grown_lists():
    doc = Document("قصف تعز. قتل ثلاثة")
    doc.sentences = [(0, 8), (9, 18)]
    doc.tokens = [Token(0, 3, "قصف", "قصف"), Token(4, 7, "تعز", "تعز")]
    assert [len(g) for g in doc.sentence_tokens()] == [2, 0]
    doc.tokens.append(Token(9, 12, "قتل", "قتل"))  # same list, longer
    assert [len(g) for g in doc.sentence_tokens()] == [2, 1]
    doc.tokens = [Token(13, 18, "ثلاثة", "ثلاثه")]  # a new list
    assert [[t.text for t in g] for g in doc.sentence_tokens()] == [[], ["ثلاثة"]]
    doc.sentences = [(0, 18)]
    assert [len(g) for g in doc.sentence_tokens()] == [1]
