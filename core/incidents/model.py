"""Incident: one ACLED-style coded event, with evidence spans into the article text.

`to_dict` is the JSON contract of `marsad analyze` (docs/cli.md); keep the key names.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Actor:
    text: str  # as written in the article
    name_ar: str = ""  # canonical Arabic name
    name_en: str = ""  # canonical English name, as ACLED writes it
    actor_type: str = ""  # ACLED actor type: state, rebel, political_militia, identity_militia,
    #                       external, civilians, protesters, rioters, other
    inter: int | None = None  # ACLED inter code 1..8

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Place:
    text: str
    name_ar: str = ""
    name_en: str = ""
    kind: str = ""  # country, governorate, district, subdistrict, city, village, facility, ...
    admin1_ar: str = ""
    admin1_en: str = ""
    admin2_ar: str = ""
    admin2_en: str = ""
    country: str = ""  # English country name, as ACLED writes it
    iso: int | None = None  # ISO 3166-1 numeric, as ACLED's `iso` column
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 1  # 1 named town, 2 near a place / part of region, 3 larger region

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Incident:
    event_type: str  # ACLED English name, e.g. "Battles"
    sub_event_type: str  # e.g. "Armed clash"
    disorder_type: str = "Political violence"
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    location: Place | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    time_precision: int = 1  # 1 day, 2 week, 3 month
    fatalities: int | None = None
    injured: int | None = None
    captured: int | None = None
    equipment: list[dict[str, Any]] = field(default_factory=list)  # {"text","name_en","count","fate"}
    source: str = ""  # attribution as the article gives it («المركز الإعلامي»)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5
    summary_ar: str = ""
    summary_en: str = ""
    flags: list[str] = field(default_factory=list)  # e.g. "fatalities_unknown"

    @property
    def interaction(self) -> int | None:
        """ACLED interaction code: the two inter codes, lower first (e.g. 12, 28)."""
        codes = sorted(c for c in (self.actor1 and self.actor1.inter, self.actor2 and self.actor2.inter) if c)
        if not codes:
            return None
        return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "disorder_type": self.disorder_type,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "assoc_actor_1": [a.to_dict() for a in self.assoc_actor_1],
            "assoc_actor_2": [a.to_dict() for a in self.assoc_actor_2],
            "interaction": self.interaction,
            "location": self.location.to_dict() if self.location else None,
            "date": self.date,
            "time_precision": self.time_precision if self.date else None,  # no date, no precision to claim
            "fatalities": self.fatalities,
            "injured": self.injured,
            "captured": self.captured,
            "equipment": self.equipment,
            "source": self.source,
            "evidence": [{"start": s, "end": e} for s, e in self.evidence],
            "confidence": round(self.confidence, 3),
            "summary_ar": self.summary_ar,
            "summary_en": self.summary_en,
            "flags": self.flags,
        }
