"""A name lexicon mined from the unlabelled news corpus by a tagger: build/ner/corpus_names.json.

    .venv/bin/python build_scripts/build_corpus_names.py count --tagger DIR [--counts FILE] [--limit N]
    .venv/bin/python build_scripts/build_corpus_names.py select --counts FILE [--min-articles K]
        [--min-purity P] [--min-covered C] [--first-min-articles K] [--first-min-pers P] [--out FILE]
    .venv/bin/python build_scripts/build_corpus_names.py grid --counts FILE [--k ...] [--p ...] [--covered ...]

`count` tags every SaudiNewsNet article (duplicates of one text counted once) with the nn tagger
exported in DIR (`train_tagger_nn.py --export-only --out DIR`), runs the document pass the app runs
(`consistency.document_tags`: name rules, propagation, relabelling) and writes, for every
normalised span string of up to four words tagged in two or more articles: in how many articles it
was tagged under each type (after the document pass, and by the raw tagger alone), its mean
confidence, how often the string occurs in the corpus at all, how often as exactly a tagged span and
how often inside some span; and for every first word of a confident (mean marginal ≥ 0.9)
two-plus-word PERS span in how many articles it opened one, how often it occurs and how often inside
a PERS span (build/ner/corpus_counts.<tagger folder>.json.gz; about 6 minutes for 30,359 articles).

`select` keeps the strings tagged in at least K articles, with one type holding at least P of those
articles, inside an entity at least C of the times the string occurs (not an ordinary word), not an
ordinary string of the ANERcorp training block (`ner_ordinary_strings.json`), not ending in a name
particle and not a proclitic form of another kept string (the matcher reads proclitics); and the
first names the same way (not in the taggers' FIRST list already, no proclitic forms, no X whose
«و» + X is a name). `grid` prints, for several thresholds, the sizes and how precise the lexicon's
matches are on the ANERcorp TRAINING block (exact span and type): the thresholds were chosen from
it and from the counts, before any dev figure.

Use: MARSAD_CORPUS_NAMES=build/ner/corpus_names.json evaluate_ner.py --merges (the `+corpus`
merges of core/entities/conll.py fill the model's gaps with the names); `evaluate_ner.py
--corpus-firsts FILE` adds the mined first names to the FIRST list of the name rules.

Honesty: the lexicon is measured on the ANERcorp dev block, so the tagger that builds it must never
have seen the dev block's labels: the teacher `build/ner/teachers/decay-s2` (ANERcorp train minus
dev) or the dev-block students (`build/ner/dev85*`, trained on the same block plus the teacher's
pseudo labels), never the shipped network (trained on dev too). The corpus (2015 Saudi news) shares
no text with ANERcorp (2006).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))

import ner_data  # noqa: E402

TYPES = ("PERS", "LOC", "ORG", "MISC")
MAX_WORDS = 4
CHUNK = 48  # articles tagged in one batch
OUT = ner_data.BUILD / "corpus_names.json"  # not shipped: no gain on dev (docs/ner.md, Version 35)


def _articles(limit: int) -> list[str]:
    """Distinct article texts (title and body) of the corpus, in file order."""
    seen: set[bytes] = set()
    out: list[str] = []
    for text in ner_data.news_texts():
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=12).digest()
        if digest in seen or not text.strip():
            continue
        seen.add(digest)
        out.append(text)
        if limit and len(out) >= limit:
            break
    return out


def _key(norms: list[str], first: int, last: int) -> str:
    return " ".join(norms[first:last])


def count(tagger: Path, counts_path: Path, limit: int) -> None:
    from core.entities import consistency, tagger_nn
    from core.entities.bio import bio_spans
    from core.pipeline import analyze

    tagger_nn._model = tagger_nn.load_model(tagger, ROOT / "resources" / "models")
    texts = _articles(limit)
    print(f"{len(texts):,} distinct articles; tagger {tagger}")
    arts: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # after the document pass
    raw_arts: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    conf_sum: Counter[str] = Counter()
    conf_n: Counter[str] = Counter()
    first_arts: dict[str, set[int]] = defaultdict(set)  # first word of a confident 2+-word PERS span
    stored: list[tuple[list[list[str]], list[list[str]]]] = []  # (norms, final tags) per article
    start = time.perf_counter()
    tokens = 0
    for lo in range(0, len(texts), CHUNK):
        docs = [analyze(t, until="tokenise").doc for t in texts[lo: lo + CHUNK]]
        sents = [[s for s in d.sentence_tokens() if s] for d in docs]
        norms = [[[t.norm for t in s] for s in ss] for ss in sents]
        flat = [n for ns in norms for n in ns]
        tagged = tagger_nn.tag_norms(flat, with_confidence=True)
        k = 0
        for a, (ss, ns) in enumerate(zip(sents, norms)):
            art = lo + a
            raw = tagged[k: k + len(ns)]
            k += len(ns)
            final, _ = consistency.document_tags(ns, [[t.text for t in s] for s in ss], raw)
            for n, (tags, _) in zip(ns, raw):
                for first, last, kind in bio_spans(tags):
                    if last - first <= MAX_WORDS:
                        raw_arts[_key(n, first, last)][kind].add(art)
            for n, (tags, probs) in zip(ns, final):
                tokens += len(n)
                for first, last, kind in bio_spans(tags):
                    if last - first > MAX_WORDS:
                        continue
                    key = _key(n, first, last)
                    arts[key][kind].add(art)
                    conf = sum(probs[first:last]) / (last - first) if probs else 0.0
                    conf_sum[key] += conf
                    conf_n[key] += 1
                    if kind == "PERS" and last - first >= 2 and conf >= 0.9:
                        first_arts[n[first]].add(art)
            stored.append((ns, [tags for tags, _ in final]))
        if (lo // CHUNK) % 50 == 0:
            rate = tokens / (time.perf_counter() - start)
            print(f"  {lo + len(docs):,} articles, {tokens:,} tokens, {rate:,.0f} tokens/s", flush=True)
    # occurrences of every string tagged in two or more articles, and how many are tagged as exactly it
    keys = {k for k, by in arts.items() if len(set().union(*by.values())) >= 2}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for k in keys:
        parts = tuple(k.split(" "))
        by_first[parts[0]].append(parts)
    occurs: Counter[str] = Counter()
    tagged_as: Counter[str] = Counter()
    covered: Counter[str] = Counter()  # occurrences inside some entity span (exactly it or a longer one)
    first_occurs: Counter[str] = Counter()
    first_pers: Counter[str] = Counter()  # occurrences starting or inside a PERS span
    firsts = {w for w, a in first_arts.items() if len(a) >= 2}
    for ns, tags_list in stored:
        for n, tags in zip(ns, tags_list):
            spans = {(f, l) for f, l, _ in bio_spans(tags)}
            for i, w in enumerate(n):
                if w in firsts:
                    first_occurs[w] += 1
                    first_pers[w] += tags[i].endswith("PERS")
                for parts in by_first.get(w, ()):
                    m = len(parts)
                    if tuple(n[i: i + m]) == parts:
                        key = " ".join(parts)
                        occurs[key] += 1
                        tagged_as[key] += (i, i + m) in spans
                        covered[key] += all(t != "O" for t in tags[i: i + m])
    table = {
        "tagger": str(tagger),
        "articles": len(texts),
        "tokens": tokens,
        "strings": {
            k: {
                "arts": {t: len(a) for t, a in arts[k].items()},
                "all_arts": len(set().union(*arts[k].values())),
                "raw_arts": {t: len(a) for t, a in raw_arts.get(k, {}).items()},
                "conf": round(conf_sum[k] / conf_n[k], 3),
                "occurs": occurs[k],
                "tagged": tagged_as[k],
                "covered": covered[k],
            }
            for k in sorted(keys)
        },
        "firsts": {
            w: {"arts": len(first_arts[w]), "occurs": first_occurs[w], "pers": first_pers[w]}
            for w in sorted(firsts)
        },
    }
    counts_path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(counts_path, "wt", encoding="utf-8") as fh:
        json.dump(table, fh, ensure_ascii=False)
    print(f"{len(keys):,} strings in 2+ articles, {len(firsts):,} first names; "
          f"{time.perf_counter() - start:.0f} s; wrote {counts_path}")


# a name never ends in a particle that opens the next word of it («محمد بن» is a cut span)
NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "اب", "ولد", "سيدي", "دي", "دا", "فان", "فون"})
PREFIXES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")


def _stripped(key: str, keys: set[str]) -> str | None:
    """The key without a proclitic on its first word, when that form is a key too («وسوريا» →
    «سوريا», «للامم المتحده» → «الامم المتحده»): the matcher reads proclitics itself."""
    first, _, rest = key.partition(" ")
    for p in PREFIXES:
        if first.startswith(p) and len(first) - len(p) >= 2:
            for base in (first[len(p):], "ا" + first[len(p):] if p.endswith("ل") and first[len(p):].startswith("ل") else ""):
                cand = (base + " " + rest).strip() if base else ""
                if cand and cand in keys:
                    return cand
    return None


def select(counts_path: Path, k: int, p: float, min_covered: float, first_k: int, first_p: float) -> dict:
    """The lexicon (see the module docstring) as a JSON-ready dict."""
    from core.entities.consistency import NOT_FIRST_BEFORE_FATHER, first_names, ordinary_strings

    with gzip.open(counts_path, "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    strings = table["strings"]
    blocked = ordinary_strings()
    keys = set(strings)
    names: dict[str, list[str]] = {t: [] for t in TYPES}
    for key, row in strings.items():
        if (_stripped(key, keys) is not None or key in blocked or len(key.replace(" ", "")) < 3
                or key.rsplit(" ", 1)[-1] in NAME_PARTICLES):
            continue
        by_type = Counter(row["arts"])
        kind, top = by_type.most_common(1)[0]
        if row["all_arts"] < k or top / sum(by_type.values()) < p:
            continue
        if not row["occurs"] or row["covered"] / row["occurs"] < min_covered:
            continue
        names[kind].append(key)
    known = first_names()
    firsts = {
        w for w, row in table["firsts"].items()
        if row["arts"] >= first_k and row["occurs"] and row["pers"] / row["occurs"] >= first_p
        and w not in blocked and w not in known and w not in NOT_FIRST_BEFORE_FATHER and len(w) >= 3
    }
    every = firsts | known
    # a proclitic + a first name is no first name («بمحمد», «وخالد»); a name that is «و» + another
    # («وليام» / «ليام») is not added in its short form, so the joined-names cut never splits it
    firsts = sorted(w for w in firsts
                    if not any(w.startswith(p) and w[len(p):] in every for p in ("و", "ف", "ب", "ل", "ك"))
                    and "و" + w not in every)
    return {
        "about": "Names tagged in the SaudiNewsNet corpus by a tagger that never saw the ANERcorp dev block "
                 "(build_scripts/build_corpus_names.py; docs/ner.md, Version 35). Normalised tokens, space-joined.",
        "tagger": Path(table["tagger"]).name,
        "min_articles": k, "min_purity": p, "min_covered": min_covered,
        "first_min_articles": first_k, "first_min_pers": first_p,
        "names": {t: sorted(v) for t, v in names.items()},
        "firsts": firsts,
    }


def train_precision(lex: dict, sentences: list[ner_data.Sentence]) -> dict[str, tuple[int, int]]:
    """(right, matched) per type of the lexicon's matches (`conll.corpus_name_spans`, the matcher the
    merge uses) over labelled sentences: a match is right when the gold has exactly that span and
    type. Run on the ANERcorp training block (never the dev block) to choose the thresholds."""
    from core.entities import conll

    conll._corpus_names.cache_clear()
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, names in lex["names"].items():
        for name in names:
            words = tuple(name.split(" "))
            index.setdefault(words[0], []).append((words, kind))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    saved = conll._corpus_names
    conll._corpus_names = lambda: index  # type: ignore[assignment]
    try:
        doc = conll.build_document([toks for toks, _ in sentences])
        spans = conll.corpus_name_spans(doc)
    finally:
        conll._corpus_names = saved  # type: ignore[assignment]
    gold: set[tuple[int, int, str]] = set()
    for sentence, (toks, tags) in zip(doc.sentence_tokens(), sentences):
        for first, last, kind in ner_data.entities(tags):
            gold.add((sentence[first].start, sentence[last - 1].end, kind))
    out: dict[str, list[int]] = {t: [0, 0] for t in TYPES}
    back = {v: k for k, v in conll.CORPUS_LABELS.items()}
    for span in spans:
        kind = back[span.label]
        lo, hi = span.attrs["tokens"]
        out[kind][1] += 1
        out[kind][0] += (lo, hi, kind) in gold
    return {t: (r, m) for t, (r, m) in out.items()}


def grid(counts_path: Path, ks: list[int], ps: list[float], covered: list[float]) -> None:
    """Lexicon sizes and ANERcorp-train precision of their matches over a grid of thresholds."""
    train, _ = ner_data.anercorp_split()
    for c in covered:
        for k in ks:
            for p in ps:
                lex = select(counts_path, k, p, c, 3, 0.8)
                prec = train_precision(lex, train)
                right = sum(r for r, _ in prec.values())
                matched = sum(m for _, m in prec.values())
                per = "  ".join(f"{t} {len(lex['names'][t]):5d} {r / m if m else 0:.2f}/{m:<4d}" for t, (r, m) in prec.items())
                print(f"k={k:2d} p={p:.2f} covered>={c:.2f}: {per}  all {right / matched if matched else 0:.3f} of {matched}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="step", required=True)
    c = sub.add_parser("count")
    c.add_argument("--tagger", type=Path, required=True, help="exported nn model folder that never saw the dev block")
    c.add_argument("--counts", type=Path)
    c.add_argument("--limit", type=int, default=0, help="only the first N distinct articles")
    s = sub.add_parser("select")
    s.add_argument("--counts", type=Path, required=True)
    s.add_argument("--min-articles", type=int, default=3)
    s.add_argument("--min-purity", type=float, default=0.9)
    s.add_argument("--min-covered", type=float, default=0.8, help="share of the string's occurrences inside an entity")
    s.add_argument("--first-min-articles", type=int, default=3)
    s.add_argument("--first-min-pers", type=float, default=0.8)
    s.add_argument("--out", type=Path, default=OUT)
    g = sub.add_parser("grid")
    g.add_argument("--counts", type=Path, required=True)
    g.add_argument("--k", type=int, nargs="+", default=[2, 3, 5, 10])
    g.add_argument("--p", type=float, nargs="+", default=[0.8, 0.9, 0.95])
    g.add_argument("--covered", type=float, nargs="+", default=[0.5])
    args = parser.parse_args()
    if args.step == "grid":
        grid(args.counts, args.k, args.p, args.covered)
    if args.step == "select":
        lex = select(args.counts, args.min_articles, args.min_purity, args.min_covered,
                     args.first_min_articles, args.first_min_pers)
        args.out.write_text(json.dumps(lex, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        sizes = ", ".join(f"{t} {len(v):,}" for t, v in lex["names"].items())
        print(f"{sizes}; first names {len(lex['firsts']):,}; wrote {args.out}")
    if args.step == "count":
        counts = args.counts or ner_data.BUILD / f"corpus_counts.{args.tagger.name}.json.gz"
        count(args.tagger, counts, args.limit)


if __name__ == "__main__":
    main()
