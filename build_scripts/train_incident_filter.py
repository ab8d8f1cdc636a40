"""Train the codability model (core/incidents/codability.py) on the hand-coded Yemen articles.

    .venv/bin/python build_scripts/train_incident_filter.py [--shared ../shared/data] [--seeds 5] [--cv-only]
        [--part train|all|read|...] [--held-out] [--also FILE ...] [--cv-extra]

Rows: every candidate the pipeline codes (the model switched off) in the hand-coded articles of
`--part` (default train: all 540 articles but the held-out check8; a model fitted on 375 of them
beat one fitted on the 210 read ones on every part left out, by +0.002 to +0.017 F1; see
docs/incidents.md), placed in the gold's scope
(Yemen, Saudi Arabia); label: matched to a hand-coded incident by the score of
`evaluate_incidents.py --gold` (same event type and governorate, each gold incident used once).
Candidates are features of what the pipeline found; nobody reads the articles for this, so the
parts never read for rule writing (check3–check6) stay unread. `--held-out` prints, for each of
them, the score of a model fitted on every other article (what to expect on articles never seen).

Figures are grouped cross-validation by ARTICLE, 5 folds, repeated with `--seeds` shuffles; inside
each training part an inner 4-fold CV picks the threshold that maximises incident F1 (the real
score, candidates re-paired after dropping), so nothing of the test fold touches weights or
threshold. Printed: incident P/R/F1 of the pipeline without and with the model on the same
articles, mean ± sd of the gain over repetitions.

`--also FILE` (repeatable; default none) adds a further hand-coded file (every article, every country,
keyed with the country like `evaluate_incidents.py --gold FILE`), always in training, never in a
Yemen test fold; `--cv-extra` scores its articles by grouped 5-fold CV by article (fitted on the Yemen
articles and its other folds) next to a model fitted on the Yemen articles alone. Session 28 (seeds
0-4): with build_scripts/gold/other_conflicts_read.json the never-read Yemen parts scored 0.764 together
(0.764 without), the CV gain +0.048 ± 0.001 (+0.047 ± 0.002), but its 40 articles 0.624 F1 in CV
against 0.637 for the Yemen-only model (both with the `abroad:*` features limited to Yemen's
neighbours): the shipped model stays fitted on the Yemen file alone. Session 41 (seeds 0-4, the 80 articles
of both read non-Yemen files, other_conflicts_read.json and other_conflicts_read2.json, scored by CV as
`--cv-extra` does): fitted on Yemen alone 0.749 ± 0.006; with both files (`--also` both) 0.745 ± 0.006, never-read
Yemen parts 0.769 (0.771 without); the non-Yemen articles given a threshold of their own (picked on the non-Yemen
training folds) 0.730 ± 0.009; no word features at all 0.762 ± 0.000 but never-read parts 0.765; no words of
persons and organisations (actor names) 0.750 ± 0.006; no `abroad:*` 0.748 ± 0.001; words left out only
when scoring non-Yemen candidates 0.741 ± 0.003. None kept. With the shipped model, thresholds 0.50 / 0.525 /
0.55 / 0.575 on the two files together: 113/153, 111/148, 110/139, 108/135 matched/coded of 144 (F1 0.761,
0.760, 0.777, 0.774; without the model 116/190, 0.695).

The shipped model is fitted on all rows; its threshold maximises F1 averaged over ten 5-fold
out-of-fold scorings of all articles (different shuffles) and over neighbouring grid points.
Fixed seeds: the output is reproducible.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build_scripts"))

from evaluate_incidents import GOLD, PARTS, _pairs, gold_articles, gold_keys, in_scope  # noqa: E402
from train_event_filter import Logistic  # noqa: E402

from core.incidents import candidates, codability, set_aside  # noqa: E402
from core.incidents.lexicons import forest_many  # noqa: E402
from core.pipeline import analyze  # noqa: E402

L2 = 3.0  # 1 / 3 / 10 gave the same gain within its spread
# the forest: 50-200 trees, depth 8 or unlimited, leaves of 3-5 rows all scored within 0.002
TREES, TREE_DEPTH, TREE_LEAF = 100, 8, 5
MIN_COUNT = 3
FOLDS, INNER = 5, 4
THRESHOLDS = np.arange(0.1, 0.61, 0.025)
ALSO: list[Path] = []  # further hand-coded files always trained on (`--also`)


@dataclass
class Article:
    n: int
    gold: list[dict]
    keys: list[tuple]  # the candidates' score keys (event type, governorate, fatalities)
    feats: list[dict[str, float]]
    y: list[bool]
    extra: bool = False  # from an `--also` file: every country scored, the country in the key; always trained on


def load(shared: Path, gold_path: Path, part: str = "all") -> list[Article]:
    """The candidates of the hand-coded articles. The Yemen file: candidates placed in its scope (Yemen,
    Saudi Arabia), keyed (event type, governorate); any other file (`--also`): every candidate, every
    country, keyed (event type, country, governorate), as `evaluate_incidents.py --gold FILE` scores it."""
    extra = gold_path.resolve() != GOLD.resolve()
    out = []
    for gold, art in gold_articles(shared, gold_path, "all" if extra else part):
        doc = analyze(art.get("content") or "", art.get("date_published"), art.get("title", ""), until="entities").doc
        coded = [(inc, draft) for inc, draft in candidates(doc) if not set_aside(inc)]
        everyone = [inc for inc, _ in coded]  # what assess() sees: the coded candidates of every country
        scoped = coded if extra else [(inc, draft) for inc, draft in coded if in_scope([inc])]
        feats = [codability.features(inc, draft, everyone, doc) for inc, draft in scoped]
        keys = gold_keys([inc for inc, _ in scoped], extra)
        used = {p for p, _ in _pairs(gold["incidents"], keys, extra) if p is not None}
        out.append(Article(gold["n"], gold["incidents"], keys, feats, [k in used for k in range(len(keys))], extra))
    return out


def score(articles: list[Article], keep: dict[int, np.ndarray] | None = None) -> tuple[float, float, float, int]:
    """Incident P, R, F1 and the number coded, with candidates dropped where keep is False."""
    n_gold = n_sys = matched = 0
    for k, a in enumerate(articles):
        keys = [key for key, kept in zip(a.keys, keep[k] if keep is not None else [True] * len(a.keys)) if kept]
        matched += sum(p is not None for p, _ in _pairs(a.gold, keys, a.extra))
        n_gold, n_sys = n_gold + len(a.gold), n_sys + len(keys)
    p = matched / n_sys if n_sys else 0.0
    r = matched / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), n_sys


class Forest:
    """scikit-learn's random forest on the same feature dicts (a missing feature is 0), and its
    trees exported in the layout `core.incidents.lexicons.forest_many` walks."""

    def __init__(self, feats: list[dict[str, float]], y: list[bool]) -> None:
        from sklearn.ensemble import RandomForestClassifier  # build time only

        self.names = sorted({k for f in feats for k in f})
        self.rf = RandomForestClassifier(n_estimators=TREES, max_depth=TREE_DEPTH, min_samples_leaf=TREE_LEAF,
                                         random_state=0, n_jobs=1).fit(self._matrix(feats), y)

    def _matrix(self, feats: list[dict[str, float]]) -> np.ndarray:
        index = {k: j for j, k in enumerate(self.names)}
        x = np.zeros((len(feats), len(self.names)))
        for i, f in enumerate(feats):
            for k, v in f.items():
                j = index.get(k)
                if j is not None:
                    x[i, j] = v
        return x

    def score(self, feats: list[dict[str, float]]) -> np.ndarray:
        return self.rf.predict_proba(self._matrix(feats))[:, 1]

    def export(self) -> dict:
        trees = []
        for est in self.rf.estimators_:
            t = est.tree_
            counts = t.value[:, 0, :]
            share = counts[:, 1] / counts.sum(axis=1)
            leaf = t.children_left < 0
            trees.append({"f": [-1 if lf else int(i) for i, lf in zip(t.feature, leaf)],
                          "t": [0.0 if lf else float(v) for v, lf in zip(t.threshold, leaf)],
                          "l": [int(i) for i in t.children_left], "r": [int(i) for i in t.children_right],
                          "v": [round(float(v), 6) if lf else 0.0 for v, lf in zip(share, leaf)]})
        return {"features": self.names, "trees": trees}


class Ensemble:
    """The mean of a logistic model's and a random forest's probabilities (what codability runs)."""

    def __init__(self, feats: list[dict[str, float]], y: list[bool]) -> None:
        self.logistic = Logistic(l2=L2, min_count=MIN_COUNT).fit(feats, y)
        self.forest = Forest(feats, y)

    def score(self, feats: list[dict[str, float]]) -> np.ndarray:
        return (self.logistic.score(feats) + self.forest.score(feats)) / 2


def fit(articles: list[Article]) -> Ensemble:
    return Ensemble([f for a in articles for f in a.feats], [y for a in articles for y in a.y])


def scores(model: Ensemble, articles: list[Article]) -> list[np.ndarray]:
    """The model's probabilities; candidates the pipeline never sets aside (`codability.protected`) score 1."""
    rows = [f for a in articles for f in a.feats]
    every = model.score(rows) if rows else np.zeros(0)  # all at once: scikit-learn's overhead is per call
    out, at = [], 0
    for a in articles:
        s, at = every[at: at + len(a.feats)], at + len(a.feats)
        out.append(np.array([1.0 if codability.protected(f) else p for f, p in zip(a.feats, s)]))
    return out


def folds(n: int, k: int, seed: int) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def out_of_fold(articles: list[Article], k: int, seed: int, always: list[Article] = ()) -> list[np.ndarray]:
    """Scores of each article by a model fitted on the other folds (and on `always`)."""
    out: list[np.ndarray] = [np.zeros(0)] * len(articles)
    for test in folds(len(articles), k, seed):
        model = fit([a for i, a in enumerate(articles) if i not in set(test)] + list(always))
        for i, s in zip(test, scores(model, [articles[i] for i in test])):
            out[i] = s
    return out


def best_threshold(articles: list[Article], *oofs: list[np.ndarray]) -> float:
    """The threshold with the best incident F1, averaged over one or more sets of out-of-fold scores
    and over each grid point's neighbours (the curve is flat near its top: 0.689–0.692 from 0.30 to
    0.45, so the centre of the plateau is a steadier choice than its noisiest peak)."""
    f1 = [float(np.mean([score(articles, {k: s >= t for k, s in enumerate(oof)})[2] for oof in oofs]))
          for t in THRESHOLDS]
    smooth = [float(np.mean(f1[max(0, i - 1): i + 2])) for i in range(len(f1))]
    return float(THRESHOLDS[int(np.argmax(smooth))])


def cross_validate(articles: list[Article], seeds: int, always: list[Article] = ()) -> list[tuple[tuple, tuple]]:
    """Per repetition: the score without the model and with it (grouped by article, threshold by
    inner CV on the training part; `always` (the `--also` files' articles) is in every training part
    and in no test fold, its out-of-fold scores counted in the threshold's F1)."""
    results = []
    always = list(always)
    for seed in range(seeds):
        keep: dict[int, np.ndarray] = {}
        for test in folds(len(articles), FOLDS, seed):
            test_set = set(test)
            train = [a for i, a in enumerate(articles) if i not in test_set] + always
            threshold = best_threshold(train, out_of_fold(train, INNER, seed + 1000))
            for i, s in zip(test, scores(fit(train), [articles[i] for i in test])):
                keep[i] = s >= threshold
        results.append((score(articles), score(articles, keep)))
    return results


def held_out(articles: list[Article]) -> None:
    """Each never-read part scored by a model (and threshold) fitted on every other article (the
    `--also` files' articles always among them)."""
    total = []
    for name in ("check3", "check4", "check5", "check6", "check7"):
        test = [a for a in articles if a.n in PARTS[name] and not a.extra]
        train = [a for a in articles if a.n not in PARTS[name] or a.extra]
        if not test:
            continue
        threshold = best_threshold(train, *(out_of_fold(train, FOLDS, seed) for seed in range(5)))
        keep = {k: s >= threshold for k, s in enumerate(scores(fit(train), test))}
        (p0, r0, f0, _), (p1, r1, f1, _) = score(test), score(test, keep)
        total.append((test, keep))
        print(f"  {name} ({len(test)} articles; fitted on {len(train)}, threshold {threshold:.3f}): "
              f"without P {p0:.3f} R {r0:.3f} F1 {f0:.3f}   with P {p1:.3f} R {r1:.3f} F1 {f1:.3f}")
    test = [a for t, _ in total for a in t]
    keep = {}
    for t, k in total:
        offset = len(keep)
        keep.update({offset + i: v for i, v in k.items()})
    print(f"  together ({len(test)} articles): without F1 {score(test)[2]:.3f}   with F1 {score(test, keep)[2]:.3f}")


def cv_extra(home: list[Article], extra: list[Article], seeds: int) -> None:
    """The `--also` files' articles scored honestly (never by a model fitted on the same article):
    by a model fitted on the Yemen articles alone, and by grouped 5-fold CV by article over the extra
    articles (fitted on the Yemen articles and the other folds); thresholds by inner 4-fold CV on the
    training part, as `cross_validate`. Per repetition, and the mean."""
    rows = []
    for seed in range(seeds):
        alone = best_threshold(home, out_of_fold(home, INNER, seed + 1000))
        keep0 = {k: s >= alone for k, s in enumerate(scores(fit(home), extra))}
        keep: dict[int, np.ndarray] = {}
        for test in folds(len(extra), FOLDS, seed):
            test_set = set(test)
            train = home + [a for i, a in enumerate(extra) if i not in test_set]
            threshold = best_threshold(train, out_of_fold(train, INNER, seed + 1000))
            for i, s in zip(test, scores(fit(train), [extra[i] for i in test])):
                keep[i] = s >= threshold
        rows.append((score(extra), score(extra, keep0), score(extra, keep)))
        (p0, r0, f0, n0), (pa, ra, fa, na), (p1, r1, f1, n1) = rows[-1]
        print(f"  without P {p0:.3f} R {r0:.3f} F1 {f0:.3f} ({n0} coded)   Yemen-fitted (threshold {alone:.3f}) "
              f"P {pa:.3f} R {ra:.3f} F1 {fa:.3f} ({na})   with the other folds (CV) P {p1:.3f} R {r1:.3f} "
              f"F1 {f1:.3f} ({n1})")
    means = np.mean([[r[2] for r in row] for row in rows], axis=0)
    print(f"extra articles ({len(extra)}), F1 mean over {len(rows)} repetitions: without the model {means[0]:.3f}, "
          f"fitted on Yemen alone {means[1]:.3f}, with the other folds {means[2]:.3f} "
          f"({np.mean([r[2][3] for r in rows]):.1f} coded, {np.mean([r[2][0] * r[2][3] for r in rows]):.1f} matched)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "acled" / "codability.json")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--cv-only", action="store_true", help="print the CV figures, write nothing")
    ap.add_argument("--part", default="train", help="the gold articles to fit on (evaluate_incidents --part; "
                    "train = all but the held-out check8)")
    ap.add_argument("--held-out", action="store_true",
                    help="score each never-read part with a model fitted on all other articles, write nothing")
    ap.add_argument("--also", type=Path, action="append", default=None,
                    help="a further hand-coded file (every article, every country, the country in the key) "
                    "always in training; repeatable (default: " + (", ".join(str(p.relative_to(ROOT)) for p in ALSO) or "none")
                    + "; --also none for the Yemen file alone)")
    ap.add_argument("--cv-extra", action="store_true",
                    help="score the --also articles by grouped CV by article (fitted on the Yemen articles and "
                    "the other folds) and by a model fitted on the Yemen articles alone, write nothing")
    args = ap.parse_args()
    also = [p for p in (ALSO if args.also is None else args.also) if str(p) != "none"]
    articles = load(args.shared, args.gold, args.part)
    extra = [a for path in also for a in load(args.shared, path)]
    n_rows = sum(len(a.y) for a in articles)
    print(f"{len(articles)} hand-coded articles (part {args.part}), {n_rows} candidates, "
          f"{sum(sum(a.y) for a in articles)} matched to a coded incident; also {len(extra)} articles of "
          f"{', '.join(p.name for p in also) or 'no other file'} ({sum(len(a.y) for a in extra)} candidates, "
          f"{sum(sum(a.y) for a in extra)} matched)")
    if args.held_out:
        held_out(articles + extra)
        return
    if args.cv_extra:
        cv_extra(articles, extra, args.seeds)
        return
    gains = []
    for (p0, r0, f0, n0), (p1, r1, f1, n1) in cross_validate(articles, args.seeds, extra):
        print(f"  without P {p0:.3f} R {r0:.3f} F1 {f0:.3f} ({n0} coded)   "
              f"with (CV) P {p1:.3f} R {r1:.3f} F1 {f1:.3f} ({n1} coded)")
        gains.append(f1 - f0)
    print(f"F1 gain, grouped {FOLDS}-fold CV by article: {np.mean(gains):+.3f} ± {np.std(gains):.3f} "
          f"({len(gains)} repetitions)")
    if args.cv_only:
        return
    # the shipped threshold: F1 averaged over ten shuffles of the out-of-fold scores (one shuffle's
    # argmax moves between neighbouring grid points with the smallest change to the candidates)
    articles = articles + extra
    threshold = best_threshold(articles, *(out_of_fold(articles, FOLDS, seed) for seed in range(10)))
    model = fit(articles)
    weights = {k: round(v, 4) for k, v in sorted(model.logistic.weights().items()) if abs(v) >= 5e-4}
    exported = model.forest.export()
    check = [f for a in articles for f in a.feats]
    gap = float(np.max(np.abs(np.array(forest_many(exported, check)) - model.forest.score(check))))
    assert gap < 1e-4, f"the exported forest differs from scikit-learn's by {gap}"
    out = {
        "_about": ("Built by build_scripts/train_incident_filter.py from the hand-coded Yemen articles "
                   f"(build_scripts/gold/yemen_incidents.json, part {args.part}, {len(articles) - len(extra)} articles)"
                   + "".join(f" and {p.name}" for p in also) + f" ({len(extra)} articles)." * bool(also)),
        "threshold": round(threshold, 3),
        "weights": weights,
        "forest": "FOREST",
        "cv_gain": [round(g, 4) for g in gains],
    }
    text = json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True)
    trees = ",\n".join(json.dumps(t, separators=(",", ":")) for t in exported["trees"])  # a tree a line
    forest_text = '{"features": ' + json.dumps(exported["features"], ensure_ascii=False) + ',\n"trees": [\n' + trees + "]}"
    args.out.write_text(text.replace('"FOREST"', forest_text) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(weights)} weights, {len(exported['trees'])} trees "
          f"({sum(len(t['f']) for t in exported['trees'])} nodes), threshold {threshold:.3f}")


if __name__ == "__main__":
    main()
