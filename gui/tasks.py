"""The work behind each GUI action, as plain functions of a database (run by gui.ops on a worker).

No Qt here, no widgets: each function takes the worker's own connection, calls `core`, and
returns plain data for a success callback. Keeping them apart from the widgets lets the main
window's slots stay a few lines long and lets tests call them directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ArticleView:
    """Everything the reader and the incidents pane show for one article."""

    id: Any
    title: str
    text: str
    source: str = ""
    url: str = ""
    published: str | None = None
    date_origin: str | None = None  # "metadata", "text" (its dateline), "user"; None while undated
    entities: list[dict[str, Any]] = field(default_factory=list)
    incidents: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    analysed_now: bool = False  # True when the pipeline ran because the store had no analysis
    analysis_error: str = ""  # the pipeline failed: the text is still shown, without highlights
    # stored unanalysed for its length (the importer's limit): shown as text, not analysed on opening
    too_long: bool = False
    highlights: list[dict[str, Any]] = field(default_factory=list)  # the analyst's, re-anchored
    notes: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    starred: bool = False
    read: bool = False
    # {incident key: reports of the same incident in other articles} (core.store.corroborations)
    corroborations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    search_hits: list[tuple[int, int]] = field(default_factory=list)  # the library search's hits in the text


def list_articles(db: Any) -> list[dict[str, Any]]:
    from core import store

    return list(store.list_articles(db))


def seed_if_empty(db: Any) -> int:
    """Import the bundled sample on first start; returns how many articles were added."""
    from core.ingest import importer

    return int(importer.seed_samples(db))


def load_article(db: Any, article_id: Any, should_cancel: Callable[[], bool] = lambda: False,
                 search: str = "") -> ArticleView:
    """The article with its stored analysis; (re-)analyses it first when the store has none or
    one made by an older analyzer version, and saves the result. With `search` (the library's
    search box), where its words are in the text."""
    from core import store
    from core.pipeline import ANALYZER_VERSION
    from core.ingest.parallel import too_long_to_analyse
    from core.text.transliterate import spell_ahead

    art = store.get_article(db, article_id)
    if art is None:
        raise LookupError(f"article {article_id} is not in the library")
    view = ArticleView(
        id=art["id"],
        title=art.get("title") or "",
        text=art.get("text") or "",
        source=art.get("source") or "",
        url=art.get("url") or "",
        published=art.get("published"),
        date_origin=art.get("date_origin"),
        summary=art.get("summary") or {},
        starred=bool(art.get("starred")),
        read=True,  # opening an article reads it (stored below)
    )
    read_only = store.is_read_only(db)  # then the stored analysis is shown as it is
    # An article the importer stored unanalysed for its length is not analysed here either: on the
    # GUI's one article thread that took minutes, the reader left on "Opening…" all the while.
    stale = art.get("analyzer_version") != ANALYZER_VERSION
    view.too_long = stale and too_long_to_analyse(view.text) is not None
    if stale and not read_only and not should_cancel() and not view.too_long:
        try:
            result = analyze_and_store(db, view.id, view.text, view.published, view.title)
        except Exception as exc:  # noqa: BLE001 - a broken analyzer must not hide the article
            log.exception("analysis of article %s failed", view.id)
            view.analysis_error = f"{type(exc).__name__}: {exc}"
        else:
            view.summary = result.get("summary") or {}
            view.analysed_now = True
    view.entities = list(store.get_entities(db, view.id))
    view.incidents = list(store.get_incidents(db, view.id))  # with the analyst's overrides applied
    spell_ahead(view.incidents)  # names the English interface spells: the gazetteer loads here, not on the GUI thread
    view.corroborations = corroborations(db, view.id)
    if search.strip():
        from core.store.search import hit_spans

        view.search_hits = hit_spans(view.text, search)
    _load_annotations(db, view)
    if not art.get("read") and not read_only:
        try:  # best effort: a flag must never keep the analyst from reading
            store.set_read(db, view.id, True)
        except (store.StoreError, store.DatabaseError) as exc:
            log.warning("could not mark article %s read: %s", view.id, exc)
    return view


def corroborations(db: Any, article_id: Any) -> dict[str, list[dict[str, Any]]]:
    """Other articles' reports of each of the article's incidents (read again after a correction)."""
    from core.store.corroborations import corroborating_reports

    return corroborating_reports(db, int(article_id))


def _load_annotations(db: Any, view: ArticleView) -> None:
    from core import store
    from core.store.library import list_anchored_highlights

    view.highlights = list_anchored_highlights(db, view.id)
    view.notes = list(store.list_notes(db, view.id))
    view.tags = list(store.list_tags(db, view.id))


def analyze_and_store(db: Any, article_id: Any, text: str, published: str | None, title: str) -> dict[str, Any]:
    """Run the pipeline on one article (with the analyst's entity decisions) and save its
    entities, incidents and summary (`core.ingest.importer.analyze_article`, imported when first
    needed: the pipeline is no start-up cost)."""
    from core.ingest.importer import analyze_article

    return analyze_article(db, article_id, text, published, title)


@dataclass(slots=True)
class ImportOutcome:
    """The importer's report plus the ids to open: new articles, or the stored copies of files
    that were already in the library (so "open this file" works the second time too)."""

    report: Any
    ids: list[int]


class ImportStopped(Exception):
    """A storage failure (`cause`: a full disk, a lock held past the timeout) stopped an import
    after `saved` articles had been stored — whole batches, each one transaction — which a second
    import of the same files skips as duplicates."""

    def __init__(self, cause: BaseException, saved: int) -> None:
        super().__init__(str(cause))
        self.cause, self.saved = cause, saved

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (ImportStopped, (self.cause, self.saved))  # a worker's error crosses to the window whole


def import_files(
    db: Any,
    paths: Sequence[str],
    on_progress: Callable[[int, int, str], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportOutcome:
    """Import files (analysing them) and find the articles they correspond to. The articles are
    counted first (reading is quick next to analysing), so progress has a total. A database
    opened read-only is refused first (ReadOnlyError, shown by the window), before any counting."""
    from core.ingest import importer
    from core.store import DatabaseError, StoreError, articles_added_since, check_writable, count_articles

    check_writable(db)
    progress = on_progress
    if on_progress is not None:
        on_progress(0, None, "")
        total = importer.count_articles_in(paths, should_cancel)
        if total:
            progress = lambda done, _unknown, message: on_progress(min(done, total), total,  # noqa: E731
                                                                   import_progress_text(message))
        else:
            progress = lambda done, unknown, message: on_progress(done, unknown, import_progress_text(message))  # noqa: E731
    before = count_articles(db)
    try:
        report = importer.import_paths(db, list(paths), analyze=True, on_progress=progress, should_cancel=should_cancel)
    except (StoreError, DatabaseError) as exc:  # a full disk, a lock held past the timeout, damage
        raise ImportStopped(exc, max(0, articles_added_since(db, before) or 0)) from exc
    ids = list(report.added_ids)
    if not ids and report.duplicates and not report.cancelled:
        ids = _stored_ids(db, paths)
    return ImportOutcome(report, ids)


def import_text(db: Any, text: str) -> ImportOutcome:
    """Import pasted text as one article (analysed); its id, or the stored copy's when the text is
    already in the library."""
    from core.ingest import importer

    report = importer.import_text(db, text)
    ids = list(report.added_ids) or [d.stored_id for d in report.skipped if d.stored_id is not None]
    return ImportOutcome(report, ids)


def import_progress_text(message: str) -> str:
    """The importer's progress message in the interface's language (core words it in English for
    the CLI; its ProgressNote's code and params say what it is); others as written."""
    from PySide6.QtCore import QCoreApplication

    from gui.bidi import isolate_auto, isolate_path

    code, params = getattr(message, "code", ""), getattr(message, "params", {})
    tr = QCoreApplication.translate  # thread-safe: progress is reported from the import's thread
    if code == "reading":
        return tr("ImportProgress", "reading %1").replace("%1", isolate_path(params.get("path", "")))
    if code == "read":
        return (tr("ImportProgress", "%1 articles read, %2 new")
                .replace("%1", params.get("done", "")).replace("%2", params.get("added", "")))
    if code == "analysing":
        return tr("ImportProgress", "analysing: %1").replace("%1", isolate_auto(params.get("title", "")))
    return str(message)


def _stored_ids(db: Any, paths: Sequence[str]) -> list[int]:
    """Ids of already-stored articles with the same content as the files' articles."""
    from core.ingest.model import ArticleIn
    from core.ingest.readers import read_path
    from core.store.articles import content_hash, find_by_hash

    ids: list[int] = []
    for path in paths:
        for item in read_path(path):
            if isinstance(item, ArticleIn):
                found = find_by_hash(db, content_hash(item.text))
                if found is not None and found not in ids:
                    ids.append(found)
    return ids


# -- the library ---------------------------------------------------------------------------------


@dataclass(slots=True)
class LibraryPage:
    """One page of library rows for query generation `generation` (stale pages are dropped)."""

    generation: int
    offset: int
    rows: list[dict[str, Any]]
    total: int = -1  # matching articles; only counted with the first page
    corpus: int = -1  # all articles, ditto


def library_page(db: Any, query: Any, generation: int, offset: int, limit: int) -> LibraryPage:
    from core import store
    from core.store.library import count_matching, query_articles

    rows = query_articles(db, query, limit=limit, offset=offset)
    page = LibraryPage(generation, offset, rows)
    if offset == 0:
        page.total = count_matching(db, query)
        page.corpus = store.count_articles(db)
    return page


def library_facets(db: Any) -> dict[str, list[str]]:
    from core.store.library import facets
    from core.text.transliterate import spell_ahead

    found = facets(db)
    spell_ahead(names=found.get("governorates") or ())  # spelled in English: here, not on the GUI thread
    return found


def entity_mentions(db: Any, label: str, text: str, attrs: dict[str, Any]) -> list[dict[str, Any]]:
    from core.store.library import entity_mentions as query

    return query(db, label, text=text, attrs=attrs)


# -- incidents: the analyst's corrections -----------------------------------------------------------


def load_incidents(db: Any, article_id: Any) -> list[dict[str, Any]]:
    from core import store
    from core.text.transliterate import spell_ahead

    incidents = list(store.get_incidents(db, article_id))
    spell_ahead(incidents)  # the names the table spells in Latin letters: spelled here, off the GUI thread
    return incidents


def edit_incident(db: Any, article_id: Any, incident: dict[str, Any], changes: dict[str, Any]) -> list[dict[str, Any]]:
    """Store the analyst's changes of one incident (machine or added); returns the article's incidents."""
    from core import store
    from core.store.library import override_data
    from gui.incidents.corrections import edited_data

    context = article_place_context(db, article_id)
    changes = resolve_names(changes, context, context.country)
    for key in ("actor1", "actor2"):  # another spelling of the same actor («الحوثيين» for «الحوثيون») is no correction
        if key in changes and _same_actor(incident.get(key), changes[key]):
            del changes[key]
    if not changes:
        return load_incidents(db, article_id)
    override_id = incident.get("override_id")
    if incident.get("seq") is None:  # analyst-added: its body is replaced
        stored = override_data(db, override_id) if override_id else {}
        store.update_added_incident(db, override_id, _described({**stored, **changes}))
    else:
        stored = override_data(db, override_id) if override_id else {}
        data = edited_data(stored, changes)
        if incident.get("analyst_status") == "confirmed":
            data["analyst_confirmed"] = True
        for key, assoc in (("actor1", "assoc_actor_1"), ("actor2", "assoc_actor_2")):
            if key in changes:  # the machine's associates were the replaced actor's
                data[assoc] = []
        # the summary told of the edited incident, not the machine's (it is no analyst field:
        # a Restore that drops the edit brings the machine's summary back with its fields)
        described = _described({**incident, **data})
        data["summary_en"], data["summary_ar"] = described["summary_en"], described["summary_ar"]
        status = "rejected" if incident.get("analyst_status") == "rejected" else "edited"
        store.set_incident_override(db, article_id, incident["seq"], status, data)
    return load_incidents(db, article_id)


def _described(incident: dict[str, Any]) -> dict[str, Any]:
    """The incident with its one-line summaries made from its own (edited) fields."""
    from core.incidents.summary import describe_dict

    en, ar = describe_dict(incident)
    return {**incident, "summary_en": en, "summary_ar": ar}


def decide_incident(db: Any, article_id: Any, incident: dict[str, Any], decision: str) -> list[dict[str, Any]]:
    """confirm | reject | restore one incident; the analyst's edits are kept through confirming,
    rejecting and restoring (rejecting and restoring an edited incident gives back the edits,
    restoring a confirmed edit unconfirms it); restoring an edited incident drops the edit, so the
    machine's values show again. Rejecting an incident the analyst added deletes it (the panel
    asks first). An orphan (its incident no longer found) keeps what it kept through every decision;
    restoring one that is not counted (`superseded`) makes it the analyst's own added incident, unless
    it was rejected: then Restore takes back the rejection only, and it stays uncounted."""
    from core import store
    from core.store.library import override_data

    override_id = incident.get("override_id")
    stored = override_data(db, override_id) if override_id else {}
    edited = bool(stored.get("analyst_fields"))
    seq = incident.get("seq")
    if seq is None:
        if decision == "reject" and override_id:
            store.delete_incident_override(db, override_id)
        elif decision == "confirm" and override_id:
            store.update_added_incident(db, override_id, {**stored, "analyst_confirmed": True})
        return load_incidents(db, article_id)
    if decision == "confirm":
        if edited:
            store.set_incident_override(db, article_id, seq, "edited", {**stored, "analyst_confirmed": True})
        else:  # an orphan's data is all it kept of its incident: confirming keeps it
            store.set_incident_override(db, article_id, seq, "confirmed", stored if incident.get("orphaned") else {})
    elif decision == "reject":
        store.set_incident_override(db, article_id, seq, "rejected", stored)
    elif decision == "restore" and incident.get("orphaned") and incident.get("superseded") and override_id \
            and incident.get("analyst_status") != "rejected":
        # its event is counted once, in an incident another decision holds: Restore counts it again,
        # as the analyst's own incident (a rejected one only has its rejection taken back below: the
        # incident now telling its event may be the machine's, untouched, and counts already)
        store.keep_orphan(db, override_id)
    elif decision == "restore" and incident.get("orphaned"):
        # no machine incident is left to return to (a re-analysis no longer finds it): Restore only
        # takes back a confirmation or a rejection, it never deletes what the analyst kept
        stored.pop("analyst_confirmed", None)
        store.set_incident_override(db, article_id, seq, "edited", stored)
    elif decision == "restore":
        if incident.get("analyst_status") == "edited" and not stored.get("analyst_confirmed") and override_id:
            store.delete_incident_override(db, override_id)  # drop the edit: the machine's values again
        elif edited:
            stored.pop("analyst_confirmed", None)
            store.set_incident_override(db, article_id, seq, "edited", stored)
        elif override_id:
            store.delete_incident_override(db, override_id)
    else:
        raise ValueError(f"unknown decision {decision!r}")
    return load_incidents(db, article_id)


def add_incident(db: Any, article_id: Any, data: dict[str, Any]) -> list[dict[str, Any]]:
    from core import store

    context = article_place_context(db, article_id)
    store.set_incident_override(db, article_id, None, "added", _described(resolve_names(data, context, context.country)))
    return load_incidents(db, article_id)


def resolve_names(values: dict[str, Any], governorates: Any = (), country: str = "") -> dict[str, Any]:
    """Canonical names for typed places and actors. A typed place is looked up in the gazetteer
    (its homonym in the governorate the analyst typed, else as the article's context orders them:
    `governorates` is its `PlaceContext`, or only its governorates, the most named first); a name the gazetteer does not hold is run through the entity recognisers
    («مستشفى النجار»), and one they do not know either is placed at its governorate. Actors go
    through the lexicons with the article's `country` («المدنيين» in a Yemeni article is
    "Civilians (Yemen)", as the machine reads it there), then the recognisers; their reading
    (names, actor type) replaces the bare name when one covers it. Unknown names stay as typed."""
    from core.entities.place_names import fits_governorate, resolve_governorate, resolve_place
    from core.text.transliterate import arabic_admin1
    from gui.incidents.corrections import actor_from_name, place_from_name

    out = dict(values)
    place = out.get("location")
    if isinstance(place, dict) and not place.get("place_id") and place.get("text"):
        admin1 = arabic_admin1(place)
        found = _quietly(resolve_place, place["text"], admin1, governorates)
        if found and _through_a_letter_after_the_article(place["text"]):
            found = None
        found = found or _recognised(f"في {place['text']}", ("LOCATION",), prefix=3)
        if found and admin1 and not fits_governorate(found, admin1):
            found = None  # a village of that name elsewhere: the typed governorate wins
        if not found and admin1:
            region = _quietly(resolve_governorate, admin1)
            found = region and {k: region[k] for k in ("admin1_ar", "admin1_en", "country", "iso", "lat", "lon",
                                                       "geo_precision")}
        out["location"] = place_from_name(place["text"], place.get("admin1_ar") or "", found)
    for key in ("actor1", "actor2"):
        actor = out.get(key)
        if isinstance(actor, dict) and actor.get("text") and not actor.get("actor_type"):
            out[key] = actor_from_name(actor["text"], _lexicon_actor(actor["text"], country)
                                       or _recognised(actor["text"], ("ARMED_ACTOR", "ORGANIZATION")))
    return out


def _through_a_letter_after_the_article(name: str) -> bool:
    """Whether the gazetteer can only have read a typed one-word place name beginning with the
    article by taking off the article and then a letter after it as a proclitic: «الكسارة» was
    read «كسارة» (no such place), then «سارة» after a «ك» ("like") — Sarh, a village of Ibb, for a
    front of Marib. A proclitic never follows the article, so no place is read from it (the name is
    then given to the recognisers, or placed at its governorate, as an unknown name is)."""
    from core.entities.gazetteer import Gazetteer, normalized

    key = normalized(name)
    if " " in key or not key.startswith("ال") or len(key) < 4:
        return False
    try:
        gaz = Gazetteer.load()
        return not (gaz.has_key(key) or gaz.has_key(key[2:]))
    except Exception:  # noqa: BLE001 - a convenience: the gazetteer's reading is kept
        log.exception("could not look up %r", name)
        return False


def _same_actor(shown: Any, typed: Any) -> bool:
    """The typed actor is the one the incident shows: both read by the lexicons to the same canonical
    name (an unknown typed name has none, so it always counts as a change)."""
    if not isinstance(shown, dict) or not isinstance(typed, dict) or not typed.get("actor_type"):
        return False
    for key in ("name_en", "name_ar"):  # the English name first: it carries the country («Civilians (Iraq)»)
        if shown.get(key) and typed.get(key):
            return bool(shown[key] == typed[key])
    return False


def _lexicon_actor(name: str, country: str) -> dict[str, Any] | None:
    """The lexicons' actor or organisation called `name` in an article about `country`."""
    from core.entities.lexicon import lookup_name

    try:
        found = lookup_name(name, country)
    except Exception:  # noqa: BLE001 - resolving is a convenience; the typed name is kept
        log.exception("could not look up %r", name)
        return None
    return found[1] if found and found[0] in ("ARMED_ACTOR", "ORGANIZATION") else None


def _quietly(lookup: Callable[..., dict[str, Any] | None], *args: Any) -> dict[str, Any] | None:
    try:
        return lookup(*args)
    except Exception:  # noqa: BLE001 - resolving is a convenience; the typed name is kept
        log.exception("could not look up %r", args)
        return None


def article_place_context(db: Any, article_id: Any) -> Any:
    """The article's `PlaceContext` (`place_names.article_context`): the places it names, its
    governorates (English, the most named first) and its country (a local actor of a known country
    counts twice, a place once), where a typed or marked place is looked for first and in whose
    country typed actor names are read."""
    from core import store
    from core.entities.place_names import article_context

    return article_context(store.get_entities(db, article_id), store.get_incidents(db, article_id))


def _recognised(text: str, labels: tuple[str, ...], prefix: int = 0) -> dict[str, Any] | None:
    """attrs of the entity that covers the whole name in `text` (after `prefix` characters)."""
    from core.pipeline import analyze

    try:
        entities = analyze(text, None).to_dict()["entities"]
    except Exception:  # noqa: BLE001 - resolving is a convenience; the typed name is kept
        log.exception("could not resolve %r", text)
        return None
    for ent in entities:
        if ent["label"] in labels and ent["start"] <= prefix and ent["end"] >= len(text.rstrip()):
            return dict(ent.get("attrs") or {})
    return None


# -- entities: the analyst's corrections ---------------------------------------------------------

@dataclass(slots=True)
class EntitiesCorrected:
    """The open article after an entity decision and its re-analysis."""

    article_id: Any
    entities: list[dict[str, Any]]
    incidents: list[dict[str, Any]]
    summary: dict[str, Any]
    corrections: list[dict[str, Any]] = field(default_factory=list)  # the article's decisions now


def mark_entity(db: Any, article_id: Any, start: int, end: int, label: str,
                attrs: dict[str, Any] | None = None) -> EntitiesCorrected:
    """Store the analyst's span [start, end) as `label` and re-analyse the article. A LOCATION
    given no attrs is looked up in the gazetteer as the incident editor does (the homonym in the
    article's governorates first); a name it does not know stays a bare place."""
    from core import store
    from core.entities.place_names import resolve_place

    art = _article(db, article_id)
    if attrs is None and label == "LOCATION":
        attrs = _quietly(resolve_place, art["text"][start:end], "", article_place_context(db, article_id)) or {}
    store.add_entity(db, article_id, start, end, label, attrs or None)
    return _reanalysed(db, art)


def place_choices(db: Any, article_id: Any, start: int, end: int) -> list[dict[str, Any]]:
    """The gazetteer's places called like the words [start, end), likeliest first in the article's
    context (its places, governorates and country first)."""
    from core.entities.place_names import place_choices as lookup

    text = _article(db, article_id)["text"][start:end]
    try:
        return lookup(text, article_place_context(db, article_id))
    except Exception:  # noqa: BLE001 - a lookup is a convenience: the place is then marked bare
        log.exception("could not look up %r", text)
        return []


def places_named(db: Any, article_id: Any, name: str) -> list[dict[str, Any]]:
    """The gazetteer's places called `name` (a place typed in the incident editor), likeliest first
    in the article's context, as `place_choices` finds them for marked words."""
    from core.entities.place_names import place_choices as lookup

    if _through_a_letter_after_the_article(name):  # «الكسارة» is not «سارة» after a «ك»
        return []
    try:
        return lookup(name, article_place_context(db, article_id))
    except Exception:  # noqa: BLE001 - a lookup is a convenience: the governorate is then typed
        log.exception("could not look up %r", name)
        return []


def unmark_entity(db: Any, article_id: Any, start: int, end: int, label: str, source: str) -> EntitiesCorrected:
    """Remove an entity: the analyst's own span is taken back, a machine span is removed for good
    (a decision that survives re-analysis). Then the article is re-analysed."""
    from core import store

    art = _article(db, article_id)
    if source == "user":
        store.clear_entity_correction(db, article_id, start, end, label)
    else:
        store.remove_entity(db, article_id, start, end, label)
    return _reanalysed(db, art)


def entity_corrections(db: Any, article_id: Any) -> list[dict[str, Any]]:
    """The analyst's entity decisions on the article (`store.list_entity_corrections`), by offset."""
    from core import store

    _article(db, article_id)
    return store.list_entity_corrections(db, article_id)


def undo_entity_corrections(db: Any, article_id: Any, keys: Sequence[tuple[int, int, str]] | None) -> EntitiesCorrected:
    """Take back the decisions `keys` ((start, end, label) each; None: all of the article's), so
    the analyzer's own reading shows again, and re-analyse the article."""
    from core import store

    art = _article(db, article_id)
    if keys is None:
        store.clear_entity_corrections(db, article_id)
    else:
        for start, end, label in keys:
            store.clear_entity_correction(db, article_id, int(start), int(end), str(label))
    return _reanalysed(db, art)


def _article(db: Any, article_id: Any) -> dict[str, Any]:
    from core import store

    art = store.get_article(db, article_id)
    if art is None:
        raise LookupError(f"article {article_id} is not in the library")
    return art


def _reanalysed(db: Any, art: dict[str, Any]) -> EntitiesCorrected:
    from core import store

    result = analyze_and_store(db, art["id"], art.get("text") or "", art.get("published"), art.get("title") or "")
    return EntitiesCorrected(art["id"], list(store.get_entities(db, art["id"])), list(store.get_incidents(db, art["id"])),
                             result.get("summary") or {}, store.list_entity_corrections(db, art["id"]))


def analysed_again(db: Any, article_id: Any) -> EntitiesCorrected:
    """The article analysed again with its entity decisions, title and date as stored now (after
    Edit › Undo put one of them back)."""
    return _reanalysed(db, _article(db, article_id))


# -- Article details…: title, date, source -------------------------------------------------------

@dataclass(slots=True)
class DetailsSaved:
    """An article's details as saved (`store.update_details`'s row) and, when its title or date
    changed, its analysis made again (None when only the source changed)."""

    article_id: Any
    details: dict[str, Any]
    analysis: EntitiesCorrected | None = None


def save_article_details(db: Any, article_id: Any, title: str, source: str, published: str | None) -> DetailsSaved:
    """Save the analyst's title, source and date (one transaction), then analyse the article again
    when the title or date changed: incident dates are anchored on the article's date."""
    from core import store

    details = store.update_details(db, int(article_id), title=title, source=source, published=published)
    analysis = _reanalysed(db, _article(db, article_id)) if details["reanalyse"] else None
    return DetailsSaved(article_id, details, analysis)


# -- Set date…: one date for several articles of the library ---------------------------------------

@dataclass(slots=True)
class DatesSet:
    """What Set date… did: the articles whose date changed (`store.set_dates`, one transaction),
    how many were analysed again so their incidents follow the new date, and whether the analyst
    stopped it (the rest keep their new date and count as outdated: Analyse outdated articles again…)."""

    published: str | None
    changed: list[int]
    analysed: int = 0
    cancelled: bool = False
    before: dict[int, Any] = field(default_factory=dict)  # the changed articles' details before and after
    after: dict[int, Any] = field(default_factory=dict)  # (core.store.undo "details"): Edit › Undo's step
    not_analysed: int = 0  # a cancelled job's changed articles still outdated (`_left_outdated`)


def set_dates(db: Any, article_ids: Sequence[Any], published: str | None,
              on_progress: Callable[[int, int, str], None] | None = None,
              should_cancel: Callable[[], bool] | None = None) -> DatesSet:
    """Give the articles one date, then analyse each one whose date changed again, as Analyse
    outdated articles again… does (`analyze_stored`: the analyst's entity decisions applied, an
    article too long to analyse automatically left alone, one whose analysis fails logged and left
    outdated): incident dates are anchored on the article's date. Progress after each article."""
    from core import store

    store.check_writable(db)
    ids = [int(i) for i in article_ids]
    # the date and its origin only (an Undo takes back nothing else), read in set_dates' own transaction
    changed, was = store.set_dates_keeping_old(db, ids, published)
    before, after = _dates_step(db, changed, was)
    outcome = DatesSet(published, changed, before=before, after=after)
    outcome.analysed, outcome.not_analysed = _analyse_again(db, changed, on_progress, should_cancel)
    outcome.cancelled = outcome.not_analysed > 0
    return outcome


def _analyse_again(db: Any, ids: list[int], on_progress: Callable[[int, int, str], None] | None,
                   should_cancel: Callable[[], bool] | None) -> tuple[int, int]:
    """Analyse `ids` again one by one, as Analyse outdated articles again… does (`analyze_stored`):
    (how many were analysed, how many a Cancel left outdated — `_left_outdated`). Nothing to do: (0, 0)."""
    from core.ingest.importer import analyze_stored

    if not ids:
        return 0, 0
    cancel = should_cancel or (lambda: False)
    analysed = analyze_stored(db, only_stale=False, article_ids=ids, on_progress=on_progress,
                              should_cancel=cancel, batch_size=1)
    return analysed, _left_outdated(db, ids, analysed, cancel)


def _left_outdated(db: Any, ids: list[int], analysed: int, cancel: Callable[[], bool]) -> int:
    """How many of `ids` (all marked outdated, `analysed` of them analysed again since) a Cancel left
    outdated: 0 when the job was not stopped. Counted as Analyse outdated articles again… counts
    (`outdated_among`): an article too long to analyse automatically, which `analyze_stored` leaves
    alone, is not one the analyst is told to analyse; one whose analysis failed is."""
    from core.ingest.importer import outdated_among

    if analysed >= len(ids) or not cancel():
        return 0
    return outdated_among(db, ids)


# -- the analyst's highlights, notes, tags and flags ---------------------------------------------


def add_highlight(db: Any, article_id: Any, start: int, end: int, color: str, note: str = "") -> list[dict[str, Any]]:
    from core import store
    from core.store.library import list_anchored_highlights

    store.add_highlight(db, article_id, start, end, color=color, note=note)
    return list_anchored_highlights(db, article_id)


def update_highlight(db: Any, article_id: Any, highlight_id: int, color: str | None, note: str | None) -> list[dict[str, Any]]:
    from core import store
    from core.store.library import list_anchored_highlights

    store.update_highlight(db, highlight_id, color=color, note=note)
    return list_anchored_highlights(db, article_id)


def delete_highlight(db: Any, article_id: Any, highlight_id: int) -> list[dict[str, Any]]:
    from core import store
    from core.store.library import list_anchored_highlights

    store.delete_highlight(db, highlight_id)
    return list_anchored_highlights(db, article_id)


def save_note(db: Any, article_id: Any, note_id: int | None, body: str) -> list[dict[str, Any]]:
    """Add (note_id None), change, or (empty body) delete an article note; returns the notes."""
    from core import store

    if note_id is None:
        if body.strip():
            store.add_note(db, article_id, body)
    elif body.strip():
        store.update_note(db, note_id, body)
    else:
        store.delete_note(db, note_id)
    return list(store.list_notes(db, article_id))


def set_tags(db: Any, article_id: Any, tags: Sequence[str]) -> list[str]:
    """Make the article's tags exactly `tags` (`store.set_tags`: one transaction, one step to undo)."""
    from core import store

    return store.set_tags(db, article_id, list(tags))


def set_flag(db: Any, article_id: Any, flag: str, value: bool) -> tuple[str, bool]:
    from core import store

    {"starred": store.set_starred, "read": store.set_read}[flag](db, article_id, value)
    return flag, value


# -- Analyse outdated articles again… ------------------------------------------------------------

def outdated_articles(db: Any) -> int:
    """How many articles this ANALYZER_VERSION has not analysed (an older one did, or none) and
    `reanalyze_outdated` would analyse (not those too long to analyse automatically)."""
    from core.ingest.importer import outdated_count

    return outdated_count(db)


def reanalyze_outdated(db: Any, on_progress: Callable[[int, int, str], None] | None = None,
                       should_cancel: Callable[[], bool] | None = None, article_ids: Any = None) -> int:
    """Analyse again the articles `outdated_articles` counts (of `article_ids` only, when given: the
    Export dialog's scope), keeping the analyst's work; how many."""
    from core.ingest.importer import analyze_stored
    from core.store import check_writable

    check_writable(db)
    return analyze_stored(db, on_progress=on_progress, should_cancel=should_cancel, article_ids=article_ids)


# -- Read dates from article text… ----------------------------------------------------------------

def dates_in_text(db: Any) -> Any:
    """What `read_dates` would do, storing nothing: the undated articles and those whose text
    states a date (core.ingest.redate's RedateReport, a dry run)."""
    from core.ingest.redate import date_undated

    return date_undated(db, dry_run=True)


def read_dates(db: Any, on_progress: Callable[[int, int, str], None] | None = None) -> DatesRead:
    """Date the undated articles from their dateline (origin "text"), then analyse each one dated
    again, as a correction of its date does (incident dates anchor on the article's date), through
    the importer's `analyze_stored` as Set date… does (`set_dates`). The report, with Edit › Undo's
    step of the dates (`_dates_step`)."""
    from core.ingest.importer import analyze_stored
    from core.ingest.redate import date_undated
    from core.store import check_writable

    check_writable(db)
    report = date_undated(db)
    dated = [int(d.id) for d in report.dated]
    # each was undated with no origin (core.store.date_from_text writes only such an article)
    outcome = DatesRead(report, *_dates_step(db, dated, dict.fromkeys(dated, (None, None))))
    if report.dated:
        analyze_stored(db, only_stale=False, article_ids=dated, on_progress=on_progress, batch_size=1)
    return outcome


@dataclass(slots=True)
class DatesRead:
    """What Read dates from article text… did (core.ingest.redate's report) and the dated articles'
    details before and after (core.store.undo "details"): Edit › Undo's step."""

    report: Any
    before: dict[int, Any]
    after: dict[int, Any]


# -- Edit › Undo of a library-wide edit -----------------------------------------------------------

def _dates_step(db: Any, changed: list[int], was: dict[int, tuple[Any, Any]]) -> tuple[dict[int, Any], dict[int, Any]]:
    """Edit › Undo's step of a library-wide date change (Set date…, Read dates…): each changed
    article's details now (after), and the same with the date and its origin it had (`was`: id ->
    (published, date_origin)) as before. Only the date is taken back: the details are read once,
    after the change, so a title or source the analyst saved on the other worker meanwhile (Article
    details… while the dates are read) is in both and an Undo keeps it."""
    from core.store.undo import read_parts

    after = read_parts(db, "details", changed)
    before = {i: {**after[i], "published": was[i][0], "date_origin": was[i][1]} for i in after}
    return before, after


@dataclass(slots=True)
class LibraryPutBack:
    """A library-wide step put back: the articles whose part came back (all of the step's, in one
    transaction), those of them to analyse again (their date or title changed back) and how many
    were, and whether the analyst stopped it."""

    changed: list[int]
    again: list[int] = field(default_factory=list)
    analysed: int = 0
    cancelled: bool = False
    not_analysed: int = 0  # of `again`, those a Cancel left outdated (`_left_outdated`)


def put_back_library(db: Any, part: str, values: dict[int, Any], expected: dict[int, Any],
                     on_progress: Callable[[int, int, str], None] | None = None,
                     should_cancel: Callable[[], bool] | None = None) -> LibraryPutBack:
    """Several articles' `part` made `values` again in one transaction, if every one is still
    `expected` (core.store.undo.ChangedSince if not: nothing is written); then those whose date or
    title came back are analysed again, as Set date… analyses them (their incidents' dates follow)."""
    from core.store import check_writable
    from core.store.undo import put_parts

    check_writable(db)
    again = put_parts(db, part, values, expected)
    outcome = LibraryPutBack(list(values), again)
    outcome.analysed, outcome.not_analysed = _analyse_again(db, again, on_progress, should_cancel)
    outcome.cancelled = outcome.not_analysed > 0
    return outcome
