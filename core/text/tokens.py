"""Tokens with code-point offsets into the untouched text.

camel-tools' `simple_word_tokenize` splits words from punctuation but drops positions; we align
its output back onto the original text so every token knows its `(start, end)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from camel_tools.tokenizers.word import simple_word_tokenize

from core.text.normalize import normalize_token


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str

    @property
    def is_punct(self) -> bool:
        return not any(ch.isalnum() for ch in self.text)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`; offsets are code points, shifted by `offset` (for sentence slices)."""
    tokens: list[Token] = []
    pos = 0
    for piece in simple_word_tokenize(text):
        start = text.find(piece, pos)
        if start < 0:  # camel-tools never rewrites pieces, but never lose the text if it did
            continue
        end = start + len(piece)
        tokens.append(Token(start + offset, end + offset, piece, normalize_token(piece)))
        pos = end
    return tokens
