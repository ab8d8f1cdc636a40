"""Quoted names announced by a head word: works (MISC) and newspapers (ORGANIZATION).

News sets a programme's, film's or book's title, or a newspaper's name, in quotes right after a
word saying what it is: «برنامج « حوار من القلب »», «بعنوان « تعظيم سلام »», «صحيفة "الرياض"».
The words inside are a name whatever they mean on their own, which a tagger reading them as
words misses (ANERcorp dev: ten such titles, all MISC, none found by the tagger). The quoted
words up to the closing quote, at most `max_words` of them, become one span; nothing is made of
a quote left open. Heads and quotes are data: `resources/lexicons/titles.json`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

from core.document import Document, Span
from core.text.clitics import proclitic_variants
from core.text.normalize import normalize_token

SOURCE = "rule"


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str], int]:
    data = json.loads((files("resources") / "lexicons" / "titles.json").read_text(encoding="utf-8"))
    heads = {normalize_token(w): label for label, words in data["heads"].items() for w in words}
    return heads, data["quotes"], int(data["max_words"])


def _head_label(norm: str, heads: dict[str, str]) -> str | None:
    for form in proclitic_variants(norm):
        if form in heads:
            return heads[form]
    return None


def find(doc: Document) -> list[Span]:
    heads, quotes, max_words = _lexicon()
    out: list[Span] = []
    for tokens in doc.sentence_tokens():
        for i in range(len(tokens) - 2):
            label = _head_label(tokens[i].norm, heads)
            opening = tokens[i + 1].text
            if label is None or opening not in quotes:
                continue
            closing = {quotes[opening], "»", "”", '"'}
            end = next((k for k in range(i + 2, min(len(tokens), i + 3 + max_words)) if tokens[k].text in closing), None)
            if end is None or end == i + 2:
                continue
            inner = tokens[i + 2:end]
            if any(t.is_punct and t.text in quotes for t in inner):
                continue
            out.append(doc.span(inner[0].start, inner[-1].end, label, SOURCE, rule="title", head=tokens[i].text))
    return out
