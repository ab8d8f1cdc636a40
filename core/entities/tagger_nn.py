"""The neural NER tagger (the "nn" backend): BiLSTM emissions from ONNX Runtime, CRF decoding in numpy.

Why this shape: a BiLSTM over pretrained word vectors generalises to names never seen in training
far better than the CRF's sparse features, but the default install must not carry torch. So
build_scripts/train_tagger_nn.py trains it with torch at build time and exports only the network
(token inputs → per-tag emission scores) to `resources/models/ner_bilstm.onnx`; the CRF layer's
transition scores and every vocabulary live in `ner_bilstm_vocab.json`, and decoding (BIO-
constrained Viterbi, forward-backward marginals for `attrs["confidence"]`) is plain numpy here.

A model folder may hold an ensemble: networks 2, 3, … of the same recipe (other seeds) as
`ner_bilstm_2.onnx`, `ner_bilstm_2_chars.onnx`, `ner_bilstm_2_vocab.json` and so on beside the first
(`member_stems`). Their emissions are averaged and so are their CRF scores, then one Viterbi (and one
forward-backward for the confidences) runs on the averages; a folder of one network is read exactly
as before. A member's vocabulary file may leave out "words", "chars" and "lists": then it reads
the first network's, and the members share one `Encoder` (its token table).

`Encoder` turns normalised tokens into the network's integer/float inputs. It is the one
definition used by training and run time alike (the training script imports it), so the two can
never drift apart. Per token: the word id (the token, else its first clitic-stripped variant
in the vocabulary), the id of its shortest stem, its characters, its three word-cluster ids, and
dense flags (shape, «ال», proclitics, word-list B/I marks from `features.Featurizer`).
"""

from __future__ import annotations

import importlib.resources
import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.document import Document, Span
from core.entities.consistency import document_spans
from core.entities.features import FeatureResources, Featurizer, _shape
from core.text.clitics import proclitic_variants
from core.text.normalize import normalize_token

MODEL_FILE = "ner_bilstm.onnx"
VOCAB_FILE = "ner_bilstm_vocab.json"
# The character CNN cut out of the network (build_scripts/split_tagger_chars.py): it reads each word
# alone, so its output is computed once per word form (`CharVectors`) and the network takes it as
# the input CHAR_INPUT instead of "chars". A folder without this file holds the whole network.
CHAR_MODEL_FILE = "ner_bilstm_chars.onnx"
CHAR_INPUT = "charvec"
TAGS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
LABELS = {"PERS": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}
SOURCE = "model"
PAD, UNK = 0, 1  # reserved ids in the word and character vocabularies
MAX_CHARS = 16
SHAPES = ("num", "hasnum", "punct", "latin", "ar", "other")
_SHAPE_INDEX = {shape: k for k, shape in enumerate(SHAPES)}
BATCH_TOKENS = 4096  # sentences are sorted by length and packed into batches of about this size
# A batch is closed when the next sentence is longer than this many times its shortest (+ slack):
# padding is wasted LSTM work, and mixing 5- and 150-token sentences doubled the network's time.
BATCH_SPREAD = 1.25
BATCH_SLACK = 4
DECODE_SPREAD, DECODE_TOKENS = 2.0, 16384  # decoding groups (tag_norms: DECODE_TOKENS; pseudo_label_ner.py: both)
_CACHE_LIMIT = 60_000


# ---------------------------------------------------------------- encoding
class Encoder:
    """Normalised tokens → the network's inputs (shared by training and run time)."""

    def __init__(self, words: Sequence[str], chars: str, list_names: Sequence[str], resources: FeatureResources,
                 cache_forms: bool = True) -> None:
        self.word_index = {w: i for i, w in enumerate(words)}
        self.char_index = {c: i + 2 for i, c in enumerate(chars)}
        self.list_names = list(list_names)
        self.featurizer = Featurizer(resources)
        self._clusters = resources.clusters
        self.n_dense = len(SHAPES) + 2 + 2 * len(self.list_names)
        self._marks = {f"{name}:{bi}": len(SHAPES) + 2 + 2 * k + (bi == "I")
                       for k, name in enumerate(self.list_names) for bi in "BI"}
        self._cache: dict[str, tuple[int, int, list[int], tuple[int, int, int], list[int]]] = {}
        # a network whose character CNN runs apart asks for a form only when `_TokenTable` or
        # `CharVectors` first meets it: they hold what it needs, and this cache would hold it a
        # third time (19 MB of the analysis process's peak; `make bench`, version 17)
        self._cache_limit = _CACHE_LIMIT if cache_forms else 0
        self._table = _TokenTable(self)

    def token(self, norm: str) -> tuple[int, int, list[int], tuple[int, int, int], list[int]]:
        """(word id, stem id, char ids, cluster ids + 1 (0 = none), indices of dense flags set)."""
        hit = self._cache.get(norm)
        if hit is not None:
            return hit
        word, stem, clusters, dense = self.ids(norm)
        result = (word, stem, self.char_ids(norm), clusters, dense)
        if len(self._cache) < self._cache_limit:
            self._cache[norm] = result
        return result

    def ids(self, norm: str) -> tuple[int, int, tuple[int, int, int], list[int]]:
        """`token` without the character ids: what `_TokenTable` keeps (`CharVectors` reads the
        characters itself), so a new form's characters are not looked up twice."""
        # Every new word form of an article comes here once (about seventy an article), so the
        # proclitic readings are worked out once and read in place of `strip_proclitics`,
        # `Featurizer.cluster_ids` and a generator each (same answers: the first reading in the
        # vocabulary, the shortest reading, the first reading with clusters).
        variants = proclitic_variants(norm)
        index = self.word_index
        word = UNK
        for v in variants:
            found = index.get(v)
            if found is not None:
                word = found
                break
        stem_form = min(variants, key=len)
        stem = index.get(stem_form, UNK)
        clusters = (0, 0, 0)
        by_form = self._clusters
        for v in variants:
            ids = by_form.get(v)
            if ids:
                if len(ids) == 3:
                    clusters = (int(ids[0]) + 1, int(ids[1]) + 1, int(ids[2]) + 1)
                break
        dense = [_SHAPE_INDEX[_shape(norm)]]
        for v in variants:
            if v.startswith("ال"):
                dense.append(len(SHAPES))
                break
        if norm.endswith(stem_form) and norm[: len(norm) - len(stem_form)] not in ("", "ال"):
            dense.append(len(SHAPES) + 1)  # carries a conjunction/preposition proclitic
        return word, stem, clusters, dense

    def char_ids(self, norm: str) -> list[int]:
        """The character ids of the form's first MAX_CHARS characters (`token`'s third item): all the
        character CNN reads, so `CharVectors` asks for these alone."""
        index = self.char_index
        return [index.get(c, UNK) for c in norm[:MAX_CHARS]]

    def batch(self, sentences: Sequence[Sequence[str]], char_vectors: "CharVectors | None" = None) -> dict[str, np.ndarray]:
        """Padded arrays for a batch of sentences of normalised tokens (none may be empty).

        `rev` maps each position to its mirror inside the sentence's own length (pads map to
        themselves), so the backward LSTM reads each sentence from its real last token.
        With `char_vectors` (a network whose character CNN was cut out) the characters go in as
        the CNN's output per token (CHAR_INPUT) instead of character ids ("chars").
        """
        b, t = len(sentences), max(len(s) for s in sentences)
        lengths = np.fromiter((len(s) for s in sentences), np.int64, b)
        rows = np.repeat(np.arange(b), lengths)  # (sentence, position) of every real token
        cols = np.arange(len(rows)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        flat = [norm for sentence in sentences for norm in sentence]
        words = np.zeros((b, t), np.int64)
        stems = np.zeros((b, t), np.int64)
        clusters = np.zeros((b, t, 3), np.int64)
        dense = np.zeros((b, t, self.n_dense), np.float32)
        rev = np.tile(np.arange(t, dtype=np.int64), (b, 1))
        if flat:
            self._table.fill(flat, words, stems, clusters, dense, rows, cols)
            rev[rows, cols] = np.repeat(lengths, lengths) - 1 - cols
        # every word-list mark set, as flat (token, slot) lists filled in one go
        on_row: list[int] = []
        on_col: list[int] = []
        on_k: list[int] = []
        slot = self._marks.get
        mark_pairs = self.featurizer.list_mark_pairs
        for r, sentence in enumerate(sentences):
            for j, mark in mark_pairs(sentence):
                k = slot(mark)
                if k is not None:
                    on_row.append(r)
                    on_col.append(j)
                    on_k.append(k)
        dense[on_row, on_col, on_k] = 1.0
        out = {"words": words, "stems": stems, "clusters": clusters, "dense": dense, "rev": rev}
        if char_vectors is not None:
            charvec = np.empty((b, t, char_vectors.dim), np.float32)
            charvec[:] = char_vectors.pad
            if flat:
                charvec[rows, cols] = char_vectors.gather(flat)
            out[CHAR_INPUT] = charvec
            return out
        char_tok: list[int] = []
        char_pos: list[int] = []
        char_val: list[int] = []
        for k, norm in enumerate(flat):
            cids = self.token(norm)[2]
            char_tok.extend([k] * len(cids))
            char_pos.extend(range(len(cids)))
            char_val.extend(cids)
        chars = np.zeros((b, t, MAX_CHARS), np.int64)
        chars[rows[char_tok], cols[char_tok], char_pos] = char_val
        out["chars"] = chars
        return out


class _TokenTable:
    """`Encoder.token`'s word, stem and cluster ids and its dense flags, one table row per word
    form, so a batch is filled by a few array gathers instead of per-token Python work.

    Rows are handed out as forms are first seen; a full table starts over (as `CharVectors`).
    One lock: analysis threads share the model."""

    def __init__(self, encoder: Encoder, rows: int = _CACHE_LIMIT) -> None:
        self.encoder = encoder
        self.ids = np.zeros((rows, 5), np.int64)  # word, stem, three cluster ids
        self.flags = np.zeros((rows, encoder.n_dense), np.float32)
        self.index: dict[str, int] = {}
        self._lock = threading.Lock()

    def fill(self, norms: list[str], words: np.ndarray, stems: np.ndarray, clusters: np.ndarray,
             dense: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> None:
        """Write the forms' ids and token flags at (rows, cols) of the batch's arrays."""
        with self._lock:
            index = self.index
            new = [n for n in dict.fromkeys(norms) if n not in index]
            if new:
                if len(index) + len(new) > len(self.ids):
                    index.clear()
                    new = list(dict.fromkeys(norms))
                    if len(new) > len(self.ids):  # one batch of more forms than the table holds
                        self.ids = np.zeros((len(new), self.ids.shape[1]), np.int64)
                        self.flags = np.zeros((len(new), self.flags.shape[1]), np.float32)
                base = len(index)
                encoded = [self.encoder.ids(norm) for norm in new]
                self.ids[base : base + len(new)] = [(e[0], e[1], *e[2]) for e in encoded]
                self.flags[base : base + len(new)] = 0.0
                on_row = [base + k for k, e in enumerate(encoded) for _ in e[3]]
                self.flags[on_row, [f for e in encoded for f in e[3]]] = 1.0
                for k, norm in enumerate(new):
                    index[norm] = base + k
            at = [index[n] for n in norms]
            ids = self.ids[at]
            words[rows, cols] = ids[:, 0]
            stems[rows, cols] = ids[:, 1]
            clusters[rows, cols] = ids[:, 2:]
            dense[rows, cols] = self.flags[at]


class CharVectors:
    """The character CNN's output for each word form, computed once per form.

    The CNN reads a word alone (its first MAX_CHARS character ids, padded), so a form's vector
    never changes: the network's most expensive part (a third of its time) runs only on forms not
    seen lately. Vectors live in one float32 table of `rows` rows (row 0: a padding position);
    a full table starts over. One lock: analysis workers share the model.
    """

    def __init__(self, session: Any, encoder: Encoder, rows: int = _CACHE_LIMIT) -> None:
        self.session = session
        self.encoder = encoder
        self.dim = int(session.get_outputs()[0].shape[-1])
        self.table = np.zeros((rows + 1, self.dim), np.float32)
        self.index: dict[str, int] = {}
        self._lock = threading.Lock()
        self.pad = self._run([[]])[0]
        self.table[0] = self.pad

    def _run(self, char_lists: Sequence[Sequence[int]]) -> np.ndarray:
        chars = np.zeros((1, len(char_lists), MAX_CHARS), np.int64)
        for k, ids in enumerate(char_lists):
            chars[0, k, : len(ids)] = ids
        return self.session.run(None, {"chars": chars})[0].reshape(len(char_lists), self.dim)

    def gather(self, norms: Sequence[str]) -> np.ndarray:
        """[len(norms), dim] vectors of the tokens' forms."""
        with self._lock:
            index = self.index
            new = list(dict.fromkeys(n for n in norms if n not in index))
            if new:
                capacity = len(self.table) - 1
                if len(index) + len(new) > capacity:
                    index.clear()
                    new = list(dict.fromkeys(norms))
                    if len(new) > capacity:  # more forms than the table holds: no caching
                        return self._run([self.encoder.char_ids(n) for n in norms])
                base = len(index) + 1
                self.table[base : base + len(new)] = self._run([self.encoder.char_ids(n) for n in new])
                for k, norm in enumerate(new):
                    index[norm] = base + k
            return self.table[[index[n] for n in norms]]

    def padded(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """[B, T, dim] vectors of a batch of sentences, pads as `Encoder.batch` writes them (CHAR_INPUT)."""
        b, t = len(sentences), max(len(s) for s in sentences)
        lengths = np.fromiter((len(s) for s in sentences), np.int64, b)
        rows = np.repeat(np.arange(b), lengths)
        cols = np.arange(len(rows)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        flat = [norm for sentence in sentences for norm in sentence]
        out = np.empty((b, t, self.dim), np.float32)
        out[:] = self.pad
        if flat:
            out[rows, cols] = self.gather(flat)
        return out


# ---------------------------------------------------------------- decoding
def allowed_transitions(tags: Sequence[str] = TAGS) -> tuple[np.ndarray, np.ndarray]:
    """(prev×next, start) boolean masks of BIO-valid moves: I-X only after B-X or I-X."""
    k = len(tags)
    trans = np.ones((k, k), bool)
    start = np.ones(k, bool)
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            start[j] = False
            for i, prev in enumerate(tags):
                trans[i, j] = prev[2:] == tag[2:] and prev != "O"
    return trans, start


def _by_length(lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row order by descending length, and for each step the number of rows still running then.

    With rows in that order the live rows at any step are a prefix, so each step works on a slice
    instead of masking the whole batch (numpy's per-call overhead is the cost at K = 9 tags).
    """
    order = np.argsort(-lengths, kind="stable")
    ordered = lengths[order]
    steps = int(ordered[0]) if len(ordered) else 0
    live = np.searchsorted(-ordered, -np.arange(steps), side="left")  # rows with length > step
    return order, live


def viterbi(emissions: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[list[int]]:
    """Best tag index paths for a padded batch [B, T, K]; scores are log-potentials (-inf forbids).

    Each row is decoded on its own (no arithmetic mixes rows), so a row's path does not depend on
    the batch it is in; the cost is numpy's per-step overhead times the longest row. So each step
    makes as few numpy calls as it can: the emissions are laid out step-major (a step's rows are
    contiguous), every step writes into arrays made once, and the back-pointers are followed in
    plain Python over a list (a list index is far cheaper than a numpy call per step).
    """
    b, _, k_tags = emissions.shape
    lengths = np.asarray(lengths)
    order, live_steps = _by_length(lengths)
    live = live_steps.tolist()  # plain ints: numpy scalars as slice bounds cost more
    steps = len(live)
    em = emissions[order].transpose(1, 0, 2).copy()  # [step, row, tag]
    score = start[None, :] + em[0]
    back = np.zeros((steps, b, k_tags), np.intp)  # [step, row, tag]: each step's block contiguous
    cand = np.empty((b, k_tags, k_tags))  # [row, next, prev]: argmax over the contiguous last axis
    flat = cand.reshape(-1)
    moves = trans.T.copy()  # [next, prev]
    # flat index in `cand` of (row, next, prev 0): the best move's score is read back from where
    # argmax found it (`take`), at half the cost of a second reduction (`max`) over the same cube
    origin = (np.arange(b)[:, None] * k_tags + np.arange(k_tags)[None, :]) * k_tags
    at = np.empty((b, k_tags), np.intp)
    for step in range(1, steps):
        k = live[step]
        prev = back[step, :k]
        np.add(score[:k, None, :], moves, out=cand[:k]).argmax(axis=2, out=prev)
        best = score[:k]
        # every index is in range: "clip" writes without a copy
        flat.take(np.add(prev, origin[:k], out=at[:k]), out=best, mode="clip")
        best += em[step, :k]
    last = (score + end[None]).argmax(axis=1).tolist()  # a row's score stopped at its own last step
    pointers = back.ravel().tolist()
    per_step = b * k_tags
    paths: list[list[int]] = [[]] * b
    for row, i in enumerate(order.tolist()):
        n = int(lengths[i])
        if not n:
            continue
        tag = last[row]
        path = [tag] * n
        at = row * k_tags
        for step in range(n - 1, 0, -1):
            tag = pointers[step * per_step + at + tag]
            path[step - 1] = tag
        paths[i] = path
    return paths


def marginals(emissions: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray,
              floor: bool = False) -> np.ndarray:
    """Per-position tag probabilities [B, T, K] under the CRF; zeros past each sentence's end.

    Scaled forward-backward in probability space (each step renormalised), so every step is one
    small matrix product instead of a log-sum-exp over a [B, K, K] cube. The backward pass runs
    over each sentence reversed within its own length, so it starts at every row's step 0 as the
    forward pass does and both directions go in one loop: a step's four numpy calls (multiply,
    a [2, rows, K] × [2, K, K] matrix product, sum, divide) advance both, on the prefix of rows
    still running (rows ordered by length). Each direction carries the scores before its step's
    own emission: forward a[s] ∝ (a[s-1]·e[s-1]) @ exp(trans), from exp(start); backward the same
    over the reversed sentence with exp(trans)ᵀ, from exp(end); a position's marginal ∝
    a·e·b. A step's few numpy calls are its whole cost, so it divides by its sums as they are;
    only when some sum, checked once at the end, fell below 1e-300 (scores so low that it
    underflows) is the whole run redone with every sum floored there (`floor`).
    """
    b, t, k_tags = emissions.shape
    lengths = np.asarray(lengths)
    order, live_steps = _by_length(lengths)
    live = live_steps.tolist()  # plain ints: numpy scalars as slice bounds cost more
    steps = len(live)
    ordered = lengths[order]
    em = emissions[order]
    em = np.exp(em - em.max(axis=2, keepdims=True))
    at = np.arange(t)
    alive = at[None, :] < ordered[:, None]  # [row, position]
    # mirror of each position inside its row's own length (pads map to themselves)
    mirror = np.where(alive, ordered[:, None] - 1 - at[None, :], at[None, :])
    rows = np.arange(b)[:, None]
    # [step, direction, row, tag]: forward emissions, and the reversed ones for the backward pass
    factor = np.empty((steps, 2, b, k_tags))
    factor[:, 0] = em[:, :steps].transpose(1, 0, 2)
    factor[:, 1] = em[rows, mirror][:, :steps].transpose(1, 0, 2)
    move = np.exp(np.stack([trans, trans.T]))  # forbidden moves (-inf) become 0
    carry = np.zeros((steps, 2, b, k_tags))
    carry[0, 0] = np.exp(start - start[np.isfinite(start)].max())
    carry[0, 1] = np.exp(end - end.max())
    work = np.empty((2, b, k_tags))
    total, divide, multiply, matmul = np.add.reduce, np.divide, np.multiply, np.matmul
    sums: list[np.ndarray] = []
    with np.errstate(divide="ignore", invalid="ignore"):  # a zero sum is redone with the floor
        for step in range(1, steps):
            k = live[step]
            prod = multiply(carry[step - 1, :, :k], factor[step - 1, :, :k], out=work[:, :k])
            nxt = carry[step, :, :k]
            matmul(prod, move, out=nxt)
            norm = total(nxt, axis=2, keepdims=True)
            if floor:
                np.maximum(norm, 1e-300, out=norm)
            divide(nxt, norm, out=nxt)
            sums.append(norm.ravel())
    # «not >=»: a zero sum makes NaN in the steps after it, and a NaN minimum compares False with «<»
    if not floor and sums and not np.concatenate(sums).min() >= 1e-300:
        return marginals(emissions, lengths, trans, start, end, floor=True)
    forward = carry[:, 0].transpose(1, 0, 2)  # [row, step, tag]
    backward = carry[:, 1].transpose(1, 0, 2)
    probs = np.zeros((b, t, k_tags))
    probs[:, :steps] = forward * em[:, :steps]
    probs[:, :steps] *= backward[rows, np.minimum(mirror[:, :steps], steps - 1)]
    probs /= np.maximum(probs.sum(axis=2, keepdims=True), 1e-300)
    out = np.empty_like(probs)
    out[order] = np.where(alive[:, :, None], probs, 0.0)
    return out


# ---------------------------------------------------------------- the shipped model
@dataclass
class _Network:
    """Another network of an ensemble (its session, encoder and character vectors)."""

    session: Any
    encoder: Encoder
    char_vectors: CharVectors | None = None

    def inputs(self, sentences: Sequence[Sequence[str]]) -> dict[str, np.ndarray]:
        return self.encoder.batch(sentences, self.char_vectors)


@dataclass
class _Model:
    session: Any  # onnxruntime.InferenceSession of the first network
    encoder: Encoder
    trans: np.ndarray  # CRF scores: the first network's, or the average of the ensemble's
    start: np.ndarray
    end: np.ndarray
    char_vectors: CharVectors | None = None  # when the folder holds the character CNN apart
    others: list[_Network] = field(default_factory=list)  # networks 2, 3, … of an ensemble

    def inputs(self, sentences: Sequence[Sequence[str]]) -> dict[str, np.ndarray]:
        """The network's inputs for a batch of sentences of normalised tokens."""
        return self.encoder.batch(sentences, self.char_vectors)

    def scores(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """Emission scores [B, T, K] of a batch: the network's (float32), or the ensemble's mean (float64)."""
        first = self.inputs(sentences)
        scores = self.session.run(None, first)[0]
        if not self.others:
            return scores
        total = scores.astype(np.float64)
        for net in self.others:
            if net.encoder is self.encoder and (net.char_vectors is None) == (self.char_vectors is None):
                feed = dict(first)  # the same word, stem, cluster and flag arrays
                if net.char_vectors is not None:
                    feed[CHAR_INPUT] = net.char_vectors.padded(sentences)
            else:
                feed = net.inputs(sentences)
            total += net.session.run(None, feed)[0]
        total /= 1 + len(self.others)
        return total


_lock = threading.Lock()
_model: _Model | None = None


def load_vocab(folder: Any, stem: str = "ner_bilstm") -> dict[str, Any]:
    return json.loads((folder / f"{stem}_vocab.json").read_text(encoding="utf-8"))


def member_stems(folder: Any) -> list[str]:
    """File stems of the folder's networks: "ner_bilstm", then "ner_bilstm_2", "ner_bilstm_3", …
    while `STEM.onnx` exists (each with `STEM_vocab.json` and, split, `STEM_chars.onnx`)."""
    stems = ["ner_bilstm"]
    while (folder / f"ner_bilstm_{len(stems) + 1}.onnx").is_file():
        stems.append(f"ner_bilstm_{len(stems) + 1}")
    return stems


def crf_scores(vocab: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Learned transition/start/end scores with BIO-invalid moves set to -inf."""
    ok_trans, ok_start = allowed_transitions(vocab["tags"])
    trans = np.where(ok_trans, np.array(vocab["transitions"], np.float64), -np.inf)
    start = np.where(ok_start, np.array(vocab["start"], np.float64), -np.inf)
    return trans, start, np.array(vocab["end"], np.float64)


def _onnx_source(file: Any) -> str | bytes:
    """What ONNX Runtime opens: the file's path when it is one on disk, else its bytes (a resource
    inside a zip). A session made from bytes keeps them for its whole life (12 MB for the tagger)."""
    if isinstance(file, os.PathLike) and os.path.isfile(file):
        return os.fspath(file)
    return file.read_bytes()


def load_model(folder: Any, features: Any = None) -> _Model:
    """The network(s), vocabulary and CRF scores in `folder` (word lists and clusters from `features`,
    default the same folder); ONNX Runtime single-threaded (the app has its own workers).
    An ensemble folder (`member_stems`) gives one model whose emissions and CRF scores are the
    members' means."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.enable_cpu_mem_arena = False  # the arena kept the largest batch's buffers
    resources = FeatureResources.load(features or folder)
    first: dict[str, Any] = {}
    networks: list[_Network] = []
    crfs: list[dict[str, Any]] = []
    for stem in member_stems(folder):
        vocab = load_vocab(folder, stem)
        session = onnxruntime.InferenceSession(
            _onnx_source(folder / f"{stem}.onnx"), options, providers=["CPUExecutionProvider"]
        )
        split = CHAR_INPUT in {i.name for i in session.get_inputs()}
        shared = networks and all(vocab.get(key, first[key]) == first[key] for key in ("words", "chars", "lists"))
        if shared:
            encoder = networks[0].encoder
            if not split:
                encoder._cache_limit = _CACHE_LIMIT  # a whole network reads the characters through the cache
        else:
            if not networks:
                first = {key: vocab[key] for key in ("words", "chars", "lists")}
            encoder = Encoder(vocab.get("words", first.get("words")), vocab.get("chars", first.get("chars")),
                              vocab.get("lists", first.get("lists")), resources, cache_forms=not split)
        char_vectors = None
        # the network says which it is: one that takes CHAR_INPUT needs the CNN file beside it; a whole
        # one ignores a leftover CNN file
        if split:
            char_session = onnxruntime.InferenceSession(
                _onnx_source(folder / f"{stem}_chars.onnx"), options, providers=["CPUExecutionProvider"]
            )
            char_vectors = CharVectors(char_session, encoder)
        networks.append(_Network(session, encoder, char_vectors))
        crfs.append(vocab)
    if len(crfs) == 1:
        trans, start, end = crf_scores(crfs[0])
    else:  # mean learned scores, then the BIO mask (a member's file holds 0.0 where a move is forbidden)
        mean = {key: np.mean([np.array(v[key], np.float64) for v in crfs], axis=0) for key in ("transitions", "start", "end")}
        trans, start, end = crf_scores({"tags": crfs[0]["tags"], **mean})
    head = networks[0]
    return _Model(head.session, head.encoder, trans, start, end, head.char_vectors, networks[1:])


def _load() -> _Model:
    """The shipped model, loaded once."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = load_model(importlib.resources.files("resources") / "models")
    return _model


def _batches(sentences: Sequence[Sequence[str]], spread: float = BATCH_SPREAD, tokens: int = BATCH_TOKENS) -> list[list[int]]:
    """Sentence indices sorted by length and grouped so padding stays small.

    A group closes at about `tokens` real tokens or when the next sentence is more than `spread`
    times (+ BATCH_SLACK) longer than the group's shortest one.
    """
    order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
    groups: list[list[int]] = []
    group: list[int] = []
    for i in order:
        n = len(sentences[i])
        if group and ((len(group) + 1) * n > tokens or n > spread * len(sentences[group[0]]) + BATCH_SLACK):
            groups.append(group)
            group = []
        group.append(i)
    if group:
        groups.append(group)
    return groups


def emissions(sentences: Sequence[Sequence[str]], model: _Model | None = None) -> list[np.ndarray]:
    """Emission scores [length, K] of every (non-empty) sentence; by the shipped model by default."""
    model = model or _load()
    out: list[np.ndarray] = [np.zeros((0, len(TAGS)))] * len(sentences)
    for group in _batches(sentences):
        scores = model.scores([sentences[i] for i in group])
        for row, i in enumerate(group):
            out[i] = scores[row, : len(sentences[i])].astype(np.float64)
    return out


def tag_norms(sentences: Sequence[Sequence[str]], with_confidence: bool = False) -> list[tuple[list[str], list[float]]]:
    """(BIO tags, per-token marginal probability of the chosen tag) for each sentence of norms.

    Marginals are computed (with_confidence) only for sentences with an entity, the only ones
    whose confidences anything reads; the others get an empty list. The network runs on tight length groups (padding is LSTM work);
    Viterbi on one batch of every sentence, and the marginals on one batch of the sentences with an
    entity, since decoding's cost is numpy's per-step overhead times the batch's longest sentence.
    """
    model = _load()
    out: list[tuple[list[str], list[float]]] = [([], []) for _ in sentences]
    scores = emissions(sentences)
    # Viterbi decodes each row on its own, so all sentences go in one batch (its cost is a step
    # per position of the longest sentence); the batch is bounded only by its padded size.
    paths: list[list[int]] = [[] for _ in sentences]
    for group in _batches(sentences, float("inf"), DECODE_TOKENS):
        for i, path in zip(group, viterbi(_padded(scores, group), [len(sentences[i]) for i in group],
                                          model.trans, model.start, model.end)):
            paths[i] = path
    for i, path in enumerate(paths):
        out[i] = ([TAGS[k] for k in path], [])
    if with_confidence:  # forward-backward only where the path holds an entity (about half)
        # one group of them all, as Viterbi: its cost is a step per position of the longest
        held = [sentence if any(paths[i]) else [] for i, sentence in enumerate(sentences)]
        for group in _batches(held, float("inf"), DECODE_TOKENS):
            sub = marginals(_padded(scores, group), np.array([len(sentences[i]) for i in group]),
                            model.trans, model.start, model.end)
            for row, i in enumerate(group):
                path = paths[i]
                out[i] = (out[i][0], sub[row, np.arange(len(path)), path].tolist())
    return out


def _padded(scores: Sequence[np.ndarray], group: Sequence[int]) -> np.ndarray:
    """The group's emission scores in one zero-padded [B, T, K] array."""
    padded = np.zeros((len(group), max(len(scores[i]) for i in group), len(TAGS)))
    for row, i in enumerate(group):
        padded[row, : len(scores[i])] = scores[i]
    return padded


def tag_tokens(tokens: list[str]) -> list[str]:
    """BIO tags (PERS/LOC/ORG/MISC) for one sentence of raw token strings."""
    return tag_sentences([tokens])[0]


def tag_sentences(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO tags for many sentences of raw tokens at once (batched: much faster than one by one)."""
    return [tags for tags, _ in tag_norms([[normalize_token(t) for t in s] for s in sentences])]


def find(doc: Document) -> list[Span]:
    """Entity spans in every sentence of the document; `confidence` is the mean token marginal.

    The sentences' tags are made consistent over the document first (`consistency.harmonise`)."""
    return document_spans(doc, lambda norms: tag_norms(norms, with_confidence=True), LABELS, SOURCE)
