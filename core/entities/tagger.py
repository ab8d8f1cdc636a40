"""The trained CRF tagger (the "crf" backend): BIO over PERS/LOC/ORG/MISC → entity spans.

Built by build_scripts/train_tagger.py into resources/models/. The model and its feature tables
are loaded once, lazily, on first use (well under a second), and shared by every call; crfsuite
tags from a memory-mapped file. Spans carry the mean per-token marginal probability of the chosen
labels as `attrs["confidence"]`: crfsuite computes marginals from the same lattice, so it is cheap.
"""

from __future__ import annotations

import importlib.resources
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import pycrfsuite

from core.document import Document, Span
from core.entities.consistency import document_spans
from core.entities.features import FeatureResources, Featurizer
from core.text.normalize import normalize_token

MODEL_FILE = "ner_crf.crfsuite"
LABELS = {"PERS": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}
SOURCE = "model"


@dataclass
class _Model:
    tagger: pycrfsuite.Tagger
    featurizer: Featurizer


_lock = threading.Lock()
_model: _Model | None = None


def _load() -> _Model:
    """The shared model; loading is guarded so two threads never load it twice."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                folder = importlib.resources.files("resources") / "models"
                tagger = pycrfsuite.Tagger()
                with importlib.resources.as_file(folder / MODEL_FILE) as path:
                    tagger.open(str(path))
                _model = _Model(tagger, Featurizer(FeatureResources.load(folder)))
    return _model


def _tag(norms: Sequence[str], with_marginals: bool) -> tuple[list[str], list[float]]:
    if not norms:
        return [], []
    model = _load()
    with _lock:  # a crfsuite Tagger holds per-sequence state
        tags = model.tagger.tag(model.featurizer.sentence(norms))
        probs = (
            [model.tagger.marginal(tag, i) for i, tag in enumerate(tags)] if with_marginals else []
        )
    return tags, probs


def tag_tokens(tokens: list[str]) -> list[str]:
    """BIO tags (PERS/LOC/ORG/MISC) for one sentence of raw token strings."""
    return _tag([normalize_token(t) for t in tokens], with_marginals=False)[0]


def find(doc: Document) -> list[Span]:
    """Entity spans the tagger finds in every sentence of the document, its tags made consistent
    over the document first (`consistency.harmonise`)."""
    return document_spans(doc, lambda norms: [_tag(n, with_marginals=True) for n in norms], LABELS, SOURCE)
