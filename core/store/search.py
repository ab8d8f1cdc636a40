"""Full-text search over the folded title and text (FTS5).

The query is folded exactly like the index (`fold_for_search`), so «الاعلامي» finds
«الإعلامي», «مسوول» finds «مسؤول» and undiacritised words find diacritised ones; a hamza on a
seat before «و» is also tried on the other seat («مسئول» finds «مسؤول» and the reverse). User input never reaches FTS5 syntax
directly: words are extracted and each is quoted, so quotes, `-`, `:`, `*` and unbalanced
parentheses are plain text. Two conveniences are kept: "a phrase in double quotes" and a
trailing `*` for a prefix. Arabic words also match with the common proclitics attached
(و ف ب ل ك and ال-combinations), since FTS5 cannot match the end of a token, and a word of
PREFIX_FROM letters or more also matches as a prefix («الحوثي» finds «الحوثيين», «قصفت» finds
«قصفتها»): what users expect of a search box. Both are the expanded query: the words as typed
(`expand_clitics=False`) rank first.
"""

from __future__ import annotations

import json
import re
from typing import Any

import sqlite_utils

from core.store.snippets import hit_pattern, snippet
from core.text.folded import FoldedText
from core.text.normalize import fold, fold_for_search

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+\*?")
_ARABIC_START = re.compile(r"[\u0621-\u064a]")
_PLAIN_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_ARTICLE_PROCLITICS = ("و", "ف", "ب", "ك", "وب", "فب")
# A typed word this long (folded) also finds the words it begins; shorter ones would find too
# much that is another word («عدن» → «عدنان», «مصر» → «مصرع»): a trailing * still asks for it.
PREFIX_FROM = 4


def build_match(query: str, *, expand_clitics: bool = True) -> str:
    """The FTS5 MATCH expression for a user's query; "" when it has no searchable word. Expanded
    (the default), a word also matches with proclitics attached and, from PREFIX_FROM letters
    on, as a prefix; `expand_clitics=False` gives the words as typed."""
    # Folded as tokens first, keeping the hamza seats the writer chose (_spellings needs them).
    folded = fold(query).lower()
    groups: list[str] = []
    for phrase in _PHRASE.findall(folded):
        terms = [_quote(" ".join(words)) for spelling in _spellings(phrase)
                 if (words := re.findall(r"\w+", spelling))]
        if terms:
            groups.append(_any_of(terms))
    rest = _PHRASE.sub(" ", folded).replace('"', " ")
    for raw in _WORD.findall(rest):
        variants: list[str] = []
        spellings = _spellings(raw.rstrip("*"))
        for word in spellings:
            variants += _variants(word) if expand_clitics else [word]
        prefix = raw.endswith("*") or (expand_clitics and min(len(w) for w in spellings) >= PREFIX_FROM)
        groups.append(_any_of([_quote(v) + (" *" if prefix else "") for v in dict.fromkeys(variants)]))
    return " AND ".join(groups)


def _any_of(terms: list[str]) -> str:
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def _spellings(text: str) -> list[str]:
    """`text` folded for search and, when a hamza sits on a seat before «و», also spelt with the
    other seat: «مسئول» (Egyptian usage) and «مسؤول» are one word, «شئون» and «شؤون» too."""
    forms = [text]
    if "ئو" in text or "ؤو" in text:
        forms += [text.replace("ئو", "ؤو"), text.replace("ؤو", "ئو")]
    return list(dict.fromkeys(fold_for_search(f) for f in forms))


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _variants(word: str) -> list[str]:
    """The word and its forms with attached proclitics («الاعلامي» → «والاعلامي», «للاعلامي» …).

    A word typed without the article also matches its definite forms («مقاومة» finds
    «المقاومة», «للمقاومة»), words of three letters or more only: «في» must not find «الفي»."""
    if len(word) < 2 or not _ARABIC_START.match(word):
        return [word]
    if word.startswith("ال") and len(word) > 3:
        return [word, *_definite_forms(word)]
    out = [word, *(p + word for p in _PLAIN_PROCLITICS)]
    if len(word) >= 3:
        definite = "ال" + word
        out += [definite, *_definite_forms(definite)]
    return out


def _definite_forms(definite: str) -> list[str]:
    """A word with the article and a proclitic: «والمقاومه», «بالمقاومه», «للمقاومه» (ل + ال
    → لل; «اللجنه» → «للجنه», the article's lam merging with the word's)."""
    lam_form = definite[1:] if definite.startswith("الل") else "ل" + definite[1:]
    return [*(p + definite for p in _ARTICLE_PROCLITICS), *(p + lam_form for p in ("", "و", "ف"))]


def search(
    db: sqlite_utils.Database,
    query: str,
    *,
    limit: int = 50,
    expand_clitics: bool = True,
    marks: tuple[str, str] = ("[", "]"),
) -> list[dict[str, Any]]:
    """Best matches first (bm25, title weighted ×5). Matches of the words as typed come before
    matches only through an attached proclitic (bm25 alone would put the rarer «والاعلامي»
    above «الاعلامي»). The snippet is the original text around the first hit (the title's
    when only the title matches), matched words between `marks`."""
    exact = build_match(query, expand_clitics=False)
    if not exact:
        return []
    rows = _run(db, exact, limit, marks)
    expanded = build_match(query) if expand_clitics else exact
    if expanded != exact and len(rows) < limit:
        found = {r["id"] for r in rows}
        more = _run(db, expanded, limit + len(found), marks)
        rows += [r for r in more if r["id"] not in found][: limit - len(rows)]
    return rows


def _run(
    db: sqlite_utils.Database, match: str, limit: int, marks: tuple[str, str]
) -> list[dict[str, Any]]:
    """Rank first, then cut snippets for the returned rows only (not in SQL: SQLite would
    compute a result column for all 5,000 matches of «المملكة» before sorting for LIMIT)."""
    ranked = db.conn.execute(
        "SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS rank FROM articles_fts "
        "WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT ?",
        (match, int(limit)),
    ).fetchall()
    if not ranked:
        return []
    rank = dict(ranked)
    pattern = hit_pattern(match)
    sql = "SELECT id, title, published, source, text FROM articles WHERE id IN (SELECT value FROM json_each(?))"
    rows = []
    for row in db.query(sql, [json.dumps(list(rank))]):
        text = row.pop("text")
        found = snippet(text, pattern, marks=marks) or snippet(row["title"], pattern, marks=marks)
        rows.append({**row, "snippet": found, "rank": rank[row["id"]]})
    rows.sort(key=lambda row: (row["rank"], row["id"]))
    return rows


def hit_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) code-point ranges of `text` (the original, untouched) that a search for
    `query` matched, in text order: the words of the match expression (proclitics included)
    found in a folded copy mapped back to the original, as the snippets mark them. An article
    opened from a search scrolls to the first of them."""
    match = build_match(query)
    if not match or not text:
        return []
    folded = FoldedText(text)
    pattern = hit_pattern(match)
    return [folded.span(m.start(), m.end()) for m in pattern.finditer(folded.folded) if m.end() > m.start()]
