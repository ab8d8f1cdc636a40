"""Pseudo-labelled NER sentences from the unlabelled news corpus, for self-training / distillation.

    .venv/bin/python build_scripts/pseudo_label_ner.py [--sentences 6000] [--min-conf 0.7]

Teacher taggers (`--teacher DIR`, repeatable: folders holding ner_bilstm.onnx and its vocab json,
exported with `train_tagger_nn.py --export-only --out DIR`; default: the shipped model) tag the
sentences of a seeded random sample of SaudiNewsNet articles. A sentence is kept when every
teacher gives it the same tags and the first teacher is sure of every token (marginal probability
of its chosen tag at least --min-conf); those holding an entity, plus a share of sure sentences
without any, are written as `token TAB tag` CoNLL to build/ner/pseudo.conll. `train_tagger_nn.py` adds the first N of them to the ANERcorp training
block (Config.pseudo); the dev block is never tagged or touched, so dev figures stay honest.
SaudiNewsNet (2015 Saudi online news) and ANERcorp (2006 news) share no text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))

import ner_data  # noqa: E402
from core.entities import tagger_nn  # noqa: E402
from core.pipeline import analyze  # noqa: E402

SEED = 7
OUT = ner_data.BUILD / "pseudo.conll"


def sample_sentences(n_articles: int, rng: random.Random) -> list[tuple[int, list[str]]]:
    """(article number, raw token texts) of the sentences (6–60 tokens) of a random sample of articles."""
    with gzip.open(ner_data.NEWS, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    rng.shuffle(records)
    out: list[tuple[int, list[str]]] = []
    for n, record in enumerate(records[:n_articles]):
        doc = analyze(record.get("content") or "", until="tokenise").doc
        for sentence in doc.sentence_tokens():
            if 6 <= len(sentence) <= 60:
                out.append((n, [t.text for t in sentence]))
    return out


def harmonised(articles: list[int], norms: list[list[str]], tagged: list[tuple[list[str], list[float]]],
               blocked: frozenset[str]) -> list[tuple[list[str], list[float]]]:
    """The teacher's tags made consistent within each article, as the shipped tagger does at run
    time (core.entities.consistency); propagated tokens carry their voters' confidence."""
    from core.entities.consistency import harmonise

    by_article: dict[int, list[int]] = {}
    for i, a in enumerate(articles):
        by_article.setdefault(a, []).append(i)
    out = list(tagged)
    for rows in by_article.values():
        for i, fixed in zip(rows, harmonise([norms[i] for i in rows], [tagged[i] for i in rows], blocked)):
            out[i] = fixed
    return out


def teacher_tags(folder: Path, norms: list[list[str]]) -> list[tuple[list[str], list[float]]]:
    """(tags, marginals of the chosen tags) of every sentence — all of them, entities or not — by
    the model in `folder`."""
    import numpy as np

    model = tagger_nn.load_model(folder, ROOT / "resources" / "models")
    scores = tagger_nn.emissions(norms, model)
    out: list[tuple[list[str], list[float]]] = [([], [])] * len(norms)
    for group in tagger_nn._batches(norms, tagger_nn.DECODE_SPREAD, tagger_nn.DECODE_TOKENS):
        lengths = np.array([len(norms[i]) for i in group])
        padded = np.zeros((len(group), int(lengths.max()), len(tagger_nn.TAGS)))
        for row, i in enumerate(group):
            padded[row, : lengths[row]] = scores[i]
        paths = tagger_nn.viterbi(padded, lengths, model.trans, model.start, model.end)
        probs = tagger_nn.marginals(padded, lengths, model.trans, model.start, model.end)
        for row, (i, path) in enumerate(zip(group, paths)):
            out[i] = ([tagger_nn.TAGS[k] for k in path], probs[row, np.arange(len(path)), path].tolist())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=6000, help="sentences to write")
    parser.add_argument("--articles", type=int, default=3000, help="articles sampled")
    parser.add_argument("--min-conf", type=float, default=0.7)
    parser.add_argument("--teacher", type=Path, action="append", help="teacher model folder (repeatable)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--consistency", action="store_true",
                        help="make the first teacher's tags consistent within each article before filtering")
    parser.add_argument("--empty-share", type=float, default=0.2, help="share of sentences without entities")
    args = parser.parse_args()
    rng = random.Random(SEED)
    sampled = sample_sentences(args.articles, rng)
    rng.shuffle(sampled)
    articles = [a for a, _ in sampled]
    sentences = [toks for _, toks in sampled]
    from core.text.normalize import normalize_token

    norms = [[normalize_token(t) for t in s] for s in sentences]
    teachers = args.teacher or [ROOT / "resources" / "models"]
    tagged = teacher_tags(teachers[0], norms)
    if args.consistency:
        vocab = tagger_nn.load_vocab(teachers[0])
        blocked = vocab.get("ordinary_strings") or ner_data.ordinary_strings(ner_data.anercorp_split()[0])
        before = sum(t != "O" for tags, _ in tagged for t in tags)
        tagged = harmonised(articles, norms, tagged, frozenset(blocked))
        print(f"consistency: entity tokens {before:,} -> {sum(t != 'O' for tags, _ in tagged for t in tags):,}")
    for folder in teachers[1:]:
        others = teacher_tags(folder, norms)
        tagged = [(tags, conf) if tags == other else (None, conf) for (tags, conf), (other, _) in zip(tagged, others)]
    disagreed = sum(tags is None for tags, _ in tagged)
    print(f"{len(teachers)} teacher(s); they disagree on {disagreed:,} of {len(tagged):,} sentences")
    kept: list[tuple[list[str], list[str]]] = []
    empty = 0
    for toks, (tags, conf) in zip(sentences, tagged):
        if tags is None or min(conf) < args.min_conf:
            continue
        has = any(t != "O" for t in tags)
        if not has:
            if empty >= args.empty_share * args.sentences:
                continue
            empty += 1
        kept.append((toks, tags))
        if len(kept) >= args.sentences:
            break
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for toks, tags in kept:
            fh.writelines(f"{tok}\t{tag}\n" for tok, tag in zip(toks, tags) if tok.strip())
            fh.write("\n")
    entities = sum(len(ner_data.entities(tags)) for _, tags in kept)
    print(f"{len(sentences):,} candidate sentences; wrote {len(kept):,} ({empty:,} without entities, "
          f"{entities:,} entities, {sum(len(t) for t, _ in kept):,} tokens) to {args.out}")


if __name__ == "__main__":
    main()
