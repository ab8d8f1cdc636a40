"""An nn model folder may hold an ensemble (`ner_bilstm_2.onnx` … beside the first network): emissions
and CRF scores are the members' means, decoded once. Tiny randomly initialised networks of the
training script's own class, exported the way the shipped one is (as test_tagger_nn_split.py)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[3]
MODELS = ROOT / "resources" / "models"
WORDS = ["<pad>", "<unk>", "قال", "الرئيس", "هادي", "في", "الرياض", "عدن", "صنعاء", "المسلحين"]
CHARS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأؤإئىة0123456789abc"
SENTENCES = [["قال", "الرئيس", "هادي", "في", "الرياض"], ["والمسلحين", "😀", "abc", "2015", "؟"], ["عدن"],
             ["وقصفت", "طائرات", "التحالف", "مواقع", "الحوثيين", "بصنعاء", "وعدن", "ولحج", "وأبين", "ومأرب"]]  # fmt: skip


@pytest.fixture(scope="module")
def singles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two exported tiny networks of different seeds (the same words, characters and lists)."""
    import torch  # in the test venv through the camelbert extra (`make test`)

    sys.path.insert(0, str(ROOT / "build_scripts"))
    import train_tagger_nn as T

    from core.entities.features import FeatureResources

    resources = FeatureResources.load(MODELS)
    encoder = T.Encoder(WORDS, CHARS, sorted(resources.lists), resources)
    cfg = T.Config(hidden=5, char_dim=4, char_filters=7, dropout=0.0)
    folders = []
    for seed in (0, 1):
        torch.manual_seed(seed)
        vectors = np.random.default_rng(seed).normal(size=(len(WORDS), 6)).astype(np.float32)
        net, crf = T.Net(vectors, len(CHARS), encoder.n_dense, cfg), T.CRF(len(T.TAGS))
        with torch.no_grad():  # a random CRF, so decoding is not all "O"
            for p in crf.parameters():
                p.normal_()
        folder = tmp_path_factory.mktemp(f"nn{seed}")
        T.export(net, crf, encoder, WORDS, CHARS, cfg, out=folder)
        folders.append(folder)
    return folders


def _ensemble(out: Path, sources: list[Path], link: bool = False) -> Path:
    import ensemble_tagger_dir

    ensemble_tagger_dir.build(out, sources, link)
    return out


def test_an_ensemble_of_one_is_the_single_network(singles: list[Path], tmp_path: Path) -> None:
    from core.entities.tagger_nn import emissions, load_model, member_stems

    folder = _ensemble(tmp_path / "one", singles[:1])
    assert member_stems(folder) == ["ner_bilstm"]
    alone, one = load_model(singles[0], MODELS), load_model(folder, MODELS)
    assert one.others == []
    for got, want in zip(emissions(SENTENCES, one), emissions(SENTENCES, alone)):
        np.testing.assert_array_equal(got, want)
    for got, want in zip((one.trans, one.start, one.end), (alone.trans, alone.start, alone.end)):
        np.testing.assert_array_equal(got, want)


def test_two_networks_average_emissions_and_crf_scores(singles: list[Path], tmp_path: Path) -> None:
    from core.entities.tagger_nn import emissions, load_model, member_stems

    folder = _ensemble(tmp_path / "two", singles)
    assert member_stems(folder) == ["ner_bilstm", "ner_bilstm_2"]
    # the second member's vocabulary file keeps only its CRF scores; the encoder is shared
    assert "words" not in json.loads((folder / "ner_bilstm_2_vocab.json").read_text(encoding="utf-8"))
    pair = load_model(folder, MODELS)
    assert len(pair.others) == 1 and pair.others[0].encoder is pair.encoder
    a, b = load_model(singles[0], MODELS), load_model(singles[1], MODELS)
    for batch in (SENTENCES, SENTENCES[:1], SENTENCES + SENTENCES):  # character caches cold and warm
        for got, ea, eb in zip(emissions(batch, pair), emissions(batch, a), emissions(batch, b)):
            np.testing.assert_allclose(got, (ea + eb) / 2, atol=1e-6)
    assert np.abs(emissions(SENTENCES, a)[0] - emissions(SENTENCES, b)[0]).max() > 0.01  # two networks
    finite = np.isfinite(a.trans)
    assert (np.isfinite(pair.trans) == finite).all()
    np.testing.assert_allclose(pair.trans[finite], (a.trans[finite] + b.trans[finite]) / 2)
    np.testing.assert_allclose(pair.end, (a.end + b.end) / 2)
    # a member with its own full vocabulary file (symlinked sources) reads the same
    linked = load_model(_ensemble(tmp_path / "linked", singles, link=True), MODELS)
    for got, want in zip(emissions(SENTENCES, linked), emissions(SENTENCES, pair)):
        np.testing.assert_allclose(got, want, atol=1e-12)


def test_the_ensemble_tags_the_path_of_the_averaged_scores(singles: list[Path], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from core.entities import tagger_nn as T

    pair = T.load_model(_ensemble(tmp_path / "two", singles), MODELS)
    monkeypatch.setattr(T, "_model", pair)
    scores = T.emissions(SENTENCES, pair)
    want = [T.viterbi(s[None], np.array([len(s)]), pair.trans, pair.start, pair.end)[0] for s in scores]
    got = T.tag_norms(SENTENCES, with_confidence=True)
    assert [tags for tags, _ in got] == [[T.TAGS[k] for k in path] for path in want]
    for (tags, conf), s, path in zip(got, scores, want):
        if any(path):
            probs = T.marginals(s[None], np.array([len(s)]), pair.trans, pair.start, pair.end)[0]
            np.testing.assert_allclose(conf, probs[np.arange(len(path)), path], atol=1e-9)


class _Fixed:
    """A stand-in ONNX session that returns fixed emissions for a one-token batch."""

    def __init__(self, scores: list[float]) -> None:
        self.scores = np.array([[scores]], np.float32)

    def run(self, _names, _feed):  # type: ignore[no-untyped-def]
        return [self.scores]


def test_averaged_emissions_can_choose_what_neither_network_alone_would(singles: list[Path],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Network A says O (1.0) over B-LOC (0.9), network B says B-LOC (1.0) over O (0.0): alone A tags
    O, B tags B-LOC; the mean (O 0.5, B-LOC 0.95) tags B-LOC. With flat CRF scores. Three networks:
    O (1 + 0 + 2) / 3 = 1.0 against B-LOC (0.9 + 1 + 0.9) / 3 ≈ 0.93."""
    from core.entities import tagger_nn as T

    base = T.load_model(singles[0], MODELS)
    k = len(T.TAGS)
    a = [0.0] * k
    a[T.TAGS.index("O")], a[T.TAGS.index("B-LOC")] = 1.0, 0.9
    b = [-1.0] * k
    b[T.TAGS.index("O")], b[T.TAGS.index("B-LOC")] = 0.0, 1.0
    ok_trans, ok_start = T.allowed_transitions()
    flat = (np.where(ok_trans, 0.0, -np.inf), np.where(ok_start, 0.0, -np.inf), np.zeros(k))

    def model(*sessions: _Fixed) -> T._Model:
        others = [T._Network(s, base.encoder, None) for s in sessions[1:]]
        return T._Model(sessions[0], base.encoder, *flat, None, others)

    sure = list(a)
    sure[T.TAGS.index("O")] = 2.0  # a surer A: the mean is O 1.0, B-LOC 0.95
    for m, tag in ((model(_Fixed(a)), "O"), (model(_Fixed(b)), "B-LOC"), (model(_Fixed(a), _Fixed(b)), "B-LOC"),
                   (model(_Fixed(sure), _Fixed(b)), "O"), (model(_Fixed(a), _Fixed(b), _Fixed(sure)), "O")):
        monkeypatch.setattr(T, "_model", m)
        assert T.tag_norms([["عدن"]])[0][0] == [tag]


def test_an_ensemble_dir_needs_split_members(singles: list[Path], tmp_path: Path) -> None:
    from core.entities.tagger_nn import CHAR_MODEL_FILE

    broken = tmp_path / "broken"
    shutil.copytree(singles[1], broken)
    (broken / CHAR_MODEL_FILE).unlink()
    with pytest.raises(SystemExit):
        _ensemble(tmp_path / "two", [singles[0], broken])


def test_an_int8_word_table_keeps_the_emissions(singles: list[Path], tmp_path: Path) -> None:
    """quantize_tagger_words.py: the word table in int8 with a scale per row (half the file) moves
    emissions by little and the split network still loads; a second run changes nothing."""
    import quantize_tagger_words

    from core.entities.tagger_nn import MODEL_FILE, emissions, load_model

    folder = tmp_path / "q"
    shutil.copytree(singles[0], folder)
    assert quantize_tagger_words.quantize(folder / MODEL_FILE, min_rows=2)
    before = (folder / MODEL_FILE).read_bytes()
    assert not quantize_tagger_words.quantize(folder / MODEL_FILE, min_rows=2)
    assert (folder / MODEL_FILE).read_bytes() == before
    got, want = emissions(SENTENCES, load_model(folder, MODELS)), emissions(SENTENCES, load_model(singles[0], MODELS))
    for g, w in zip(got, want):
        np.testing.assert_allclose(g, w, atol=0.05)
    assert max(np.abs(g - w).max() for g, w in zip(got, want)) > 0  # it did change the table
