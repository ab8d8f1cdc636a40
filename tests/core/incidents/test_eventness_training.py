"""The eventness training machinery (build_scripts/train_event_filter.py): documents never split
across folds, the logistic regression learns, thresholds are chosen without the test fold."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("train_event_filter", ROOT / "build_scripts" / "train_event_filter.py")
assert _spec and _spec.loader
T = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("train_event_filter", T)  # dataclasses look their module up
_spec.loader.exec_module(T)


def test_document_id_drops_only_the_sentence_number() -> None:
    assert T.document_of("AAW_ARB_20071026.0026-2") == "AAW_ARB_20071026.0026"
    assert T.document_of("e6874d82b9c4d01063_36") == "e6874d82b9c4d01063"
    assert T.document_of("AAW_ARB_20071026.0026-12") == T.document_of("AAW_ARB_20071026.0026-3")


def _toy_rows(n_docs: int = 60, seed: int = 0) -> list:
    """Documents of 1-3 sentences; 'good' sentences are positives 90 % of the time, 'bad' 10 %."""
    rnd = random.Random(seed)
    rows = []
    for d in range(n_docs):
        for s in range(rnd.randint(1, 3)):
            good = rnd.random() < 0.3
            y = rnd.random() < (0.9 if good else 0.1)
            f = {"bias": 1.0, ("w:good" if good else "w:bad"): 1.0, f"w:noise{rnd.randint(0, 5)}": 1.0}
            rows.append(T.Row(f"doc{d}-{s}", f"doc{d}", y, True, f))
    return rows


def test_folds_never_split_a_document() -> None:
    rows = _toy_rows()
    for seed in range(3):
        folds = T.folds_by_document(rows, 5, seed)
        by_doc: dict[str, set[int]] = {}
        for r, f in zip(rows, folds):
            by_doc.setdefault(r.doc, set()).add(f)
        assert all(len(v) == 1 for v in by_doc.values())
        assert len(set(folds)) == 5
    assert T.folds_by_document(rows, 5, 0) != T.folds_by_document(rows, 5, 1)  # seeds reshuffle


def test_logistic_learns_the_signal_and_the_threshold_follows() -> None:
    rows = _toy_rows(200)
    model = T.Logistic(l2=1.0, min_count=1).fit([r.f for r in rows], [r.y for r in rows])
    w = model.weights()
    assert w["w:good"] > 1.0 > -1.0 > w["w:bad"]
    scores = T.out_of_fold(rows, 4, 0)
    assert float(np.mean(scores[[r.y for r in rows]])) > float(np.mean(scores[[not r.y for r in rows]])) + 0.3
    t = T.best_threshold(rows, scores)
    assert 0.1 < t < 0.9


def test_cross_validation_reports_one_figure_per_repetition() -> None:
    rows = _toy_rows(120)
    cv = T.cross_validate(rows, seeds=2)
    assert len(cv["F1"]) == 2 and len(cv["threshold"]) == 2 * T.FOLDS
    # the toy signal is strong: a working CV finds it, a broken one (leak or shuffle) would not be near
    assert all(0.6 < f <= 1.0 for f in cv["F1"])
    assert T.prf([True, False, True], [True, True, False]) == (0.5, 0.5, 0.5)


def test_cross_validation_counts_each_rows_detections_over_repetitions() -> None:
    rows = _toy_rows(120)
    hits = [0] * len(rows)
    cv = T.cross_validate(rows, seeds=3, detections=hits)
    assert all(0 <= h <= 3 for h in hits)
    # the counts are the repetitions' own predictions: as many detections as their P and R imply
    positives = sum(r.y for r in rows)
    implied = sum(r * positives / p for p, r in zip(cv["P"], cv["R"]))
    assert abs(sum(hits) - implied) < 1e-6
    good = [h for r, h in zip(rows, hits) if "w:good" in r.f]
    bad = [h for r, h in zip(rows, hits) if "w:bad" in r.f]
    assert sum(good) / len(good) > 2.5 > 0.5 > sum(bad) / len(bad)
    # without the list the figures are the same (the counting changes nothing)
    assert T.cross_validate(rows, seeds=3)["F1"] == cv["F1"]


def test_a_row_of_weight_zero_does_not_move_the_fit() -> None:
    rows = _toy_rows(150)
    # the same features with the opposite labels: with weight 1 they blur the signal, with weight 0 nothing
    flipped = [T.Row(r.id + "x", r.doc, not r.y, True, r.f, 0.0) for r in rows]
    alone = T.Logistic(l2=1.0, min_count=1).fit([r.f for r in rows], [r.y for r in rows])
    both = rows + flipped
    ignored = T.Logistic(l2=1.0, min_count=1).fit([r.f for r in both], [r.y for r in both], [r.w for r in both])
    counted = T.Logistic(l2=1.0, min_count=1).fit([r.f for r in both], [r.y for r in both])
    assert np.allclose(ignored.w, alone.w, atol=1e-4)
    assert abs(counted.weights()["w:good"]) < alone.weights()["w:good"] / 2
    assert T.Row("a-1", "a", True, True, {}).w == 1.0  # rows are weight 1 unless load() says otherwise
