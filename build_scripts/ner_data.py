"""Readers for the NER training data in ../shared/data/ner, shared by training and evaluation.

Every reader returns sentences as `list[tuple[list[str], list[str]]]` (tokens, BIO tags over the
ANERcorp label set PERS/LOC/ORG/MISC), so the trainer and the evaluator see one format.
The dev split is the last 15 % of ANERcorp train *by contiguous sentence block*: random sentences
would leak near-duplicate sentences of the same story into dev.
"""

from __future__ import annotations

import gzip
import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from core.entities.bio import bio_spans

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", ROOT.parent / "shared" / "data"))
NER_DIR = SHARED / "ner"
NEWS = SHARED / "news" / "saudinewsnet.jsonl.gz"
BUILD = ROOT / "build" / "ner"
DEV_FRACTION = 0.15

Sentence = tuple[list[str], list[str]]

# Wojood has 21 types; ANERcorp has four. Mapping chosen to match ANERcorp's guidelines:
# countries/cities are LOC there (GPE→LOC), facilities named as places are LOC, nationalities and
# events are MISC. Dates, numbers, occupations etc. are not names in ANERcorp → O.
WOJOOD_MAP: dict[str, str] = {
    "PERS": "PERS",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
    "WEBSITE": "MISC",
    "LAW": "MISC",
}


def _blocks(path: Path) -> Iterator[list[list[str]]]:
    """Blank-line separated blocks of whitespace-split columns."""
    block: list[list[str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split()
            if not cols:
                if block:
                    yield block
                block = []
                continue
            block.append(cols)
    if block:
        yield block


def _clean_bio(tags: list[str]) -> list[str]:
    """Repair I- tags that do not continue an entity of the same type (conlleval reads them as B-)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_anercorp(path: Path | None = None) -> list[Sentence]:
    """ANERcorp train: `token SPACE tag`. Stray lines without a tag (an invisible mark) are dropped."""
    sentences: list[Sentence] = []
    for block in _blocks(path or NER_DIR / "anercorp_train.conll"):
        rows = [cols for cols in block if len(cols) >= 2]
        if rows:
            sentences.append(([c[0] for c in rows], _clean_bio([c[-1] for c in rows])))
    return sentences


def read_wojood(path: Path) -> list[Sentence]:
    """Wojood: token then stacked nested tags; keep the outermost mapped tag of each token."""
    sentences: list[Sentence] = []
    for block in _blocks(path):
        tokens, tags = [], []
        for cols in block:
            tokens.append(cols[0])
            tag = "O"
            for raw in cols[1:]:  # outermost first
                if raw == "O" or "-" not in raw:
                    continue
                prefix, kind = raw.split("-", 1)
                mapped = WOJOOD_MAP.get(kind)
                if mapped:
                    tag = f"{prefix}-{mapped}"
                    break
            tags.append(tag)
        if tokens:
            sentences.append((tokens, _clean_bio(tags)))
    return sentences


def split_dev(sentences: list[Sentence], fraction: float = DEV_FRACTION) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): dev is the last `fraction` of the sentences, one contiguous block."""
    cut = int(len(sentences) * (1 - fraction))
    return sentences[:cut], sentences[cut:]


def anercorp_split() -> tuple[list[Sentence], list[Sentence]]:
    return split_dev(read_anercorp())


def ordinary_strings(sentences: list[Sentence], max_words: int = 4, min_rate: float = 0.5) -> list[str]:
    """Normalised strings the labelled sentences show mostly as ordinary words: single words and
    entity strings (up to `max_words` words) seen at least twice, tagged as an entity less than
    `min_rate` of the time (a string: exactly that span; a single word: that span or any word of a
    longer one). core.entities.consistency never propagates them."""
    from core.text.normalize import normalize_token

    norms = [[normalize_token(t) for t in toks] for toks, _ in sentences]
    as_entity: Counter[str] = Counter()
    for n, (_, tags) in zip(norms, sentences):
        for a, b, _kind in entities(tags):
            if b - a <= max_words:
                as_entity[" ".join(n[a:b])] += 1
            if _kind == "PERS" and b - a > 1:  # a surname is a name there too («شيراك» of «جاك شيراك»)
                as_entity[n[b - 1]] += 1
    seen: Counter[str] = Counter()
    for n in norms:
        seen.update(n)
        for size in range(2, max_words + 1):
            for i in range(len(n) - size + 1):
                key = " ".join(n[i : i + size])
                if key in as_entity:
                    seen[key] += 1
    return sorted(k for k, c in seen.items() if c >= 2 and as_entity[k] / c < min_rate)


def name_inner_waw(sentences: list[Sentence], min_count: int = 2) -> list[str]:
    """Normalised words starting with «و» that the labelled sentences show inside a person's name
    («محمد ولد عبد العزيز», «سعد بن أبي وقاص») at least `min_count` times and more often than
    starting the next of two joined names («سولانا ولاريجاني»). core.entities.consistency does not
    split a name at them."""
    from core.text.normalize import normalize_token

    inner: Counter[str] = Counter()
    joins: Counter[str] = Counter()
    for toks, tags in sentences:
        for i in range(1, len(toks)):
            norm = normalize_token(toks[i])
            if not norm.startswith("و") or tags[i - 1] == "O":
                continue
            if tags[i] == "I-PERS":
                inner[norm] += 1
            elif tags[i] == "B-PERS":
                joins[norm] += 1
    return sorted(w for w, c in inner.items() if c >= min_count and c > joins[w])


def news_texts(path: Path = NEWS) -> Iterator[str]:
    """Title and body of every SaudiNewsNet article (unlabelled in-domain text)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield (record.get("title") or "") + "\n" + (record.get("content") or "")


def entities(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans of a BIO sequence, conlleval's reading of stray I- tags."""
    return bio_spans(tags)
