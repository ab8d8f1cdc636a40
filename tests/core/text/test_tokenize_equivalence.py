"""tokenize() splits words itself and calls camel-tools only on words that may hold a symbol:
it must give exactly the tokens (and offsets) of camel-tools run over the whole text."""

from camel_tools.tokenizers.word import simple_word_tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from core.text.normalize import normalize_token
from core.text.tokens import Token, tokenize


def reference(text: str, offset: int = 0) -> list[Token]:
    """The original definition: camel-tools over the text, pieces aligned with str.find."""
    tokens, pos = [], 0
    for piece in simple_word_tokenize(text):
        start = text.find(piece, pos)
        end = start + len(piece)
        tokens.append(Token(start + offset, end + offset, piece, normalize_token(piece)))
        pos = end
    return tokens


PIECES = [
    "الحوثي", "والمخلوع", "بمحافظة", "مُحَمَّد", "ـــ", "12", "١٢٬٥٠٠", "3.5", "#", "*", "ℹ", "©", "😀",
    "👍🏽", "🇾🇪", "1️⃣", "«", "»", "،", "؟", "...", "-", "(", ")", "/", "U.N.", "abc", "\u200f", "\u0640",
]  # fmt: skip
SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u2028", "\x1c", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SPACES)), max_size=25), st.integers(0, 50))
def test_same_tokens_as_camel_tools_over_the_whole_text(parts, offset):
    text = "".join(p + s for p, s in parts)
    assert tokenize(text, offset) == reference(text, offset)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.integers(0, 5))
def test_same_tokens_on_any_text(text, offset):
    assert tokenize(text, offset) == reference(text, offset)


def test_offsets_point_into_the_text():
    text = "قال «المتحدث»، إن 12 غارة…استهدفت ℹمواقع"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    assert [t.text for t in tokenize("«المتحدث»،")] == ["«", "المتحدث", "»", "،"]
