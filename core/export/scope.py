"""What an export covers: the current article, chosen articles, a search, or the whole corpus.

The CLI and the GUI's Export dialog both ask for a scope here, so "which incidents leave the
program" is decided in one place: analyst edits already merged by the store, rejected incidents
left out unless asked for, and one incident reported by several articles exported once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from core.export.corroboration import group_corroborations

# The store's search has a limit; an export of a search means every hit.
_ALL_HITS = 10_000_000


class ExportError(Exception):
    """A scope or output that cannot be exported (unknown article, existing file, …).

    `str()` is the CLI's English. `code` names a file that cannot be written for an interface that
    words it itself ("export_exists", "export_is_folder", "export_parent_is_file",
    "export_cannot_write"), or an article that is not there ("no_such_article", params "ids");
    "" for the others; `params` the values its wording needs."""

    def __init__(self, message: str, *, code: str = "", params: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})


# Why an export counts nothing (NothingReason.code). The reason is decided here, once, for the CLI
# and the GUI's Export dialog; each words it in its own language, with its own way on.
NO_ARTICLES = "no_articles"  # the library (the scope) has no article
NO_MATCH = "no_match"  # a search (the GUI: the library's search and filters) shows no article
NO_ANNOTATIONS = "no_annotations"  # notes-*: no highlight or note in the articles
NO_INCIDENTS = "no_incidents"  # no incident was found in the articles
ALL_REJECTED = "all_rejected"  # the analyst rejected every incident (`incidents` of them)
NO_COORDINATES = "no_coordinates"  # geojson/kml: none of the `incidents` has coordinates
NOT_WRITTEN = "not_written"  # anything else the writer counted nothing of
GEO_FORMATS = frozenset({"geojson", "kml"})


@dataclass(frozen=True, slots=True)
class NothingReason:
    """Why an export of a scope counts nothing: `code` (above), `articles` in the scope,
    `incidents` the code is about (the rejected ones, or those without coordinates)."""

    code: str
    articles: int = 0
    incidents: int = 0


class NothingToExport(ExportError):
    """`write_export(…, allow_empty=False)` found nothing to write; no file was written.
    `reason` says why (`why_nothing`), for the interface to word."""

    def __init__(self, reason: NothingReason) -> None:
        super().__init__(f"nothing to export ({reason.code})")
        self.reason = reason


@dataclass(slots=True)
class ArticleBundle:
    """One article of the scope with everything the exports read about it.

    `article` has no `text` (exports never reproduce the article), but each incident gets
    `evidence_text`, the quoted evidence, and `figures_text`, the words its figures (killed,
    injured, captured) come from, so a reader of the export can check them.
    """

    article: dict[str, Any]
    incidents: list[dict[str, Any]]
    highlights: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class ExportIncident:
    """An incident as exported: its article, its stable number there, and other reports of it.

    For a corroborated incident `incident` is the representative report carrying the group's
    figures (the lowest reported, see corroboration.py); `reported` then keeps that report as its
    article gave it, so `reports` lists every report with its own figures.
    """

    article: dict[str, Any]
    incident: dict[str, Any]
    number: int | str
    also_reported: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    reported: dict[str, Any] | None = None

    @property
    def reports(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """Every report of the incident as its article gave it, the representative first."""
        return [(self.article, self.reported or self.incident), *self.also_reported]


def collect_scope(
    db: Any,
    *,
    article_ids: Sequence[int] | None = None,
    query: str | None = None,
) -> Iterator[ArticleBundle]:
    """Yield the articles of a scope, one at a time, so a corpus export does not load everything.

    No ids and no query: the whole corpus. Ids and a query: the given articles that match it.
    An id that does not exist raises ExportError before anything is yielded.
    """
    from core import store

    if article_ids:
        ids = list(dict.fromkeys(int(i) for i in article_ids))
        missing = [i for i in ids if store.get_article(db, i) is None]
        if missing:
            ids_text = ", ".join(map(str, missing))
            raise ExportError("no article with id " + ids_text, code="no_such_article", params={"ids": ids_text})
        if query:
            hits = {h["id"] for h in store.search(db, query, limit=_ALL_HITS)}
            ids = [i for i in ids if i in hits]
    elif query:
        ids = [h["id"] for h in store.search(db, query, limit=_ALL_HITS)]
    else:
        ids = [a["id"] for a in store.list_articles(db, order="published asc")]
    for article_id in ids:
        bundle = load_bundle(db, article_id)
        if bundle is not None:
            yield bundle


def load_bundle(db: Any, article_id: int) -> ArticleBundle | None:
    """One article's export view (None if it vanished since the scope was listed)."""
    from core import store

    article = store.get_article(db, article_id)
    if article is None:
        return None
    text = article.pop("text", "") or ""
    for key in ("search_text", "title_search", "content_hash", "summary"):
        article.pop(key, None)
    incidents = [dict(inc) for inc in store.get_incidents(db, article_id)]
    decided = store.override_times(db, article_id)
    for inc in incidents:
        if inc.get("override_id") in decided:  # ACLED's `timestamp`: when the analyst last changed it
            inc["updated_at"] = decided[inc["override_id"]]
        for key in ("evidence", "figures"):  # `figures`: where its killed, injured, captured are told
            inc[f"{key}_text"] = _quotes(text, inc.get(key))
    if any(not (inc.get("location") or {}).get("country") for inc in incidents):
        # an analyst's incident with no place (or one the gazetteer does not know) is exported in
        # the country the article's analysis establishes, as the analyst's typed names are read
        from core.entities.place_names import article_context

        article["country"] = article_context(store.get_entities(db, article_id)).country
    highlights, notes = _annotations(db, article_id)
    return ArticleBundle(article, incidents, highlights, notes)


def _quotes(text: str, spans: Any) -> list[str]:
    """The article's words at each {"start", "end"} span (code points); spans off the text are left out."""
    return [text[sp["start"] : sp["end"]] for sp in spans or []
            if isinstance(sp, dict) and 0 <= sp.get("start", -1) <= sp.get("end", -1) <= len(text)]


def _annotations(db: Any, article_id: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Highlights and notes, if the store has them (the annotation layer may be absent)."""
    try:
        from core.store import annotations
    except ImportError:
        return [], []
    list_highlights = getattr(annotations, "list_highlights", None)
    list_notes = getattr(annotations, "list_notes", None)
    highlights = list(list_highlights(db, article_id)) if list_highlights else []
    notes = list(list_notes(db, article_id)) if list_notes else []
    return [dict(h) for h in highlights], [dict(n) for n in notes]


def export_incidents(
    bundles: Iterable[ArticleBundle], *, include_rejected: bool = False
) -> list[ExportIncident]:
    """The incidents to export, in article order, corroborating reports folded into one.

    An incident's number is its place among *all* of its article's incidents (or the store's
    `seq`), so its event id does not change when rejected incidents are shown or hidden.
    """
    from core.store.analyses import counts_as_incident

    records: list[ExportIncident] = []
    for bundle in bundles:
        for index, inc in enumerate(bundle.incidents, start=1):
            if not counts_as_incident(inc, include_rejected=include_rejected):
                continue  # the store's rule, which the library's counts and filters share
            records.append(ExportIncident(bundle.article, inc, incident_number(inc, index)))
    return group_corroborations(records)


def incident_number(inc: dict[str, Any], index: int) -> int | str:
    """Stable within an article: machine incidents by seq (from 1), analyst-added ones "a<id>"."""
    seq = inc.get("seq")
    if isinstance(seq, int):
        return seq + 1
    if inc.get("override_id") is not None:
        return f"a{inc['override_id']}"
    return index


@dataclass(slots=True)
class Selection:
    """Everything one export writes: the articles of the scope and their exported incidents."""

    bundles: list[ArticleBundle]
    incidents: list[ExportIncident]
    description: str = ""
    exported_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    include_rejected: bool = False

    @property
    def timestamp(self) -> int:
        return int(self.exported_at.timestamp())


def describe_scope(article_ids: Sequence[int] | None = None, query: str | None = None) -> str:
    """A one-line English description of a scope, written at the top of reports."""
    parts = []
    if article_ids:
        ids = list(dict.fromkeys(article_ids))
        parts.append(("article " if len(ids) == 1 else "articles ") + ", ".join(map(str, ids)))
    if query:
        parts.append(f"search “{query}”")
    return "; ".join(parts) or "whole corpus"


def select(
    db: Any,
    *,
    article_ids: Sequence[int] | None = None,
    query: str | None = None,
    include_rejected: bool = False,
) -> Selection:
    """Collect a scope and decide its incidents: the one call the CLI and GUI make before writing."""
    bundles = list(collect_scope(db, article_ids=article_ids, query=query))
    return selection_from_bundles(
        bundles, description=describe_scope(article_ids, query), include_rejected=include_rejected
    )


def why_nothing(selection: Selection, kind: str, fmt: str, *, searched: bool = False) -> NothingReason:
    """Why exporting `selection` as `fmt` (whose writer counts `kind`: "incidents" or
    "annotations") writes nothing. `searched`: the scope was a search, so no article means no match."""
    articles = len(selection.bundles)
    if not articles:
        return NothingReason(NO_MATCH if searched else NO_ARTICLES)
    if kind == "annotations":
        return NothingReason(NO_ANNOTATIONS, articles)
    if not any(bundle.incidents for bundle in selection.bundles):
        return NothingReason(NO_INCIDENTS, articles)
    if not selection.incidents:
        return NothingReason(ALL_REJECTED, articles, len(export_incidents(selection.bundles, include_rejected=True)))
    if fmt in GEO_FORMATS:
        return NothingReason(NO_COORDINATES, articles, len(selection.incidents))
    return NothingReason(NOT_WRITTEN, articles)


def selection_from_bundles(
    bundles: list[ArticleBundle], *, description: str = "", include_rejected: bool = False
) -> Selection:
    incidents = export_incidents(bundles, include_rejected=include_rejected)
    return Selection(bundles, incidents, description, include_rejected=include_rejected)
