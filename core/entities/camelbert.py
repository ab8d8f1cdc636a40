"""camel-tools' BERT NER as an optional backend ("camelbert"), in place of the built-in neural tagger.

Chosen with MARSAD_NER_BACKEND=camelbert (or the GUI setting), and used only when it can run
offline: CAMELTOOLS_DATA names a camel-tools data folder holding its catalogue and the NER model,
and torch, transformers and camel_tools are installed (`make camelbert`). Nothing heavy is
imported before that is known: `import camel_tools.ner` loads camel-tools' catalogue at import
time and downloads it when the file is missing, and it pulls in torch. So this module imports
camel_tools, torch and transformers only inside `_load()`, after `unavailable_reason()` has found
everything on disk. When the backend is chosen but cannot load, `find` logs one warning and falls
back to the default built-in tagger (the neural one), so analysis never fails or silently loses its statistical entities.

The model gives one BIO label (B-PERS/LOC/ORG/MISC) per word. We give it our own tokens, so its
labels map straight back to code-point offsets in the untouched text. camel-tools pads every input
segment to 256 word pieces and splits longer sentences itself, but it drops words that yield no
word piece (its label list then no longer lines up with the words) and it breaks on a single word
longer than a segment. We therefore count word pieces first, tag such words "O" ourselves, and cut
sentences into chunks that always fit, then send the chunks in batches.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from camel_tools.utils.dediac import dediac_ar

from core.document import Document, Span
from core.text.normalize import TATWEEL

DATA_ENV = "CAMELTOOLS_DATA"
COMPONENT = "NamedEntityRecognition"
# What `camel_tools.ner` needs at import time, beyond the lean camel-tools text utilities.
REQUIRED_MODULES = ("torch", "transformers", "camel_tools", "pyrsistent", "tqdm", "requests", "muddler")
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
LABELS = {"PERS": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}
SOURCE = "camelbert"
# camel-tools pads each segment to 256 pieces, [CLS] and [SEP] included (BERT's own limit is 512);
# we cut sentences so that it never has to split one itself.
SEGMENT_PIECES = 256
BATCH_SIZE = 32

log = logging.getLogger(__name__)
_lock = threading.Lock()
_recognizer: Any = None
_failure: str | None = None  # why loading failed, once it has


def data_dir() -> Path | None:
    """The camel-tools data folder named by CAMELTOOLS_DATA (camel-tools' own rule), if set."""
    value = os.environ.get(DATA_ENV, "").strip()
    return Path(value).expanduser().absolute() if value else None


def model_dir(root: Path | None = None) -> Path | None:
    """The default NER model's folder as camel-tools' catalogue places it (data/<dataset path>).

    Read with plain json so that checking costs nothing and never triggers camel-tools' download.
    """
    root = root or data_dir()
    if root is None:
        return None
    try:
        catalogue = json.loads((root / "catalogue.json").read_text(encoding="utf-8"))
        component = catalogue["components"][COMPONENT]
        dataset = component["datasets"][component["default"]]
        return root / "data" / dataset["path"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def unavailable_reason() -> str | None:
    """Why the backend cannot run here, or None when it can. Checks files only; imports nothing."""
    root = data_dir()
    if root is None:
        return f"{DATA_ENV} is not set"
    if not (root / "catalogue.json").is_file():
        # Without it, importing camel_tools.ner would try to download the catalogue.
        return f"{root}/catalogue.json is missing (install camel-tools' NER data there)"
    folder = model_dir(root)
    if folder is None:
        return f"{root}/catalogue.json names no {COMPONENT} model"
    for name in ("config.json", "vocab.txt"):
        if not (folder / name).is_file():
            return f"the NER model at {folder} has no {name}"
    if not any((folder / name).is_file() for name in WEIGHT_FILES):
        return f"the NER model at {folder} has no weights ({' or '.join(WEIGHT_FILES)})"
    missing = [name for name in REQUIRED_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        return f"{', '.join(missing)} not installed (run `make camelbert`)"
    return None


def available() -> bool:
    """True when the backend can run offline here (for the settings dialog); no heavy import."""
    return unavailable_reason() is None


def _load() -> Any:
    """camel-tools' NERecognizer over the installed model, loaded once and shared."""
    global _recognizer
    if _recognizer is None:
        with _lock:
            if _recognizer is None:
                reason = unavailable_reason()
                if reason is not None:
                    raise RuntimeError(f"camelbert NER unavailable: {reason}")
                # Belt and braces: the model is a local folder, but transformers must not even ask
                # the Hugging Face hub about it.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from camel_tools.ner import NERecognizer

                _recognizer = NERecognizer(str(model_dir()))
    return _recognizer


def reset() -> None:
    """Forget the loaded model or the load failure (tests; a changed CAMELTOOLS_DATA)."""
    global _recognizer, _failure
    with _lock:
        _recognizer, _failure = None, None


def _chunks(pieces: Sequence[int], limit: int) -> Iterator[list[int]]:
    """Indices of words, in order, cut so that each chunk's word pieces fit in `limit`."""
    chunk: list[int] = []
    used = 0
    for i, count in enumerate(pieces):
        if chunk and used + count > limit:
            yield chunk
            chunk, used = [], 0
        chunk.append(i)
        used += count
    if chunk:
        yield chunk


def model_form(word: str) -> str:
    """The word as the model reads it: diacritics, tatweel and invisible marks removed.

    News text is mostly undiacritised and the model's word pieces are too; a stray fatha or
    tatweel would otherwise turn a known word into [UNK]. Letters are not folded (ة stays ة).
    """
    word = "".join(c for c in unicodedata.normalize("NFKC", word) if unicodedata.category(c) != "Cf")
    return dediac_ar(word.replace(TATWEEL, ""))


def tag_sentences(sentences: Sequence[Sequence[str]], batch_size: int = BATCH_SIZE) -> list[list[str]]:
    """One BIO label per word of every sentence, from camel-tools' BERT model.

    Words that yield no word piece, or more than fit in a segment, are tagged "O" here.
    """
    recognizer = _load()
    limit = SEGMENT_PIECES - 2
    tags = [["O"] * len(words) for words in sentences]
    inputs: list[list[str]] = []
    places: list[tuple[int, list[int]]] = []  # (sentence, its word indices) for each input
    # One model and one (Rust-backed, stateful) tokenizer, shared by the analysis threads.
    with _lock:
        for s, raw in enumerate(sentences):
            words = [model_form(word) for word in raw]
            pieces = [len(recognizer.tokenizer.tokenize(word)) if word else 0 for word in words]
            kept = [i for i, count in enumerate(pieces) if 0 < count <= limit]
            for chunk in _chunks([pieces[i] for i in kept], limit):
                indices = [kept[i] for i in chunk]
                inputs.append([words[i] for i in indices])
                places.append((s, indices))
        predicted = recognizer.predict(inputs, batch_size=batch_size) if inputs else []
    for (s, indices), labels in zip(places, predicted, strict=True):
        if len(labels) != len(indices):
            raise RuntimeError(f"camelbert gave {len(labels)} labels for {len(indices)} words")
        for i, label in zip(indices, labels):
            tags[s][i] = label
    return tags


def _spans(doc: Document) -> list[Span]:
    from core.entities.bio import bio_spans

    sentences = [s for s in doc.sentence_tokens() if s]
    tagged = tag_sentences([[t.text for t in sentence] for sentence in sentences])
    spans: list[Span] = []
    for sentence, tags in zip(sentences, tagged):
        for first, last, kind in bio_spans(tags):
            label = LABELS.get(kind)
            if label is not None:
                spans.append(doc.span(sentence[first].start, sentence[last - 1].end, label, SOURCE))
    return spans


def _usable() -> bool:
    """Load the model once; on failure warn one line, remember it, and report False."""
    global _failure
    if _failure is None and _recognizer is None:
        try:
            _load()
        except Exception as error:  # noqa: BLE001 - any load failure of the optional backend
            _failure = str(error)
            log.warning("camelbert NER chosen but not used (%s); using the built-in neural tagger instead", error)
    return _failure is None


def find(doc: Document) -> list[Span]:
    """Entity spans from camel-tools' BERT NER, or from the default built-in tagger (the neural one,
    core.entities.DEFAULT_BACKEND) when it cannot load.

    Errors while tagging are not swallowed: they are bugs, not a missing installation.
    """
    if not _usable():
        import importlib

        from core.entities import BACKENDS, DEFAULT_BACKEND

        return importlib.import_module(BACKENDS[DEFAULT_BACKEND]).find(doc)
    return _spans(doc)
