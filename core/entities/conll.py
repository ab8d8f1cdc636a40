"""CoNLL in, CoNLL out: run Marsad's whole entity step over pre-tokenised sentences.

This is how the product is measured against NER test sets: each sentence's tokens are joined by
single spaces into one text (offsets remembered), the Document gets exactly those sentences and
tokens, the recognisers and the statistical backend propose spans, a merge picks among them, and
the chosen spans are mapped back to BIO tags over the given tokens.

How the spans are chosen here differs from the GUI's overlap policy on purpose. The GUI wants the
longest curated span («ميليشيات الحوثي والمخلوع صالح»); ANERcorp-style gold wants the tagger's
boundaries, and letting gazetteer/lexicon spans win overlaps cost 4 F1 points on dev. So
`tag_conll` merges with MERGES[DEFAULT_MERGE]: the statistical backend's spans decide, and data
spans may only fill gaps where the model found nothing. Measured on dev (docs/ner.md), even that
filling costs a little precision, so the default is the backend's spans alone.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from core.document import Document, Span
from core.entities.gazetteer import ADMIN1_KINDS
from core.entities.policy import CURATED, joined_parts, resolve
from core.text.normalize import normalize_token
from core.text.tokens import Token

# Marsad entity label → CoNLL type; labels missing here (NUMBER, DATE, WEAPON…) become O.
LABEL_TO_CONLL: dict[str, str] = {
    "PERSON": "PERS",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
    "ARMED_ACTOR": "ORG",
    "MISC": "MISC",
}


def build_document(sentences: Sequence[Sequence[str]]) -> Document:
    """A Document whose sentences and tokens are exactly the given ones (one sentence a line)."""
    parts: list[str] = []
    tokens: list[Token] = []
    bounds: list[tuple[int, int]] = []
    pos = 0
    for sentence in sentences:
        start = pos
        for i, tok in enumerate(sentence):
            if i:
                parts.append(" ")
                pos += 1
            tokens.append(Token(pos, pos + len(tok), tok, normalize_token(tok)))
            parts.append(tok)
            pos += len(tok)
        if pos > start:
            bounds.append((start, pos))
        parts.append("\n")
        pos += 1
    doc = Document("".join(parts))
    doc.sentences = bounds
    doc.tokens = tokens
    return doc


def spans_to_bio(tokens: Sequence[Token], spans: Iterable[Span]) -> list[str]:
    """BIO tags over `tokens`; a span touching part of a token tags the whole token."""
    tags = ["O"] * len(tokens)
    for span in sorted(spans, key=lambda s: s.start):
        kind = LABEL_TO_CONLL.get(span.label)
        if kind is None:
            continue
        covered = [i for i, t in enumerate(tokens) if t.start < span.end and span.start < t.end]
        covered = [i for i in covered if tags[i] == "O"]  # first span to claim a token keeps it
        for n, i in enumerate(covered):
            tags[i] = ("B-" if n == 0 else "I-") + kind
    return tags


def _overlaps(span: Span, chosen: Sequence[Span]) -> bool:
    return any(span.start < c.end and c.start < span.end for c in chosen)


def _model_first(
    labels: frozenset[str], kinds: frozenset[str] | None = None, titles: bool = False
) -> Callable[[list[Span], list[Span]], list[Span]]:
    """Model spans all stay; data spans with a label in `labels` fill only where the model is O.

    `kinds`, when given, keeps only LOCATION spans of those place kinds (country, governorate…);
    `titles` also lets quoted names after a head word fill (`core.entities.titles`).
    """

    def wanted(span: Span) -> bool:
        if titles and span.attrs.get("rule") == "title":
            return True
        if span.label not in labels:
            return False
        return kinds is None or span.label != "LOCATION" or span.attrs.get("kind") in kinds

    def merge(model: list[Span], data: list[Span]) -> list[Span]:
        chosen = list(model)
        for span in resolve(s for s in data if wanted(s)):
            if not _overlaps(span, chosen):
                chosen.append(span)
        return chosen

    return merge


NAMED_ORG_TYPES = frozenset({"club", "company"})


def _names_over(merge: Callable[[list[Span], list[Span]], list[Span]]) -> Callable[[list[Span], list[Span]], list[Span]]:
    """`merge`, then the lexicon's clubs and companies (named_organizations.json) win over the
    model spans they contain: «سسكا موسكو» over the model's «موسكو» LOC, «فولكسفاغن» ORG over
    its LOC, and fill where the model is O. A model span running past the name stays («نادي
    تشيلسي»: ANERcorp marks the head word with the club)."""

    def named(span: Span) -> bool:
        return span.label == "ORGANIZATION" and span.source == "lexicon" and span.attrs.get("org_type") in NAMED_ORG_TYPES

    def run(model: list[Span], data: list[Span]) -> list[Span]:
        chosen = merge(model, data)
        for name in resolve(s for s in data if named(s)):
            inside = [c for c in chosen if name.start <= c.start and c.end <= name.end]
            if any(c.start < name.end and name.start < c.end for c in chosen if c not in inside):
                continue  # the model's span runs past the name: leave it
            chosen = [c for c in chosen if c not in inside] + [name]
        return chosen

    return run


def _currencies_over(merge: Callable[[list[Span], list[Span]], list[Span]]) -> Callable[[list[Span], list[Span]], list[Span]]:
    """`merge`, then a currency named right after an amount («500 مليون دينار», «3000 ليرة») is
    MISC where the chosen spans leave it O, as ANERcorp tags currencies (`currency_spans`); the
    nationality adjective right after it is no name («ليرة سورية»: a one-word LOC over «سورية» goes)."""

    def run(model: list[Span], data: list[Span]) -> list[Span]:
        chosen = merge(model, data)
        for span in (s for s in data if s.attrs.get("rule") == "currency"):
            if _overlaps(span, chosen):
                continue
            chosen = [c for c in chosen if not (c.label == "LOCATION" and c.start - span.end == 1
                                                and " " not in c.text and c.text.endswith(NISBA_ENDINGS))]
            chosen.append(span)
        return chosen

    return run


NISBA_ENDINGS = ("ي", "ية", "يه")


def currency_spans(doc: Document, numbers: Iterable[Span]) -> list[Span]:
    """MISC spans over a currency word (`resources/lexicons/currencies.json`) right after a NUMBER
    span, only a space between; «جنيه إسترليني» is one span."""
    names, seconds = _currency_words()
    by_start = {t.start: k for k, t in enumerate(doc.tokens)}
    out: list[Span] = []
    for number in numbers:
        k = by_start.get(number.end + 1)
        if k is None or doc.text[number.end: number.end + 1] != " " or doc.tokens[k].norm not in names:
            continue
        tok = doc.tokens[k]
        end = tok.end
        nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
        if nxt is not None and nxt.start == end + 1 and nxt.norm in seconds.get(tok.norm, ()):
            end = nxt.end
        out.append(doc.span(tok.start, end, "MISC", "rule", rule="currency"))
    return out


@lru_cache(maxsize=1)
def _currency_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    import json
    from importlib import resources as ir

    table = json.loads((ir.files("resources") / "lexicons" / "currencies.json").read_text(encoding="utf-8"))
    names = frozenset(normalize_token(w) for w in table["currencies"])
    seconds = {normalize_token(k): frozenset(normalize_token(w) for w in v) for k, v in table.get("second_words", {}).items()}
    return names, seconds


def _split_joined(merge: Callable[[list[Span], list[Span]], list[Span]], labels: frozenset[str] = frozenset({"ORGANIZATION"})) -> Callable[[list[Span], list[Span]], list[Span]]:
    """`merge`, after a model span of one of `labels` that the curated data reads as two or more
    names of its kind joined by nothing but spaces and proclitics (`policy.joins_curated`: «تويوتا
    وجنرال موتورز», «منظمة الدول المصدرة للنفط أوبك») is replaced by those names, with the model's
    label: ANERcorp tags each name of such a run (and a name and its acronym) apart, and the GUI's
    policy drops such spans too."""

    def run(model: list[Span], data: list[Span]) -> list[Span]:
        curated = [d for d in data if d.source in CURATED]
        out: list[Span] = []
        for span in model:
            parts = joined_parts(span, curated) if span.label in labels else []
            out.extend(Span(d.start, d.end, span.label, span.source, d.text, dict(span.attrs)) for d in parts)
            if not parts:
                out.append(span)
        return merge(out, data)

    return run


def _whole_countries(merge: Callable[[list[Span], list[Span]], list[Span]]) -> Callable[[list[Span], list[Span]], list[Span]]:
    """`merge`, then a country of two or more words that the gazetteer reads («جنوب أفريقيا»,
    «ساحل العاج», «البوسنة والهرسك», «المملكة المتحدة») replaces the chosen place spans inside it:
    the tagger's «[أفريقيا]» of «جنوب أفريقيا» is a part of the name, and the whole name is the place.
    Spans running past the country leave it alone («منتخب جنوب أفريقيا» tagged ORG)."""

    def country(span: Span) -> bool:
        return (span.label == "LOCATION" and span.source == "gazetteer" and span.attrs.get("kind") == "country"
                and len(span.text.split()) >= 2)

    def run(model: list[Span], data: list[Span]) -> list[Span]:
        chosen = merge(model, data)
        for name in (s for s in data if country(s)):
            inside = [c for c in chosen if name.start <= c.start and c.end <= name.end]
            if not any(c.label == "LOCATION" for c in inside) or all(c.start == name.start and c.end == name.end for c in inside):
                continue
            if any(c.start < name.end and name.start < c.end for c in chosen if c not in inside):
                continue
            chosen = [c for c in chosen if c not in inside] + [name]
        return chosen

    return run


CORPUS_LABELS = {"PERS": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}
# proclitics a corpus name may carry on its first word (not the article: «الرياض» is no «رياض»)
CORPUS_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")


@lru_cache(maxsize=1)
def _corpus_names() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word → (words, type) of the corpus name lexicon, longest first: the file named by
    MARSAD_CORPUS_NAMES (build_scripts/build_corpus_names.py writes build/ner/corpus_names.json;
    none is shipped: it did not gain on dev, docs/ner.md Version 35); empty without one."""
    import json
    import os
    from pathlib import Path

    path = Path(os.environ.get("MARSAD_CORPUS_NAMES", ""))
    if not os.environ.get("MARSAD_CORPUS_NAMES") or not path.is_file():
        return {}
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, names in json.loads(path.read_text(encoding="utf-8"))["names"].items():
        for name in names:
            words = tuple(name.split(" "))
            index.setdefault(words[0], []).append((words, kind))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _readings(norm: str) -> Iterable[tuple[str, int]]:
    """(form, proclitic letters) of a token behind each proclitic of CORPUS_PROCLITICS, the bare
    token first; «للامم» is also ل + «الامم» (the article's «ا» is not written after «ل»)."""
    for p in CORPUS_PROCLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            yield norm[len(p):], len(p)
            if p and p.endswith("ل") and norm[len(p):].startswith("ل"):
                yield "ا" + norm[len(p):], len(p)


def corpus_name_spans(doc: Document) -> list[Span]:
    """Spans of the corpus name lexicon's names in every sentence: longest match, the first word may
    carry a proclitic (the span starts after it); `tokens` in attrs holds the matched token range."""
    from core.entities.matcher import clitic_length

    index = _corpus_names()
    out: list[Span] = []
    if not index:
        return out
    for sentence in doc.sentence_tokens():
        norms = [t.norm for t in sentence]
        i, n = 0, len(sentence)
        while i < n:
            best: tuple[int, int, str] | None = None  # (words, proclitic letters, type)
            for form, letters in _readings(norms[i]):
                for words, kind in index.get(form, ()):
                    m = len(words)
                    if (best is None or m > best[0]) and i + m <= n and tuple(norms[i + 1: i + m]) == words[1:]:
                        best = (m, letters, kind)
                        break
            if best is None:
                i += 1
                continue
            m, letters, kind = best
            tok = sentence[i]
            start = tok.start + (clitic_length(tok.text, letters) if letters else 0)
            out.append(doc.span(start, sentence[i + m - 1].end, CORPUS_LABELS[kind], "rule", rule="corpus_name",
                                tokens=(tok.start, sentence[i + m - 1].end)))
            i += m
    return out


def _corpus_fill(merge: Callable[[list[Span], list[Span]], list[Span]]) -> Callable[[list[Span], list[Span]], list[Span]]:
    """`merge`, then the corpus name lexicon's names fill where the chosen spans leave every one of
    their tokens O and touch no chosen span: a name right before or after another is more likely
    part of it than a name of its own (as the consistency pass propagates). Measured in docs/ner.md
    (Version 35): no gain on dev, so not in the default merge."""

    def run(model: list[Span], data: list[Span]) -> list[Span]:
        chosen = merge(model, data)
        for span in (s for s in data if s.attrs.get("rule") == "corpus_name"):
            lo, hi = span.attrs["tokens"]
            if any(lo - 1 <= c.end and c.start <= hi + 1 for c in chosen):  # one space at most between
                continue
            chosen.append(span)
        return chosen

    return run


def _policy(model: list[Span], data: list[Span]) -> list[Span]:
    return resolve(model + data)


# place kinds ANERcorp-style annotation reliably marks (it leaves many villages and areas untagged)
MAJOR_KINDS = frozenset({"country", "city"}) | ADMIN1_KINDS

# name → merge(model spans, data spans) → spans to map to BIO; measured by evaluate_ner.py --merges
MERGES: dict[str, Callable[[list[Span], list[Span]], list[Span]]] = {
    "policy": _policy,  # the GUI's policy: longest span, data before model
    "model": _model_first(frozenset()),  # the statistical backend alone
    "model+titles": _model_first(frozenset(), titles=True),  # + quoted titles after a head word
    "model+titles+names": _names_over(_model_first(frozenset(), titles=True)),  # + clubs and companies
    "model+titles+names+currency": _currencies_over(_names_over(_model_first(frozenset(), titles=True))),  # + currencies
    "model+titles+names+currency+split": _split_joined(_currencies_over(_names_over(_model_first(frozenset(), titles=True)))),  # + joined names split
    "model+titles+names+currency+split+countries": _whole_countries(_split_joined(_currencies_over(_names_over(_model_first(frozenset(), titles=True))))),  # + whole country names
    "model+titles+names+currency+split+countries+corpus": _corpus_fill(_whole_countries(_split_joined(_currencies_over(_names_over(_model_first(frozenset(), titles=True)))))),  # + corpus names fill
    "model+titles+corpus": _corpus_fill(_model_first(frozenset(), titles=True)),  # honest: no dev-prompted names
    "model+loc": _model_first(frozenset({"LOCATION"})),
    "model+loc-major": _model_first(frozenset({"LOCATION"}), MAJOR_KINDS),
    "model+loc+org": _model_first(frozenset({"LOCATION", "ORGANIZATION"})),
    "model+loc+org+actor": _model_first(frozenset({"LOCATION", "ORGANIZATION", "ARMED_ACTOR"})),
}
_COUNTRIES = MERGES["model+titles+names+currency+split+countries"]
MERGES["model+titles+names+currency+split+countries+models"] = _COUNTRIES  # + a MISC name's model number (BIO pass)
MERGES["model+titles+names+currency+split+countries+models+dots"] = _COUNTRIES  # + an acronym letter's dot (BIO pass)
DEFAULT_MERGE = "model+titles+names+currency+split+countries+models+dots"  # docs/ner.md, tag-conll merges


def model_numbers(tokens: Sequence[str], tags: Sequence[str]) -> list[str]:
    """A MISC span followed right away by a number token runs on over it: the model or the year of a
    named thing is part of its name in ANERcorp («بوينج 737», «مونديال 2006», «كي جي 320»; the
    training block has no MISC span with a number token right after it left out)."""
    out = list(tags)
    for i in range(1, len(tokens)):
        if out[i] == "O" and out[i - 1] in ("B-MISC", "I-MISC") and tokens[i].isdigit():
            out[i] = "I-MISC"
    return out


@lru_cache(maxsize=1)
def _letter_names() -> frozenset[str]:
    import json
    from importlib import resources as ir

    table = json.loads((ir.files("resources") / "lexicons" / "conll_marks.json").read_text(encoding="utf-8"))
    return frozenset(normalize_token(w) for w in table["letter_names"])


def acronym_dots(tokens: Sequence[str], tags: Sequence[str]) -> list[str]:
    """The «.» that ends a sentence joins the entity span ending right before it when that span's
    last word is the name of a Latin letter (`conll_marks.json`): a dotted acronym («إف . بي . آي»)
    is cut into sentences at its dots in ANERcorp, and the letter's span keeps its dot («إف .» ORG)."""
    out = list(tags)
    n = len(tokens)
    if n >= 2 and tokens[-1] == "." and out[-1] == "O" and out[-2] != "O" \
            and normalize_token(tokens[-2].strip("\u200e\u200f")) in _letter_names():
        out[-1] = "I-" + out[-2][2:]
    return out


# BIO passes after the merge, named by a part of the merge's name
BIO_PASSES: dict[str, Callable[[Sequence[str], Sequence[str]], list[str]]] = {
    "models": model_numbers,
    "dots": acronym_dots,
}


def candidate_spans(doc: Document, backend: str | None = None, with_data: bool = True,
                    corpus: bool = False) -> tuple[list[Span], list[Span]]:
    """(backend spans, data recognisers' spans), unresolved: the merges choose among them;
    `corpus` adds the corpus name lexicon's spans (`corpus_name_spans`) to the data spans."""
    from core.entities import BACKENDS, COMPONENTS, backend_name

    data: list[Span] = []
    for name in COMPONENTS if with_data else ():
        data.extend(importlib.import_module(name).find(doc))
    data.extend(currency_spans(doc, [s for s in data if s.label == "NUMBER"]))
    if corpus:
        data.extend(corpus_name_spans(doc))
    module = BACKENDS.get(backend or backend_name())
    model = importlib.import_module(module).find(doc) if module else []
    return model, data


def tag_conll(sentences: list[list[str]], backend: str | None = None, merge: str = DEFAULT_MERGE) -> list[list[str]]:
    """BIO tags (PERS/LOC/ORG/MISC) for each sentence, from the full entity step."""
    doc = build_document(sentences)
    spans = MERGES[merge](*candidate_spans(doc, backend, with_data=merge != "model", corpus="corpus" in merge))
    out: list[list[str]] = []
    by_sentence = doc.sentence_tokens()
    passes = [BIO_PASSES[p] for p in merge.split("+") if p in BIO_PASSES]
    k = 0
    for sentence in sentences:
        if not sentence:
            out.append([])
            continue
        toks = by_sentence[k]
        k += 1
        lo, hi = toks[0].start, toks[-1].end
        tags = spans_to_bio(toks, [s for s in spans if s.start < hi and lo < s.end])
        for part in passes:
            tags = part(sentence, tags)
        out.append(tags)
    return out


def read_conll(lines: Iterable[str]) -> tuple[list[list[str]], list[list[str]]]:
    """(tokens, tags) per sentence; a line is `token`, or `token TAB/SPACE tag` (last column).

    Tags are "" where the input has only tokens. Blank lines separate sentences.
    """
    sentences: list[list[str]] = []
    tags: list[list[str]] = []
    cur_tok: list[str] = []
    cur_tag: list[str] = []
    for line in lines:
        cols = line.rstrip("\r\n").split()
        if not cols:
            if cur_tok:
                sentences.append(cur_tok)
                tags.append(cur_tag)
            cur_tok, cur_tag = [], []
            continue
        cur_tok.append(cols[0])
        cur_tag.append(cols[-1] if len(cols) > 1 else "")
    if cur_tok:
        sentences.append(cur_tok)
        tags.append(cur_tag)
    return sentences, tags


def write_conll(out: TextIO, sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> None:
    """`token TAB tag` lines, a blank line after each sentence."""
    for toks, sent_tags in zip(sentences, tags):
        for tok, tag in zip(toks, sent_tags):
            out.write(f"{tok}\t{tag}\n")
        out.write("\n")
