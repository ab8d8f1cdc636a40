"""Machine output (entities, incidents, summary) and the analyst's overrides of incidents.

Machine rows are replaced wholesale on every analysis; the analyst's decisions live in
`incident_overrides` and are merged over machine output when read, never written into it,
so re-running a better analyzer never erases an analyst's work.

Overrides point at a machine incident by its position (`seq`) in the analysis. When an
article is re-analysed and an override's seq no longer exists, the override is still returned
(flagged `orphaned`), so nothing the analyst did disappears silently.
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
        cursor = conn.execute(
            "UPDATE articles SET analyzer_version = ?, summary = ? WHERE id = ?",
            (result.get("analyzer_version"), _dumps(result.get("summary") or {}), article_id),
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no article with id {article_id}")


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
