"""Incident: one ACLED-style coded event, with evidence spans into the article text.

`to_dict` is the JSON contract of `marsad analyze` (docs/cli.md); keep the key names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
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

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "Actor | None":
        return _from_dict(cls, data)


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

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "Place | None":
        return _from_dict(cls, data)


def _from_dict(cls: Any, data: Mapping[str, Any] | None) -> Any:
    """An Actor or Place from its dict (what to_dict wrote, or an analyst's): unknown keys are
    left out, a missing text is taken from the names."""
    if not isinstance(data, Mapping):
        return None
    known = {f.name for f in fields(cls)}
    values = {k: v for k, v in data.items() if k in known and v is not None}
    values["text"] = str(data.get("text") or data.get("name_ar") or data.get("name_en") or "")
    return cls(**values)


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
    # where its figures are told (killed, injured, captured: each figure with its casualty word),
    # often another clause than its evidence; apart from `evidence`, which the codability
    # features, re-anchoring of the analyst's corrections and corroborations read
    figures: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5
    summary_ar: str = ""
    summary_en: str = ""
    flags: list[str] = field(default_factory=list)  # e.g. "fatalities_unknown"

    def side(self, k: int) -> list[Actor]:
        """Side `k` (1 or 2): its lead actor, then its associates."""
        lead, rest = (self.actor1, self.assoc_actor_1) if k == 1 else (self.actor2, self.assoc_actor_2)
        return [a for a in (lead, *rest) if a]

    def set_side(self, k: int, actors: list[Actor]) -> None:
        """Side `k` becomes `actors`: the first leads, the rest are associates (none: no actor)."""
        lead, rest = (actors[0], actors[1:]) if actors else (None, [])
        if k == 1:
            self.actor1, self.assoc_actor_1 = lead, rest
        else:
            self.actor2, self.assoc_actor_2 = lead, rest

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
            "figures": [{"start": s, "end": e} for s, e in self.figures],
            "confidence": round(self.confidence, 3),
            "summary_ar": self.summary_ar,
            "summary_en": self.summary_en,
            "flags": self.flags,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Incident":
        """The incident a dict describes (the inverse of to_dict, lenient: an analyst's dict may
        lack keys or carry extra ones such as `analyst_status`)."""
        actors = lambda key: [a for a in map(Actor.from_dict, data.get(key) or []) if a]  # noqa: E731
        spans = lambda key: [(int(e["start"]), int(e["end"])) if isinstance(e, Mapping)  # noqa: E731
                             else (int(e[0]), int(e[1])) for e in data.get(key) or []]
        return cls(
            event_type=str(data.get("event_type") or ""),
            sub_event_type=str(data.get("sub_event_type") or ""),
            disorder_type=str(data.get("disorder_type") or ""),
            actor1=Actor.from_dict(data.get("actor1")),
            actor2=Actor.from_dict(data.get("actor2")),
            assoc_actor_1=actors("assoc_actor_1"),
            assoc_actor_2=actors("assoc_actor_2"),
            location=Place.from_dict(data.get("location")),
            date=data.get("date") or None,
            time_precision=int(data.get("time_precision") or 1),
            fatalities=data.get("fatalities"),
            injured=data.get("injured"),
            captured=data.get("captured"),
            equipment=list(data.get("equipment") or []),
            source=str(data.get("source") or ""),
            evidence=spans("evidence"),
            figures=spans("figures"),
            confidence=float(data.get("confidence") if data.get("confidence") is not None else 0.5),
            summary_ar=str(data.get("summary_ar") or ""),
            summary_en=str(data.get("summary_en") or ""),
            flags=list(data.get("flags") or []),
        )
