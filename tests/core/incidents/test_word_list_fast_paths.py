"""The word-list lookups made faster for speed must answer exactly as the plain rules say.

`detect._is_verb` and `detect._verbs_at` (an index of list words, a sentence scanned once),
`titles._head_forms` and the gazetteer rules' `dual_forms` (every proclitic form of a head precomputed)."""

from __future__ import annotations

import sys
import threading

import pytest

from core.entities import gazetteer, titles
from core.incidents import detect
from core.incidents.lexicons import context, word_set
from core.text.clitics import proclitic_variants
from core.text.normalize import normalize_token
from core.text.tokens import tokenize

SENTENCE = ("وانسحب الحوثيون من مواقعهم بعد أن سقطت المدينة وطردت المقاومة المسلحين فانسحبوا "
            "واستولى المسلحون على دبابة وأسروا 12 عنصرا في المنطقة ، وقالت مصادر إن القوات تقدمت")  # fmt: skip


def reference_is_verb(norm: str, key: str) -> bool:
    verbs = word_set(key)
    return any(v in verbs for v in proclitic_variants(norm)[:2])


def list_keys() -> list[str]:
    return [k for k, v in context().items() if isinstance(v, list) and all(isinstance(w, str) for w in v)]


def test_is_verb_answers_as_the_plain_rule_for_every_list_and_clitic_form() -> None:
    keys = list_keys()
    assert len(keys) > 20
    forms = {normalize_token(p + w) for key in keys for w in list(context()[key])[:6] if " " not in w
             for p in ("", "و", "ف", "ب", "وب", "ال", "وال", "لل")}
    forms |= {t.norm for t in tokenize(SENTENCE)}
    checked = 0
    for key in keys:
        for norm in forms:
            assert detect._is_verb(norm, key) == reference_is_verb(norm, key), (norm, key)
            checked += 1
    assert checked > 1000


def list_words_with_clitics() -> str:
    """Every one-word entry of the scanned lists, bare and behind proclitics (where the first and
    a later proclitic reading differ: «والمسلحين» → «المسلحين», «مسلحين»)."""
    words = sorted({w for key in detect.VERB_SCAN_KEYS for w in context()[key] if " " not in w})
    return " ".join(p + w for w in words for p in ("", "و", "وال", "فال", "وب", "ال"))


@pytest.mark.parametrize("key", detect.VERB_SCAN_KEYS)
@pytest.mark.parametrize("text", [SENTENCE, list_words_with_clitics()], ids=["sentence", "list-words"])
def test_verbs_at_lists_the_tokens_the_plain_rule_finds(key: str, text: str) -> None:
    tokens = tokenize(text)
    for taken in (set(), {0, 1, 2}, set(range(len(tokens)))):
        expected = [(i, t) for i, t in enumerate(tokens) if i not in taken and reference_is_verb(t.norm, key)]
        assert detect._verbs_at(tokens, taken, key) == expected
    # a new sentence is scanned anew, not answered from the last one
    other = tokenize("قال المتحدث إن الاجتماع انتهى")
    assert detect._verbs_at(other, set(), key) == [
        (i, t) for i, t in enumerate(other) if reference_is_verb(t.norm, key)]


@pytest.mark.parametrize("key", ["booby_trap_words", "blast_words"])
def test_sentence_has_answers_as_a_look_at_every_token(key: str) -> None:
    """`_sentence_has` (the kept scan) against the per-token test it replaced in `_destroyed_devices`
    and `_clearances`, a token that is a list word itself included (the old «t.norm in traps»)."""
    words = [w for w in context()[key] if " " not in w][:8]
    assert words
    texts = ["قال المتحدث إن الاجتماع انتهى أمس", *(f"وقال شهود إن {p}{w} كانت قرب السوق" for w in words
                                                   for p in ("", "و", "ب", "وال"))]
    for text in texts:
        tokens = tokenize(text)
        plain = any(reference_is_verb(t.norm, key) or t.norm in word_set(key) for t in tokens)
        assert detect._sentence_has(tokens, key) is plain, text
    assert detect._sentence_has(tokenize(f"انفجرت {words[0]} قرب السوق"), key)


def test_the_sentence_holds_words_of_the_scanned_lists() -> None:
    """Guards the test above against passing on empty answers."""
    tokens = tokenize(SENTENCE)
    found = {key for key in detect.VERB_SCAN_KEYS if detect._verbs_at(tokens, set(), key)}
    assert len(found) >= 3


def test_lists_read_from_several_threads_at_once_answer_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads switched every microsecond, ten rounds from empty lists: a thread that sees a list
    read must not be answered from a memo filled before it was (the memo was renewed after the key
    showed as read: 8 of 40 such rounds went wrong, and once a fresh clone's `make test`)."""
    keys = list_keys()
    norms = [normalize_token(w) for key in keys for w in list(context()[key])[:3] if " " not in w]
    expected = {(norm, key): reference_is_verb(norm, key) for key in keys for norm in norms}
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(10):
            monkeypatch.setattr(detect, "_VERB_LISTS", {})
            monkeypatch.setattr(detect, "_VERB_KEYS_READ", set())
            monkeypatch.setattr(detect, "_LISTS_MEMO", {})
            wrong: list[tuple[str, str]] = []
            start = threading.Barrier(4)

            def work() -> None:
                start.wait()
                wrong.extend((norm, key) for key in keys for norm in norms
                             if detect._is_verb(norm, key) != expected[(norm, key)])

            threads = [threading.Thread(target=work) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert not wrong
            assert detect._VERB_KEYS_READ == set(keys)
    finally:
        sys.setswitchinterval(interval)


def reference_head_label(norm: str) -> str | None:
    heads = titles._lexicon()[0]
    for prefix in titles.PREFIXES:
        if norm.startswith(prefix) and norm[len(prefix):] in heads:
            return heads[norm[len(prefix):]]
    return None


def test_title_head_forms_give_the_label_of_the_plain_rule() -> None:
    heads = titles._lexicon()[0]
    forms = {p + h for h in heads for p in (*titles.PREFIXES, "ال", "وال", "x")} | {"صحيفه", "الصحيفه", "قال"}
    for norm in forms:
        assert titles._head_forms().get(norm) == reference_head_label(norm), norm
    assert any(reference_head_label(n) for n in forms)


def test_dual_head_forms_give_the_head_of_the_plain_rule() -> None:
    from core.entities.gazetteer import Gazetteer

    rules = Gazetteer.load().rules
    assert rules.dual_heads
    forms = {p + h for h in rules.dual_heads for p in (*gazetteer.DUAL_PROCLITICS, "ال", "ول")}
    for norm in forms:
        expected = next((norm[len(c):] for c in gazetteer.DUAL_PROCLITICS
                         if norm.startswith(c) and norm[len(c):] in rules.dual_heads), None)
        assert rules.dual_forms.get(norm) == expected, norm
