"""Text layer: normalisation, tokens with code-point offsets, sentences, clitics."""

from core.text.normalize import fold, fold_for_search, normalize_token
from core.text.tokens import Token, tokenize
from core.text.sentences import split_sentences
from core.text.clitics import strip_proclitics, proclitic_variants

__all__ = [
    "fold",
    "fold_for_search",
    "normalize_token",
    "Token",
    "tokenize",
    "split_sentences",
    "strip_proclitics",
    "proclitic_variants",
]
