"""The analyst's own work — highlights and notes — as Markdown, JSON and CSV.

Highlights and free notes become one kind of row (a note has no quote, colour or offsets), so
a spreadsheet of annotations can be sorted and filtered as one list. Offsets are code points into
the article text, as everywhere in Marsad.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from core.export.cells import neutralise
from core.export.scope import ArticleBundle, Selection

NOTE_COLUMNS: tuple[str, ...] = (
    "kind", "article_id", "article_title", "quote", "note", "colour", "start", "end",
    "created_at", "updated_at",
)  # fmt: skip


def annotation_rows(bundles: list[ArticleBundle]) -> Iterator[dict[str, Any]]:
    """Highlights (in text order) then notes of each article, in the scope's article order."""
    for bundle in bundles:
        art = bundle.article
        for h in sorted(bundle.highlights, key=lambda h: (h.get("start") or 0, h.get("end") or 0)):
            yield {
                "kind": "highlight",
                "article_id": art.get("id"),
                "article_title": art.get("title") or "",
                "quote": h.get("quote") or "",
                "note": h.get("note") or "",
                "colour": h.get("color") or h.get("colour") or "",
                "start": h.get("start"),
                "end": h.get("end"),
                "created_at": h.get("created_at") or "",
                "updated_at": h.get("updated_at") or "",
            }
        for n in bundle.notes:
            yield {
                "kind": "note",
                "article_id": art.get("id"),
                "article_title": art.get("title") or "",
                "quote": "",
                "note": n.get("body") or n.get("note") or "",
                "colour": "",
                "start": None,
                "end": None,
                "created_at": n.get("created_at") or "",
                "updated_at": n.get("updated_at") or "",
            }


def write_notes_csv(out: IO[str], selection: Selection, *, bom: bool = False) -> int:
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(NOTE_COLUMNS)
    n = 0
    for row in annotation_rows(selection.bundles):
        writer.writerow(["" if row[c] is None else neutralise(row[c]) for c in NOTE_COLUMNS])
        n += 1
    return n


def write_notes_json(out: IO[str], selection: Selection) -> int:
    """Grouped per article, so a reader sees each article's annotations together."""
    articles = []
    n = 0
    for bundle in selection.bundles:
        rows = [
            {k: v for k, v in row.items() if k not in ("article_id", "article_title")}
            for row in annotation_rows([bundle])
        ]
        if not rows:
            continue
        n += len(rows)
        art = bundle.article
        articles.append(
            {"id": art.get("id"), "title": art.get("title") or "", "source": art.get("source") or "",
             "published": art.get("published"), "annotations": rows}
        )  # fmt: skip
    doc = {
        "format": "marsad-annotations",
        "version": 1,
        "exported_at": selection.exported_at.isoformat(timespec="seconds"),
        "scope": selection.description,
        "articles": articles,
    }
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return n


def _md_quote(text: str) -> str:
    """A blockquote that survives newlines and Markdown characters in the quoted text."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join("> " + _md_escape(line) for line in lines)


# What would start a list, a heading underline or a code fence at the start of a line of a note.
_BLOCK_MARK = re.compile(r"^(\s*)(?:([-+=~])|(\d+)([.)]))")


def _md_text(text: str) -> str:
    """A note as Markdown: its line breaks kept (hard breaks) and no line read as a list or heading."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "  \n".join(
        _BLOCK_MARK.sub(lambda m: m.group(1) + ("\\" + m.group(2) if m.group(2) else m.group(3) + "\\" + m.group(4)),
                        _md_escape(line))
        for line in lines
    )


def _md_escape(text: str) -> str:
    out = []
    for ch in text:
        out.append("\\" + ch if ch in "\\`*_[]<>#|" else ch)
    return "".join(out)


def write_notes_md(out: IO[str], selection: Selection) -> int:
    out.write("# Marsad annotations\n\n")
    out.write(f"Scope: {_md_escape(selection.description)} · exported "
              f"{selection.exported_at.isoformat(timespec='seconds')}\n")  # fmt: skip
    n = 0
    for bundle in selection.bundles:
        rows = list(annotation_rows([bundle]))
        if not rows:
            continue
        art = bundle.article
        out.write(f"\n## {_md_escape(art.get('title') or '(untitled)')}\n\n")
        meta = [f"article {art.get('id')}", art.get("source") or "", art.get("published") or ""]
        out.write(" · ".join(_md_escape(str(m)) for m in meta if m) + "\n")
        for row in rows:
            n += 1
            when = row["updated_at"] or row["created_at"]
            if row["kind"] == "highlight":
                colour = f" ({row['colour']})" if row["colour"] else ""
                out.write(f"\n- Highlight{colour}, characters {row['start']}–{row['end']}"
                          f"{', ' + when if when else ''}:\n\n")  # fmt: skip
                out.write(_indent(_md_quote(row["quote"])) + "\n")
                if row["note"]:
                    out.write("\n" + _indent(_md_text(row["note"])) + "\n")
            else:
                out.write(f"\n- Note{', ' + when if when else ''}:\n\n")
                out.write(_indent(_md_text(row["note"])) + "\n")
    return n


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))
