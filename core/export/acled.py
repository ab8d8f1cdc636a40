"""ACLED-compatible CSV: ACLED's 31 export columns in its order, then Marsad's own.

Names of places and actors are English as ACLED writes them; the Arabic goes in extra columns.
Cells that a spreadsheet would run as a formula (= + - @ and tab/CR starters) are neutralised.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import IO, Any

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
)  # fmt: skip
COLUMNS = ACLED_COLUMNS + MARSAD_COLUMNS

# ACLED regions by country (the countries Marsad's lexicons cover, and their neighbours).
REGIONS = {
    "Yemen": "Middle East", "Saudi Arabia": "Middle East", "Syria": "Middle East",
    "Iraq": "Middle East", "Lebanon": "Middle East", "Palestine": "Middle East",
    "Israel": "Middle East", "Jordan": "Middle East", "Iran": "Middle East", "Oman": "Middle East",
    "United Arab Emirates": "Middle East", "Kuwait": "Middle East", "Bahrain": "Middle East",
    "Qatar": "Middle East", "Turkey": "Middle East", "Egypt": "Northern Africa",
    "Libya": "Northern Africa", "Tunisia": "Northern Africa", "Algeria": "Northern Africa",
    "Morocco": "Northern Africa", "Sudan": "Northern Africa", "South Sudan": "Eastern Africa",
    "Somalia": "Eastern Africa", "Djibouti": "Eastern Africa", "Mauritania": "Western Africa",
}  # fmt: skip

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Prefix a quote to text a spreadsheet would evaluate; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _name(actor: dict | None, key: str = "name_en") -> str:
    if not actor:
        return ""
    return actor.get(key) or actor.get("name_ar") or actor.get("text") or ""


def incident_row(inc: dict[str, Any], article: dict[str, Any], number: int) -> dict[str, Any]:
    """One CSV row from an incident dict (Incident.to_dict() merged with analyst overrides)."""
    loc = inc.get("location") or {}
    actor1, actor2 = inc.get("actor1"), inc.get("actor2")
    country = loc.get("country", "")
    date = inc.get("date") or article.get("published") or ""
    inter1 = (actor1 or {}).get("inter") or ""
    inter2 = (actor2 or {}).get("inter") or ""
    codes = sorted(int(c) for c in (inter1, inter2) if c)
    interaction = (codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)) if codes else ""
    iso3 = {"Yemen": "YEM"}.get(country, (country[:3] or "XXX").upper())
    source = inc.get("source") or ""
    publisher = article.get("source") or ""
    return {
        "event_id_cnty": f"{iso3}M{article.get('id', 0)}-{number}",
        "event_date": date,
        "year": date[:4],
        "time_precision": inc.get("time_precision", ""),
        "disorder_type": inc.get("disorder_type", ""),
        "event_type": inc.get("event_type", ""),
        "sub_event_type": inc.get("sub_event_type", ""),
        "actor1": _name(actor1),
        "assoc_actor_1": "; ".join(_name(a) for a in inc.get("assoc_actor_1") or []),
        "inter1": inter1,
        "actor2": _name(actor2),
        "assoc_actor_2": "; ".join(_name(a) for a in inc.get("assoc_actor_2") or []),
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if 7 in codes and inc.get("event_type") != "Protests" else "",
        "iso": loc.get("iso") or "",
        "region": REGIONS.get(country, ""),
        "country": country,
        "admin1": loc.get("admin1_en", ""),
        "admin2": loc.get("admin2_en", ""),
        "admin3": "",
        "location": loc.get("name_en", ""),
        "latitude": loc.get("lat") if loc.get("lat") is not None else "",
        "longitude": loc.get("lon") if loc.get("lon") is not None else "",
        "geo_precision": loc.get("geo_precision", "") if loc else "",
        "source": "; ".join(s for s in (publisher, source) if s),
        "source_scale": "National" if publisher else "",
        "notes": inc.get("summary_en", ""),
        "fatalities": inc.get("fatalities") if inc.get("fatalities") is not None else 0,
        "tags": "; ".join(inc.get("flags") or []),
        "timestamp": int(datetime.now(timezone.utc).timestamp()),
        "injured": inc.get("injured") if inc.get("injured") is not None else "",
        "captured": inc.get("captured") if inc.get("captured") is not None else "",
        "equipment": "; ".join(
            f"{e.get('count') or ''} {e.get('name_en') or e.get('text', '')} {e.get('fate', '')}".strip()
            for e in inc.get("equipment") or []
        ),
        "article_id": article.get("id", ""),
        "article_title": article.get("title", ""),
        "evidence": json.dumps(inc.get("evidence") or []),
        "confidence": inc.get("confidence", ""),
        "analyst_status": inc.get("analyst_status", "machine"),
        "actor1_ar": _name(actor1, "name_ar"),
        "actor2_ar": _name(actor2, "name_ar"),
        "location_ar": loc.get("name_ar", "") or loc.get("text", ""),
        "admin1_ar": loc.get("admin1_ar", ""),
        "summary_en": inc.get("summary_en", ""),
        "summary_ar": inc.get("summary_ar", ""),
    }


def write_acled_csv(
    out: IO[str], rows: Iterable[tuple[dict[str, Any], dict[str, Any]]], *, include_rejected: bool = False
) -> int:
    """Write (article, incident) pairs; returns the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    per_article: dict[Any, int] = {}
    for article, inc in rows:
        if inc.get("analyst_status") == "rejected" and not include_rejected:
            continue
        number = per_article[article.get("id")] = per_article.get(article.get("id"), 0) + 1
        row = incident_row(inc, article, number)
        writer.writerow({k: neutralise(v) for k, v in row.items()})
        n += 1
    return n
