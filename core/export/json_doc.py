"""The full-fidelity JSON export: nested incident dicts as the analyser and analyst left them.

Unlike the flat ACLED row, this keeps actors, places and evidence as objects, so another program
(or a later Marsad) can read an export back without losing structure.
"""

from __future__ import annotations

import json
from typing import IO, Any

from core.export.acled import incident_row, time_precision
from core.export.figures import FIGURES
from core.export.annotations import annotation_rows
from core.export.scope import ArticleBundle, Selection
from core.export.totals import compute_totals


def _report(article: dict[str, Any], inc: dict[str, Any]) -> dict[str, Any]:
    """One report of the incident with its own figures (the incident carries the group's lowest)."""
    return {"article_id": article.get("id"), "title": article.get("title") or "",
            "source": article.get("source") or "", "published": article.get("published"),
            "attribution": inc.get("source") or "",
            **{key: inc.get(key) for key in FIGURES}}  # fmt: skip


def _annotations(bundle: ArticleBundle) -> list[dict[str, Any]]:
    """The analyst's highlights and notes on the article, as `notes-json` writes them: an export
    read back (or by another program) keeps the analyst's work beside the incidents."""
    return [{k: v for k, v in row.items() if k not in ("article_id", "article_title")}
            for row in annotation_rows([bundle])]


def write_json(out: IO[str], selection: Selection) -> int:
    incidents = []
    for rec in selection.incidents:
        row_id = incident_row(rec.incident, rec.article, rec.number, timestamp=selection.timestamp)["event_id_cnty"]
        item = {"event_id": row_id, "article_id": rec.article.get("id"), **rec.incident}
        item.setdefault("analyst_status", "machine")
        # as in the CSV: an undated incident claims no precision, a dated one always has one
        item["time_precision"] = time_precision(item, item.get("date"))
        item["reports"] = [_report(a, i) for a, i in rec.reports]
        incidents.append(item)
    doc = {
        "format": "marsad-incidents",
        "version": 1,
        "exported_at": selection.exported_at.isoformat(timespec="seconds"),
        "scope": selection.description,
        "include_rejected": selection.include_rejected,
        "totals": compute_totals(selection.incidents).to_dict(),
        "articles": [
            {**{k: b.article.get(k) for k in ("id", "title", "source", "url", "published")},
             "annotations": _annotations(b)}
            for b in selection.bundles
        ],
        "incidents": incidents,
    }
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(incidents)
