"""A tiny BERT NER model in camel-tools' data layout, built in the test (no download).

camel-tools finds its NER model through `$CAMELTOOLS_DATA/catalogue.json` →
components.NamedEntityRecognition → `data/<path>/` holding config.json (labels in `id2label`),
vocab.txt, tokenizer_config.json and the weights. We build that with transformers: a
randomly initialised one-layer BERT whose embeddings, residual branches and classifier are then
set so that every word piece gets the label written next to it in VOCAB. Loading and inference
therefore run camel-tools' and transformers' real code, and the expected tags are known.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

# camel-tools' label order (camel_tools.ner._LABELS).
LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]
# Word piece → the label the tiny model gives it. Names are invented so that no gazetteer or
# lexicon entry competes with them in the entity policy.
VOCAB = {
    "[PAD]": "O", "[UNK]": "O", "[CLS]": "O", "[SEP]": "O", "[MASK]": "O",
    "صنعاء": "B-LOC", "الجديدة": "I-LOC", "عدن": "B-LOC",
    "زرقوني": "B-PERS", "بلعوطي": "I-PERS",
    "Acme": "B-ORG",
    "مهرجان": "B-MISC",
    "في": "O", "قال": "O", "إن": "O", "وصل": "O", ".": "O", "،": "O",
    "##ات": "I-MISC",
}
HIDDEN = 32


def build_model(folder: Path) -> None:
    """Save the tiny model and its word-piece vocabulary into `folder` (camel's model layout)."""
    import torch
    from transformers import BertConfig, BertForTokenClassification

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(json.dumps({"do_lower_case": False}), encoding="utf-8")
    config = BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=HIDDEN,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,  # camel-tools pads every segment to 256
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    torch.manual_seed(0)
    model = BertForTokenClassification(config)
    with torch.no_grad():
        # Hidden state = LayerNorm(word embedding): zero positions, token types and both residual
        # branches' output projections; the word embedding is one-hot on its label's index, and
        # the classifier reads that index back.
        embeddings = torch.zeros(len(VOCAB), HIDDEN)
        for row, label in enumerate(VOCAB.values()):
            embeddings[row, LABELS.index(label)] = 1.0
        model.bert.embeddings.word_embeddings.weight.copy_(embeddings)
        model.bert.embeddings.position_embeddings.weight.zero_()
        model.bert.embeddings.token_type_embeddings.weight.zero_()
        for layer in model.bert.encoder.layer:
            for dense in (layer.attention.output.dense, layer.output.dense):
                dense.weight.zero_()
                dense.bias.zero_()
        model.classifier.weight.copy_(torch.eye(len(LABELS), HIDDEN))
        model.classifier.bias.zero_()
    model.save_pretrained(folder)


def write_catalogue(root: Path, dataset_path: str = "ner/arabert") -> None:
    """The part of camel-tools' catalogue.json that locates the NER model (no packages)."""
    catalogue = {
        "version": "1.6",
        "packages": {},
        "components": {
            "NamedEntityRecognition": {"default": "arabert", "datasets": {"arabert": {"path": dataset_path}}}
        },
    }
    (root / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")


@pytest.fixture(scope="session")
def camel_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CAMELTOOLS_DATA folder holding the tiny model (built once per session)."""
    root = tmp_path_factory.mktemp("camel_data")
    write_catalogue(root)
    build_model(root / "data" / "ner" / "arabert")
    return root


@pytest.fixture
def camelbert(camel_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The adapter module pointed at the tiny model, with a fresh load for each test.

    HOME is a temporary folder: importing camel_tools.data creates ~/.camel_tools.
    """
    from core.entities import camelbert as module

    monkeypatch.setenv("CAMELTOOLS_DATA", str(camel_data))
    monkeypatch.setenv("HOME", str(tmp_path))
    module.reset()
    yield module
    module.reset()
