"""CoNLL helpers and the tag_conll path through the full entity step."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

from core.document import Span
from core.entities.conll import build_document, read_conll, spans_to_bio, tag_conll, write_conll

_BIO = re.compile(r"^(O|[BI]-(PERS|LOC|ORG|MISC))$")


def test_read_conll_accepts_space_tab_and_token_only_lines() -> None:
    lines = ["أعلن O\n", "اتحاد\tB-ORG\n", "\n", "\n", "عدن\n", "اليوم\n"]
    sentences, tags = read_conll(lines)
    assert sentences == [["أعلن", "اتحاد"], ["عدن", "اليوم"]]
    assert tags == [["O", "B-ORG"], ["", ""]]


def test_write_then_read_round_trip() -> None:
    sentences = [["قال", "هادي"], ["في", "عدن", "."]]
    tags = [["O", "B-PERS"], ["O", "B-LOC", "O"]]
    out = io.StringIO()
    write_conll(out, sentences, tags)
    assert read_conll(out.getvalue().splitlines(keepends=True)) == (sentences, tags)


def test_build_document_keeps_given_tokens_and_offsets() -> None:
    doc = build_document([["قال", "هادي"], [], ["في", "عدن"]])
    assert [t.text for t in doc.tokens] == ["قال", "هادي", "في", "عدن"]
    for tok in doc.tokens:
        assert doc.text[tok.start : tok.end] == tok.text
    assert [[t.text for t in s] for s in doc.sentence_tokens()] == [["قال", "هادي"], ["في", "عدن"]]


def test_spans_to_bio_maps_labels_and_partial_tokens() -> None:
    doc = build_document([["قوات", "الحوثي", "قصفت", "بالمدفعية", "تعز", "يوم", "5", "مايو"]])
    toks = doc.tokens
    spans = [
        Span(toks[0].start, toks[1].end, "ARMED_ACTOR"),
        Span(toks[3].start + 1, toks[3].end, "WEAPON"),  # not a name: O
        Span(toks[4].start + 1, toks[4].end - 1, "LOCATION"),  # part of a token tags the token
        Span(toks[6].start, toks[7].end, "DATE"),
    ]
    assert spans_to_bio(toks, spans) == ["B-ORG", "I-ORG", "O", "O", "B-LOC", "O", "O", "O"]
    assert spans_to_bio(toks[:2], [Span(toks[0].start, toks[1].end, "MISC")]) == ["B-MISC", "I-MISC"]
    assert spans_to_bio(toks[:1], [Span(toks[0].start, toks[0].end, "PERSON")]) == ["B-PERS"]


def test_tag_conll_keeps_token_counts_and_gives_valid_bio() -> None:
    sentences = [
        "قال الرئيس عبد ربه منصور هادي في عدن".split(),
        [],
        "أعلنت وزارة الداخلية السعودية القبض على 5 أشخاص في الرياض .".split(),
        ["CNN"],
    ]
    tags = tag_conll(sentences)
    assert [len(t) for t in tags] == [len(s) for s in sentences]
    for sent_tags in tags:
        assert all(_BIO.match(t) for t in sent_tags), sent_tags
        for prev, cur in zip(["O"] + sent_tags, sent_tags):
            assert not cur.startswith("I-") or prev[2:] == cur[2:]
    assert "B-LOC" in tags[0] and "B-PERS" in tags[0]


def test_tagger_floor_on_a_dev_sample(shared_data: Path) -> None:
    """A sane floor on 150 held-out ANERcorp dev sentences (the model never saw them)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "build_scripts"))
    import ner_data
    from core.entities import tagger

    _, dev = ner_data.split_dev(ner_data.read_anercorp(shared_data / "ner" / "anercorp_train.conll"))
    sample = dev[:150]
    gold = {(i, s) for i, (_, tags) in enumerate(sample) for s in ner_data.entities(tags)}
    pred = {(i, s) for i, (toks, _) in enumerate(sample) for s in ner_data.entities(tagger.tag_tokens(toks))}
    tp = len(gold & pred)
    f1 = 2 * tp / (len(gold) + len(pred))
    assert len(gold) > 100
    assert f1 > 0.6, f1
