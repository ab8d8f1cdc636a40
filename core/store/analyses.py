"""Machine output (entities, incidents, summary) and the analyst's overrides of incidents.

Machine rows are replaced wholesale on every analysis; the analyst's decisions live in
`incident_overrides` and are merged over machine output when read, never written into it,
so re-running a better analyzer never erases an analyst's work.

Overrides point at a machine incident by its position (`seq`) in the analysis. A re-analysis
moves each override to the new incident that is the same event (the same passages, whatever
the new event type; else the same type and overlapping evidence; `reanchor`), so a confirmation
never lands on another incident because the list was reordered, and a correction is not undone
because the analyzer changed its mind about the type. An override whose incident the new
analysis no longer finds gets a negative seq (−its id, never a machine position) and is still
returned, flagged `orphaned`, so nothing the analyst did disappears silently; a later analysis
that finds its event again (by the same rule, on what the orphan kept) takes it back, and one
that finds an event the analyst added by hand makes the addition that incident's edit. A
confirmation or an edit is never lost to an untouched incident that took its passage: it takes
the new incident back when that is plainly its event, else it stays an orphan that counts; only
another decision holding the same event makes it `superseded` (not counted; `keep_orphan` is
the analyst's way to count it again). An edit's summaries are told again from the fields it
shows whenever it follows or loses its incident.

What counts (exports, summaries, the library's counts and filters) is `counts_as_incident`, and
`effective_incidents_sql` is the same rule in SQL for the library's queries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
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
        added = conn.execute(
            "SELECT id, data FROM incident_overrides WHERE article_id = ? AND incident_seq IS NULL "
            "AND status = 'added' ORDER BY id",
            (article_id,),
        ).fetchall()
        untouched = conn.execute(
            "SELECT i.data, i.seq FROM incidents i WHERE i.article_id = ? AND NOT EXISTS (SELECT 1 FROM "
            "incident_overrides o WHERE o.article_id = i.article_id AND o.incident_seq = i.seq) ORDER BY i.seq",
            (article_id,),
        ).fetchall() if anchored or added else []
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
        if anchored or added:
            # an orphan (no machine incident) competes with what it kept of its incident
            old = [(oid, json.loads(data or own or "{}"), seq) for oid, data, seq, _status, own in anchored]
            rejected = {oid for oid, _data, _seq, status, _own in anchored if status == "rejected"}
            confirmed = {oid for oid, _data, _seq, status, _own in anchored if status == "confirmed"}
            # so does an incident the analyst added: the analyzer may now find it too
            old += [(oid, json.loads(data or "{}"), len(incidents)) for oid, data in added]
            moves, superseded = reanchor(old, incidents, [(json.loads(data), seq) for data, seq in untouched], rejected,
                                         confirmed, {oid for oid, _data in added})
            found_again = {oid for oid, _data in added if oid in moves}
            # two steps, so no move collides with a seq another override still holds
            conn.executemany("UPDATE incident_overrides SET incident_seq = -id WHERE id = ?", [(row[0],) for row in anchored])
            conn.executemany("UPDATE incident_overrides SET incident_seq = ? WHERE id = ?",
                             [(seq, oid) for oid, seq in moves.items() if oid not in found_again])
            for oid, data in added:
                if oid in found_again:  # one incident, the analyst's fields over the machine's (not two)
                    conn.execute("UPDATE incident_overrides SET incident_seq = ?, status = 'edited', data = ? "
                                 "WHERE id = ?", (moves[oid], _dumps(_added_as_edit(json.loads(data or "{}"))), oid))
            for oid, data, _seq, status, own in anchored:
                stored = json.loads(own or "{}")
                after = _after_reanalysis(json.loads(data) if data else None, stored, status,
                                          incidents[moves[oid]] if oid in moves else None, oid in superseded)
                if after != stored:
                    conn.execute("UPDATE incident_overrides SET data = ? WHERE id = ?", (_dumps(after), oid))
        cursor = conn.execute(
            "UPDATE articles SET analyzer_version = ?, summary = ? WHERE id = ?",
            (result.get("analyzer_version"), _dumps(result.get("summary") or {}), article_id),
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no article with id {article_id}")


# The fields the incident editor sets (gui.incidents.corrections.EDITABLE_FIELDS): an added
# incident that becomes an edit of the machine's incident shows all of them as the analyst's.
ANALYST_FIELDS = ("event_type", "sub_event_type", "location", "actor1", "actor2", "fatalities", "injured",
                  "captured", "date")


def _added_as_edit(data: dict[str, Any]) -> dict[str, Any]:
    """An analyst-added incident's body as the edit of the machine incident that now tells its event."""
    return {**data, "analyst_fields": [key for key in ANALYST_FIELDS if key in data]}


def _after_reanalysis(
    before: dict[str, Any] | None, own: dict[str, Any], status: str, now: dict[str, Any] | None, superseded: bool
) -> dict[str, Any]:
    """An override's data once a re-analysis placed it: `before` is the machine incident it was
    on (None for an orphan), `own` its data, `now` the new incident it follows (None: orphaned).

    An override left without its incident keeps what the incident said, so the orphan still
    shows what the analyst confirmed or rejected (its own fields win, and `override_keys` names
    them); one whose event another incident now stands for is marked `superseded` (never
    exported). An orphan that follows an incident again keeps only its own fields, so the new
    incident's others show (one orphaned before `override_keys` was recorded keeps all it kept).
    An edit's summaries are told again from the fields it now shows, as the editor tells them
    (`describe_dict`): else they would tell the incident it was made on."""
    own = {key: value for key, value in own.items() if key != "superseded"}
    mine = own if before is not None or "override_keys" not in own else \
        {key: own[key] for key in own["override_keys"] if key in own}
    if now is not None:
        data, shown = mine, {**now, **mine}
    else:
        data = own if before is None else {**before, **own, "override_keys": sorted(own)}
        shown = dict(data)
        if superseded:
            data["superseded"] = True
    if status == "edited" or "summary_en" in mine:
        from core.incidents.summary import describe_dict

        data["summary_en"], data["summary_ar"] = describe_dict(shown)
    return data


def _evidence(incident: dict[str, Any]) -> list[tuple[int, int]]:
    """Evidence spans as pairs, whether stored as [start, end] or {"start": …, "end": …}."""
    pairs = []
    for ev in incident.get("evidence") or ():
        start, end = (ev["start"], ev["end"]) if isinstance(ev, dict) else ev
        pairs.append((int(start), int(end)))
    return pairs


def reanchor(
    old: list[tuple[int, dict[str, Any] | None, int]],
    new: list[dict[str, Any]],
    unclaimed: list[tuple[dict[str, Any], int]] = (),  # type: ignore[assignment]
    rejected: set[int] = frozenset(),  # type: ignore[assignment]
    confirmed: set[int] = frozenset(),  # type: ignore[assignment]
    added: set[int] = frozenset(),  # type: ignore[assignment]
) -> tuple[dict[int, int], set[int]]:
    """Which new incident each override's incident became: ({override id: new seq}, superseded).

    `old` has an override id, the machine incident it was made on (for an orphan, what it kept
    of its incident; None or empty: it takes part in nothing) and its seq then; `unclaimed` the
    old machine incidents nobody overrode, with their seq, which compete for the new incidents
    too (so an override never takes over an incident that is plainly another old event, e.g. the
    same sentence's other place).

    The same passages are the same event, whatever the new analysis calls it: a new incident with
    the same or largely overlapping evidence (the overlap covers at least half of either side) is
    a candidate even when its event type changed. Failing that, the former rule: the same event
    type and overlapping evidence (with no evidence on either side: the same sub-event, place and
    date). Identical evidence beats a large overlap, which beats a mere one; then the same event
    type, sub-event type and place (one sentence listing three air strikes gives three incidents
    with the same evidence: the place tells them apart); then an override before an untouched
    incident, then the old position. Each new incident takes at most one old one.

    What the analyst kept (a confirmation or an edit) is never lost to an untouched incident: one
    left without a new incident takes, from an untouched old one, a new incident that is plainly
    its event (`plainly_same_event`: the same event type, governorate and place, overlapping
    passages); one that finds none stays an orphan and counts. `superseded`: overrides left out
    because another override holds a new incident that is plainly the event of both (two tellings
    the analyst corrected, told once now): exporting the orphan too would count it twice. A
    rejected override is superseded by any incident holding a new incident plainly the event of
    both (it counts in nothing anyway; the flag says why it is no longer its own telling). An override is never superseded by a rejected one
    (`rejected`: their ids): the new incident then stands rejected, and the orphan is the only
    telling of an event the analyst kept. A bare confirmation (`confirmed`: their ids) follows
    only an incident of the same event type: the analyst confirmed a coding, not the passages,
    and never saw the new one.

    An incident the analyst added (`added`: their ids) takes a new incident only when it is
    plainly the same event: the same or largely overlapping passages, the same event type and
    governorate, and no old incident, overridden or not, claims it first (two events told in one
    passage stay two). It is never superseded: unmatched, it stays the analyst's own."""
    choices: list[tuple[tuple[int, ...], int, int, int]] = []  # (-score, distance, claimant, new seq)
    plainly: set[tuple[int, int]] = set()  # (claimant, new seq) plainly the same event
    claimants = [(oid, before, old_seq) for oid, before, old_seq in old if before]
    # untouched old incidents get negative claimant ids (override ids are positive)
    claimants += [(-(k + 1), before, old_seq) for k, (before, old_seq) in enumerate(unclaimed)]
    for claimant, before, old_seq in claimants:
        for seq, after in enumerate(new):
            score = _same_event(before, after)
            if score is not None and claimant in confirmed and after.get("event_type") != before.get("event_type"):
                score = None
            if score is not None and claimant in added and (
                    score[0] < 2 or not score[1] or _governorate(after) != _governorate(before)):
                score = None
            if score is not None:
                rank = 2 if claimant in added else int(claimant < 0)  # overrides, untouched, then added ones
                choices.append(((*(-x for x in score), rank), abs(seq - old_seq), claimant, seq))
                if plainly_same_event(before, after):
                    plainly.add((claimant, seq))
    choices.sort()
    holder = _assign(choices)
    kept = {oid for oid, _before, _seq in old if oid not in rejected and oid not in added}
    _take_back(choices, holder, plainly, kept)
    moves = {claimant: seq for seq, claimant in holder.items() if claimant > 0}
    superseded = {c for _s, _d, c, seq in choices if c > 0 and c not in moves and c not in added
                  and (c, seq) in plainly and (holder[seq], seq) in plainly and holder[seq] not in rejected
                  and (c in rejected or holder[seq] > 0)}
    return moves, superseded


def _assign(choices: list[tuple[tuple[int, ...], int, int, int]]) -> dict[int, int]:
    """{new seq: claimant}: the best choices first, each claimant and new incident taken once."""
    holder: dict[int, int] = {}
    placed: set[int] = set()
    for _score, _distance, claimant, seq in choices:
        if claimant not in placed and seq not in holder:
            holder[seq] = claimant
            placed.add(claimant)
    return holder


def _take_back(choices: list[tuple[tuple[int, ...], int, int, int]], holder: dict[int, int],
               plainly: set[tuple[int, int]], kept: set[int]) -> None:
    """An override the analyst kept (`kept`), left without a new incident, takes the best one that
    is plainly its event from the untouched old incident holding it: the untouched one loses
    nothing of the analyst's, and the kept one would otherwise be an orphan counted beside it."""
    placed = set(holder.values())
    for _score, _distance, claimant, seq in choices:
        if claimant in kept and claimant not in placed and (claimant, seq) in plainly and holder.get(seq, -1) < 0:
            holder[seq] = claimant
            placed.add(claimant)


def plainly_same_event(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether `after` is plainly the event `before` was: the same event type, the same governorate,
    no other named place, and overlapping passages (with no passages on either side, the same
    coding). Two events of one kind told in one sentence at two places stay two events."""
    if not before or not after or after.get("event_type") != before.get("event_type"):
        return False
    place_before, place_after = before.get("location") or {}, after.get("location") or {}
    if not _names(place_before, _ADMIN1_KEYS) & _names(place_after, _ADMIN1_KEYS):
        return False
    names_before, names_after = _names(place_before, _PLACE_KEYS), _names(place_after, _PLACE_KEYS)
    if names_before and names_after and not names_before & names_after:
        return False
    return _same_event(before, after) is not None


_ADMIN1_KEYS = ("admin1_en", "admin1_ar")
_PLACE_KEYS = ("name_en", "name_ar", "text")


def _names(place: Mapping[str, Any], keys: tuple[str, ...]) -> set[str]:
    """The place's non-empty names under `keys` (an analyst's typed place may have only `text`)."""
    return {str(place[key]).strip() for key in keys if place.get(key) and str(place[key]).strip()}


def _same_event(before: dict[str, Any], after: dict[str, Any]) -> tuple[int, ...] | None:
    """How surely `after` (new analysis) is the event `before` was; None when it is not."""
    ev_before, ev_after = _evidence(before), _evidence(after)
    same_type = after.get("event_type") == before.get("event_type")
    if ev_before or ev_after:
        overlap = _overlap(ev_before, ev_after)
        if not overlap:
            return None
        if sorted(ev_after) == sorted(ev_before):
            closeness = 3
        elif 2 * overlap >= max(_covered(ev_before), _covered(ev_after)):
            closeness = 2
        elif same_type:
            closeness = 1
        else:
            return None  # a passing overlap and another event type: another event
    elif not same_type or any(after.get(k) != before.get(k) for k in ("sub_event_type", "location", "date")):
        return None  # no evidence on either side (hand-made data): the same coding
    else:
        closeness = 1
    return (closeness, int(same_type), int(after.get("sub_event_type") == before.get("sub_event_type")),
            int(_where(after) == _where(before)))


def _covered(spans: list[tuple[int, int]]) -> int:
    """Characters covered by the spans (overlapping spans counted once)."""
    total, reach = 0, None
    for start, end in sorted(spans):
        if reach is not None and start < reach:
            start = reach
        if end > start:
            total += end - start
        reach = end if reach is None else max(reach, end)
    return total


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """Characters covered by both span lists."""
    cut = [(max(s1, s2), min(e1, e2)) for s1, e1 in a for s2, e2 in b if max(s1, s2) < min(e1, e2)]
    return _covered(cut)


def _governorate(incident: dict[str, Any]) -> Any:
    place = incident.get("location") or {}
    return place.get("admin1_en") or place.get("admin1_ar") or None


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


def counts_as_incident(incident: Mapping[str, Any], *, include_rejected: bool = False) -> bool:
    """Whether an incident of `get_incidents` is one the analyst's record holds: not rejected
    (unless asked for), with an event type (an orphaned override may have none), and not an
    orphan whose event a newer machine incident already stands for (`superseded`: it would be
    counted twice). The panel lists all of them but counts only these, as exports, summaries
    and the library do. `effective_incidents_sql` must say the same."""
    if incident.get("analyst_status") == "rejected" and not include_rejected:
        return False
    if not incident.get("event_type"):
        return False
    return not (incident.get("orphaned") and incident.get("superseded"))


def count_incidents(incidents: Iterable[Mapping[str, Any]]) -> int:
    """How many of `get_incidents`' incidents `counts_as_incident`: the number the incident
    panel's header and the library's Inc. column show (the library's query counts the same
    rows in SQL with `effective_incidents_sql`)."""
    return sum(1 for incident in incidents if counts_as_incident(incident))


def _field_doc(key: str) -> str:
    """The JSON document a merged incident takes `key` from: an edit's own value wins (a shallow
    update, as `_apply` does), else the machine incident's."""
    return f"(CASE WHEN o.status = 'edited' AND json_type(o.data, '$.{key}') IS NOT NULL THEN o.data ELSE i.data END)"


INCIDENT_COLUMNS = ("event_type", "admin1", "actor1", "actor2")


def _columns(doc: Any, wanted: tuple[str, ...]) -> str:
    """", event_type, admin1, actor1, actor2" (those `wanted`), each read from `doc(key)`."""
    def actor(k: str) -> str:
        d = doc(k)
        return (f"coalesce(nullif(json_extract({d}, '$.{k}.name_en'), ''), "
                f"nullif(json_extract({d}, '$.{k}.name_ar'), ''), json_extract({d}, '$.{k}.text'))")

    loc = doc("location")
    exprs = {
        "event_type": f"json_extract({doc('event_type')}, '$.event_type')",
        "admin1": (f"coalesce(nullif(json_extract({loc}, '$.location.admin1_en'), ''), "
                   f"nullif(json_extract({loc}, '$.location.admin1_ar'), ''))"),
        "actor1": actor("actor1"),
        "actor2": actor("actor2"),
    }
    if doc is _field_doc:  # an untouched machine incident has them as columns: no JSON to parse
        for key in ("event_type", "admin1"):
            exprs[key] = f"(CASE WHEN o.id IS NULL THEN i.{key} ELSE {exprs[key]} END)"
    return "".join(f", {exprs[key]} AS {key}" for key in wanted)


def effective_incidents_sql(article: str = "", columns: tuple[str, ...] = INCIDENT_COLUMNS) -> str:
    """Every incident that `counts_as_incident` (rejected left out), as rows (article_id and the
    `columns` asked for, of event_type, admin1, actor1, actor2): machine incidents with the
    analyst's edits over them, then orphaned and analyst-added overrides. A subquery:
    `FROM ({sql}) e`. Ask only for the columns used: each costs JSON parsing on every row.

    `article` restricts the article ids with an SQL tail such as "= a.id" (a correlated count
    then reads one article's rows by index instead of scanning every incident per article)."""
    where = f" AND {{}}.article_id {article}" if article else ""
    return f"""
    SELECT i.article_id AS article_id{_columns(_field_doc, columns)}
    FROM incidents i LEFT JOIN incident_overrides o ON o.article_id = i.article_id AND o.incident_seq = i.seq
    WHERE o.status IS NOT 'rejected' AND nullif(CASE WHEN o.id IS NULL THEN i.event_type
      ELSE json_extract({_field_doc('event_type')}, '$.event_type') END, '') IS NOT NULL{where.format('i')}
    UNION ALL
    SELECT o.article_id AS article_id{_columns(lambda key: 'o.data', columns)}
    FROM incident_overrides o
    WHERE o.status <> 'rejected' AND nullif(json_extract(o.data, '$.event_type'), '') IS NOT NULL{where.format('o')}
      AND (o.incident_seq IS NULL OR (
        NOT EXISTS (SELECT 1 FROM incidents m WHERE m.article_id = o.article_id AND m.seq = o.incident_seq)
        AND NOT coalesce(json_extract(o.data, '$.superseded'), 0)))
"""


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
        incident.pop("override_keys", None)  # the store's own bookkeeping
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


def override_times(db: sqlite_utils.Database, article_id: int) -> dict[int, str]:
    """When each of the article's analyst decisions (edit, confirmation, rejection, addition) was
    last saved, by override id (`get_incidents` names the override, not its time): ACLED's
    `timestamp` in exports."""
    rows = db.conn.execute("SELECT id, updated_at FROM incident_overrides WHERE article_id = ?", (article_id,))
    return {int(i): str(at) for i, at in rows if at}


def _apply(incident: dict[str, Any], override: dict[str, Any]) -> None:
    if override["status"] in ("edited", "added"):
        incident.update(json.loads(override["data"] or "{}"))
        if incident.get("fatalities") is not None and "fatalities_unknown" in (incident.get("flags") or ()):
            # the machine's «killed, number unknown» is answered by the analyst's figure (as the
            # edit's summary already says): else exports tag a counted toll as unknown
            incident["flags"] = [f for f in incident["flags"] if f != "fatalities_unknown"]
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
        if seq is not None and seq < 0:  # an orphan: what the analyst changes in what it kept is its own
            payload = _dumps(_kept_as_own(db, article_id, seq, data or {}))
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


def _kept_as_own(db: sqlite_utils.Database, article_id: int, seq: int, data: dict[str, Any]) -> dict[str, Any]:
    """`data` for orphan `seq`, its `override_keys` grown by the keys the analyst changed, so an
    edit of an orphan stays the analyst's when it follows an incident again (`_after_reanalysis`)."""
    row = db.conn.execute("SELECT data FROM incident_overrides WHERE article_id = ? AND incident_seq = ?",
                          (article_id, seq)).fetchone()
    kept = json.loads(row[0] or "{}") if row else {}
    if "override_keys" not in kept:  # orphaned before its own keys were recorded: all it kept stays
        return data
    changed = {key for key, value in data.items() if kept.get(key) != value}
    return {**data, "override_keys": sorted((set(kept["override_keys"]) | changed) - {"override_keys"})}


def update_added_incident(db: sqlite_utils.Database, override_id: int, data: dict[str, Any]) -> None:
    """Change an analyst-added incident (its fields are replaced by `data`)."""
    with transaction(db):
        cursor = db.conn.execute(
            "UPDATE incident_overrides SET data = ?, updated_at = ? WHERE id = ? AND status = 'added'",
            (_dumps(data), now_iso(), override_id),
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no analyst-added incident with id {override_id}")


def keep_orphan(db: sqlite_utils.Database, override_id: int) -> None:
    """The analyst keeps an orphan as an event of its own (Restore on one flagged `superseded`:
    a re-analysis told its event once, in an incident another of their decisions holds). It
    becomes their added incident with what it showed: counted, never superseded, and it takes a
    machine incident again only as any added incident does (`reanchor`)."""
    with transaction(db):
        row = db.conn.execute("SELECT data FROM incident_overrides WHERE id = ? AND incident_seq < 0",
                              (override_id,)).fetchone()
        if row is None:
            raise KeyError(f"no orphaned incident override with id {override_id}")
        data = {k: v for k, v in json.loads(row[0] or "{}").items() if k not in ("superseded", "override_keys")}
        db.conn.execute("UPDATE incident_overrides SET status = 'added', incident_seq = NULL, data = ?, "
                        "updated_at = ? WHERE id = ?", (_dumps(data), now_iso(), override_id))


def delete_incident_override(db: sqlite_utils.Database, override_id: int) -> bool:
    """Undo an analyst decision (the machine incident shows as it was) or remove an added one."""
    with transaction(db):
        cursor = db.conn.execute("DELETE FROM incident_overrides WHERE id = ?", (override_id,))
    return cursor.rowcount > 0
