"""Machine output (entities, incidents, summary) and the analyst's overrides of incidents.

Machine rows are replaced wholesale on every analysis; the analyst's decisions live in
`incident_overrides` and are merged over machine output when read, never written into it,
so re-running a better analyzer never erases an analyst's work.

Overrides point at a machine incident by its position (`seq`) in the analysis. A re-analysis
moves each override to the new incident that is the same event (same event type, overlapping
evidence; `reanchor`), so a confirmation never lands on another incident because the list was
reordered. An override whose incident the new analysis no longer finds gets a negative seq
(−its id, never a machine position) and is still returned, flagged `orphaned`, so nothing the
analyst did disappears silently.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from core.store.articles import now_iso
from core.store.db import transaction

OVERRIDE_STATUSES = ("confirmed", "rejected", "edited", "added")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def save_analysis(db: sqlite_utils.Database, article_id: int, result: dict[str, Any]) -> None:
    """Replace this article's machine entities, incidents and summary in one transaction."""
    entities = result.get("entities", [])
    incidents = result.get("incidents", [])
    with transaction(db):
        conn = db.conn
        anchored = conn.execute(
            "SELECT o.id, i.data, o.incident_seq, o.status, o.data FROM incident_overrides o LEFT JOIN incidents i "
            "ON i.article_id = o.article_id AND i.seq = o.incident_seq "
            "WHERE o.article_id = ? AND o.incident_seq IS NOT NULL ORDER BY o.id",
            (article_id,),
        ).fetchall()
        conn.execute("DELETE FROM entities WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM incidents WHERE article_id = ?", (article_id,))
        conn.executemany(
            'INSERT INTO entities (article_id, "start", "end", label, source, text, attrs) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    int(e["start"]),
                    int(e["end"]),
                    e["label"],
                    e.get("source", ""),
                    e.get("text", ""),
                    _dumps(e["attrs"]) if e.get("attrs") else None,
                )
                for e in entities
            ],
        )
        conn.executemany(
            "INSERT INTO incidents (article_id, seq, event_type, sub_event_type, admin1, location, "
            "date, fatalities, injured, captured, confidence, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_incident_row(article_id, seq, inc) for seq, inc in enumerate(incidents)],
        )
        if anchored:
            old = [(oid, json.loads(data) if data else None, seq) for oid, data, seq, _status, _own in anchored]
            moves = reanchor(old, incidents)
            # two steps, so no move collides with a seq another override still holds
            conn.executemany("UPDATE incident_overrides SET incident_seq = -id WHERE id = ?", [(row[0],) for row in anchored])
            conn.executemany("UPDATE incident_overrides SET incident_seq = ? WHERE id = ?",
                             [(seq, oid) for oid, seq in moves.items()])
            # an override left without its incident keeps what the incident said, so the orphan
            # still shows what the analyst confirmed or rejected (an edit's own fields win)
            conn.executemany("UPDATE incident_overrides SET data = ? WHERE id = ?", [
                (_dumps({**json.loads(data), **json.loads(own or "{}")}), oid)
                for oid, data, _seq, _status, own in anchored if oid not in moves and data
            ])
        cursor = conn.execute(
            "UPDATE articles SET analyzer_version = ?, summary = ? WHERE id = ?",
            (result.get("analyzer_version"), _dumps(result.get("summary") or {}), article_id),
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no article with id {article_id}")


def _evidence(incident: dict[str, Any]) -> list[tuple[int, int]]:
    """Evidence spans as pairs, whether stored as [start, end] or {"start": …, "end": …}."""
    pairs = []
    for ev in incident.get("evidence") or ():
        start, end = (ev["start"], ev["end"]) if isinstance(ev, dict) else ev
        pairs.append((int(start), int(end)))
    return pairs


def reanchor(old: list[tuple[int, dict[str, Any] | None, int]], new: list[dict[str, Any]]) -> dict[int, int]:
    """Which new incident each override's incident became: {override id: new seq}.

    `old` has an override id, the machine incident it was made on (None when it was already
    orphaned) and its seq then. A new incident is the same event when its event type is the same
    and its evidence overlaps (with no evidence on either side: the same sub-event, place and
    date); identical evidence, sub-event type and place win over a mere overlap (one sentence
    listing three air strikes gives three incidents with the same evidence: the place tells them
    apart), and on a tie the old position. Each new incident takes at most one override;
    overrides left out become orphans."""
    choices: list[tuple[int, int, int, int]] = []  # (-score, distance from the old seq, override id, new seq)
    for oid, before, old_seq in old:
        if not before:
            continue
        ev_before = _evidence(before)
        for seq, after in enumerate(new):
            if after.get("event_type") != before.get("event_type"):
                continue
            ev_after = _evidence(after)
            if ev_before or ev_after:
                if not any(s1 < e2 and s2 < e1 for s1, e1 in ev_before for s2, e2 in ev_after):
                    continue
            elif any(after.get(k) != before.get(k) for k in ("sub_event_type", "location", "date")):
                continue  # no evidence on either side (hand-made data): the same coding
            score = 1 + (ev_after == ev_before) + (after.get("sub_event_type") == before.get("sub_event_type")) \
                + (_where(after) == _where(before))
            choices.append((-score, abs(seq - old_seq), oid, seq))
    moves: dict[int, int] = {}
    taken: set[int] = set()
    for _score, _distance, oid, seq in sorted(choices):
        if oid not in moves and seq not in taken:
            moves[oid] = seq
            taken.add(seq)
    return moves


def _where(incident: dict[str, Any]) -> tuple[Any, ...]:
    place = incident.get("location") or {}
    return (place.get("name_en") or place.get("name_ar") or place.get("text"), place.get("admin1_en"))


def _incident_row(article_id: int, seq: int, inc: dict[str, Any]) -> tuple[Any, ...]:
    """Flat columns for filtering and export; `data` keeps the whole incident."""
    place = inc.get("location") or {}
    return (
        article_id,
        seq,
        inc.get("event_type"),
        inc.get("sub_event_type"),
        place.get("admin1_en") or place.get("admin1_ar") or None,
        place.get("name_en") or place.get("name_ar") or place.get("text") or None,
        inc.get("date"),
        inc.get("fatalities"),
        inc.get("injured"),
        inc.get("captured"),
        inc.get("confidence"),
        _dumps(inc),
    )


def get_entities(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    rows = db.query(
        'SELECT "start", "end", label, source, text, attrs FROM entities '
        'WHERE article_id = ? ORDER BY "start", "end", id',
        [article_id],
    )
    return [{**row, "attrs": json.loads(row["attrs"]) if row["attrs"] else {}} for row in rows]


def get_summary(db: sqlite_utils.Database, article_id: int) -> dict[str, Any] | None:
    row = db.conn.execute("SELECT summary FROM articles WHERE id = ?", (article_id,)).fetchone()
    return None if row is None or row[0] is None else json.loads(row[0])


def get_incidents(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    """Machine incidents with the analyst's overrides applied, then analyst-added ones.

    Every dict has `seq` (None for analyst-added), `analyst_status` (None when untouched) and
    `override_id`. Rejected incidents stay in the list, flagged, so the panel can show them
    struck out and the analyst can undo.
    """
    overrides = {
        row["incident_seq"]: row
        for row in db.query(
            "SELECT id, incident_seq, status, data FROM incident_overrides "
            "WHERE article_id = ? AND incident_seq IS NOT NULL",
            [article_id],
        )
    }
    out: list[dict[str, Any]] = []
    for row in db.query(
        "SELECT seq, data FROM incidents WHERE article_id = ? ORDER BY seq", [article_id]
    ):
        incident = json.loads(row["data"])
        incident.update(seq=row["seq"], analyst_status=None, override_id=None)
        override = overrides.pop(row["seq"], None)
        if override is not None:
            _apply(incident, override)
        out.append(incident)
    for seq in sorted(overrides):  # the machine incident is gone after a re-analysis
        incident = {"seq": seq, "orphaned": True}
        incident.update(json.loads(overrides[seq]["data"] or "{}"))  # what it said when the analyst decided
        _apply(incident, overrides[seq])
        out.append(incident)
    for row in db.query(
        "SELECT id, incident_seq, status, data FROM incident_overrides "
        "WHERE article_id = ? AND incident_seq IS NULL ORDER BY id",
        [article_id],
    ):
        incident = {"seq": None}
        _apply(incident, row)
        out.append(incident)
    return out


def _apply(incident: dict[str, Any], override: dict[str, Any]) -> None:
    if override["status"] in ("edited", "added"):
        incident.update(json.loads(override["data"] or "{}"))
    incident["analyst_status"] = override["status"]
    incident["override_id"] = override["id"]


def set_incident_override(
    db: sqlite_utils.Database,
    article_id: int,
    seq: int | None,
    status: str,
    data: dict[str, Any] | None = None,
) -> int:
    """Record the analyst's decision on machine incident `seq` (one per incident, replaced on
    each call), or add an analyst incident when `seq` is None. Returns the override id."""
    if status not in OVERRIDE_STATUSES:
        raise ValueError(f"unknown override status {status!r} (one of {', '.join(OVERRIDE_STATUSES)})")
    if (seq is None) != (status == "added"):
        raise ValueError("analyst-added incidents have no seq; overrides of machine incidents do")
    payload = _dumps(data or {})
    with transaction(db):
        if seq is None:
            cursor = db.conn.execute(
                "INSERT INTO incident_overrides (article_id, incident_seq, status, data, updated_at) "
                "VALUES (?, NULL, 'added', ?, ?)",
                (article_id, payload, now_iso()),
            )
            return int(cursor.lastrowid or 0)
        db.conn.execute(
            "INSERT INTO incident_overrides (article_id, incident_seq, status, data, updated_at) "
            "VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (article_id, incident_seq) WHERE incident_seq IS NOT NULL "
            "DO UPDATE SET status = excluded.status, data = excluded.data, "
            "updated_at = excluded.updated_at",
            (article_id, seq, status, payload, now_iso()),
        )
        row = db.conn.execute(
            "SELECT id FROM incident_overrides WHERE article_id = ? AND incident_seq = ?",
            (article_id, seq),
        ).fetchone()
        return int(row[0])


def update_added_incident(db: sqlite_utils.Database, override_id: int, data: dict[str, Any]) -> None:
    """Change an analyst-added incident (its fields are replaced by `data`)."""
    with transaction(db):
        cursor = db.conn.execute(
            "UPDATE incident_overrides SET data = ?, updated_at = ? WHERE id = ? AND status = 'added'",
            (_dumps(data), now_iso(), override_id),
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no analyst-added incident with id {override_id}")


def delete_incident_override(db: sqlite_utils.Database, override_id: int) -> bool:
    """Undo an analyst decision (the machine incident shows as it was) or remove an added one."""
    with transaction(db):
        cursor = db.conn.execute("DELETE FROM incident_overrides WHERE id = ?", (override_id,))
    return cursor.rowcount > 0
