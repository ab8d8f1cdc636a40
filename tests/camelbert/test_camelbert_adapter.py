"""The camelbert backend over a tiny BERT in camel-tools' layout: loading, label mapping to
code-point offsets, alignment, chunking, batching, and the fallback to the default built-in tagger."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from core.entities import recognize
from core.entities import tagger_nn as builtin
from core.pipeline import analyze
from tests.camelbert.conftest import write_catalogue


def _doc(text: str):
    return analyze(text, until="tokenise").doc


def _triples(spans) -> list[tuple[str, str, int, int, str]]:
    return [(s.label, s.text, s.start, s.end, s.source) for s in spans]


def test_available_with_the_model_installed(camelbert):
    assert camelbert.unavailable_reason() is None
    assert camelbert.available()
    assert camelbert.model_dir().name == "arabert"


def test_spans_have_code_point_offsets_into_the_untouched_text(camelbert):
    # The emoji is two UTF-16 units but one code point; Latin and Arabic names are mixed.
    text = "😀 قال زرقوني بلعوطي إن Acme وصل صنعاء الجديدة.\nوصل مهرجان عدن."
    spans = camelbert.find(_doc(text))

    def at(s: str, label: str) -> tuple[str, str, int, int, str]:
        start = text.index(s)
        return (label, s, start, start + len(s), "camelbert")

    assert _triples(spans) == [
        at("زرقوني بلعوطي", "PERSON"),
        at("Acme", "ORGANIZATION"),
        at("صنعاء الجديدة", "LOCATION"),
        at("مهرجان", "MISC"),
        at("عدن", "LOCATION"),
    ]


def test_diacritics_and_tatweel_do_not_hide_a_known_word(camelbert):
    text = "وصل صـنعاءَ."
    spans = camelbert.find(_doc(text))
    assert _triples(spans) == [("LOCATION", "صـنعاءَ", 4, 11, "camelbert")]


def test_first_word_piece_decides_the_label(camelbert):
    # صنعاءات → صنعاء ##ات: the first piece is B-LOC, the continuation I-MISC is ignored.
    assert camelbert.tag_sentences([["في", "صنعاءات"]]) == [["O", "B-LOC"]]


def test_words_without_word_pieces_keep_labels_aligned(camelbert):
    # camel-tools alone drops a word with no word piece and returns one label too few,
    # shifting every later label; the adapter tags it "O" and keeps the rest in place.
    sentence = ["في", "\u200b", "صنعاء", "\u2066", "عدن"]
    alone = camelbert._load().predict([sentence])[0]
    assert len(alone) == len(sentence) - 2
    assert camelbert.tag_sentences([sentence]) == [["O", "O", "B-LOC", "O", "B-LOC"]]


def test_empty_input_and_empty_sentences(camelbert):
    assert camelbert.tag_sentences([]) == []
    assert camelbert.tag_sentences([[], ["عدن"]]) == [[], ["B-LOC"]]
    assert camelbert.find(_doc("")) == []


class _Spy:
    """Records what reaches camel-tools' predict()."""

    def __init__(self, recognizer: Any) -> None:
        self.recognizer = recognizer
        self.real = recognizer.predict
        self.calls: list[tuple[list[list[str]], int]] = []

    def __call__(self, sentences: list[list[str]], batch_size: int = 32) -> list[list[str]]:
        self.calls.append(([list(s) for s in sentences], batch_size))
        return self.real(sentences, batch_size=batch_size)

    def pieces(self, words: list[str]) -> int:
        return sum(len(self.recognizer.tokenizer.tokenize(w)) for w in words)


@pytest.fixture
def spy(camelbert, monkeypatch: pytest.MonkeyPatch) -> _Spy:
    recognizer = camelbert._load()
    spy = _Spy(recognizer)
    monkeypatch.setattr(recognizer, "predict", spy)
    return spy


def test_long_sentence_is_chunked_within_the_segment_limit(camelbert, spy):
    places = {0, 253, 254, 400, 599}
    sentence = ["صنعاء" if i in places else "في" for i in range(600)]
    (tags,) = camelbert.tag_sentences([sentence])
    assert len(tags) == 600
    assert {i for i, t in enumerate(tags) if t != "O"} == places
    assert all(tags[i] == "B-LOC" for i in places)
    (inputs, _), = spy.calls
    assert [len(chunk) for chunk in inputs] == [254, 254, 92]
    assert all(spy.pieces(chunk) <= camelbert.SEGMENT_PIECES - 2 for chunk in inputs)


def test_chunks_count_word_pieces_and_skip_words_longer_than_a_segment(camelbert, spy, monkeypatch):
    monkeypatch.setattr(camelbert, "SEGMENT_PIECES", 6)  # 4 pieces per chunk
    words = ["صنعاءاتاتات", "صنعاءاتاتاتات", "عدن", "صنعاء", "عدن", "صنعاءات", "عدن"]
    # pieces:  4            5 (too long)       1      1        1      2          1
    (tags,) = camelbert.tag_sentences([words])
    assert tags == ["B-LOC", "O", "B-LOC", "B-LOC", "B-LOC", "B-LOC", "B-LOC"]
    (inputs, _), = spy.calls
    assert inputs == [["صنعاءاتاتات"], ["عدن", "صنعاء", "عدن"], ["صنعاءات", "عدن"]]


def test_a_document_goes_to_the_model_in_one_batched_call(camelbert, spy):
    text = "\n".join(f"قال زرقوني في عدن {i}." for i in range(70))
    spans = camelbert.find(_doc(text))
    assert [s.text for s in spans].count("عدن") == 70
    assert [s.text for s in spans].count("زرقوني") == 70
    assert len(spy.calls) == 1
    inputs, batch_size = spy.calls[0]
    assert len(inputs) == 70 and batch_size == camelbert.BATCH_SIZE


def test_recognize_uses_camelbert_instead_of_the_builtin_tagger(camelbert, monkeypatch):
    monkeypatch.setenv("MARSAD_NER_BACKEND", "camelbert")
    doc = _doc("قال زرقوني بلعوطي إن القصف استهدف صنعاء.")
    spans = recognize(doc)
    assert ("PERSON", "زرقوني بلعوطي") in [(s.label, s.text) for s in spans if s.source == "camelbert"]
    assert not [s for s in spans if s.source == "model"]


def test_unavailable_backend_falls_back_to_the_builtin_tagger_with_one_warning(camelbert, monkeypatch, caplog):
    monkeypatch.delenv("CAMELTOOLS_DATA")
    doc = _doc("قال الرئيس اليمني عبد ربه منصور هادي إن الحوثيين قصفوا مدينة تعز.")
    with caplog.at_level(logging.WARNING, logger="core.entities.camelbert"):
        first = camelbert.find(doc)
        second = camelbert.find(doc)
    expected = builtin.find(doc)
    assert expected, "the built-in tagger should find something in this sentence"
    assert _triples(first) == _triples(expected) == _triples(second)
    warnings = [r.getMessage() for r in caplog.records if r.name == "core.entities.camelbert"]
    assert len(warnings) == 1
    assert "CAMELTOOLS_DATA is not set" in warnings[0] and "built-in neural tagger" in warnings[0]
    assert "\n" not in warnings[0]


def test_a_model_that_fails_to_load_also_falls_back(camelbert, camel_data, tmp_path, monkeypatch, caplog):
    broken = tmp_path / "broken"
    folder = broken / "data" / "ner" / "arabert"
    folder.mkdir(parents=True)
    write_catalogue(broken)
    source = camel_data / "data" / "ner" / "arabert"
    for name in ("vocab.txt", "tokenizer_config.json", "model.safetensors"):
        (folder / name).write_bytes((source / name).read_bytes())
    (folder / "config.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("CAMELTOOLS_DATA", str(broken))
    assert camelbert.available()  # the files are there; only loading can tell
    doc = _doc("قال زرقوني في عدن.")
    with caplog.at_level(logging.WARNING, logger="core.entities.camelbert"):
        spans = camelbert.find(doc)
    assert _triples(spans) == _triples(builtin.find(doc))
    assert len([r for r in caplog.records if r.name == "core.entities.camelbert"]) == 1


@pytest.mark.parametrize(
    ("breakage", "reason"),
    [
        ("no catalogue", "catalogue.json is missing"),
        ("no component", "names no NamedEntityRecognition model"),
        ("no vocab", "has no vocab.txt"),
        ("no weights", "has no weights"),
        ("no torch", "not installed (run `make camelbert`)"),
    ],
)
def test_unavailable_reasons(camelbert, camel_data, tmp_path, monkeypatch, breakage, reason):
    root = tmp_path / "data_dir"
    folder = root / "data" / "ner" / "arabert"
    folder.mkdir(parents=True)
    source = camel_data / "data" / "ner" / "arabert"
    for name in ("config.json", "vocab.txt", "tokenizer_config.json", "model.safetensors"):
        (folder / name).write_bytes((source / name).read_bytes())
    write_catalogue(root)
    if breakage == "no catalogue":
        (root / "catalogue.json").unlink()
    elif breakage == "no component":
        (root / "catalogue.json").write_text(json.dumps({"components": {}}), encoding="utf-8")
    elif breakage == "no vocab":
        (folder / "vocab.txt").unlink()
    elif breakage == "no weights":
        (folder / "model.safetensors").unlink()
    elif breakage == "no torch":
        monkeypatch.setattr(camelbert, "REQUIRED_MODULES", ("torch", "marsad_no_such_module"))
    monkeypatch.setenv("CAMELTOOLS_DATA", str(root))
    assert not camelbert.available()
    assert reason in camelbert.unavailable_reason()
    with pytest.raises(RuntimeError, match="camelbert NER unavailable"):
        camelbert._load()


def test_cameltools_data_unset_or_blank(camelbert, monkeypatch):
    monkeypatch.setenv("CAMELTOOLS_DATA", "  ")
    assert camelbert.data_dir() is None
    assert camelbert.unavailable_reason() == "CAMELTOOLS_DATA is not set"
    monkeypatch.delenv("CAMELTOOLS_DATA")
    assert not camelbert.available()


def test_model_dir_follows_the_catalogue(tmp_path: Path):
    from core.entities.camelbert import model_dir

    write_catalogue(tmp_path, dataset_path="ner/other_model")
    assert model_dir(tmp_path) == tmp_path / "data" / "ner" / "other_model"
    assert model_dir(tmp_path / "missing") is None


def test_threads_share_one_model_and_get_the_same_spans(camelbert):
    from concurrent.futures import ThreadPoolExecutor

    docs = [_doc(f"قال زرقوني بلعوطي في عدن {i}.\n" * (1 + i % 5)) for i in range(24)]
    alone = [_triples(camelbert.find(d)) for d in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda d: _triples(camelbert.find(d)), docs))
    assert together == alone
    assert all(len(spans) == 2 * (1 + i % 5) for i, spans in enumerate(alone))
