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

from core.export.cells import neutralise, text_lines
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
    lines = text_lines(text)
    return "\n".join("> " + _md_escape(line) for line in lines)


# What would start a list, a heading underline or a code fence at the start of a line of a note.
_BLOCK_MARK = re.compile(r"^(\s*)(?:([-+=~])|(\d+)([.)]))")


def _md_text(text: str) -> str:
    """A note as Markdown: its line breaks kept (hard breaks) and no line read as a list or heading."""
    lines = text_lines(text)
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


# The Markdown's own words in Arabic (`lang="ar"`, the Arabic interface's or `marsad export --lang ar`),
# and the highlight colours' names as the highlight dialog words them.
ARABIC_NOTES: dict[str, str] = {"Marsad annotations": "مرصد: التظليلات والملاحظات", "(untitled)": "(بلا عنوان)"}
ARABIC_COLOURS: dict[str, str] = {"yellow": "أصفر", "green": "أخضر", "blue": "أزرق", "pink": "وردي",
                                  "orange": "برتقالي", "red": "أحمر"}


def write_notes_md(out: IO[str], selection: Selection, *, lang: str = "en") -> int:
    """Highlights and notes in Markdown, its own words in `lang` ("en" or "ar": each Arabic line
    isolated right to left, its times and offsets kept left to right, as the Arabic report's)."""
    from core.export.report import PDI, RLI, arabic_scope, check_lang, left_to_right, source_name

    check_lang(lang)
    ar = lang == "ar"

    def line(text: str) -> str:  # Markdown has no direction: an Arabic line is isolated
        return f"{RLI}{text}{PDI}" if ar and text else text

    def ltr(text: str) -> str:
        return left_to_right(text) if ar and text else text

    when_exported = selection.exported_at.isoformat(timespec="seconds")
    out.write(f"# {ARABIC_NOTES['Marsad annotations'] if ar else 'Marsad annotations'}\n\n")
    if ar:
        out.write(line(f"النطاق: {_md_escape(arabic_scope(selection.description))} · صُدِّر في {ltr(when_exported)}")
                  + "\n")
    else:
        out.write(f"Scope: {_md_escape(selection.description)} · exported {when_exported}\n")
    n = 0
    for bundle in selection.bundles:
        rows = list(annotation_rows([bundle]))
        if not rows:
            continue
        art = bundle.article
        untitled = ARABIC_NOTES["(untitled)"] if ar else "(untitled)"
        out.write(f"\n## {_md_escape(art.get('title') or untitled)}\n\n")
        meta = [f"{'المقال' if ar else 'article'} {art.get('id')}", source_name(art.get("source") or "", "ar" if ar else "en"),
                ltr(str(art.get("published") or ""))]
        out.write(line(" · ".join(_md_escape(str(m)) for m in meta if m)) + "\n")
        for row in rows:
            n += 1
            when = ltr(row["updated_at"] or row["created_at"] or "")
            if row["kind"] == "highlight":
                colour = ARABIC_COLOURS.get(row["colour"], row["colour"]) if ar else row["colour"]
                span = f"{row['start']}–{row['end']}"
                if ar:
                    head = f"تظليل{f' ({colour})' if colour else ''}، المحارف {ltr(span)}{'، ' + when if when else ''}:"
                else:
                    head = f"Highlight{f' ({colour})' if colour else ''}, characters {span}{', ' + when if when else ''}:"
                out.write(f"\n- {line(head)}\n\n")
                out.write(_indent(_md_quote(row["quote"])) + "\n")
                if row["note"]:
                    out.write("\n" + _indent(_md_text(row["note"])) + "\n")
            else:
                head = f"ملاحظة{'، ' + when if when else ''}:" if ar else f"Note{', ' + when if when else ''}:"
                out.write(f"\n- {line(head)}\n\n")
                out.write(_indent(_md_text(row["note"])) + "\n")
    return n


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))
