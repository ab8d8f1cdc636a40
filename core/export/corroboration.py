"""One incident reported by several articles is exported once, with every report listed.

Totals that counted each report would inflate fatalities as soon as two outlets cover the same
clash. If the incident layer has linked corroborations (a `corroboration_id` on the incident
dicts), those links decide; otherwise a conservative rule links reports from *different*
articles with the same event and sub-event type, the same named place and dates at most one day
apart. Incidents without a date or a place are never merged: a wrong merge hides an event, a
missed one only shows it twice.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.export.scope import ExportIncident

_LINK_KEYS = ("corroboration_id", "corroboration_group")


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _place_key(inc: dict[str, Any]) -> tuple[str, str] | None:
    loc = inc.get("location") or {}
    name = (loc.get("name_en") or loc.get("name_ar") or "").strip().lower()
    if not name:
        return None
    return name, (loc.get("admin1_en") or loc.get("admin1_ar") or "").strip().lower()


def _linked_id(inc: dict[str, Any]) -> Any:
    for key in _LINK_KEYS:
        if inc.get(key) not in (None, ""):
            return inc[key]
    return None


def _rank(record: ExportIncident) -> tuple[int, float]:
    """Which report represents the group: analyst-checked first, then the most confident."""
    status = record.incident.get("analyst_status") or "machine"
    checked = 0 if status in ("confirmed", "edited", "added") else 1
    return checked, -float(record.incident.get("confidence") or 0)


def group_corroborations(records: list[ExportIncident]) -> list[ExportIncident]:
    """Fold corroborating reports into one record each; order follows the first report."""
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
    buckets: dict[tuple[Any, ...], list[tuple[date, int]]] = defaultdict(list)
    for i, rec in enumerate(records):
        link = _linked_id(rec.incident)
        if link is not None:
            union(i, by_link.setdefault(link, i))
            continue
        place, day = _place_key(rec.incident), _day(rec.incident.get("date"))
        if place is None or day is None:
            continue
        key = (rec.incident.get("event_type"), rec.incident.get("sub_event_type"), place)
        buckets[key].append((day, i))
    for reports in buckets.values():
        # Greedy, in date order: a group takes at most one report per article (two incidents
        # the article itself keeps apart stay apart) and spans at most a day from its first.
        reports.sort()
        open_groups: list[tuple[date, set[Any], int]] = []
        for day, i in reports:
            article_id = records[i].article.get("id")
            for first_day, articles, root in open_groups:
                if (day - first_day).days <= 1 and article_id not in articles:
                    articles.add(article_id)
                    union(root, i)
                    break
            else:
                open_groups.append((day, {article_id}, i))

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[find(i)].append(i)
    merged: list[ExportIncident] = []
    for root in sorted(groups):
        members = sorted(groups[root], key=lambda i: (_rank(records[i]), i))
        lead = records[members[0]]
        lead.also_reported = [(records[i].article, records[i].incident) for i in members[1:]]
        merged.append(lead)
    return merged
