"""Train the eventness filter (core/incidents/eventness.py) on the OEDA Arabic dev sentences.

    .venv/bin/python build_scripts/train_event_filter.py [--shared ../shared/data]

One L2-regularised logistic regression per task (ASSAULT, PROTEST) over the structural and word
features of `eventness.features`, only on sentences where the rules find a trigger of the task
(the filter only ever removes detections). Prints two-fold figures — train on one half (split by
a hash of the sentence id), choose the threshold by inner 5-fold CV on that half, test on the
other — for the whole detector (rules + filter, sentences without triggers count as negatives).
Then fits on everything and writes resources/acled/eventness.json with the mean CV threshold.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.incidents.detect import active_mentions, find_mentions  # noqa: E402
from core.incidents.eventness import features, task_of  # noqa: E402
from core.pipeline import analyze  # noqa: E402

L2 = 1.0
MIN_COUNT = 2


def load(shared: Path, task: str) -> list[dict]:
    rows = [r for r in csv.DictReader((shared / "events" / f"{task.lower()}_dev.csv").open(encoding="utf-8"))
            if r["label"] != "ambiguous"]
    out = []
    for r in rows:
        doc = analyze(r["text"], until="entities").doc
        mentions, _ = find_mentions(doc)
        live = active_mentions(mentions)
        has = any(task_of(m.event_type) == task for m in live)
        feats = features(doc.tokens, doc.entities, mentions)
        half = int(hashlib.md5(r["id"].encode()).hexdigest(), 16) % 2
        out.append({"y": r["label"] == "yes", "has": has, "f": feats, "half": half})
    return out


def fit(rows: list[dict]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for r in rows:
        for k in r["f"]:
            counts[k] = counts.get(k, 0) + 1
    vocab = sorted(k for k, c in counts.items() if c >= MIN_COUNT or not k.startswith("w:"))
    index = {k: i for i, k in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for k, v in r["f"].items():
            if k in index:
                X[i, index[k]] = v
    y = np.array([1.0 if r["y"] else 0.0 for r in rows])
    reg = np.ones(len(vocab)) * L2
    if "bias" in index:
        reg[index["bias"]] = 0.0

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = X @ w
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        eps = 1e-9
        value = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + 0.5 * np.sum(reg * w * w)
        grad = X.T @ (p - y) + reg * w
        return value, grad

    w = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B").x
    return {k: float(w[i]) for k, i in index.items() if abs(w[i]) > 1e-4}


def prob(weights: dict[str, float], f: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in f.items())
    return float(1 / (1 + np.exp(-np.clip(z, -30, 30))))


def best_threshold(rows: list[dict], folds: int = 5) -> float:
    """Inner CV on rows with triggers: the threshold that maximises F1 of held-out predictions."""
    cand = [r for r in rows if r["has"]]
    scored: list[tuple[float, bool]] = []
    for k in range(folds):
        train = [r for i, r in enumerate(cand) if i % folds != k]
        test = [r for i, r in enumerate(cand) if i % folds == k]
        w = fit(train)
        scored += [(prob(w, r["f"]), r["y"]) for r in test]
    missed = sum(1 for r in rows if r["y"] and not r["has"])
    best, best_f = 0.5, -1.0
    for t in np.arange(0.05, 0.95, 0.025):
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        fn = sum(1 for p, y in scored if p < t and y) + missed
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f > best_f:
            best, best_f = float(t), f
    return best


def evaluate(weights: dict[str, float], threshold: float, rows: list[dict]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for r in rows:
        hit = r["has"] and prob(weights, r["f"]) >= threshold
        tp += hit and r["y"]
        fp += hit and not r["y"]
        fn += (not hit) and r["y"]
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "acled" / "eventness.json")
    args = ap.parse_args()
    model: dict[str, dict] = {}
    for task in ("ASSAULT", "PROTEST"):
        rows = load(args.shared, task)
        thresholds = []
        print(f"{task}: {len(rows)} sentences, {sum(r['y'] for r in rows)} yes, {sum(r['has'] for r in rows)} with a trigger")
        for test_half in (0, 1):
            train = [r for r in rows if r["half"] != test_half]
            test = [r for r in rows if r["half"] == test_half]
            t = best_threshold(train)
            w = fit([r for r in train if r["has"]])
            p, rc, f = evaluate(w, t, test)
            thresholds.append(t)
            print(f"  train half {1 - test_half} -> test half {test_half}: threshold {t:.3f}  P={p:.3f} R={rc:.3f} F1={f:.3f}")
        weights = fit([r for r in rows if r["has"]])
        model[task] = {"threshold": round(float(np.mean(thresholds)), 3),
                       "weights": {k: round(v, 4) for k, v in sorted(weights.items())}}
        print(f"  final: {len(weights)} weights, threshold {model[task]['threshold']}")
    model["_about"] = "Built by build_scripts/train_event_filter.py from the OEDA Arabic event dev sentences (MIT)."
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
