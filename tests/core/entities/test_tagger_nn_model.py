"""The shipped neural tagger: loads with ONNX Runtime, tags clear names with exact offsets."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from core.document import Document
from core.entities import tagger_nn
from core.text.normalize import normalize_token
from core.text.sentences import split_sentences
from core.text.tokens import tokenize


def _doc(text: str) -> Document:
    doc = Document(text)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text)
    return doc


def test_model_loads_once_and_is_shared() -> None:
    """Load time (target ≤ 1 s) is measured by `make bench`, not here: a timed assertion fails
    on a busy machine without saying anything about the code."""
    tagger_nn._model = None
    model = tagger_nn._load()
    assert tagger_nn._load() is model
    assert model.trans.shape == (len(tagger_nn.TAGS), len(tagger_nn.TAGS))


def test_finds_person_and_place_with_offsets() -> None:
    text = "وصل الوفد أمس.\nوقال الرئيس عبد ربه منصور هادي في الرياض إن الحكومة ستعود إلى صنعاء."
    spans = tagger_nn.find(_doc(text))
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.source == "model" and 0.0 < span.attrs["confidence"] <= 1.0
    assert any(s.label == "LOCATION" and s.text == "صنعاء" for s in spans), spans
    assert any(s.label == "LOCATION" and s.text.endswith("الرياض") for s in spans), spans
    persons = [s for s in spans if s.label == "PERSON"]
    assert persons and "هادي" in persons[0].text and "منصور" in persons[0].text, spans


def test_tags_are_valid_bio_and_batching_changes_nothing() -> None:
    sentences = [
        "وقالت وكالة الأنباء السعودية إن الملك سلمان بن عبد العزيز استقبل الرئيس اليمني".split(),
        "عدن".split(),
        "أعلن الاتحاد الأوروبي في بروكسل فرض عقوبات جديدة على إيران وروسيا".split(),
    ]
    together = tagger_nn.tag_sentences(sentences)
    assert together == [tagger_nn.tag_tokens(s) for s in sentences]
    for toks, tags in zip(sentences, together):
        assert len(tags) == len(toks)
        for prev, cur in zip(["O"] + tags, tags):
            assert cur in tagger_nn.TAGS
            assert not cur.startswith("I-") or prev[2:] == cur[2:], tags
    assert "B-PERS" in together[0]
    assert tagger_nn.tag_tokens([]) == []


def test_length_groups_bound_padding_and_never_change_tags() -> None:
    rng = np.random.default_rng(3)
    words = ["قال", "الرئيس", "هادي", "في", "عدن", "إن", "الحكومة", "ستعود", "إلى", "صنعاء", "،"]
    sentences = [list(rng.choice(words, size=n)) for n in (5, 150, 7, 40, 1, 33, 6, 90, 12)]
    groups = tagger_nn._batches(sentences)
    assert sorted(i for g in groups for i in g) == list(range(len(sentences)))
    for group in groups:
        lengths = [len(sentences[i]) for i in group]
        assert max(lengths) <= tagger_nn.BATCH_SPREAD * min(lengths) + tagger_nn.BATCH_SLACK
    assert not any({0, 1} <= set(g) for g in groups)  # 5 and 150 tokens never share a batch
    together = tagger_nn.tag_norms(sentences, with_confidence=True)
    for sentence, (tags, conf) in zip(sentences, together):
        alone_tags, alone_conf = tagger_nn.tag_norms([sentence], with_confidence=True)[0]
        assert tags == alone_tags
        assert len(conf) == (len(sentence) if set(tags) != {"O"} else 0)  # confidences where an entity is
        np.testing.assert_allclose(conf, alone_conf, atol=1e-5)
    assert any(set(tags) != {"O"} for tags, _ in together)


def test_encoder_reverse_index_stays_inside_each_sentence() -> None:
    encoder = tagger_nn._load().encoder
    batch = encoder.batch([["في", "صنعاء", "اليوم"], ["عدن"]])
    assert batch["rev"].tolist() == [[2, 1, 0], [0, 1, 2]]
    assert batch["words"][1, 1:].tolist() == [0, 0]  # padding
    # a clitic-carrying word falls back to its stem's vector and sets the proclitic flag
    norm = normalize_token("فبصنعاء")
    assert norm not in encoder.word_index
    word, stem, _, _, flags = encoder.token(norm)
    words = {i: w for w, i in encoder.word_index.items()}
    assert words[word] in ("بصنعاء", "صنعاء") and words[stem] == "صنعاء"
    assert len(tagger_nn.SHAPES) + 1 in flags


def test_encoder_token_table_gives_the_per_token_encoding_and_survives_starting_over() -> None:
    encoder = tagger_nn._load().encoder
    table = tagger_nn._TokenTable(encoder, rows=4)  # smaller than a batch's forms: starts over
    encoder._table, kept = table, encoder._table
    try:
        for sentences in ([["في", "صنعاء", "اليوم"], ["عدن"]], [["قال", "فبصنعاء", "هادي", "في"]]):
            batch = encoder.batch(sentences)
            for i, sentence in enumerate(sentences):
                for j, norm in enumerate(sentence):
                    word, stem, _, clusters, flags = encoder.token(norm)
                    assert batch["words"][i, j] == word and batch["stems"][i, j] == stem
                    assert tuple(batch["clusters"][i, j]) == clusters
                    assert set(flags) <= set(np.flatnonzero(batch["dense"][i, j]).tolist())
    finally:
        encoder._table = kept


def test_padding_does_not_change_emissions() -> None:
    model = tagger_nn._load()
    short = ["قال", "هادي", "في", "عدن"]
    alone = model.session.run(None, model.inputs([short]))[0][0]
    padded = model.session.run(None, model.inputs([short, short + ["أمس"] * 6]))[0][0, : len(short)]
    np.testing.assert_allclose(alone, padded, atol=1e-4)


def test_shipped_network_takes_the_character_cnn_apart() -> None:
    model = tagger_nn._load()
    assert model.char_vectors is not None
    assert tagger_nn.CHAR_INPUT in {i.name for i in model.session.get_inputs()}
    assert "chars" not in {i.name for i in model.session.get_inputs()}


def test_character_vectors_are_the_cnn_output_whatever_the_cache_holds() -> None:
    """Each form's vector is what the CNN gives for that word alone, on a first sight, from the
    cache, after the table started over, and when a batch holds more forms than the table."""
    model = tagger_nn._load()
    cnn = model.char_vectors.session
    words = ["قال", "هادي", "في", "عدن", "😀", "ABC", "2015", "والمسلحين", "ومحافظة" * 3]
    want = np.stack([tagger_nn.CharVectors(cnn, model.encoder, rows=64)._run([model.encoder.token(normalize_token(w))[2]])[0]
                     for w in words])
    norms = [normalize_token(w) for w in words]
    small = tagger_nn.CharVectors(cnn, model.encoder, rows=4)
    np.testing.assert_array_equal(small.gather(norms), want)  # more forms than rows: computed directly
    np.testing.assert_array_equal(small.gather(norms[:3]), want[:3])  # cached
    assert set(small.index) == set(norms[:3])
    np.testing.assert_array_equal(small.gather(norms[:3]), want[:3])  # from the table
    np.testing.assert_array_equal(small.gather(norms[3:5] + norms[:1]), want[[3, 4, 0]])  # full: starts over
    assert set(small.index) == {norms[3], norms[4], norms[0]}
    np.testing.assert_array_equal(small.pad, tagger_nn.CharVectors(cnn, model.encoder, rows=1)._run([[]])[0])



def test_floor_through_tag_conll_on_text_it_never_saw(shared_data: Path) -> None:
    """Wojood val through `tag_conll` with the nn backend keeps a floor.

    The shipped network is trained on all of ANERcorp train, dev block included (docs/ner.md), so
    ANERcorp dev is no test of it; Wojood val never went into any of our models. Its guidelines
    differ (types mapped by ner_data.WOJOOD_MAP; its MISC is not ANERcorp's), hence the low floor:
    measured 0.403 (the dev-block model 0.349)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "build_scripts"))
    import ner_data
    from core.entities.conll import tag_conll

    sample = ner_data.read_wojood(shared_data / "ner" / "wojood_val.conll")
    tagged = tag_conll([toks for toks, _ in sample], backend="nn")
    gold = {(i, s) for i, (_, tags) in enumerate(sample) for s in ner_data.entities(tags)}
    pred = {(i, s) for i, tags in enumerate(tagged) for s in ner_data.entities(tags)}
    f1 = 2 * len(gold & pred) / (len(gold) + len(pred))
    assert len(gold) > 200
    assert f1 > 0.33, f1


def test_encoder_ids_read_the_readings_as_the_featurizer_does() -> None:
    """`Encoder.ids` reads a form's proclitic readings once (perf): its word, stem, cluster ids and
    flags are still those of the vocabulary's first reading, `strip_proclitics`, the featurizer's
    `cluster_ids` and `_shape`."""
    from core.entities.features import _shape
    from core.text.clitics import proclitic_variants, strip_proclitics

    encoder = tagger_nn._load().encoder
    words = ["فبصنعاء", "والمقاومة", "للحوثيين", "صنعاء", "الـ", "2015", "ب15", "،", "isis", "وكذلك", "زززز"]
    for norm in (normalize_token(w) for w in words):
        variants = proclitic_variants(norm)
        word = next((encoder.word_index[v] for v in variants if v in encoder.word_index), tagger_nn.UNK)
        stem_form = strip_proclitics(norm)
        ids = encoder.featurizer.cluster_ids(norm)
        clusters = (int(ids[0]) + 1, int(ids[1]) + 1, int(ids[2]) + 1) if len(ids) == 3 else (0, 0, 0)
        dense = [tagger_nn.SHAPES.index(_shape(norm))]
        if any(v.startswith("ال") for v in variants):
            dense.append(len(tagger_nn.SHAPES))
        if norm.endswith(stem_form) and norm[: len(norm) - len(stem_form)] not in ("", "ال"):
            dense.append(len(tagger_nn.SHAPES) + 1)
        assert encoder.ids(norm) == (word, encoder.word_index.get(stem_form, tagger_nn.UNK), clusters, dense), norm
