"""Summaries: totals per article and per selection, key sentences."""

from __future__ import annotations

from collections import Counter
from typing import Any

from core.document import Document
from core.incidents.model import Incident


def summarize_article(doc: Document, incidents: list[Incident]) -> dict[str, Any]:
    return {
        "incidents": len(incidents),
        "fatalities": sum(i.fatalities or 0 for i in incidents),
        "by_event_type": dict(Counter(i.event_type for i in incidents)),
        "entities_by_label": dict(Counter(s.label for s in doc.entities)),
    }
