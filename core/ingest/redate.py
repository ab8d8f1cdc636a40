"""Dating the library's undated articles from their own text (their dateline), after the fact.

The importer reads a dateline when an article comes without a date field (`core.ingest.text_date`);
articles imported before it did, or by a version that lacked it, stay undated. `date_undated`
reads the same dateline for every undated article no one chose to leave undated, stores the date
with the origin "text" (the library and the reader show it as read from the text), and returns
what it dated; the caller analyses those articles again (incident dates anchor on the article's:
«أمس» becomes a day).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from core.ingest.text_date import date_in_text
from core.store.articles import date_from_text, undated_articles


@dataclass(slots=True)
class DatedArticle:
    id: int
    title: str
    iso: str
    quote: str  # the dateline's words the date was read from

    def __str__(self) -> str:
        return f"article {self.id} «{self.title}»: date {self.iso} read from the text «{self.quote}»"


@dataclass(slots=True)
class RedateReport:
    undated: int  # articles without a date (and no analyst's choice to leave them so) looked at
    dated: list[DatedArticle]
    cancelled: bool = False


def date_undated(db: sqlite_utils.Database, *, dry_run: bool = False,
                 should_cancel: Callable[[], bool] | None = None,
                 on_progress: Callable[[int, int], None] | None = None) -> RedateReport:
    """Read the dateline of every undated article and store the dates found (origin "text"); with
    `dry_run` nothing is stored. Most stay undated: `date_in_text` prefers no date to a wrong one."""
    rows = undated_articles(db)
    report = RedateReport(len(rows), [])
    for n, (article_id, title, text) in enumerate(rows, start=1):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            break
        found = date_in_text(text)
        if found is not None and (dry_run or date_from_text(db, article_id, found.iso)):
            report.dated.append(DatedArticle(article_id, title, found.iso, found.words))
        if on_progress is not None:
            on_progress(n, len(rows))
    return report
