"""Train Marsad's neural NER tagger (BiLSTM-CRF) with torch and export it to ONNX.

Runs in a separate training venv so the app's own venv never carries torch:

  python3.11 -m venv build/train-venv
  build/train-venv/bin/pip install torch==2.13.0 onnx onnxruntime numpy gensim==4.4.0 emoji six regex
  build/train-venv/bin/pip install --no-deps camel-tools==1.6.0
  PYTHONPATH=. build/train-venv/bin/python build_scripts/train_tagger_nn.py            # train, export
  PYTHONPATH=. build/train-venv/bin/python build_scripts/train_tagger_nn.py --variant X # see VARIANTS

(camel-tools is installed without its heavy dependencies: core.text only needs its normaliser and
tokeniser.) torch==2.13.0 is a CPU wheel; never ask pip for another torch spec here.

Inputs (read-only):
  ../shared/data/ner/anercorp_train.conll  labelled; last 15 % (contiguous) held out as dev
  build/ner/w2v.kv                          word2vec of SaudiNewsNet (built by train_tagger.py)
  resources/models/ner_clusters.tsv, ner_lexicon.json  the CRF's cluster ids and word lists
Outputs (shipped):
  resources/models/ner_bilstm.onnx          network: token inputs → per-tag emission scores
  resources/models/ner_bilstm_chars.onnx    its character CNN, cut out after export (split_tagger_chars.py)
  resources/models/ner_bilstm_vocab.json    words, characters, list names, CRF transitions
The model: word vector (pretrained, frozen or fine-tuned) of the token and of its clitic-stripped
stem, a character CNN, cluster-id embeddings and dense word-list/shape flags → two LSTMs (forward,
and backward over each sentence reversed within its own length) → linear emissions → CRF.
Early stopping on dev F1 (decoded exactly as at run time, core.entities.tagger_nn.viterbi);
seeds fixed. torch runs on one thread: on a shared 2-core machine two threads were ten times
slower (they wait on each other); one epoch takes well under a minute this way.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ner_data  # noqa: E402
from core.entities.features import FeatureResources  # noqa: E402
from core.entities.tagger_nn import (  # noqa: E402
    MAX_CHARS,
    MODEL_FILE,
    SHAPES,
    TAGS,
    VOCAB_FILE,
    Encoder,
    allowed_transitions,
    viterbi,
)
from core.text.clitics import proclitic_variants  # noqa: E402
from core.text.normalize import normalize_token  # noqa: E402

MODELS = ner_data.ROOT / "resources" / "models"
SEED = 13


@dataclass(frozen=True)
class Config:
    corpus_words: int = 50_000  # most frequent word2vec words kept besides the training words
    freeze: bool = False  # freeze pretrained word vectors
    hidden: int = 160
    char_dim: int = 32
    char_filters: int = 64
    dropout: float = 0.5
    word_dropout: float = 0.05  # chance a training word (and stem) id is replaced by UNK
    lr: float = 2e-3
    lr_decay: float = 1.0  # learning rate multiplied by this after every epoch
    batch: int = 16
    epochs: int = 30
    patience: int = 5
    max_minutes: float = 18.0
    seed: int = SEED
    pseudo: int = 0  # sentences of build/ner/<pseudo_file> (pseudo_label_ner.py) added to training
    pseudo_file: str = "pseudo.conll"
    train_share: float = 1.0  # share of the training block kept (from its start): learning curves
    full: bool = False  # train on the training block AND dev for `epochs` epochs, no early stopping
    augment: int = 0  # copies of the labelled block with its names swapped (mention replacement)
    char_widths: tuple[int, ...] = (3,)  # character convolution widths; char_filters split evenly among them
    pretrained: str = ""  # LM_VARIANTS name: start from build/ner/lm_NAME.pt (train_tagger_nn.py --pretrain NAME)
    pretrained_parts: tuple[str, ...] = ()  # parameter-name prefixes taken from it (empty: all but the output layer)


VARIANTS: dict[str, Config] = {
    "base": Config(),
    "frozen": Config(freeze=True),
    "h128": Config(hidden=128),
    "wd10": Config(word_dropout=0.1),
    "decay": Config(word_dropout=0.1, lr_decay=0.85),
    "decay-s2": Config(word_dropout=0.1, lr_decay=0.85, seed=29),
    "decay-s3": Config(word_dropout=0.1, lr_decay=0.85, seed=41),
    "h128-s2": Config(hidden=128, word_dropout=0.1, lr_decay=0.85, seed=29),
    "v75": Config(corpus_words=75_000, word_dropout=0.1, lr_decay=0.85, seed=29),
    # smaller LSTMs for speed: the LSTM op was 69 % of ONNX Runtime's time at hidden 160
    "h100-s2": Config(hidden=100, word_dropout=0.1, lr_decay=0.85, seed=29),
    "h64c48-s2": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29),
    # self-training: the shipped h160 model's sure tags on 8,000 SaudiNewsNet sentences added
    "h100-p8": Config(hidden=100, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=8000),
    "h160-p8": Config(word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=8000),
    "h100-p16": Config(hidden=100, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000, max_minutes=25),
    # pseudo labels on which three h160 teachers agree (decay-s2, decay-s3, h160-p8), 24,000 sentences
    "h64c48-e24": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=24000,
                         pseudo_file="pseudo_ens.conll", max_minutes=30),
    # round 2: pseudo labels on which three self-trained students agree (h64c48-p16, -p24, -e24)
    "h64c48-r2": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000,
                        pseudo_file="pseudo_r2.conll", max_minutes=25),
    "h64c48-p16-s41": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=41, pseudo=16000, max_minutes=25),
    # a third seed of the shipped recipe (version 36: an ensemble of the recipe's networks)
    "h64c48-p16-s13": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=13, pseudo=16000, max_minutes=25),
    "h64c48-p24": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=24000, max_minutes=30),
    "h64c48-p16": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000, max_minutes=25),
    # the shipped recipe with pseudo labels made consistent within each article (pseudo_label_ner.py --consistency)
    "h64c48-c16": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000,
                         pseudo_file="pseudo_cons.conll", max_minutes=30),
    # learning curve: the shipped recipe on the first 70 % of the training block (dev unchanged),
    # to estimate what the last 15 % of ANERcorp train (dev) would add to a model trained on all
    "h64c48-p16-t70": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000,
                             max_minutes=25, train_share=70 / 85),
    "h64c48-p16-s41-t70": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=41, pseudo=16000,
                                 max_minutes=25, train_share=70 / 85),
    # the shipped recipe on all of ANERcorp train (training block + dev) for the epochs its dev run
    # chose (best epoch 17): no honest dev figure of its own (dev is inside its training data)
    # mention replacement: one or two copies of the ANERcorp block, each name swapped for another
    # name of its type from the block, so unseen names must be tagged from their context
    "h64c48-p16-mr1": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000,
                             augment=1, max_minutes=30),
    # character convolutions of widths 2, 3 and 4 (16 filters each) instead of 48 of width 3
    "h64c48-p16-w234": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000,
                              char_widths=(2, 3, 4), max_minutes=25),
    # the shipped recipe started from an encoder pretrained as a bidirectional language model on
    # SaudiNewsNet (--pretrain lm1: next/previous word's k1024 and k256 cluster ids)
    "h64c48-p16-lm1": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000,
                             max_minutes=25, pretrained="lm1"),
    "h64c48-p16-lm1-s41": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=41, pseudo=16000,
                                 max_minutes=25, pretrained="lm1"),
    # only the LM-pretrained word table, character CNN and cluster embeddings; fresh LSTMs
    "h64c48-p16-lm1emb": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000,
                                max_minutes=25, pretrained="lm1", pretrained_parts=("word.", "char.", "conv.", "clusters.")),
    "h64c48-p16-full": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=29, pseudo=16000,
                              max_minutes=40, epochs=17, full=True),
    # the same with the other seeds: members 2 and 3 of an ensemble (version 36)
    "h64c48-p16-full-s41": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=41, pseudo=16000,
                                  max_minutes=40, epochs=17, full=True),
    "h64c48-p16-full-s13": Config(hidden=64, char_filters=48, word_dropout=0.1, lr_decay=0.85, seed=13, pseudo=16000,
                                  max_minutes=40, epochs=17, full=True),
}


def labelled(cfg: Config) -> tuple[list[ner_data.Sentence], list[ner_data.Sentence]]:
    """(training, dev) ANERcorp sentences for this configuration (see train_share and full)."""
    train_set, dev = ner_data.anercorp_split()
    if cfg.full:
        return train_set + dev, dev
    return train_set[: round(len(train_set) * cfg.train_share)], dev


def mention_replacement(sentences: list[ner_data.Sentence], copies: int, seed: int) -> list[ner_data.Sentence]:
    """`copies` altered copies of every sentence holding a name: each name (a B-I run) is replaced,
    with probability 0.8, by a name of the same type drawn from the same sentences."""
    def runs(tags: list[str]) -> list[tuple[int, int, str]]:
        out, i = [], 0
        while i < len(tags):
            if tags[i].startswith("B-"):
                j = i + 1
                while j < len(tags) and tags[j] == "I-" + tags[i][2:]:
                    j += 1
                out.append((i, j, tags[i][2:]))
                i = j
            else:
                i += 1
        return out

    pool: dict[str, list[list[str]]] = {}
    for words, tags in sentences:
        for a, b, kind in runs(tags):
            pool.setdefault(kind, []).append(words[a:b])
    rng = random.Random(seed)
    out: list[ner_data.Sentence] = []
    for _ in range(copies):
        for words, tags in sentences:
            spans = runs(tags)
            if not spans:
                continue
            new_w: list[str] = []
            new_t: list[str] = []
            last = 0
            for a, b, kind in spans:
                new_w += words[last:a]
                new_t += tags[last:a]
                name = rng.choice(pool[kind]) if rng.random() < 0.8 else words[a:b]
                new_w += name
                new_t += ["B-" + kind] + ["I-" + kind] * (len(name) - 1)
                last = b
            out.append((new_w + words[last:], new_t + tags[last:]))
    return out


# ---------------------------------------------------------------- vocabulary and data
def build_vocab(train: list[ner_data.Sentence], cfg: Config) -> tuple[list[str], np.ndarray, str]:
    """Words (PAD, UNK, then corpus and training words), their initial vectors, and characters.

    Training words and their clitic variants with a word2vec vector get it; training words without
    one get a small random vector (trainable when not frozen). Dev words are never added.
    """
    from gensim.models import KeyedVectors

    wv = KeyedVectors.load(str(ner_data.BUILD / "w2v.kv"))
    train_norms: Counter[str] = Counter(normalize_token(t) for toks, _ in train for t in toks)
    words: list[str] = ["<pad>", "<unk>"]
    seen: set[str] = set(words)

    def add(word: str) -> None:
        if word not in seen:
            seen.add(word)
            words.append(word)

    for word in wv.index_to_key[: cfg.corpus_words]:
        add(word)
    for norm in train_norms:
        for form in proclitic_variants(norm):
            if form in wv.key_to_index:
                add(form)
        add(norm)
    rng = np.random.default_rng(SEED)
    dim = wv.vector_size
    scale = float(np.std(wv.vectors[:10_000]))
    vectors = rng.normal(0.0, scale, (len(words), dim)).astype(np.float32)
    vectors[0] = 0.0
    for i, word in enumerate(words[2:], start=2):
        if word in wv.key_to_index:
            vectors[i] = wv[word]
    char_counts: Counter[str] = Counter(c for norm in train_norms for c in norm)
    for word in wv.index_to_key[: cfg.corpus_words]:
        char_counts.update(word)
    chars = "".join(sorted(c for c, n in char_counts.items() if n >= 3))
    return words, vectors, chars


def split_long(sentences: list[ner_data.Sentence], limit: int = 120) -> list[ner_data.Sentence]:
    """Training sentences cut into pieces of at most `limit` tokens, never inside an entity.

    ANERcorp has a few run-on "sentences" (one of 1,774 tokens); the CRF loop is sequential in
    time, so one such batch costs as much as hundreds of ordinary ones.
    """
    out: list[ner_data.Sentence] = []
    for toks, tags in sentences:
        begin = 0
        while len(toks) - begin > limit:
            cut = begin + limit
            while cut > begin + limit // 2 and tags[cut].startswith("I-"):
                cut -= 1
            out.append((toks[begin:cut], tags[begin:cut]))
            begin = cut
        out.append((toks[begin:], tags[begin:]))
    return out


def encode(encoder: Encoder, sentences: list[ner_data.Sentence]) -> list[dict[str, np.ndarray]]:
    """One encoded (unpadded, batch of 1) record per sentence, plus its gold tag ids."""
    tag_index = {t: i for i, t in enumerate(TAGS)}
    out = []
    for toks, tags in sentences:
        arrays = encoder.batch([[normalize_token(t) for t in toks]])
        arrays = {k: v[0] for k, v in arrays.items()}
        arrays["tags"] = np.array([tag_index[t] for t in tags], np.int64)
        out.append(arrays)
    return out


def collate(records: list[dict[str, np.ndarray]]) -> dict[str, torch.Tensor]:
    t = max(len(r["words"]) for r in records)
    out: dict[str, torch.Tensor] = {}
    for key in ("words", "stems", "chars", "clusters", "dense", "tags"):
        first = records[0][key]
        arr = np.zeros((len(records), t) + first.shape[1:], first.dtype)
        for i, r in enumerate(records):
            arr[i, : len(r[key])] = r[key]
        out[key] = torch.from_numpy(arr)
    rev = np.tile(np.arange(t, dtype=np.int64), (len(records), 1))
    for i, r in enumerate(records):
        n = len(r["words"])
        rev[i, :n] = np.arange(n - 1, -1, -1)
    out["rev"] = torch.from_numpy(rev)
    out["mask"] = torch.from_numpy(np.arange(t)[None, :] < np.array([len(r["words"]) for r in records])[:, None])
    return out


# ---------------------------------------------------------------- model
class Net(nn.Module):
    """Token features → emission scores [B, T, K]; the exported part."""

    def __init__(self, vectors: np.ndarray, n_chars: int, n_dense: int, cfg: Config) -> None:
        super().__init__()
        self.word = nn.Embedding.from_pretrained(
            torch.from_numpy(vectors), freeze=cfg.freeze, padding_idx=0, sparse=True
        )  # sparse: Adam over all 60k rows each step would dominate the step time
        self.char = nn.Embedding(n_chars + 2, cfg.char_dim, padding_idx=0)
        if cfg.char_widths == (3,):
            self.conv = nn.Conv1d(cfg.char_dim, cfg.char_filters, kernel_size=3, padding=1)
        else:  # several widths, the filters shared out evenly (the same multiply count as width 3 alone)
            each = cfg.char_filters // len(cfg.char_widths)
            self.convs = nn.ModuleList([nn.Conv1d(cfg.char_dim, each, kernel_size=w, padding=w // 2) for w in cfg.char_widths])
        self.clusters = nn.ModuleList([nn.Embedding(k + 1, d) for k, d in ((64, 8), (256, 16), (1024, 16))])
        width = 2 * vectors.shape[1] + cfg.char_filters + 40 + n_dense
        self.fwd = nn.LSTM(width, cfg.hidden, batch_first=True)
        self.bwd = nn.LSTM(width, cfg.hidden, batch_first=True)
        self.drop = nn.Dropout(cfg.dropout)
        self.out = nn.Linear(2 * cfg.hidden, len(TAGS))
        self.hidden = cfg.hidden
        self.half_words: torch.Tensor | None = None  # set for export: fp16 table, cast after lookup

    def embed_words(self, ids: torch.Tensor) -> torch.Tensor:
        if self.half_words is not None:
            return nn.functional.embedding(ids, self.half_words).float()
        return self.word(ids)

    def features(self, words, stems, chars, clusters, dense):  # type: ignore[no-untyped-def]
        """Per-token input vector [B, T, width] before dropout (each token's own features only)."""
        b, t, c = chars.shape
        ch = self.char(chars).reshape(b * t, c, -1).transpose(1, 2)
        if hasattr(self, "convs"):
            ch = torch.cat([torch.relu(conv(ch)).max(dim=2).values for conv in self.convs], dim=1).reshape(b, t, -1)
        else:
            ch = torch.relu(self.conv(ch)).max(dim=2).values.reshape(b, t, -1)
        parts = [self.embed_words(words), self.embed_words(stems), ch, dense]
        parts += [emb(clusters[:, :, i]) for i, emb in enumerate(self.clusters)]
        return torch.cat(parts, dim=2)

    def states(self, x: torch.Tensor, rev: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Forward and backward LSTM states [B, T, H], the backward one put back in text order."""
        forward, _ = self.fwd(x)
        index = rev.unsqueeze(2)
        backward, _ = self.bwd(torch.gather(x, 1, index.expand(-1, -1, x.shape[2])))
        backward = torch.gather(backward, 1, index.expand(-1, -1, self.hidden))
        return forward, backward

    def forward(self, words, stems, chars, clusters, dense, rev):  # type: ignore[no-untyped-def]
        x = self.drop(self.features(words, stems, chars, clusters, dense))
        forward, backward = self.states(x, rev)
        return self.out(self.drop(torch.cat([forward, backward], dim=2)))


class CRF(nn.Module):
    """Linear-chain CRF negative log-likelihood; BIO-invalid moves are masked out in training too."""

    def __init__(self, k: int) -> None:
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))
        ok_trans, ok_start = allowed_transitions(TAGS)
        self.register_buffer("ban_trans", torch.from_numpy(np.where(ok_trans, 0.0, -1e4).astype(np.float32)))
        self.register_buffer("ban_start", torch.from_numpy(np.where(ok_start, 0.0, -1e4).astype(np.float32)))

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        trans = self.trans + self.ban_trans
        start = self.start + self.ban_start
        b, t, _ = em.shape
        ar = torch.arange(b)
        gold = start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
        alpha = start[None] + em[:, 0]
        for i in range(1, t):
            m = mask[:, i]
            step_gold = trans[tags[:, i - 1], tags[:, i]] + em[ar, i, tags[:, i]]
            gold = gold + step_gold * m
            nxt = torch.logsumexp(alpha[:, :, None] + trans[None], dim=1) + em[:, i]
            alpha = torch.where(m[:, None], nxt, alpha)
        last = mask.sum(1) - 1
        gold = gold + self.end[tags[ar, last]]
        norm = torch.logsumexp(alpha + self.end[None], dim=1)
        return (norm - gold).sum()

    def numpy_scores(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        ok_trans, ok_start = allowed_transitions(TAGS)
        trans = np.where(ok_trans, self.trans.detach().double().numpy(), -np.inf)
        start = np.where(ok_start, self.start.detach().double().numpy(), -np.inf)
        return trans, start, self.end.detach().double().numpy()


# ---------------------------------------------------------------- training
def predict(net: Net, crf: CRF, records: list[dict[str, np.ndarray]]) -> list[list[str]]:
    net.eval()
    trans, start, end = crf.numpy_scores()
    out: list[list[str]] = [[] for _ in records]
    order = sorted(range(len(records)), key=lambda i: len(records[i]["words"]))
    with torch.no_grad():
        for k in range(0, len(order), 64):
            idx = order[k : k + 64]
            batch = collate([records[i] for i in idx])
            em = net(*(batch[n] for n in ("words", "stems", "chars", "clusters", "dense", "rev")))
            lengths = batch["mask"].sum(1).numpy()
            for i, path in zip(idx, viterbi(em.double().numpy(), lengths, trans, start, end)):
                out[i] = [TAGS[p] for p in path]
    return out


def word_dropout(batch: dict[str, torch.Tensor], p: float) -> None:
    if p > 0:
        drop = (torch.rand(batch["words"].shape) < p) & batch["mask"]
        batch["words"] = torch.where(drop, torch.ones_like(batch["words"]), batch["words"])
        batch["stems"] = torch.where(drop, torch.ones_like(batch["stems"]), batch["stems"])


def setup(cfg: Config) -> tuple[Net, CRF, Encoder, list[str], str]:
    """A fresh (seeded) network, CRF and encoder over this configuration's vocabulary."""
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(1)
    train_set, _ = labelled(cfg)
    words, vectors, chars = build_vocab(train_set, cfg)
    resources = FeatureResources.load(MODELS)
    encoder = Encoder(words, chars, sorted(resources.lists), resources)
    return Net(vectors, len(chars), encoder.n_dense, cfg), CRF(len(TAGS)), encoder, words, chars



def _optimise(opts: list, loss: "torch.Tensor", dense_params: list) -> None:
    """One step of every optimiser on `loss`, dense gradients clipped to norm 5."""
    for opt in opts:
        opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(dense_params, 5.0)
    for opt in opts:
        opt.step()

def train(cfg: Config, name: str) -> tuple[float, Net, CRF, Encoder, list[str], str]:
    """Train with early stopping on dev F1; the best state is also saved to build/ner/nn_NAME.pt."""
    from train_tagger import format_scores, score

    net, crf, encoder, words, chars = setup(cfg)
    if cfg.pretrained:
        load_pretrained(net, cfg)
    train_set, dev = labelled(cfg)
    if cfg.augment:
        train_set = train_set + mention_replacement(train_set, cfg.augment, cfg.seed)
    if cfg.pseudo:
        train_set = train_set + ner_data.read_anercorp(ner_data.BUILD / cfg.pseudo_file)[: cfg.pseudo]
    train_rec, dev_rec = encode(encoder, split_long(train_set)), encode(encoder, dev)
    gold = [t for _, t in dev]
    params = [p for p in list(net.parameters()) + list(crf.parameters()) if p.requires_grad]
    dense_params = [p for p in params if p is not net.word.weight]
    opts = [torch.optim.Adam(dense_params, lr=cfg.lr)]
    if not cfg.freeze:
        opts.append(torch.optim.SparseAdam([net.word.weight], lr=cfg.lr))
    print(f"[{name}] {asdict(cfg)}; vocab {len(words):,}, chars {len(chars)}, dense {encoder.n_dense}", flush=True)
    best, best_state, stale, began = -1.0, None, 0, time.time()
    for epoch in range(1, cfg.epochs + 1):
        net.train()
        # shuffle, then sort within chunks of 50 batches so padding stays small
        order = list(range(len(train_rec)))
        random.shuffle(order)
        chunk = cfg.batch * 50
        batches = []
        for k in range(0, len(order), chunk):
            part = sorted(order[k : k + chunk], key=lambda i: len(train_rec[i]["words"]))
            batches += [part[j : j + cfg.batch] for j in range(0, len(part), cfg.batch)]
        random.shuffle(batches)
        total = 0.0
        for idx in batches:
            batch = collate([train_rec[i] for i in idx])
            word_dropout(batch, cfg.word_dropout)
            em = net(*(batch[n] for n in ("words", "stems", "chars", "clusters", "dense", "rev")))
            loss = crf.nll(em, batch["tags"], batch["mask"]) / len(idx)
            _optimise(opts, loss, dense_params)
            total += float(loss.detach()) * len(idx)
        scores = score(gold, predict(net, crf, dev_rec))
        f1 = scores["ALL"][2]
        minutes = (time.time() - began) / 60
        print(f"[{name}] epoch {epoch:2d} loss {total / len(train_rec):.2f} dev {format_scores(scores)} ({minutes:.1f} min)", flush=True)
        if cfg.full:  # dev is training data here: keep the last epoch, never stop early
            f1 = float(epoch)
        if f1 > best:
            best, stale = f1, 0
            best_state = ({k: v.clone() for k, v in net.state_dict().items()}, {k: v.clone() for k, v in crf.state_dict().items()})
            torch.save({"net": best_state[0], "crf": best_state[1], "f1": f1}, ner_data.BUILD / f"nn_{name}.pt")
        else:
            stale += 1
        for opt in opts:
            for group in opt.param_groups:
                group["lr"] *= cfg.lr_decay
        if stale >= cfg.patience or minutes > cfg.max_minutes:
            break
    assert best_state is not None
    net.load_state_dict(best_state[0])
    crf.load_state_dict(best_state[1])
    print(f"[{name}] " + (f"kept epoch {best:.0f} (dev was trained on)" if cfg.full else f"best dev F1 {best:.3f}"), flush=True)
    return best, net, crf, encoder, words, chars


# ---------------------------------------------------------------- language-model pretraining
@dataclass(frozen=True)
class LMConfig:
    """Bidirectional LM pretraining of a fine-tuning variant's encoder (same vocabulary and sizes):
    the forward LSTM's state at t predicts token t+1's word cluster, the backward LSTM's state at t
    token t-1's (a boundary class past either end), so neither sees the word it predicts."""
    base: str = "h64c48-p16"  # the VARIANTS entry whose Net (sizes, vocabulary) is pretrained
    sentences: int = 400_000  # SaudiNewsNet sentences sampled (6–60 tokens, no 8-gram shared with ANERcorp)
    held_out: int = 2_000  # of them, kept aside to report the LM's loss
    targets: tuple[int, ...] = (2, 1)  # cluster granularities predicted: 0 = k64, 1 = k256, 2 = k1024
    batch: int = 64
    lr: float = 2e-3
    dropout: float = 0.3
    passes: int = 10  # passes over the sentences (each reshuffled), learning rate × lr_decay after each
    lr_decay: float = 0.85
    minutes: float = 35.0  # stop after this long
    seed: int = 29


LM_VARIANTS: dict[str, LMConfig] = {
    "lm1": LMConfig(),
}
NGRAM = 8  # a news sentence sharing any 8-token run with ANERcorp (train or dev) is left out


def lm_sentences(lm: LMConfig) -> list[list[str]]:
    """Seeded sample of normalised SaudiNewsNet sentences (cut at . ? ! tokens, 6–60 tokens) that
    share no 8-token run with any ANERcorp sentence (the dev block included)."""
    banned: set[tuple[str, ...]] = set()
    for toks, _ in ner_data.read_anercorp():
        norm = [normalize_token(t) for t in toks]
        banned.update(tuple(norm[i : i + NGRAM]) for i in range(max(1, len(norm) - NGRAM + 1)))
    out: list[list[str]] = []
    dropped = 0
    ends = {".", "؟", "?", "!"}
    seen: set[str] = set()
    with (ner_data.BUILD / "news_tokens.txt").open(encoding="utf-8") as handle:
        for line in handle:
            sentence: list[str] = []
            for tok in line.split():
                sentence.append(tok)
                if tok in ends:
                    if 6 <= len(sentence) <= 60:
                        out.append(sentence)
                    sentence = []
            if 6 <= len(sentence) <= 60:
                out.append(sentence)
    kept: list[list[str]] = []
    for sentence in out:
        key = " ".join(sentence)
        if key in seen:  # SaudiNewsNet repeats articles across outlets
            continue
        seen.add(key)
        if any(tuple(sentence[i : i + NGRAM]) in banned for i in range(max(1, len(sentence) - NGRAM + 1))):
            dropped += 1
            continue
        kept.append(sentence)
    random.Random(lm.seed).shuffle(kept)
    print(f"LM sentences: {len(kept):,} distinct (of {len(out):,}), {dropped} left out for an 8-gram shared "
          f"with ANERcorp; using {min(lm.sentences, len(kept)):,}", flush=True)
    return kept[: lm.sentences]


class LMHeads(nn.Module):
    """Per direction and granularity, a linear layer over the LSTM state → cluster id (+ none, boundary)."""

    def __init__(self, hidden: int, targets: tuple[int, ...]) -> None:
        super().__init__()
        self.targets = targets
        sizes = (64, 256, 1024)
        self.fwd = nn.ModuleList([nn.Linear(hidden, sizes[g] + 2) for g in targets])
        self.bwd = nn.ModuleList([nn.Linear(hidden, sizes[g] + 2) for g in targets])


def lm_loss(net: Net, heads: LMHeads, batch: dict[str, np.ndarray], n_lists_from: int) -> tuple[torch.Tensor, int, int]:
    """Summed cross-entropy over directions and granularities; (loss, tokens, correct k1024/first target)."""
    t = {k: torch.from_numpy(v) for k, v in batch.items()}
    dense = t["dense"].clone()
    dense[:, :, n_lists_from:] = 0.0  # word-list B/I marks describe the neighbours: hidden in pretraining
    x = net.drop(net.features(t["words"], t["stems"], t["chars"], t["clusters"], dense))
    forward, backward = net.states(x, t["rev"])
    forward, backward = net.drop(forward), net.drop(backward)
    tt = t["words"].shape[1]
    n = t["lengths"]
    pos = torch.arange(tt)[None, :]
    real = pos < n[:, None]
    total = torch.zeros(())
    correct = 0
    for j, g in enumerate(heads.targets):
        ids = t["clusters"][:, :, g]  # 0 = no cluster, else id + 1
        boundary = (64, 256, 1024)[g] + 1
        nxt = torch.full_like(ids, -100)
        nxt[:, :-1] = ids[:, 1:]
        nxt = torch.where(pos == (n[:, None] - 1), torch.full_like(ids, boundary), nxt)
        prv = torch.full_like(ids, -100)
        prv[:, 1:] = ids[:, :-1]
        prv[:, 0] = boundary
        nxt = torch.where(real, nxt, torch.full_like(ids, -100))
        prv = torch.where(real, prv, torch.full_like(ids, -100))
        lf = heads.fwd[j](forward)
        lb = heads.bwd[j](backward)
        total = total + nn.functional.cross_entropy(lf.reshape(-1, lf.shape[-1]), nxt.reshape(-1), ignore_index=-100)
        total = total + nn.functional.cross_entropy(lb.reshape(-1, lb.shape[-1]), prv.reshape(-1), ignore_index=-100)
        if j == 0:
            correct = int(((lf.argmax(-1) == nxt) & real).sum())
    return total, int(real.sum()), correct


def pretrain(name: str) -> None:
    """Pretrain LM_VARIANTS[name]'s base encoder as a bidirectional cluster-id LM; save build/ner/lm_NAME.pt."""
    lm = LM_VARIANTS[name]
    cfg = replace(VARIANTS[lm.base], seed=lm.seed, dropout=lm.dropout)
    net, _, encoder, words, chars = setup(cfg)
    heads = LMHeads(cfg.hidden, lm.targets)
    sentences = lm_sentences(lm)
    held, train_sents = sentences[: lm.held_out], sentences[lm.held_out :]
    n_lists_from = len(SHAPES) + 2
    dense_params = [p for p in list(net.parameters()) + list(heads.parameters()) if p is not net.word.weight]
    opts = [torch.optim.Adam(dense_params, lr=lm.lr), torch.optim.SparseAdam([net.word.weight], lr=lm.lr)]

    def batches(sents: list[list[str]], shuffle: bool) -> list[list[list[str]]]:
        order = list(range(len(sents)))
        chunk = lm.batch * 50
        out = []
        for k in range(0, len(order), chunk):
            part = sorted(order[k : k + chunk], key=lambda i: len(sents[i]))
            out += [[sents[i] for i in part[j : j + lm.batch]] for j in range(0, len(part), lm.batch)]
        if shuffle:
            random.shuffle(out)
        return out

    def encoded(group: list[list[str]]) -> dict[str, np.ndarray]:
        arrays = encoder.batch(group)
        arrays["lengths"] = np.array([len(s) for s in group], np.int64)
        return arrays

    def held_out_loss() -> tuple[float, float]:
        net.eval()
        loss = acc = tokens = 0.0
        with torch.no_grad():
            for group in batches(held, False):
                value, n, correct = lm_loss(net, heads, encoded(group), n_lists_from)
                loss += float(value) * n
                acc += correct
                tokens += n
        net.train()
        return loss / tokens, acc / tokens

    print(f"[{name}] {asdict(lm)}; encoder of {lm.base}: vocab {len(words):,}, hidden {cfg.hidden}", flush=True)
    began = time.time()
    loss0, acc0 = held_out_loss()
    print(f"[{name}] held-out loss {loss0:.3f}, next-word k1024 accuracy {acc0:.3f} (untrained)", flush=True)
    net.train()
    seen = run = run_n = 0.0
    step, minutes = 0, 0.0
    for rnd in range(1, lm.passes + 1):
        all_batches = batches(train_sents, True)
        for k, group in enumerate(all_batches, start=1):
            step += 1
            value, n, _ = lm_loss(net, heads, encoded(group), n_lists_from)
            _optimise(opts, value, dense_params)
            seen += len(group)
            run += float(value.detach()) * n
            run_n += n
            minutes = (time.time() - began) / 60
            if step % 2000 == 0 or minutes > lm.minutes or k == len(all_batches):
                loss, acc = held_out_loss()
                print(f"[{name}] pass {rnd}, {seen:,.0f} sentences, train loss {run / run_n:.3f}, held-out loss "
                      f"{loss:.3f}, next-word k1024 accuracy {acc:.3f} ({minutes:.1f} min)", flush=True)
                run = run_n = 0.0
                state = {k: v.clone() for k, v in net.state_dict().items() if not k.startswith("out.")}
                torch.save({"net": state, "lm": asdict(lm), "sentences": seen, "held_out_loss": loss},
                           ner_data.BUILD / f"lm_{name}.pt")
            if minutes > lm.minutes:
                break
        if minutes > lm.minutes:
            break
        for opt in opts:
            for group_ in opt.param_groups:
                group_["lr"] *= lm.lr_decay
    print(f"[{name}] saved {ner_data.BUILD / f'lm_{name}.pt'}", flush=True)


def load_pretrained(net: Net, cfg: Config) -> None:
    """Copy a pretrained encoder's weights (all but the output layer, or cfg.pretrained_parts) into net."""
    state = torch.load(ner_data.BUILD / f"lm_{cfg.pretrained}.pt")["net"]
    if cfg.pretrained_parts:
        state = {k: v for k, v in state.items() if k.startswith(cfg.pretrained_parts)}
    own = net.state_dict()
    assert all(own[k].shape == v.shape for k, v in state.items())
    missing, unexpected = net.load_state_dict(state, strict=False)
    assert not unexpected, unexpected
    print(f"pretrained encoder lm_{cfg.pretrained}: {len(state)} tensors loaded, kept fresh: {sorted(missing)}", flush=True)


# ---------------------------------------------------------------- export
def export(net: Net, crf: CRF, encoder: Encoder, words: list[str], chars: str, cfg: Config, out: Path = MODELS) -> None:
    """ONNX network with an fp16 word table (halves the file), and the vocabulary/CRF json."""
    net.eval()
    net.half_words = net.word.weight.detach().half()
    del net.word  # keep the fp32 copy out of the exported file
    sample = encoder.batch([["قال", "الرئيس", "هادي"], ["في", "صنعاء"]])
    names = ["words", "stems", "chars", "clusters", "dense", "rev"]
    inputs = tuple(torch.from_numpy(sample[n]) for n in names)
    axes = {n: {0: "batch", 1: "time"} for n in names}
    axes["emissions"] = {0: "batch", 1: "time"}
    out.mkdir(parents=True, exist_ok=True)
    path = out / MODEL_FILE
    torch.onnx.export(
        net, inputs, str(path), input_names=names, output_names=["emissions"], dynamic_axes=axes,
        opset_version=17, dynamo=False, external_data=False,
    )
    trans, start, end = crf.numpy_scores()
    vocab = {
        "about": "Vocabulary and CRF scores of ner_bilstm.onnx; built by build_scripts/train_tagger_nn.py.",
        "config": asdict(cfg),
        "tags": TAGS,
        "max_chars": MAX_CHARS,
        "lists": encoder.list_names,
        "chars": chars,
        "transitions": np.where(np.isfinite(trans), trans, 0.0).round(5).tolist(),
        "start": np.where(np.isfinite(start), start, 0.0).round(5).tolist(),
        "end": end.round(5).tolist(),
        "words": words,
    }
    (out / VOCAB_FILE).write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    # the runtime must reproduce torch's emissions
    import onnxruntime

    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = session.run(None, sample)[0]
    with torch.no_grad():
        want = net(*inputs).numpy()
    print(f"exported {path.name} {path.stat().st_size / 1e6:.1f} MB, vocab json "
          f"{(out / VOCAB_FILE).stat().st_size / 1e6:.1f} MB; max |onnx - torch| {np.abs(got - want).max():.2e}")
    # the character CNN apart, its output cached per word form at run time (split_tagger_chars.py)
    import split_tagger_chars

    split_tagger_chars.split(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variant", default="base", choices=sorted(VARIANTS))
    parser.add_argument("--pretrain", choices=sorted(LM_VARIANTS), help="pretrain an encoder as a language model (LM_VARIANTS) and stop")
    parser.add_argument("--epochs", type=int, default=0, help="override the epoch cap")
    parser.add_argument("--no-export", action="store_true", help="train and report only")
    parser.add_argument("--export-only", action="store_true", help="export the variant's saved best state")
    parser.add_argument("--out", type=Path, default=MODELS, help="export folder (default resources/models)")
    args = parser.parse_args()
    if args.pretrain:
        pretrain(args.pretrain)
        return
    cfg = VARIANTS[args.variant]
    if args.epochs:
        cfg = replace(cfg, epochs=args.epochs)
    name = args.variant
    if args.export_only:
        net, crf, encoder, words, chars = setup(cfg)
        state = torch.load(ner_data.BUILD / f"nn_{name}.pt")
        net.load_state_dict(state["net"])
        crf.load_state_dict(state["crf"])
        print(f"[{name}] saved state, dev F1 {state['f1']:.3f}")
    else:
        _, net, crf, encoder, words, chars = train(cfg, name)
    if not args.no_export:
        export(net, crf, encoder, words, chars, cfg, args.out)


if __name__ == "__main__":
    main()
