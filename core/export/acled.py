"""ACLED-compatible CSV: ACLED's 31 export columns in its order, then Marsad's own.

Names of places and actors are English as ACLED writes them: core's English name, else the
gazetteer's English form, else the Arabic spelled in Latin letters (core.text.transliterate), so
no English column holds Arabic; the Arabic goes in its own columns (`actor1_ar`, …, `admin2_ar`).
The file is plain UTF-8 like ACLED's own export (tools reading ACLED data expect the bare
header); `bom=True` adds the byte-order mark Excel needs to show Arabic on double-click.
Cells that a spreadsheet would run as a formula are neutralised (see cells.py).

`incident_row` is also the flat form of an incident for the XLSX, GeoJSON and KML writers, so
every format names and fills a field the same way.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import IO, TYPE_CHECKING, Any

from core.acled_inter import CIVILIANS
from core.export.cells import neutralise
from core.export.countries import country_codes, region_of
from core.export.figures import disagreement
from core.text.english import plural
from core.text.transliterate import arabic_name, english_admin1, english_name, english_place, english_summary, latin, plain_name

if TYPE_CHECKING:
    from core.export.scope import ExportIncident

__all__ = ["ACLED_COLUMNS", "COLUMNS", "MARSAD_COLUMNS", "NUMERIC_COLUMNS", "incident_row", "neutralise", "write_acled_csv"]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
MARSAD_COLUMNS: tuple[str, ...] = (
    "injured", "captured", "equipment", "article_id", "article_title", "evidence", "confidence",
    "analyst_status", "actor1_ar", "actor2_ar", "location_ar", "admin1_ar", "summary_en", "summary_ar",
    "evidence_text", "also_reported_in", "figures", "figures_text",
    # version 30: the Arabic of the columns filled in English since (appended: older readers keep their columns)
    "assoc_actor_1_ar", "assoc_actor_2_ar", "admin2_ar",
)  # fmt: skip
COLUMNS = ACLED_COLUMNS + MARSAD_COLUMNS
# Columns whose values are numbers when known ("" when not: a CSV cell has no type anyway).
NUMERIC_COLUMNS = frozenset({
    "year", "time_precision", "inter1", "inter2", "interaction", "iso", "latitude", "longitude",
    "geo_precision", "fatalities", "timestamp", "injured", "captured", "article_id", "confidence",
})  # fmt: skip

# ACLED marks civilian targeting only where civilians can be the target of the event type.
_CIVILIAN_TARGET_TYPES = {"Violence against civilians", "Explosions/Remote violence", "Riots"}


def _name(actor: dict[str, Any] | None) -> str:
    """An actor's English name (core's, else its Arabic spelled in Latin letters)."""
    return english_name(actor) if actor else ""


def _name_ar(actor: dict[str, Any] | None) -> str:
    """An actor's Arabic name (the lexicon's, else the article's words, else its English one)."""
    return arabic_name(actor) if actor else ""


def _inter(actor: dict[str, Any] | None) -> int | str:
    code = (actor or {}).get("inter")
    try:
        return int(code) if code not in (None, "") else ""
    except (TypeError, ValueError):
        return ""


def _number(value: Any, default: Any = "") -> Any:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def time_precision(inc: dict[str, Any], date: Any) -> int | None:
    """ACLED's time precision of an incident coded at `date`: none without a date (a 1 beside an
    empty event_date would claim what is not known); the incident's own when it has one; else that
    of the date as written — 1 for a day, 3 for a month or a year alone. An incident the
    analyst added records no precision (an edited date sets 1): it was exported blank beside its
    date, a row ACLED's tools read as uncoded."""
    if not date:
        return None
    own = _number(inc.get("time_precision"), None)
    if own is not None:
        return int(own)
    return 1 if len(str(date)) >= 10 else 3


def _equipment(items: Iterable[dict[str, Any]]) -> str:
    """«2 armed vehicles destroyed; tank destroyed»: the count in digits, the name as the summaries
    write it (a common noun in lower case, plural after 2 or more; «Grad», «BTR» kept). Before
    session 43 the column read «2 Armed vehicle destroyed»."""
    from core.incidents.summary import equipment_name_en

    parts = []
    for e in items:
        words = (str(e.get("count") or ""), equipment_name_en(e), str(e.get("fate") or ""))
        parts.append(" ".join(w for w in words if w))
    return "; ".join(p for p in parts if p)


def _sources(reports: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> str:
    """Publishers and in-article attributions of every report, each named once."""
    seen: dict[str, None] = {}
    for article, inc in reports:
        for name in (article.get("source"), inc.get("source")):
            if name:
                seen.setdefault(str(name).strip(), None)
    return "; ".join(seen)


UNKNOWN_COUNTRY = "Unknown"  # the country cell of an incident placed nowhere in an article of no known country


def _country(loc: dict[str, Any], article: dict[str, Any]) -> tuple[str, str]:
    """(country, tag): the place's country; for an incident with none (an analyst's, added with no
    place or one the gazetteer does not know) the country the article's analysis establishes
    (`article["country"]`, see scope.load_bundle), tagged "country_from_article"; else "Unknown",
    tagged "country_unknown" — not an empty cell that reads as a gap in the export."""
    if loc.get("country"):
        return str(loc["country"]), ""
    if article.get("country"):
        return str(article["country"]), "country_from_article"
    return UNKNOWN_COUNTRY, "country_unknown"


def incident_row(
    inc: dict[str, Any],
    article: dict[str, Any],
    number: int | str,
    *,
    also_reported: Iterable[tuple[dict[str, Any], dict[str, Any]]] = (),
    reports: Iterable[tuple[dict[str, Any], dict[str, Any]]] | None = None,
    timestamp: int | None = None,
) -> dict[str, Any]:
    """One flat row from an incident dict (Incident.to_dict() merged with analyst overrides).

    `reports` are every report of a corroborated incident with its own figures (default: `inc`
    and `also_reported`); when they disagree, `notes` says so. Values keep their types (numbers
    stay numbers) so XLSX cells are numeric; CSV writes them as text anyway.
    """
    also_reported = list(also_reported)
    differ = disagreement(list(reports) if reports is not None else [(article, inc), *also_reported])
    summary = english_summary(inc)  # the Arabic names it quotes spelled in Latin letters
    loc = inc.get("location") or {}
    actor1, actor2 = inc.get("actor1"), inc.get("actor2")
    country, country_flag = _country(loc, article)
    iso3, iso_num = country_codes(country)
    date = inc.get("date") or article.get("published") or ""
    inter1, inter2 = _inter(actor1), _inter(actor2)
    codes = sorted(c for c in (inter1, inter2) if isinstance(c, int))
    interaction = (codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)) if codes else ""
    civilian = CIVILIANS in (inter1, inter2) and inc.get("event_type") in _CIVILIAN_TARGET_TYPES
    flags = list(inc.get("flags") or [])
    if country_flag:
        flags.append(country_flag)
    if also_reported:
        flags.append(plural(f"corroborated by {len(also_reported)} more report(s)", len(also_reported)))
    if timestamp is None:
        timestamp = int(datetime.now(timezone.utc).timestamp())
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}M{article.get('id', 0)}-{number}",
        "event_date": date,
        "year": int(date[:4]) if date[:4].isdigit() else "",
        "time_precision": time_precision(inc, date) or "",
        "disorder_type": inc.get("disorder_type") or "",
        "event_type": inc.get("event_type") or "",
        "sub_event_type": inc.get("sub_event_type") or "",
        "actor1": _name(actor1),
        "assoc_actor_1": "; ".join(_name(a) for a in inc.get("assoc_actor_1") or []),
        "inter1": inter1,
        "actor2": _name(actor2),
        "assoc_actor_2": "; ".join(_name(a) for a in inc.get("assoc_actor_2") or []),
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": _number(loc.get("iso"), iso_num if iso_num is not None else ""),
        "region": region_of(country),
        "country": country,
        "admin1": english_admin1(loc),
        "admin2": loc.get("admin2_en") or latin(loc.get("admin2_ar") or ""),
        "admin3": loc.get("admin3_en") or latin(loc.get("admin3_ar") or ""),
        "location": english_place(loc) if loc else "",
        "latitude": _number(loc.get("lat")),
        "longitude": _number(loc.get("lon")),
        "geo_precision": _number(loc.get("geo_precision")) if loc else "",
        "source": _sources([(article, inc), *also_reported]),
        # Not known from the article alone (ACLED codes the outlet's reach); left for the analyst.
        "source_scale": article.get("source_scale") or "",
        # The summary is the representative report's; the coded figures are the group's lowest.
        "notes": f"{summary} ({differ}; the lowest is coded)" if differ else summary,
        # ACLED writes 0 for "no reported fatalities"; an unknown toll is flagged in tags.
        "fatalities": _number(inc.get("fatalities"), 0),
        "tags": "; ".join(flags),
        "timestamp": timestamp,
        "injured": _number(inc.get("injured")),
        "captured": _number(inc.get("captured")),
        "equipment": _equipment(inc.get("equipment") or []),
        "article_id": article.get("id", ""),
        "article_title": article.get("title") or "",
        "evidence": json.dumps(inc.get("evidence") or []),
        "confidence": _number(inc.get("confidence")),
        "analyst_status": inc.get("analyst_status") or "machine",
        "actor1_ar": _name_ar(actor1),
        "actor2_ar": _name_ar(actor2),
        "location_ar": plain_name(str(loc.get("name_ar") or loc.get("text") or "")),  # without vowel marks
        "admin1_ar": plain_name(str(loc.get("admin1_ar") or "")),
        "summary_en": summary,
        "summary_ar": inc.get("summary_ar") or "",
        "evidence_text": " … ".join(inc.get("evidence_text") or []),
        "also_reported_in": "; ".join(str(a.get("id", "")) for a, _ in also_reported),
        # where the killed, injured and captured are told (often another clause than the evidence)
        "figures": json.dumps(inc.get("figures") or []),
        "figures_text": " … ".join(inc.get("figures_text") or []),
        "assoc_actor_1_ar": "; ".join(_name_ar(a) for a in inc.get("assoc_actor_1") or []),
        "assoc_actor_2_ar": "; ".join(_name_ar(a) for a in inc.get("assoc_actor_2") or []),
        "admin2_ar": loc.get("admin2_ar") or "",
    }


def record_rows(records: Iterable[ExportIncident], *, timestamp: int | None = None) -> Iterable[dict[str, Any]]:
    """Rows for export records; one timestamp for the whole export unless an edit has its own."""
    stamp = int(datetime.now(timezone.utc).timestamp()) if timestamp is None else timestamp
    for rec in records:
        yield incident_row(
            rec.incident, rec.article, rec.number,
            also_reported=rec.also_reported, reports=rec.reports, timestamp=_edited_at(rec.incident) or stamp,
        )  # fmt: skip


def _edited_at(inc: dict[str, Any]) -> int | None:
    """ACLED's timestamp is the row's last change: an analyst edit's time when there is one."""
    value = inc.get("updated_at")
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())


def write_acled_csv(
    out: IO[str], records: Iterable[ExportIncident], *, bom: bool = False, timestamp: int | None = None
) -> int:
    """Write export records as CSV (open `out` with newline=""); returns the rows written."""
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    n = 0
    for row in record_rows(records, timestamp=timestamp):
        writer.writerow([neutralise(row[c]) for c in COLUMNS])
        n += 1
    return n
