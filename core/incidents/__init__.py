"""Incident step: detection, classification, arguments, merging (see docs/incidents.md).

detect (triggers in clauses, cancelling context) → reports (one per kind per sentence, with
actors, place, date, counts, equipment, source) → merge (one Incident per event in the article)
→ one-line summaries. `link_corroborations` links the same incident across articles.

`extract_incidents` returns every candidate, commentary included (flagged
`possibly_commentary`); `coded_and_set_aside` splits them the way the pipeline stores them: an
ACLED coder does not code talk about violence, so flagged candidates are set aside (kept with
the article's summary, shown to the analyst, never counted or exported).
"""

from __future__ import annotations

from core.document import Document
from core.incidents.merge import link_corroborations, merge_reports, to_incident
from core.incidents.model import Actor, Incident, Place
from core.incidents.reports import build_reports

__all__ = ["Actor", "Incident", "Place", "coded_and_set_aside", "extract_incidents", "link_corroborations"]

SET_ASIDE_FLAGS = ("possibly_commentary",)


def extract_incidents(doc: Document) -> list[Incident]:
    """ACLED-style incidents of one analysed document (tokens, sentences and entities filled)."""
    from core.incidents.summary import describe

    incidents = [to_incident(d) for d in merge_reports(build_reports(doc))]
    for incident in incidents:
        incident.summary_en, incident.summary_ar = describe(incident)
    return incidents


def coded_and_set_aside(incidents: list[Incident]) -> tuple[list[Incident], list[Incident]]:
    """(incidents to code, candidates set aside as commentary)."""
    coded = [i for i in incidents if not any(f in i.flags for f in SET_ASIDE_FLAGS)]
    return coded, [i for i in incidents if i not in coded]
