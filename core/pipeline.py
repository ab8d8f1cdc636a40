"""analyze(text, date) -> Analysis: the ordered list of named steps over a Document.

normalise → tokenise → entities → incidents → summary. Each step is a plain function
`step(doc, state)` that reads what earlier steps left and adds its own layer, so each can be
tested alone and the list can be cut short (`analyze(..., until="entities")`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from core.document import Document, Span
from core.incidents.model import Incident
from core.text.normalize import unshaped
from core.text.sentences import split_sentences
from core.text.tokens import tokenize

ANALYZER_VERSION = "43"  # bump when a model, lexicon or rule change should trigger re-analysis


@dataclass(slots=True)
class Analysis:
    doc: Document
    incidents: list[Incident] = field(default_factory=list)
    set_aside: list[Incident] = field(default_factory=list)  # candidates read as commentary
    summary: dict[str, Any] = field(default_factory=dict)
    version: str = ANALYZER_VERSION
    # the analyst's entity decisions (store rows: start, end, label, action, attrs), an input
    corrections: list[Mapping[str, Any]] = field(default_factory=list)

    @property
    def entities(self) -> list[Span]:
        return self.doc.entities

    def to_dict(self, id: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {} if id is None else {"id": id}
        out["entities"] = [s.to_dict() for s in self.entities]
        out["incidents"] = [i.to_dict() for i in self.incidents]
        out["summary"] = self.summary
        out["analyzer_version"] = self.version
        return out


def step_normalise(doc: Document, analysis: Analysis) -> None:
    """Sentence boundaries over the untouched text (normalised forms live on the tokens)."""
    doc.sentences = split_sentences(doc.text)


def step_tokenise(doc: Document, analysis: Analysis) -> None:
    tokens = []
    for start, end in doc.sentences:
        tokens.extend(tokenize(doc.text[start:end], offset=start))
    doc.tokens = tokens


def step_entities(doc: Document, analysis: Analysis) -> None:
    from core.entities import recognize

    doc.layers["entities"] = recognize(doc, corrections=analysis.corrections)


def step_incidents(doc: Document, analysis: Analysis) -> None:
    from core.incidents import coded_and_set_aside, extract_incidents

    analysis.incidents, analysis.set_aside = coded_and_set_aside(extract_incidents(doc))


def step_summary(doc: Document, analysis: Analysis) -> None:
    from core.incidents.summary import summarize_article

    analysis.summary = summarize_article(doc, analysis.incidents, analysis.set_aside)


Step = Callable[[Document, Analysis], None]
STEPS: list[tuple[str, Step]] = [
    ("normalise", step_normalise),
    ("tokenise", step_tokenise),
    ("entities", step_entities),
    ("incidents", step_incidents),
    ("summary", step_summary),
]


def analyze(
    text: str,
    date: Date | str | None = None,
    title: str = "",
    *,
    until: str | None = None,
    corrections: Iterable[Mapping[str, Any]] = (),
) -> Analysis:
    """Run the pipeline on `text` (never modified; `doc.text` is it with its presentation forms read
    as letters, offsets unchanged). `date` anchors relative dates («أمس»).
    `corrections`: the analyst's entity decisions on this text (`core.store.list_entity_corrections`),
    applied in the entity step, so incidents are built from the corrected entities."""
    if isinstance(date, str):
        date = parse_date(date)
    # Presentation forms («ﺍﻟﺤﻮﺛﻲ») read as the letters they show; same length, so every offset
    # found is one into `text` (a ligature such as «ﻻ» stays one code point; its norm is «لا»).
    doc = Document(text=unshaped(text), title=unshaped(title), date=date)
    analysis = Analysis(doc, corrections=list(corrections))
    with _loading():
        for name, step in STEPS:
            step(doc, analysis)
            if name == until:
                break
    return analysis


_loaded = False  # has this process run an analysis, and so loaded the models, yet?


@contextmanager
def _loading() -> Iterator[None]:
    """The first analysis of a process loads the gazetteer, lexicons and networks: about 180,000
    Python objects that live as long as the process. The cyclic garbage collector, which runs on
    allocation counts, walked them again and again while they were built (four full collections,
    about a quarter of the load's CPU) and then now and then during analysis. So collection is
    paused for the first analysis; after it, one collection clears what loading left, and
    `gc.freeze` moves what survives (the models) out of every later collection, as analysis
    workers already did (`core.ingest.parallel.prepare_worker`). A process that disabled the
    collector itself (the GUI, which collects on its own thread) is left alone."""
    global _loaded
    if _loaded or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _loaded = True
        gc.collect()
        gc.freeze()
        gc.enable()


def parse_date(value: str) -> Date | None:
    """ISO date or datetime (first 10 characters); None when it is not a date."""
    try:
        return Date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
