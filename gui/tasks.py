"""The work behind each GUI action, as plain functions of a database (run by gui.ops on a worker).

No Qt here, no widgets: each function takes the worker's own connection, calls `core`, and
returns plain data for a success callback. Keeping them apart from the widgets lets the main
window's slots stay a few lines long and lets tests call them directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


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


def list_articles(db: Any) -> list[dict[str, Any]]:
    from core import store

    return list(store.list_articles(db))


def seed_if_empty(db: Any) -> int:
    """Import the bundled sample on first start; returns how many articles were added."""
    from core import store
    from core.ingest import importer

    if store.count_articles(db):
        return 0
    report = importer.seed_samples(db)
    return _count(getattr(report, "added", report))


def load_article(db: Any, article_id: Any, should_cancel: Callable[[], bool] = lambda: False) -> ArticleView:
    """The article with its stored analysis; analyses it first when the store has none."""
    from core import store

    art = store.get_article(db, article_id)
    if art is None:
        raise LookupError(f"article {article_id} is not in the library")
    view = ArticleView(
        id=art.get("id", article_id),
        title=art.get("title") or "",
        text=art.get("text") or "",
        source=art.get("source") or "",
        url=art.get("url") or "",
        published=art.get("published"),
        entities=list(store.get_entities(db, article_id)),
        incidents=list(store.get_incidents(db, article_id)),
    )
    if not _is_analysed(db, art, view) and not should_cancel():
        analysis = analyze_and_store(db, article_id, view.text, view.published, view.title)
        view.entities = analysis.get("entities", [])
        view.incidents = analysis.get("incidents", [])
        view.summary = analysis.get("summary", {})
        view.analysed_now = True
    return view


def analyze_and_store(db: Any, article_id: Any, text: str, published: str | None, title: str) -> dict[str, Any]:
    """Run the pipeline; save the result when the store offers a way to (it should)."""
    from core import store
    from core.pipeline import analyze

    analysis = analyze(text, published, title)
    save = getattr(store, "save_analysis", None)
    if save is not None:
        save(db, article_id, analysis)
    return analysis.to_dict()


def import_files(
    db: Any,
    paths: Sequence[str],
    on_progress: Callable[[int, int, str], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Any:
    """Import files (analysing them); returns the importer's ImportReport."""
    from core.ingest import importer

    return importer.import_paths(db, list(paths), analyze=True, on_progress=on_progress, should_cancel=should_cancel)


def added_ids(report: Any) -> list[Any]:
    """Ids of the articles an import added or found again, when the report carries them."""
    ids: list[Any] = []
    for attr in ("added_ids", "ids", "added", "duplicate_ids", "duplicates"):
        value = getattr(report, attr, None)
        if isinstance(value, (list, tuple)):
            ids.extend(v if not isinstance(v, dict) else v.get("id") for v in value)
    return [i for i in ids if i is not None and not isinstance(i, bool)]


def _count(value: Any) -> int:
    if isinstance(value, int):
        return value
    try:
        return len(value)
    except TypeError:
        return 0


def _is_analysed(db: Any, art: dict[str, Any], view: ArticleView) -> bool:
    if view.entities or view.incidents:
        return True
    for key in ("analyzer_version", "analysed_at", "analyzed_at"):
        if key in art:
            return bool(art[key])
    return False
