"""A Latin acronym spelt in Arabic letter names with dots and no space («سي.إن.إن», «بي.بي.سي»)
ends no sentence; a dot glued between two ordinary short words still does."""

from __future__ import annotations

from core.text.sentences import split_sentences


def _parts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_dotted_acronyms_end_no_sentence() -> None:
    for text in ("ونقلت شبكة سي.إن.إن الأمريكية عن مسؤول قوله إن الهجوم فشل.",
                 "ونقلت شبكة سي.ان.ان ترك عن مسؤول قوله إن الهجوم فشل.",
                 "وذكرت هيئة الإذاعة البريطانية بي.بي.سي أن الهجوم فشل.",
                 "وقالت محطة إن.بي.سي إن الهجوم فشل.",
                 "وأفادت قناة وإم.بي.سي بأن الهجوم فشل."):
        assert _parts(text) == [text], text


def test_a_dotted_acronym_at_the_end_still_ends_its_sentence() -> None:
    assert _parts("نقل الخبر موقع بي.بي.سي. وقال مصدر آخر إن") == ["نقل الخبر موقع بي.بي.سي.", "وقال مصدر آخر إن"]


def test_short_words_glued_by_a_dot_are_still_two_sentences() -> None:
    # ordinary words, not letter names: a missing space after the full stop
    assert _parts("وصل الوفد بعد.من جهة أخرى قال") == ["وصل الوفد بعد.", "من جهة أخرى قال"]
    assert _parts("وقالوا ذلك فقط.وفي عدن قتل") == ["وقالوا ذلك فقط.", "وفي عدن قتل"]
