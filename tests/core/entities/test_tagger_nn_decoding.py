"""numpy CRF decoding of the neural tagger: Viterbi and marginals against brute force."""

from __future__ import annotations

import itertools

import numpy as np

from core.entities.bio import bio_spans
from core.entities.tagger_nn import TAGS, allowed_transitions, marginals, viterbi


def _path_score(path: tuple[int, ...], em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> float:
    score = start[path[0]] + em[0, path[0]] + end[path[-1]]
    for t in range(1, len(path)):
        score += trans[path[t - 1], path[t]] + em[t, path[t]]
    return float(score)


def test_viterbi_on_a_hand_made_matrix_respects_bio() -> None:
    # tags: O, B-PERS, I-PERS (a 3-tag slice of the scheme); emissions alone would say I-PERS first
    tags = ["O", "B-PERS", "I-PERS"]
    ok, ok_start = allowed_transitions(tags)
    trans = np.where(ok, 0.0, -np.inf)
    start = np.where(ok_start, 0.0, -np.inf)
    end = np.zeros(3)
    em = np.array([[[0.0, 1.0, 2.0], [0.0, 0.0, 3.0], [2.0, 0.0, 0.0]]])
    (path,) = viterbi(em, np.array([3]), trans, start, end)
    assert [tags[k] for k in path] == ["B-PERS", "I-PERS", "O"]
    # O then I-PERS (5 + 9) is forbidden: B-PERS I-PERS (0 + 9) beats O O and O B-PERS (5 + 0)
    em2 = np.array([[[5.0, 0.0, 0.0], [0.0, 0.0, 9.0]]])
    (path2,) = viterbi(em2, np.array([2]), trans, start, end)
    assert [tags[k] for k in path2] == ["B-PERS", "I-PERS"]


def test_viterbi_and_marginals_match_brute_force_with_padding() -> None:
    rng = np.random.default_rng(0)
    k = 4
    trans = rng.normal(size=(k, k))
    trans[0, 3] = -np.inf  # a forbidden move
    start, end = rng.normal(size=k), rng.normal(size=k)
    lengths = np.array([2, 4, 1, 4, 3])  # unsorted, with a tie: rows are reordered inside
    em = rng.normal(size=(5, 4, k))
    paths = viterbi(em, lengths, trans, start, end)
    probs = marginals(em, lengths, trans, start, end)
    for b, n in enumerate(lengths):
        all_paths = list(itertools.product(range(k), repeat=int(n)))
        scores = np.array([_path_score(p, em[b], trans, start, end) for p in all_paths])
        assert tuple(paths[b]) == all_paths[int(np.argmax(scores))]
        weights = np.exp(scores - scores.max())
        weights /= weights.sum()
        for t in range(n):
            want = [weights[[p[t] == tag for p in all_paths]].sum() for tag in range(k)]
            np.testing.assert_allclose(probs[b, t], want, atol=1e-9)
        assert np.all(probs[b, n:] == 0.0)


def test_allowed_transitions_of_the_full_scheme() -> None:
    ok, ok_start = allowed_transitions(TAGS)
    i = TAGS.index
    assert ok[i("B-PERS"), i("I-PERS")] and ok[i("I-PERS"), i("I-PERS")]
    assert not ok[i("O"), i("I-LOC")] and not ok[i("B-ORG"), i("I-MISC")]
    assert ok[i("I-ORG"), i("B-ORG")] and ok[i("B-LOC"), i("O")]
    assert not ok_start[i("I-PERS")] and ok_start[i("B-PERS")] and ok_start[i("O")]


def test_bio_spans() -> None:
    assert bio_spans(["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERS"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
        (5, 6, "ORG"),
    ]
    assert bio_spans([]) == []


def _reference_viterbi(em: np.ndarray, n: int, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """Textbook Viterbi of one row (first best previous tag on ties, as argmax)."""
    score = start + em[0]
    back = []
    for t in range(1, n):
        cand = score[:, None] + trans
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + em[t]
    path = [int((score + end).argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


def test_viterbi_ties_and_batches_match_a_row_decoded_alone() -> None:
    # small whole numbers make many equal scores: the batch decoder must break ties like argmax
    # and give each row the path it has on its own, whatever the other rows' lengths
    rng = np.random.default_rng(7)
    k = len(TAGS)
    ok, ok_start = allowed_transitions(TAGS)
    trans = np.where(ok, rng.integers(-2, 2, size=(k, k)).astype(float), -np.inf)
    start = np.where(ok_start, 0.0, -np.inf)
    end = rng.integers(-1, 1, size=k).astype(float)
    lengths = np.array([7, 1, 12, 3, 12, 5, 2])
    em = rng.integers(-3, 3, size=(len(lengths), 12, k)).astype(float)
    paths = viterbi(em, lengths, trans, start, end)
    for b, n in enumerate(lengths):
        assert paths[b] == _reference_viterbi(em[b], int(n), trans, start, end)
        assert viterbi(em[b : b + 1, :n], np.array([n]), trans, start, end) == [paths[b]]


def test_marginals_whose_sums_underflow_take_the_floored_path() -> None:
    # moves so unlikely that exp(trans) is a subnormal: every step's sum falls below 1e-300, which
    # the fast path leaves unguarded; the result must be the floored arithmetic's, without NaN
    rng = np.random.default_rng(3)
    k = 4
    trans = np.full((k, k), -740.0)
    start, end = np.zeros(k), np.zeros(k)
    lengths = np.array([3, 5])
    em = rng.normal(size=(2, 5, k))
    probs = marginals(em, lengths, trans, start, end)
    assert not np.isnan(probs).any()
    assert probs.tobytes() == marginals(em, lengths, trans, start, end, floor=True).tobytes()
    assert np.all(probs[0, 3:] == 0.0)


def test_marginals_whose_sum_is_exactly_zero_take_the_floored_path() -> None:
    # the only tag the emissions allow after a sure O is I-PERS, which O forbids: the allowed tags'
    # emissions underflow to exactly 0, the step's sum is 0, 0/0 makes NaN in the steps after it,
    # and a NaN minimum compares False with 1e-300 — the floored run must still be the one returned
    tags = ["O", "B-PERS", "I-PERS"]
    ok, ok_start = allowed_transitions(tags)
    trans = np.where(ok, 0.0, -np.inf)
    start = np.where(ok_start, 0.0, -np.inf)
    end = np.zeros(3)
    em = np.array([[[5.0, -900.0, -900.0], [-900.0, -900.0, 5.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]])
    probs = marginals(em, np.array([4]), trans, start, end)
    assert not np.isnan(probs).any()
    assert probs.tobytes() == marginals(em, np.array([4]), trans, start, end, floor=True).tobytes()
