"""Totals for a report: by event type, actor, governorate and day, each incident counted once.

The records come from `scope.export_incidents`, where corroborating reports are already folded,
so summing here never counts one clash twice. Fatalities follow ACLED: an unknown toll adds 0
and is counted separately so the reader knows the total is a floor. Incidents the analyst rejected
(listed, struck through, only when the export includes them) are counted apart, never in a total.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from core.export.corroboration import is_rejected
from core.export.scope import ExportIncident

UNKNOWN = "(unknown)"


@dataclass(slots=True)
class Totals:
    incidents: int = 0
    fatalities: int = 0
    injured: int = 0
    captured: int = 0
    unknown_fatalities: int = 0
    folded_reports: int = 0  # corroborating reports not counted again
    rejected: int = 0  # listed because the export includes rejected incidents; in no total
    by_event_type: Counter[str] = field(default_factory=Counter)
    fatalities_by_event_type: Counter[str] = field(default_factory=Counter)
    by_actor: Counter[str] = field(default_factory=Counter)
    by_governorate: Counter[str] = field(default_factory=Counter)
    fatalities_by_governorate: Counter[str] = field(default_factory=Counter)
    by_day: Counter[str] = field(default_factory=Counter)
    fatalities_by_day: Counter[str] = field(default_factory=Counter)
    # incidents reporting deaths without a number, per row: the row's killed count is a floor
    unknown_fatalities_by_event_type: Counter[str] = field(default_factory=Counter)
    unknown_fatalities_by_governorate: Counter[str] = field(default_factory=Counter)
    unknown_fatalities_by_day: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "incidents": self.incidents, "fatalities": self.fatalities, "injured": self.injured,
            "captured": self.captured, "unknown_fatalities": self.unknown_fatalities,
            "folded_reports": self.folded_reports, "rejected": self.rejected,
            "by_event_type": dict(self.by_event_type.most_common()),
            "fatalities_by_event_type": dict(self.fatalities_by_event_type.most_common()),
            "by_actor": dict(self.by_actor.most_common()),
            "by_governorate": dict(self.by_governorate.most_common()),
            "fatalities_by_governorate": dict(self.fatalities_by_governorate.most_common()),
            "by_day": dict(sorted(self.by_day.items())),
            "fatalities_by_day": dict(sorted(self.fatalities_by_day.items())),
            "unknown_fatalities_by_event_type": dict(self.unknown_fatalities_by_event_type.most_common()),
            "unknown_fatalities_by_governorate": dict(self.unknown_fatalities_by_governorate.most_common()),
            "unknown_fatalities_by_day": dict(sorted(self.unknown_fatalities_by_day.items())),
        }  # fmt: skip

    def killed(self, by: str, key: str, mark: str = "?") -> str:
        """A row's killed cell (`by`: "event_type", "governorate" or "day"), see `killed_text`."""
        known: Counter[str] = getattr(self, f"fatalities_by_{by}")
        unknown: Counter[str] = getattr(self, f"unknown_fatalities_by_{by}")
        return killed_text(known[key], unknown[key], mark)

    def any_unknown(self, by: str) -> bool:
        return any(getattr(self, f"unknown_fatalities_by_{by}").values())


def killed_text(known: int, unknown: int, mark: str = "?") -> str:
    """A killed count as a table shows it: «12», or «12 + ?» when some of its incidents report
    deaths of unknown number (they add 0, ACLED's rule, so 12 is a floor), «?» when all do.
    The heading says the same in words; a row never shows a bare 0 for reported deaths."""
    if not unknown:
        return str(known)
    return f"{known} + {mark}" if known else mark


def unknown_fatalities(inc: dict[str, Any]) -> bool:
    """The incident reports deaths but no number (the toll left empty, flagged)."""
    return inc.get("fatalities") is None and "fatalities_unknown" in (inc.get("flags") or [])


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def actor_name(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    return actor.get("name_en") or actor.get("name_ar") or actor.get("text") or ""


def governorate(inc: dict[str, Any]) -> str:
    loc = inc.get("location") or {}
    return loc.get("admin1_en") or loc.get("admin1_ar") or UNKNOWN


def incident_day(rec: ExportIncident) -> str:
    return (rec.incident.get("date") or rec.article.get("published") or "")[:10]


def compute_totals(
    records: Iterable[ExportIncident],
    *,
    actor: Callable[[dict[str, Any] | None], str] = actor_name,
    place: Callable[[dict[str, Any]], str] = governorate,
) -> Totals:
    """`actor` and `place` name an incident's actors and its governorate in the totals (English
    names by default; the Arabic report counts them under their Arabic names)."""
    t = Totals()
    for rec in records:
        inc = rec.incident
        if is_rejected(rec):
            t.rejected += 1
            continue
        killed = _count(inc.get("fatalities"))
        t.incidents += 1
        t.fatalities += killed
        t.injured += _count(inc.get("injured"))
        t.captured += _count(inc.get("captured"))
        unknown = unknown_fatalities(inc)
        t.unknown_fatalities += unknown
        t.folded_reports += len(rec.also_reported)
        kind = inc.get("event_type") or UNKNOWN
        t.by_event_type[kind] += 1
        t.fatalities_by_event_type[kind] += killed
        actors = {actor(inc.get("actor1")), actor(inc.get("actor2"))} - {""}
        for name in actors:
            t.by_actor[name] += 1
        where = place(inc)
        t.by_governorate[where] += 1
        t.fatalities_by_governorate[where] += killed
        day = incident_day(rec) or UNKNOWN
        t.by_day[day] += 1
        t.fatalities_by_day[day] += killed
        if unknown:
            t.unknown_fatalities_by_event_type[kind] += 1
            t.unknown_fatalities_by_governorate[where] += 1
            t.unknown_fatalities_by_day[day] += 1
    return t
