"""Tokens with code-point offsets into the untouched text.

camel-tools' `simple_word_tokenize` splits words from punctuation but drops positions. We split
on whitespace ourselves (`\\S+` runs, the same whitespace as `str.split`), so every word knows its
offset, and hand camel-tools only the words that can hold a symbol, punctuation mark or emoji:
its pieces partition the word, so their offsets follow by adding lengths. A word of letters
alone (most Arabic words) is one token without a camel-tools call. That is the same tokenisation
as running camel-tools over the whole text, at a fraction of the cost (tokenising was a fifth of
the analysis time).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from camel_tools.tokenizers.word import simple_word_tokenize

from core.text.normalize import normalize_token

# Every character where camel-tools' symbol pattern can start a match (regional indicators,
# emoji — which include the digits, «#» and «*» —, symbols, punctuation). A word with none of
# them is never split. Letters alone (`str.isalpha`) never match it, except U+2139 «ℹ», an emoji
# that is also a letter: that test is cheaper than the search, and settles most words.
_LETTER_EMOJI = "\u2139"
_MAY_SPLIT = regex.compile(r"[\p{RI}\p{Emoji}\p{S}\p{P}0-9*#]")
# camel-tools' pieces of each word it was asked to split («عدن،», «(أ.ف.ب)», «2015»; about one word
# in nine): the same words come back in every article, and its pattern was most of tokenising's
# cost. Bounded: a full cache starts over.
_PIECES: dict[str, tuple[str, ...]] = {}
PIECES_CACHE_LIMIT = 20_000


# Not `frozen`: a frozen dataclass sets each field through `object.__setattr__`, which made building
# a token about four times slower (every article makes hundreds). Tokens are still never changed
# after tokenising, and hash and compare by their fields as before (`unsafe_hash`).
@dataclass(slots=True, unsafe_hash=True)
class Token:
    start: int
    end: int
    text: str
    norm: str

    @property
    def is_punct(self) -> bool:
        return not any(map(str.isalnum, self.text))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`; offsets are code points, shifted by `offset` (for sentence slices)."""
    tokens: list[Token] = []
    add = tokens.append
    may_split = _MAY_SPLIT.search
    norm = normalize_token
    find = text.find
    after = 0  # where the last word ended in `text`
    # words are the `\S+` runs, made by `str.split` (whitespace as `str.isspace` tells it) without a
    # regex match object each; a word is found where it starts, only whitespace before it since the last
    for word in text.split():
        at = find(word, after)
        after = at + len(word)
        start = at + offset
        if (word.isalpha() and _LETTER_EMOJI not in word) or may_split(word) is None:
            add(Token(start, after + offset, word, norm(word)))
            continue
        pieces = _PIECES.get(word)
        if pieces is None:
            pieces = tuple(simple_word_tokenize(word))
            if len(_PIECES) >= PIECES_CACHE_LIMIT:
                _PIECES.clear()
            _PIECES[word] = pieces
        for piece in pieces:
            end = start + len(piece)
            add(Token(start, end, piece, norm(piece)))
            start = end
    return tokens
