"""Exporting the neural tagger cuts its character CNN out (build_scripts/split_tagger_chars.py), and
the two ONNX files together give torch's emissions: a tiny randomly initialised network of the
training script's own class, exported the way the shipped one is."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[3]
MODELS = ROOT / "resources" / "models"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):
    import torch  # in the test venv through the camelbert extra (`make test`)
    sys.path.insert(0, str(ROOT / "build_scripts"))
    import train_tagger_nn as T

    from core.entities.features import FeatureResources

    torch.manual_seed(0)
    words = ["<pad>", "<unk>", "قال", "الرئيس", "هادي", "في", "الرياض", "عدن", "صنعاء", "المسلحين"]
    vectors = np.random.default_rng(0).normal(size=(len(words), 6)).astype(np.float32)
    chars = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأؤإئىة0123456789abc"
    resources = FeatureResources.load(MODELS)
    encoder = T.Encoder(words, chars, sorted(resources.lists), resources)
    cfg = T.Config(hidden=5, char_dim=4, char_filters=7, dropout=0.0)
    net, crf = T.Net(vectors, len(chars), encoder.n_dense, cfg), T.CRF(len(T.TAGS))
    with torch.no_grad():  # a random CRF, so decoding is not all "O"
        for p in crf.parameters():
            p.normal_()
    folder = tmp_path_factory.mktemp("nn")
    T.export(net, crf, encoder, words, chars, cfg, out=folder)
    return torch, net, encoder, folder


SENTENCES = [["قال", "الرئيس", "هادي", "في", "الرياض"], ["والمسلحين", "😀", "abc", "2015", "؟"], ["عدن"],
             ["وقصفت", "طائرات", "التحالف", "مواقع", "الحوثيين", "بصنعاء", "وعدن", "ولحج", "وأبين", "ومأرب"]]  # fmt: skip


def test_export_writes_the_network_and_its_character_cnn_apart(exported) -> None:
    import onnx

    from core.entities.tagger_nn import CHAR_INPUT, CHAR_MODEL_FILE, MODEL_FILE

    _, _, _, folder = exported
    network = onnx.load(str(folder / MODEL_FILE))
    cnn = onnx.load(str(folder / CHAR_MODEL_FILE))
    assert CHAR_INPUT in {i.name for i in network.graph.input}
    assert "chars" not in {i.name for i in network.graph.input}
    assert [i.name for i in cnn.graph.input] == ["chars"]
    assert not {n.op_type for n in network.graph.node} & {"Conv", "ReduceMax"}


def test_split_files_give_torchs_emissions(exported) -> None:
    from core.entities.tagger_nn import load_model

    torch, net, encoder, folder = exported
    model = load_model(folder, MODELS)
    assert model.char_vectors is not None
    norms = [[t for t in s] for s in SENTENCES]
    for batch in (norms, norms[:1], norms[2:], norms + norms):  # cache cold, warm, mixed
        got = model.session.run(None, model.inputs(batch))[0]
        inputs = encoder.batch(batch)
        names = ["words", "stems", "chars", "clusters", "dense", "rev"]
        with torch.no_grad():
            want = net(*(torch.from_numpy(inputs[n]) for n in names)).numpy()
        lengths = [len(s) for s in batch]
        for row, n in enumerate(lengths):  # padding positions are never read
            np.testing.assert_allclose(got[row, :n], want[row, :n], atol=1e-5)
    assert np.abs(want).max() > 0.01  # a network that says something


def test_splitting_twice_changes_nothing(exported, capsys: pytest.CaptureFixture[str]) -> None:
    import split_tagger_chars

    from core.entities.tagger_nn import MODEL_FILE

    _, _, _, folder = exported
    before = (folder / MODEL_FILE).read_bytes()
    assert split_tagger_chars.split(folder) is False
    assert (folder / MODEL_FILE).read_bytes() == before
    assert "split already" in capsys.readouterr().out


def test_a_whole_network_ignores_a_leftover_character_cnn_file(exported, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The network's own inputs decide: a whole one next to an old `ner_bilstm_chars.onnx` still
    reads character ids."""
    import split_tagger_chars
    import train_tagger_nn as T

    from core.entities.tagger_nn import CHAR_MODEL_FILE, VOCAB_FILE, load_model

    torch, net, encoder, folder = exported
    monkeypatch.setattr(split_tagger_chars, "split", lambda out: False)
    whole = tmp_path / "whole"
    whole.mkdir()
    import json
    vocab = json.loads((folder / VOCAB_FILE).read_text(encoding="utf-8"))
    cfg = T.Config(hidden=5, char_dim=4, char_filters=7, dropout=0.0)
    vectors = np.random.default_rng(1).normal(size=(len(vocab["words"]), 6)).astype(np.float32)
    fresh = T.Net(vectors, len(vocab["chars"]), encoder.n_dense, cfg)
    T.export(fresh, T.CRF(len(T.TAGS)), encoder, vocab["words"], vocab["chars"], cfg, out=whole)
    (whole / CHAR_MODEL_FILE).write_bytes((folder / CHAR_MODEL_FILE).read_bytes())
    model = load_model(whole, MODELS)
    assert model.char_vectors is None
    got = model.session.run(None, model.inputs(SENTENCES))[0]
    assert got.shape[:2] == (len(SENTENCES), max(len(s) for s in SENTENCES))


def test_a_split_network_keeps_each_form_once(exported) -> None:
    """With the character CNN apart, the token table and the character vectors hold each word form;
    the encoder keeps no third copy (the analysis process's peak memory), a whole network does."""
    from core.entities.tagger_nn import load_model

    _, _, _, folder = exported
    model = load_model(folder, MODELS)
    assert model.char_vectors is not None
    model.session.run(None, model.inputs(SENTENCES))
    assert model.encoder._cache == {} and len(model.encoder._table.index) >= 10
    assert len(model.char_vectors.index) >= 10
