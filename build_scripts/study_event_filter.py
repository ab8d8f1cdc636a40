"""Session 37 study of the eventness filter: learners and targets NOT tried before, under the SAME
protocol as train_event_filter.py (grouped CV by document, 5 folds, seeds 0-4, inner grouped 4-fold CV
for the threshold; every fit — NB ratios, stacker, pseudo-labels — inside the training part only).

    .venv/bin/python build_scripts/study_event_filter.py --shared /work/shared/data [--task ASSAULT] [--only NAME ...]

Methods (name → what is fitted on a training part):
- base: this repository's logistic model (must reproduce train_event_filter.cross_validate);
- nblr_w / nblr_wc / nblr_c: NB-logistic (Wang & Manning 2012) over binarised word uni+bigrams (w),
  + character 2-4-grams (wc), or characters alone (c), log-count-ratio scaled, L2 logistic on top;
- avg_*: mean of base's and an NB-logistic's probabilities (nothing more fitted);
- stack_*: a second-level logistic over the two models' logits, fitted on inner grouped out-of-fold
  scores of the training part;
- binom: the logistic model fitted on accept/total as a binomial target (weight total), every row with
  votes (ambiguous included as partial counts, never evaluated);
- twostage: P(any accepts) × P(all accept | any accepts);
- self_*: self-training — SaudiNewsNet sentences with a live trigger of the task, labelled by the
  training part's own model, the sure ones (P > 0.9 / < 0.05) added at a low weight.
Figures: mean ± sd of F1 over seeds 0-4. Nothing here writes into resources/.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import pickle
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))

import train_event_filter as T  # noqa: E402
from core.incidents import eventness  # noqa: E402
from core.incidents.detect import active_mentions, find_mentions  # noqa: E402
from core.pipeline import analyze  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "marsad_event_study"  # analysed rows, reused between runs


@dataclass
class R:
    id: str
    doc: str
    label: str
    accept: int
    total: int
    y: bool
    has: bool
    f: dict
    words: list = field(default_factory=list)  # normalised word tokens
    w: float = 1.0


def analysed(text: str) -> tuple[set[str], dict, list[str]]:
    """A sentence analysed up to its entities: the tasks of its live triggers, its eventness
    features and its normalised words (punctuation left out)."""
    doc = analyze(text, until="entities").doc
    mentions, _ = find_mentions(doc)
    tasks = {eventness.task_of(m.event_type) for m in active_mentions(mentions)} - {None}
    words = [t.norm for t in doc.tokens if not t.is_punct]
    return tasks, eventness.features(doc.tokens, doc.entities, mentions), words


def cached(name: str, build: Callable[[], Any]) -> Any:
    """`build()`, pickled in CACHE under `name` and read back from there on later runs."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / name
    if path.exists():
        return pickle.loads(path.read_bytes())
    out = build()
    path.write_bytes(pickle.dumps(out))
    return out


def sentence_row(rid: str, text: str, label: str, accept: int, total: int, task: str) -> R:
    tasks, feats, words = analysed(text)
    w = T.DIFFICULT_WEIGHT if label == "difficult no" else 1.0
    return R(rid, T.document_of(rid), label, accept, total, label == "yes", task in tasks, feats, words, w)


def load_all(shared: Path, task: str) -> list[R]:
    def build() -> list[R]:
        rows = csv.DictReader((shared / "events" / f"{task.lower()}_dev.csv").open(encoding="utf-8"))
        return [sentence_row(r["id"], r["text"], r["label"], int(r["accept"]), int(r["total"]), task) for r in rows]

    return cached(f"{task}.pkl", build)


SPLIT = re.compile(r"(?<=[.!؟?])\s+|\n+")


def news_pool(shared: Path, n_sentences: int = 20000, seed: int = 37) -> list[dict]:
    """Random SaudiNewsNet sentences (8-80 words), analysed once; both tasks' gates recorded."""
    def build() -> list[dict]:
        sents = []
        with gzip.open(shared / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                for s in SPLIT.split(a.get("content") or ""):
                    n = len(s.split())
                    if 8 <= n <= 80:
                        sents.append(s.strip())
        random.Random(seed).shuffle(sents)
        pool = []
        for s in sents[:n_sentences]:
            tasks, feats, words = analysed(s)
            if tasks:
                pool.append({"tasks": tasks, "f": feats, "words": words})
        return pool

    return cached(f"news_{n_sentences}.pkl", build)


# ---------------------------------------------------------------- NB-logistic

_GRAMS: dict = {}


def ngram_feats(words: list[str], kind: str) -> set[str]:
    key = (kind, tuple(words))
    if key in _GRAMS:
        return _GRAMS[key]
    out: set[str] = set()
    if "w" in kind:
        out.update("u:" + w for w in words)
        out.update(f"b:{a}_{b}" for a, b in zip(words, words[1:]))
    if "c" in kind:
        s = " " + " ".join(words) + " "
        for n in (2, 3, 4):
            out.update("c:" + s[i:i + n] for i in range(len(s) - n + 1))
    _GRAMS[key] = out
    return out


class NBLogistic:
    """Binarised n-grams scaled by the log-count ratio r = log(p/|p|) - log(q/|q|) (alpha 1), then an
    L2 logistic regression (sklearn liblinear) on x∘r."""

    def __init__(self, kind: str, C: float = 1.0, min_count: int = 2) -> None:
        self.kind, self.C, self.min_count = kind, C, min_count

    def _X(self, grams: list[set[str]]) -> sparse.csr_matrix:
        rows, cols = [], []
        for i, g in enumerate(grams):
            for k in g:
                j = self.index.get(k)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
        X = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(grams), len(self.index)))
        return X.multiply(self.r).tocsr()

    def fit(self, words: list[list[str]], y: list[bool], w: list[float]) -> "NBLogistic":
        from sklearn.linear_model import LogisticRegression
        keep = [i for i, x in enumerate(w) if x > 0]
        grams = [ngram_feats(words[i], self.kind) for i in keep]
        yy = np.array([y[i] for i in keep], dtype=int)
        ww = np.array([w[i] for i in keep], dtype=float)
        counts: dict[str, int] = {}
        for g in grams:
            for k in g:
                counts[k] = counts.get(k, 0) + 1
        vocab = sorted(k for k, c in counts.items() if c >= self.min_count)
        self.index = {k: i for i, k in enumerate(vocab)}
        self.r = np.ones(len(vocab))
        X = self._X(grams)
        p = 1 + np.asarray(X[yy == 1].multiply(ww[yy == 1][:, None]).sum(0)).ravel()
        q = 1 + np.asarray(X[yy == 0].multiply(ww[yy == 0][:, None]).sum(0)).ravel()
        self.r = np.log(p / p.sum()) - np.log(q / q.sum())
        X = X.multiply(self.r).tocsr()
        self.clf = LogisticRegression(C=self.C, solver="liblinear", max_iter=1000).fit(X, yy, sample_weight=ww)
        return self

    def score(self, words: list[list[str]]) -> np.ndarray:
        return self.clf.predict_proba(self._X([ngram_feats(w, self.kind) for w in words]))[:, 1]


# ---------------------------------------------------------------- methods: fit(train, extra) -> scorer(rows)

def fit_base(train, extra=(), **_):
    fit = [r for r in train if r.has]
    m = T.Logistic().fit([r.f for r in fit], [r.y for r in fit], [r.w for r in fit])
    return lambda rows: m.score([r.f for r in rows])


def make_nb(kind, C=1.0):
    def fit(train, extra=(), **_):
        rows = [r for r in train if r.has]
        m = NBLogistic(kind, C).fit([r.words for r in rows], [r.y for r in rows], [r.w for r in rows])
        return lambda rs: m.score([r.words for r in rs])
    return fit


def make_avg(nb_fit, a=0.5):
    def fit(train, extra=(), **_):
        b, n = fit_base(train), nb_fit(train)
        return lambda rows: (1 - a) * b(rows) + a * n(rows)
    return fit


def _logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def make_stack(nb_fit):
    def fit(train, extra=(), seed=0, **_):
        from sklearn.linear_model import LogisticRegression
        folds = T.folds_by_document(train, T.INNER, seed + 2000)
        Z = np.zeros((len(train), 2))
        for fo in range(T.INNER):
            tr = [r for r, f in zip(train, folds) if f != fo]
            te = [i for i, f in enumerate(folds) if f == fo]
            b, n = fit_base(tr), nb_fit(tr)
            rows = [train[i] for i in te]
            Z[te, 0], Z[te, 1] = _logit(b(rows)), _logit(n(rows))
        mask = np.array([r.has for r in train])
        st = LogisticRegression(C=1.0).fit(Z[mask], np.array([r.y for r in train])[mask].astype(int))
        b, n = fit_base(train), nb_fit(train)
        return lambda rows: st.predict_proba(np.column_stack([_logit(b(rows)), _logit(n(rows))]))[:, 1]
    return fit


def fit_binom(train, extra=(), **_):
    rows = [r for r in list(train) + list(extra) if r.has and r.total > 0]
    m = T.Logistic().fit([r.f for r in rows], [r.accept / r.total for r in rows], [float(r.total) for r in rows])
    return lambda rs: m.score([r.f for r in rs])


def fit_twostage(train, extra=(), **_):
    rows = [r for r in list(train) + list(extra) if r.has and r.total > 0]
    a = T.Logistic().fit([r.f for r in rows], [r.accept > 0 for r in rows])
    pos = [r for r in rows if r.accept > 0 and r.label != "ambiguous"]
    b = T.Logistic().fit([r.f for r in pos], [r.label == "yes" for r in pos])
    return lambda rs: a.score([r.f for r in rs]) * b.score([r.f for r in rs])


def make_self(pool, task, weight, hi=0.9, lo=0.05):
    prow = [p for p in pool if task in p["tasks"]]
    pf = [p["f"] for p in prow]

    def fit(train, extra=(), **_):
        fit = [r for r in train if r.has]
        m = T.Logistic().fit([r.f for r in fit], [r.y for r in fit], [r.w for r in fit])
        s = m.score(pf)
        sure = [(f, bool(x > hi)) for f, x in zip(pf, s) if x > hi or x < lo]
        m2 = T.Logistic().fit([r.f for r in fit] + [f for f, _ in sure], [r.y for r in fit] + [y for _, y in sure],
                              [r.w for r in fit] + [weight] * len(sure))
        return lambda rs: m2.score([r.f for r in rs])
    return fit


# ---------------------------------------------------------------- protocol

def inner_oof(train, extra, method, seed):
    folds = T.folds_by_document(train, T.INNER, seed)
    docfold = {r.doc: f for r, f in zip(train, folds)}
    scores = np.zeros(len(train))
    for fo in range(T.INNER):
        tr = [r for r, f in zip(train, folds) if f != fo]
        ex = [r for r in extra if docfold.get(r.doc, -1) != fo]
        te = [i for i, f in enumerate(folds) if f == fo]
        scores[te] = method(tr, ex, seed=seed)([train[i] for i in te])
    return scores


def cross_validate(rows, method, seeds=5, extra=()):
    f1s = []
    for seed in range(seeds):
        folds = T.folds_by_document(rows, T.FOLDS, seed)
        docfold = {r.doc: f for r, f in zip(rows, folds)}
        pred = [False] * len(rows)
        for fo in range(T.FOLDS):
            train = [r for r, f in zip(rows, folds) if f != fo]
            ex = [r for r in extra if docfold.get(r.doc, -1) != fo]
            test = [i for i, f in enumerate(folds) if f == fo]
            thr = T.best_threshold(train, inner_oof(train, ex, method, seed + 1000))
            s = method(train, ex, seed=seed)([rows[i] for i in test])
            for i, x in zip(test, s):
                pred[i] = rows[i].has and x >= thr
        f1s.append(T.prf(pred, [r.y for r in rows])[2])
    return f1s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--task", nargs="*", default=list(eventness.TASKS))
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--seeds", type=int, default=5)
    args = ap.parse_args()
    for task in args.task:
        allrows = load_all(args.shared, task)
        rows = [r for r in allrows if r.label != "ambiguous"]
        amb = [r for r in allrows if r.label == "ambiguous"]
        methods = {
            "base": fit_base,
            "nblr_w": make_nb("w"), "nblr_wc": make_nb("wc"), "nblr_c": make_nb("c"),
            "avg_w": make_avg(make_nb("w")), "avg_wc": make_avg(make_nb("wc")), "avg_c": make_avg(make_nb("c")),
            "stack_wc": make_stack(make_nb("wc")), "stack_w": make_stack(make_nb("w")),
            "binom": fit_binom, "twostage": fit_twostage,
        }
        if not args.only or any(o.startswith("self") for o in args.only):
            pool = news_pool(args.shared)
            for wt in (0.1, 0.3):
                methods[f"self_{wt}"] = make_self(pool, task, wt)
            print(f"{task}: news pool {sum(task in p['tasks'] for p in pool)} trigger sentences", flush=True)
        for name, method in methods.items():
            if args.only and name not in args.only:
                continue
            t0 = time.time()
            extra = amb if name in ("binom", "twostage") else ()
            f1 = cross_validate(rows, method, args.seeds, extra)
            print(f"{task} {name:10s} F1 {np.mean(f1):.3f} ± {np.std(f1):.3f}  {[round(float(x), 3) for x in f1]}  "
                  f"({time.time() - t0:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
