"""Functions rewritten for speed keep their answers: paragraph starts, bare surnames' exclusions."""

from __future__ import annotations

from core.document import Document
from core.text.sentences import split_sentences
from core.text.tokens import tokenize


def _doc(text: str) -> Document:
    doc = Document(text)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text)
    return doc


def test_paragraph_starts_follow_every_line_break_but_the_last_character() -> None:
    from core.incidents.location import _line_starts

    assert _line_starts("أ\nب\n\nج\n") == [2, 4, 5]
    assert _line_starts("") == [] and _line_starts("\n") == [] and _line_starts("سطر واحد") == []
    assert _line_starts("أ\r\nب\u2028ج") == [3]  # only «\n» breaks a line here


def test_a_bare_surname_is_neither_a_family_name_nor_an_ordinary_word() -> None:
    from core.entities.surnames import bare_surnames

    for surname, added in (("ريكمان", True), ("الحوثي", False), ("ابريل", False)):
        text = f"وصل جوناثان {surname} إلى المدينة. وأضاف {surname} أن الرحلات ستبدأ."
        doc = _doc(text)
        person = doc.span(text.index("جوناثان"), text.index(surname) + len(surname), "PERSON", "model")
        found = bare_surnames(doc, [person])
        assert (len(found) == 2) is added, surname
        if added:
            assert found[1].text == surname and found[1].attrs["rule"] == "surname"


def _bio_spans_first_written(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        begins = tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind)
        if start >= 0 and (tag == "O" or begins):
            spans.append((start, i, kind))
            start, kind = -1, ""
        if begins:
            start, kind = i, tag[2:]
    return spans


def test_bio_spans_read_every_sequence_as_before() -> None:
    import itertools

    from core.entities.bio import bio_spans

    tags = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "I-ORG", "X"]
    for n in range(6):
        for seq in itertools.product(tags, repeat=n):
            assert bio_spans(seq) == _bio_spans_first_written(list(seq)), seq
    assert bio_spans(["O", "B-PERS", "I-PERS", "O", "I-LOC"]) == [(1, 3, "PERS"), (4, 5, "LOC")]


def test_words_around_a_span_read_from_a_window_as_from_the_whole_text() -> None:
    import random

    from core.entities.places import words_after, words_before

    rng = random.Random(25)
    letters = ["أ", "ب", "ج", " ", " ", "\n", "\u00a0", "،", "ـ"]
    for _ in range(3000):
        text = "".join(rng.choice(letters) for _ in range(rng.randrange(0, 400)))
        if rng.random() < 0.2:  # a word longer than the first window
            text = text[: len(text) // 2] + "ب" * rng.randrange(60, 300) + text[len(text) // 2:]
        k = rng.randrange(0, len(text) + 1)
        for n in (1, 2, 3):
            assert words_before(text, k, n) == text[:k].split()[-n:], (text, k, n)
            assert words_after(text, k, n) == text[k:].split()[:n], (text, k, n)
