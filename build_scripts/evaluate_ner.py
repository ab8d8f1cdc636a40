"""Measure Marsad's NER on the ANERcorp dev split (last 15 % of train, never trained on).

Prints strict-span (conlleval) per-type and micro P/R/F1 for
  (a) the raw CRF tagger (core.entities.tagger.tag_tokens), and
  (b) the full entity step through core.entities.conll.tag_conll (gazetteer, lexicons, rules,
      tagger, overlap policy) — this number moves as recognisers are added to COMPONENTS;
recall on entities whose exact string was / was not seen in the training split; and speed and
memory: model load time, tokens per second for (a) and (b), peak RSS.

  .venv/bin/python build_scripts/evaluate_ner.py [--wojood-val] [--limit N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ner_data  # noqa: E402
from core.text.normalize import normalize_token  # noqa: E402


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(title: str, gold: list[list[str]], pred: list[list[str]]) -> float:
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(ner_data.entities(g)), set(ner_data.entities(p))
        for kind in ("ALL",):
            ng[kind] += len(gs)
            npred[kind] += len(ps)
            tp[kind] += len(gs & ps)
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            npred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    print(f"\n{title}")
    print(f"  {'type':5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>6s} {'pred':>6s}")
    for kind in ["PERS", "LOC", "ORG", "MISC", "ALL"]:
        p, r, f = prf(tp[kind], npred[kind], ng[kind])
        print(f"  {kind:5s} {p:6.3f} {r:6.3f} {f:6.3f} {ng[kind]:6d} {npred[kind]:6d}")
    return prf(tp["ALL"], npred["ALL"], ng["ALL"])[2]


def seen_unseen(
    train: list[ner_data.Sentence], dev_tokens: list[list[str]], gold: list[list[str]], pred: list[list[str]]
) -> None:
    """Recall split by whether the entity's normalised string occurs as an entity in training."""
    seen_strings = {
        " ".join(normalize_token(t) for t in toks[a:b])
        for toks, tags in train
        for a, b, _ in ner_data.entities(tags)
    }
    hits: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for toks, g, p in zip(dev_tokens, gold, pred):
        found = set(ner_data.entities(p))
        for span in ner_data.entities(g):
            key = "seen" if " ".join(normalize_token(t) for t in toks[span[0] : span[1]]) in seen_strings else "unseen"
            total[key] += 1
            hits[key] += span in found
    all_n = sum(total.values())
    for key in ("seen", "unseen"):
        share = total[key] / all_n if all_n else 0.0
        rec = hits[key] / total[key] if total[key] else 0.0
        print(f"  {key:6s} recall {rec:.3f}  ({total[key]} entities, {share:.0%} of dev)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="only the first N dev sentences")
    parser.add_argument("--wojood-val", action="store_true", help="also score Wojood val (types mapped)")
    args = parser.parse_args()

    train, dev = ner_data.anercorp_split()
    if args.limit:
        dev = dev[: args.limit]
    tokens = [t for t, _ in dev]
    gold = [g for _, g in dev]
    n_tokens = sum(len(t) for t in tokens)

    start = time.perf_counter()
    from core.entities import tagger

    tagger._load()
    load_s = time.perf_counter() - start

    start = time.perf_counter()
    raw = [tagger.tag_tokens(t) for t in tokens]
    raw_s = time.perf_counter() - start
    report(f"(a) raw CRF tagger on ANERcorp dev ({len(dev)} sentences, {n_tokens:,} tokens)", gold, raw)
    seen_unseen(train, tokens, gold, raw)

    from core.entities import COMPONENTS
    from core.entities.conll import tag_conll

    start = time.perf_counter()
    full = tag_conll(tokens)
    full_s = time.perf_counter() - start
    report(f"(b) full entity step via tag_conll (COMPONENTS: {', '.join(COMPONENTS) or 'none'})", gold, full)
    seen_unseen(train, tokens, gold, full)

    if args.wojood_val:
        wv = ner_data.read_wojood(ner_data.NER_DIR / "wojood_val.conll")
        report("(a) raw CRF tagger on Wojood val (mapped types; different guidelines)",
               [g for _, g in wv], [tagger.tag_tokens(t) for t, _ in wv])

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("\nspeed and memory")
    print(f"  model load          {load_s:.2f} s")
    print(f"  raw tagger          {n_tokens / raw_s:,.0f} tokens/s (first pass, cold caches)")
    print(f"  full entity step    {n_tokens / full_s:,.0f} tokens/s")
    print(f"  peak RSS            {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
