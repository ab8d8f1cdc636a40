"""Measure Marsad's NER on the ANERcorp dev split (last 15 % of train).

The CRF never trains on the dev block. The shipped nn network does (analyzer version 16: the
final model is the chosen recipe retrained on all of ANERcorp train), so its dev figures are not
measurements; the script says so, and `--model-dir build/ner/dev85` measures the same recipe
trained without the dev block (`train_tagger_nn.py --variant h64c48-p16 --out build/ner/dev85`).

Prints strict-span (conlleval) per-type and micro P/R/F1, for each statistical backend
("crf": core.entities.tagger, "nn": core.entities.tagger_nn), of
  (a) the raw tagger, and
  (b) the full entity step through core.entities.conll.tag_conll (gazetteer, lexicons, rules,
      tagger, merged by conll.MERGES[DEFAULT_MERGE]; --merges scores every merge) — this number
      moves as recognisers are added to COMPONENTS;
recall on entities whose exact string was / was not seen in the training split; and speed and
memory: model load time, tokens per second for (a) and (b), peak RSS.

  .venv/bin/python build_scripts/evaluate_ner.py [--backend crf|nn]... [--merges] [--wojood-val] [--wojood] [--limit N]
      [--model-dir DIR]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
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


def raw_tagger(backend: str) -> tuple[object, Callable[[list[list[str]]], list[list[str]]]]:
    """(module, function tagging many sentences of raw tokens) of a statistical backend."""
    if backend == "nn":
        from core.entities import tagger_nn

        return tagger_nn, tagger_nn.tag_sentences
    from core.entities import tagger

    return tagger, lambda sents: [tagger.tag_tokens(t) for t in sents]


def trained_on_dev(model_dir: Path | None) -> bool:
    """Whether the nn model in `model_dir` (default: the shipped one) saw the dev block in training."""
    import importlib.resources
    import json

    from core.entities.tagger_nn import member_stems

    folder = model_dir or Path(str(importlib.resources.files("resources") / "models"))
    return any(json.loads((folder / f"{stem}_vocab.json").read_text(encoding="utf-8")).get("config", {}).get("full")
               for stem in member_stems(folder))  # any network of an ensemble


def classify_errors(
    toks: list[str], gold: list[str], pred: list[str]
) -> list[tuple[str, str, str, str]]:
    """(kind, type, gold span text, predicted span text) of one sentence's errors, strict spans.

    A gold span with a predicted span of the same offsets but another type is "type"; one that
    overlaps predicted spans without any matching exactly is "boundary" (one line per gold span,
    the overlapping predictions joined by " | "); one no prediction touches is "miss". Predicted
    spans touching no gold span are "spurious". The type column is the gold type (the predicted
    one for spurious spans, "GOLD>PRED" for type errors)."""
    gs, ps = set(ner_data.entities(gold)), set(ner_data.entities(pred))

    def text(span: tuple[int, int, str]) -> str:
        return " ".join(toks[span[0] : span[1]]) + f" [{span[2]}]"

    out: list[tuple[str, str, str, str]] = []
    for g in sorted(gs - ps):
        over = sorted(p for p in ps if p[0] < g[1] and g[0] < p[1])
        same = [p for p in over if p[:2] == g[:2]]
        if same:
            out.append(("type", f"{g[2]}>{same[0][2]}", text(g), text(same[0])))
        elif over:
            out.append(("boundary", g[2], text(g), " | ".join(text(p) for p in over)))
        else:
            out.append(("miss", g[2], text(g), ""))
    for p in sorted(ps - gs):
        if not any(g[0] < p[1] and p[0] < g[1] for g in gs):
            out.append(("spurious", p[2], "", text(p)))
    return out


def write_errors(path: Path, tokens: list[list[str]], gold: list[list[str]], pred: list[list[str]]) -> None:
    """Tab-separated errors of every sentence (see `classify_errors`), with a window of the sentence."""
    lines = ["sentence\tkind\ttype\tgold\tpredicted\tcontext"]
    for n, (toks, g, p) in enumerate(zip(tokens, gold, pred)):
        for kind, label, gtext, ptext in classify_errors(toks, g, p):
            lines.append(f"{n}\t{kind}\t{label}\t{gtext}\t{ptext}\t{' '.join(toks)[:300]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"  errors written to {path} ({len(lines) - 1})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="only the first N dev sentences")
    parser.add_argument("--backend", action="append", choices=["crf", "nn"],
                        help="backend(s) to measure (default: both)")
    parser.add_argument("--merges", action="store_true", help="(b) with every tag_conll merge, not only the default")
    parser.add_argument("--model-dir", type=Path,
                        help="nn: measure the model exported in DIR (train_tagger_nn.py --out DIR; an ensemble folder of "
                             "ensemble_tagger_dir.py too) instead of the "
                             "shipped one — for a shipped model trained on all of ANERcorp train, dev is not held out")
    parser.add_argument("--wojood-val", action="store_true", help="also score Wojood val (types mapped)")
    parser.add_argument("--wojood", action="store_true",
                        help="also score Wojood train + val (types mapped; text no tagger or rule was chosen on) through "
                             "tag_conll with the default merge (every merge with --merges), the whole as one document")
    parser.add_argument("--errors", type=Path,
                        help="write (b)'s errors, one line each, to this file (BACKEND is put before its suffix "
                             "when several backends run): kind (miss, spurious, type, boundary), gold and "
                             "predicted spans with their words, and the sentence's words around them")
    parser.add_argument("--corpus-firsts", type=Path,
                        help="add the first names of this corpus lexicon (build_corpus_names.py select) to the "
                             "taggers' FIRST list for the run (docs/ner.md, Version 35); the names themselves are "
                             "read by the +corpus merges from MARSAD_CORPUS_NAMES")
    args = parser.parse_args()
    if args.corpus_firsts:
        import json

        from core.entities import consistency

        extra = frozenset(json.loads(args.corpus_firsts.read_text(encoding="utf-8"))["firsts"])
        firsts = consistency.first_names() | extra
        consistency.first_names = lambda: firsts  # read through the module by the name rules and bio._joined

    train, dev = ner_data.anercorp_split()
    if args.limit:
        dev = dev[: args.limit]
    tokens = [t for t, _ in dev]
    gold = [g for _, g in dev]
    n_tokens = sum(len(t) for t in tokens)
    from core.entities import COMPONENTS
    from core.entities.conll import DEFAULT_MERGE, MERGES, tag_conll

    speeds: list[str] = []
    for backend in args.backend or ["crf", "nn"]:
        start = time.perf_counter()
        module, tag_many = raw_tagger(backend)
        if backend == "nn" and args.model_dir:
            import importlib.resources

            module._model = module.load_model(  # type: ignore[attr-defined]
                args.model_dir, importlib.resources.files("resources") / "models")
        module._load()  # type: ignore[attr-defined]
        load_s = time.perf_counter() - start
        if backend == "nn" and trained_on_dev(args.model_dir):
            print("\nNOTE: this nn model was trained on the dev block too (config full=True): its dev figures "
                  "below are not measurements. Measure the dev-block model with --model-dir build/ner/dev85.")

        start = time.perf_counter()
        raw = tag_many(tokens)
        raw_s = time.perf_counter() - start
        report(f"(a) raw {backend} tagger on ANERcorp dev ({len(dev)} sentences, {n_tokens:,} tokens)", gold, raw)
        seen_unseen(train, tokens, gold, raw)

        for merge in (MERGES if args.merges else [DEFAULT_MERGE]):
            start = time.perf_counter()
            full = tag_conll(tokens, backend, merge)
            full_s = time.perf_counter() - start
            report(f"(b) {backend}: full entity step via tag_conll, merge {merge!r} "
                   f"(COMPONENTS: {', '.join(c.rsplit('.', 1)[-1] for c in COMPONENTS)})", gold, full)
            seen_unseen(train, tokens, gold, full)
            if args.errors and merge == DEFAULT_MERGE:
                path = args.errors
                if len(args.backend or ["crf", "nn"]) > 1:
                    path = path.with_name(f"{path.stem}.{backend}{path.suffix}")
                write_errors(path, tokens, gold, full)
        speeds.append(f"  {backend}: model load {load_s:.2f} s; raw tagger {n_tokens / raw_s:,.0f} tokens/s "
                      f"(first pass, cold caches); full entity step {n_tokens / full_s:,.0f} tokens/s")
        if args.wojood_val:
            wv = ner_data.read_wojood(ner_data.NER_DIR / "wojood_val.conll")
            report(f"(a) raw {backend} tagger on Wojood val (mapped types; different guidelines)",
                   [g for _, g in wv], tag_many([t for t, _ in wv]))
        if args.wojood:
            wj = [s for name in ("wojood_train.conll", "wojood_val.conll")
                  for s in ner_data.read_wojood(ner_data.NER_DIR / name)]
            wtoks, wgold = [t for t, _ in wj], [g for _, g in wj]
            report(f"(a) raw {backend} tagger on Wojood train+val ({sum(map(len, wtoks)):,} tokens; mapped types, "
                   "different guidelines)", wgold, tag_many(wtoks))
            for merge in (MERGES if args.merges else [DEFAULT_MERGE]):
                report(f"(b) {backend} on Wojood train+val, merge {merge!r}", wgold, tag_conll(wtoks, backend, merge))

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("\nspeed and memory (one process, both backends loaded)")
    print("\n".join(speeds))
    print(f"  peak RSS            {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
