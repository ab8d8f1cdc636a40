"""The tagger's token shape (`features._shape`) and the character ids the character CNN reads."""

from __future__ import annotations

from core.entities import tagger_nn
from core.entities.features import _shape
from core.text.normalize import normalize_token


def _shape_by_scans(norm: str) -> str:
    """The shape as first written: one scan of the characters per question."""
    if norm.isdigit():
        return "num"
    if any(ch.isdigit() for ch in norm):
        return "hasnum"
    if not any(ch.isalnum() for ch in norm):
        return "punct"
    if any("a" <= ch <= "z" for ch in norm):
        return "latin"
    if all("\u0621" <= ch <= "\u064a" for ch in norm):
        return "ar"
    return "other"


def test_letters_only_tokens_take_the_shape_the_scans_gave() -> None:
    words = ["صنعاء", "والحديدة", "ـــ", "abc", "ABC", "Abc", "صنعاءabc", "ÉTÉ", "مؤتمر", "ﻻ", "پیشاور",
             "١٢٣", "12", "ab3", "٣أيام", "...", "«", "", "-", "x_y", "²", "Ⅻ", "ⅻ", "中文", "a\u064bb"]
    for word in words:
        assert _shape(word) == _shape_by_scans(word), word
    assert _shape("صنعاء") == "ar" and _shape("abc") == "latin" and _shape("پیشاور") == "other"


def test_character_ids_are_the_encodings_third_part() -> None:
    encoder = tagger_nn._load().encoder
    for word in ("صنعاء", "والمحافظة", "الاستخباراتيةوالعسكرية", "abc", "٢٠١٥"):
        norm = normalize_token(word)
        ids = encoder.char_ids(norm)
        assert ids == encoder.token(norm)[2]
        assert len(ids) == min(len(norm), tagger_nn.MAX_CHARS)
