"""BIO tag sequences → token spans: the one reading shared by the taggers, the camelbert adapter
and the evaluation (conlleval's: a stray I- tag, or an I- of another type, starts an entity)."""

from __future__ import annotations

from collections.abc import Sequence


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last+1, type) token ranges of a BIO sequence."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        begins = tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind)
        if start >= 0 and (tag == "O" or begins):
            spans.append((start, i, kind))
            start, kind = -1, ""
        if begins:
            start, kind = i, tag[2:]
    return spans
