"""Quoted names announced by a head word: works (MISC) and newspapers (ORGANIZATION).

News sets a programme's, film's or book's title, or a newspaper's name, in quotes right after a
word saying what it is: «برنامج « حوار من القلب »», «بعنوان « تعظيم سلام »», «صحيفة "الرياض"».
The words inside are a name whatever they mean on their own, which a tagger reading them as
words misses (ANERcorp dev: ten such titles, all MISC, none found by the tagger). The quoted
words up to the closing quote (the matching one; straight and curly double quotes close each
other), at most `max_words` of them, become one span; nothing is made of a quote left open or of
another quote inside.

Only an indefinite head introduces a name: «صحيفة "الرياض"», «بعنوان: «…»», but «وذكرت الصحيفة
"أن …"» quotes what the paper said, and «الرواية "الرسمية"» is the official account. Quoted words
that hold «أن/إن» are speech, never a title. A title's words are not read as events by the
incident step («مسرحية «الاشتباك»»). So is a group's own name quoted after a phrase saying it
calls itself so (`self_names`: «جماعة تطلق على نفسها «استرد أستراليا»» — no territory regained).
Heads, phrases and quotes are data: `resources/lexicons/titles.json`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

from core.document import Document, Span
from core.text.clitics import prefixed_forms
from core.text.normalize import normalize_token

SOURCE = "rule"
RULE = "title"  # attrs["rule"] of the spans made here
PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")  # proclitics, never the article «ال»
SPEECH = frozenset(normalize_token(w) for w in ("أن", "إن", "أنه", "إنه", "أنها", "إنها"))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str], int]:
    data = json.loads((files("resources") / "lexicons" / "titles.json").read_text(encoding="utf-8"))
    heads = {normalize_token(w): label for label, words in data["heads"].items() for w in words}
    return heads, data["quotes"], int(data["max_words"])


@lru_cache(maxsize=1)
def _self_names() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """`self_names`: phrases saying a group calls itself so («تطلق على نفسها»), by their last
    normalised word → [(the words before it, label)]."""
    data = json.loads((files("resources") / "lexicons" / "titles.json").read_text(encoding="utf-8"))
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for label, phrases in data.get("self_names", {}).items():
        if label.startswith("_"):
            continue
        for phrase in phrases:
            words = tuple(normalize_token(w) for w in phrase.split())
            out.setdefault(words[-1], []).append((words[:-1], label))
    return out


def _self_name_label(tokens, i: int) -> str | None:
    """The label of a `self_names` phrase ending at token `i` («أطلقت على نفسها»), its first word
    possibly behind «و/ف»; None when no phrase ends there. A one-word phrase is its word as written."""
    for before, label in _self_names().get(tokens[i].norm, ()):
        n = len(before)
        if not before:  # a one-word phrase: no word before it to read
            return label
        if i < n:
            continue
        words = [t.norm for t in tokens[i - n: i]]
        if words[1:] == list(before[1:]) and words[0] in (before[0], "و" + before[0], "ف" + before[0]):
            return label
    return None


@lru_cache(maxsize=1)
def _head_forms() -> dict[str, str]:
    """Every written form of a head, a proclitic of PREFIXES before it → its label."""
    return prefixed_forms(PREFIXES, _lexicon()[0])


STRAIGHT_AND_CURLY = frozenset('"“”')  # typed interchangeably: «"الرياض”», «”الرياض“»


def _family(opening: str, quotes: dict[str, str]) -> frozenset[str]:
    """The quotes that may close `opening`: its own closer; any double quote after a double quote
    (straight and curly ones are typed interchangeably); only «»» after «««»."""
    if opening in STRAIGHT_AND_CURLY:
        return STRAIGHT_AND_CURLY
    return frozenset({quotes[opening]})


def find(doc: Document) -> list[Span]:
    _, quotes, max_words = _lexicon()
    head_label = _head_forms().get
    out: list[Span] = []
    for tokens in doc.sentence_tokens():
        for i in range(len(tokens) - 2):
            label = head_label(tokens[i].norm) or _self_name_label(tokens, i)
            if label is None:
                continue
            k = i + 1
            if tokens[k].text in (":", "："):  # «بعنوان: «…»»
                k += 1
            if k >= len(tokens) or tokens[k].text not in quotes:
                continue
            closing = _family(tokens[k].text, quotes)
            end = next((j for j in range(k + 1, min(len(tokens), k + 2 + max_words)) if tokens[j].text in closing), None)
            if end is None or end == k + 1:
                continue
            inner = tokens[k + 1:end]
            if any(t.text in quotes or t.text in closing or t.norm in SPEECH for t in inner):
                continue  # another quote, or speech: «قناة “المسيرة إن طيران العدوان قصف …"»
            out.append(doc.span(inner[0].start, inner[-1].end, label, SOURCE, rule=RULE, head=tokens[i].text))
    return out
