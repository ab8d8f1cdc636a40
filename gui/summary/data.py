"""What the summary view shows, computed on a worker: no Qt here.

A scope (the open article, the library's selected rows, or the library's search and filters)
becomes the same incidents an export of that scope would hold (`core.export.scope`: analyst
edits merged, rejected incidents left out, corroborating reports folded into one), then totals
(`core.export.totals`), a per-day series and the located points for the map. Reusing the export
path keeps "what the summary says" and "what the report says" the same numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.export.charts import PLACE_RANK, day_series  # day_series: every day first→last, gaps as 0; months past 120 days
from core.export.scope import ExportIncident, export_incidents, load_bundle
from core.export.totals import actor_name, compute_totals, incident_day
from core.store.library import LibraryQuery
from core.text.transliterate import arabic_place_name, english_place, plain_name, spell_ahead

SCOPES = ("article", "selected", "search", "library")


@dataclass(frozen=True, slots=True)
class SummaryScope:
    """Which articles to summarise: "article" and "selected" by id, "search" by the library's query
    (all of it when the query is empty), "library" all of it whatever the library pane shows."""

    kind: str
    article_ids: tuple[int, ...] = ()
    query: LibraryQuery | None = None


@dataclass(slots=True)
class MapPoint:
    """One located incident: where it is and how to open its evidence in the reader."""

    lon: float
    lat: float
    place: str
    article_id: int
    title: str
    start: int  # first evidence span (code points), -1 when the incident has none
    end: int
    event_type: str
    day: str
    fatalities: int
    reports: int = 1  # 1 + corroborating reports folded into it
    place_ar: str = ""  # the place's Arabic name, for the Arabic interface
    # how general the place is (core.export.charts.PLACE_RANK) and its governorate's names: a dot
    # several places share is named after the most general one (`cluster_label`, as the report's map)
    rank: int = 0
    admin1: str = ""
    admin1_ar: str = ""
    country: str = ""  # the gazetteer's country ("Yemen", "Syria"; "" when not known): dots outside Yemen are named


@dataclass(slots=True)
class SummaryData:
    scope: SummaryScope
    articles: int = 0
    totals: dict[str, Any] = field(default_factory=dict)
    days: list[tuple[str, int]] = field(default_factory=list)
    points: list[MapPoint] = field(default_factory=list)
    unlocated: int = 0
    actor_names_ar: dict[str, str] = field(default_factory=dict)  # by_actor's key → canonical Arabic name


def scope_ids(db: Any, scope: SummaryScope) -> list[int]:
    """The article ids of a scope, in the library's order."""
    if scope.kind in ("article", "selected"):
        return list(dict.fromkeys(int(i) for i in scope.article_ids))
    if scope.kind not in ("search", "library"):
        raise ValueError(f"unknown summary scope {scope.kind!r}")
    from core.store.library import matching_ids  # the library pane's own id query: what the analyst sees

    return matching_ids(db, (scope.query if scope.kind == "search" else None) or LibraryQuery())


def compute_summary(db: Any, scope: SummaryScope, should_cancel: Callable[[], bool] = lambda: False) -> SummaryData:
    """Totals, day series and map points for a scope; stops early (returns partial data) on cancel."""
    bundles = []
    for article_id in scope_ids(db, scope):
        if should_cancel():
            break
        bundle = load_bundle(db, article_id)
        if bundle is not None:
            bundles.append(bundle)
    records = export_incidents(bundles)
    totals = compute_totals(records)
    spell_ahead(names=[*totals.by_actor, *totals.by_governorate])  # spelled in English: not on the GUI thread
    points, unlocated = map_points(records)
    return SummaryData(scope, len(bundles), totals.to_dict(), day_series(dict(totals.by_day)), points, unlocated,
                       arabic_actor_names(records))


def arabic_actor_names(records: list[ExportIncident]) -> dict[str, str]:
    """The canonical Arabic name (the lexicon's name_ar the incident carries) of each actor the
    totals count, under the key the totals use (`actor_name`: name_en first). Display only."""
    names: dict[str, str] = {}
    for rec in records:
        for actor in (rec.incident.get("actor1"), rec.incident.get("actor2")):
            key = actor_name(actor)
            if key and actor and actor.get("name_ar") and key not in names:
                names[key] = str(actor["name_ar"])
    return names


def map_points(records: list[ExportIncident]) -> tuple[list[MapPoint], int]:
    """Located incidents as points; the count of those without usable coordinates."""
    points: list[MapPoint] = []
    unlocated = 0
    for rec in records:
        loc = rec.incident.get("location") or {}
        lon, lat = loc.get("lon"), loc.get("lat")
        if not (_number(lon) and _number(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
            unlocated += 1
            continue
        start, end = first_evidence(rec.incident)
        points.append(MapPoint(
            lon=float(lon), lat=float(lat),
            place=english_place(loc),  # the English interface's name, as the report's map labels it
            article_id=int(rec.article["id"]), title=str(rec.article.get("title") or ""),
            start=start, end=end, event_type=str(rec.incident.get("event_type") or ""),
            day=incident_day(rec), fatalities=_count(rec.incident.get("fatalities")),
            reports=1 + len(rec.also_reported),
            place_ar=arabic_place_name({k: loc.get(k) for k in ("name_ar", "text")}),  # without vowel marks
            rank=PLACE_RANK.get(str(loc.get("kind") or ""), 0),
            admin1=str(loc.get("admin1_en") or ""), admin1_ar=plain_name(str(loc.get("admin1_ar") or "")),
            country=str(loc.get("country") or ""),
        ))  # fmt: skip
    return points, unlocated


def first_evidence(incident: dict[str, Any]) -> tuple[int, int]:
    spans = [(int(e["start"]), int(e["end"])) for e in incident.get("evidence") or []
             if isinstance(e, dict) and isinstance(e.get("start"), int) and isinstance(e.get("end"), int)]
    return min(spans) if spans else (-1, -1)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
