"""One incident reported by several articles is exported once, with every report listed.

Totals that counted each report would inflate fatalities as soon as two outlets cover the same
clash. An explicit `corroboration_id` on the incident dicts links reports; otherwise the
incident layer's rule (`core.incidents.merge.link_corroborations`) is applied: reports from
*different* articles with the same event and sub-event type, the same named place and governorate
and dates at most one day apart — ACLED's event is one type, place and day.
Incidents without a date or a place are never merged: a wrong merge hides an event, a missed
one only shows it twice.

The representative report (analyst-checked, else the most confident) gives the group its
identity — event id, actors, place, date, summary — but not its figures: those are the lowest
the reports give (figures.py, ACLED's conservative rule). Each report keeps its own figures in
`ExportIncident.reports`, so exports can show the disagreement.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from core.export.figures import group_figures
from core.incidents.merge import link_corroborations

if TYPE_CHECKING:
    from core.export.scope import ExportIncident

_LINK_KEYS = ("corroboration_id", "corroboration_group")


def _linked_id(inc: dict[str, Any]) -> Any:
    for key in _LINK_KEYS:
        if inc.get(key) not in (None, ""):
            return inc[key]
    return None


def _rule_links(records: list[ExportIncident], indexes: list[int]) -> list[tuple[int, int]]:
    """Pairs of record indexes that report the same incident, by the incident layer's rule."""
    by_article: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    where: dict[tuple[Any, int], int] = {}
    for i in indexes:
        article_id = records[i].article.get("id")
        where[(article_id, len(by_article[article_id]))] = i
        by_article[article_id].append(records[i].incident)
    return [(where[report], where[root]) for report, root in link_corroborations(by_article).items()]


def _rank(record: ExportIncident) -> tuple[int, float]:
    """Which report represents the group: analyst-checked first, then the most confident."""
    status = record.incident.get("analyst_status") or "machine"
    checked = 0 if status in ("confirmed", "edited", "added") else 1
    return checked, -float(record.incident.get("confidence") or 0)


def is_rejected(record: ExportIncident) -> bool:
    """The analyst rejected it: exported only with `include_rejected`, listed, counted nowhere."""
    return record.incident.get("analyst_status") == "rejected"


def group_corroborations(records: list[ExportIncident]) -> list[ExportIncident]:
    """Fold corroborating reports into one record each; order follows the first report.

    A report the analyst rejected (exported only with `include_rejected`, struck through) is no
    report of any incident: it stays a record of its own, so it neither represents a group nor
    lowers its figures."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    by_link: dict[Any, int] = {}
    unlinked: list[int] = []
    for i, rec in enumerate(records):
        if is_rejected(rec):
            continue
        link = _linked_id(rec.incident)
        if link is None:
            unlinked.append(i)
        else:
            union(i, by_link.setdefault(link, i))
    for i, j in _rule_links(records, unlinked):
        union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[find(i)].append(i)
    merged: list[ExportIncident] = []
    for root in sorted(groups):
        members = sorted(groups[root], key=lambda i: (_rank(records[i]), i))
        lead = records[members[0]]
        lead.also_reported = [(records[i].article, records[i].incident) for i in members[1:]]
        if lead.also_reported:
            _take_group_figures(lead)
        merged.append(lead)
    return merged


def _take_group_figures(lead: ExportIncident) -> None:
    """The representative report gets the group's conservative figures (a copy: its own are kept)."""
    figures = group_figures(lead.reports)
    if all(lead.incident.get(key) == value for key, value in figures.items()):
        return
    grouped = {**lead.incident, **figures}
    if figures["fatalities"] is not None and "fatalities_unknown" in (grouped.get("flags") or []):
        grouped["flags"] = [f for f in grouped["flags"] if f != "fatalities_unknown"]
    lead.reported, lead.incident = lead.incident, grouped
