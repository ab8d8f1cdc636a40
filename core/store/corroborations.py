"""Which other articles report an article's incidents: the incident layer's corroboration rule
(`core.incidents.merge.link_corroborations`: same type, sub-event, named place and governorate,
dates within a day) applied to the library, for the incident panel.

Exports and the summary fold each group into one incident (`core.export.corroboration`); the panel
shows the same groups from one article's side: for each of its incidents, the reports of other
articles in its group, so the analyst can read them. Incidents are read as the analyst left them
(`get_incidents`, rejected ones and superseded orphans out, as `counts_as_incident` says).

Only articles that can share a group are read: machine incidents of the same event type, place
and governorate dated near the article's own (a cheap column query, the place folded as the rule
folds it), and articles whose analyst overrides are dated near them (an edit may have moved a
place). Groups are then formed over those articles, oldest first, as an export of the whole
library forms them; at the window's edges (a chain of reports several days long) an export of
another scope may group a report differently.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from core.incidents.merge import corroboration_key, link_corroborations
from core.store.analyses import counts_as_incident, get_incidents
from core.entities.matcher import normalized

# Group members lie within a day of the group's first report; a day more gives the rule the
# reports that decide which group a neighbour joins.
_WINDOW_DAYS = 2


def incident_key(incident: Mapping[str, Any]) -> str:
    """A key for an incident of `get_incidents` that survives the analyst's decisions:
    "s<seq>" for a machine incident (or an orphan), "a<override id>" for one the analyst added."""
    seq = incident.get("seq")
    return f"s{seq}" if seq is not None else f"a{incident.get('override_id')}"


def corroborating_reports(db: sqlite_utils.Database, article_id: int) -> dict[str, list[dict[str, Any]]]:
    """{incident_key: [report, …]} for each incident of the article that other articles report too.

    A report is {"article_id", "title", "published", "date", "start", "end"}: the other article,
    its incident's date, and that incident's first evidence span (code points; -1 when it has
    none), so the GUI can open it there. One report per other article, oldest article first."""
    ours = [inc for inc in get_incidents(db, article_id) if counts_as_incident(inc)]
    keyed = [(inc, key) for inc in ours if (key := corroboration_key(inc)) is not None]
    days = [d for d in (_day(inc.get("date")) for inc, _ in keyed) if d]
    if not days:
        return {}
    lo, hi = min(days) - timedelta(days=_WINDOW_DAYS), max(days) + timedelta(days=_WINDOW_DAYS + 1)
    keys = {_without_sub_type(key) for _, key in keyed}
    articles = _articles(db, _candidates(db, article_id, keys, lo.isoformat(), hi.isoformat()) | {article_id})
    by_article = {a["id"]: ([inc for inc in get_incidents(db, a["id"]) if counts_as_incident(inc)]
                            if a["id"] != article_id else ours) for a in articles}
    links = link_corroborations(by_article)
    groups: dict[tuple[Any, int], list[tuple[Any, int]]] = {}
    for member, root in links.items():
        groups.setdefault(root, [root]).append(member)
    info = {a["id"]: a for a in articles}
    out: dict[str, list[dict[str, Any]]] = {}
    for idx, inc in enumerate(ours):
        me = (article_id, idx)
        members = groups.get(links.get(me, me), [])
        others: dict[Any, dict[str, Any]] = {}
        for other_article, other_idx in members:
            if other_article != article_id and other_article not in others:
                others[other_article] = _report(info[other_article], by_article[other_article][other_idx])
        if others:
            out[incident_key(inc)] = sorted(others.values(), key=lambda r: (r["published"] or "~", r["article_id"]))
    return out


def _without_sub_type(key: tuple[Any, ...]) -> tuple[Any, ...]:
    """A corroboration key (type, sub-type, place, governorate) as the candidate query matches it:
    (type, place, governorate)."""
    return key[:1] + key[2:]


def _candidates(db: sqlite_utils.Database, article_id: int, keys: set[tuple[Any, ...]], lo: str, hi: str) -> set[int]:
    """Other articles that may report one of `keys` ((event type, place, governorate), folded)
    between `lo` (inclusive) and `hi` (exclusive): by the machine rows' columns and places, and
    any with an analyst override dated in the window."""
    types = sorted({k[0] for k in keys if k[0]})
    if not types:
        return set()
    marks = ", ".join("?" for _ in types)
    rows = db.conn.execute(
        f"SELECT article_id, event_type, admin1, json_extract(data, '$.location') FROM incidents "
        f"WHERE article_id <> ? AND event_type IN ({marks}) AND date >= ? AND date < ?",
        (article_id, *types, lo, hi),
    ).fetchall()
    governorates = {k[2] for k in keys}
    found = set()
    for aid, kind, admin1, place in rows:
        if _fold(admin1) in governorates:  # the place folded as the rule folds it (a quarter: its district)
            key = corroboration_key({"event_type": kind, "location": json.loads(place) if place else None})
            if key is not None and _without_sub_type(key) in keys:
                found.add(aid)
    edited = db.conn.execute(
        "SELECT DISTINCT o.article_id FROM incident_overrides o LEFT JOIN incidents i "
        "ON i.article_id = o.article_id AND i.seq = o.incident_seq WHERE o.article_id <> ? AND o.status <> 'rejected' "
        "AND coalesce(json_extract(o.data, '$.date'), i.date) >= ? AND coalesce(json_extract(o.data, '$.date'), i.date) < ?",
        (article_id, lo, hi),
    ).fetchall()
    return found | {row[0] for row in edited}


def _articles(db: sqlite_utils.Database, ids: set[int]) -> list[dict[str, Any]]:
    """Title and date of `ids`, oldest first (unknown dates last), as a whole-library export orders them."""
    marks = ", ".join("?" for _ in ids)
    return list(db.query(
        f"SELECT id, title, published FROM articles WHERE id IN ({marks}) ORDER BY published IS NULL, published, id",
        sorted(ids),
    ))


def _report(article: dict[str, Any], incident: dict[str, Any]) -> dict[str, Any]:
    spans = []
    for ev in incident.get("evidence") or ():
        start, end = (ev.get("start"), ev.get("end")) if isinstance(ev, dict) else ev
        if isinstance(start, int) and isinstance(end, int) and start < end:
            spans.append((start, end))
    start, end = min(spans) if spans else (-1, -1)
    return {"article_id": article["id"], "title": article.get("title") or "", "published": article.get("published"),
            "date": incident.get("date"), "start": start, "end": end}


def _fold(value: Any) -> str:
    """A place or governorate column folded as `corroboration_key` folds it."""
    return normalized(str(value or "").strip().lower())


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
