"""The shared word-form cache (`form_bits`, perf) must not keep an answer worked out before a
pattern was added while it was being worked out.

Matchers are built lazily (`word_matcher`, the gazetteer's ≈100k keys) and the GUI analyses in
worker threads (an import's analysis, the open article's), so one thread may add patterns to a new
matcher while another works out a form's bits from `_ROOTS`. The test plays that interleaving in
one thread: the other "thread" adds its pattern right after this one read `_ROOTS` for the form.
"""

from __future__ import annotations

import pytest

import core.entities.matcher as matcher_module
from core.entities.matcher import PhraseMatcher, form_bits
from core.text.tokens import tokenize


class _RootsAddingWhileRead(dict):
    """`_ROOTS`, where the first read of `word` lets another matcher add a pattern starting with it."""

    def __init__(self, roots: dict[str, int], word: str, other: PhraseMatcher[int]) -> None:
        super().__init__(roots)
        self.word, self.other, self.fired = word, other, False

    def get(self, key, default=None):  # noqa: ANN001, ANN201 - dict's own signature
        value = super().get(key, default)
        if key == self.word and not self.fired:
            self.fired = True
            self.other.add(self.word, 7)  # the other thread, between this read and the store
        return value


def test_a_pattern_added_while_a_form_is_worked_out_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    other: PhraseMatcher[int] = PhraseMatcher()
    word, form = "قرطبستان", "وقرطبستان"  # a made-up word no other matcher starts with
    assert [t.norm for t in tokenize(form)] == [form]  # already a normalised form
    monkeypatch.setattr(matcher_module, "_ROOTS", _RootsAddingWhileRead(matcher_module._ROOTS, word, other))
    monkeypatch.setattr(matcher_module, "_FORM_BITS", {})
    form_bits(form)  # this thread works out the form's bits; the other adds «زنجبارة» meanwhile
    assert matcher_module._ROOTS.fired
    assert [m.payloads for m in other.find(tokenize(f"دخلوا {form} أمس"))] == [(7,)]
    assert other.can_start(form)
