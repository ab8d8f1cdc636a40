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
    entities: list[dict[str, Any]] = field(default_factory=list)
    incidents: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    analysed_now: bool = False  # True when the pipeline ran because the store had no analysis
    analysis_error: str = ""  # the pipeline failed: the text is still shown, without highlights


def list_articles(db: Any) -> list[dict[str, Any]]:
    from core import store

    return list(store.list_articles(db))


def seed_if_empty(db: Any) -> int:
    """Import the bundled sample on first start; returns how many articles were added."""
    from core.ingest import importer

    return int(importer.seed_samples(db))


def load_article(db: Any, article_id: Any, should_cancel: Callable[[], bool] = lambda: False) -> ArticleView:
    """The article with its stored analysis; (re-)analyses it first when the store has none or
    one made by an older analyzer version, and saves the result."""
    from core import store
    from core.pipeline import ANALYZER_VERSION

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
        summary=art.get("summary") or {},
    )
    if art.get("analyzer_version") != ANALYZER_VERSION and not should_cancel():
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
    return view


def analyze_and_store(db: Any, article_id: Any, text: str, published: str | None, title: str) -> dict[str, Any]:
    """Run the pipeline on one article and save its entities, incidents and summary."""
    from core import store
    from core.pipeline import analyze

    result = analyze(text, published, title).to_dict()
    store.save_analysis(db, article_id, result)
    return result


@dataclass(slots=True)
class ImportOutcome:
    """The importer's report plus the ids to open: new articles, or the stored copies of files
    that were already in the library (so "open this file" works the second time too)."""

    report: Any
    ids: list[int]


def import_files(
    db: Any,
    paths: Sequence[str],
    on_progress: Callable[[int, int, str], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportOutcome:
    """Import files (analysing them) and find the articles they correspond to."""
    from core.ingest import importer

    report = importer.import_paths(db, list(paths), analyze=True, on_progress=on_progress, should_cancel=should_cancel)
    ids = list(report.added_ids)
    if not ids and report.duplicates and not report.cancelled:
        ids = _stored_ids(db, paths)
    return ImportOutcome(report, ids)


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
