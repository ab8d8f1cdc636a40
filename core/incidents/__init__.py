"""Incident step: detection, classification, arguments, merging (see docs/incidents.md).

detect (triggers in clauses, cancelling context) → reports (one per kind per sentence, with
actors, place, date, counts, equipment, source) → merge (one Incident per event in the article)
→ one-line summaries. `link_corroborations` links the same incident across articles.

`extract_incidents` returns every candidate, commentary included (flagged
`possibly_commentary`); `coded_and_set_aside` splits them the way the pipeline stores them. An
ACLED coder codes neither talk about violence, nor an event that cannot be placed below the
country («الهجوم على إيران», «قتل عشرات في اليمن», «انفجار في أوروبا»), nor a tally («سقط ألف
قتيل» from a health office, 300 killed or more), nor what an article about a rights group's
report («تقرير يمني يرصد انتهاكات الحوثيين», «هيومان رايتس: الحوثيون قصفوا عدن») retells: such
candidates are set aside (flagged `possibly_commentary`, `no_place`, `running_total` or
`rights_report`), kept with the article's summary, shown to the analyst, never counted or exported.
"""

from __future__ import annotations

from core.document import Document
from core.incidents.merge import link_corroborations, merge_reports, to_incident
from core.incidents.model import Actor, Incident, Place
from core.incidents.reports import build_reports

__all__ = ["Actor", "Incident", "Place", "coded_and_set_aside", "extract_incidents", "link_corroborations"]

SET_ASIDE_FLAGS = ("possibly_commentary", "no_place", "running_total", "rights_report")


def extract_incidents(doc: Document) -> list[Incident]:
    """ACLED-style incidents of one analysed document (tokens, sentences and entities filled)."""
    from core.incidents.summary import describe

    incidents = [to_incident(d) for d in merge_reports(build_reports(doc))]
    report = rights_report_headline(doc.title)
    for incident in incidents:
        incident.summary_en, incident.summary_ar = describe(incident)
        if report and "rights_report" not in incident.flags:
            incident.flags.append("rights_report")
    return incidents


def rights_report_headline(title: str) -> bool:
    """A headline about a rights group's report («تقرير يمني يرصد …», «حقوق الإنسان العربية تدعو
    للتحقيق …»): the article retells documented abuses over months, not the day's events
    (`report_headlines` in triggers_context.json)."""
    from core.incidents.lexicons import word_matcher
    from core.text.tokens import tokenize

    return bool(title) and any(True for _ in word_matcher("report_headlines").find(tokenize(title)))


def codable_place(place: Place | None) -> bool:
    """A place ACLED can code: below the country, and known (from the gazetteer, or put in a
    governorate by the text); «أوروبا» or «الخليج» as written, with nothing known, is not."""
    if place is None or place.kind == "country":
        return False
    return bool(place.kind or place.admin1_en or place.admin1_ar)


def coded_and_set_aside(incidents: list[Incident]) -> tuple[list[Incident], list[Incident]]:
    """(incidents to code, candidates set aside as commentary or with no place to code)."""
    for incident in incidents:
        if not codable_place(incident.location) and "no_place" not in incident.flags:
            incident.flags.append("no_place")
    aside = [any(f in i.flags for f in SET_ASIDE_FLAGS) for i in incidents]
    return [i for i, a in zip(incidents, aside) if not a], [i for i, a in zip(incidents, aside) if a]
