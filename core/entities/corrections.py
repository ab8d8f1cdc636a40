"""The analyst's entity decisions, applied after the recognisers.

A decision is a plain mapping as the store keeps it: `start`, `end` (code points), `label`,
`action` ("add" or "remove") and `attrs`. An "add" becomes a candidate span of source "user",
which the overlap policy ranks first (`policy.resolve`: an analyst's span always wins), so the
machine spans it overlaps give way. An Armed actor or Organization the analyst marked without
attrs takes them from the lexicons when its words are a phrase they know with that label
(`lexicon.lookup`: «جماعة الحوثي» → the Houthis, actor type and ACLED inter code), so the incident
names and codes it as it would the machine's span; other words stay bare. This is done here, at
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


def user_spans(doc: Document, decisions: Iterable[Decision]) -> list[Span]:
    """The "add" decisions as spans of source "user" over `doc`, with their attrs (an actor's or
    organisation's from the lexicons when the analyst gave none)."""
    n = len(doc.text)
    spans = []
    for d in decisions:
        if d.get("action") != "add" or not _valid(d, n):
            continue
        start, end, label = int(d["start"]), int(d["end"]), str(d["label"])
        attrs = dict(d.get("attrs") or {}) or lexicon_attrs(doc, start, end, label)
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
