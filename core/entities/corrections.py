"""The analyst's entity decisions, applied after the recognisers.

A decision is a plain mapping as the store keeps it: `start`, `end` (code points), `label`,
`action` ("add" or "remove") and `attrs`. An "add" becomes a candidate span of source "user",
which the overlap policy ranks first (`policy.resolve`: an analyst's span always wins), so the
machine spans it overlaps give way. A "remove" drops, once the policy has chosen, the machine
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


def user_spans(doc: Document, decisions: Iterable[Decision]) -> list[Span]:
    """The "add" decisions as spans of source "user" over `doc`, with their attrs."""
    n = len(doc.text)
    return [doc.span(int(d["start"]), int(d["end"]), str(d["label"]), "user", **dict(d.get("attrs") or {}))
            for d in decisions if d.get("action") == "add" and _valid(d, n)]


def drop_removed(spans: list[Span], decisions: Iterable[Decision]) -> list[Span]:
    """`spans` without the machine spans the analyst removed (exact offsets and label)."""
    removed = {(int(d["start"]), int(d["end"]), str(d["label"])) for d in decisions
               if d.get("action") == "remove" and _valid(d, 10**12)}
    if not removed:
        return spans
    return [s for s in spans if s.source == "user" or (s.start, s.end, s.label) not in removed]
