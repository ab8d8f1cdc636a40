"""The analyst's entity decisions, applied after the recognisers.

A decision is a plain mapping as the store keeps it: `start`, `end` (code points), `label`,
`action` ("add" or "remove") and `attrs`. An "add" becomes a candidate span of source "user",
which the overlap policy ranks first (`policy.resolve`: an analyst's span always wins), so the
machine spans it overlaps give way. An Armed actor or Organization the analyst marked without
attrs takes them from the lexicons when its words are a phrase they know with that label
(`lexicon.lookup`: «جماعة الحوثي» → the Houthis, actor type and ACLED inter code), so the incident
names and codes it as it would the machine's span; other words stay bare. A Casualty, Number or
Date marked without attrs takes the reading its recogniser gives those words (`recogniser_attrs`:
«سقط 7 قتلى» → role killed, count 7), so the incident counts or dates it as the machine's span;
words it reads nothing in, or two things, stay bare. This is done here, at
every analysis, not when the decision is stored: a decision stored bare gains the reading when the
lexicons learn the phrase, and a re-analysis always gives the same span. A "remove" drops, once the policy has chosen, the machine
span with exactly those offsets and label; one whose span the recognisers no longer find does
nothing. Decisions outside the text are ignored (never an error: the analysis must run).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core.document import Document, Span

Decision = Mapping[str, Any]
# The labels an analyst can mark, in legend order (MISC, the tagger's catch-all, is not offered).
MARKABLE_LABELS: tuple[str, ...] = ("PERSON", "LOCATION", "ORGANIZATION", "ARMED_ACTOR", "WEAPON", "NUMBER",
                                    "CASUALTY", "DATE", "SOURCE")


def _valid(decision: Decision, length: int) -> bool:
    try:
        start, end = int(decision["start"]), int(decision["end"])
    except (KeyError, TypeError, ValueError):
        return False
    return 0 <= start < end <= length and bool(decision.get("label"))


# The labels whose bare spans are looked up in the lexicons (the labels `lexicon.lookup` gives).
LOOKED_UP_LABELS = frozenset({"ARMED_ACTOR", "ORGANIZATION"})


def user_spans(doc: Document, decisions: Iterable[Decision],
               found: Mapping[str, list[Span]] | None = None) -> list[Span]:
    """The "add" decisions as spans of source "user" over `doc`, with their attrs when the analyst
    gave none: an actor's or organisation's from the lexicons, a casualty's, number's or date's
    from its recogniser. `found`: the recognisers' spans on `doc` by module name, when already run
    (`recognize` passes them; otherwise the one needed runs here)."""
    n = len(doc.text)
    spans = []
    for d in decisions:
        if d.get("action") != "add" or not _valid(d, n):
            continue
        start, end, label = int(d["start"]), int(d["end"]), str(d["label"])
        attrs = (dict(d.get("attrs") or {}) or lexicon_attrs(doc, start, end, label)
                 or recogniser_attrs(doc, start, end, label, found))
        spans.append(doc.span(start, end, label, "user", **attrs))
    return spans


def lexicon_attrs(doc: Document, start: int, end: int, label: str) -> dict[str, Any]:
    """The lexicons' attrs for the words [start, end) marked as `label`: {} unless the label is
    an actor's or organisation's and the words are a phrase the lexicons read with that label
    (an analyst who marks the Houthis an Organization disagrees with the lexicon: left bare)."""
    if label not in LOOKED_UP_LABELS:
        return {}
    from core.entities.lexicon import lookup

    found = lookup(doc, start, end)
    return dict(found[1]) if found is not None and found[0] == label else {}


def drop_removed(spans: list[Span], decisions: Iterable[Decision]) -> list[Span]:
    """`spans` without the machine spans the analyst removed (exact offsets and label)."""
    removed = {(int(d["start"]), int(d["end"]), str(d["label"])) for d in decisions
               if d.get("action") == "remove" and _valid(d, 10**12)}
    if not removed:
        return spans
    return [s for s in spans if s.source == "user" or (s.start, s.end, s.label) not in removed]


# The labels whose bare spans take the reading of their recogniser, and that recogniser.
RECOGNISED_LABELS: dict[str, str] = {
    "CASUALTY": "core.entities.casualties",
    "NUMBER": "core.entities.numbers",
    "DATE": "core.entities.dates",
}
MOSTLY = 0.5  # the share of their joint extent the marked words and a machine reading must have in common


def recogniser_attrs(doc: Document, start: int, end: int, label: str,
                     found: Mapping[str, list[Span]] | None = None) -> dict[str, Any]:
    """The attrs the machine's recogniser gives the words [start, end) marked as `label`
    (CASUALTY, NUMBER or DATE; {} for any other label). First its span on the whole document with
    exactly these offsets, else the one span of that label the marked words overlap if they have
    mostly the same extent (a casualty's extent includes its count: «سقط 7 قتلى» is the reading
    «قتلى» counted by «7»); failing that, the recogniser run on the marked words alone as one
    sentence (with the article's date, for relative dates), read the same way. {} when it reads
    nothing there, or more than one thing («7 قتلى و12 جريحا» are two casualties: left bare)."""
    module = RECOGNISED_LABELS.get(label)
    if module is None:
        return {}
    import importlib

    if found is not None and module in found:
        machine = found[module]
    else:
        machine = importlib.import_module(module).find(doc)
    attrs = _reading(machine, start, end, label)
    if attrs is None:
        attrs = _reading(importlib.import_module(module).find(_words_alone(doc, start, end)), start, end, label)
    return dict(attrs or {})


def _extent(span: Span) -> tuple[int, int]:
    """The words a machine reading is made of: a casualty's phrase and its count."""
    a, b = span.start, span.end
    cs, ce = span.attrs.get("count_start"), span.attrs.get("count_end")
    if isinstance(cs, int) and isinstance(ce, int):
        a, b = min(a, cs), max(b, ce)
    return a, b


def _reading(spans: Iterable[Span], start: int, end: int, label: str) -> dict[str, Any] | None:
    spans = [s for s in spans if s.label == label]
    for s in spans:
        if (s.start, s.end) == (start, end):
            return s.attrs
    overlapping = [(s, _extent(s)) for s in spans if _extent(s)[0] < end and start < _extent(s)[1]]
    if len(overlapping) != 1:
        return None
    s, (a, b) = overlapping[0]
    common = min(b, end) - max(a, start)
    return s.attrs if common >= MOSTLY * (max(b, end) - min(a, start)) else None


def _words_alone(doc: Document, start: int, end: int) -> Document:
    """`doc` with the marked words as its one sentence (offsets stay the document's)."""
    from core.text.tokens import tokenize

    alone = Document(text=doc.text, title=doc.title, date=doc.date)
    alone.sentences = [(start, end)]
    alone.tokens = tokenize(doc.text[start:end], offset=start)
    return alone
