"""BIO tag sequences → token spans: the one reading shared by the taggers, the camelbert adapter
and the evaluation (conlleval's: a stray I- tag, or an I- of another type, starts an entity)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.document import Document, Span
    from core.text.tokens import Token


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


def _joined(norm: str) -> bool:
    from core.entities.consistency import first_names, joins_a_name, name_inner_waw

    return joins_a_name(norm, first_names(), name_inner_waw())


def _after_waw(text: str) -> int:
    """Code points of a leading «و» and the marks written on it («وَ», «وـ»)."""
    k = 1
    while k < len(text) and ("\u064b" <= text[k] <= "\u065f" or text[k] in "\u0670\u0640"):
        k += 1
    return k if k < len(text) else 0


def tagged_spans(
    doc: Document, sentence: Sequence[Token], tags: Sequence[str], probs: Sequence[float],
    labels: dict[str, str], source: str,
) -> list[Span]:
    """A statistical tagger's spans over one sentence, `confidence` = mean token marginal.

    LOCATION spans that only describe a place («للبلدة الجنوبية») are dropped
    (`places.generic_phrase`): the models learned «ال» + adjective as names from ANERcorp; the
    others start after a proclitic the gazetteer's name does not have («وعدن» → «عدن»,
    `places.name_start`).
    """
    from core.entities.places import generic_phrase, name_start

    out: list[Span] = []
    for first, last, kind in bio_spans(tags):
        label = labels.get(kind)
        start = sentence[first].start
        if label == "LOCATION":
            tokens = list(sentence[first:last])
            if generic_phrase(tokens):
                continue
            start = name_start(tokens)
        elif label is None:
            continue
        elif label == "PERSON" and _joined(sentence[first].norm):
            start += _after_waw(sentence[first].text)  # «سولانا [و]لاريجاني»: the conjunction is not the name
        confidence = round(sum(probs[first:last]) / (last - first), 3)
        out.append(doc.span(start, sentence[last - 1].end, label, source, confidence=confidence))
    return out
