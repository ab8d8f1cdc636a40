"""Document: the untouched article text plus layers of spans (spaCy's Doc/Span idea).

Nothing here ever edits `text`. Everything found in it is a `Span` of code-point offsets
`(start, end)` with a label and a source; attributes specific to a label (a place's hierarchy,
an actor's type, a number's value) live in `attrs`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date as Date
from functools import wraps
from typing import Any, TypeVar

from core.text.tokens import Token

# Entity labels, in legend order. LOCATION has attrs["kind"]; ARMED_ACTOR attrs["actor_type"].
ENTITY_LABELS: tuple[str, ...] = (
    "PERSON",
    "LOCATION",
    "ORGANIZATION",
    "ARMED_ACTOR",
    "WEAPON",
    "NUMBER",
    "CASUALTY",
    "DATE",
    "SOURCE",
    "MISC",  # other names the trained tagger finds (events, nationalities, products)
)

# Where a span came from. "user" spans are the analyst's and always win.
SOURCES: tuple[str, ...] = ("model", "gazetteer", "lexicon", "rule", "camelbert", "user")


@dataclass(slots=True)
class Span:
    start: int
    end: int
    label: str
    source: str = "rule"
    text: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span offsets ({self.start}, {self.end})")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "source": self.source,
        }
        if self.attrs:
            out["attrs"] = self.attrs
        return out


@dataclass(slots=True)
class Document:
    text: str
    title: str = ""
    date: Date | None = None
    # Filled by the pipeline steps:
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    # sentence_tokens() result with the lists it was computed from (every recogniser asks for it)
    _groups: tuple[Any, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def span(self, start: int, end: int, label: str, source: str = "rule", **attrs: Any) -> Span:
        """A span over this document's text, its `text` taken from the document itself."""
        return Span(start, end, label, source, self.text[start:end], dict(attrs))

    @property
    def entities(self) -> list[Span]:
        return self.layers.get("entities", [])

    def sentence_tokens(self) -> list[list[Token]]:
        """Tokens grouped by sentence (tokens are sorted, sentences are sorted).

        Every recogniser and the incident step ask for this, so it is computed once per
        document and kept until `tokens` or `sentences` is replaced or changes length. Callers
        read the groups; they must not modify them.
        """
        tokens, sentences = self.tokens, self.sentences
        cached = self._groups
        if (
            cached is not None
            and cached[0] is tokens
            and cached[1] == len(tokens)
            and cached[2] is sentences
            and cached[3] == len(sentences)
        ):
            return cached[4]
        starts = [tok.start for tok in tokens]
        groups: list[list[Token]] = []
        lo = 0
        for s_start, s_end in sentences:  # a token belongs to the sentence its start falls in
            first = bisect_left(starts, s_start, lo)
            lo = bisect_left(starts, s_end, first)
            groups.append(tokens[first:lo])
        self._groups = (tokens, len(tokens), sentences, len(sentences), groups)
        return groups

    def sentence_of(self, offset: int) -> tuple[int, int] | None:
        index = self.sentence_index(offset)
        return None if index is None else self.sentences[index]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding `offset` (sentences are sorted and do not overlap)."""
        k = bisect_left(self.sentences, (offset + 1,)) - 1  # the last sentence starting at or before offset
        if k >= 0 and self.sentences[k][0] <= offset < self.sentences[k][1]:
            return k
        return None


R = TypeVar("R")


def once_per_document(compute: Callable[[Document], R]) -> Callable[[Document], R]:
    """`compute(doc)` computed once for the document being analysed: kept while the same document
    (with as many tokens) asks again, computed anew for another one. For the per-sentence readings
    several recognizers share (`numbers_by_sentence`, `dates_by_sentence`)."""
    last: list[Any] = [None, 0, None]  # the document, its token count, the result

    @wraps(compute)
    def cached(doc: Document) -> R:
        if last[0] is doc and last[1] == len(doc.tokens):
            return last[2]
        result = compute(doc)
        last[:] = [doc, len(doc.tokens), result]
        return result

    return cached
