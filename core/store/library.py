"""What the reader's library pane asks of the store: filtered, sorted, paged article lists,
counts, filter choices, corpus-wide mentions of an entity, and re-anchored user highlights.

Everything is one SQL query per call so the GUI can page through 31k+ articles lazily: the
library never holds more rows than the analyst has scrolled past. Filters combine with AND; an
empty filter matches everything. The full-text part reuses `core.store.search.build_match`,
so a library search folds exactly like the index («الاعلامي» finds «الإعلامي»).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from core.store.analyses import INCIDENT_COLUMNS, effective_incidents_sql
from core.store.articles import LIST_COLUMNS
from core.store.search import build_match
from core.store.snippets import HIT_END, HIT_START, hit_pattern, snippet  # noqa: F401 (marks re-exported)
from core.text.normalize import fold_for_search

# Sort keys the library offers → SQL (unknown dates and counts go last either way).
_ORDERS = {
    "published": "a.published IS NULL, a.published",
    "title": "a.title",
    "source": "a.source",
    "starred": "a.starred",
    # an article never analysed (or whose analysis is stale) and with no incidents shows «—», not 0:
    # it goes last either way, not between 0 and 1 going up
    "incident_count": "(incident_count = 0 AND coalesce(a.analyzer_version, '') = ''), incident_count",
    "imported_at": "a.imported_at",
}
# Counts, filters and their choices read the incidents as the analyst left them (edits applied,
# rejected ones out, added ones in: what exports and summaries count), never the machine rows.
_INCIDENT_COUNT = f"(SELECT count(*) FROM ({effective_incidents_sql('= a.id', ())}) e)"


def _effective(*columns: str) -> str:
    return f"({effective_incidents_sql(columns=columns)})"



@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """The library's search box, filters and sort order. Dates are ISO yyyy-mm-dd, inclusive."""

    text: str = ""
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    governorate: str | None = None  # admin1 of any of the article's incidents
    actor: str | None = None  # actor 1 or 2 of any incident (name as `facets` lists it)
    event_type: str | None = None
    tag: str | None = None
    starred: bool = False
    has_notes: bool = False  # a highlight or a note
    unread: bool = False
    order: str = ""  # "column [asc|desc]"; "" = relevance when searching, else newest first


def _where(q: LibraryQuery) -> tuple[list[str], list[Any], str]:
    """SQL conditions, their parameters, and the FTS match expression ("" without search)."""
    conds: list[str] = []
    params: list[Any] = []
    match = build_match(q.text) if q.text.strip() else ""
    if match:
        conds.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(match)
    if q.date_from:
        conds.append("a.published >= ?")
        params.append(q.date_from[:10])
    if q.date_to:
        conds.append("substr(a.published, 1, 10) <= ?")
        params.append(q.date_to[:10])
    if q.source:
        conds.append("a.source = ?")
        params.append(q.source)
    if q.governorate:
        conds.append(f"a.id IN (SELECT e.article_id FROM {_effective('admin1')} e WHERE e.admin1 = ?)")
        params.append(q.governorate)
    if q.event_type:
        conds.append(f"a.id IN (SELECT e.article_id FROM {_effective('event_type')} e WHERE e.event_type = ?)")
        params.append(q.event_type)
    if q.actor:
        conds.append(f"a.id IN (SELECT e.article_id FROM {_effective('actor1', 'actor2')} e WHERE e.actor1 = ? OR e.actor2 = ?)")
        params += [q.actor, q.actor]
    if q.tag:
        conds.append("a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                     "WHERE t.name = ?)")
        params.append(" ".join(q.tag.split()))
    if q.starred:
        conds.append("a.starred = 1")
    if q.unread:
        conds.append("a.read = 0")
    if q.has_notes:
        # An IN list (not EXISTS per article): SQLite walks the few annotated ids by rowid
        # instead of scanning every article.
        conds.append("a.id IN (SELECT article_id FROM highlights UNION SELECT article_id FROM notes)")
    return conds, params, match


def _order_sql(q: LibraryQuery, searching: bool) -> str:
    if not q.order:
        return "rank, a.published IS NULL, a.published DESC" if searching else "a.published IS NULL, a.published DESC"
    parts = q.order.lower().split()
    if parts[0] == "relevance" and searching:
        return "rank"
    if parts[0] not in _ORDERS or len(parts) > 2 or (len(parts) == 2 and parts[1] not in ("asc", "desc")):
        raise ValueError(f"cannot order the library by {q.order!r}")
    direction = (parts[1] if len(parts) == 2 else "asc").upper()
    return f"{_ORDERS[parts[0]]} {direction}"


def query_articles(
    db: sqlite_utils.Database, q: LibraryQuery, *, limit: int = 200, offset: int = 0
) -> list[dict[str, Any]]:
    """One page of library rows (no article text). Each row also has `incident_count`,
    `annotation_count` (highlights + notes), `tags` (list) and, when searching, `snippet`
    (the original text around the hit, matched words between HIT_START and HIT_END).

    Two steps: the page's ids in order (only the sort key is computed for every matching row),
    then the shown columns and snippets for those ids alone; computing them in the sorted
    query would compute them for all 30k rows before the sort."""
    ids, match = _page_ids(db, q, limit, offset)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    columns = ", ".join(f"a.{c}" for c in LIST_COLUMNS)
    sql = f"""
        SELECT {columns},
               {_INCIDENT_COUNT} AS incident_count,
               ((SELECT count(*) FROM highlights h WHERE h.article_id = a.id)
                + (SELECT count(*) FROM notes n WHERE n.article_id = a.id)) AS annotation_count,
               (SELECT group_concat(t.name, char(31)) FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = a.id) AS tags
        FROM articles a WHERE a.id IN ({marks})
    """
    by_id = {row["id"]: row for row in db.query(sql, ids)}
    if match:
        pattern = hit_pattern(match)
        for rowid, title, text in db.conn.execute(
                f"SELECT id, title, text FROM articles WHERE id IN ({marks})", ids).fetchall():
            if rowid in by_id:
                by_id[rowid]["snippet"] = snippet(text, pattern) or snippet(title, pattern)
    rows = [by_id[i] for i in ids if i in by_id]
    for row in rows:
        row["tags"] = row["tags"].split("\x1f") if row.get("tags") else []
    return rows


def matching_ids(db: sqlite_utils.Database, q: LibraryQuery) -> list[int]:
    """Every article id the library's search and filters show, in display order, without
    computing a snippet per row (exports and summaries of "what the analyst sees")."""
    return _page_ids(db, q, -1, 0)[0]  # LIMIT -1: every row


def _page_ids(db: sqlite_utils.Database, q: LibraryQuery, limit: int, offset: int) -> tuple[list[int], str]:
    """The ids of one page in display order, and the FTS match expression used ("" without search)."""
    conds, params, match = _where(q)
    order = _order_sql(q, bool(match))
    count_col = prefix = ""
    if "incident_count" in order:  # counted once for all articles, not one correlated count each
        prefix = (f"WITH counts AS MATERIALIZED (SELECT e.article_id, count(*) AS n FROM "
                  f"({effective_incidents_sql(columns=())}) e GROUP BY e.article_id) ")
        count_col = "coalesce((SELECT n FROM counts WHERE counts.article_id = a.id), 0) AS incident_count, "
    if match:
        # The FTS row gives the rank; words as typed rank before their clitic and prefix forms,
        # and among them by how well the words as typed match: ranked by the expanded match,
        # an article about sport («الرياضة» three times, «الرياض» once) came before the one
        # about Riyadh that a search for «الرياض» was after.
        # (a trailing * asks for the words they begin: the whole words still come first)
        exact = build_match(q.text.replace("*", " "), expand_clitics=False) or build_match(q.text, expand_clitics=False)
        typed = ("typed AS MATERIALIZED (SELECT rowid AS id, bm25(articles_fts, 5.0, 1.0) AS r "
                 "FROM articles_fts WHERE articles_fts MATCH ?) ")
        sql = ((f"{prefix.rstrip()}, {typed}" if prefix else f"WITH {typed}")
               + f"SELECT a.id, {count_col}"
               "coalesce(typed.r, 1000 + bm25(articles_fts, 5.0, 1.0)) AS rank "
               "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
               "LEFT JOIN typed ON typed.id = articles_fts.rowid WHERE articles_fts MATCH ?"
               + "".join(f" AND {c}" for c in conds[1:])
               + f" ORDER BY {order}, a.id DESC LIMIT ? OFFSET ?")
        args = [exact, match, *params[1:], int(limit), int(offset)]
    else:
        where = (" WHERE " + " AND ".join(conds)) if conds else ""
        sql = f"{prefix}SELECT a.id{', ' + count_col.rstrip(', ') if count_col else ''} FROM articles a{where} " \
              f"ORDER BY {order}, a.id DESC LIMIT ? OFFSET ?"
        args = [*params, int(limit), int(offset)]
    return [int(r[0]) for r in db.conn.execute(sql, args).fetchall()], match


def count_matching(db: sqlite_utils.Database, q: LibraryQuery) -> int:
    conds, params, _ = _where(q)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    return int(db.conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0])


def facets(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """The values each library filter can take, sorted (for its drop-down list)."""
    def column(sql: str) -> list[str]:
        return sorted({str(r[0]) for r in db.conn.execute(sql).fetchall() if r[0] not in (None, "")})

    # one pass over the incidents for the three incident filters
    found: dict[str, set[str]] = {"governorates": set(), "event_types": set(), "actors": set()}
    for key, value in db.conn.execute(
        f"WITH e AS MATERIALIZED {_effective(*INCIDENT_COLUMNS)} SELECT 'governorates', admin1 FROM e "
        "UNION SELECT 'event_types', event_type FROM e UNION SELECT 'actors', actor1 FROM e "
        "UNION SELECT 'actors', actor2 FROM e"
    ).fetchall():
        if value not in (None, ""):
            found[key].add(str(value))
    return {
        "sources": column("SELECT DISTINCT source FROM articles"),
        **{key: sorted(values) for key, values in found.items()},
        "tags": column("SELECT name FROM tags"),
    }


# -- an entity across the corpus ----------------------------------------------------------------

# attrs keys that identify the same real thing however it is written.
IDENTITY_KEYS = ("place_id", "id")


def entity_mentions(
    db: sqlite_utils.Database,
    label: str,
    *,
    text: str = "",
    attrs: dict[str, Any] | None = None,
    limit: int = 500,
    context: int = 60,
) -> list[dict[str, Any]]:
    """Every stored mention of one entity: the same label and the same identity (`place_id` or
    `id` in attrs when the entity has one, else the same folded text). Newest articles first;
    each row has article id, title, published, start, end, text and `context` (the text around
    the mention, `context` characters each side; offsets are code points, as SQLite's substr)."""
    attrs = attrs or {}
    key = next((k for k in IDENTITY_KEYS if attrs.get(k)), None)
    if key is not None:
        cond, arg = f"json_extract(e.attrs, '$.{key}') = ?", attrs[key]
    else:
        if not text.strip():
            return []
        db.conn.create_function("marsad_fold", 1, fold_for_search, deterministic=True)
        cond, arg = "marsad_fold(e.text) = ?", fold_for_search(text)
    sql = f"""
        SELECT e.article_id, a.title, a.published, e."start", e."end", e.text,
               substr(a.text, max(1, e."start" + 1 - :ctx), e."end" - e."start" + :ctx
                      + min(:ctx, e."start")) AS context,
               max(0, e."start" - :ctx) AS context_start
        FROM entities e JOIN articles a ON a.id = e.article_id
        WHERE e.label = :label AND {cond.replace('?', ':arg')}
        ORDER BY a.published IS NULL, a.published DESC, e.article_id DESC, e."start"
        LIMIT :limit
    """
    return list(db.query(sql, {"ctx": int(context), "label": label, "arg": arg, "limit": int(limit)}))


# -- user highlights that survive edits of offsets ---------------------------------------------


def reanchor(text: str, start: int, end: int, quote: str, radius: int = 2000) -> tuple[int, int] | None:
    """Where a highlight of `quote` made at (start, end) sits in `text` now.

    The offsets win when the text there is still the quote; otherwise the occurrence of the
    quote nearest to the old start within `radius` characters is taken (an article re-imported
    with a changed heading shifts everything by a few characters). None: the quote is gone.
    """
    if not quote:
        return (start, end) if 0 <= start < end <= len(text) else None
    if text[start:end] == quote:
        return start, end
    lo = max(0, start - radius)
    hi = min(len(text), start + radius + len(quote))
    best: int | None = None
    pos = text.find(quote, lo, hi)
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(quote, pos + 1, hi)
    return None if best is None else (best, best + len(quote))


def list_anchored_highlights(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    """The article's highlights with offsets checked against the text (`reanchor`). Each row
    has `anchored` False when its quote can no longer be found (offsets left as stored)."""
    row = db.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    text = "" if row is None else str(row[0])
    out: list[dict[str, Any]] = []
    for h in db.query(
        'SELECT id, article_id, "start", "end", quote, color, note, created_at, updated_at '
        'FROM highlights WHERE article_id = ? ORDER BY "start", id',
        [article_id],
    ):
        found = reanchor(text, int(h["start"]), int(h["end"]), h["quote"] or "")
        h["anchored"] = found is not None
        if found is not None:
            h["start"], h["end"] = found
        out.append(h)
    out.sort(key=lambda h: (h["start"], h["id"]))
    return out


# -- the analyst's stored override of one incident ---------------------------------------------


def override_data(db: sqlite_utils.Database, override_id: int) -> dict[str, Any]:
    """The raw `data` of an incident override: what the analyst set, before merging (get_incidents
    returns merged incidents, where a rejected incident no longer shows the edits kept for undo)."""
    row = db.conn.execute("SELECT data FROM incident_overrides WHERE id = ?", (override_id,)).fetchone()
    if row is None:
        raise KeyError(f"no incident override with id {override_id}")
    return dict(json.loads(row[0] or "{}"))
