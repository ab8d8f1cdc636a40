"""BIO tag sequences → token spans: the one reading shared by the taggers, the camelbert adapter
and the evaluation (conlleval's: a stray I- tag, or an I- of another type, starts an entity)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.document import Document, Span
    from core.text.tokens import Token


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last+1, type) token ranges of a BIO sequence."""
    spans: list[tuple[int, int, str]] = []
    if tags.count("O") == len(tags):  # most sentences: no entity (a C-speed count, no Python loop)
        return spans
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O":  # most tags: it only closes the open entity
            if start >= 0:
                spans.append((start, i, kind))
                start, kind = -1, ""
            continue
        begins = tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind)
        if start >= 0 and (tag == "O" or begins):
            spans.append((start, i, kind))
            start, kind = -1, ""
        if begins:
            start, kind = i, tag[2:]
    return spans


def _joined(norm: str, names: Collection[str] | None = None) -> bool:
    """«و» + a name, or «ل» + one («لأحمد»), or «ف»/«ب» + a first name («فمحمد», «بعبدالملك»):
    the proclitic is not the name. `names`: the first names (and the document's surnames) the
    split was made on; default the taggers' FIRST list."""
    from core.entities.consistency import after_particle, first_names, for_a_name, joins_a_name, name_inner_waw

    names = first_names() if names is None else names
    return joins_a_name(norm, names, name_inner_waw()) or for_a_name(norm, names) or after_particle(norm, first_names())


def _and_compound(sentence: Sequence[Token], first: int, last: int) -> bool:
    """«و» + the first word of a compound «X الله» name: «[و]هبة الله علي شريم»."""
    from core.entities.consistency import ALLAH_COMPOUNDS

    norm = sentence[first].norm
    return last - first > 1 and sentence[first + 1].norm == "الله" and norm[:1] == "و" and norm[1:] in ALLAH_COMPOUNDS


def _after_proclitic(text: str) -> int:
    """Code points of a leading one-letter proclitic («و», «ل») and the marks written on it («وَ»,
    «وـ»), `matcher.clitic_length`: 0 when the proclitic shares a presentation-form ligature with
    the name («ﻷﺣﻤﺪ»: ل + أ in one code point; the span then starts at the ligature, keeping the
    name's first letter), or when nothing follows it."""
    from core.entities.matcher import clitic_length

    k = clitic_length(text, 1)
    return k if k < len(text) else 0


def tagged_spans(
    doc: Document, sentence: Sequence[Token], tags: Sequence[str], probs: Sequence[float],
    labels: dict[str, str], source: str, names: Collection[str] | None = None,
) -> list[Span]:
    """A statistical tagger's spans over one sentence, `confidence` = mean token marginal.

    LOCATION spans that only describe a place («للبلدة الجنوبية») are dropped
    (`places.generic_phrase`): the models learned «ال» + adjective as names from ANERcorp; the
    others start after a proclitic the gazetteer's name does not have («وعدن» → «عدن»,
    `places.name_start`). A PERSON span opening with «و» or «ل» + a name of `names` (default the
    taggers' FIRST list; `consistency.document_spans` adds the document's surnames) starts after
    the proclitic («[و]ديمبسي», «[ل]أحمد»), so does one opening with «ف» or «ب» + a first name of
    the FIRST list that is no name itself («[ف]محمد», «[ب]عبدالملك»).
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
        elif label == "PERSON" and (_joined(sentence[first].norm, names) or _and_compound(sentence, first, last)):
            start += _after_proclitic(sentence[first].text)  # «سولانا [و]لاريجاني», «[ل]أحمد»: the proclitic is not the name
        confidence = round(sum(probs[first:last]) / (last - first), 3)
        out.append(doc.span(start, sentence[last - 1].end, label, source, confidence=confidence))
    return out
